"""Percentages: 96%, 1.5%-2.5%, 百分之十五, 三成 (八成五 = 85%, 八点五成 = 85%), 一半, fractions, and changes in 个百分点.

N成 with Arabic digits ("提高 7 成") is a quantity in the unit 成, as written (the real-set convention).

A minus sign is kept where it can only be a sign ("同比增长-3.8%" -> -3.8, see ``patterns.MINUS``).
A fraction is a percentage when exact to two decimals (四分之一 = 25%); 三分之一 gives nothing,
and its 三分 is no quantity either.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Literal, Optional

import re

from ..data.units import MINUS_SIGNS, TENTHS_STOP
from ..models import PercentMention, trusted
from .._lazy import lazy_re
from ..core.numerals import parse_cn_positional
from ..settings import PERCENT_GATE_AFTER, PERCENT_GATE_BEFORE
from .numbers import plain_number, parse_number
from .patterns import (
    ARABIC, CN, CN_CHAR_CLASS, CN_UNGROUPED, MINUS, RANGE_SEP, SP, SPACED_ARABIC, WRAP, Mask, gated_matches,
    grouped_digits, letter_spaced,
)


@lru_cache(maxsize=8)
def percent_pattern(spaced: bool = False, grouped: bool = True, fractions: bool = True) -> re.Pattern[str]:
    """The percentage pattern; ``spaced`` for letter-spaced PDF text ("6 .5 %"). Without ``grouped``, Chinese numerals
    without digits grouped by thousands (``patterns.CN_UNGROUPED``), without ``fractions``, the 百分之 and N分之M
    branches as one that never matches (their groups kept): the same matches in a text without grouped digits or
    without 分之, and a third (a quarter) less to compile."""
    arabic = SPACED_ARABIC if spaced else ARABIC
    cn = CN if grouped else CN_UNGROUPED
    num = rf"(?:{arabic}|{cn})"
    fraction_branches = (
        rf"""| 百分之(?P<cn_a>{num}) (?:(?:到|至|[-—–~])百分之(?P<cn_b>{num}))?     # 百分之十五
          | (?![千万]分之)(?P<den>{num})分之(?P<num>{num})                      # 三分之一, 4分之1 (千分之 is ‰)"""
        if fractions else "| (?!)(?P<cn_a>)(?P<cn_b>)(?P<den>)(?P<num>)  # no 分之 in the text: neither branch matches"
    )
    return lazy_re(  # compiled at the first gate hit: most texts hold no percentage
        rf"""
        (?P<neg>{MINUS})?
        (?<![\d.A-Za-z点])(?<!{CN_CHAR_CLASS})
        (?: (?P<pt_a>{num}) (?:{RANGE_SEP}(?P<pt_b>{num}))? {SP}个?百分点       # a change in points
          | (?P<mid>{arabic}){SP}%?{WRAP}(?:±|加减){WRAP}(?P<dev>{arabic}){SP}%  # 28%加减2%, 5±1%: 26..30
          | (?P<a>{arabic}) (?:{SP}%?{RANGE_SEP}(?P<b>{arabic}))? {SP}%      # 96%, 3—5%, 1.5%-2.5%, 8 %
          | (?P<cn_digits>{cn}) {SP}%                                     # 四.七%, 一○%: Chinese digits before %
          {fraction_branches}
          | (?P<tenths>{cn}){SP}成(?![{TENTHS_STOP}])                         # 三成, 八点五成 (2成: a quantity 2 成)
            (?:(?<=[一二两三四五六七八九]成)                                   # 八成五: 85 (Chinese tenths only)
               (?P<hundredths>[一二三四五六七八九])(?![\d一二两三四五六七八九十百千万亿个成]))?
          | (?P<half>一半|半数)
        )
        """,
        re.VERBOSE,
    )


PERCENT_PATTERN = percent_pattern()
_NEW_PERCENT = trusted(PercentMention)
_GATE = re.compile(r"%|百分|分之|成|一半|半数")
"""Every percentage holds one of these; the full pattern only runs around them (a 成 only after a numeral,
see ``_keep``)."""
_TENTHS_BEFORE = frozenset("一二两三四五六七八九十")
#: what a number of the pattern ends with besides a decimal digit: a Chinese numeral character (``CN``)
_NUMBER_LAST = frozenset(CN_CHAR_CLASS[1:-1] + "零〇○一二三四五六七八九")


def _keep(text: str, at: int) -> bool:
    """A gate hit worth a look: anything but a 成 that follows no numeral (完成, 形成), or a % that follows no number
    (every % of the pattern stands right after its number or one blank after it: not the "%3D" of a web address)."""
    hit = text[at]
    if hit != "成" and hit != "%":
        return True
    before = at - 1
    if before > 0 and text[before] in " \u3000":
        before -= 1
    if hit == "成":
        return before >= 0 and text[before] in _TENTHS_BEFORE
    return before >= 0 and (text[before].isdecimal() or text[before] in _NUMBER_LAST)
_STARTS = lazy_re(rf"[\d一二两三四五六七八九十百零〇○半{re.escape(MINUS_SIGNS)}]")
"""Every first character a percentage can have (see ``PERCENT_PATTERN``)."""


def _value(text: Optional[str]) -> Optional[float]:
    return parse_number(text) if text else None


