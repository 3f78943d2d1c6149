"""The target rule tables keep the one rule contract: named rules in a fixed order, each switched off by name.

For one rule of each table, a small invented sentence is decided differently with that rule disabled
(``core.rules.disabled``): the runner asks only the active rules.
"""

from __future__ import annotations

import pytest

from policydoc.core.rules import all_rulers, disabled
from policydoc.extract import Decision, extract_facts
from policydoc.extract.comparators import COMPARATORS
from policydoc.extract.filters import FILTERS
from policydoc.extract.year_rules import YEAR_RULES

# Target.rule / Target.evidence and `policydoc explain` carry these names: their order is the runners' order.
NAMES = {
    "targets.filters": (
        "duration_or_age", "in_statute", "in_glossary", "inside_name", "in_indicator_name", "names_a_reach", "around_the_clock", "penalty", "count_of_indicators", "count_of_amounts", "rank", "provision", "category",
        "formula", "forecast", "permission", "grant_term", "finance_term", "incident_scale", "places_spanned", "ongoing_works", "tended_things", "anniversary", "cohort", "cap", "schedule",
        "size_of_kind", "sized_works", "sized_place", "policy_items", "named_groups", "aspects", "means", "bracketed_tally", "condition", "eligibility", "applicant_terms", "quota", "stock_stated", "from_value", "compared_value", "in_history", "year_on_year", "past_year",
        "report_without_cue", "chinese_without_cue", "no_plan_cue",
    ),
    "targets.comparators": (
        "range", "time_limit", "after_word", "respective_bound", "bound_word", "approximate", "change", "from_to",
        "level_word",
    ),
    "targets.years": ("sentence", "paragraph", "goal_section", "paragraph_deadline_after", "this_year"),
}


def test_tables_are_registered_with_their_rules_in_order() -> None:
    tables = all_rulers()
    for table, ruler in (("targets.filters", FILTERS), ("targets.comparators", COMPARATORS),
                         ("targets.years", YEAR_RULES)):
        assert tables[table] is ruler
        assert ruler.names == NAMES[table]


def _decide(text: str) -> list[tuple[str, list[tuple[str, object, dict[str, str]]]]]:
    """What became of each candidate number of ``text``: kept or the filter that dropped it, and the comparator,
    year and evidence of the targets it made."""
    trace: list[Decision] = []
    extract_facts(text, [], trace=trace)
    return [(d.rule, [(t.comparator, t.year, t.evidence) for t in d.targets]) for d in trace]


# (rule switched off, invented text, what is decided with every rule on, what is decided without the rule)
CASES = [
    ("targets.filters.named_groups", "全年重点发展8大产业集群。",
     [("named_groups", [])],
     [("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.filters.aspects", "重点推进以下6个方面工作。",
     [("aspects", [])],
     [("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.filters.means", "以5项重点改革为突破口，力争新建驿站6个。",
     [("means", []), ("kept", [("=", None, {"comparator": "default", "year": "none"})])],
     [("kept", [("=", None, {"comparator": "default", "year": "none"})]),
      ("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.filters.applicant_terms", "各市推荐的申报主体不超过20个。",
     [("applicant_terms", [])],
     [("kept", [("<=", None, {"comparator": "bound_word", "year": "none"})])]),
    ("targets.filters.quota", "力争每组推荐2名教师参加比武。",
     [("quota", [])],
     [("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.filters.around_the_clock", "对重点企业实行24小时在线监测。",
     [("around_the_clock", [])],
     [("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.filters.in_glossary", "正文完。\n名词解释\n1.某工程：计划新建12所学校。\n",
     [("in_glossary", [])],
     [("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.filters.names_a_reach", "加快打造5分钟应急救援圈。",
     [("names_a_reach", [])],
     [("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.filters.in_history", "去年全县已建成5所乡镇幼儿园。",
     [("in_history", [])],
     [("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.filters.year_on_year", "今年出口较去年同期成长15%。",
     [("year_on_year", [])],
     [("kept", [("increase", None, {"comparator": "change", "year": "none"})])]),
    ("targets.filters.compared_value", "钢产量达到1.05亿吨，比上年的0.94亿吨增加。",
     [("kept", [("=", None, {"comparator": "level_word", "year": "none"})]), ("compared_value", [])],
     [("kept", [("=", None, {"comparator": "level_word", "year": "none"})]),
      ("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.comparators.after_word", "组建7个以上职教集团。",
     [("kept", [(">=", None, {"comparator": "after_word", "year": "none"})])],
     [("kept", [("=", None, {"comparator": "default", "year": "none"})])]),
    ("targets.years.paragraph", "到2027年，基本建成智慧社区。社区食堂覆盖率达到70%。",
     [("kept", [("=", 2027, {"comparator": "level_word", "year": "paragraph"})])],
     [("kept", [("=", None, {"comparator": "level_word", "year": "none"})])]),
]


@pytest.mark.parametrize("rule, text, on, off", CASES, ids=[c[0] for c in CASES])
def test_disabling_a_rule_changes_the_decision(rule: str, text: str, on: list[object], off: list[object]) -> None:
    assert _decide(text) == on
    with disabled([rule]):
        assert _decide(text) == off
    assert _decide(text) == on, "the rule is on again outside the block"


#: a document that writes its percentages, and so its amounts, in words
IN_WORDS = "城镇居民收入年均增长百分之五，农民收入年均增长百分之四，原煤产量十四亿吨，发电量一万四千亿千瓦时，投资增长百分之十。"


def test_amounts_written_in_words_need_no_cue_word() -> None:
    kept = [d.rule for d in _trace(IN_WORDS)]
    assert kept.count("kept") == 5
    one = "城镇居民收入年均增长百分之五，原煤产量十四亿吨。"  # one percentage in words: digits are the document's way
    assert [d.rule for d in _trace(one)] == ["chinese_without_cue", "chinese_without_cue"]


def test_large_amounts_in_words_mark_a_document_that_writes_its_amounts_so() -> None:
    # a speech that writes its sums in Chinese numerals and no percentage at all
    text = "政府将在三年内投入四十亿元经费，改善供水。重建区将编足二十八亿元经费。各项计划总经费达六百五十亿元。"
    assert [d.rule for d in _trace(text)] == ["duration_or_age", "kept", "no_plan_cue", "kept"]


def _trace(text: str) -> list[Decision]:
    trace: list[Decision] = []
    extract_facts(text, [], trace=trace)
    return trace
