"""Fast paths of the normaliser give exactly what the plain computation they replace gives.

Each fixer that skips work (tries a pattern only where it can match, compares
whole texts instead of lines, ...) is checked here against the straightforward
version on random texts drawn from the characters its rules look at.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policydoc.normalize import grouping


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12，,.、a3", max_size=40))
def test_grouped_numbers_are_the_pattern_matches(text: str) -> None:
    assert [m.span() for m in grouping._grouped_numbers(text)] == [m.span() for m in grouping._GROUPED.finditer(text)]
