"""Whole-document traps for rules about time, transcripts, attachments and title phrases: each case is an invented
document where a rule could fire wrongly, parsed end to end (the outline, analysis and extract stages together), and
what must come out. Each was a regression before its guard (see the commit log of 2026-12-04)."""

from __future__ import annotations

from typing import Callable

import pytest

import policydoc
from policydoc.models import Document


def _sections(d: Document) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []

    def walk(sections: list) -> None:  # type: ignore[type-arg]
        for s in sections:
            out.append((s.level, s.marker, s.title))
            walk(s.children)

    walk(d.sections)
    return out


def _targets(d: Document) -> list[tuple[float, str, object]]:
    return [(t.value, t.unit, t.year) for t in d.targets]


def _parties(d: Document) -> list[tuple[list[str], list[str]]]:
    return [(p.lead, p.support) for p in d.parties]


# (label, text, what is read from the parsed document, what must come out)
CASES: list[tuple[str, str, Callable[[Document], object], object]] = [
    # a results sentence dated before the period of the plan the title names is no target; the plan's own year is
    ("result_before_the_plan_period",
     "某区国民经济和社会发展第十四个五年规划\n一、发展基础\n“十三五”时期成效显著。\n二、主要目标\n"
     "全区生产总值从2015年的800亿元增加到2020年的1200亿元。到2025年，全区生产总值达到1600亿元。\n",
     _targets, [(1600.0, "亿元", 2025)]),
    # a plan to prepare the five-year plan names the period but is not the plan: its 2019 work is planned
    ("plan_to_prepare_the_plan", "某市“十四五”规划编制工作计划\n一、工作目标\n2019年底前完成20项重大课题研究。\n",
     _targets, [(20.0, "项", 2019)]),
    # a mainland budget report names last year's execution and this year's draft: only this year is planned
    ("budget_execution_and_draft",
     "关于某市2023年预算执行情况和2024年预算草案的报告\n一、2023年预算执行情况\n全年收支平衡。\n二、2024年预算草案\n"
     "（一）收入预算\n2023年全市税收收入480亿元，占一般公共预算收入的92%。2024年税收收入安排500亿元。\n",
     _targets, [(500.0, "亿元", 2024)]),
    # a Hong Kong fiscal year "1998/99年度" is no ROC year 99
    ("fiscal_year_after_a_slash", "香港特別行政區1998/99年度財政預算案\n在1998/99年度，政府將新建公屋50000個單位。\n",
     _targets, [(50000.0, "个", None)]),
    # a meeting's agenda opened by its chair's time is an item list, not a transcript of speakers
    ("agenda_with_a_time", "某市工作会议通知\n一、会议时间\n3月5日上午9时。\n二、会议议程\n主持人：（9时30分）\n1.市领导讲话\n"
     "2.各区汇报工作\n三、有关要求\n请准时参会。\n", _sections,
     [(1, "一、", "会议时间"), (1, "二、", "会议议程"), (2, "1.", "市领导讲话"), (2, "2.", "各区汇报工作"), (1, "三、", "有关要求")]),
    # run-in titles ending in a short verb phrase: the body named after it is the subject, not the phrase's object
    ("short_title_before_its_subject",
     "某市校园安全工作方案\n一、主要措施\n（一）加强管理学校要建立健全安全管理台账定期开展隐患排查整治工作并落实安全责任制确保师生安全，做到守土有责。\n"
     "（二）强化保障财政部门要加大资金投入力度落实校园安保经费确保各项措施落到实处取得实效，做到应保尽保。\n二、工作要求\n",
     _parties, [(["学校"], []), (["财政部门"], [])]),
    # an attached set of indicators written in sentences keeps its outline (only a flattened table of cells has none)
    ("indicator_set_in_sentences",
     "某市营商环境评价工作方案\n一、目标\n开展评价。\n附件\n某市营商环境评价指标体系\n一、指标设置\n本指标体系共设一级指标8个。\n"
     "二、评分方法\n采用百分制。\n三、数据来源\n来自各部门。\n", _sections,
     [(1, "一、", "目标"), (1, "一、", "指标设置"), (1, "二、", "评分方法"), (1, "三、", "数据来源")]),
    # 每 after an area is the start of a rate of its own, not a compound unit
    ("per_after_an_area", "到2025年，完成老旧小区改造200万平方米每平方米补助50元。\n",
     lambda d: [(q.text, q.unit) for q in d.quantities], [("200万平方米", "万平方米"), ("50元", "元")]),
    # "由Y在X指导下": Y leads, X (who guides) supports
    ("guided_body_supports", "某县灾后重建方案\n一、职责\n对受灾镇的重建，由县委、县政府在省有关部门指导下，组织编制方案。\n",
     _parties, [(["县委", "县政府"], ["省有关部门"])]),
]


@pytest.mark.parametrize("label, text, read, expected", CASES, ids=[c[0] for c in CASES])
def test_trap(label: str, text: str, read: Callable[[Document], object], expected: object) -> None:
    assert read(policydoc.parse_text(text)) == expected
