"""The analysis stage's rule tables under the one rule contract (``policydoc.core.rules``): each rule can be
switched off by its full name, and switching one off changes what analysis decides on a small invented text."""

from __future__ import annotations

from typing import Callable

import pytest

from policydoc.analysis import KIND_RULES, DocContext, analyse
from policydoc.analysis.kinds import article_law
from policydoc.analysis.scopes import GOAL_RULES, HISTORY_RULES
from policydoc.core.rules import Rule, Ruler, all_rulers, disabled
from policydoc.outline import build_outline

LAW = "某市犬只管理条例\n" + "".join(f"第{n}条 本条例第{n}项规定。\n" for n in "一二三四五六")
REVIEW = "某市就业工作方案\n一、发展基础\n全市新增就业3万人。\n二、主要任务\n到2025年，新增就业5万人。\n"
WORK_POINTS = "某县2025年林业工作要点\n一、主要任务\n新增造林3万亩。\n"
#: a report in parts headed by a year and a slogan; the first part opens as past
YEAR_PARTS = ("各位代表：\n2024年：攻坚克难谋发展\n过去一年，全市生产总值增长5%。\n"
              "2025年：乘势而上开新局\n一、主要目标\n生产总值增长6%。\n")
#: a review section of an earlier five-year period, in a document of the next one
PERIOD_REVIEW = "“九五”计划纲要\n一、“八五”计划完成情况\n国民生产总值年均增长12%。\n二、“九五”奋斗目标\n国民生产总值年均增长8%。\n"
#: a report part line naming a period for its thinking and one year for its tasks
PERIOD_AND_YEAR = ("某区工作报告\n2025年工作回顾\n全区生产总值增长6%。\n“十五五”发展思路和2026年主要工作任务\n"
                   "一、产业\n全年新增企业100家。\n")
#: a paragraph closed by a deadline sentence, then its goals as dash lines
DEADLINE_CLOSES = "某市行动计划\n一、总体要求\n坚持创新驱动。到2026年，产业水平全国领先。\n——创新能力。建成5个平台。\n——集群发展。培育20家企业。\n"
#: this year's goal list, the year named by the sentence before it ("2026年是…之年"), in a part naming a period too
THIS_YEAR = ("二、“十五五”时期主要目标和2026年工作安排\n纲要明确了“十五五”时期主要目标：生产总值超过5万亿元。\n"
             "2026年是“十五五”开局之年。\n综合考虑各方面因素，今年主要预期目标是：生产总值增长5%。\n"
             "（一）扩大内需\n新增商店500家。\n")
#: a report whose part between the review and the tasks is dated with the plan's year
PLAN_YEAR_PART = ("2025年某省政府工作报告\n一、2024年工作回顾\n全省生产总值增长5%。\n二、2025年工作总体要求\n"
                  "今年主要预期目标是：生产总值增长5%左右。\n三、2025年重点工作任务\n新增就业30万人。\n")
#: a law's articles in chapters, with an attached form after the last article
CHAPTERED_LAW = ("某市见习基地管理办法\n" + "".join(
    f"第{c}章 规定{c}\n" + "".join(f"第{a}条 本办法第{a}项规定。\n" for a in arts)
    for c, arts in (("一", "一二"), ("二", "三四"), ("三", "五六"))) + "附件\n申请指南\n一、经办机构\n二、申请程序\n三、申请资料\n")
#: a circular making known what some places did, its title run into its number and its addressees
CIRCULAR = ("某省人民政府办公厅关于部分地方典型做法的通报某政办函〔2018〕46号\n各市人民政府：现将典型做法通报如下。\n"
            "一、典型做法\n某市建成政务服务平台120个，办理时限压缩至3个工作日。\n二、工作要求\n各地区要借鉴推广。\n")
