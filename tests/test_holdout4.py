"""Validate the fourth held-out gold corpus (corpus/holdout4).

Checks the annotations only (not the parser): well-formed gold, exact unique quotes,
headings found in document order, and the phenomena each document exists for.
Scores come from ``policydoc eval --gold corpus/holdout4 --docs corpus/holdout4``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

HOLDOUT4 = Path(__file__).resolve().parents[1] / "corpus" / "holdout4"
GOLD_FILES = sorted(HOLDOUT4.glob("*.json"))
COMPARATORS = {">=", ">", "<=", "<", "=", "~", "range", "increase", "decrease"}
TARGET_KEYS = {"quote", "indicator", "comparator", "value", "value_max", "unit", "year"}


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, (HOLDOUT4 / gold["doc"]).read_text(encoding="utf-8")


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_corpus_has_five_documents():
    assert len(GOLD_FILES) == 5
    assert sorted(p.stem for p in HOLDOUT4.glob("*.txt")) == [p.stem for p in GOLD_FILES]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_shape(path: Path):
    gold, text = _load(path)
    assert set(gold) == {"doc", "headings", "targets", "parties"}
    assert gold["doc"] == path.stem + ".txt"
    assert 2500 <= len(text) <= 4000, len(text)
    assert gold["headings"] and gold["targets"] and gold["parties"]
    for h in gold["headings"]:
        assert set(h) == {"level", "marker", "title"}, h
        assert isinstance(h["level"], int) and h["level"] >= 1
        assert h["marker"].strip() and h["title"].strip(), h
        assert not h["title"].endswith(("。", "；", "：", ";", ":")), h
    levels = [h["level"] for h in gold["headings"]]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:]))
    for t in gold["targets"]:
        assert set(t) == TARGET_KEYS, t
        assert t["indicator"] and t["comparator"] in COMPARATORS, t
        assert isinstance(t["value"], (int, float)) and not isinstance(t["value"], bool), t
        assert isinstance(t["unit"], str), t
        assert t["year"] is None or (isinstance(t["year"], int) and 1949 < t["year"] < 2100), t
        if t["comparator"] == "range":
            assert isinstance(t["value_max"], (int, float)) and t["value_max"] > t["value"], t
        else:
            assert t["value_max"] is None, t
    for p in gold["parties"]:
        assert set(p) == {"quote", "lead", "support"}, p
        assert p["lead"] and all(isinstance(x, str) and x for x in p["lead"] + p["support"]), p
        assert not set(p["lead"]) & set(p["support"]), p
        for name in p["lead"] + p["support"]:
            assert "（" not in name and "）" not in name, name


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_quotes_are_exact_unique_substrings(path: Path):
    gold, text = _load(path)
    for item in gold["targets"] + gold["parties"]:
        q = item["quote"]
        assert q and text.count(q) == 1, f"{gold['doc']}: quote occurs {text.count(q)} times: {q!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_headings_found_in_document_order(path: Path):
    gold, text = _load(path)
    flat, pos = _squeeze(text), 0
    for h in gold["headings"]:
        needle = _squeeze(h["marker"]) + _squeeze(h["title"])
        i = flat.find(needle, pos)
        assert i >= 0, f"{gold['doc']}: heading {needle!r} not found after {pos}"
        pos = i + len(needle)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_headings_start_a_line(path: Path):
    gold, text = _load(path)
    lines = [_squeeze(l) for l in text.splitlines() if l.strip()]
    for h in gold["headings"]:
        needle = (_squeeze(h["marker"]) + _squeeze(h["title"]))[:40]
        assert any(l.startswith(needle) or needle.startswith(l) for l in lines), h


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_items_in_document_order(path: Path):
    gold, text = _load(path)
    for key in ("targets", "parties"):
        offsets = [text.index(item["quote"]) for item in gold[key]]
        assert offsets == sorted(offsets), key


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
