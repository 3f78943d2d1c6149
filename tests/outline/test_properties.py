"""Properties of any outline, on generated text made of markers, words and punctuation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policydoc.outline import build_outline

from policydoc.models import Section

from .tree_checks import assert_well_formed

PIECES = ["一、", "二、", "(一)", "(二)", "1.", "2.", "1 .", "3 ", "第一章", "第一条", "①", "\n", "。", "；", "，",
          "总体要求", "加强领导", "发展规划", "2025年", "3.8万", "(市、区)", "很长的句子没有写完" * 8, "\n2、"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_outline_is_a_well_formed_tree(pieces: list[str]) -> None:
    text = "".join(pieces)
    outline = build_outline(text)
    assert_well_formed(outline.sections, len(text))
    starts = [s.span[0] for s in _flatten(outline.sections)]
    assert starts == sorted(starts)


def _flatten(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for s in sections:
        out.append(s)
        out.extend(_flatten(s.children))
    return out
