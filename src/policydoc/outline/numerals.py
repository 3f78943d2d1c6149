"""Ordinals written as Chinese numerals, formal (banker's) numerals and circled digits.

Only what outline markers need: whole numbers from 1 up to 999. Each parser
returns ``None`` for a string that is not a well-formed numeral, so a marker
recogniser can reject it.
"""

from __future__ import annotations

from typing import Optional

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
FORMAL_DIGITS = {"零": 0, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "叄": 3, "参": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
                 "柒": 7, "捌": 8, "玖": 9}
CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百"
FORMAL_NUMERAL_CHARS = "零壹贰貳叁參叄参肆伍陆陸柒捌玖拾佰"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"


def _parse_positional(s: str, digits: dict[str, int], ten: str, hundred: str) -> Optional[int]:
    """Read ``[d百][零][d十][d]`` (十 alone or leading = 10); None if malformed."""
    total, pending, seen_unit = 0, None, 1000
    for ch in s:
        if ch in digits:
            if pending is not None and digits[ch] != 0:
                return None  # two digits in a row: "二三"
            pending = digits[ch] if digits[ch] != 0 else None
            continue
        unit = 100 if ch == hundred else 10 if ch == ten else None
        if unit is None or unit >= seen_unit:
            return None
        if unit == 100 and pending is None:
            return None
        total += (1 if pending is None else pending) * unit
        pending, seen_unit = None, unit
    total += pending or 0
    return total or None


def parse_cn_numeral(s: str) -> Optional[int]:
    """Value of a Chinese numeral such as 十二 or 二十一.

    >>> [parse_cn_numeral(x) for x in ("一", "十", "十二", "二十一", "九十九", "一百零五", "二三", "十十")]
    [1, 10, 12, 21, 99, 105, None, None]
    """
    return _parse_positional(s, CN_DIGITS, "十", "百") if s else None


def parse_formal_numeral(s: str) -> Optional[int]:
    """Value of a formal numeral such as 壹 or 拾贰.

    >>> [parse_formal_numeral(x) for x in ("壹", "贰", "拾", "拾贰", "贰拾壹", "一")]
    [1, 2, 10, 12, 21, None]
    """
    return _parse_positional(s, FORMAL_DIGITS, "拾", "佰") if s else None


def parse_circled(ch: str) -> Optional[int]:
    """Value of a circled number ①–㊿.

    >>> parse_circled("①"), parse_circled("⑫"), parse_circled("a")
    (1, 12, None)
    """
    i = CIRCLED.find(ch)
    return i + 1 if i >= 0 and len(ch) == 1 else None