#: a 目标 section whose opening sentence frames its deadline clause ("着眼2035年远景目标，…，到2025年，")
FRAMED_GOALS = ("某市国民经济和社会发展第十四个五年规划纲要\n一、主要目标\n着眼2035年远景目标，统筹本区实际，到2025年，"
                "城市功能显著提升。\n（一）经济实力。生产总值达到5万亿元。\n（二）生态环境。生态空间规模扩大，森林覆盖率达到19.5%。\n"
                "二、主要任务\n（一）产业\n新建园区3个。\n")
#: a Taiwanese report presenting one fiscal year's budget bill (ROC 95 = 2006), its figures compared with last year's
#: (as the pipeline hands it on: converted to simplified script)
BUDGET = ("院长报告：今天依法来报告95年度中央政府总预算案。\n95年度岁出为1兆5,996亿，较之去年不但未成长。\n"
          "税课收入编列9,898亿元，较上年度预算数9,430亿元。\n")
#: phases of a plan headed by years: nothing in them reads as past, so no part reports
PHASES = "某市行动方案\n2024年：试点先行\n选择5个区开展试点。\n2025年：全面推广\n全市推广。\n"


# year labels: a line of its own ending in a colon, one closing a sentence's clause; each labels the lines up to the next
YEAR_LABELS = ("二、目标任务\n1.搬迁。\n2017年：\n计划搬迁2294户。\n2018年：\n实施公路硬化800公里。\n"
               "2.产业。带动禽类产业发展，2019年：\n绿壳蛋鸡存栏达到1000万羽。\n")


#: a report's section whose title names no year, its opening paragraph naming the year whose work it sets
YEAR_WORK = ("某县政府工作报告\n一、回顾\n去年生产总值增长7%。\n二、抓紧时机，加快发展\n机不可失。1992年经济工作的重点，是调整结构。\n"
             "今年计划要求，生产总值增长6%。\n")


def _analyse(text: str) -> DocContext:
    o = build_outline(text)
    return analyse(text, o.title, o.sections)


def _analyse_traditional(text: str) -> DocContext:
    """As the pipeline hands a document it converted from traditional script (its years may be ROC years)."""
    o = build_outline(text)
    return analyse(text, o.title, o.sections, script="traditional")


def _history(text: str) -> list[str]:
    return [text[s:e].split("\n")[0] for s, e in _analyse(text).history]


# (rule switched off, text, what analysis decides, decided with the rule on, decided with it off)
CASES: list[tuple[str, str, Callable[[str], object], object, object]] = [
    ("analysis.kinds.article_law", LAW, lambda t: _analyse(t).kind, "law", "plan"),
    ("analysis.history.history_title", REVIEW, _history, ["一、发展基础"], []),
    ("analysis.history.year_part_report", YEAR_PARTS, _history, ["过去一年，全市生产总值增长5%。", "2024年：攻坚克难谋发展"],
     ["过去一年，全市生产总值增长5%。"]),
    ("analysis.goals.year_part_plan", YEAR_PARTS, lambda t: [(t[s:s + 5], y) for s, _, y in _analyse(t).goals],
     [("2025年", 2025)], []),
    ("analysis.history.past_period_section", PERIOD_REVIEW, _history, ["一、“八五”计划完成情况"], []),
    ("analysis.goals.plan_part_line", PERIOD_AND_YEAR, lambda t: [y for _, _, y in _analyse(t).goals], [2026], []),
    ("analysis.goals.deadline_list_opener", DEADLINE_CLOSES,
     lambda t: [(t[s:e].count("——"), y) for s, e, y in _analyse(t).goals], [(2, 2026)], []),
    ("analysis.goals.this_year_goal_list", THIS_YEAR,
     lambda t: sorted((t[s:s + 4], y) for s, _, y in _analyse(t).goals),
     [("2026", 2026), ("生产总值", 2026)], [("2026", 2026)]),  # period_year_section dates from "2026年是…" on
    ("analysis.kinds.article_law", CHAPTERED_LAW, lambda t: _analyse(t).kind, "law", "rules"),
    ("analysis.kinds.public_notice", CIRCULAR, lambda t: _analyse(t).kind, "notice", "plan"),
    ("analysis.goals.goal_section_opening", FRAMED_GOALS,
     lambda t: sorted((t[s:e].count("（"), y) for s, e, y in _analyse(t).goals), [(2, 2025)], []),
    ("analysis.goals.budget_bill", BUDGET, lambda t: [y for _, _, y in _analyse_traditional(t).goals], [2006], []),
    ("analysis.goals.plan_title", WORK_POINTS, lambda t: _analyse(t).goals, [(0, len(WORK_POINTS), 2025)], []),
    ("analysis.goals.year_work_section", YEAR_WORK,
     lambda t: [(t[s:s + 4], y) for s, _, y in _analyse(t).goals], [("1992", 1992)], []),
    ("analysis.goals.year_label_line", YEAR_LABELS, lambda t: [(t[s + 1:s + 5], y) for s, _, y in _analyse(t).goals],
     [("计划搬迁", 2017), ("实施公路", 2018), ("绿壳蛋鸡", 2019)], []),
]


