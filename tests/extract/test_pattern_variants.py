"""The mention patterns a text gets without the branches it cannot match (a first parse compiles the smaller ones)
find what the whole patterns find in that text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policydoc.extract import percents, quantities, years
from policydoc.extract.patterns import grouped_digits

TEXTS = st.text(alphabet="0123.%、一二三四〇○零九百千万分之成年到至—个人所千分之 \n", max_size=40)


def _all(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for pos in range(len(text) + 1) for m in [pattern.match(text, pos)] if m]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_percentage_variant_matches_as_the_whole(text: str) -> None:
    whole = re.compile(percents.percent_pattern().pattern, re.VERBOSE)
    some = re.compile(percents.percent_pattern(False, grouped_digits(text), "分之" in text).pattern, re.VERBOSE)
    assert _all(some, text) == _all(whole, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_quantity_variant_matches_as_the_whole(text: str) -> None:
    whole = re.compile(quantities.QUANTITY_PATTERN.pattern, re.VERBOSE)
    some = quantities._quantity_pattern(False, grouped_digits(text), "千分之" in text)
    assert _all(some, text) == _all(whole, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_year_variant_matches_as_the_whole(text: str) -> None:
    whole = re.compile(years.year_pattern().pattern, re.VERBOSE)
    some = re.compile(years.year_pattern(False, False, years._CN_YEAR_GATE.search(text) is not None).pattern,
                      re.VERBOSE)
    assert _all(some, text) == _all(whole, text)
