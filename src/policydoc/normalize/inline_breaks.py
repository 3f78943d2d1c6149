"""Line breaks an HTML-to-text dump put around inline elements.

A page that wraps numbers, quotation marks or brackets in elements of their own ("<span>2021</span>年",
"【重点工作<span>1</span>】") comes out of ``get_text("\\n")`` (the usual way a scraper saves a page as text) with each
element on a line of its own:

    【重点工作
    1
    】
    完善社区服务
    …依据《城市更新行动方案
    2030
    》

Read as it stands, the marker of a heading is cut in three, numbers stand apart from their units and sentences break
at every number. The phenomenon is recognised from the whole text, never from one line: only a text holding at
least ``MIN_LONE_CLOSERS`` lines that are nothing but a closing bracket, a closing quote or a punctuation mark
(which no document writes on a line of its own) is touched. In such a text these line breaks are removed:

1. before a line that opens with a closing bracket, a closing quote or a punctuation mark (``CLOSING``);
2. after a line that leaves a bracket or a quote open (``OPENING`` more often than closed), until it closes, and
   before a line that is only an opening quote, after a line ending in a Han character, and after a line that is
   only a closing bracket or quote, before Han text ("要把\\n“\\n一网通办\\n”\\n落到实处");
3. around a line that is only a number, between a line that ends in a Han character and one that opens with one or
   with a closing mark ("更新行动方案\\n2030\\n》", "不超过\\n60%\\n；"; a table flattened one cell a line
   has numbers next to numbers, or lines that end in a closing bracket, and stays as it is); a document's title
   before it stays a line of its own ("…工作要点\\n2021\\n年是…"), and so does a list item's marker ("1."); a year
   goes on the line after it when that opens with 年, whatever ends the line before ("…我县：\\n2017\\n年：").
   Numbers that run as a decimal outline ("1", "1.1", "1.2", "2", "2.1", "2.1.1" …, each a line of its own before its
   title) are section markers, not inline numbers: the breaks around them stay (:func:`decimal_outline_lines`).

>>> text = "【重点工作\\n1\\n】\\n完善服务\\n依据《行动方案\\n2030\\n》\\n，制订本规划\\n。\\n比例（\\n%\\n）\\n73.35\\n80\\n"
>>> fixed = text
>>> for e in sorted(inline_break_fixer(text, None), key=lambda e: e.start, reverse=True):
...     fixed = fixed[:e.start] + e.replacement + fixed[e.end:]
>>> print(fixed)
【重点工作1】完善服务
依据《行动方案2030》，制订本规划。
比例（%）
73.35
80
<BLANKLINE>
"""

from __future__ import annotations

import re
from typing import Optional

from ..data.marker_words import DOC_TYPE_WORDS
from .offsets import Edit

CLOSING = "】）)”’》」』〕>，。、；：！？,;:!?%."
"""Characters that continue the line before them: closing brackets and quotes, punctuation, a percent sign, a dot
(a list marker's, set apart: "1\\n．")."""
OPENING = {"【": "】", "（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", "〔": "〕"}
"""Brackets and quotes that a line may leave open, with the character closing each."""
OPENING_QUOTES = frozenset("“‘《「『")
"""Opening quotes: one on a line of its own goes on the sentence before it ("要把\\n“\\n…"); a lone bracket may
open a list item's marker instead ("第七章\\n高等教育\\n(\\n十八\\n)\\n全面提高…")."""
_BRACKETS_CLOSED = frozenset(OPENING.values())
"""A line that is only one of these closed an inline element: the sentence goes on after it ("”\\n落到实处")."""
MIN_LONE_CLOSERS = 3
"""Fewer lines of a lone closing mark than this: no dump of inline elements, nothing is touched."""

_LONE_CLOSER = re.compile("\n[" + re.escape(CLOSING.replace("%", "")) + "]\n")
_NUMBER_LINE = re.compile(r"[\d.,%]+")
_SENTENCE_END = re.compile("[。；！？]")
_MARKER_LINE = re.compile(r"\d{1,2}\.")
_YEAR_LINE = re.compile(r"(?:19|20)\d\d")
_HAN = re.compile(r"[\u3400-\u9fff]")


