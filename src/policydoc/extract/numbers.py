"""Numbers as written in the documents: Arabic, Chinese numerals, and both mixed.

``parse_*`` turn a matched string into a value; the patterns that find them
live beside the mention finders. Multipliers 万/亿 at the end of a number are
not parsed here: they stay in the unit ("2万个" -> 2, "万个").

Chinese numerals are parsed by a small hand parser rather than cn2an: on the
numerals of these documents both agree (the tests check the parser against
cn2an's own ``an2cn`` output), and the hand parser is about 20x faster
(~2 µs against ~50 µs a call) and never raises on the forms cn2an refuses
("两", digit strings such as "二〇三五").
"""

from __future__ import annotations

from typing import Optional

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)
_BIG_UNIT_CHARS = "".join(CN_BIG_UNITS)


def parse_arabic(text: str) -> float:
    """An Arabic number with optional thousands separators and decimals.

    >>> parse_arabic("10,000"), parse_arabic("3.8")
    (10000.0, 3.8)
    """
    return float(text.replace(",", ""))


def _parse_section(text: str) -> Optional[int]:
    """A numeral below 10000 (no 万/亿): 一百二十, 十二, 三千零五."""
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            total += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def parse_cn_numeral(text: str) -> Optional[float]:
    """A Chinese numeral, or None when ``text`` is not one.

    Digit strings read digit by digit (years): 二〇三五 -> 2035.

    >>> [parse_cn_numeral(s) for s in ("一百二十", "两", "二〇三五", "十二", "十万", "一万二千", "三点五")]
    [120.0, 2.0, 2035.0, 12.0, 100000.0, 12000.0, 3.5]
    >>> parse_cn_numeral("百分")
    """
    if not text or not text.strip(_BIG_UNIT_CHARS):  # nothing but 万/亿
        return None
    if "点" in text:
        whole, _, frac = text.partition("点")
        head = parse_cn_numeral(whole)
        if head is None or not frac or any(c not in CN_DIGITS for c in frac):
            return None
        return float(f"{int(head)}.{''.join(str(CN_DIGITS[c]) for c in frac)}")
    if len(text) > 1 and all(c in CN_DIGITS for c in text):
        return float("".join(str(CN_DIGITS[c]) for c in text))
    return _parse_big(text)


def _parse_big(text: str) -> Optional[float]:
    total, rest = 0, text
    for unit, factor in (("亿", CN_BIG_UNITS["亿"]), ("万", CN_BIG_UNITS["万"])):
        if unit in rest:
            head, _, rest = rest.partition(unit)
            value = _parse_section(head) if head else 1
            if value is None:
                return None
            total += value * factor
    if rest:
        value = _parse_section(rest)
        if value is None:
            return None
        total += value
    return float(total)


def parse_number(text: str) -> Optional[float]:
    """An Arabic or Chinese number, or a mix of both with a trailing 万/亿 folded in.

    >>> parse_number("3.8"), parse_number("一百二十"), parse_number("3.8万"), parse_number("x")
    (3.8, 120.0, 38000.0, None)
    """
    if not text:
        return None
    factor = 1
    if len(text) > 1 and text[-1] in CN_BIG_UNITS and text[-2].isdigit():
        factor, text = CN_BIG_UNITS[text[-1]], text[:-1]
    if text[0].isdigit():
        try:
            return parse_arabic(text) * factor
        except ValueError:
            return None
    value = parse_cn_numeral(text)
    return None if value is None else value * factor
