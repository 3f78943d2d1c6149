"""Chinese numerals: the one parser, and the characters numerals are written with.

- :func:`parse_cn_numeral` reads a whole Chinese numeral (一百二十, 一万二千, 三点五) strictly, or gives None;
- :func:`parse_cn_digits` reads a digit string (二〇三五) as years and codes are written;
- :func:`parse_ordinal` is the whole number 1–999 of an outline marker (一, 十二, 一百零五), by the same parser;
- :func:`parse_formal_numeral` reads the formal (banker's) digits 壹贰叁… by mapping them to the plain ones;
- :func:`parse_circled` reads ①–㊿.

**Approximations are no numbers**: ``三五`` (three or five), ``两三``, ``二三十`` give None; so does a bare 万/亿.
A leading 十/百/千 counts one (十二, 百万, 千座). **Digit strings** (``二〇三五``) are read by
:func:`parse_cn_digits` only; :func:`parse_cn_numeral` refuses them.

The parser is a small strict hand parser rather than cn2an: on well-formed numerals both agree (the tests check
it against cn2an's own ``an2cn`` output), it is ~20x faster, never raises, and refuses the approximations cn2an
reads as digit strings ("三五" -> 35).
"""

from __future__ import annotations

from typing import Callable, Optional

__all__ = ["CN_ZEROS", "CN_DIGITS", "CN_SMALL_UNITS", "CN_BIG_UNITS", "CN_NUMERAL_CHARS", "ORDINAL_CHARS",
           "FORMAL_DIGITS", "FORMAL_NUMERAL_CHARS", "CIRCLED", "DIGITS_WRITTEN", "FORMAL_WRITTEN", "parse_cn_numeral", "parse_cn_digits",
           "parse_cn_positional", "parse_cn_grouped", "parse_ordinal", "parse_formal_numeral", "parse_circled"]

CN_ZEROS = "零〇○"
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)
_TOP = 10_000  # the place above 千: no unit seen yet in a section


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


def _split_at(text: str, unit: str, below: Callable[[str], Optional[int]]) -> Optional[int]:
    """[``below``-numeral ``unit``] [tail]: a numeral whose highest unit is ``unit`` (万 or 亿)."""
    if unit not in text:
        return below(text)
    factor = CN_BIG_UNITS[unit]
    head, _, tail = text.partition(unit)
    high, low = below(head), _parse_tail(tail, factor)
    return None if high is None or low is None or high == 0 else high * factor + low


def _parse_wan(text: str) -> Optional[int]:
    """A numeral below 10^8: [section 万] [tail]."""
    return _split_at(text, "万", _parse_section)


def _parse_integer(text: str) -> Optional[int]:
    """A whole Chinese numeral: [number 亿] [tail]; the part before 亿 may hold 万 (一万亿 = 10^12)."""
    return _split_at(text, "亿", _parse_wan)


def parse_cn_digits(text: str) -> Optional[int]:
    """A string of three or more Chinese digits read digit by digit (years, codes), or None.

    >>> parse_cn_digits("二〇三五"), parse_cn_digits("一九九八"), parse_cn_digits("三五"), parse_cn_digits("两千")
    (2035, 1998, None, None)
    """
    if len(text) < 3 or "两" in text or any(c not in CN_DIGITS for c in text):
        return None
    return int("".join(str(CN_DIGITS[c]) for c in text))


def parse_cn_positional(text: str) -> Optional[float]:
    """An amount written digit by digit, as Taiwanese official texts do ("一二五.三", "二○七.一", "三○○", "○.四",
    "四六三", "五八"), or None. Two digits that are neighbours ("七八") or "三五" stay an approximation (seven or eight,
    three to five); one digit is no positional amount.

    >>> [parse_cn_positional(s) for s in ("一二五.三", "三○○", "○.四", "二○", "四六三", "五八", "一五")]
    [125.3, 300.0, 0.4, 20.0, 463.0, 58.0, 15.0]
    >>> [parse_cn_positional(s) for s in ("三五", "七八", "两三", "○五", "两.五", "三.", "五")]
    [None, None, None, None, None, None, None]
    """
    whole, dot, frac = text.partition(".")
    digits = whole + frac
    if not whole or dot and not frac or "两" in digits or any(c not in CN_DIGITS for c in digits):
        return None
    if len(whole) > 1 and whole[0] in CN_ZEROS or not dot and len(whole) < 2:
        return None
    if not dot and len(whole) == 2 and not any(c in CN_ZEROS for c in whole) and _approximate(whole):
        return None
    value = "".join(str(CN_DIGITS[c]) for c in whole) + (("." + "".join(str(CN_DIGITS[c]) for c in frac)) if dot else "")
    return float(value)


