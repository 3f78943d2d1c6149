"""Sentence ends, and sentence, clause and list-item boundaries around a position (the one segmenter).

The punctuation that ends things is named here once; every stage builds its own sets from these names:

- ``FULL_STOPS`` 。！？!? end a sentence in every reading;
- ``CLAUSE_STOPS`` ；; end a provision inside a sentence (extraction and parties read it as a sentence end; a law
  article's title, a wrapped line's end do not);
- ``COMMAS`` ，, and ``COLONS`` ：: end a clause; ``ENUMERATION`` 、 an item of a list;
- ``CLOSERS`` ”」』）)】》 close a quotation or a bracket, and may stand after a stop at a sentence's end;
- ``SENTENCE_END`` = full and clause stops with a line break and a tab: the sentence of extraction and parties.

A sentence ends at 。；！？, a line break or a tab (a table cell is read on its own); a clause also ends at ，：; a list
item also ends at 、 and at 和/及 when a number follows ("3所学校和5个专业") or an amount precedes ("汽车30辆及
摩托车80辆").

Boundaries are found on demand, by one backward and one forward search from
the position, and remembered per position: the extract stage asks about a few
thousand positions, and splitting the whole text into sentences first cost
more than all the lookups together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional, Sequence

import regex
from .._lazy import lazy_regex

FULL_STOPS = "。！？!?"
CLAUSE_STOPS = "；;"
COMMAS = "，,"
COLONS = "：:"
ENUMERATION = "、"
CLOSERS = "”」』）)】》"
STOPS = FULL_STOPS + CLAUSE_STOPS
"""What ends a sentence within a line: 。！？!?；;."""
SENTENCE_END = "。；;！？!?\n\t"
assert set(SENTENCE_END) == set(STOPS + "\n\t")
SENTENCE_REACH = 1500
"""How far from a position its sentence is sought each way: a "sentence" longer than that (thousands of numbers
strung together by commas) is read in a window around the position, so that the rules reading it stay linear."""
CLAUSE_END = SENTENCE_END + COMMAS + COLONS
ITEM_END = CLAUSE_END + ENUMERATION
_SENTENCE = lazy_regex(rf"[^{regex.escape(SENTENCE_END)}]+[{regex.escape(SENTENCE_END)}]?")
_ITEM_JOINER = lazy_regex(
    r"(?:和|及|以及|与)(?=[\d一二两三四五六七八九十])"   # "3所学校和5个专业": a number follows
    r"|(?<=\d\s*[^\W\d]{1,3})(?:以及|和|及)(?=\p{Han})"  # "汽车30辆及摩托车80辆": an amount precedes
)


_OPENED = regex.compile(r"[（(][^）)]*$")
"""A bracket still open at the end of the range."""
_CLOSE = regex.compile(r"[）)]")
_AMOUNT = lazy_regex(r"[\d]|[一二两三四五六七八九十百千万][个家所项名人条座处件台套万亿]")


_IN_NUMBERS = ",:"
"""Ends that do not end a clause between two digits: a thousands separator ("1,000亿元"), a time ("10:30")."""


def _finders(ends: str) -> tuple[regex.Pattern[str], re.Pattern[str]]:
    """Searches for the last and the first of ``ends`` in a range (the forward one with ``re``: the same
    answer, at half the cost of a call); "," and ":" count only where they do not stand between digits.

    >>> back, fwd = _finders("，,")
    >>> fwd.search("补助1,000亿元,将造成").start(), back.search("补助1,000亿元,将造成").start()
    (9, 9)
    """
    plain = "".join(c for c in ends if c not in _IN_NUMBERS)
    loose = "".join(c for c in ends if c in _IN_NUMBERS)
    pattern = f"[{re.escape(plain)}]" + (f"|(?<!\\d)[{re.escape(loose)}]|[{re.escape(loose)}](?!\\d)" if loose else "")
    return regex.compile(pattern, regex.REVERSE), re.compile(pattern)


_SENTENCE_BACK, _SENTENCE_FWD = _finders(SENTENCE_END)
_CLAUSE_BACK, _CLAUSE_FWD = _finders(CLAUSE_END)
_ITEM_BACK, _ITEM_FWD = _finders(ITEM_END)


class Segmenter:
    """Boundaries of the sentence, clause and item holding a position.

    >>> seg = Segmenter("到2025年，建成3所学校、5个专业和2个基地。其中本科4万人")
    >>> seg.sentence(8), seg.clause(8), seg.item(15), seg.item(20)
    ((0, 24), (7, 23), (14, 18), (19, 23))
    >>> seg.sentence(30), Segmenter("。\\n").sentence(1)
    ((24, 31), (0, 2))
    >>> a, b = Segmenter("增长5%，" * 5000).sentence(12000); b - a <= 2 * SENTENCE_REACH  # a runaway "sentence"
    True
    """

    def __init__(self, text: str, breaks: Sequence[int] = ()) -> None:
        self.text = text
        self._breaks = sorted(breaks)  # where a sentence ends whatever the marks say: a heading glued to the text
        self._sentence: dict[int, tuple[int, int]] = {}
        self._clause: dict[int, tuple[int, int]] = {}
        self._item: dict[int, tuple[int, int]] = {}
        self._all: Optional[list[tuple[int, int]]] = None

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence ``[^END]+END?`` holding ``pos``; for a position on an end mark, the one before it."""
        span = self._sentence.get(pos)
        if span is None:
            text = self.text
            if pos < len(text) and text[pos] not in SENTENCE_END:
                lo, hi = max(0, pos - SENTENCE_REACH), min(len(text), pos + SENTENCE_REACH)
                back, fwd = _SENTENCE_BACK.search(text, lo, pos), _SENTENCE_FWD.search(text, pos, hi)
                span = (back.end() if back else lo, fwd.end() if fwd else hi)
            else:
                span = self._listed_sentence(pos)
            if self._breaks:
                span = self._within_breaks(pos, span)
            self._sentence[pos] = span
        return span

    def _within_breaks(self, pos: int, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` cut at the breaks around ``pos``: a heading glued to the text before or after it ("…措施一、实施
        计划(一)凡符合…的项目，给予奖励。") opens a sentence of its own, and its marker is no part of the sentence after.

        >>> seg = Segmenter("保障。二、加快投资(二)凡投资达到5000万元的项目，给予奖励。", breaks=[3, 5, 9, 12])
        >>> seg.sentence(20), seg.clause(20)
        ((12, 32), (12, 26))
        """
        i = bisect_right(self._breaks, pos)
        lo = max(span[0], self._breaks[i - 1]) if i else span[0]
        hi = min(span[1], self._breaks[i]) if i < len(self._breaks) else span[1]
        return (lo, hi) if lo < hi else span

    def _listed_sentence(self, pos: int) -> tuple[int, int]:
        """Rare positions (on an end mark, past the end): from the full sentence list."""
        if self._all is None:
            self._all = [m.span() for m in _SENTENCE.finditer(self.text)]
        if not self._all:
            return (0, len(self.text))
        i = bisect_right([s for s, _ in self._all], pos) - 1
        return self._all[max(i, 0)]

    def clause(self, pos: int) -> tuple[int, int]:
        span = self._clause.get(pos)
        if span is None:
            span = self._clause[pos] = self._bounded(pos, _CLAUSE_BACK, _CLAUSE_FWD)
        return span

    def item(self, pos: int) -> tuple[int, int]:
        span = self._item.get(pos)
        if span is None:
            start, end = self._bounded(pos, _ITEM_BACK, _ITEM_FWD)
            end = self._past_brackets(start, end)
            start = self._co_items(start)
            for m in _ITEM_JOINER.finditer(self.text, start, end):
                if m.end() <= pos:
                    start = m.end()
                elif m.start() > pos:
                    end = m.start()
                    break
            span = self._item[pos] = (start, end)
        return span

    def _past_brackets(self, start: int, end: int) -> int:
        """An item does not end at a 、 inside brackets ("30%的市（地、州）开展稽查"): past the closing bracket."""
        hi = self.sentence(start)[1] if start < len(self.text) else end
        while end < hi and self.text[end] == "、" and _OPENED.search(self.text, start, end):
            close = _CLOSE.search(self.text, end, hi)
            if close is None:
                break
            m = _ITEM_FWD.search(self.text, close.end(), hi)
            end = m.start() if m else hi
        return end

    def _co_items(self, start: int) -> int:
        """An item starting after 、 takes in the fragments before it that hold no number: "取消审批、改为备案的
        事项达到100项" is one item (the fragments modify one thing), "新建学校3所、医院2所" two."""
        lo = self.clause(start)[0] if start < len(self.text) else start
        while start > lo and self.text[start - 1] == "、":
            back = _ITEM_BACK.search(self.text, lo, start - 1)
            previous = back.end() if back else lo
            if _AMOUNT.search(self.text, previous, start - 1):
                break
            start = previous
        return start

    def _bounded(self, pos: int, back: regex.Pattern[str], fwd: re.Pattern[str]) -> tuple[int, int]:
        """From the last end mark before ``pos`` to the first at or after it, inside the sentence."""
        lo, hi = self.sentence(pos)
        start, end = pos, pos
        if pos > lo:
            m = back.search(self.text, lo, pos)
            start = m.end() if m else lo
        if pos < hi:
            m = fwd.search(self.text, pos, hi)
            end = m.start() if m else hi
        return start, end
