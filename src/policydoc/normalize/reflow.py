"""Text extracted from PDFs: page breaks, bare page numbers and hard line wraps.

``pdftotext`` and similar tools write one line per printed line: a sentence runs
over several lines, a number can be cut from its unit ("300 亿\\n元"), each page
ends with a form feed, often after its bare page number ("…最终\\n2\\n\\n\\f则由…").
Read as they are, wrapped lines start with whatever the wrap left there
("1.2 公里…" looks like a heading) and titles are cut in two.

One pass over the lines, three named rules (each edit says which):

- ``page_break``: a form feed never is content; it goes, with a bare page number
  (1–4 digits alone on a line) next to it and the blank lines around them;
- ``line_wrap``: in a hard-wrapped document (:func:`wrap_width` finds one) a line
  that fills the page width and does not end a sentence runs on into the next
  line, unless that line opens with an outline marker (一、 (一) 第三章 1、 …) or
  the wrapped line is a heading (it opens with a marker and holds no 。；);
- ``pushed_punctuation``: a line that starts with ，、。；： continues the line before
  it (layout pushed the mark after a closing bracket to the next line);
- ``split_heading``: a line holding only an outline marker, perhaps with the number
  its title opens with ("一、", "(1)2014", "(2)第9"), continues on the next line,
  where text boxes and scrapes put the rest of the title.
- ``split_number``: a line holding only a number ("2025", "10%", "0.4012") inside a
  sentence — the line before it ends no sentence and the line after it goes on with the
  number's unit or bound ("年，…", "元/千瓦时", "以上，…") — joins both: a scraped page
  that put each inline element on a line of its own.

A document whose lines are paragraphs (scraped pages, Word text) has no wrap
width: only its form feeds and their page numbers, pushed punctuation and split
headings are touched.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, count, repeat
from operator import add, and_, contains, ge, getitem, lt, not_, or_, sub
from typing import NamedTuple, Optional

from ..core.sentences import CLAUSE_STOPS, COLONS, FULL_STOPS
from .._lazy import lazy_re
from ..data.marker_words import MEASURE_WORDS, MEASURE_WORDS_TRADITIONAL
from .offsets import Edit

MIN_LINES = 20  # fewer lines than this tell nothing about a page width
DOUBLE_SPACED_SHARE = 0.6  # a text whose breaks between lines are mostly one blank line is double spaced
MAX_WRAP_WIDTH = 120  # display columns: a page line of a PDF is narrower than this
FULL_SHARE = 0.75  # a line this close to the page width was wrapped, not ended
WIDTH_QUANTILE = 0.9  # the page width: this quantile of the line widths
MIN_OPEN_FULL = 8  # at least this many full lines without a sentence end...
MIN_OPEN_SHARE = 0.1  # ...and this share of all lines, or the document is not hard-wrapped
SENTENCE_END = FULL_STOPS + CLAUSE_STOPS + COLONS
PUSHED = "，,、。；;：:）)」』”"
_MEASURES = "".join(sorted(MEASURE_WORDS | MEASURE_WORDS_TRADITIONAL))  # reflow reads the text before t2s
_MARKER_START_PATTERN = (
    r"[ \t\u3000]*(?:第[一二三四五六七八九十百零〇\d]{1,5}[章节条篇编]|第[一二三四五六七八九十]{1,3}部分"
    r"|[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}[、.．]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[(（][ ]?[一二三四五六七八九十\d]{1,3}[ ]?[)）]|\d{1,2}[、．](?!\d)|\d{1,2}\.(?![\d])|[①-⑳]"
    rf"|\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}[ \t\u3000]*(?![{_MEASURES}])[\u4e00-\u9fff]"  # 2.1 领导机构, not 1.2 公里
    rf"|\d{{1,2}}[ \t\u3000]+(?![{_MEASURES}])[\u4e00-\u9fff]"  # 2 组织体系, not 3 年
    r"|专栏[ \t\u3000]*[\d一二三四五六七八九十]|[A-Za-z][.．、][ \t\u3000]*[\u4e00-\u9fff])"
)


LEADER_TAIL = 80  # a contents entry's leaders are read in its last characters only (a line of dots may be 40,000 long)
_LEADERED = lazy_re(r"[.…·．]{5,}[ \t\u3000]*\d{0,4}$")
"""A contents entry: dot leaders and a page number close it. Its width is the leaders', not the page's."""
_PROSE = lazy_re(r"[。；;]")  # a line with these is running text, even when it opens with a marker


#: a line holding only a number, a decimal or a percentage (not a marker: "1." and "2、" are none)
_NUMBER_LINE = lazy_re(r"[ \t\u3000]*\d+(?:\.\d+)?[%％‰]?[ \t\u3000]*")
#: what goes on after a number inside its sentence: its unit or a bound ("年，", "元", "以上"), or punctuation
_NUMBER_GOES_ON = lazy_re(rf"[{_MEASURES}%％‰以左及至到余多万亿元千瓦·/]|{'|'.join(map(re.escape, PUSHED))}")
# _NUMBER_LINE as the whole content of a line: searched from the line break before it (a literal: found in C)
_NUMBER_ALONE = re.compile(rf"\n[\f \t\u3000]*+({_NUMBER_LINE.pattern})(?=\n|\Z)")


# a line holding only an outline marker, perhaps with the number its title opens with ("(1)2014", "(2)第9"):
# text boxes and scrapes put the title on the next line
_STUB = lazy_re(_MARKER_START_PATTERN + r"[ \t\u3000]*(?:第?[ \t\u3000]*\d{1,4})?[ \t\u3000]*")
# compiled on first use: read only after a stub line or in a hard-wrapped text
_MARKER_START = lazy_re(_MARKER_START_PATTERN)
# the characters an alternative of _MARKER_START_PATTERN opens with (after its blanks), decimal digits besides
# (\d): a line opening with another is no stub, and is not tried against _STUB
_MARKER_OPENERS = frozenset(
    "第壹贰貳叁參参肆伍陆陸柒捌玖拾一二三四五六七八九十(（专" + "".join(map(chr, range(ord("①"), ord("⑳") + 1)))
    + string.ascii_letters
)
# a line opening with a Latin letter is a stub only as "A." / "a、" (the pattern's one alternative that opens with a
# letter): a cheap test before the stub pattern, which costs a first parse about 6 ms to compile (front matter,
# English lines)
_LATIN = frozenset(string.ascii_letters)
_LATIN_MARKER_DOTS = frozenset(".．、")


class _Lines(NamedTuple):
    """The non-blank lines of a text as columns (a document has thousands: no object per line)."""

    starts: list[int]  # first character of each line's content (after form feeds and blanks)
    ends: list[int]  # end of each line, before its line break
    page_numbers: list[int]  # content starts of the bare page numbers next to a form feed (not among the lines)


_NARROW = lazy_re(r"[\x00-\u10ff\u2000-\u206f\uff61-\uffdc]")  # Latin, Greek, Cyrillic, general punctuation, half-width forms
_LEAD = "\f \t\u3000"  # skipped before a line's content
# a line whose content is a bare number (1-4 digits): a page number if a form feed stands next to it. Searched
# from the line break before it (a literal: found in C) and, for the first line, at the start of the text.
_PAGE_NUMBER_LINE = lazy_re(r"\n[\f \t\u3000]*\d{1,4}[ \t\u3000]*(?=\n|\Z)")
_FIRST_PAGE_NUMBER_LINE = lazy_re(r"[\f \t\u3000]*\d{1,4}[ \t\u3000]*(?=\n|\Z)")
# a text without a run of five leaders has no contents entry; one pattern per first leader, each opening with a
# character (the engine finds one ~10x faster than a class)
_LEADERS = tuple(re.compile(re.escape(first) + r"[.…·．]{4}") for first in ".…·．")


def display_width(s: str) -> int:
    """Columns ``s`` takes on a page: one for narrow (Latin, digits) characters, two for the rest (CJK).

    >>> display_width("到2025年"), display_width("ab")
    (8, 2)
    """
    return 2 * len(s) - len(_NARROW.findall(s))


def _display_widths(strings: list[str]) -> list[int]:
    """:func:`display_width` of each string, the calls made from C (no Python code runs per string).

    >>> _display_widths(["到2025年", "ab", ""])
    [8, 2, 0]
    """
    lengths = list(map(len, strings))
    return list(map(sub, map(add, lengths, lengths), map(len, map(_NARROW.findall, strings))))


def _lines(text: str) -> _Lines:
    """The non-blank lines, form feeds skipped, and the bare page numbers beside a form feed apart.

    Positions and leading blanks of all lines are worked out in C (a document has thousands
    of lines); only the lines holding a bare number are looked at one by one.
    """
    pieces = text.split("\n")
    lengths = list(map(len, pieces))
    line_starts = list(accumulate(map(add, lengths, repeat(1)), initial=0))
    ends = list(map(add, line_starts, lengths))
    leads = list(map(sub, lengths, map(len, map(str.lstrip, pieces, repeat(_LEAD)))))
    starts = list(map(add, line_starts, leads))
    kept = list(map(lt, leads, lengths))  # non-blank
    numbers: list[int] = []
    if "\f" in text:  # a bare number is a page number only beside a form feed
        # a form feed among the blanks before a line's content: the line opens a page
        fed = list(map(contains, map(getitem, pieces, map(slice, leads)), repeat("\f")))
        for i in _number_lines(text, line_starts):
            if fed[i] or _page_follows(i, fed, leads, lengths):
                kept[i] = False
                numbers.append(starts[i])
    return _Lines(list(compress(starts, kept)), list(compress(ends, kept)), numbers)


def _number_lines(text: str, line_starts: list[int]) -> list[int]:
    """The lines (by index) whose content is a bare number of one to four digits."""
    found = [bisect_right(line_starts, m.start()) for m in _PAGE_NUMBER_LINE.finditer(text)]  # the line after the break
    return [0, *found] if _FIRST_PAGE_NUMBER_LINE.match(text) else found


def _page_follows(i: int, fed: list[bool], leads: list[int], lengths: list[int]) -> bool:
    """Whether the next non-blank line after line ``i`` opens a page (blank lines between allowed)."""
    for j in range(i + 1, len(fed)):
        if fed[j]:
            return True
        if leads[j] < lengths[j]:
            return False
    return False


def _stripped(text: str, lines: _Lines) -> list[str]:
    """Each line's content without trailing blanks."""
    return [text[start:end].rstrip() for start, end in zip(lines.starts, lines.ends)]


