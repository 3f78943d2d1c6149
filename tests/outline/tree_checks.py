"""The invariants every outline tree keeps, shared by the property tests."""

from __future__ import annotations

from typing import Optional, Sequence

from policydoc.models import Section


def assert_well_formed(sections: Sequence[Section], text_len: int) -> None:
    """Spans nest inside the text and their parents, ids are ordinal paths, levels grow downwards."""
    for i, sec in enumerate(sections):
        _check(sec, text_len, None, i)


def _check(sec: Section, text_len: int, parent: Optional[Section], index: int) -> None:
    assert 0 <= sec.span[0] <= sec.title_span[0] <= sec.title_span[1] <= sec.span[1] <= text_len
    assert sec.id == (f"{parent.id}." if parent else "") + str(index + 1)
    if parent is not None:
        assert parent.span[0] < sec.span[0] and sec.span[1] <= parent.span[1] and sec.level > parent.level
    for i, kid in enumerate(sec.children):
        _check(kid, text_len, sec, i)