def inline_break_fixer(text: str, ctx: Optional[object]) -> list[Edit]:
    """Edits removing the line breaks around inline elements (see the module), none in an ordinary text but those
    inside a split list marker (:func:`split_marker_edits`)."""
    if text.count("\n") < MIN_LONE_CLOSERS or len(_LONE_CLOSER.findall(text)) < MIN_LONE_CLOSERS:
        return split_marker_edits(text)
    lines = text.split("\n")
    starts = [0] * len(lines)
    pos = 0
    for i, line in enumerate(lines):
        starts[i] = pos
        pos += len(line) + 1
    joins: set[int] = set()  # i: the break after line i goes
    open_marks = 0  # brackets and quotes left open by the lines joined so far
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        open_marks = max(0, open_marks + _balance(line))
        if nxt and (nxt[0] in CLOSING or open_marks and line or nxt in OPENING_QUOTES and _ends_han(line)
                    or line and line in _BRACKETS_CLOSED and _opens_han(nxt)
                    or _ORDINAL_HEAD.fullmatch(line) and _ORDINAL_REST.match(nxt)):
            joins.add(i)
        else:
            open_marks = 0  # a line that ends a paragraph leaves nothing open for the next one
    markers = decimal_outline_lines(lines)
    for i in range(1, len(lines) - 1):
        if i in markers:
            continue
        before = lines[i - 2] + "." if lines[i - 1] == "." and i - 2 in joins else lines[i - 1]  # "1" + "."
        if _bare_number(lines[i]) and _opens_han(lines[i + 1]) and not _bare_number(lines[i + 1]) and (
                _ends_han(lines[i - 1]) and not _bare_number(lines[i - 1]) or _MARKER_LINE.fullmatch(before)):
            joins.add(i)
            if _ends_han(lines[i - 1]) and not lines[i].endswith(".") and not _title_before(lines, i - 1, joins):
                joins.add(i - 1)  # not before "1.": a list item's marker opens its own line
        elif _YEAR_LINE.fullmatch(lines[i]) and lines[i + 1].startswith("年"):
            joins.add(i)  # a year opening a sentence or a label after a full stop ("…。\n2017\n年：\n计划…")
    return [Edit(starts[i] + len(lines[i]), starts[i] + len(lines[i]) + 1, "", "inline_break") for i in sorted(joins)]


_DECIMAL_LINE = re.compile(r"[1-9]\d?(?:\.[1-9]\d?){0,4}")
MIN_DECIMAL_RUN = 3
"""Fewer section numbers than this in one run, or none of them with a dot: no decimal outline."""


def decimal_outline_lines(lines: list[str]) -> frozenset[int]:
    """The lines that are only a section number of a decimal outline, before a line opening with Han text (its title),
    each the successor of the one before it: the first child ("1" → "1.1"), the next sibling ("1.1" → "1.2") or the
    next number of an ancestor ("1.2.3" → "1.3", "2"). A run counts from "1" or "1.1", with at least ``MIN_DECIMAL_RUN`` numbers and one dotted; a number out of
    order ("增长\\n1.5\\n倍" amid the run) is an inline number and stays out.

    >>> lines = ["总则", "1", "总则", "1.1", "目的", "增长", "1.5", "倍", "1.2", "范围", "2", "任务", "2.1", "目标"]
    >>> sorted(decimal_outline_lines(lines))
    [1, 3, 8, 10, 12]
    >>> sorted(decimal_outline_lines(["增长", "1.5", "倍", "2", "个"]))
    []
    """
    runs: list[list[int]] = []
    last: Optional[tuple[int, ...]] = None
    for i, line in enumerate(lines[:-1]):
        if len(line) > 14 or _DECIMAL_LINE.fullmatch(line) is None or _HAN.match(lines[i + 1][:1]) is None:
            continue
        number = tuple(int(n) for n in line.split("."))
        if last is not None and number in _successors(last):
            runs[-1].append(i)
            last = number
        elif number in ((1,), (1, 1)):
            runs.append([i])
            last = number
    kept = [i for run in runs if len(run) >= MIN_DECIMAL_RUN and any("." in lines[k] for k in run) for i in run]
    return frozenset(kept)


