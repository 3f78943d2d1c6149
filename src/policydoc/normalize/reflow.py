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
from bisect import bisect_left, bisect_right
from typing import NamedTuple, Optional

from ..core.sentences import CLAUSE_STOPS, COLONS, FULL_STOPS
from .._lazy import lazy_re
from ..data.marker_words import MEASURE_WORDS, MEASURE_WORDS_TRADITIONAL
from .offsets import Edit

MIN_LINES = 20  # fewer lines than this tell nothing about a page width
MAX_WRAP_WIDTH = 120  # display columns: a page line of a PDF is narrower than this
FULL_SHARE = 0.75  # a line this close to the page width was wrapped, not ended
WIDTH_QUANTILE = 0.9  # the page width: this quantile of the line widths
MIN_OPEN_FULL = 8  # at least this many full lines without a sentence end...
MIN_OPEN_SHARE = 0.1  # ...and this share of all lines, or the document is not hard-wrapped
SENTENCE_END = FULL_STOPS + CLAUSE_STOPS + COLONS
PUSHED = "，,、。；;：:）)」』”"
_PAGE_NUMBER = re.compile(r"[ \t\u3000]*\d{1,4}[ \t\u3000]*")
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
_LEADERED = re.compile(r"[.…·．]{5,}[ \t\u3000]*\d{0,4}$")
"""A contents entry: dot leaders and a page number close it. Its width is the leaders', not the page's."""
_PROSE = re.compile(r"[。；;]")  # a line with these is running text, even when it opens with a marker


#: a line holding only a number, a decimal or a percentage (not a marker: "1." and "2、" are none)
_NUMBER_LINE = re.compile(r"[ \t\u3000]*\d+(?:\.\d+)?[%％‰]?[ \t\u3000]*")
#: what goes on after a number inside its sentence: its unit or a bound ("年，", "元", "以上"), or punctuation
_NUMBER_GOES_ON = re.compile(rf"[{_MEASURES}%％‰以左及至到余多万亿元千瓦·/]|{'|'.join(map(re.escape, PUSHED))}")

# a line holding only an outline marker, perhaps with the number its title opens with ("(1)2014", "(2)第9"):
# text boxes and scrapes put the title on the next line
_STUB = re.compile(_MARKER_START_PATTERN + r"[ \t\u3000]*(?:第?[ \t\u3000]*\d{1,4})?[ \t\u3000]*")
# compiled on first use: read only after a stub line or in a hard-wrapped text
_MARKER_START = lazy_re(_MARKER_START_PATTERN)


class _Line(NamedTuple):
    start: int  # first character of the content (after a form feed)
    end: int  # end of the line, before its line break
    page_number: bool  # a bare page number next to a form feed


_NARROW = re.compile(r"[\x00-\u10ff\u2000-\u206f\uff61-\uffdc]")  # Latin, Greek, Cyrillic, general punctuation, half-width forms


def display_width(s: str) -> int:
    """Columns ``s`` takes on a page: one for narrow (Latin, digits) characters, two for the rest (CJK).

    >>> display_width("到2025年"), display_width("ab")
    (8, 2)
    """
    return 2 * len(s) - len(_NARROW.findall(s))


def _lines(text: str) -> list[_Line]:
    """The non-blank lines, form feeds skipped, bare page numbers beside a form feed flagged."""
    raw: list[tuple[int, int, bool]] = []  # (start, end, after a form feed)
    pos = 0
    for piece in text.split("\n"):
        end = pos + len(piece)
        start, ff = pos, False
        while start < end and text[start] in "\f \t\u3000":
            ff = ff or text[start] == "\f"
            start += 1
        raw.append((start, end, ff))
        pos = end + 1
    # whether the next non-blank line after each line opens a page (blank lines between allowed): one pass back
    page_next = [False] * len(raw)
    following = False
    for i in range(len(raw) - 1, -1, -1):
        page_next[i] = following
        start, end, ff = raw[i]
        if ff:
            following = True
        elif start < end:
            following = False
    out: list[_Line] = []
    for i, (start, end, ff) in enumerate(raw):
        if start >= end:
            continue
        digits = _PAGE_NUMBER.fullmatch(text, start, end) is not None
        out.append(_Line(start, end, digits and (ff or page_next[i])))
    return out