@pytest.mark.parametrize("rule, text, decided, on, off", CASES, ids=[c[0] for c in CASES])
def test_switching_a_rule_off_changes_the_decision(
    rule: str, text: str, decided: Callable[[str], object], on: object, off: object
) -> None:
    assert decided(text) == on
    with disabled([rule]):
        assert decided(text) == off
    assert decided(text) == on, "the rule is on again outside the block"


@pytest.mark.parametrize("table, ruler", [("analysis.kinds", KIND_RULES), ("analysis.history", HISTORY_RULES),
                                          ("analysis.goals", GOAL_RULES)])
def test_the_tables_are_rulers_registered_by_name(table: str, ruler: Ruler) -> None:
    assert isinstance(ruler, Ruler) and ruler.table == table and all_rulers()[table] is ruler


def test_tables_keep_their_rule_names_and_order() -> None:
    assert KIND_RULES.names == (
        "statistics_bulletin", "article_law", "chaptered_law", "public_notice", "declared_rules", "technical_guideline")
    assert HISTORY_RULES.names == (
        "history_title", "forecast_title", "report_parts", "past_year_section", "past_period_section", "past_period_opening",
        "past_year_paragraph", "past_time_paragraph", "review_title_line", "review_opening", "year_part_report", "glossary",
        "criteria_attachment", "year_report_document", "grading_section")
    assert GOAL_RULES.names == (
        "goal_section_opening", "year_opened_list", "year_titled_section", "goal_list_opener", "this_year_goal_list",
        "deadline_list_opener", "year_grouped_list",
        "plan_title", "year_role_opening", "budget_bill", "attached_title_year", "plan_part_line", "period_year_section", "year_work_section",
        "year_part_plan",
        "year_label_line")


@pytest.mark.parametrize("kind_rules, kind, rule", [
    (KIND_RULES, "law", "article_law"),
    ([("article_law", article_law)], "law", "article_law"),
    ([Rule("article_law", article_law)], "law", "article_law"),
    ((), "plan", None),
], ids=["ruler", "pairs", "rules", "none"])
def test_analyse_takes_a_ruler_or_a_sequence_of_kind_rules(kind_rules: object, kind: str, rule: object) -> None:
    o = build_outline(LAW)
    ctx = analyse(LAW, o.title, o.sections, kind_rules=kind_rules)  # type: ignore[arg-type]
    assert (ctx.kind, ctx.kind_rule) == (kind, rule)


def test_parts_headed_by_years_report_only_where_they_open_as_past() -> None:
    assert _history(PHASES) == [] and _analyse(PHASES).goals == []


