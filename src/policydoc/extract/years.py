"""Year mentions: points, deadlines, ranges, five-year periods and redacted years.

``extract_years`` finds them in one pass of one alternation whose branches are
tried in order (range before deadline before point), so "2021年3月至2021年6月"
is one range, not two points.
"""

from __future__ import annotations

from typing import Optional

import re

from ..models import YearMention
from .numbers import parse_cn_digits, parse_cn_numeral
from .patterns import Mask, gated_matches, validated

_Y = r"(?:(?<!\d)(?:19|20)\d{2}|(?<![零〇○一二两三四五六七八九十])[一二][〇○零九][零〇○一二三四五六七八九]{2})"
_MD = r"(?:\d{1,2}月(?:\d{1,2}日)?)?"
_END = r"(?:年?底|年?末)"

YEAR_PATTERN = re.compile(
    rf"""
    (?P<range> (?P<r1>{_Y})年{_MD} \s*(?:至|到|[-—–~～－]+)\s* (?P<r2>{_Y})年{_MD}
             | (?P<r1b>{_Y}) \s*(?:至|[-—–~～－]+)\s* (?P<r2b>{_Y})年 )
    | (?P<deadline> (?:到|至|截至|截止到?) (?P<d1>{_Y})年{_END}?(?:前|以前)?
                  | (?P<d2>{_Y})年{_END}?(?:前|以前) )
    | (?P<redacted> 20\*+年 | \*{{2,4}}年 )
    | (?P<point> (?P<p>{_Y})年{_END}? )
    | (?P<period> (?<![第零〇○一二两三四五六七八九十百])“?(?P<n>十[一二三四五六七八九])五”? )
    """,
    re.VERBOSE,
)


_GATE = re.compile(r"年|十[一二三四五六七八九]五")
"""Every year mention holds one of these; the full pattern only runs around them."""
_STARTS = re.compile(r"[12一二到至截*“十]")
"""Every first character a year mention can have (see ``YEAR_PATTERN``)."""


def parse_year(text: str) -> Optional[int]:
    """A year written in Arabic or Chinese digits.

    >>> parse_year("2025"), parse_year("二〇三五"), parse_year("二○三五")
    (2025, 2035, 2035)
    """
    if text.isdigit():
        return int(text)
    return parse_cn_digits(text)


def five_year_period(ordinal: int) -> tuple[int, int]:
    """First and last year of the N-th five-year plan (from the 3rd on, 1966–1970).

    >>> five_year_period(13), five_year_period(14), five_year_period(15)
    ((2016, 2020), (2021, 2025), (2026, 2030))
    """
    start = 1966 + 5 * (ordinal - 3)
    return start, start + 4


def _mention(m: re.Match[str]) -> YearMention:
    span, text = m.span(), m.group()
    if m.group("range"):
        first, last = m.group("r1") or m.group("r1b"), m.group("r2") or m.group("r2b")
        return validated(
            YearMention, year=parse_year(first), year_end=parse_year(last), text=text, span=span, kind="range"
        )
    if m.group("deadline"):
        year = parse_year(m.group("d1") or m.group("d2"))
        return validated(YearMention, year=year, text=text, span=span, kind="deadline")
    if m.group("redacted"):
        return validated(YearMention, year=None, text=text, span=span, kind="redacted")
    if m.group("point"):
        return validated(YearMention, year=parse_year(m.group("p")), text=text, span=span, kind="point")
    ordinal = int(parse_cn_numeral(m.group("n")) or 0)
    first, last = five_year_period(ordinal)
    return validated(YearMention, year=first, year_end=last, text=text, span=span, kind="period")


def extract_years(text: str, mask: Mask) -> list[YearMention]:
    """Every year mention of ``text``, in order; claims their spans in ``mask``.

    >>> [(y.kind, y.year, y.year_end) for y in extract_years("到2025年，“十四五”时期", Mask(20))]
    [('deadline', 2025, None), ('period', 2021, 2025)]
    """
    found: list[YearMention] = []
    for m in gated_matches(YEAR_PATTERN, _GATE, text, before=16, after=24, starts=_STARTS):
        if mask.free(*m.span()):
            found.append(_mention(m))
            mask.claim(*m.span())
    return found
