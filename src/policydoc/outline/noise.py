"""Stretches of text the outline reads through: soft line breaks, page numbers, pinyin.

The normaliser removes these (its page-marker, pinyin and whitespace fixers);
the outline parser must still work when a fixer is switched off or a document
escapes it, so it recognises them too — without changing the text. A *soft
break* is a newline ending a long line that stops mid-sentence (a page or
line wrap); the line-start "N、" page numbers a Word viewer adds are found as
a series 1、2、3、… that sits at such breaks. A long line that stops without
punctuation is only a wrap where the document wraps (and never before a line
opening with a structural marker: 第一章, 三、, (四)): where a page number
follows it, or where such lines are at least as many as the long lines that
end a sentence. A document of paragraphs, one a line, whose items end in a
label (责任单位：A、B / (A牵头，B配合)) keeps those line ends. Titles are read with these
stretches dropped; a marker inside them is not a heading.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Sequence

from ..core.sentences import COLONS, STOPS
from .._lazy import lazy_re

TERMINATORS = STOPS + COLONS
CLOSERS = "”’」』)）】》\"'"
SOFT_LINE_MIN = 60  # a line this long that ends without punctuation is wrapped, not finished

_LONG_LINE = re.compile(rf"(?m)^[^\n]{{{SOFT_LINE_MIN},}}\n")  # anchored at line starts: linear time
# a long line ending in ")" stops at a marker such as "(三)", not at the end of a sentence
_FINISHED = frozenset(TERMINATORS + CLOSERS.replace(")", "").replace("）", "") + " \t\u3000")
# ...but a parenthetical opened at the line start or after a terminator is a label closing the item:
# "。(各县(市、区)负责，X配合)", "。(责任单位：X)". Parentheses nest one level.
_LABEL_AT_END = lazy_re(rf"(?m)(?:^|(?<=[{re.escape(TERMINATORS)}]))[(（](?:[^()（）\n]|[(（][^()（）\n]*[)）])*[)）]$")
_MARKER_AT_END = lazy_re(r"[(（][一二三四五六七八九十百零〇两\d]{1,5}[)）]")  # "。(三)": a marker, not a label
LABEL_MAX = 160  # a line-final label is read back this far
_LINE_START_DUN = re.compile(r"(?m)^(\d{1,3})、")
# a line opening with a structural marker starts a part, whatever the line before it lacks (a source that
# drops its full stops): "第一章", "第二篇", "三、", "（四）", "贰、", and an Arabic item marker right before
# Han text, "2．交通", "（3）民航" (a wrapped sentence never resumes with a digit, a dot and a word: a number
# wrapped at a line end goes on with its digits or its unit, "2.5亿元", "2个")
_STRUCTURE_AHEAD = lazy_re(
    r"[ \t\u3000]*(?:第[一二三四五六七八九十百零〇\d]{1,5}(?:[章节篇编]|部分)|[一二三四五六七八九十]{1,3}、"
    r"|[(（][一二三四五六七八九十]{1,3}[)）]|[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}、"
    r"|(?:\d{1,2}[.．]|[(（]\d{1,2}[)）])(?=[\u4e00-\u9fff]))"
)
PINYIN_ANNOTATION = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňɡ]+\s*)+\)")


@dataclass
class Noise:
    """Soft breaks and page markers of one text, as sorted, non-overlapping spans."""

    spans: list[tuple[int, int]] = field(default_factory=list)
    page_markers: set[int] = field(default_factory=set)  # start offsets of page-number tokens

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.spans]
        self._by_end = {e: s for s, e in self.spans}

    def start_if_ends_at(self, pos: int) -> int:
        """The start of the noise span ending exactly at ``pos``, else ``pos``."""
        return self._by_end.get(pos, pos)

    def covering(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]

    def touches(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)``: ``bool(self.within(start, end))`` without the list."""
        spans = self.spans
        i = max(bisect_right(self._starts, start) - 1, 0)
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] > start:
                return True
            i += 1
        return False

    def plain(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` has nothing to drop (no noise, no pinyin), so it is its own clean window."""
        return not (self.spans and self.touches(start, end)) and not _has_pinyin(text, start, end)

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        i = max(bisect_right(self._starts, start) - 1, 0)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                out.append(self.spans[i])
            i += 1
        return out


def find_noise(text: str) -> Noise:
    """Soft breaks (with the page number that follows, if any) in ``text``.

    >>> t = "1、总则" + "很长的句子没有结束" * 8 + "\\n2、接着写完。" + "另一行也没有写完的长句子" * 6 + "\\n3、继续。\\n"
    >>> n = find_noise(t)
    >>> [t[a:b] for a, b in n.spans]
    ['1、', '\\n2、', '\\n3、']
    """
    long_ends = [m.end() - 1 for m in _LONG_LINE.finditer(text)]
    soft = [nl for nl in long_ends if _unfinished(text, nl) and not _STRUCTURE_AHEAD.match(text, nl + 1)]
    soft_set = set(soft)
    pages = _page_number_series(text, soft_set)
    if 2 * len(soft) < len(long_ends):  # paragraphs one a line: only a page number marks a wrap
        soft = [nl for nl in soft if nl + 1 in pages]
    spans = {nl: nl + 1 for nl in soft}
    for start in pages:
        token_end = text.index("、", start) + 1
        if start - 1 in soft_set:  # a page break inside running text: the newline goes with the number
            spans[start - 1] = token_end
        else:
            spans[start] = token_end
    return Noise(sorted(spans.items()), pages)


def _unfinished(text: str, nl: int) -> bool:
    """Whether the line ending at the newline ``nl`` stops mid-sentence.

    >>> f = lambda s: _unfinished(s, s.index("\\n"))
    >>> f("按照(三)\\n"), f("完成。(市局牵头，各县(市、区)配合)\\n"), f("完成。\\n"), f("各县(市、区)\\n"), f("完成。(三)\\n")
    (True, False, False, True, True)
    """
    last = text[nl - 1]
    if last in _FINISHED:
        return False
    if last not in ")）":
        return True
    label = _LABEL_AT_END.search(text, max(0, nl - LABEL_MAX), nl)
    return label is None or _MARKER_AT_END.fullmatch(label.group()) is not None


def _page_number_series(text: str, soft: set[int]) -> set[int]:
    """Starts of the line-start tokens 1、2、3、… when most of them follow a soft break."""
    want, series, after_soft = 1, [], 0
    for m in _LINE_START_DUN.finditer(text):
        if int(m.group(1)) == want:
            series.append(m.start())
            after_soft += (m.start() - 1) in soft
            want += 1
    if len(series) >= 3 and after_soft * 2 >= len(series):
        return set(series)
    return set()


def _has_pinyin(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, read on its own, holds a pinyin annotation.

    Searched in place: every annotation opens with "(" (a cheap prefilter), and the
    search starts one past ``start`` because the slice would hide the Han character
    the annotation's lookbehind needs.
    """
    i = text.find("(", start, end)
    return i >= 0 and PINYIN_ANNOTATION.search(text, max(i, start + 1), end) is not None


def clean_window(text: str, start: int, end: int, noise: Noise) -> tuple[str, Sequence[int]]:
    """``text[start:end]`` without noise spans and pinyin, and the source offset of every kept character.

    >>> clean_window("学(xué)前教育", 0, 9, Noise())
    ('学前教育', [0, 6, 7, 8])
    >>> clean_window("前教育", 0, 3, Noise())
    ('前教育', range(0, 3))
    """
    if noise.plain(text, start, end):
        return text[start:end], range(start, end)  # the common case: nothing to drop
    spans = noise.within(start, end)
    chars: list[str] = []
    offs: list[int] = []
    pos = start
    for a, b in spans + [(end, end)]:
        seg_end = min(a, end)
        if seg_end > pos:
            chars.append(text[pos:seg_end])
            offs.extend(range(pos, seg_end))
        pos = max(pos, b)
    s = "".join(chars)
    if "(" not in s:
        return s, offs
    kept: list[str] = []
    kept_offs: list[int] = []
    pos = 0
    for m in PINYIN_ANNOTATION.finditer(s):  # cut the annotations out slice by slice
        kept.append(s[pos : m.start()])
        kept_offs.extend(offs[pos : m.start()])
        pos = m.end()
    kept.append(s[pos:])
    kept_offs.extend(offs[pos:])
    return "".join(kept), kept_offs