@pytest.mark.parametrize("title, history", [
    ("一、发展基础", True), ("一、“十三五”时期发展基础", True), ("一、发展基础与面临形势", True),
    ("一、夯实发展基础", False), ("一、加快园区建设，夯实产业发展基础", False),
    ("（三）建设港口物流示范区立足本地深厚港航产业基础", False), ("二、依托良好工作基础", False),
])
def test_a_base_is_history_unless_a_task_builds_it(title: str, history: bool) -> None:
    text = f"某市工作方案\n{title}\n全市新增就业3万人。\n"
    assert bool(_history(text)) == history


def test_a_part_dated_with_the_plan_year_is_no_report() -> None:
    """Between a review and the plan's tasks, a part titled with the plan's own year ("二、2025年工作总体要求")
    plans: its goal list holds targets."""
    assert "二、2025年工作总体要求" not in _history(PLAN_YEAR_PART)
    from policydoc import parse_text

    assert [(t.value, t.year) for t in parse_text(PLAN_YEAR_PART).targets] == [(5.0, 2025), (30.0, 2025)]


def test_a_part_opening_this_years_goal_list_is_no_report() -> None:
    """Between a review and the year's tasks, a part under a slogan title that opens this year's goal list plans
    (invented text): its targets are kept, without a year where none is named."""
    text = ("某区政府工作报告\n一、2025年工作回顾\n一年来，全区新增企业200家。\n二、坚定信心，奋力开创发展新局面\n"
            "今年经济社会发展主要预期目标是：地区生产总值增长6%，城镇调查失业率控制在4%以内。\n"
            "三、2026年工作安排\n（一）扩大有效投资\n新建学校5所。\n")
    assert set(_history(text)) == {"一、2025年工作回顾"}
    from policydoc import parse_text

    assert [(t.value, t.year) for t in parse_text(text).targets] == [(6.0, None), (4.0, None), (5.0, 2026)]


def test_a_document_named_in_a_title_plans_nothing() -> None:
    """A section title dating a document it names ("2024年7月8日修订《某某工作要点》") holds the plan word of the name,
    not of the section: the year stays the present the sentences give (invented text)."""
    text = "某局工作报告\n一、工作情况\n截至2024年底，已建成站点30个。\n（一）2024年7月8日修订《某某管理工作要点》\n全年办理案件30件。\n"
    assert _analyse(text).present == 2024


def test_a_report_names_its_period_as_past() -> None:
    """"现将2025年1月至6月之主要工作报告如下": the period a report covers is past; a budget it presents is planned."""
    text = "某局报告\n现将2025年1月至6月之主要工作报告如下：\n一、主要工作\n新建站点30个。\n"
    assert _analyse(text).present == 2025
    assert _analyse(text.replace("主要工作报告", "预算草案报告")).present != 2025


def test_a_general_budget_bill_beside_a_supplementary_one_gives_its_year() -> None:
    """A report presenting one year's general budget and last year's supplementary one plans the general bill's year;
    two general bills of different years give none (invented texts)."""
    both = ("报告院会，现在进行院长报告97年度中央政府总预算案及96年度中央政府总预算追加预算案编制经过。\n"
            "97年度岁出为1兆7,000亿元。\n")
    assert [y for _, _, y in _analyse_traditional(both).goals] == [2008]
    two = both.replace("96年度中央政府总预算追加预算案", "98年度中央政府总预算案")
    assert [y for _, _, y in _analyse_traditional(two).goals] == []


def test_a_goal_overview_gives_its_year_to_the_rest_of_its_section() -> None:
    """A paragraph opened by a deadline that sets no figure, then run-in goal paragraphs: they share its year up to
    the section's end; an overview that sets a figure itself opens nothing (invented texts)."""
    text = ("某行业数字化转型实施方案\n一、总体要求\n坚持创新驱动。\n到2028年，骨干企业基本实现数字化改造，转型取得显著成效。\n"
            "普及率显著提升。关键工序数控化率达到70%，培育标杆企业12家。\n服务能力明显增强。建设公共服务平台8个。\n"
            "二、主要任务\n（一）推进改造\n推动企业上云。\n")
    goals = [(text[s:e].count("。"), y) for s, e, y in _analyse(text).goals]
    assert (4, 2028) in goals
    figure = text.replace("基本实现数字化改造", "数字化改造覆盖率达到80%")
    assert all(y != 2028 or n < 4 for n, y in [(figure[s:e].count("。"), y) for s, e, y in _analyse(figure).goals])


