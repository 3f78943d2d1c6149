"""Targets against gold: the extraction corpus exactly, the seeds above the F1 gate.

Scores come from ``policydoc.evaluate`` (the scorer of ``policydoc eval``), see ``gold.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policydoc.evaluate import run_eval

from .gold import comparator_matches, missed_and_extra, parse_gold

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "extract"
SHARED = ROOT / ".." / "shared"


@pytest.mark.parametrize("gold", sorted(CORPUS.glob("*.json")), ids=lambda p: p.stem)
def test_corpus_targets_exact(gold: Path) -> None:
    record, doc, source = parse_gold(gold, CORPUS)
    missed, extra = missed_and_extra(record, doc, source)
    assert not missed, missed
    assert not extra, extra
    assert comparator_matches(record, doc, source).tp == len(record["targets"]), "a comparator differs"


def test_corpus_target_ids_in_order() -> None:
    import policydoc

    doc = policydoc.parse(CORPUS / "plan_targets.txt")
    assert [t.id for t in doc.targets] == [f"t{i}" for i in range(1, len(doc.targets) + 1)]
    assert [t.span for t in doc.targets] == sorted(t.span for t in doc.targets)
    assert all(doc.text[t.span[0]: t.span[1]] == t.text for t in doc.targets)


def test_seed_targets_gate() -> None:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared not present: seeds are development data outside the repo")
    total = run_eval(SHARED / "gold", SHARED / "seeds", jobs=1).total()["targets"]
    assert total.precision >= 0.98 and total.f1 >= 0.98, (total.precision, total.recall, total.f1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a task table: only the task cell is read, as a sentence; the 责任单位 cell is no indicator (the verb that
        # makes what is counted stays with it: 新建公办幼儿园)
        ("序号\t任务\t责任单位\n2\t新建公办幼儿园5所\t区住建局\n", [(5.0, "新建公办幼儿园", None)]),
        ("新建公办幼儿园5所\t区住建局\n", [(5.0, "新建公办幼儿园", None)]),  # one tab line is no table: still read
        # the year comes from the 完成时限 cell; "长期坚持" gives none, even inside a 到2025年 paragraph
        ("到2025年，重点任务如下：\n序号\t主要任务\t牵头单位\t完成时限\n1\t改建社区食堂8处\t区民政局\t2024年6月底前\n"
         "2\t培育家政服务品牌不少于3个\t区商务局\t长期坚持\n3\t建设智慧停车场2座\t区城管局\t2024—2025年\n",
         [(8.0, "改建社区食堂", 2024), (3.0, "培育家政服务品牌", None), (2.0, "建设智慧停车场", 2025)]),
        # a year in the task cell itself wins over the deadline column
        ("序号\t工作内容\t完成时间\n1\t2024年新增养老床位200张\t2025年底\n", [(200.0, "新增养老床位", 2024)]),
        # spaced header cells; a goal section opened by "2025年，…将" gives its year to the rows without a deadline column
        ("一、2025年目标\n2025年，区商务局将重点抓好以下任务。\n序 号\t任 务\t牵头单位\n1\t新增便民商业网点30个\t区商务局\n",
         [(30.0, "新增便民商业网点", 2025)]),
        # a table without a task column is not read
        ("单位\t联系人\t人数\n市教育局\t张三\t5名\n", []),
    ],
    ids=["task_table", "single_tab_line", "deadline_column", "own_year", "spaced_header_goal_year", "no_task_column"],
)
def test_task_table_rows(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    import policydoc

    assert [(t.value, t.indicator, t.year) for t in policydoc.parse_text(text).targets] == expected


def test_budget_in_chinese_digits() -> None:
    """A Taiwanese budget report writes its sums in Chinese digits, one by one and grouped by thousands with 、, and
    its fiscal year in Chinese ("九十七年度"): each sum is a target of that year (invented text)."""
    import policydoc

    text = ("九十七年度中央政府總預算案編製說明\n\n壹、歲入歲出概況\n\n九十七年度歲出共編列一兆二、三四五億元，"
            "較上年度預算數增加四五六億元，增幅三．八%。文化建設經費編列一二○．五億元。\n")
    got = [(t.value, t.unit, t.year) for t in policydoc.parse_text(text).targets]
    assert got == [(12345.0, "亿元", 2008), (456.0, "亿元", 2008), (3.8, "%", 2008), (120.5, "亿元", 2008)]


def test_a_later_year_plans_whatever_an_earlier_clause_reports() -> None:
    """A comment in the past tense opens the sentence; the clauses after a year later than the document's present
    plan that year (invented text)."""
    import policydoc

    text = ("2026年工作总结和2027年工作安排\n一、2026年工作回顾\n全年新建学校5所。\n二、2027年工作安排\n"
            "科技创新已成了发展的引擎，因此2027年编列科技经费30亿元，合共35亿元。\n")
    assert [(t.value, t.year) for t in policydoc.parse_text(text).targets] == [(30.0, 2027), (35.0, 2027)]


def test_a_cumulative_total_in_a_goal_section_is_planned() -> None:
    """累计 usually reports a total reached; in a section titled as goals it totals what is planned (invented text)."""
    import policydoc

    text = ("某行业智能制造三年行动计划\n一、总体要求\n（一）主要目标\n通过三年努力，行业水平大幅提升。\n"
            "——支撑体系基本完善。累计制定20项以上标准，培育4家供应商。\n二、重点任务\n去年累计建成12个平台。\n")
    assert [(t.value, t.unit) for t in policydoc.parse_text(text).targets] == [(20.0, "项"), (4.0, "家")]


def test_a_cumulative_total_in_a_part_planning_one_year_is_planned() -> None:
    """A part titled with the coming year plans its totals too ("累计突破N亿元"); the review part before it still
    reports them (invented text)."""
    import policydoc

    text = ("某县政府工作报告\n一、2030年工作回顾\n全县跨境结算量累计达到80亿元。\n二、2031年主要工作\n"
            "（一）扩大对外开放\n推动跨境结算量累计突破120亿元，认定外贸服务中心6家。\n")
    assert [(t.value, t.unit, t.year) for t in policydoc.parse_text(text).targets] == [(120.0, "亿元", 2031),
                                                                                       (6.0, "家", 2031)]


def test_a_this_year_goal_list_takes_the_year_a_sentence_calls_the_first_of_a_plan() -> None:
    """No title and no numbered part names the year; "N年是实施…规划的第一年" does (invented text)."""
    import policydoc

    text = ("各位代表：\n2030年工作回顾\n全年新建公园12个。\n2031年发展形势和总体要求\n"
            "2031年是实施“十六五”规划的第一年。\n综合考虑各方面因素，今年主要预期目标：地区生产总值增长6%以上。\n")
    assert [(t.value, t.year) for t in policydoc.parse_text(text).targets] == [(6.0, 2031)]


def test_an_unnumbered_review_of_an_ended_plan_period_reports() -> None:
    """A report's part line "“十二五”时期工作回顾" (no marker) reviews a period the document has moved past (it
    names the next one): its figures are results, up to the part line about what is to come (invented text)."""
    import policydoc

    text = ("某省政府工作报告\n各位代表：\n“十二五”时期工作回顾\n五年来，全省新建公路800公里，粮食产量达到300亿斤。\n"
            "——这是综合实力跃升的五年。全省生产总值突破2万亿元。\n“十三五”时期的主要目标任务\n"
            "到2020年，全省生产总值达到3万亿元。\n")
    assert [(t.value, t.unit, t.year) for t in policydoc.parse_text(text).targets] == [(3.0, "万亿元", 2020)]


def test_a_part_naming_the_coming_plan_period_between_review_and_plan_plans() -> None:
    """"二、“十三五”时期发展的主要考虑" stands between the review of 2015 and the plan of 2016: the part about the
    plan period the year falls in is no report (invented text)."""
    import policydoc

    text = ("某省政府工作报告\n一、2015年工作回顾\n全年新建公路300公里。\n二、“十三五”时期发展的主要考虑\n"
            "纲要草案的主要指标中，生产总值年均增长7%左右。\n三、2016年工作安排\n新建公路200公里。\n")
    got = [(t.value, t.unit) for t in policydoc.parse_text(text).targets]
    assert got == [(7.0, "%"), (200.0, "公里")]


def test_a_section_titled_both_as_review_and_as_goals_reports_up_to_the_coming_period() -> None:
    """"二、“十二五”时期发展成就和“十三五”时期主要目标任务": the review runs to the line that opens with the coming
    period; the goals after it are targets (invented text)."""
    import policydoc

    text = ("某市政府工作报告\n一、2015年工作回顾\n全年新建公园8个。\n"
            "二、“十二五”时期发展成就和“十三五”时期主要目标任务\n这五年，全市新建学校120所，公园总数达到300个。\n"
            "“十三五”时期是全面建成小康社会的决胜阶段。\n今后五年，全市生产总值年均增长7%左右。\n"
            "三、2016年重点工作\n新建公园10个。\n")
    got = [(t.value, t.unit) for t in policydoc.parse_text(text).targets]
    assert got == [(7.0, "%"), (10.0, "个")]


def test_a_slogan_titled_part_that_opens_by_telling_the_past_reviews_it() -> None:
    """"一、一年接着一年干，…取得新成效" opens "2030年是…收官之年。一年来，我们…": the part reviews the year; the plan
    part after it plans (invented text)."""
    import policydoc

    text = ("某省政府工作报告\n一、一年接着一年干，建设持续取得新进展新成效\n2030年是“十六五”收官之年。一年来，我们扎实工作。\n"
            "（一）着力推进产业升级，发展质量明显提升\n新建产业园12个，新增企业300家。\n"
            "二、2031年工作安排\n（一）推进产业升级\n新建产业园15个。\n")
    assert [(t.value, t.unit, t.year) for t in policydoc.parse_text(text).targets] == [(15.0, "个", 2031)]


def test_a_review_part_run_into_its_body_on_one_line_reviews_it() -> None:
    """A page run together on one line: "一、坚持稳中求进，“奋进2030”成果丰硕刚刚过去的一年，…" has its title cut
    short, and the opener after the title's rest still marks the part a review (invented text)."""
    import policydoc

    filler = "我们坚持稳中求进，各项工作扎实推进。" * 120
    text = ("某区政府工作报告 各位代表：一、坚持稳中求进，“奋进2030”成果丰硕刚刚过去的一年，在市委领导下，我们扎实工作。"
            f"{filler}全区新建产业园12个，新增企业300家。{filler}二、做好三篇文章，全力推进2031年各项工作（一）推进产业升级"
            f"新建产业园15个。{filler}\n")
    assert [(t.value, t.unit, t.year) for t in policydoc.parse_text(text).targets] == [(15.0, "个", 2031)]


