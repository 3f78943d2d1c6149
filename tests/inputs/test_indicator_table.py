"""主要指标 tables as tab-separated lines: one Target per indicator row."""

from __future__ import annotations

import pytest
from html_eval import CORPUS

from policydoc.extract.indicator_table import extract_columns, find_indicator_targets, parse_cell_value
from policydoc.load import load_bytes

Row = tuple[str, str, float, "float | None", str, "int | None", "str | None"]


def rows_of(text: str) -> list[Row]:
    return [(t.indicator, t.comparator, t.value, t.value_max, t.unit, t.year, t.attribute) for t in find_indicator_targets(text)]


# (label, table text, expected rows)
TABLE_CASES: list[tuple[str, str, list[Row]]] = [
    (
        "category column, unit in the indicator cell",
        "类别\t指标\t2020年\t2025年\t属性\n"
        "学前教育\t学前教育毛入园率(%)\t92.5\t≥96\t预期性\n"
        "\t普惠性幼儿园覆盖率（%）\t85\t90以上\t约束性\n"
        "教师队伍\t每年培训教师(万人次)\t1.2\t1.5\t预期性",
        [("学前教育毛入园率", ">=", 96.0, None, "%", 2025, "预期性"),
         ("普惠性幼儿园覆盖率", ">=", 90.0, None, "%", 2025, "约束性"),
         ("每年培训教师", "=", 1.5, None, "万人次", 2025, "预期性")],
    ),
    (
        "unit column, two header lines, 目标值 over 2025年",
        "序号\t指标\t单位\t基期值\t目标值\t指标属性\n"
        "\t\t\t2020年\t2025年\n"
        "1\t人均预期寿命\t岁\t81.2\t82左右\t预期性\n"
        "2\t孕产妇死亡率\t/10万\t8.5\t≤9\t约束性\n"
        "5\t个人卫生支出占卫生总费用的比重\t%\t26.5\t25-27\t约束性\n"
        "6\t老年医学科设置比例\t%\t—\t60以上\t预期性",
        [("人均预期寿命", "~", 82.0, None, "岁", 2025, "预期性"),
         ("孕产妇死亡率", "<=", 9.0, None, "/10万", 2025, "约束性"),
         ("个人卫生支出占卫生总费用的比重", "range", 25.0, 27.0, "%", 2025, "约束性"),
         ("老年医学科设置比例", ">=", 60.0, None, "%", 2025, "预期性")],
    ),
    (
        "largest year wins over base year and growth column",
        "指标\t2025年\t2020年\t年均增长\t属性\n"
        "研究与试验发展经费投入强度(%)\t2.8\t2.4\t[0.08]\t预期性",
        [("研究与试验发展经费投入强度", "=", 2.8, None, "%", 2025, "预期性")],
    ),
    (
        "target header without a year, cumulative value in brackets, bracketed attribute",
        "主要指标\t现状值\t目标值\t属性\n"
        "新增城镇就业人数(万人)\t—\t〔55〕\t【预期性】\n"
        "单位GDP能耗降低(%)\t—\t〔13.5〕\t(约束性)",
        [("新增城镇就业人数", "=", 55.0, None, "万人", None, None),
         ("单位GDP能耗降低", "=", 13.5, None, "%", None, "约束性")],
    ),
    (
        "unit written in the value cell; rows without a readable value are skipped",
        "指 标\t2035年\n高中阶段毛入学率\t98%\n教育现代化水平\t显著提升\n一、学前教育\n\t",
        [("高中阶段毛入学率", "=", 98.0, None, "%", 2035, None)],
    ),
    (
        "项目 as the indicator header, 2035 target year",
        "项目\t2020年\t2035年\n劳动年龄人口平均受教育年限(年)\t11.0\t12.5",
        [("劳动年龄人口平均受教育年限", "=", 12.5, None, "年", 2035, None)],
    ),
    (
        "change cells: the bound wins, a change with no bound is the comparator; a period names its last year",
        "指标名称\t属性\t“十五五”目标\n全区生产总值\t预期性\t增长6.5%左右\n单位产值能耗\t约束性\t下降13%\n"
        "研发投入强度(%)\t预期性\t提高到3.2",
        [("全区生产总值", "~", 6.5, None, "%", 2030, "预期性"), ("单位产值能耗", "decrease", 13.0, None, "%", 2030, "约束性"),
         ("研发投入强度", "=", 3.2, None, "%", 2030, "预期性")],
    ),
    (
        "flattened one cell per line, a wrapped target cell skipped, a caption above",
        "某区主要指标\n序号\n指标名称\n单位\n属性\n2030年目标\n1\n常住人口\n万人\n预期性\n60左右\n"
        "2\n人均可支配收入增速\n%\n预期性\n与经济增长\n基本同步\n3\n森林覆盖率\n%\n约束性\n≥30\n正文继续。",
        [("常住人口", "~", 60.0, None, "万人", 2030, "预期性"), ("森林覆盖率", ">=", 30.0, None, "%", 2030, "约束性")],
    ),
    (
        "flattened one cell per paragraph, blank lines between",
        "序号\n\n指标\n\n单位\n\n目标值\n\n1\n\n新增绿道\n\n公里\n\n120\n\n2\n\n公园数量\n\n个\n\n≥45",
        [("新增绿道", "=", 120.0, None, "公里", None, None), ("公园数量", ">=", 45.0, None, "个", None, None)],
    ),
    (
        "last year's targets beside last year's results: a report, no targets",
        "指标名称\t属性\t年度目标\t年度完成\n全区生产总值\t预期性\t增长6.5%左右\t增长6.8%\n新增就业(万人)\t预期性\t3\t3.4",
        [],
    ),
    (
        "a base year's results beside the plan year's targets: a plan",
        "指标\t2020年实际\t2025年目标\n森林覆盖率(%)\t28\t30",
        [("森林覆盖率", "=", 30.0, None, "%", 2025, None)],
    ),
    (
        "group rows without a tab inside the table, a unit cell of dashes for a bare value",
        "序号\t指标名称\t单位\t属性\t“十五五”目标值\n供水方面\n1\t管网漏损率\t%\t约束性\t8\n"
        "2\t水厂负荷率\t——\t预期性\t0.85\n排水方面\n1\t污水收集率\t%\t预期性\t90",
        [("管网漏损率", "=", 8.0, None, "%", 2030, "约束性"), ("水厂负荷率", "=", 0.85, None, "", 2030, "预期性"),
         ("污水收集率", "=", 90.0, None, "%", 2030, "预期性")],
    ),
    ("a list numbered 1, 2 with no indicator header is no table", "序号\n任务\n单位\n时限\n1\n修路\n公里\n2025年\n2\n建桥\n座\n2026年", []),
    ("task table is not an indicator table", "序号\t重点任务\t责任单位\n1\t新建幼儿园30所\t市教育局", []),
    ("no target column", "指标\t说明\n毛入园率\t稳步提高", []),
    ("no tabs at all", "到2025年，学前教育毛入园率达到96%以上。", []),
]