def _successors(number: tuple[int, ...]) -> set[tuple[int, ...]]:
    """The numbers that may follow ``number`` in a decimal outline."""
    nexts = {number + (1,)}
    for depth in range(len(number)):
        nexts.add(number[:depth] + (number[depth] + 1,))
    return nexts


_CN_DIGITS = "[一二三四五六七八九十百零〇]"
_ORDINAL_HEAD = re.compile(rf"第{_CN_DIGITS}{{1,4}}")
_ORDINAL_REST = re.compile(rf"{_CN_DIGITS}{{0,3}}[编章节条]")
"""An article's or a chapter's number set in two spans, each on a line of its own: "第五" then "条" or "十一条"."""
_SPLIT_MARKER = re.compile(
    r"(?m)^(?:\d{1,2}\n(?=[.．、][\u3400-\u9fff])|[（(]\n(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})\n[）)])"
    rf"|{_ORDINAL_HEAD.pattern}\n(?={_ORDINAL_REST.pattern}[ \t\u3000]*(?:\n|[\u3400-\u9fff])))"
)
"""A list marker a page set in spans, each on a line of its own: "1\\n.加强建设", "（\\n3\\n）加强…", "第五\\n条" or
"第五\\n十一条" (no text writes a number alone on its line before a dot and a title, nor a bracket alone before a
numeral and its closing bracket, nor 第 and a numeral alone before the rest of an article's or a chapter's number)."""
_SPLIT_QUICK = re.compile(rf"\n[.．、]|[（(]\n|{_ORDINAL_HEAD.pattern}\n")


def split_marker_edits(text: str) -> list[Edit]:
    """Joins of a list marker's pieces set on lines of their own, in any text: the one rule that needs no sign of a
    whole dump, since the pattern has no other reading.

    >>> text = "二、工作重点\\n1\\n.加强建设\\n正文。\\n（\\n2\\n）完善制度\\n第五\\n条\\n本办法所称…\\n"
    >>> fixed = text
    >>> for e in sorted(split_marker_edits(text), key=lambda e: e.start, reverse=True):
    ...     fixed = fixed[:e.start] + e.replacement + fixed[e.end:]
    >>> print(fixed)
    二、工作重点
    1.加强建设
    正文。
    （2）完善制度
    第五条
    本办法所称…
    <BLANKLINE>
    """
    if not _SPLIT_QUICK.search(text):
        return []
    edits: list[Edit] = []
    for m in _SPLIT_MARKER.finditer(text):
        first = m.end() - 1
        edits.append(Edit(first, first + 1, "", "inline_break"))
        if text[m.start()] in "（(":  # the numeral's own line break before the closing bracket
            second = text.index("\n", m.end())
            edits.append(Edit(second, second + 1, "", "inline_break"))
    return edits


def _title_before(lines: list[str], i: int, joins: set[int]) -> bool:
    """Does line ``i``, with the lines joined before it, end a document's title ("绍兴一中\\n2021\\n年度工作要点"
    before "2021\\n年是…"): a line of its own, no sentence in it, ending with a document type?"""
    if not lines[i].endswith(DOC_TYPE_WORDS):
        return False
    start = i
    while start > 0 and start - 1 in joins:
        start -= 1
    return not any(_SENTENCE_END.search(lines[k]) for k in range(start, i + 1))


def _balance(line: str) -> int:
    """How many more brackets and quotes ``line`` opens than it closes."""
    return sum(line.count(o) - line.count(c) for o, c in OPENING.items() if o in line or c in line)


def _bare_number(line: str) -> bool:
    return bool(line) and _NUMBER_LINE.fullmatch(line) is not None


def _ends_han(line: str) -> bool:
    return bool(line) and _HAN.match(line[-1]) is not None


def _opens_han(line: str) -> bool:
    return bool(line) and (_HAN.match(line[0]) is not None or line[0] in CLOSING)
