"""The filter table of targets: which recognisers drop a candidate number, in the order they are asked.

A filter answers True to drop the candidate; the first that does names the drop (``policydoc explain`` shows
it). Filters on what a number is live in :mod:`.kind_filters`, filters on what its statement does in
:mod:`.statement_filters`. The order matters where two would drop the same number: the more specific reason
comes first, and ``no_plan_cue``, the catch-all, last.
"""

from __future__ import annotations

from typing import Callable

from . import kind_filters as kind, statement_filters as statement
from .candidate import Candidate, Context

Filter = Callable[[Candidate, Context], bool]
FILTERS: tuple[tuple[str, Filter], ...] = (
    ("duration_or_age", kind.duration_or_age),
    ("inside_name", kind.inside_name),
    ("in_indicator_name", kind.in_indicator_name),
    ("penalty", kind.penalty),
    ("count_of_indicators", kind.count_of_indicators),
    ("rank", kind.rank),
    ("category", kind.category),
    ("formula", kind.formula),
    ("forecast", statement.forecast),
    ("permission", statement.permission),
    ("incident_scale", kind.incident_scale),
    ("ongoing_works", statement.ongoing_works),
    ("anniversary", kind.anniversary),
    ("cap", kind.cap),
    ("schedule", kind.schedule),
    ("size_of_kind", kind.size_of_kind),
    ("policy_items", kind.policy_items),
    ("bracketed_tally", kind.bracketed_tally),
    ("condition", kind.condition),
    ("from_value", statement.from_value),
    ("in_history", statement.in_history),
    ("report_without_cue", statement.report_without_cue),
    ("chinese_without_cue", statement.chinese_without_cue),
    ("no_plan_cue", statement.no_plan_cue),
)
