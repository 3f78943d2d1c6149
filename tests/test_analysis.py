"""The analysis stage: the document's kind and time scopes, decided once, read by the extractors."""

from __future__ import annotations

import pytest

import policydoc
from policydoc.analysis import DocContext, analyse, document_kind
from policydoc.analysis.scopes import plan_title_year
from policydoc.outline import build_outline

LAW = (
    "某市犬只管理条例\n第一章 总则\n第一条 为了规范犬只管理，制定本条例。\n第二条 本条例适用于本市行政区域。\n"
    "第三条 市公安机关负责犬只登记，到2027年登记率达到95%。\n第四条 街道办事处应当配合做好宣传。\n"
    "第五条 违反本条例的，处二百元以上一千元以下罚款。\n第六条 本条例自公布之日起施行。\n"
)
PLAN = (
    "某市犬只管理工作方案\n一、工作目标\n到2027年，犬只登记率达到95%。\n二、职责分工\n"
    "市公安局负责犬只登记工作。\n"
)
BULLETIN = "某县2023年国民经济和社会发展统计公报\n一、综合\n全年地区生产总值增长5.1%，粮食产量达到30万吨。\n"
NOTICE = (
    "为做好停车泊位申请工作，现就有关事项通告如下：\n一、申请条件\n申请人每年至少办理一次年审，每次有效期不超过12个月。\n"
    "二、受理部门\n区交通局负责受理申请。\n"
)
MEASURES = (
    "为规范残疾人补贴发放，结合本市实际，制定本实施办法。\n一、补贴对象\n具有本市户籍的困难残疾人。\n二、办理程序\n"
    "镇（街）应在5个工作日内完成初审，每季度至少公开一次补贴对象信息。\n三、责任分工\n区民政部门负责补贴审定。\n"
)
GUIDELINE = (
    "某病诊疗方案（试行第二版）\n一、临床表现\n体温超过38℃持续3天以上，血氧饱和度不超过93%。\n"
    "二、治疗\n每日1次，疗程不超过5天。各级医疗机构负责及时报告病例。\n"
)
WRAPPED_LAW = (
    "某市人民政府关于印发《某市犬只管理办法》的通知\n各区人民政府：现将《某市犬只管理办法》印发给你们。\n某市犬只管理办法\n"
    + "".join(f"第{n}条 本办法第{n}项规定，登记率达到95%。\n" for n in "一二三四五六")
)


@pytest.mark.parametrize(
    "text, kind",
    [(LAW, "law"), (PLAN, "plan"), (BULLETIN, "statistics"), (NOTICE, "notice"), (WRAPPED_LAW, "law"),
     (MEASURES, "rules"), (GUIDELINE, "guideline")],
    ids=["law", "plan", "bulletin", "notice", "notice_issuing_a_law", "measures_not_articles", "guideline"],
)
def test_document_kind(text: str, kind: str) -> None:
    doc = policydoc.parse_text(text)
    flat = doc.iter_sections()
    assert document_kind(doc.text, doc.title, flat)[0] == kind


def test_law_and_bulletin_state_no_targets_or_parties_but_keep_mentions() -> None:
    for text in (LAW, BULLETIN, GUIDELINE):
        doc = policydoc.parse_text(text)
        assert doc.targets == [] and doc.parties == []
        assert doc.percentages, "mentions are still reported"
    plan = policydoc.parse_text(PLAN)
    assert [t.value for t in plan.targets] == [95.0]


def test_a_public_notice_states_rules_not_targets_but_assigns_duties() -> None:
    doc = policydoc.parse_text(NOTICE)
    assert doc.targets == [] and doc.quantities, "its numbers are rules binding the public"
    assert [p.lead for p in doc.parties] == [["区交通局"]]


def test_measures_not_in_articles_state_rules_not_targets_but_assign_duties() -> None:
    doc = policydoc.parse_text(MEASURES)
    assert doc.targets == [], "time limits and frequencies of a procedure are standing rules"
    assert [p.lead for p in doc.parties] == [["镇（街）"], ["区民政部门"]]


def test_the_gate_goes_with_the_analysis_stage() -> None:
    doc = policydoc.parse_text(LAW, disable=["analyse"])
    assert [t.value for t in doc.targets] == [95.0]


def test_a_few_articles_in_a_plan_do_not_make_it_a_law() -> None:
    text = PLAN + "三、附则\n第一条 本方案由市公安局负责解释。\n第二条 本方案自印发之日起施行。\n"
    doc = policydoc.parse_text(text)
    assert document_kind(doc.text, doc.title, doc.iter_sections())[0] == "plan"


# --- time scopes ---------------------------------------------------------------------------------------------------

def _context(text: str) -> DocContext:
    o = build_outline(text)
    return analyse(text, o.title, o.sections)


@pytest.mark.parametrize(
    "title, year",
    [
        ("某县2025年林业工作要点", 2025),
        ("2023年全市质量工作任务分工方案", 2023),
        ("关于印发某区2024年为民办实事项目计划的通知", 2024),
        ("某区2026年度重点工作清单", 2026),
        ("某市2023年工作总结", None),  # a report, not a plan
        ("某市2023年国民经济和社会发展计划执行情况的报告", None),
        ("某省节能降碳行动方案（2024—2025年）", None),  # a span of years
        ("某市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要", None),
        ("某市2023年工作情况和2024年工作安排", None),  # two years
        ("某县林业工作要点", None),
        # a letter or notice sending a one-year plan in 《》: the plan's year, its draft's note set aside
        ("某局关于征求《2023年某县林业有害生物防治方案（第二次修改稿）》意见的函", 2023),
        ("关于转发《某省2024年春耕生产工作方案》的函", 2024),
        ("关于征求《某市2023年工作总结》意见的函", None),  # the quoted document reports
    ],
)
def test_plan_title_year(title: str, year: object) -> None:
    assert plan_title_year("", title) == year


