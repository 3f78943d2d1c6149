"""Heading-style hints: lines the source itself marks as headings.

A Word document says which paragraphs are headings through their style
(Heading 1-9 / 标题 1-9, or an outline level); the loader reports those lines
as ``(start, end, level)`` spans, which the pipeline maps into the normalised
text. Such a line is a heading even without a numbering marker — its marker is
then ``""``, its style ``"heading"`` and its number the ordinal among its
siblings — and a numbered one keeps its marker but ranks by its style level
(see :mod:`.sequence`). A candidate inside a hinted line, after its start, is
part of the title, not a heading of its own.

The first hinted line is the document's title rather than a heading when it
reads as one (an unnumbered line naming a 规划/方案/计划…, see
:mod:`.doctitle`): Word documents often style their title as Heading 1.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, Optional, Sequence

from .doctitle import is_title_line
from .markers import Candidate
from .sequence import HintedLine

Hint = tuple[int, int, int]  # (start, end, level) of a heading-styled line in the normalised text
HEADING_STYLE = "heading"
_BLANKS = " \t\u3000"


def hinted_lines(
    text: str, candidates: Iterable[Candidate], hints: Sequence[Hint]
) -> tuple[list[Candidate], list[HintedLine]]:
    """The candidates outside hinted lines, and the hinted lines, each with the candidate at its start.

    >>> from policydoc.outline.markers import scan_candidates
    >>> text = "总体要求\\n一、目标(一)\\n正文。\\n"
    >>> cands, lines = hinted_lines(text, scan_candidates(text), [(0, 4, 1), (5, 12, 2)])
    >>> [(h.cand.marker, h.cand.style, h.level, text[h.cand.title_start : h.line_end]) for h in lines], cands
    ([('', 'heading', 1, '总体要求'), ('一、', 'cn_dun', 2, '目标(一)')], [])
    """
    cands = list(candidates)
    starts = [c.start for c in cands]
    drop: set[int] = set()
    lines: list[HintedLine] = []
    for start, end, level in sorted(hints):
        span = _line_span(text, start, end)
        if span is None or level < 1:
            continue
        a, b = span
        i, j = bisect_left(starts, a), bisect_left(starts, b)
        drop.update(range(i, j))
        opener = cands[i] if i < j and starts[i] == a else None
        if not lines and opener is None and is_title_line(text[a:b]):
            continue  # the document title styled as a heading
        lines.append(HintedLine(opener or _unnumbered(a, level), level, b))
    if not drop:
        return cands, lines
    return [c for k, c in enumerate(cands) if k not in drop], lines


def _line_span(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The hinted stretch without surrounding blanks, cut at its first line end; None when empty."""
    end = min(end, len(text))
    while start < end and text[start] in _BLANKS:
        start += 1
    nl = text.find("\n", start, end)
    if nl >= 0:
        end = nl
    while end > start and text[end - 1] in _BLANKS:
        end -= 1
    return (start, end) if start < end else None


def _unnumbered(start: int, level: int) -> Candidate:
    """A marker-less stand-in candidate for a hinted line (number 0: the ordinal among siblings is set in the tree)."""
    return Candidate("heading_style", HEADING_STYLE, f"{HEADING_STYLE}:{level}", 0, "", start, start, start,
                     False, False)
