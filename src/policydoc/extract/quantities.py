"""Quantities: a number with a unit that is neither a percentage nor a year.

"3.8万人" -> 3.8 万人; "3—5所" -> 3..5 所; "3500余人", "约20所", "250万人次左右" keep
their approximation words in the text. Compound units keep their slash ("33微克/立方米",
"5万吨/年"), rates per population their base ("9/10万" -> 9 "/10万"), and 千分之N is N ‰. Chinese numerals count too ("一届",
"十万"), except ordinals (第三个), "每一所", set phrases (一条龙) and ranks
(一级幼儿园, 十六届五中全会).
"""

from __future__ import annotations

from typing import Iterator, Optional

import re

import regex

from ..data.units import (
    ALIASES, ARABIC_ONLY, COUNTERS, DATE_BEFORE_DAY, DENOMINATORS, FOLLOW_STOP, IDIOMS, PERMILLE, RATE_BASES, unit_alternation,
)
from ..data import target_words as words
from ..models import QuantityMention
from .numbers import parse_number
from .patterns import ARABIC, CN, CN_CHAR_CLASS, RANGE_SEP, Mask, validated

_UNITS = unit_alternation(COUNTERS)
_NUM = rf"(?:{ARABIC}|{CN})"

_PER = unit_alternation(DENOMINATORS)
_RATE_BASE = unit_alternation(RATE_BASES)

QUANTITY_PATTERN = re.compile(
    rf"""
    (?P<pre>约|近|逾)?
    (?<![\d.A-Za-z第每*/])(?<!{CN_CHAR_CLASS})      # not inside a longer number or a rate, not an ordinal
    (?: 千分之(?P<pm_a>{_NUM})                      # 千分之五: a permille
        (?:(?:到|至|[-—–~])千分之(?P<pm_b>{_NUM}))?
      | (?P<a>{_NUM})
        (?:{RANGE_SEP}(?P<b>{_NUM}))?               # a range: 3—5所
        (?P<approx>余|多)?                          # 3500余人
        (?: (?P<rate>/\s*\d*\s*(?:{_RATE_BASE}))    # 9/10万: a rate per population
          | (?P<mult>[万亿]) (?P<munit>{_UNITS})?   # 2万个, 1.5亿元, 3.8万
          | (?P<unit>{_UNITS}) )
        (?P<per>/(?:{_PER}))?                       # 33微克/立方米, 5万吨/年: a compound unit
    )
    (?P<post>左右)?
    """,
    re.VERBOSE,
)
_NUMBER_RUN = regex.compile(rf"[\d{CN_CHAR_CLASS[1:-1]}]+")
"""Gate: maximal runs of digits and numeral characters.

The lookbehinds of ``QUANTITY_PATTERN`` forbid a digit or numeral character
before the number, so a match can only start at the start of such a run, or
one character earlier on 约/近/逾. Trying the pattern there alone gives the
same matches as ``finditer`` over every position, ~5x faster on plan text.
"""
_PRE = "约近逾"
_ORDINAL_CONTEXT = re.compile(r"[一二三四五六七八九十]*中?全会|次会议")
_IDIOMS = tuple(i for i in IDIOMS if len(i) <= 6)  # the window the idioms were once looked for in


_NOT_CN_UNITS = ARABIC_ONLY | {"本"}


def _reject(m: re.Match[str], text: str) -> bool:
    """Matches that are not quantities: set phrases, ranks, words that start with a counter."""
    if m.group("pm_a") or m.group("rate"):
        return False
    number, unit = m.group("a"), m.group("unit") or m.group("munit") or ""
    arabic = number[0].isdigit()
    if not arabic and unit in _NOT_CN_UNITS:
        return True
    end = m.end()
    if unit and end < len(text) and text[end] in FOLLOW_STOP.get(unit, ""):
        return True
    start = m.start("a")
    if unit == "日" and start > 0 and text[start - 1] in DATE_BEFORE_DAY:
        return True  # "3月15日": a date
    if arabic:
        return False
    return text.startswith(_IDIOMS, start) or bool(_ORDINAL_CONTEXT.match(text, end))


def _mention(m: re.Match[str]) -> Optional[QuantityMention]:
    low_text, high_text = (m.group("pm_a"), m.group("pm_b")) if m.group("pm_a") else (m.group("a"), m.group("b"))
    low = parse_number(low_text)
    high = parse_number(high_text) if high_text else None
    if low is None or (high_text and high is None):
        return None
    unit = m.group("unit") or ""
    if m.group("pm_a"):
        unit = PERMILLE
    elif m.group("rate"):
        unit = "".join(m.group("rate").split())
    elif m.group("mult"):
        unit = m.group("mult") + (m.group("munit") or "")
    unit = ALIASES.get(unit, unit) + (m.group("per") or "")
    return validated(QuantityMention, value=low, value_max=high, unit=unit, text=m.group(), span=m.span())


