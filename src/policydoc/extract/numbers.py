"""Numbers as written in the documents: Arabic, Chinese numerals, and both mixed.

``parse_*`` turn a matched string into a value, or None when the string is no
well-formed number; the patterns that find them live beside the mention finders.
A number we cannot read exactly is left out, never guessed.

Conventions (the reported value is always the number as written, in the unit as written):

- **Multipliers stay in the unit** (SPEC: "万人", "亿元", "万亿元"): ``parse_amount("1.3万亿")``
  is ``(1.3, "万亿")``, ``parse_amount("十万")`` is ``(10, "万")``. 十/百/千 written before
  a multiplier are part of the number: ``9千亿`` is 9000 亿.
- **A composite amount is given in its smallest written multiplier**: ``1亿3,000万`` is
  13000 万, ``8,897万890`` is 88970890 (no multiplier left), ``四十五亿四千零四万`` is 454004 万,
  ``3兆1,325亿`` is 31325 亿. The same rule covers Arabic, Chinese and mixed writing.
- **Approximations are no numbers**: ``三五`` (three or five), ``两三``, ``二三十`` give None;
  so does a bare 万/亿. A leading 百/千 counts one (千座 = 1000 座); the words it starts
  (百分制, 千万不要, 千家万户) are the quantity finder's to refuse.
- **Digit strings** (``二〇三五``, ``一九九八``) are years and codes, read digit by digit by
  ``core.numerals.parse_cn_digits`` only; ``parse_cn_numeral`` refuses them.

Chinese numerals are read by the one numeral parser, :mod:`policydoc.core.numerals`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional

from ..data.units import MULTIPLIERS, MULTIPLIER_PREFIXES

from ..core.numerals import CN_SMALL_UNITS, parse_cn_grouped, parse_cn_numeral, parse_cn_positional
from .._lazy import lazy_re


def parse_arabic(text: str) -> float:
    """An Arabic number with optional thousands separators, decimals and PDF letter-spacing.

    >>> parse_arabic("10,000"), parse_arabic("3.8"), parse_arabic("2 9 0 0"), parse_arabic("6 .5")
    (10000.0, 3.8, 2900.0, 6.5)
    """
    return float(plain_number(text))


def plain_number(text: str) -> str:
    """An Arabic number without its separators and spaces: "10,000" -> "10000", "6 .5" -> "6.5"."""
    return "".join(text.replace(",", "").split())


_GROUP = lazy_re(
    r"(?P<num>[\d.,\s]+|[^\d.,\s]+?)\s*(?P<mult>(?P<pre>[" + MULTIPLIER_PREFIXES + "])?(?:"
    + "|".join(sorted(MULTIPLIERS, key=len, reverse=True)) + r"))?\s*(?=\d|$)"
)
"""One group of a mixed amount: a number written in Arabic digits followed by a multiplier run
(十/百/千 then 万亿/兆/亿/万), or a Chinese numeral (whose multiplier run is read by the numeral
parser, see :func:`_cn_amount`)."""


_SIMPLE = lazy_re(r"(\d+(?:,\d{3})*(?:\.\d+)?)(" + "|".join(sorted(MULTIPLIERS, key=len, reverse=True)) + ")?")


def _cn_amount(text: str) -> Optional[tuple[Decimal, str]]:
    """A wholly Chinese amount: its value in its final multiplier (十万 -> 10 万, 四十五亿四千零四万 -> 454004 万)."""
    mult = next((m for m in sorted(MULTIPLIERS, key=len, reverse=True) if text.endswith(m) and len(text) > len(m)), "")
    if "、" in text:  # "一兆二、三○六亿", "二、四一八亿": digits grouped by thousands (Taiwanese official style)
        return _grouped_amount(text[: len(text) - len(mult)], mult)
    if "兆" in text and mult in ("亿", "万") and not text.endswith("兆" + mult):
        return _trillions_amount(text[: len(text) - len(mult)], mult)  # "一兆二千亿": a 兆 before 亿 is 万亿
    if mult == "兆" or "兆" in text:
        return None  # 兆 after a Chinese numeral: mega (兆瓦) as often as 万亿
    if mult:  # "一二五.三亿", "三○○亿": digit by digit before a multiplier (Taiwanese official style)
        positional = parse_cn_positional(text[: len(text) - len(mult)])
        if positional is not None:
            return Decimal(str(positional)), mult
    if "点" in text:  # 三点五万: a decimal before the multiplier
        value = parse_cn_numeral(text[: len(text) - len(mult)])
        return None if value is None else (Decimal(str(value)), mult)
    value = parse_cn_numeral(text)
    if value is None:
        return None
    number = Decimal(str(value))
    return (number / MULTIPLIERS[mult] if mult else number), mult


def _trillions_amount(text: str, mult: str) -> Optional[tuple[Decimal, str]]:
    """A Chinese numeral "N兆M" before a smaller multiplier (一兆二千亿 is 12000 亿): a 兆 before 亿 or 万 is 万亿."""
    head, _, rest = text.partition("兆")
    trillions = parse_cn_numeral(head)
    below = parse_cn_numeral(rest) if rest else 0
    if trillions is None or below is None or "兆" in rest:
        return None
    return Decimal(str(trillions)) * MULTIPLIERS["万亿"] / MULTIPLIERS[mult] + Decimal(str(below)), mult


def _grouped_amount(text: str, mult: str) -> Optional[tuple[Decimal, str]]:
    """Thousands-grouped digits, after an optional "N兆" when a smaller multiplier ends the amount (一兆二、三○六亿
    is 14027 亿: a 兆 before 亿 is 万亿, never mega)."""
    trillions, _, rest = text.rpartition("兆")
    grouped = parse_cn_grouped(rest, lead_zero=bool(trillions))  # 一兆○、二五六: 1 兆 and 0,256
    if grouped is None or mult in ("兆", "万亿") or trillions and not mult:
        return None
    value = Decimal(grouped)
    if trillions:
        head = parse_cn_positional(trillions) if len(trillions) > 1 else parse_cn_numeral(trillions)
        if head is None:
            return None
        value += Decimal(str(head)) * MULTIPLIERS["万亿"] / MULTIPLIERS[mult]
    return value, mult


def _arabic_amount(text: str) -> Optional[tuple[Decimal, str]]:
    """Arabic groups with multiplier runs, each run below the last: 1亿3,000万, 8,897万890, 9千亿."""
    total, last, mult, pos = Decimal(0), None, "", 0
    for m in _GROUP.finditer(text):
        if m.start() != pos or not m.group("num").strip() or not m.group("num").strip()[0].isdigit():
            return None
        pos = m.end()
        try:
            number = Decimal(plain_number(m.group("num")))
        except InvalidOperation:
            return None
        run = m.group("mult") or ""
        pre = m.group("pre") or ""
        factor = MULTIPLIERS.get(run[len(pre):], 1) * CN_SMALL_UNITS.get(pre, 1)
        if last is not None and (factor >= last or number.as_tuple().exponent < 0):
            return None  # multipliers must fall; only the first group may have decimals
        if last is not None and factor == 1 and len(plain_number(m.group("num"))) < 2:
            return None  # 1万5: colloquial, 15000 or 10005
        total += number * factor
        last, mult = factor, run[len(pre):]
        if not run:
            break
    if pos != len(text) or last is None:
        return None
    return total / MULTIPLIERS[mult] if mult else total, mult


def parse_amount(text: str) -> Optional[tuple[float, str]]:
    """An amount as ``(value, multiplier)``: the value in the last multiplier written, which stays
    in the unit ("" for none). None for anything that is not exactly one number.

    >>> [parse_amount(s) for s in ("1万亿", "4.06万亿", "十万", "9千亿", "3兆1,325亿", "1亿3,000万", "8,897万890")]
    [(1.0, '万亿'), (4.06, '万亿'), (10.0, '万'), (9000.0, '亿'), (31325.0, '亿'), (13000.0, '万'), (88970890.0, '')]
    >>> [parse_amount(s) for s in ("四十五亿四千零四万", "32 万 8,636", "2.66兆", "三点五万", "1万5", "两三万", "万")]
    [(454004.0, '万'), (328636.0, ''), (2.66, '兆'), (3.5, '万'), None, None, None]
    >>> [parse_amount(s) for s in ("一二五.三亿", "三○○亿", "三五亿", "二、四一八亿", "一兆二、三○六亿", "八、七○○万")]
    [(125.3, '亿'), (300.0, '亿'), None, (2418.0, '亿'), (12306.0, '亿'), (8700.0, '万')]
    >>> [parse_amount(s) for s in ("一兆二千亿", "三兆五百亿", "二兆亿", "五兆")]
    [(12000.0, '亿'), (30500.0, '亿'), None, None]
    """
    text = text.strip()
    if not text:
        return None
    simple = _SIMPLE.fullmatch(text)
    if simple is not None:  # most amounts: "3.8", "10,000", "2万", "1.5亿"
        return float(simple.group(1).replace(",", "")), simple.group(2) or ""
    found = _arabic_amount(text) if text[0].isdigit() else _cn_amount(text)
    if found is None:
        return None
    value, mult = found
    return float(value), mult


def parse_number(text: str) -> Optional[float]:
    """An Arabic or Chinese number, or a mix of both, with every multiplier folded in.

    >>> parse_number("3.8"), parse_number("一百二十"), parse_number("3.8万"), parse_number("x")
    (3.8, 120.0, 38000.0, None)
    """
    found = parse_amount(text)
    if found is None:
        return None
    value, mult = found
    return float(Decimal(str(value)) * MULTIPLIERS[mult]) if mult else value