@pytest.mark.parametrize(
    "text, present",
    [
        # a review section titled with a year makes it past; a later period named in the plan does not move it
        ("某市报告\n一、2024年工作回顾\n新增就业3万人。\n二、2025年主要目标\n谋划“十五五”规划。新增就业3万人。\n", 2024),
        ("某市报告\n一、2024年计划执行情况\n新增就业3万人。\n二、2025年重点工作\n新增就业3万人。\n", 2024),
        # a one-year plan's title makes the year before it past
        ("某县2025年林业工作要点\n一、重点工作\n新增造林3万亩。\n", 2024),
        # a plan issued in its first year: no year of its own period is past, a schedule sentence included
        ("关于印发《某市三年行动方案（2024—2026年）》的通知\n2024年，全市淘汰落后产能30万吨。\n"
         "到2026年，淘汰落后产能100万吨。\n", 2023),
        # a date early in a year ("2026年3月已…") leaves the year itself the present, its budget no history
        ("某区施政报告\n2026年3月已启动老旧小区改造。2026年度编列改造经费2亿元。\n", None),
    ],
    ids=["review_then_goals", "execution_then_work", "plan_title", "plan_period", "early_month"],
)
def test_settled_present(text: str, present: int) -> None:
    assert _context(text).present == present


@pytest.mark.parametrize(
    "text, past, planned",
    [
        # the section reporting on a year is history; the ones planning for a year give it to their targets
        ("某市报告\n一、2024年计划执行情况\n新增就业3万人。\n二、2025年主要目标\n新增就业3万人。\n"
         "三、2025年主要任务\n新建学校5所。\n", ["一、2024年计划执行情况"], [2025, 2025]),
        # a section titled with an earlier year than the present, and no plan word, is past too
        ("某县2025年工作要点\n一、2023年全县经济运行\n粮食产量30万吨。\n二、重点任务\n新建学校5所。\n",
         ["一、2023年全县经济运行"], []),
    ],
    ids=["execution_section", "earlier_year_section"],
)
def test_past_and_planned_sections(text: str, past: list[str], planned: list[int]) -> None:
    ctx = _context(text)
    titles = {text[s:e].split("\n")[0] for s, e in ctx.history}
    assert titles == set(past)
    sections = [(s, e, y) for s, e, y in ctx.goals if (s, e) != (0, len(text))]
    assert [y for s, e, y in sections if text[s:e].split("\n")[0] not in past] == planned


def test_a_law_wrapped_in_a_notice_whose_title_breaks_over_two_lines() -> None:
    articles = "".join(f"第{n}条 本办法第{n}项规定，有关部门应当执行。\n" for n in "一二三四五六")
    text = ("**某省人民政府办公厅关于印发\n《某省犬只管理办法》的通知**\n各市人民政府：现印发给你们。\n"
            "**某省犬只管理办法**\n" + articles)
    doc = policydoc.parse_text(text)
    assert doc.title == "某省犬只管理办法"
    assert doc.parties == [] and doc.targets == []


@pytest.mark.parametrize(
    "text, reported, planned",
    [
        # an unnumbered part head reviewing a past year reports up to the head about the next year
        ("各位代表：\n2024年工作回顾\n全市新增就业3万人，增长5%。\n2025年工作总体要求和主要目标\n新增就业3.5万人。\n",
         ["3万人", "5%"], ["3.5万人"]),
        # ... or up to a head naming a later year without a plan word
        ("各位代表：\n过去一年工作回顾\n2024年全市新建学校4所。\n2025年的工作\n新建学校6所。\n", ["4所"], ["6所"]),
        # a goal phrased as a result is no review head; a numbered review section is history_title's
        ("某市规划\n资源节约取得明显成效\n到2025年，新建学校6所。\n", [], ["6所"]),
    ],
    ids=["review_then_goals", "review_then_later_year", "no_review_head"],
)
def test_unnumbered_review_part(text: str, reported: list[str], planned: list[str]) -> None:
    doc = policydoc.parse_text(text)
    values = {f"{t.value:g}{t.unit}" for t in doc.targets}
    assert values == set(planned)
    assert not values & set(reported)


def test_a_report_to_the_legislature_commits_only_where_it_says_so() -> None:
    text = ("行政院施政報告\n一、交通建設\n截至113年12月底，已完工停車場5座。\n（一）某某快速道路計畫實際進度63.5%，網站瀏覽量達120萬人次。\n"
            "（二）預計115年完成新建停車場12座。\n（三）114年度編列3億元辦理人行道改善。\n"
            "（四）提出3年(114年至116年)90億元「某某改善計畫」。\n")
    doc = policydoc.parse_text(text)
    assert [(t.value, t.unit) for t in doc.targets] == [(12.0, "座"), (3.0, "亿元"), (90.0, "亿元")]
    plain = policydoc.parse_text(text.replace("行政院施政報告", "某市交通工作要點"))
    assert (63.5, "%") in [(t.value, t.unit) for t in plain.targets], "only such a report needs the words"
