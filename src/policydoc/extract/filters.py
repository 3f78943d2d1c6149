"""The filter table of targets: which recognisers drop a candidate number, in the order they are asked.

A filter answers True to drop the candidate; the first active one that does names the drop (``policydoc explain``
shows it; ``core.rules.disabled(["targets.filters.<name>"])`` switches one off). Filters on what a number is live
in :mod:`.kind_filters`, filters on what its statement does in :mod:`.statement_filters`. The order matters where two would drop the same number: the more specific reason
comes first, and ``no_plan_cue``, the catch-all, last.

Every filter is asked ``(candidate, context, kept)``: ``kept`` is the judge's record of the targets kept before the
candidate (:class:`.candidate.KeptTargets`). Only ``no_plan_cue`` and ``category`` read it (a number in a sentence
that already holds a target continues its list); passing it to all keeps one signature and every answer a function
of its arguments.
"""

from __future__ import annotations

from typing import Callable

from ..core.rules import Rule, Ruler
from . import kind_filters as kind, statement_filters as statement
from .candidate import Candidate, Context, KeptTargets

Filter = Callable[[Candidate, Context, KeptTargets], bool]
FILTERS: Ruler[Filter] = Ruler("targets.filters", [
    Rule("duration_or_age", kind.duration_or_age),
    Rule("in_statute", kind.in_statute),
    Rule("in_glossary", kind.in_glossary),
    Rule("inside_name", kind.inside_name),
    Rule("in_indicator_name", kind.in_indicator_name),
    Rule("names_a_reach", kind.names_a_reach),
    Rule("around_the_clock", kind.around_the_clock),
    Rule("penalty", kind.penalty),
    Rule("count_of_indicators", kind.count_of_indicators),
    Rule("count_of_amounts", kind.count_of_amounts),
    Rule("rank", kind.rank),
    Rule("provision", kind.provision),
    Rule("category", kind.category),
    Rule("formula", kind.formula),
    Rule("forecast", statement.forecast),
    Rule("permission", statement.permission),
    Rule("grant_term", statement.grant_term),
    Rule("finance_term", statement.finance_term),
    Rule("incident_scale", kind.incident_scale),
    Rule("places_spanned", kind.places_spanned),
    Rule("ongoing_works", statement.ongoing_works),
    Rule("tended_things", statement.tended_things),
    Rule("anniversary", kind.anniversary),
    Rule("cohort", kind.cohort),
    Rule("cap", kind.cap),
    Rule("schedule", kind.schedule),
    Rule("size_of_kind", kind.size_of_kind),
    Rule("sized_works", kind.sized_works),
    Rule("sized_place", kind.sized_place),
    Rule("policy_items", kind.policy_items),
    Rule("named_groups", kind.named_groups),
    Rule("aspects", kind.aspects),
    Rule("means", kind.means),
    Rule("bracketed_tally", kind.bracketed_tally),
    Rule("condition", kind.condition),
    Rule("eligibility", kind.eligibility),
    Rule("applicant_terms", kind.applicant_terms),
    Rule("quota", kind.quota),
    Rule("stock_stated", statement.stock_stated),
    Rule("from_value", statement.from_value),
    Rule("compared_value", statement.compared_value),
    Rule("in_history", statement.in_history),
    Rule("year_on_year", statement.year_on_year),
    Rule("past_year", statement.past_year),
    Rule("report_without_cue", statement.report_without_cue),
    Rule("chinese_without_cue", statement.chinese_without_cue),
    Rule("no_plan_cue", statement.no_plan_cue),
])
