"""Number parsing: tables of written forms (value or None), and property tests.

The tables follow price-parser's labelled examples: every written form with the value
it must give, or None where the right answer is "no number" (an approximation, a word).
The property tests render numbers and parse them back: Chinese numerals by cn2an's
``an2cn`` (the oracle where it is right) and by an independent renderer written here,
Arabic digits with thousands separators, amounts with multipliers and composites.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydoc.core.numerals import parse_cn_digits, parse_cn_numeral
from policydoc.extract.numbers import parse_amount, parse_arabic, parse_number

# (written, value of parse_number)
NUMBERS: list[tuple[str, Optional[float]]] = [
    ("一百二十", 120), ("两", 2), ("十二", 12), ("十", 10), ("十万", 100000), ("一万二千", 12000),
    ("两千三百零五", 2305), ("三点五", 3.5), ("一亿五千万", 150000000), ("3.8万", 38000), ("1.5亿", 150000000),
    ("10,000", 10000), ("96", 96), ("0.5", 0.5), ("零", 0), ("零点五", 0.5),
    # 零 before 十 and inside big units
    ("一千零十", 1010), ("一千零一十", 1010), ("一百零五", 105), ("一万零五百", 10500), ("一亿零五万", 100050000),
    ("三千零五", 3005), ("一百一十", 110), ("一百十", 110),
    # the next place down after a unit without 零 (spoken short forms)
    ("三千五", 3500), ("一百五", 150), ("一万二", 12000),
    # 亿 with 万 before it, and 亿 with a tail
    ("一万亿", 10**12), ("三万五千亿", 3.5 * 10**12), ("四十五亿四千零四万", 4540040000),
    # approximations and words: no number
    ("三五", None), ("两三", None), ("七八", None), ("二三十", None), ("十几", None), ("几百", None),
    ("百", 100), ("千", 1000), ("百万", 1000000), ("千亿", 10**11), ("一千百", None), ("百分", None), ("万", None), ("亿", None), ("一百零", None), ("零零五", None),
    ("十百", None), ("百十", None), ("一千一千", None), ("一万两万", None),
    # digit strings are years, not numbers (see parse_cn_digits)
    ("二〇三五", None), ("一九九八", None),
    ("", None), ("x", None), ("一X", None),
]


@pytest.mark.parametrize("text,value", NUMBERS, ids=[c[0] or "empty" for c in NUMBERS])
def test_parse_number(text: str, value: Optional[float]) -> None:
    assert parse_number(text) == value


# (written, (value, multiplier kept in the unit)) -- the value is in the last multiplier written
AMOUNTS: list[tuple[str, Optional[tuple[float, str]]]] = [
    ("1万亿", (1, "万亿")), ("4.06万亿", (4.06, "万亿")), ("1.3万亿", (1.3, "万亿")), ("28.5万亿", (28.5, "万亿")),
    ("2万", (2, "万")), ("1.5亿", (1.5, "亿")), ("3", (3, "")), ("10,000", (10000, "")),
    # 十/百/千 after Arabic digits belong to the number
    ("9千亿", (9000, "亿")), ("5百万", (500, "万")), ("3千万", (3000, "万")), ("9 千亿", (9000, "亿")),
    # Taiwan 兆 (= 万亿) kept as written; composites in their smallest written multiplier
    ("4兆", (4, "兆")), ("2.66兆", (2.66, "兆")), ("3兆1,325亿", (31325, "亿")), ("4 兆 8,530 亿", (48530, "亿")),
    ("1亿3,000万", (13000, "万")), ("1 亿 1,500 万", (11500, "万")), ("8,897万890", (88970890, "")),
    ("8,897 万 890", (88970890, "")), ("32 万 8,636", (328636, "")), ("1,936 万 9,500", (19369500, "")),
    ("3 万 3,883", (33883, "")),
    # wholly Chinese: the same rule
    ("十万", (10, "万")), ("一百二十万", (120, "万")), ("三千亿", (3000, "亿")), ("一万亿", (1, "万亿")),
    ("四十五亿四千零四万", (454004, "万")), ("一万二千", (12000, "")), ("三点五万", (3.5, "万")),
    # letter-spaced digits of PDF text
    ("2 9 0 0", (2900, "")), ("6 .5", (6.5, "")),
    # Chinese digits one by one before a multiplier, grouped by thousands with 、 (Taiwanese official style)
    ("三○○亿", (300, "亿")), ("七二四亿", (724, "亿")), ("七三.六亿", (73.6, "亿")), ("二、四一八亿", (2418, "亿")),
    ("一兆二、三○六亿", (12306, "亿")), ("八、七○○万", (8700, "万")), ("二、○九九.五亿", (2099.5, "亿")),
    ("一兆○、二五六亿", (10256, "亿")), ("五八亿", (58, "亿")), ("七八亿", None),
    ("二、三二亿", None), ("○、五○○亿", None), ("一、二亿", None), ("一兆二、三○六", None),
    # not one exact number
    ("1万5", None), ("两三万", None), ("万", None), ("数十万", None), ("1万2万", None), ("1亿2.5万", None),
    ("一兆", None), ("3千", None), ("亿万", None), ("", None),
]


@pytest.mark.parametrize("text,expected", AMOUNTS, ids=[c[0] or "empty" for c in AMOUNTS])
def test_parse_amount(text: str, expected: Optional[tuple[float, str]]) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text,value", [("二〇三五", 2035), ("二○三五", 2035), ("一九九八", 1998), ("二零二五", 2025),
                                        ("三五", None), ("两千", None), ("二〇二两", None)])
def test_parse_cn_digits(text: str, value: Optional[int]) -> None:
    assert parse_cn_digits(text) == value


# --- property tests -------------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def render_cn(n: int) -> str:
    """Standard Chinese numeral of ``n`` (independent of cn2an): 10 -> 十, 1010 -> 一千零一十,
    10^12 -> 一万亿; 零 marks every gap between non-zero places, once."""
    if n == 0:
        return "零"
    out = _render_big(n)
    return out[1:] if out.startswith("一十") else out


def _render_big(n: int) -> str:
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        return _render_big(high) + "亿" + _render_tail(low, 10**8)
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        return _render_section(high) + "万" + _render_tail(low, 10**4)
    return _render_section(n)


def _render_tail(n: int, factor: int) -> str:
    if n == 0:
        return ""
    return ("零" if n < factor // 10 else "") + _render_big(n)


def _render_section(n: int) -> str:
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit)
        if d:
            out += ("零" if zero else "") + _DIGITS[d] + name
            zero = False
        elif out:
            zero = True
    return out


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_agrees_with_cn2an(n: int) -> None:
    assert parse_cn_numeral(cn2an.an2cn(n)) == n


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=2**53))  # exact as a float
def test_round_trip_own_renderer(n: int) -> None:
    assert parse_cn_numeral(render_cn(n)) == n


@pytest.mark.parametrize("n,written", [(10, "十"), (1010, "一千零一十"), (10**12, "一万亿"), (100050000, "一亿零五万"),
                                       (4540040000, "四十五亿四千零四万"), (10500, "一万零五百")])
def test_renderer(n: int, written: str) -> None:
    assert render_cn(n) == written


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_with_separators(n: int) -> None:
    assert parse_arabic(f"{n:,}") == n
    assert parse_amount(f"{n:,}") == (n, "")


_MULTIPLIERS = st.sampled_from(["万", "亿", "万亿", "兆"])
_DECIMALS = st.decimals(min_value=0, max_value=99999, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(_DECIMALS, _MULTIPLIERS)
def test_multiplier_stays_in_unit(value: Decimal, mult: str) -> None:
    written = f"{value.normalize():f}"
    assert parse_amount(written + mult) == (float(value), mult)
    assert parse_number(written + mult) == float(value * (10**12 if mult in ("万亿", "兆") else 10**8 if mult == "亿" else 10**4))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=10, max_value=9999), st.booleans())
def test_composite_in_smallest_multiplier(high: int, low: int, spaced: bool) -> None:
    sep = " " if spaced else ""
    assert parse_amount(f"{high}{sep}亿{sep}{low:,}{sep}万") == (high * 10_000 + low, "万")
    assert parse_amount(f"{high:,}{sep}万{sep}{low:,}") == (high * 10_000 + low, "")
    assert parse_amount(render_cn(high * 10**8 + low * 10**4)) == (high * 10_000 + low, "万")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999))
def test_chinese_before_multiplier(n: int) -> None:
    assert parse_amount(render_cn(n) + "万") == (n, "万")
    assert parse_amount(render_cn(n) + "亿") == (n, "亿")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="零一二两三四五六七八九十百千万亿点几数", max_size=8))
def test_never_raises(text: str) -> None:
    value = parse_cn_numeral(text)
    assert value is None or value >= 0
    if value is not None and "点" not in text and text not in ("零", "〇"):
        assert parse_cn_numeral(render_cn(int(value))) == value
