"""Bounds that keep party recognisers linear on hostile input."""

from __future__ import annotations

import pytest


def test_an_inline_duty_after_a_huge_list_reads_a_bounded_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 2,000-name list before 牵头负责 once made every tail of the list a candidate (its square in time)."""
    from policydoc.parties import roles

    calls = []
    real = roles.parse_bodies
    monkeypatch.setattr(roles, "parse_bodies", lambda phrase: calls.append(len(phrase)) or real(phrase))
    sentence = "、".join(f"第{i}局" for i in range(2000)) + "牵头负责。"
    roles.inline_duty(sentence, 0)
    assert len(calls) <= roles.INLINE_WORDS
    assert max(calls) <= roles.INLINE_WORDS * roles.INLINE_WORD_CHARS