def _fraction(den: str, num: str) -> Optional[float]:
    """num/den in percent when that is exact to two decimals (四分之一 25, 八分之一 12.5), else None (三分之一)."""
    d, n = _value(den), _value(num)
    if not d or n is None or n > d:
        return None
    share = Decimal(str(n)) * 100 / Decimal(str(d))
    return float(share) if share == share.quantize(Decimal("0.01")) else None


def _tenths(m: re.Match[str]) -> Optional[float]:
    """N成 is N×10 % (9.5成 95 %), 八成五 85 %; more than 10 成 is no share."""
    tenths, hundredths = _value(m.group("tenths")), _value(m.group("hundredths"))
    if tenths is None or tenths > 10 or (hundredths and tenths != int(tenths)):
        return None
    return float(Decimal(str(tenths)) * 10 + Decimal(int(hundredths or 0)))


def _bounds(m: re.Match[str], low_group: str, high_group: str) -> tuple[Optional[float], Optional[float], int]:
    """Value, upper bound and start of a number or range. A "range" that does not rise ("2347.6-8%", two
    table cells run together) is the second number with its minus sign; without one it is nothing."""
    low, high = _value(m.group(low_group)), _value(m.group(high_group))
    if m.group(high_group) is None or low is None or high is None or low < high:
        return low, high, m.start()
    sign = m.start(high_group) - 1
    if m.string[sign] in MINUS_SIGNS:
        return -high, None, sign
    return None, None, m.start()


def _cn_value(text: Optional[str]) -> Optional[float]:
    """A Chinese numeral, or digits around a "." read one by one ("四.五" is 4.5, "一二.五" 12.5)."""
    value = _value(text)
    if value is None and text and "." in text:
        return parse_cn_positional(text)
    return value


def _mention(m: re.Match[str]) -> Optional[PercentMention]:
    unit: Literal["%", "个百分点"] = "%"
    start = m.start()
    if m.group("pt_a"):
        (low, high, start), unit = _bounds(m, "pt_a", "pt_b"), "个百分点"
    elif m.group("mid"):
        mid, dev = Decimal(plain_number(m.group("mid"))), Decimal(plain_number(m.group("dev")))
        low, high = (float(mid - dev), float(mid + dev)) if dev < mid else (None, None)
    elif m.group("a"):
        low, high, start = _bounds(m, "a", "b")
    elif m.group("cn_digits"):  # digit by digit (Taiwanese official style), else a numeral ("三十%")
        digits = m.group("cn_digits")
        low, high = parse_cn_positional(digits), None
        if low is None and "." not in digits:
            low = _value(digits)
    elif m.group("cn_a"):  # 百分之十五; 百分之四.五 (a decimal point in Taiwanese official style: digit by digit)
        low, high = _cn_value(m.group("cn_a")), _cn_value(m.group("cn_b"))
        if m.group("cn_b") and (high is None or low is None or low >= high):
            return None
    elif m.group("den"):
        low, high = _fraction(m.group("den"), m.group("num")), None
    elif m.group("tenths"):
        low, high = _tenths(m), None
    else:
        low, high = 50.0, None
    if low is None:
        return None
    if m.group("neg") and start == m.start():
        if high is not None:
            return None  # "-3—5%": which bound the sign belongs to is unclear
        low = -low
    return _NEW_PERCENT(float(low), unit, None if high is None else float(high), m.string[start:m.end()],
                        (start, m.end()))  # values made here: no validation (models.trusted; see quantities._quantity)


def extract_percentages(text: str, mask: Mask) -> list[PercentMention]:
    """Every percentage of ``text``, in order; claims their spans in ``mask``.

    >>> [(p.value, p.value_max, p.unit) for p in extract_percentages(
    ...     "达到96%，降低1个百分点，1.5%-2.5%，百分之十五，三成，一半以上，八成五，百分之四.五", Mask(70))]
    [(96.0, None, '%'), (1.0, None, '个百分点'), (1.5, 2.5, '%'), (15.0, None, '%'), (30.0, None, '%'), (50.0, None, '%'), (85.0, None, '%'), (4.5, None, '%')]
    >>> [(p.text, p.value) for p in extract_percentages(
    ...     "同比增长-3.8%，一百二十个百分点，四分之一，三分之一，九成，八点五成", Mask(60))]
    [('-3.8%', -3.8), ('一百二十个百分点', 120.0), ('四分之一', 25.0), ('九成', 90.0), ('八点五成', 85.0)]
    >>> [(p.text, p.value) for p in extract_percentages("增幅四.七%，成长一○%，约三十%，三五%", Mask(30))]
    [('四.七%', 4.7), ('一○%', 10.0), ('三十%', 30.0)]
    """
    found: list[PercentMention] = []
    pattern = percent_pattern(letter_spaced(text), grouped_digits(text), "分之" in text)
    for m in gated_matches(pattern, _GATE, text, before=PERCENT_GATE_BEFORE, after=PERCENT_GATE_AFTER, starts=_STARTS,
                           keep=_keep):
        mention = _mention(m)
        if mention is not None and mask.free(*mention.span):
            found.append(mention)
            mask.claim(*mention.span)
        elif mention is None and m.group("den") and _value(m.group("den")) and mask.free(*m.span()):
            mask.claim(*m.span())  # 三分之一: no exact percentage, and no "3 分" either
    return found