def wrap_width(text: str, lines: Optional[list[_Line]] = None) -> Optional[int]:
    """The page width of a hard-wrapped text in display columns, or None when its lines are paragraphs.

    >>> body = "这是一段很长的正文内容需要换行显示出来\\n" * 30
    >>> wrap_width(body), wrap_width("第一段。\\n" * 30)
    (38, None)
    >>> wrap_width(("一、总则" + "." * 80 + "1\\n") * 5 + body)  # contents lines' leaders are not the page width
    38
    """
    lines = [ln for ln in (lines if lines is not None else _lines(text)) if not ln.page_number]
    if len(lines) < MIN_LINES:
        return None
    stripped = [s for s in (text[ln.start : ln.end].rstrip() for ln in lines) if not _LEADERED.search(s[-LEADER_TAIL:])]
    if len(stripped) < MIN_LINES:
        return None
    line_widths = [display_width(s) for s in stripped]
    widths = sorted(line_widths)
    width = widths[min(len(widths) - 1, int(WIDTH_QUANTILE * len(widths)))]
    if width > MAX_WRAP_WIDTH:
        return None
    open_full = sum(
        1 for s, w in zip(stripped, line_widths) if w >= FULL_SHARE * width and s[-1:] not in SENTENCE_END
    )
    return width if open_full >= max(MIN_OPEN_FULL, MIN_OPEN_SHARE * len(lines)) else None


def _inline_numbers(text: str, lines: list[_Line]) -> set[int]:
    r"""The starts of the lines that hold only a number inside a sentence (rule ``split_number``): the line
    before ends no sentence, the line after goes on with the number's unit or bound.

    >>> t = "综合能耗比\n2020\n年下降\n10%\n以上。\n指标\n2020\n2025\n"
    >>> sorted(t[s:s + 4] for s in _inline_numbers(t, _lines(t)))
    ['10%\n', '2020']
    """
    found = set()
    for before, line, after in zip(lines, lines[1:], lines[2:]):
        if not _NUMBER_LINE.fullmatch(text, line.start, line.end) or line.page_number:
            continue
        last = text[before.start : before.end].rstrip()[-1:]
        if last and last not in SENTENCE_END and not last.isdigit() and _NUMBER_GOES_ON.match(text, after.start):
            found.add(line.start)
    return found


def _joins(text: str, prev: _Line, nxt: _Line, width: Optional[int], inline: frozenset[int] = frozenset()) -> Optional[str]:
    """The rule that joins ``prev`` to ``nxt``, or None to keep the break."""
    if text[nxt.start] in PUSHED:
        return "pushed_punctuation"
    if nxt.start in inline or prev.start in inline:
        return "split_number"
    if _STUB.fullmatch(text, prev.start, prev.end) and not _MARKER_START.match(text, nxt.start):
        return "split_heading"
    if width is None:
        return None
    line = text[prev.start : prev.end].rstrip()
    if not line or line[-1] in SENTENCE_END or display_width(line) < FULL_SHARE * width:
        return None
    if _MARKER_START.match(text, nxt.start):
        return None
    if _MARKER_START.match(line) and not _PROSE.search(line):
        return None  # a heading line: its title ends at the wrap (the body starts below)
    return "line_wrap"


def reflow(text: str) -> list[Edit]:
    r"""Edits that remove page breaks and page numbers and join wrapped lines.

    >>> from policydoc.normalize.offsets import apply_edits
    >>> t = "正文写到一半\n2\n\n\f接着写完。\n一、下一节"
    >>> apply_edits(t, reflow(t))[0]
    '正文写到一半\n接着写完。\n一、下一节'
    """
    if "\f" not in text and "\n" not in text:
        return []
    lines = _lines(text)
    width = wrap_width(text, lines)
    content = [ln for ln in lines if not ln.page_number]
    inline = frozenset(_inline_numbers(text, content))
    numbers = [ln.start for ln in lines if ln.page_number]  # sorted: bare page numbers between two lines
    edits: list[Edit] = []
    if content and content[0].start > 0 and "\f" in text[: content[0].start]:
        edits.append(Edit(0, content[0].start, "", "page_break"))
    for prev, nxt in zip(content, content[1:]):
        gap = text[prev.end : nxt.start]
        paged = "\f" in gap or (bool(numbers) and bisect_left(numbers, nxt.start) > bisect_right(numbers, prev.end))
        rule = _joins(text, prev, nxt, width, inline) if "\n\n" not in gap or paged else None
        if rule is not None:
            edits.append(Edit(prev.end, nxt.start, _glue(text, prev, nxt), "page_break" if paged else rule))
        elif paged:
            edits.append(Edit(prev.end, nxt.start, "\n", "page_break"))
    tail = content[-1].end if content else 0
    if "\f" in text[tail:] or (numbers and numbers[-1] >= tail):
        edits.append(Edit(tail, len(text), "", "page_break"))
    return [e for e in edits if text[e.start : e.end] != e.replacement]


def _glue(text: str, prev: _Line, nxt: _Line) -> str:
    """What stands between two joined lines: a space between two Latin words, else nothing."""
    a, b = text[prev.end - 1], text[nxt.start]
    return " " if a.isascii() and a.isalpha() and b.isascii() and b.isalpha() else ""


def reflow_fixer(text: str, ctx: object) -> list[Edit]:
    """The fixer-table entry: :func:`reflow`."""
    return reflow(text)