def test_a_results_titled_item_inside_a_plan_part_names_results_aimed_at() -> None:
    """"（一）加快释放改革开放成效" inside "二、2031年重点工作" names the results the year's work aims at: its numbers
    are planned (invented text)."""
    import policydoc

    text = ("某市政府工作报告\n一、2030年工作回顾\n全年新增企业200家。\n二、2031年重点工作\n（一）加快释放改革开放成效\n"
            "深化改革，实际使用外资30亿美元。\n")
    assert [(t.value, t.unit, t.year) for t in policydoc.parse_text(text).targets] == [(30.0, "亿美元", 2031)]


def test_flat_table_with_wrapped_headers_units_and_two_horizons() -> None:
    from policydoc.extract.indicator_table import find_indicator_targets

    cells = ["序号", "指标名称", "指标", "属性", "基准值", "（2020年）", "目标值", "（2025年）", "目标值", "（2035年）",
             "1", "污水处理率", "约束性", "95%", "≥99%", "100%",
             "2", "河湖水面积", "约束性", "120.14", "平方公里", "128.92", "平方公里", "148.37", "平方公里"]
    text = "\n\n".join(cells) + "\n\n注：括号内为2019年数据。"
    got = sorted((t.indicator, t.comparator, t.value, t.unit, t.year) for t in find_indicator_targets(text))
    assert got == [("污水处理率", "=", 100.0, "%", 2035), ("污水处理率", ">=", 99.0, "%", 2025),
                   ("河湖水面积", "=", 128.92, "平方公里", 2025), ("河湖水面积", "=", 148.37, "平方公里", 2035)]
