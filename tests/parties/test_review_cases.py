"""Cases a review of the party rules found: words that are verbs as often as nouns, plans over a span
of years, and glued tables one after the other (invented texts)."""

from __future__ import annotations

import policydoc


def _leads(text: str) -> list[list[str]]:
    return [p.lead for p in policydoc.parse_text(text).parties]


def test_a_funding_verb_after_a_body_is_its_task() -> None:
    text = ("某市学前教育工作方案\n一、工作措施\n（一）加大投入。市财政局投入专项资金2000万元，支持普惠性幼儿园。\n"
            "（二）落实补助。市教育局补助每所新建幼儿园10万元。\n")
    assert _leads(text) == [["市财政局"], ["市教育局"]]


def test_a_funding_noun_after_a_body_is_no_task() -> None:
    assert _leads("某市工作方案\n一、保障\n市财政投入增长10%以上，资金到位。\n") == []


def test_a_plan_over_years_assigns_tasks_in_each_year_section() -> None:
    text = ("某市2022—2025年教育提升行动计划\n一、总体目标\n到2025年建成。\n二、2023年重点任务\n（一）扩充学位。各区政府加快建设进度。\n"
            "三、2025年重点任务\n（一）提升质量。各区政府加快建设进度。\n")
    assert _leads(text) == [["各区政府"], ["各区政府"]]


def test_glued_tables_end_where_the_next_begins_and_columns_keep_their_roles() -> None:
    text = ("附件1序号重点任务牵头单位配合单位1开展排查。区卫健委区疾控中心2加强监测。区卫健委/"
            "附件2序号工作任务配合单位牵头单位1加强宣传。区教育局区委宣传部、区文明办")
    parties = policydoc.parse_text(text).parties
    assert [(p.lead, p.support) for p in parties] == [
        (["区卫健委"], ["区疾控中心"]), (["区卫健委"], []), (["区委宣传部", "区文明办"], ["区教育局"])]
    assert "附件2" not in parties[-1].task


def test_a_title_aiming_at_results_reviews_nothing() -> None:
    text = ("某市生态环境工作方案\n一、主要成效\n市生态环境局开展专项整治。\n"
            "二、推动生态建设取得新成效\n市生态环境局开展专项整治。\n")
    assert _leads(text) == [["市生态环境局"]]
