"""Fast paths of the normaliser give exactly what the plain computation they replace gives.

Each fixer that skips work (tries a pattern only where it can match, compares
whole texts instead of lines, ...) is checked here against the straightforward
version on random texts drawn from the characters its rules look at.
"""

from __future__ import annotations

import re
from typing import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydoc.normalize import grouping, script
from policydoc.normalize.offsets import ChainMapper, Edit, OffsetMap, apply_edits


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12，,.、a3", max_size=40))
def test_grouped_numbers_are_the_pattern_matches(text: str) -> None:
    assert [m.span() for m in grouping._grouped_numbers(text)] == [m.span() for m in grouping._GROUPED.finditer(text)]


def _changed_runs_reference(old: str, new: str, base: int) -> list[Edit]:
    """The character loop that ``script._changed_runs`` replaces."""
    edits: list[Edit] = []
    start = last = -1
    for i, (a, b) in enumerate(zip(old, new)):
        if a == b:
            if start >= 0 and (a in script._SENTENCE_ENDS or i - last > script.RUN_GAP):
                edits.append(Edit(base + start, base + last + 1, new[start : last + 1], "t2s"))
                start = -1
            continue
        if start < 0:
            start = i
        last = i
    if start >= 0:
        edits.append(Edit(base + start, base + last + 1, new[start : last + 1], "t2s"))
    return edits


@st.composite
def conversions(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a same-length "conversion" of it that changes some of its characters (sentence ends too)."""
    old = draw(st.text(alphabet="發展為人。，\n；ab", max_size=60))
    flips = draw(st.lists(st.booleans(), min_size=len(old), max_size=len(old)))
    return old, "".join("X" if flip else c for c, flip in zip(old, flips))


@settings(max_examples=500, deadline=None)
@given(conversions(), st.integers(0, 50))
def test_changed_runs_are_the_character_loop(pair: tuple[str, str], base: int) -> None:
    old, new = pair
    assert script._changed_runs(old, new, base) == _changed_runs_reference(old, new, base)


def _edits_by_line_reference(text: str, conv: Callable[[str], str]) -> list[Edit]:
    """The line-by-line conversion that ``script._edits_by_line`` replaces."""
    edits: list[Edit] = []
    for m in re.finditer(r"[^\n]+", text):
        line, out = m.group(), conv(m.group())
        if out == line:
            continue
        if len(out) != len(line):
            edits.append(Edit(m.start(), m.end(), out, "t2s"))
        else:
            edits.extend(_changed_runs_reference(line, out, m.start()))
    return edits


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="發展為人乾隆著力隨著。，\n；a", max_size=60), st.sampled_from(["t2s", "tw2s"]))
def test_edits_by_line_are_the_line_by_line_conversion(text: str, config: str) -> None:
    conv = script._converter(config).convert
    assert script._edits_by_line(text, conv(text), conv) == _edits_by_line_reference(text, conv)


@pytest.mark.parametrize("longer", ["乾隆帝", "乾\n隆"])
def test_edits_by_line_keep_a_line_that_changes_length(longer: str) -> None:
    def conv(s: str) -> str:  # a stand-in converter that lengthens one word (by a line break too)
        return s.replace("發", "发").replace("乾隆", longer)

    text = "發展\n乾隆發\n\n發"
    assert script._edits_by_line(text, conv(text), conv) == _edits_by_line_reference(text, conv)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="發展ab，2\u3400\u9fff\ufa00\uf8ff\ufb00\U00020000", max_size=40))
def test_han_count_is_the_characters_in_the_han_ranges(text: str) -> None:
    assert script._han_count(text) == sum(1 for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")


@st.composite
def chains(draw: st.DrawFn) -> tuple[OffsetMap, list[str]]:
    """A chain of up to five steps of random non-overlapping edits (deletions, insertions, 1:1 runs), and the
    text before each step and after the last."""
    text = draw(st.text(alphabet="ab中文", min_size=0, max_size=30))
    offsets, texts = OffsetMap(), [text]
    for _ in range(draw(st.integers(1, 5))):
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
        edits, last = [], -1
        for start, end in zip(cuts[0::2], cuts[1::2]):
            if start > last:
                size = draw(st.sampled_from([0, 1, 2, end - start]))
                edits.append(Edit(start, end, "X" * size, "test"))
                last = max(end, start)
        text, step = apply_edits(text, edits)
        if not step.is_identity:  # the offset map keeps no identity step
            offsets.append(step)
            texts.append(text)
    return offsets, texts


@settings(max_examples=300, deadline=None)
@given(chains(), st.data())
def test_chain_mapper_is_the_offset_map_of_the_stretch(chain: tuple[OffsetMap, list[str]], data: st.DataObject) -> None:
    offsets, texts = chain
    mapper = ChainMapper(offsets)
    for _ in range(3):  # several batches per mapper: its lookups are reused
        at = data.draw(st.integers(0, len(offsets.steps)))
        size = len(texts[at])  # both stretches meet at the text after step ``at``
        starts = sorted(data.draw(st.lists(st.integers(0, size), max_size=6)))
        ends = [min(size, s + data.draw(st.integers(0, 3))) for s in starts]
        assert mapper.spans_to_source(at, starts, ends) == OffsetMap(offsets.steps[:at]).spans_to_source(starts, ends)
        assert mapper.spans_to_text(at, starts, ends) == OffsetMap(offsets.steps[at:]).spans_to_text(starts, ends)