@pytest.mark.parametrize("label,text,expected", TABLE_CASES, ids=[c[0] for c in TABLE_CASES])
def test_indicator_tables(label: str, text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


def test_text_and_span_are_the_row_line() -> None:
    text = "三、主要指标\n指标\t2020年\t2025年\t属性\n学前教育毛入园率(%)\t92\t≥96\t预期性\n四、任务"
    (target,) = find_indicator_targets(text)
    assert text[target.span[0] : target.span[1]] == target.text == "学前教育毛入园率(%)\t92\t≥96\t预期性"
    assert (target.id, target.section_id) == ("", None)


def test_two_tables_in_one_text() -> None:
    table = "指标\t2025年\n毛入园率(%)\t96\n"
    assert len(find_indicator_targets(table + "正文。\n" + table.replace("96", "97"))) == 2


@pytest.mark.parametrize(
    "cell,comparator,value,value_max,unit",
    [
        ("≥96", ">=", 96, None, ""), (">=96", ">=", 96, None, ""), ("96以上", ">=", 96, None, ""),
        ("96及以上", ">=", 96, None, ""), ("不低于96", ">=", 96, None, ""), ("≤1.5", "<=", 1.5, None, ""),
        ("1.5以内", "<=", 1.5, None, ""), ("5以下", "<=", 5, None, ""), ("<5", "<", 5, None, ""),
        (">90", ">", 90, None, ""), ("82左右", "~", 82, None, ""), ("约82", "~", 82, None, ""),
        ("25-27", "range", 25, 27, ""), ("25—27%", "range", 25, 27, "%"), ("99", "=", 99, None, ""),
        ("1,200", "=", 1200, None, ""), ("1.5万人", "=", 1.5, None, "万人"), ("[0.08]", "=", 0.08, None, ""),
    ],
)
def test_parse_cell_value(cell: str, comparator: str, value: float, value_max: float | None, unit: str) -> None:
    v = parse_cell_value(cell)
    assert v is not None and (v.comparator, v.value, v.value_max, v.unit) == (comparator, value, value_max, unit)


@pytest.mark.parametrize("cell", ["—", "", "逐步提高", "96以上以下", "全覆盖"])
def test_parse_cell_value_refuses(cell: str) -> None:
    assert parse_cell_value(cell) is None


def test_columns() -> None:
    cols = extract_columns(["类别", "指标", "单位", "2020年", "2025年", "年均增长", "属性"])
    assert cols is not None and (cols.indicator, cols.unit, cols.target, cols.year, cols.attribute) == (1, 2, 4, 2025, 6)


def test_indicator_table_from_html_page() -> None:
    loaded = load_bytes((CORPUS / "indicator_table.html").read_bytes(), path="indicator_table.html")
    rows = rows_of(loaded.text)
    assert [r[0] for r in rows] == ["人均预期寿命", "孕产妇死亡率", "每千人口执业（助理）医师数", "每千人口拥有3岁以下婴幼儿托位数",
                                    "个人卫生支出占卫生总费用的比重", "二级以上综合医院设置老年医学科比例"]
    assert rows[2][1:] == ("=", 3.5, None, "人", 2025, "预期性")
