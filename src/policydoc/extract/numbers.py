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
  :func:`parse_cn_digits` only; :func:`parse_cn_numeral` refuses them.

Chinese numerals are parsed by a small strict hand parser rather than cn2an: on
well-formed numerals both agree (the tests check the parser against cn2an's own
``an2cn`` output), the hand parser is ~20x faster, never raises, and refuses the
approximations cn2an reads as digit strings ("三五" -> 35).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional

from ..data.units import MULTIPLIERS, MULTIPLIER_PREFIXES

CN_ZEROS = "零〇○"
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)
_TOP = 10_000  # the place above 千: no unit seen yet in a section


def parse_arabic(text: str) -> float:
    """An Arabic number with optional thousands separators, decimals and PDF letter-spacing.

    >>> parse_arabic("10,000"), parse_arabic("3.8"), parse_arabic("2 9 0 0"), parse_arabic("6 .5")
    (10000.0, 3.8, 2900.0, 6.5)
    """
    return float(plain_number(text))


def plain_number(text: str) -> str:
    """An Arabic number without its separators and spaces: "10,000" -> "10000", "6 .5" -> "6.5"."""
    return "".join(text.replace(",", "").split())


def _parse_section(text: str) -> Optional[int]:
    """A numeral below 10000 (no 万/亿), strictly formed, or None.

    Units must fall (千 > 百 > 十); 零 stands only after a unit, before a digit or 十
    (一百零五, 一千零十); a final digit after a unit without 零 is the next place down
    (三千五 = 3500, 一百五 = 150, 十五 = 15); a leading unit counts one (十二, 百万, 千座).
    Two digits in a row (三五, 二三十) are an approximation: None.
    """
    total, digit, place, zero, bare = 0, None, _TOP, False, False
    for ch in text:
        if ch in CN_ZEROS:
            if digit is not None or place == _TOP or zero:
                return None
            zero = True
        elif ch in CN_DIGITS:
            if digit is not None:
                return None
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[ch]
            if unit >= place or (digit is None and place != _TOP and (unit != 10 or bare)):
                return None  # 一千百; 百十 (a hundred or so)
            bare = digit is None and place == _TOP
            total, place, digit, zero = total + (1 if digit is None else digit) * unit, unit, None, False
        else:
            return None
    if digit is None:
        return None if zero else total
    return total + (digit if zero or place == _TOP else digit * place // 10)


def _parse_tail(text: str, factor: int) -> Optional[int]:
    """What follows 万/亿 (below ``factor``): "" is 0, 零 keeps the places (一万零五百 = 10500),
    a lone digit is the next place down (一万二 = 12000)."""
    if not text:
        return 0
    if text[0] in CN_ZEROS:
        value = _parse_below(text[1:], factor)
        return value if value is not None and 0 < value < factor // 10 else None
    if len(text) == 1 and text in CN_DIGITS:
        return CN_DIGITS[text] * factor // 10
    value = _parse_below(text, factor)
    return value if value is not None and value < factor else None


def _parse_below(text: str, factor: int) -> Optional[int]:
    return _parse_wan(text) if factor > CN_BIG_UNITS["万"] else _parse_section(text)


def _parse_wan(text: str) -> Optional[int]:
    """A numeral below 10^8: [section 万] [tail]."""
    if "万" not in text:
        return _parse_section(text)
    head, _, tail = text.partition("万")
    high, low = _parse_section(head), _parse_tail(tail, 10_000)
    return None if high is None or low is None or high == 0 else high * 10_000 + low


def _parse_integer(text: str) -> Optional[int]:
    """A whole Chinese numeral: [number 亿] [tail]; the part before 亿 may hold 万 (一万亿 = 10^12)."""
    if "亿" not in text:
        return _parse_wan(text)
    head, _, tail = text.partition("亿")
    high, low = _parse_wan(head), _parse_tail(tail, 100_000_000)
    return None if high is None or low is None or high == 0 else high * 100_000_000 + low


def parse_cn_digits(text: str) -> Optional[int]:
    """A string of three or more Chinese digits read digit by digit (years, codes), or None.

    >>> parse_cn_digits("二〇三五"), parse_cn_digits("一九九八"), parse_cn_digits("三五"), parse_cn_digits("两千")
    (2035, 1998, None, None)
    """
    if len(text) < 3 or "两" in text or any(c not in CN_DIGITS for c in text):
        return None
    return int("".join(str(CN_DIGITS[c]) for c in text))


def parse_cn_numeral(text: str) -> Optional[float]:
    """A well-formed Chinese numeral, or None when ``text`` is not one.

    >>> [parse_cn_numeral(s) for s in ("一百二十", "两", "十二", "十万", "一万二千", "三点五", "一千零十")]
    [120.0, 2.0, 12.0, 100000.0, 12000.0, 3.5, 1010.0]
    >>> [parse_cn_numeral(s) for s in ("百分", "三五", "两三", "二三十", "二〇三五", "万", "十几", "点五")]
    [None, None, None, None, None, None, None, None]
    """
    if not text:
        return None
    if "点" in text:
        whole, _, frac = text.partition("点")
        if not whole:
            return None  # "点五": no whole part
        head = parse_cn_numeral(whole) if whole not in CN_ZEROS else 0.0
        if head is None or not frac or any(c not in CN_DIGITS or c == "两" for c in frac):
            return None
        return float(f"{int(head)}.{''.join(str(CN_DIGITS[c]) for c in frac)}")
    if text in CN_ZEROS:
        return 0.0
    value = _parse_integer(text)
    return None if value is None else float(value)


_GROUP = re.compile(
    r"(?P<num>[\d.,\s]+|[^\d.,\s]+?)\s*(?P<mult>(?P<pre>[" + MULTIPLIER_PREFIXES + "])?(?:"
    + "|".join(sorted(MULTIPLIERS, key=len, reverse=True)) + r"))?\s*(?=\d|$)"
)
"""One group of a mixed amount: a number written in Arabic digits followed by a multiplier run
(十/百/千 then 万亿/兆/亿/万), or a Chinese numeral (whose multiplier run is read by the numeral
parser, see :func:`_cn_amount`)."""


_SIMPLE = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)(" + "|".join(sorted(MULTIPLIERS, key=len, reverse=True)) + ")?")


def _cn_amount(text: str) -> Optional[tuple[Decimal, str]]:
    """A wholly Chinese amount: its value in its final multiplier (十万 -> 10 万, 四十五亿四千零四万 -> 454004 万)."""
    mult = next((m for m in sorted(MULTIPLIERS, key=len, reverse=True) if text.endswith(m) and len(text) > len(m)), "")
    if mult == "兆" or "兆" in text:
        return None  # 兆 after a Chinese numeral: mega (兆瓦) as often as 万亿
    if "点" in text:  # 三点五万: a decimal before the multiplier
        value = parse_cn_numeral(text[: len(text) - len(mult)])
        return None if value is None else (Decimal(str(value)), mult)
    value = parse_cn_numeral(text)
    if value is None:
        return None
    number = Decimal(str(value))
    return (number / MULTIPLIERS[mult] if mult else number), mult


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
