"""Headings a contents page names: subheads the body sets without numbers.

A speech printed with a contents page (a Hong Kong policy address: "目录 / 甲、引言 / 管治回顾 / ␣␣进步发展观 / …
/ 段落 / 1-15 / …") numbers only its parts; the subheads under them stand in the body as short lines of their own,
with no marker, and the contents page is the one place that says they are headings and how they nest (by their
indentation). Read as they stand, the body's subheads are prose lines, and the outline holds only the parts.

:func:`contents_hints` reads such a contents page and finds its entries again in the body, in order, each as a line
of its own; each line found becomes a heading hint, ``(start, end, level)``, as a Word document's heading styles do
(see :mod:`.hints`): a numbered entry ranks by its numbering (the first numbering of the page is level 1), an
unnumbered one below the numbered ones, one level further for each step of indentation. Only a page with several
unnumbered entries, most of which the body repeats in order, gives hints; a contents page of numbered entries
alone is left to :mod:`.contents`, which drops it.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from .._lazy import lazy_re
from ..settings import CONTENTS_FOUND_SHARE, CONTENTS_UNMARKED_MIN
from .contents import UNMARKED_ENTRY_MAX
from .hints import Hint
from .markers import Candidate

__all__ = ["Indent", "contents_hints"]

Indent = Callable[[int], int]
"""The indentation the source wrote the line at a position of the text with (normalisation drops indentation)."""

_CONTENTS_LINE = lazy_re(r"(?m)^[ \t\u3000\f]*目[ \t\u3000]*[录錄][ \t\u3000]*$")
"""A line that is only 目录 (or 目 录): a contents page opens."""
_COLUMN_HEADS = frozenset(("段落", "段數", "段数", "页码", "頁碼", "页次", "頁次", "页", "頁"))
"""Column heads of a contents page: what its numbers are (paragraphs, pages)."""
_NUMBERS = lazy_re(r"[\dIVXivx](?: ?[\dIVXivx])*(?:[ \t]*[-–—~][ \t]*[\dIVXivx](?: ?[\dIVXivx])*)?")
"""A page number or a range of pages or paragraphs ("12", "1-18"; letter-spaced by a PDF's text: "4 –1 3")."""
_NOT_TITLE = lazy_re(r"[。；！？，,：:]")
"""A contents entry holds no sentence: a line with these is the body's."""
_BLANKS = " \t\u3000\f"
_ENTRIES_MAX = 400


def contents_hints(text: str, candidates: Sequence[Candidate], indent_of: Optional[Indent] = None) -> list[Hint]:
    """Heading hints for the body lines that a contents page of unnumbered subheads names (see the module);
    ``indent_of`` says how the source indented a line (else the text's own blanks are read).

    >>> text = ("目录\\n甲、引言\\n愿景\\n  施政方针\\n乙、经济\\n  金融\\n段落\\n1-10\\n"
    ...         "甲、引言\\n1. 主席，今天我发表报告。\\n愿景\\n2. 我们要稳中求变。\\n施政方针\\n3. 今年，我们继续。\\n"
    ...         "乙、经济\\n金融\\n4. 香港是金融中心，我们要巩固。\\n")
    >>> from policydoc.outline.markers import scan_candidates
    >>> [(text[s:e], level) for s, e, level in contents_hints(text, list(scan_candidates(text)))]
    [('甲、引言', 1), ('愿景', 2), ('施政方针', 3), ('乙、经济', 1), ('金融', 3)]
    """
    page = _CONTENTS_LINE.search(text)
    if page is None:
        return []
    markers = {c.start: c for c in candidates if c.start > page.end()}
    entries, body = _entries(text, page.end(), markers, indent_of)
    unmarked = [e for e in entries if e[1] is None]
    if len(unmarked) < CONTENTS_UNMARKED_MIN:
        return []
    levels = _levels(entries)
    hints: list[Hint] = []
    found_unmarked = 0
    pos = body
    for (indent, family, title), level in zip(entries, levels):
        found = _line_holding(text, title, pos)
        if found is None:
            continue
        hints.append((found[0], found[1], level))
        found_unmarked += family is None
        pos = found[1]
    if len(hints) < CONTENTS_FOUND_SHARE * len(entries) or found_unmarked < CONTENTS_UNMARKED_MIN:
        return []
    return hints


def _entries(text: str, start: int, markers: dict[int, Candidate], indent_of: Optional[Indent]
             ) -> tuple[list[tuple[int, Optional[str], str]], int]:
    """The entries of the contents page that starts at ``start`` (indentation, numbering family or None, the line as
    the body repeats it), and where the body begins: at the first line no entry can be, or where the first entry
    stands again."""
    entries: list[tuple[int, Optional[str], str]] = []
    pos = start
    while pos < len(text) and len(entries) < _ENTRIES_MAX:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        body = line.strip(_BLANKS)
        if body and body not in _COLUMN_HEADS and not _NUMBERS.fullmatch(body):
            if len(body) > UNMARKED_ENTRY_MAX or _NOT_TITLE.search(body) or (entries and body == entries[0][2]):
                return entries, pos
            lead = len(line) - len(line.lstrip(_BLANKS))
            cand = markers.get(pos + lead)
            plain = line.replace("\f", "")
            indent = indent_of(pos + lead) if indent_of else len(plain) - len(plain.lstrip(" \t\u3000"))
            entries.append((indent, cand.family if cand is not None else None, body))
        pos = end + 1
    return entries, pos


def _levels(entries: list[tuple[int, Optional[str], str]]) -> list[int]:
    """Each entry's level: the numbering families in the order the page shows them, then the unnumbered entries by
    indentation, below every numbering."""
    families: list[str] = []
    indents: list[int] = []
    for indent, family, _ in entries:
        if family is not None and family not in families:
            families.append(family)
        if family is None and indent not in indents:
            indents.append(indent)
    indents.sort()
    return [families.index(family) + 1 if family is not None else len(families) + indents.index(indent) + 1
            for indent, family, _ in entries]


def _line_holding(text: str, title: str, pos: int) -> Optional[tuple[int, int]]:
    """The next line after ``pos`` that holds ``title`` and nothing else (blanks and a page break aside)."""
    while True:
        at = text.find(title, pos)
        if at < 0:
            return None
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if not text[line_start:at].strip(_BLANKS) and not text[at + len(title) : line_end].strip(_BLANKS):
            return at, at + len(title)
        pos = at + len(title)
