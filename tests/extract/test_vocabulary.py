"""The target word groups stay consistent: each word is listed in the group of its concept, and the groups built
from another, or a part of it, hold what they should."""

from __future__ import annotations

from policydoc.data import target_words as words


def test_groups_that_are_parts_of_another_stay_parts() -> None:
    assert set(words.FROM_TO) <= set(words.RAISED_TO + words.LOWERED_TO)
    assert set(words.BOUND_WORDS) <= set(words.BEFORE_WORDS)
    assert set(words.AFTER_WORDS) - {w for w, _ in words.AFTER_BOUNDS} == {"左右"}


def test_level_words_are_levels_with_a_direction() -> None:
    levels = {w for w, cmp in words.BEFORE_COMPARATORS if cmp == "="}
    assert {w for w, _ in words.LEVEL_DIRECTIONS} == set(words.RAISED_TO) | set(words.LOWERED_TO) <= levels


def test_resolve_words_stand_in_every_group_of_forward_or_modal_words() -> None:
    for group in (words.SCOPE_OPENERS, words.FUTURE_WORDS, words.INDICATOR_TAIL_WORDS, words.INDICATOR_SCOPE_OPENERS,
                  words.COMMITMENT_WORDS, words.BARE_VALUE_MODALS, words.PLAN_VERBS):
        assert set(words.RESOLVE_WORDS) <= set(group)


def test_a_longer_comparator_is_tried_before_the_words_it_holds() -> None:
    """``comparator_word`` takes the first word of the order that binds: 不低于 must come before 低于 (降至 may come
    before 下降至: both are levels)."""
    order = words.BEFORE_COMPARATORS
    for i, (word, cmp) in enumerate(order):
        for later, later_cmp in order[i + 1:]:
            assert word not in later or cmp == later_cmp, (later, "is tried after", word)
