"""Percentages: 96%, 1.5%-2.5%, 百分之十五, 三成 (八成五 = 85%), 一半, and changes in 个百分点."""

from __future__ import annotations

from typing import Literal, Optional

import re

from ..models import PercentMention
from .numbers import parse_number
from .patterns import ARABIC, CN, RANGE_SEP, Mask, gated_matches, validated

_NUM = rf"(?:{ARABIC}|{CN})"
_PT = rf"(?:{ARABIC}|[一二两三四五六七八九十]{{1,3}})"

PERCENT_PATTERN = re.compile(
    rf"""
    (?<![\d.A-Za-z])
    (?: (?P<pt_a>{_PT}) (?:{RANGE_SEP}(?P<pt_b>{_PT}))? 个?百分点          # a change in points
      | (?P<a>{ARABIC}) (?:%?{RANGE_SEP}(?P<b>{ARABIC}))? %           # 96%, 3—5%, 1.5%-2.5%
      | 百分之(?P<cn_a>{_NUM}) (?:(?:到|至|[-—–~])百分之(?P<cn_b>{_NUM}))?  # 百分之十五
      | (?<![一二两三四五六七八九十])(?P<tenths>[一二两三四五六七八九])成(?![为立效果熟绩长功本员型品套不])  # 三成
        (?:(?P<hundredths>[一二三四五六七八九])(?![\d一二两三四五六七八九十百千万亿个成]))?  # 八成五: 85
      | (?P<half>一半)
    )
    """,
    re.VERBOSE,
)


_GATE = re.compile(r"%|百分|[一二两三四五六七八九]成|一半")
"""Every percentage holds one of these; the full pattern only runs around them."""
_STARTS = re.compile(r"[\d一二两三四五六七八九十百]")
"""Every first character a percentage can have (see ``PERCENT_PATTERN``)."""


def _value(text: Optional[str]) -> Optional[float]:
    return parse_number(text) if text else None


def _mention(m: re.Match[str]) -> Optional[PercentMention]:
    unit: Literal["%", "个百分点"] = "%"
    if m.group("pt_a"):
        low, high, unit = _value(m.group("pt_a")), _value(m.group("pt_b")), "个百分点"
    elif m.group("a"):
        low, high = _value(m.group("a")), _value(m.group("b"))
    elif m.group("cn_a"):
        low, high = _value(m.group("cn_a")), _value(m.group("cn_b"))
    elif m.group("tenths"):
        tenths, hundredths = _value(m.group("tenths")), _value(m.group("hundredths"))
        low, high = (None if tenths is None else tenths * 10 + (hundredths or 0)), None
    else:
        low, high = 50.0, None
    if low is None:
        return None
    start = m.start("pt_a") if m.group("pt_a") else m.start()
    return validated(PercentMention, value=low, value_max=high, unit=unit, text=m.group()[start - m.start():],
                     span=(start, m.end()))


def extract_percentages(text: str, mask: Mask) -> list[PercentMention]:
    """Every percentage of ``text``, in order; claims their spans in ``mask``.

    >>> [(p.value, p.value_max, p.unit) for p in extract_percentages(
    ...     "达到96%，降低1个百分点，1.5%-2.5%，百分之十五，三成，一半以上，八成五", Mask(60))]
    [(96.0, None, '%'), (1.0, None, '个百分点'), (1.5, 2.5, '%'), (15.0, None, '%'), (30.0, None, '%'), (50.0, None, '%'), (85.0, None, '%')]
    """
    found: list[PercentMention] = []
    for m in gated_matches(PERCENT_PATTERN, _GATE, text, before=40, after=24, starts=_STARTS):
        mention = _mention(m)
        if mention is not None and mask.free(*mention.span):
            found.append(mention)
            mask.claim(*mention.span)
    return found