def _approximate(pair: str) -> bool:
    """Two digits that name a rough number, not a two-digit one: neighbours (两三, 七八) and 三五."""
    a, b = CN_DIGITS[pair[0]], CN_DIGITS[pair[1]]
    return b - a == 1 or pair == "三五"


def parse_cn_grouped(text: str, lead_zero: bool = False) -> Optional[str]:
    """An amount written digit by digit in groups of three split by "、", as Taiwanese official texts write
    large sums ("二、四一八" is 2418, "一、四八三.五" is 1483.5), as Arabic digits; None for anything else.
    The first group holds one to three digits and no leading zero (unless ``lead_zero``: the groups after a 兆,
    "一兆○、二五六"), every later group exactly three.

    >>> [parse_cn_grouped(s) for s in ("二、四一八", "一三、○五四", "一、四八三.五", "八、七○○、○○○")]
    ['2418', '13054', '1483.5', '8700000']
    >>> [parse_cn_grouped(s) for s in ("一、二", "○、三二九", "二、三二", "二三二九", "一、二、三")]
    [None, None, None, None, None]
    """
    whole, dot, frac = text.partition(".")
    groups = whole.split("、")
    if len(groups) < 2 or not 1 <= len(groups[0]) <= 3 or groups[0][0] in CN_ZEROS and not lead_zero or dot and not frac:
        return None
    if any(len(g) != 3 for g in groups[1:]):
        return None
    digits = "".join(groups) + frac
    if "两" in digits or any(c not in CN_DIGITS for c in digits):
        return None
    value = "".join(str(CN_DIGITS[c]) for c in "".join(groups)).lstrip("0") or "0"
    return value + ("." + "".join(str(CN_DIGITS[c]) for c in frac) if dot else "")


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


ORDINAL_CHARS = "零〇一二两三四五六七八九十百"
"""The characters of an ordinal in an outline marker (一、 第十二章 (一百零五)): whole numbers below a thousand."""
_ORDINAL_LIMIT = 1000


def parse_ordinal(text: str) -> Optional[int]:
    """The whole number 1–999 a Chinese ordinal writes, or None.

    >>> [parse_ordinal(x) for x in ("一", "十", "十二", "二十一", "九十九", "一百零五", "二三", "十十", "零", "一千")]
    [1, 10, 12, 21, 99, 105, None, None, None, None]
    """
    if not text or any(c not in ORDINAL_CHARS for c in text):
        return None
    value = parse_cn_numeral(text)
    return int(value) if value is not None and 1 <= value < _ORDINAL_LIMIT else None


FORMAL_DIGITS = {"零": 0, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "叄": 3, "参": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
                 "柒": 7, "捌": 8, "玖": 9}
_FORMAL_UNITS = {"拾": "十", "佰": "百"}
FORMAL_NUMERAL_CHARS = "零壹贰貳叁參叄参肆伍陆陸柒捌玖拾佰"
DIGITS_WRITTEN = "零一二三四五六七八九"
"""The digits 0–9 as a numeral writes them (Word's chineseCounting numbering writes with these)."""
FORMAL_WRITTEN = "零壹贰叁肆伍陆柒捌玖"
"""The formal digits 0–9 as a numeral writes them (simplified forms)."""
_FORMAL_TO_PLAIN = str.maketrans({**{c: DIGITS_WRITTEN[v] for c, v in FORMAL_DIGITS.items()}, **_FORMAL_UNITS})


def parse_formal_numeral(text: str) -> Optional[int]:
    """The whole number 1–999 a formal numeral such as 壹 or 拾贰 writes, or None.

    >>> [parse_formal_numeral(x) for x in ("壹", "贰", "拾", "拾贰", "贰拾壹", "一")]
    [1, 2, 10, 12, 21, None]
    """
    if not text or any(c not in FORMAL_NUMERAL_CHARS for c in text):
        return None
    return parse_ordinal(text.translate(_FORMAL_TO_PLAIN))


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"


PAREN_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
"""The parenthesised ideographs (一)–(十) as one character each (U+3220–U+3229), as a word processor's list
numbering writes them ("㈠新型节能建筑体系；")."""


def parse_paren_ideograph(ch: str) -> Optional[int]:
    """Value of a parenthesised ideograph ㈠–㈩.

    >>> parse_paren_ideograph("㈠"), parse_paren_ideograph("㈩"), parse_paren_ideograph("一")
    (1, 10, None)
    """
    i = PAREN_IDEOGRAPHS.find(ch)
    return i + 1 if i >= 0 else None


def parse_circled(ch: str) -> Optional[int]:
    """Value of a circled number ①–㊿.

    >>> parse_circled("①"), parse_circled("⑫"), parse_circled("a")
    (1, 12, None)
    """
    i = CIRCLED.find(ch)
    return i + 1 if i >= 0 and len(ch) == 1 else None
