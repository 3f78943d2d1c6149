"""The sequence-aware parser: which marker candidates are headings.

A candidate becomes a heading only where it may stand and only if it continues
a numbering sequence:

- *where*: at the start of a line; after 。；：！？ inside a paragraph (``run_in``
  rules only); right after a heading whose title is still open (no
  terminator yet, as in "三、组织实施(一)明确责任分工"); or, opening a list,
  right after a document title run into the text ("…消防宣传月活动方案一、活动主题":
  a stretch from a line start or terminator that ends in a document-type word)
  — never in the middle of a sentence ("按照(三)的要求");
- *sequence*: n = previous + 1 of a list that is open at this place, or 1 to
  open a child list, or previous + 1 of a list closed by its parent (items
  numbered on across sections: 1.–4. under 一、, 5. under 二、); on a line of
  its own also previous + 2 when the skipped number is not the next marker of
  its style (a heading lost or misnumbered: 二、 then 四、, warned). The top list
  restarting at 1 starts a new top-level run (documents run together) and is
  reported in a warning — unless the run so far was a table of contents: a
  block of headings, one a line with nothing between them, that the body then
  repeats from its first entry (目录 / 第一章 总则 / 第二章 … / 第一章 总则 …).
  Those lines are dropped, not headings.

A line the source marks as a heading (a Word heading style, see
:mod:`.hints`) is a heading whatever its numbering, and ranks by its style
level: it closes every list opened since the last hinted heading of a higher
style level (a Heading 1 never nests under a Heading 2), and the lists that
follow nest under it.

The depth of each heading in the stack of open lists is kept; levels are
assigned afterwards from the depths at which each numbering style appears,
counted from the nearest hinted heading above it when there is one.
"""

from __future__ import annotations

from functools import partial
from typing import Iterable, NamedTuple, Optional, Sequence

from .markers import Candidate
from .noise import Noise
from .open_lists import Heading, SequenceParser
from .position import LINE, context_at
from ..settings import EXCERPT_LOOKAHEAD

__all__ = ["Heading", "HintedLine", "SequenceParser", "heading_levels", "parse_sequence"]


class HintedLine(NamedTuple):
    """A line the source styles as a heading: the candidate at its start (or a marker-less stand-in)."""

    cand: Candidate
    level: int  # heading-style level, 1 = Heading 1
    line_end: int


def parse_sequence(
    text: str, candidates: Iterable[Candidate], noise: Noise, hints: Sequence[HintedLine] = (),
    fresh_starts: Sequence[int] = (),
) -> tuple[list[Heading], list[str]]:
    """The headings among ``candidates`` (in document order) and hinted lines, and the warnings raised on the way.

    ``hints`` are the hinted lines (:func:`.hints.hinted_lines`), sorted, each holding the
    candidate at its start (or a marker-less stand-in); no other candidate lies inside one.
    ``fresh_starts`` are where attached documents open ("附件1 …"): the first candidate
    after one that is numbered 1 starts a new top-level run (no warning), even a marker glued to
    the text before it (the attached document's title, in run-on text).
    """
    parser = SequenceParser(text, noise)
    cands = list(candidates)
    following: list[Optional[int]] = [None] * len(cands)  # number of the next candidate of the same family
    seen: dict[str, int] = {}
    for i in range(len(cands) - 1, -1, -1):
        following[i] = seen.get(cands[i].family)
        seen[cands[i].family] = cands[i].number
    h, n_hints = 0, len(hints)
    f, n_fresh = 0, len(fresh_starts)
    for i, (cand, nxt) in enumerate(zip(cands, following)):
        while h < n_hints and hints[h].cand.start <= cand.start:
            parser.feed_hint(*hints[h])
            h += 1
        if f < n_fresh and fresh_starts[f] <= cand.start:
            while f < n_fresh and fresh_starts[f] <= cand.start:
                f += 1
            if cand.number == 1 and parser.headings:
                parser.start_afresh()
            # run-on text ("…附件某某情形一、…"): the first item glued to the attached title opens its outline
            parser.attached_opens = cand.number == 1 and "\n" not in text[fresh_starts[f - 1]: cand.start]
        parser.feed(cand, nxt, partial(_next_on_line, text, cands, i, noise))
    for hint in hints[h:]:
        parser.feed_hint(*hint)
    return parser.headings, parser.warnings




def _next_on_line(text: str, cands: list[Candidate], i: int, noise: Noise) -> Optional[Candidate]:
    """The first candidate after ``cands[i]`` that opens its line: an excerpt opening at "二、" shows its
    first child list there, whatever markers its opening paragraph holds run into sentences ("之一、")."""
    for cand in cands[i + 1 : i + 1 + EXCERPT_LOOKAHEAD]:
        if context_at(text, cand.start, noise) == LINE:
            return cand
    return None


def heading_levels(headings: list[Heading]) -> list[int]:
    """The level of every heading: its depth in the nesting this document shows.

    A hinted heading's level is the rank of its style level among those used
    (Heading 1 and 3 only: levels 1 and 2). Any other heading sits one level
    below its parent heading (the list it nests in), level 1 without one — so a
    style that sits directly under the top list in one section and one level
    deeper in another takes the level of the place where it stands (a skipped
    level: "一、" then "(1)" is levels 1 and 2, "一、" "(一)" "(1)" levels 1 to 3).
    """
    rank = {lvl: i + 1 for i, lvl in enumerate(sorted({h.hint for h in headings if h.hint}))}
    levels: list[int] = []
    for h in headings:
        if h.hint:
            levels.append(rank[h.hint])
        else:
            levels.append(levels[h.parent] + 1 if h.parent >= 0 else 1)
    return _under_unnumbered_chapter(headings, levels)


def _under_unnumbered_chapter(headings: list[Heading], levels: list[int]) -> list[int]:
    """Headings that open the outline before its first chapter (第一章) in the style the chapters hold (第一节…, or
    一、…) stand in a chapter left unnumbered ("总    则" on a line of its own): they and what they hold sit one
    level down, as the chapters' own do."""
    first_chapter = next((i for i, h in enumerate(headings) if h.cand.family == "chapter" and levels[i] == 1), None)
    if not first_chapter or headings[0].hint:
        return levels
    held = {h.cand.family for h in headings if h.parent >= 0 and headings[h.parent].cand.family == "chapter"}
    if headings[0].cand.family not in held:
        return levels
    return [lvl + 1 if i < first_chapter else lvl for i, lvl in enumerate(levels)]
