"""Page furniture: Word-viewer ``N、`` page numbers, and the page lines of PDF/Word dumps.

The page lines of a dump ("— 2 —", "第3页/共4页", "Page 3 of 4", a running
header, 锟斤拷 footers) are found by :func:`page_furniture_spans` and removed by
the boilerplate fixer (see the end of this module).

Word-viewer page numbers: lines that start with a counting ``N、`` prefix.

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

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

import regex

from ..core.sentences import CLOSERS, COLONS, STOPS
from .._lazy import lazy_regex
from . import boilerplate_rules as R
from .offsets import Edit

# A line opening with a counting N、: searched from the line break before it (a literal: found in C, where a
# multi-line ^ is tried at every position), and at the start of the text for the first line.
_MARKER = re.compile(r"\n(\d{1,4})、")
_FIRST_MARKER = re.compile(r"(\d{1,4})、")
_LINE = lazy_regex(r"[^\n]*\S[^\n]*")
# A line that ends here has finished its sentence (or is a heading-like fragment).
_SENTENCE_END = frozenset(STOPS + COLONS + CLOSERS)

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
    chain = _longest_chain(_markers(text))
    if len(chain) < min_pages or not _looks_like_pages(text, chain, min_line):
        return []
    edits: list[Edit] = []
    for i, mark in enumerate(chain):
        start = mark.start
        if i > 0 and start > 0 and text[start - 1] == "\n":
            start -= 1  # join the page to the previous one
        edits.append(Edit(start, mark.end, "", "page_marker"))
    return edits


def _markers(text: str) -> list[_Marker]:
    """Every line-initial ``N、``, in order."""
    first = _FIRST_MARKER.match(text)
    found = [_Marker(int(first[1]), 0, first.end())] if first else []
    found.extend(_Marker(int(m[1]), m.start(1), m.end()) for m in _MARKER.finditer(text))
    return found


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


# --- page furniture of PDF/Word page dumps ---------------------------------------------

# prefilter: lines that start with a character a furniture rule allows; searched from the line break before
# them (a literal: found in C, where a multi-line ^ is tried at every position), and at the start of the text
_FURNITURE_LINE = re.compile(rf"\n([ \t\u3000]*[{re.escape(R.FURNITURE_FIRST)}][^\n]*)")
_FIRST_FURNITURE_LINE = re.compile(rf"[ \t\u3000]*[{re.escape(R.FURNITURE_FIRST)}][^\n]*")
_BLANKS = " \t\u3000\u00a0"
_HEADING_START = lazy_regex(  # compiled on first use: read only once page furniture is found
    r"[ \t\u3000]*(?:第[一二三四五六七八九十百零〇\d]{1,5}[章节条部分篇]|[一二三四五六七八九十百]{1,4}[、.．]"
    r"|[(（][一二三四五六七八九十百\d]{1,3}[)）]|\d{1,2}(?:[.．]\d{1,2})*[、.．](?!\d)|[①-⑳])"
)
HEADING_LINE_MAX = 40  # a line opening with a marker and no longer than this is a heading


@lru_cache(maxsize=2 ** len(R.FURNITURE_RULES))
def _furniture_rules(names: frozenset[str]) -> "regex.Pattern[str]":
    """The furniture rules ``names`` in one pattern (in table order). The rules start with distinct characters
    (``FURNITURE_OPENERS``), so a line matches the rules of all the same as those of the character it starts with."""
    union = "|".join(f"(?P<{name}>{pattern})" for name, pattern in R.FURNITURE_RULES if name in names) or "(?!)"
    return regex.compile(rf"[ \t\u3000]*(?:{union})[ \t\u3000]*")


def _rules_opening(lines: Iterable[str]) -> frozenset[str]:
    """The furniture rules whose lines start (after blanks) with a first character of ``lines``."""
    firsts = {line.lstrip(" \t\u3000")[:1] for line in lines}
    return frozenset(name for name, chars in R.FURNITURE_OPENERS.items() if not firsts.isdisjoint(chars))


def find_page_furniture(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, rule)`` of every page-furniture line (without its line break), in order.

    Page numbers and garbage footers by ``FURNITURE_RULES``; then a running header:
    a short line standing ``RUNNING_HEADER_MIN`` times or more, every time right
    after page furniture (blank lines between allowed) or as the text's first line.
    The first line counts but stays: there the short title is the document's title.

    >>> t = "某县规划\\n正文写到\\n— 2 —\\n某县规划\\n一半。\\n- 3 -\\n\\n某县规划\\n完。"
    >>> [(t[a:b], r) for a, b, r in find_page_furniture(t)]
    [('— 2 —', 'page_dash'), ('某县规划', 'running_header'), ('- 3 -', 'page_dash'), ('某县规划', 'running_header')]
    """
    found: list[tuple[int, int, str]] = []
    candidates = _furniture_candidates(text)
    if candidates:  # compiled once the prefilter lets a line through, of the rules its lines may match
        rules = _furniture_rules(_rules_opening(text[start:end] for start, end in candidates))
        for start, end in candidates:
            hit = rules.fullmatch(text[start:end])
            if hit:
                found.append((start, end, hit.lastgroup or "furniture"))
    if found:
        found = sorted(found + _running_headers(text, found))
    return found


