"""Sentence, clause and list-item boundaries around a position.

A sentence ends at 。；！？ or a line break; a clause also ends at ，：; a list
item also ends at 、 and at 和/及 when a number follows ("3所学校和5个专业").
"""

from __future__ import annotations

from bisect import bisect_right

import regex

SENTENCE_END = "。；;！？!?\n"
CLAUSE_END = SENTENCE_END + "，,：:"
ITEM_END = CLAUSE_END + "、"
_SENTENCE = regex.compile(rf"[^{regex.escape(SENTENCE_END)}]+[{regex.escape(SENTENCE_END)}]?")
_ITEM_JOINER = regex.compile(r"(?:和|及|以及|与)(?=[\d一二两三四五六七八九十])")


class Segmenter:
    """Boundaries of the sentence, clause and item holding a position.

    >>> seg = Segmenter("到2025年，建成3所学校、5个专业和2个基地。其中本科4万人")
    >>> seg.sentence(8), seg.clause(8), seg.item(15), seg.item(20)
    ((0, 24), (7, 23), (14, 18), (19, 23))
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentences = [m.span() for m in _SENTENCE.finditer(text)]
        self._starts = [s for s, _ in self._sentences]

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._starts, pos) - 1
        return self._sentences[max(i, 0)] if self._sentences else (0, len(self.text))

    def sentence_index(self, pos: int) -> int:
        return max(bisect_right(self._starts, pos) - 1, 0)

    def clause(self, pos: int) -> tuple[int, int]:
        return self._bounded(pos, CLAUSE_END)

    def item(self, pos: int) -> tuple[int, int]:
        start, end = self._bounded(pos, ITEM_END)
        for m in _ITEM_JOINER.finditer(self.text, start, end):
            if m.end() <= pos:
                start = m.end()
            elif m.start() > pos:
                end = m.start()
                break
        return start, end

    def _bounded(self, pos: int, ends: str) -> tuple[int, int]:
        lo, hi = self.sentence(pos)
        start = pos
        while start > lo and self.text[start - 1] not in ends:
            start -= 1
        end = pos
        while end < hi and self.text[end] not in ends:
            end += 1
        return start, end