def wrap_width(text: str) -> Optional[int]:
    """The page width of a hard-wrapped text in display columns, or None when its lines are paragraphs.

    >>> body = "这是一段很长的正文内容需要换行显示出来\\n" * 30
    >>> wrap_width(body), wrap_width("第一段。\\n" * 30)
    (38, None)
    >>> wrap_width(("一、总则" + "." * 80 + "1\\n") * 5 + body)  # contents lines' leaders are not the page width
    38
    """
    lines = _lines(text)
    if len(lines.starts) < MIN_LINES:
        return None
    return _page_width(text, len(lines.starts), _stripped(text, lines))[0]


def _page_width(text: str, n_lines: int, stripped: list[str]) -> tuple[Optional[int], Optional[list[int]]]:
    """:func:`wrap_width` of ``n_lines`` content lines given stripped, and their display widths if measured.

    A line is at least as wide as it is long and at most twice: a text whose lines are
    paragraphs (the page width would pass ``MAX_WRAP_WIDTH``, or too few lines could fill
    it) is told from the lengths alone, without measuring a line.
    """
    if n_lines < MIN_LINES:
        return None, None
    kept: Optional[list[bool]] = None
    page_lines = stripped
    if any(leaders.search(text) for leaders in _LEADERS):  # contents entries are not page lines
        kept = [not _LEADERED.search(s[-LEADER_TAIL:]) for s in stripped]
        page_lines = list(compress(stripped, kept))
    if len(page_lines) < MIN_LINES or not _may_fill_pages(page_lines, n_lines):
        return None, None
    widths = _display_widths(stripped)
    page_widths = widths if kept is None else list(compress(widths, kept))
    width = _quantile(page_widths)
    if width > MAX_WRAP_WIDTH:
        return None, widths
    open_full = sum(map(and_, _full(page_widths, width), _open(page_lines)))
    return (width if open_full >= _min_open_full(n_lines) else None), widths