def _furniture_candidates(text: str) -> list[tuple[int, int]]:
    """The lines (without their breaks) that open with a character a furniture rule allows, in order."""
    first = _FIRST_FURNITURE_LINE.match(text)
    found = [first.span()] if first else []
    found.extend(m.span(1) for m in _FURNITURE_LINE.finditer(text))
    return found


def _running_headers(text: str, furniture: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The lines of a running header (see :func:`find_page_furniture`)."""
    after: dict[str, list[tuple[int, int]]] = {}
    for _, end, _ in furniture:
        line = _next_line(text, end)
        if line:
            after.setdefault(text[line[0] : line[1]].strip(_BLANKS), []).append(line)
    first = _next_line(text, -1)
    out: list[tuple[int, int, str]] = []
    for head, lines in after.items():
        if not head or len(head) > R.RUNNING_HEADER_MAX or _HEADING_START.match(head):
            continue
        at_start = first is not None and text[first[0] : first[1]].strip(_BLANKS) == head and first not in lines
        if len(lines) + at_start < R.RUNNING_HEADER_MIN:
            continue
        every = regex.compile(rf"(?m)^[{_BLANKS}]*{regex.escape(head)}[{_BLANKS}]*$")
        if sum(1 for _ in every.finditer(text)) == len(lines) + at_start:  # it never stands anywhere else
            out.extend((a, b, "running_header") for a, b in lines)  # the first line stays: it is the title
    return out


def _next_line(text: str, pos: int) -> Optional[tuple[int, int]]:
    """The next non-blank line after the line break at ``pos`` (``pos=-1``: the first line).

    >>> t = "a\\n\\n  b\\n"
    >>> _next_line(t, 1), _next_line(t, -1)
    ((3, 6), (0, 1))
    """
    start = pos + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip(_BLANKS):
            return start, end
        start = end + 1
    return None


def page_furniture_spans(text: str) -> list[tuple[int, int]]:
    """What to delete for the page furniture of ``text``: each group of furniture lines with its breaks.

    Furniture lines separated only by blank lines form one group (a page's footer
    and the next page's header). The group takes its line breaks with it; when the
    page break split a sentence (the text before stops without a sentence end and
    neither side is a heading) the text is joined across it.

    >>> t = "满意度提高到\\n— 2 —\\n\\n90%以上。\\n第2页共2页\\n二、任务"
    >>> from policydoc.normalize.offsets import apply_edits, Edit
    >>> apply_edits(t, [Edit(a, b, "", "boilerplate") for a, b in page_furniture_spans(t)])[0]
    '满意度提高到90%以上。\\n二、任务'
    """
    spans: list[tuple[int, int]] = []
    for start, end in _groups(text, find_page_furniture(text)):
        before = len(text[:start].rstrip())
        nxt = _next_line(text, end)
        after = nxt[0] if nxt else len(text)
        if before == 0:
            spans.append((start, after))
        elif nxt is None:
            spans.append((before, len(text)))
        elif _splits_sentence(text, before, nxt):
            spans.append((before, _after_indent(text, after)))
        else:
            spans.append((start, after))
    return spans


def _groups(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Furniture lines merged when only blank lines stand between them."""
    out: list[tuple[int, int]] = []
    for start, end, _ in lines:
        if out and not text[out[-1][1] : start].strip():
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _splits_sentence(text: str, before: int, nxt: tuple[int, int]) -> bool:
    """Whether the text ending at ``before`` runs on into the line ``nxt`` (no sentence end, no heading)."""
    last = text[before - 1]
    if last in R.SENTENCE_END:
        return False
    if last not in R.CLAUSE_END:  # a line stopping after ，or 、 runs on whatever it starts with
        prev_start = text.rfind("\n", 0, before) + 1
        prev = text[prev_start:before]
        if len(prev) <= HEADING_LINE_MAX and "。" not in prev and _HEADING_START.match(prev):
            return False
    return not _HEADING_START.match(text, nxt[0])


def _after_indent(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _BLANKS:
        pos += 1
    return pos
