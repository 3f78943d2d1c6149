"""The fourth held-out set (corpus/invented/set4) still holds the phenomena it was written for.

The generic checks of every held-out gold file (shape, exact quotes, heading order)
are in test_invented_gold.py; the parser's scores come from
``policydoc eval --gold corpus/invented/set4 --docs corpus/invented/set4``.
"""

from __future__ import annotations

import json
from pathlib import Path


HOLDOUT4 = Path(__file__).resolve().parents[1] / "corpus" / "invented" / "set4"


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, (HOLDOUT4 / gold["doc"]).read_text(encoding="utf-8")


def test_water_plan_indicator_table():
    gold, text = _load(HOLDOUT4 / "n01_water_14th_plan.json")
    assert "指标\t2020年\t2025年\t属性" in text and "二〇三五年" in text
    rows = [t for t in gold["targets"] if "\t" in t["quote"]]
    assert len(rows) == 6 and all(t["year"] == 2025 for t in rows)
    for t in rows:
        cell = t["quote"].split("\t")[2]
        assert t["comparator"] == ("<=" if cell.startswith("≤") else ">="), t
    # past 十三五 values are not targets
    review_end = text.index("第二节　面临的形势")
    assert all(text.index(t["quote"]) > review_end for t in gold["targets"])
    assert {t["unit"] for t in gold["targets"]} >= {"%", "个百分点", "亿立方米", ""}


def test_emergency_scheme_labels_years_and_table():
    gold, text = _load(HOLDOUT4 / "n02_emergency_mgmt_scheme.json")
    assert "‰" in text and "二〇二三年" in text
    assert {2023, 2024, 2025, None} <= {t["year"] for t in gold["targets"]}
    rows = [p for p in gold["parties"] if "\t" in p["quote"]]
    assert len(rows) == 5
    for p in rows:
        names = p["quote"].split("\t")[2].split("、")
        assert p["lead"] == [names[0]] and p["support"] == names[1:], p
    assert sum(p["quote"].startswith("责任单位：") for p in gold["parties"]) == 4
    assert not any(h["title"].startswith(("附件", "重点任务分工表")) for h in gold["headings"])
    past = text.index("2022年，全县共发生")
    assert not any(past <= text.index(t["quote"]) < text.index("二、主要任务") for t in gold["targets"])


def test_work_points_run_in_items_and_goal_year():
    gold, text = _load(HOLDOUT4 / "n03_agri_rural_work_points.json")
    level2 = [h for h in gold["headings"] if h["level"] == 2]
    for h in level2:
        line = next(l for l in text.splitlines() if l.startswith(h["marker"] + h["title"]))
        assert line[len(h["marker"] + h["title"])] == "。", h
    assert [t["year"] for t in gold["targets"]].count(2024) == 6
    assert "八成" in text and "九成五" in text and "七成" in text


def test_regulation_articles():
    gold, text = _load(HOLDOUT4 / "n04_medical_insurance_fund_measures.json")
    arts = [h for h in gold["headings"] if h["level"] == 2]
    assert len(arts) == 30 and arts[-1]["marker"] == "第三十条"
    assert all(t["year"] is None for t in gold["targets"])
    assert not any("罚款" in t["quote"] or "有效期" in t["quote"] for t in gold["targets"])


def test_page_dump_chrome():
    gold, text = _load(HOLDOUT4 / "n05_business_env_eval_report_pagedump.json")
    assert "第3页／共4页" in text and "— 2 —" in text and "锟斤拷" in text
    assert any("\n— 2 —\n" in t["quote"] for t in gold["targets"])
    plan = text.index("四、2024年优化提升目标")
    assert all(text.index(t["quote"]) > plan for t in gold["targets"])
