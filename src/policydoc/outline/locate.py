"""Finding the innermost section that holds a position."""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional, Sequence

from ..models import Section


class SectionLocator:
    """Answers "which section holds offset p?" in O(log n) after one pass over the tree.

    >>> from policydoc.models import Section
    >>> child = Section(id="1.1", level=2, marker="(一)", style="cn_paren", number=1, title="b",
    ...                 span=(5, 9), title_span=(8, 9))
    >>> top = Section(id="1", level=1, marker="一、", style="cn_dun", number=1, title="a",
    ...               span=(0, 12), title_span=(2, 3), children=[child])
    >>> loc = SectionLocator([top])
    >>> loc.section_id_at(6), loc.section_id_at(10), loc.section_id_at(20)
    ('1.1', '1', None)
    """

    def __init__(self, sections: Sequence[Section]) -> None:
        flat: list[Section] = []
        self._parent: dict[int, Section] = {}  # id() of a section -> the section holding it
        stack = list(reversed(sections))
        while stack:
            sec = stack.pop()
            flat.append(sec)
            for child in sec.children:
                self._parent[id(child)] = sec
            stack.extend(reversed(sec.children))
        self._sections = sorted(flat, key=lambda s: (s.span[0], -s.level))
        self._starts = [s.span[0] for s in self._sections]

    def section_at(self, pos: int) -> Optional[Section]:
        """The deepest section whose span holds ``pos``."""
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            sec = self._sections[i]
            if sec.span[0] <= pos < sec.span[1]:
                # a later-starting section inside this one would have been found first
                return sec
            i -= 1
        return None

    def titles_at(self, pos: int) -> list[str]:
        """The titles of every section holding ``pos``, the deepest first.

        >>> from policydoc.models import Section
        >>> child = Section(id="1.1", level=2, marker="(一)", style="cn_paren", number=1, title="b",
        ...                 span=(5, 9), title_span=(8, 9))
        >>> top = Section(id="1", level=1, marker="一、", style="cn_dun", number=1, title="a",
        ...               span=(0, 12), title_span=(2, 3), children=[child])
        >>> SectionLocator([top]).titles_at(6), SectionLocator([top]).titles_at(20)
        (['b', 'a'], [])
        """
        titles = []
        sec = self.section_at(pos)
        while sec is not None:
            titles.append(sec.title)
            sec = self._parent.get(id(sec))
        return titles

    def section_id_at(self, pos: int) -> Optional[str]:
        sec = self.section_at(pos)
        return sec.id if sec else None
