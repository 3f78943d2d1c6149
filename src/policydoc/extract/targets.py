"""Targets: forward-looking quantitative commitments built from number mentions.

Every percentage and quantity is a candidate (:mod:`.candidate`). Three ordered tables decide what becomes of
it, each of small named recognisers:

- ``FILTERS`` (:mod:`.filters`) drop candidates that are not commitments (past achievements, names in quotes,
  ages, the "from" value of 由A提高到B …);
- ``COMPARATORS`` (:mod:`.comparators`) bind the value (first answer wins, default "=");
- ``YEAR_RULES`` (:mod:`.year_rules`) give the deadline year (sentence, then paragraph, then a 目标 section
  that opens with 到YYYY年).

The judge here runs them and names the indicator (:mod:`.indicator`, :mod:`.sentence_indicator`). The names
``extract/__init__.py``, ``policydoc.explain`` and the tests import from here stay importable from here.
"""

from __future__ import annotations

from typing import Any, Optional

import regex

from ..core.rules import Ruler
from ..models import Target
from .candidate import Candidate, Context, Intervals, KeptTargets, candidates
from .comparators import COMPARATORS, LEADING_RULES, direction, time_limit
from . import filters
from .indicator import find_indicator
from .patterns import validated
from .sentence_indicator import (
    CHANGE_PHRASE_END, counted_over, funded_thing, named_before, part_of, respective_thing, shares_list_head,
    sharing_things, subject_before, whole_of, whose_measure,
)
from .year_rules import NO_YEAR, YEAR_RULES

__all__ = [
    "COMPARATORS", "FILTERS", "NO_YEAR", "YEAR_RULES", "Candidate", "Context", "Intervals", "KeptTargets", "candidates",
    "direction", "sharing_things", "verdict",
]

FILTERS = tuple((rule.name, rule.fn) for rule in filters.FILTERS)
"""The filter table as (name, function) pairs, for readers written before the rule contract (``tests/test_explain.py``
takes the filter names from it). The judge runs the table itself, :data:`.filters.FILTERS`."""


def _first_answer(table: Ruler[Any], c: Candidate, ctx: Context) -> tuple[Optional[str], object]:
    """(name of the first active rule of ``table`` that answers, its answer); (None, None) when none does."""
    for rule in table.active():
        answer = rule.fn(c, ctx)
        if answer is not None:
            return rule.name, answer
    return None, None


_LISTED_ONLY = regex.compile(r"[\s、和及与或]*")
"""An item holding nothing before its number: a value listed after another ("…、35%", "…和6.2%")."""


def verdict(c: Candidate, ctx: Context, kept: KeptTargets) -> tuple[Optional[Target], str]:
    """The target ``c`` makes and "kept", or None and the name of the filter that dropped it; ``id`` and
    ``section_id`` are filled by the caller. A kept target is recorded in ``kept``, the caller's record of the
    targets kept so far in the document (candidates are judged in document order)."""
    for rule in filters.FILTERS.active():
        if rule.fn(c, ctx, kept):
            return None, rule.name
    sentence = ctx.seg.sentence(c.span[0])[0]
    start, end = ctx.seg.item(c.span[0])
    change = direction(c, ctx)
    indicator = respective_thing(c, ctx) or funded_thing(c, ctx) or find_indicator(
        ctx.text[start: c.span[0]], ctx.text[c.span[1]: end], time_limit(c, ctx) is not None, change=change is not None,
        share=c.unit == "%", unit=c.unit)
    if not indicator:
        indicator = subject_before(c, ctx)  # "道路修复率，预计2027年达到95%": the clause before names it
    previous = kept.last_indicator(sentence)
    if not indicator and previous:
        changed = CHANGE_PHRASE_END.search(ctx.text, start, c.span[0])  # "…产值300亿元，年均增长20%"
        indicator = previous + (changed.group() if changed and change else "")
    indicator = indicator or ctx.text[start: c.span[0]]
    indicator = named_before(indicator, c, ctx)
    parent = whole_of(c, ctx, sentence, kept)
    if parent:
        indicator = part_of(parent, ctx.text[start: c.span[0]], indicator)
    indicator = whose_measure(indicator, previous, ctx.section_title_at(c.span[0]))
    if previous and ctx.text[start - 1: start] in ("、", "和", "及"):
        indicator = shares_list_head(indicator, previous)
    own_indicator = indicator  # what later targets of the sentence borrow: without the table's action
    action = ctx.planned_action(c.span[0])
    if action and not indicator.startswith(action):
        indicator = action + indicator  # an item of a planned table: "规划采购" + "救护车"
    rule, comparator = _first_answer(COMPARATORS, c, ctx)
    decided_by = rule or "default"
    listed = kept.binding(sentence)
    if change is None and listed and _LISTED_ONLY.fullmatch(ctx.text, start, c.span[0]):
        if comparator is None:
            comparator, change = listed  # "分别不低于60%、45%": the listed value shares the first one's words
            decided_by = "listed"
        else:
            change = listed[1]  # "分别增长5%、6.5%左右": its own bound, the list's change word
    # a bound after the number ("5%以上") or a range is the number's own: the values listed next do not share it
    kept.record(sentence, c.span[0], own_indicator, (comparator if rule in LEADING_RULES else None, change))
    year_rule, year = _first_answer(YEAR_RULES, c, ctx)
    year = year or None  # NO_YEAR: counted over a period
    indicator += counted_over(c, ctx, year, indicator)
    evidence = {"comparator": decided_by, "year": year_rule if year else "none"}
    value, value_max, unit = as_written(c)
    return validated(
        Target, id="", indicator=indicator, comparator=comparator or "=", change=change,
        value=value, value_max=value_max, unit=unit, year=year,
        text=ctx.text[start:end], span=(start, end), rule="sentence", evidence=evidence,
    ), "kept"


def as_written(c: Candidate) -> tuple[float, Optional[float], str]:
    """A target's value in the unit its text writes: a share in tenths is N 成 ("八成以上" is 8 成, as the Arabic
    "提高 7 成" is), where the candidate and the percentage mention read it as 80 %; "八成五" stays 85 %.

    >>> as_written(Candidate(80.0, None, "%", (0, 2), "八成", chinese=True))
    (8.0, None, '成')
    >>> as_written(Candidate(85.0, None, "%", (0, 3), "八成五", chinese=True))
    (85.0, None, '%')
    """
    if c.unit == "%" and c.value_max is None and c.text.rstrip().endswith("成"):
        return c.value / 10, None, "成"
    return c.value, c.value_max, c.unit

