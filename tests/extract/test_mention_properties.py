"""Mention finders on random number-dense text: they never raise, every mention's text is the text at
its span, spans do not overlap, and every value is finite. Plus round trips through written forms."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from policydoc.extract import extract_mentions
from policydoc.extract.patterns import Mask
from policydoc.extract.quantities import extract_quantities

_ALPHABET = "0123456789.,-—~ \n%一二两三四五六七八九十百千万亿兆零点分之成半余多约年月日所人元个亿元至到负增长下降第每数几以上"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_mentions_are_well_formed(text: str) -> None:
    facts = extract_mentions(text)
    mentions = facts.years + facts.percentages + facts.quantities
    for m in mentions:
        assert text[m.span[0]: m.span[1]] == m.text
    for m in facts.percentages + facts.quantities:
        assert math.isfinite(m.value) and (m.value_max is None or m.value_max > m.value)
    spans = sorted(m.span for m in mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9999),
       st.sampled_from(["万", "亿"]), st.sampled_from(["人", "元", "个", "吨"]), st.booleans())
def test_written_amount_round_trip(high: int, low: int, mult: str, unit: str, spaced: bool) -> None:
    """"{high}{mult}{low}{unit}" with a low part of two digits or more is high×factor+low in the unit;
    "{high}{mult}{unit}" is high in mult+unit."""
    sep = " " if spaced else ""
    factor = 10_000 if mult == "万" else 100_000_000
    text = f"共{high:,}{sep}{mult}{sep}{unit}。"
    assert [(q.value, q.unit) for q in extract_quantities(text, Mask(len(text)))] == [(high, mult + unit)]
    if low >= 10:
        text = f"共{high:,}{sep}{mult}{sep}{low:,}{sep}{unit}。"
        assert [(q.value, q.unit) for q in extract_quantities(text, Mask(len(text)))] == [(high * factor + low, unit)]