def extract_quantities(text: str, mask: Mask) -> list[QuantityMention]:
    """Every quantity of ``text``, in order; claims their spans in ``mask``.

    >>> [(q.value, q.value_max, q.unit) for q in extract_quantities(
    ...     "新增2万个托额，建成3—5所院校，3500余人，一届运动会，第三个，10大学科群", Mask(60))]
    [(2.0, None, '万个'), (3.0, 5.0, '所'), (3500.0, None, '人'), (1.0, None, '届'), (10.0, None, '个')]
    >>> [(q.value, q.unit) for q in extract_quantities("死亡率7/10万，千分之五，3.2‰，20微克/立方米，5万吨/年", Mask(60))]
    [(7.0, '/10万'), (5.0, '‰'), (3.2, '‰'), (20.0, '微克/立方米'), (5.0, '万吨/年')]
    """
    found: list[QuantityMention] = []
    free, claim = mask.free, mask.claim
    for m in _matches(text):
        start, end = m.span()
        if not free(start, end) or _reject(m, text):  # most masked matches are years ("2025年")
            continue
        mention = _mention(m)
        if mention is not None:
            found.append(mention)
            claim(start, end)
    return found


_UNIT_FIRST = frozenset(u[0] for u in COUNTERS)
_CONTINUES = _UNIT_FIRST | frozenset(".,万亿点余多/至到-—–~～－")
"""What can follow a number run in a quantity: a unit, a decimal or thousands mark, a multiplier, 余/多,
a rate's slash, a range separator (or a space before one), 千分之's 分."""
_INNER_UNIT = re.compile(
    "[" + re.escape("".join(sorted(ch for ch in _UNIT_FIRST if _NUMBER_RUN.fullmatch(ch)))) + "]"
)
"""Run characters that start a unit too (千 of 千米): a number may end before them, inside its run."""


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The matches ``QUANTITY_PATTERN.finditer(text)`` gives, tried only at number runs (see ``_NUMBER_RUN``),
    and not at a run that nothing a quantity needs can follow (see ``_CONTINUES``): most runs ("进一步")."""
    last_end, match, size = 0, QUANTITY_PATTERN.match, len(text)
    inner = _INNER_UNIT.search if _INNER_UNIT.pattern != "[]" else None
    for run in _NUMBER_RUN.finditer(text):
        start, end = run.span()
        if start < last_end:
            continue
        if end < size:
            nxt = text[end]
            if nxt not in _CONTINUES and not nxt.isspace() and (inner is None or inner(text, start + 1, end) is None):
                continue
        elif inner is None or inner(text, start + 1, end) is None:
            continue
        if start > last_end and text[start - 1] in _PRE:
            start -= 1  # the pattern with 约 matches exactly when it matches without it
        m = match(text, start)
        if m is not None:
            last_end = m.end()
            yield m


BARE_VALUE_PATTERN = regex.compile(
    "(?:" + "|".join(words.BARE_VALUE_ENDS) + ")"
    + "(?:" + "|".join(words.BARE_VALUE_MODALS) + ")?"
    + "(?:" + "|".join(words.BARE_VALUE_COMPARATORS) + ")"
    + r"(?P<num>\d+(?:\.\d+)?)(?=(?:及)?以[上下内]|之内|左右|[，。；、,;：:）)\s]|$)"
)
"""A bare number right after an indicator that is measured without a unit and its comparator."""


def extract_bare_values(text: str, mask: Mask) -> list[QuantityMention]:
    """Values without a unit of coefficients, indices and rates per amount, unit "" (not claimed in ``mask``,
    and not part of ``Facts.quantities``: they are target candidates only).

    >>> [(q.value, q.unit) for q in extract_bare_values("灌溉水有效利用系数提高到0.6以上，死亡率控制在0.02以内。", Mask(40))]
    [(0.6, ''), (0.02, '')]
    """
    found: list[QuantityMention] = []
    for m in BARE_VALUE_PATTERN.finditer(text):
        span = m.span("num")
        if mask.free(*span):
            found.append(validated(QuantityMention, value=float(m.group("num")), unit="", text=m.group("num"), span=span))
    return found
