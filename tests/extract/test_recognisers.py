"""Sentences in, targets out: one row per rule, traps included (no target expected)."""

from __future__ import annotations

import pytest

from policydoc.extract import extract_facts

# (label, text, [(value, value_max, unit, comparator, year)])
CASES: list[tuple[str, str, list[tuple[float, object, str, str, object]]]] = [
    ("deadline_first", "到2025年，学前教育毛入园率达到96%。", [(96, None, "%", ">=", 2025)]),
    ("deadline_inherited", "到2025年，全面普及学前教育。覆盖率达到86%。", [(86, None, "%", ">=", 2025)]),
    ("year_end_deadline", "2025年底前各校至少配备1名心理教师。", [(1, None, "名", ">=", 2025)]),
    ("points_decrease", "确保近视率每年降低1个百分点。", [(1, None, "个百分点", "decrease", None)]),
    ("two_targets", "使公办一级幼儿园超过50%、公办示范性幼儿园超过10%。",
     [(50, None, "%", ">", None), (10, None, "%", ">", None)]),
    ("range_dash", "建成3—5所高水平职业院校。", [(3, 5, "所", "range", None)]),
    ("range_hyphen", "培育3-5名名校长。", [(3, 5, "名", "range", None)]),
    ("from_to", "奖金由每年600万元提高到每年1000万元。", [(1000, None, "万元", "=", None)]),
    ("not_less", "不少于10000人次的教师参加培训。", [(10000, None, "人次", ">=", None)]),
    ("within", "辍学率控制在1%以内。", [(1, None, "%", "<=", None)]),
    ("above", "组建7个以上职教集团。", [(7, None, "个", ">=", None)]),
    ("strive", "公办园占比力争达到50%。", [(50, None, "%", ">=", None)]),
    ("new_increase", "5年内累计新增2万个托额。", [(2, None, "万个", "increase", None)]),
    ("growth", "计划录取8.4万人，比20*年增长5.3%。", [(8.4, None, "万人", "=", None), (5.3, None, "%", "increase", None)]),
    ("about", "年培训职工250万人次左右。", [(250, None, "万人次", "~", None)]),
    ("half", "实践学时占总学时一半以上。", [(50, None, "%", ">=", None)]),
    ("zero", "确保校园安全“零事故”。", [(0, None, "", "=", None)]),
    ("chinese_event", "市每年举办一届运动会。", [(1, None, "届", "=", None)]),
    ("list_continues", "其中本科4.2万人，高等职业学校4.2万人。", []),
    ("planned_list", "计划招收6460人，其中博士生492人，硕士生5968人。",
     [(6460, None, "人", "=", None), (492, None, "人", "=", None), (5968, None, "人", "=", None)]),
    ("trap_past_period", "“十四五”时期的任务。\n“十三五”期间，建设100所幼儿园。覆盖率达到95%。", []),
    ("trap_already", "全市已建成30所标准化学校。", []),
    ("trap_past_total", "累计培训教师5000人。", []),
    ("trap_compared", "较“十二五”增加4000人次。", []),
    ("trap_names", "落实“1+X”证书制度，对接“中国制造2025”，推进教育信息化2.0，建设5G校园。", []),
    ("trap_quoted_count", "达到“20条底线”要求，实施“六个一百”工程。", []),
    ("trap_age", "建设3岁以下托育服务体系。", []),
    ("trap_vague_one", "打造一支高素质教师队伍。", []),
    ("trap_ordinal", "实施第三期学前教育行动计划。", []),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_recognisers(label: str, text: str, expected: list[tuple[float, object, str, str, object]]) -> None:
    got = [(t.value, t.value_max, t.unit, t.comparator, t.year) for t in extract_facts(text, []).targets]
    assert got == expected
