"""Glued 主要指标 boxes: a row gives a target only where its value carries its own mark (invented rows)."""

from __future__ import annotations

import pytest

import policydoc
from policydoc.extract.glued_table import glued_table_targets

HEAD = "专栏1 主要指标指标2020年2025年属性"

# (id, rows after the header, expected (indicator, comparator, value, unit) in order)
CASES = [
    ("symbol_marks_target", "城市绿地率（%）38.5＞40约束性", [("城市绿地率", ">", 40.0, "%")]),
    ("after_word_marks_target", "公交分担率（%）-60以上预期性", [("公交分担率", ">=", 60.0, "%")]),
    ("cumulative_change_with_direction", "单位产值能耗下降（%）--〔13.5〕约束性", [("单位产值能耗下降", "decrease", 13.5, "%")]),
    ("trap_bare_numbers_glued", "森林覆盖率（%）41.2543.10预期性", []),
    ("trap_decimal_base_glued_to_mark", "污水处理率（%）88.795左右预期性", []),
    ("trap_symbol_glued_to_change", "优良天数比例（%）80＞855个百分点约束性", []),
    ("signed_change_column", "用水总量（亿立方米）12.4511.98-5%约束性", [("用水总量", "decrease", 5.0, "%")]),
    ("group_label_and_number_dropped", "生态质量1.水环境2地表水优良比例（%）70≥75约束性", [("地表水优良比例", ">=", 75.0, "%")]),
]


@pytest.mark.parametrize("rows,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_glued_rows(rows: str, expected: list[tuple[str, str, float, str]]) -> None:
    found = glued_table_targets(HEAD + rows + "。正文继续。")
    got = [(t.indicator, t.comparator, t.value, t.unit) for _, ts in found for t in ts]
    assert got == expected
    assert all(t.year == 2025 for _, ts in found for t in ts)


def test_no_years_in_header_no_table() -> None:
    assert glued_table_targets("主要指标包括城市绿地率（%）38.5＞40约束性。") == []


def test_a_plan_reads_its_glued_box() -> None:
    doc = policydoc.parse_text("某市生态环境保护规划\n一、目标\n" + HEAD + "城市绿地率（%）38.5＞40约束性。\n二、任务\n推进绿化。")
    assert [(t.value, t.comparator, t.year) for t in doc.targets] == [(40.0, ">", 2025)]


def test_one_target_column_rows_with_units_in_brackets() -> None:
    """A table with one column of targets ("主要指标2025年属性"): a row whose unit stands in brackets and whose value is
    bare gives "=" that year; the rows with a marked share are left to the sentence reader, whole."""
    doc = policydoc.parse_text(
        "二、具体指标\n某市主要发展指标序号主要指标2025年属性1参保率≥95%约束性2每千人托位数（个）4.5预期性"
        "3指导中心（个）6预期性4备案机构数（个）15预期性。\n")
    got = sorted((t.indicator, t.comparator, t.value, t.unit, t.year) for t in doc.targets if t.unit != "%")
    assert got == [("备案机构数", "=", 15.0, "个", 2025), ("指导中心", "=", 6.0, "个", 2025),
                   ("每千人托位数", "=", 4.5, "个", 2025)]