def test_a_goal_section_naming_its_span_makes_the_years_before_it_past() -> None:
    """No title names the plan's years, and the opening cites another plan's; the goal section's span does
    (invented text)."""
    import policydoc

    text = ("为落实《某某升级规划（2016—2020年）》，制定本行动计划。\n一、发展现状\n2019年全行业实现产值800亿元。\n"
            "二、目标\n1.总体目标（2021-2030年）\n到2030年，产值达到3000亿元。\n")
    assert _analyse(text).present == 2020
    assert [(t.value, t.year) for t in policydoc.parse_text(text).targets] == [(3000.0, 2030)]


def test_the_present_year_opening_a_clause_in_a_part_planning_it_is_planned() -> None:
    """In a report of the year it plans, the year stated as the time of a clause inside its plan part is the year
    planned, not a report (invented text)."""
    from policydoc import parse_text

    text = ("各位代表：\n2018年工作回顾\n一年来，全区新增企业200家。2019年，各项工作已全面展开。\n2019年主要工作\n"
            "一、加快土地整备\n上半年集中力量攻坚，2019年完成片区土地整备200万平方米。\n二、加强财政管理\n严控一般性支出。\n")
    assert [(t.value, t.year) for t in parse_text(text).targets] == [(200.0, 2019)]


def test_a_place_that_has_things_states_a_stock() -> None:
    """"某区拥有3万多家企业" opening a sentence of a plan part states what the place has, not an amount to reach
    (invented text)."""
    from policydoc import parse_text

    text = "一、2024年工作回顾\n新增企业100家。\n二、2025年工作安排\n某区拥有3万多家制造业企业，新建孵化器6个。\n"
    assert [(t.value, t.unit) for t in parse_text(text).targets] == [(6.0, "个")]


def test_a_count_of_fields_groups_the_work() -> None:
    """"抓好交通等12个领域节能工作" in a plan part counts the fields the work covers, not an amount (invented text)."""
    from policydoc import parse_text

    text = "一、2024年工作回顾\n新增企业100家。\n二、2025年重点工作\n抓好交通等12个领域节能工作，新建驿站6个。\n"
    assert [(t.value, t.unit) for t in parse_text(text).targets] == [(6.0, "个")]


def test_a_goal_list_may_open_after_a_framing_clause() -> None:
    """"综合考虑…，2008年我市…主要预期目标和约束指标是：" opens that year's goal list as a line opened by the year does."""
    text = ("二、新的目标\n综合考虑各方面的因素，2008年我市经济社会发展的主要预期目标和约束指标是：生产总值增长12%；"
            "城镇登记失业率控制在3%以内；居民消费价格涨幅控制在4%左右。\n")
    goals = _analyse(text).goals
    assert [(text[s:s + 5], y) for s, _, y in goals if y == 2008] == [("生产总值增", 2008)]


def test_a_part_on_the_years_behind_is_history() -> None:
    """"二、过去五年的工作" reports: its growth rates are results, not targets."""
    text = "一、总体要求\n到2027年，建成学校10所。\n二、过去五年的工作\n国内生产总值年均增长百分之十二点一，城镇居民收入年均增长7.2%。\n"
    assert _history(text) == ["二、过去五年的工作"]
    text = "一、关于过去五年的政府工作\n粮食产量达到49250万吨。\n二、关于今年工作的建议\n今年经济增长8%。\n"
    assert _history(text) == ["一、关于过去五年的政府工作"]
