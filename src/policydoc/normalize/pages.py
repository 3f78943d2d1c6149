"""Word-viewer page numbers: lines that start with a counting ``N、`` prefix.

Documents copied out of an online Word viewer carry one line per page, each
opening with the page number and a 、 ("1、…全面落实立\\n2、德树人根本任务…").
The page text runs on across the break, so the break and the marker are
removed together and the sentence is joined again.

The phenomenon is recognised from the whole document, never from one line:

1. the line-initial ``N、`` prefixes are collected in document order;
2. they are chained while each number is the previous one plus one (a rare
   skipped page is tolerated);
3. the longest chain counts as pages only if it covers most lines, the lines
   are page-sized, and most breaks fall in the middle of a sentence.

An ordinary list ("1、加强领导。\\n2、落实责任。") fails test 3: its items are
short and end with a sentence. A list filling most of a short document fails
it as well.

>>> text = "1、第一页的内容写到一半\\n2、又接着写下去，直到句子结束。"
>>> [(e.start, e.end) for e in remove_page_markers(text, None, min_pages=2, min_line=5)]
[(0, 2), (12, 15)]
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .offsets import Edit

_MARKER = regex.compile(r"^(\d{1,4})、", regex.MULTILINE)
_LINE = regex.compile(r"[^\n]*\S[^\n]*")
# A line that ends here has finished its sentence (or is a heading-like fragment).
_SENTENCE_END = frozenset("。；;！!？?：:”」』）)】》")

MIN_PAGES = 3  # fewer counted lines than this are never pages
MIN_COVERAGE = 0.6  # share of non-blank lines the chain must cover
MIN_LINE = 60  # median length of a page line (list items are shorter)
MIN_MIDSENTENCE = 0.5  # share of breaks that fall inside a sentence
MAX_STEP = 3  # a gap of up to two missing pages continues the chain


@dataclass(frozen=True, slots=True)
class _Marker:
    number: int
    start: int  # where the digits start (a line start)
    end: int  # after the 、


def remove_page_markers(
    text: str, ctx: object, *, min_pages: int = MIN_PAGES, min_line: int = MIN_LINE
) -> list[Edit]:
    """Edits removing every page marker and the line break before it (none if there are no pages)."""
    chain = _longest_chain([_Marker(int(m[1]), m.start(), m.end()) for m in _MARKER.finditer(text)])
    if len(chain) < min_pages or not _looks_like_pages(text, chain, min_line):
        return []
    edits: list[Edit] = []
    for i, mark in enumerate(chain):
        start = mark.start
        if i > 0 and start > 0 and text[start - 1] == "\n":
            start -= 1  # join the page to the previous one
        edits.append(Edit(start, mark.end, "", "page_marker"))
    return edits


def _longest_chain(markers: list[_Marker]) -> list[_Marker]:
    """The longest run of markers whose numbers count up by 1 (rarely skipping a page).

    >>> [m.number for m in _longest_chain([_Marker(n, 0, 0) for n in (1, 2, 1, 2, 3, 5, 6, 1)])]
    [1, 2, 3, 5, 6]
    """
    best: list[_Marker] = []
    current: list[_Marker] = []
    gaps = 0
    for mark in markers:
        step = mark.number - current[-1].number if current else 0
        if current and 1 <= step <= MAX_STEP and (step == 1 or gaps + 1 <= max(1, len(current) // 10)):
            gaps += step > 1
            current.append(mark)
        else:
            current, gaps = [mark], 0
        if len(current) > len(best):
            best = current
    return list(best)


def _looks_like_pages(text: str, chain: list[_Marker], min_line: int) -> bool:
    """Coverage, page-sized lines and mid-sentence breaks (see the module docstring)."""
    lines = sum(1 for _ in _LINE.finditer(text))
    if len(chain) < MIN_COVERAGE * lines:
        return False
    lengths = sorted(_line_end(text, m.start) - m.end for m in chain)
    if lengths[len(lengths) // 2] < min_line:
        return False
    breaks = [_char_before(text, m.start) for m in chain[1:]]
    inside = sum(1 for ch in breaks if ch and ch not in _SENTENCE_END)
    return inside >= MIN_MIDSENTENCE * max(1, len(breaks))


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _char_before(text: str, pos: int) -> str:
    """The last non-blank character before ``pos`` ('' at the start of the text).

    >>> _char_before("句子。\\n \\n", 6)
    '。'
    """
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""
