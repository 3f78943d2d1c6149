"""Number parsing: a table of written forms, and the hand parser checked against cn2an."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydoc.extract.numbers import parse_cn_numeral, parse_number

CASES = [
    ("一百二十", 120), ("两", 2), ("二〇三五", 2035), ("二○三五", 2035), ("十二", 12), ("十", 10),
    ("十万", 100000), ("一万二千", 12000), ("两千三百零五", 2305), ("三点五", 3.5), ("一亿五千万", 150000000),
    ("3.8万", 38000), ("1.5亿", 150000000), ("10,000", 10000), ("96", 96), ("0.5", 0.5),
]


@pytest.mark.parametrize("text,value", CASES, ids=[c[0] for c in CASES])
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "百分", "万", "x", "一X"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_agrees_with_cn2an(n: int) -> None:
    assert parse_cn_numeral(cn2an.an2cn(n)) == n
