"""Small helpers over text and sorted spans that every stage uses (imports nothing of the package but the
lazy-pattern helper, which imports nothing either)."""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Pattern, Protocol, TypeVar

from ._lazy import lazy_re

CJK_CHAR = r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"
"""A CJK character, CJK punctuation or a full-width form: where a line break between two is no space."""
CJK_LINE_BREAK = lazy_re(rf"(?<={CJK_CHAR})[ \t\r\n\f]*\n[ \t\r\n\f]*(?={CJK_CHAR})")
"""A line break (with the blanks around it) between two CJK characters: removed when lines of one cell or
one segment are joined ("学前教育毛\\n入园率" -> "学前教育毛入园率")."""


def at_least(pattern: Pattern[str], text: str, least: int) -> bool:
    """Whether ``pattern`` matches ``text`` at least ``least`` times (stops counting there).

    >>> import re
    >>> at_least(re.compile("ab"), "ab ab ab", 2), at_least(re.compile("ab"), "ab", 2)
    (True, False)
    """
    found = 0
    for _ in pattern.finditer(text):
        found += 1
        if found >= least:
            return True
    return False


class _Started(Protocol):
    @property
    def start(self) -> int: ...


S = TypeVar("S", bound=_Started)


def outside_spans(items: Iterable[S], spans: list[tuple[int, int]]) -> Iterator[S]:
    """The items (sorted by ``start``) that do not start inside one of ``spans`` (sorted, disjoint): one walk.

    >>> from collections import namedtuple
    >>> C = namedtuple("C", "start")
    >>> [c.start for c in outside_spans([C(1), C(5), C(9)], [(4, 6)])]
    [1, 9]
    """
    if not spans:
        yield from items
        return
    i, n = 0, len(spans)
    for item in items:
        while i < n and spans[i][1] <= item.start:
            i += 1
        if i == n or item.start < spans[i][0]:
            yield item