def _quantile(values: list[int]) -> int:
    """The ``WIDTH_QUANTILE`` quantile of ``values`` (the page width, of line widths)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(WIDTH_QUANTILE * len(ordered)))]


def _min_open_full(n_lines: int) -> float:
    """Full lines without a sentence end a hard-wrapped text of ``n_lines`` lines has at least."""
    return max(MIN_OPEN_FULL, MIN_OPEN_SHARE * n_lines)


def _may_fill_pages(page_lines: list[str], n_lines: int) -> bool:
    """False when the lengths alone show the lines are no hard-wrapped page: each line's width lies
    between its length and twice it, so the page width is at least the quantile of the lengths, and a
    full line at least ``FULL_SHARE`` of that long, halved."""
    lengths = list(map(len, page_lines))
    least_width = _quantile(lengths)
    if least_width > MAX_WRAP_WIDTH:
        return False
    may_be_full = map(ge, map(add, lengths, lengths), repeat(FULL_SHARE * least_width))
    return sum(map(and_, may_be_full, _open(page_lines))) >= _min_open_full(n_lines)


def _full(widths: list[int], width: int) -> "map[bool]":
    """Whether each line fills the page width (``FULL_SHARE`` of it)."""
    return map(ge, widths, repeat(FULL_SHARE * width))


def _open(stripped: list[str]) -> "map[bool]":
    """Whether each (stripped) line ends without a sentence end (an empty one ends nothing open)."""
    return map(not_, map(SENTENCE_END.__contains__, map(getitem, stripped, repeat(_LAST))))


_LAST = slice(-1, None)


def _inline_numbers(text: str, lines: _Lines, stripped: list[str]) -> list[int]:
    r"""The lines (by index) that hold only a number inside a sentence (rule ``split_number``): the line before
    ends no sentence, the line after goes on with the number's unit or bound.

    The lines holding only a number are found by one search; only they are looked at one by one.

    >>> t = "综合能耗比\n2020\n年下降\n10%\n以上。\n指标\n2020\n2025\n"
    >>> lines = _lines(t)
    >>> [t[lines.starts[k] : lines.ends[k]] for k in _inline_numbers(t, lines, _stripped(t, lines))]
    ['2020', '10%']
    """
    starts = lines.starts
    found = []
    for m in _NUMBER_ALONE.finditer(text):
        k = bisect_left(starts, m.start(1))
        if 0 < k < len(starts) - 1 and starts[k] == m.start(1):
            last = stripped[k - 1][-1:]
            if last and last not in SENTENCE_END and not last.isdigit() and _NUMBER_GOES_ON.match(text, starts[k + 1]):
                found.append(k)
    return found


def _joins(text: str, nxt: int, line: str, stub: bool, full_open: bool, inline: bool) -> Optional[str]:
    """The rule that joins a line to the next (whose content starts at ``nxt``), or None to keep the break.

    ``line`` is the line's content without trailing blanks; ``stub`` says whether it holds
    only an outline marker (:data:`_STUB`), ``full_open`` whether it fills the page width of a
    hard-wrapped text and ends no sentence, ``inline`` whether one of the two lines is a number
    inside a sentence (:func:`_inline_numbers`).
    """
    if text[nxt] in PUSHED:
        return "pushed_punctuation"
    if inline:
        return "split_number"
    if stub and not _MARKER_START.match(text, nxt):
        return "split_heading"
    if not full_open:
        return None
    if _MARKER_START.match(text, nxt):
        return None
    if _MARKER_START.match(line) and not _PROSE.search(line):
        return None  # a heading line: its title ends at the wrap (the body starts below)
    return "line_wrap"


def reflow(text: str) -> list[Edit]:
    r"""Edits that remove page breaks and page numbers and join wrapped lines.

    Only the line breaks a rule may remove are looked at one by one: those after a
    stub or a full open line, before pushed punctuation, next to a number inside a
    sentence, or across a page break; which ones they are is worked out in C for all
    lines at once.

    >>> from policydoc.normalize.offsets import apply_edits
    >>> t = "正文写到一半\n2\n\n\f接着写完。\n一、下一节"
    >>> apply_edits(t, reflow(t))[0]
    '正文写到一半\n接着写完。\n一、下一节'
    """
    if "\f" not in text and "\n" not in text:
        return []
    lines = _lines(text)
    starts, ends, numbers = lines  # numbers: sorted, bare page numbers between two lines
    stripped = _stripped(text, lines)
    width, widths = _page_width(text, len(starts), stripped)
    full_open = [False] * len(starts) if width is None else list(map(and_, _full(widths, width), _open(stripped)))
    firsts = [text[start] for start in starts]
    stubs = [(first in _MARKER_OPENERS or first.isdecimal())
             and (first not in _LATIN or text[start + 1 : start + 2] in _LATIN_MARKER_DOTS)
             and _STUB.fullmatch(text, start, end) is not None
             for first, start, end in zip(firsts, starts, ends)]
    pushed = [first in PUSHED for first in firsts]
    edits: list[Edit] = []
    if starts and starts[0] > 0 and "\f" in text[: starts[0]]:
        edits.append(Edit(0, starts[0], "", "page_break"))
    inline = {i for k in _inline_numbers(text, lines, stripped) for i in (k - 1, k)}  # the breaks around them
    breaks = compress(count(), map(or_, map(or_, stubs, full_open), pushed[1:]))  # a rule may join these
    double = width is not None and _double_spaced(text, lines)  # a blank line is the line spacing, no paragraph gap
    for i in sorted({*breaks, *inline, *_paged_breaks(text, lines)}):
        end, nxt = ends[i], starts[i + 1]
        gap = text[end:nxt]
        paged = "\f" in gap or (bool(numbers) and bisect_left(numbers, nxt) > bisect_right(numbers, end))
        joinable = (gap.count("\n") <= 2 if double else "\n\n" not in gap) or paged
        rule = _joins(text, nxt, stripped[i], stubs[i], full_open[i], i in inline) if joinable else None
        if rule is not None:
            edits.append(Edit(end, nxt, _glue(text, end, nxt), "page_break" if paged else rule))
        elif paged:
            edits.append(Edit(end, nxt, "\n", "page_break"))
    tail = ends[-1] if ends else 0
    if "\f" in text[tail:] or (numbers and numbers[-1] >= tail):
        edits.append(Edit(tail, len(text), "", "page_break"))
    return [e for e in edits if text[e.start : e.end] != e.replacement]


def _double_spaced(text: str, lines: _Lines) -> bool:
    """Does a blank line follow nearly every line (a PDF extractor's output of a Word file: "由人\\n\\n力资源部门")? Then a
    single blank line is the line spacing, no paragraph break, and a wrapped line runs on across it.

    >>> _double_spaced("这是一行\\n\\n又是一行\\n\\n" * 20, _lines("这是一行\\n\\n又是一行\\n\\n" * 20))
    True
    >>> from policydoc.normalize.offsets import apply_edits
    >>> page = "各镇街要按照规定的程序受理申请材料，由人\\n\\n力资源部门负责审核，并将结果告知申请人\\n\\n" * 12
    >>> "由人力资源部门" in apply_edits(page, reflow(page))[0]  # the wrap runs on across the line spacing
    True
    """
    starts, ends, _ = lines
    if len(starts) < MIN_LINES:
        return False
    single = sum(1 for end, nxt in zip(ends, starts[1:]) if text.count("\n", end, nxt) == 2)
    return single >= DOUBLE_SPACED_SHARE * (len(starts) - 1)


def _paged_breaks(text: str, lines: _Lines) -> list[int]:
    """The breaks (index of the line before) whose gap holds a form feed or a bare page number: a page break."""
    found = []
    starts, ends, numbers = lines
    marks = [m.start() for m in _FORM_FEED.finditer(text)] if "\f" in text else []
    for pos in (*marks, *numbers):
        i = bisect_right(starts, pos) - 1  # the line at or before pos
        if 0 <= i < len(starts) - 1 and ends[i] <= pos:
            found.append(i)
    return found


_FORM_FEED = re.compile("\f")


def _glue(text: str, end: int, nxt: int) -> str:
    """What stands between two joined lines (the first ending at ``end``, the next's content starting at ``nxt``):
    a space between two Latin words, else nothing."""
    a, b = text[end - 1], text[nxt]
    return " " if a.isascii() and a.isalpha() and b.isascii() and b.isalpha() else ""


def reflow_fixer(text: str, ctx: object) -> list[Edit]:
    """The fixer-table entry: :func:`reflow`."""
    return reflow(text)
