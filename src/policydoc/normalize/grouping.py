"""Thousands separators written as the Chinese comma ("16，770亿元" is 16,770 亿元) or as a space in running text
("由3 000個增加到7 000個", Hong Kong's style).

Older and OCR'd texts group digits with "，" (U+FF0C) where newer ones write ","; read as they are, "16，770亿元"
is the number 16 and then 770亿元. A "，" between a group of one to three digits (no digit, point, "," or "、"
before it; a clause's "，" may) and exactly three digits (no digit after them) is a separator: it becomes ","
(an edit of kind ``grouping``), which the number readers know. A list of bare numbers is written with "、" in
Chinese, and a year ("2019，2020年") has four digits, so neither is touched.
"""

from __future__ import annotations

import re

from .offsets import Edit
from .._lazy import lazy_re

_GROUPED = lazy_re(r"(?<![\d.,、])\d{1,3}(?:，\d{3})+(?!\d)")
# Every grouped number holds a separator "，" before three digits, and starts one to three characters before its
# first one. The pattern opens with a lookbehind, so finditer tries it at every position of the text (slow); a
# search for the separator opens with a literal and runs at C speed, and the pattern is then tried only there.
_SEPARATOR = re.compile(r"，\d{3}")
_MAX_LEAD = 3  # digits a grouped number holds before its first separator


def _grouped_numbers(text: str) -> list[re.Match[str]]:
    """The matches ``_GROUPED.finditer`` gives, the pattern tried only just before a separator.

    A match starts ``_MAX_LEAD`` or fewer characters before its first separator, and
    matches do not overlap: at each separator past the last match, the starts before
    it are tried in order, as finditer would try them.

    >>> [m.group() for m in _grouped_numbers("1234，567，16，770，000亿；2，9")]
    ['16，770，000']
    """
    found: list[re.Match[str]] = []
    pos = 0
    for sep in _SEPARATOR.finditer(text):
        at = sep.start()
        if at < pos:
            continue  # inside the last match
        for start in range(max(pos, at - _MAX_LEAD), at):
            m = _GROUPED.match(text, start)
            if m is not None:
                found.append(m)
                pos = m.end()
                break
    return found


_SPACES = " \u00a0\u2005\u2009\u202f"
_SPACE_GROUPED = re.compile(
    rf"(?<=[\u4e00-\u9fff（(：:，、])\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?=[\u4e00-\u9fff%％])"
)
"""A number grouped by thin or plain spaces in running Chinese text ("由目前的3 000個增加到7 000個", "約23 000平方米"),
Han text on both sides: a table row's numbers in a line ("120 150") have no Han character right before them."""
_SPACE_SEPARATOR = re.compile(rf"\d[{_SPACES}]\d{{3}}")


def fix_grouping(text: str) -> list[Edit]:
    """One edit per separator in a number grouped with "，" or, in running text, with a space.

    >>> [(e.start, e.replacement) for e in fix_grouping("达到16，770亿元，2，900万人；2019，2020年；第1，2，3项")]
    [(4, ','), (12, ',')]
    >>> [(e.start, e.replacement) for e in fix_grouping("由目前的3 000個增加到7\u2005000個；表中120 150")]
    [(5, ','), (14, ',')]
    """
    edits: list[Edit] = []
    if "，" in text:
        edits += [Edit(m.start() + i, m.start() + i + 1, ",", "grouping")
                  for m in _grouped_numbers(text) for i, ch in enumerate(m.group()) if ch == "，"]
    if _SPACE_SEPARATOR.search(text):
        edits += [Edit(m.start() + i, m.start() + i + 1, ",", "grouping")
                  for m in _SPACE_GROUPED.finditer(text) for i, ch in enumerate(m.group()) if ch in _SPACES]
    return sorted(edits, key=lambda e: e.start)


def grouping_fixer(text: str, ctx: object) -> list[Edit]:
    """The fixer-table entry: :func:`fix_grouping`."""
    return fix_grouping(text)
