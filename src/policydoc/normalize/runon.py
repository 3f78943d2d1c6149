"""Paragraph breaks a scraper replaced with spaces.

A crawler that saves a page with ``get_text(" ")`` (or joins its ``<p>`` elements with a space) leaves the whole body
on one line, its paragraphs, headings and table of contents a space apart:

    …请认真组织实施。 某某管委会办公室 2015年9月1日 某某应急预案 1　总则 1.1　编制目的 为规范…，制定本预案。 1.2　…

Read as it stands, no heading opens a line, and a decimal outline (1 / 1.1 / 1.1.1), which is never read in the
middle of a sentence, is lost whole. The phenomenon is recognised from the line, never from one gap: only a line of
at least ``RUN_ON_LINE_MIN`` characters holding at least ``RUN_ON_GAPS_MIN`` spaces after a full stop (which no
typeset Chinese paragraph has) is touched. In such a line a run of ASCII spaces becomes a line break where it parts
two paragraphs: after a full stop, a colon, a closing bracket or quote, or a Han character, and before a Han
character, an opening bracket or quote, or a heading's number followed by its title ("1.1　编制目的"). A space
between digits or Latin letters ("2015-09-03 16:36"), after an opening bracket ("（ 2017年起）"), after a chapter's or
an article's number ("第一章 总则", "第二条 本规定…": a marker and its title) or before a number that is no heading's
("约 4 700 个") stays.

A page saved with nothing at all between its paragraphs ("…确保安全。二、职责分工(一)明确责任…") shows no gaps; in such
a line (as long, with fewer spaced full stops) a line break goes before each part of a run of at least
``PART_RUN_MIN`` parts numbered in order (一、 二、 三、, a skipped number allowed), after a full stop or a space; a
part the run skipped is sought glued to the word or the number before it ("…乙村二、演练时间…11:30三、采样流程").

>>> line = "某某预案 1　总则 1.1　目的 为规范工作，制定本预案。 1.2　依据 依据有关法律。 " * 60
>>> edits = run_on_fixer(line, None)
>>> fixed = line
>>> for e in sorted(edits, key=lambda e: e.start, reverse=True):
...     fixed = fixed[:e.start] + e.replacement + fixed[e.end:]
>>> print(fixed[:44])
某某预案
1　总则
1.1　目的
为规范工作，制定本预案。
1.2　依据
依据有关法律。
"""

from __future__ import annotations

import re
from typing import Optional

from .offsets import Edit

RUN_ON_LINE_MIN = 1500
"""A line shorter than this is a paragraph, however its sentences are spaced."""
RUN_ON_GAPS_MIN = 8
"""A long line with fewer spaces after a full stop than this is no page joined with spaces."""

_STOP_GAP = re.compile(r"[。；！？] +(?=\S)")
_HAN = "\u3400-\u9fff"
_GAP = re.compile(
    rf"(?<=[。；！？：:”’）)】》〕{_HAN}]) +"
    rf"(?=[{_HAN}（(“《【〔]|\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}[ \u3000]*[{_HAN}])"
)
"""A gap between paragraphs: a run of spaces after the end of one (a full stop, colon, closing mark or Han) before
the start of the next (Han, an opening mark, or a heading's number and its title)."""
_LEGAL_MARKER_BEFORE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,5}[编章节条](?:[ \u3000]+[\u3400-\u9fff])?$")
"""A chapter's or an article's number before a gap ("第一章 总则", "第二条 本办法…"), or with the first character of a
title letter-spaced after it ("第一章 总 则"): the gap parts the marker from its title or spaces the title, no
paragraphs."""


def run_on_fixer(text: str, ctx: Optional[object]) -> list[Edit]:
    """Edits putting a line break at every paragraph gap of each run-on line, or before each numbered part of one
    that has no gaps (see the module); none elsewhere."""
    if len(text) < RUN_ON_LINE_MIN:
        return []  # most texts: too short to hold a run-on page
    edits: list[Edit] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) >= RUN_ON_LINE_MIN:
            if len(_STOP_GAP.findall(line)) >= RUN_ON_GAPS_MIN:
                edits.extend(Edit(start + m.start(), start + m.end(), "\n", "run_on") for m in _GAP.finditer(line)
                             if not _LEGAL_MARKER_BEFORE.search(line, max(0, m.start() - 8), m.start()))
            else:
                edits.extend(_part_breaks(line, start))
        start = end + 1
    return edits


_CN_NUMBERS = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")}
_PART = re.compile(r"(?:(?<=[。；！？”])|(?<=[。；！？] )|(?<=[\u3400-\u9fff》)）] ))([一二三四五六七八九十])、")
"""A part's number (一、 … 十、) after a sentence end, or after a space that follows one or a title."""
PART_RUN_MIN = 3
"""Fewer numbered parts in order than this are no outline (an enumeration inside a sentence)."""


def _part_breaks(line: str, offset: int) -> list[Edit]:
    """A run-on line saved with no space at all between its paragraphs ("…确保安全。二、职责分工(一)…"): a line break
    before each part of a run of at least ``PART_RUN_MIN`` parts numbered in order (一、 then 二、 or a few later:
    a document may skip one), after a sentence end or a space; a run restarts at 一、 (an attached document)."""
    runs: list[list[re.Match[str]]] = []
    for m in _PART.finditer(line):
        number = _CN_NUMBERS[m.group(1)]
        if number == 1:
            runs.append([m])
        elif runs and 0 < number - _CN_NUMBERS[runs[-1][-1].group(1)] <= 3:
            runs[-1].append(m)
    edits = []
    for run in runs:
        if len(run) < PART_RUN_MIN:
            continue
        for m in _with_glued_gaps(line, run):
            before = m.start() - 1
            if line[before] == " ":
                edits.append(Edit(offset + before, offset + m.start(), "\n", "run_on"))
            else:
                edits.append(Edit(offset + before, offset + m.start(), line[before] + "\n", "run_on"))
    return edits


_GLUED_PART = re.compile(r"(?<=[\u3400-\u9fff\d])([一二三四五六七八九十])、(?=[\u3400-\u9fff])(?![一二三四五六七八九十])")
"""A part's number glued to the Han text or the digit before it ("…平原村二、演练时间…", "…11:30三、采样流程"), its title
opening right after it."""


def _with_glued_gaps(line: str, run: list[re.Match[str]]) -> list[re.Match[str]]:
    """The parts of ``run`` with the parts it skipped filled in where they are glued to the text before them: between
    一、 and 四、 of a run, a 二、 and then a 三、 right after a Han character, in order ("…当盛村二、演练时间…三、…")."""
    out: list[re.Match[str]] = []
    for m, nxt in zip(run, run[1:] + [None]):
        out.append(m)
        if nxt is None:
            continue
        want = _CN_NUMBERS[m.group(1)] + 1
        for g in _GLUED_PART.finditer(line, m.end(), nxt.start()):
            if _CN_NUMBERS[g.group(1)] == want and want < _CN_NUMBERS[nxt.group(1)]:
                out.append(g)
                want += 1
    return out
