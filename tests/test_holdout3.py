"""Validate the third held-out gold corpus (corpus/holdout3).

These tests check the *annotations*, not the parser: every gold file is well formed,
every quote is an exact (and unique) substring of its document, and every heading
can be found, in document order, in its document. The parser's scores on this
corpus come from ``policydoc eval --gold corpus/holdout3 --docs corpus/holdout3``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

HOLDOUT3 = Path(__file__).resolve().parents[1] / "corpus" / "holdout3"
GOLD_FILES = sorted(HOLDOUT3.glob("*.json"))
COMPARATORS = {">=", ">", "<=", "<", "=", "~", "range", "increase", "decrease"}
GOLD_KEYS = {"doc", "headings", "targets", "parties"}
TARGET_KEYS = {"quote", "indicator", "comparator", "value", "value_max", "unit", "year"}


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (HOLDOUT3 / gold["doc"]).read_text(encoding="utf-8")
    return gold, text


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_corpus_has_six_documents():
    assert len(GOLD_FILES) == 6
    for path in GOLD_FILES:
        assert (HOLDOUT3 / (path.stem + ".txt")).is_file(), path
    assert len(list(HOLDOUT3.glob("*.txt"))) == 6


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_shape(path: Path):
    gold, text = _load(path)
    assert set(gold) == GOLD_KEYS
    assert gold["doc"] == path.stem + ".txt"
    assert 2500 <= len(text) <= 4500, len(text)
    assert gold["headings"] and gold["targets"] and gold["parties"]
    for h in gold["headings"]:
        assert set(h) == {"level", "marker", "title"}, h
        assert isinstance(h["level"], int) and h["level"] >= 1, h
        assert isinstance(h["marker"], str) and h["marker"].strip(), h
        assert isinstance(h["title"], str) and h["title"].strip(), h
        assert not h["title"].endswith(("。", "；", "：", ";", ":")), h
    assert gold["headings"][0]["level"] == 1
    levels = [h["level"] for h in gold["headings"]]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), "a heading skips a level"
    for t in gold["targets"]:
        assert set(t) == TARGET_KEYS, t
        assert t["indicator"], t
        assert t["comparator"] in COMPARATORS, t
        assert isinstance(t["value"], (int, float)) and not isinstance(t["value"], bool), t
        assert isinstance(t["unit"], str), t
        assert t["year"] is None or (isinstance(t["year"], int) and 1949 < t["year"] < 2100), t
        if t["comparator"] == "range":
            assert isinstance(t["value_max"], (int, float)) and t["value_max"] > t["value"], t
        else:
            assert t["value_max"] is None, t
    for p in gold["parties"]:
        assert set(p) == {"quote", "lead", "support"}, p
        assert p["lead"] and all(isinstance(x, str) and x for x in p["lead"]), p
        assert isinstance(p["support"], list) and all(isinstance(x, str) and x for x in p["support"]), p
        assert not set(p["lead"]) & set(p["support"]), p
        # names are simplified and use ASCII brackets
        for name in p["lead"] + p["support"]:
            assert "（" not in name and "）" not in name, name


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_quotes_are_exact_unique_substrings(path: Path):
    gold, text = _load(path)
    for item in gold["targets"] + gold["parties"]:
        q = item["quote"]
        assert q and q in text, f"quote not in {gold['doc']}: {q!r}"
        assert text.count(q) == 1, f"quote occurs {text.count(q)} times: {q!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_headings_found_in_document_order(path: Path):
    gold, text = _load(path)
    flat = _squeeze(text)
    pos = 0
    for h in gold["headings"]:
        needle = _squeeze(h["marker"]) + _squeeze(h["title"])
        i = flat.find(needle, pos)
        assert i >= 0, f"{gold['doc']}: heading {h['marker']}{h['title']!r} not found after offset {pos}"
        pos = i + len(needle)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_headings_start_a_line(path: Path):
    """Every heading in this corpus starts its own line (after optional blanks)."""
    gold, text = _load(path)
    starts = {_squeeze(line)[: 40] for line in text.splitlines() if line.strip()}
    for h in gold["headings"]:
        needle = (_squeeze(h["marker"]) + _squeeze(h["title"]))[:40]
        assert any(s.startswith(needle) or needle.startswith(s) for s in starts if s), h


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_targets_and_parties_in_document_order(path: Path):
    gold, text = _load(path)
    for key in ("targets", "parties"):
        offsets = [text.index(item["quote"]) for item in gold[key]]
        assert offsets == sorted(offsets), key


def test_plan_keeps_indicator_table():
    gold, text = _load(HOLDOUT3 / "m01_transport_14th_plan.json")
    assert "指标\t2020年\t2025年\t属性" in text
    rows = [t for t in gold["targets"] if "\t" in t["quote"]]
    assert len(rows) == 9
    for t in rows:
        line = next(l for l in text.splitlines() if l == t["quote"])
        cells = line.split("\t")
        assert len(cells) == 4 and cells[3] in {"预期性", "约束性"}, line
        assert t["year"] == 2025, t
        assert t["comparator"] == ("<=" if cells[2].startswith("≤") else ">="), t
    assert {"〔5〕", "≤2", "≥95"} <= {l.split("\t")[2] for l in text.splitlines() if l.count("\t") == 3}


def test_scheme_keeps_task_table_and_labels():
    gold, text = _load(HOLDOUT3 / "m02_employment_scheme.json")
    assert "序号\t任务\t责任单位\t完成时限" in text
    rows = [p for p in gold["parties"] if "\t" in p["quote"]]
    assert len(rows) == 6
    for p in rows:
        cells = p["quote"].split("\t")
        assert len(cells) == 4
        names = cells[2].split("、")
        assert p["lead"] == [names[0]] and p["support"] == names[1:], p
    assert sum(p["quote"].startswith("责任单位：") for p in gold["parties"]) >= 5
    # no heading comes from the table or the 附件 lines
    assert not any(h["title"].startswith(("附件", "重点任务分工表")) for h in gold["headings"])


def test_work_points_have_run_in_headings():
    gold, text = _load(HOLDOUT3 / "m03_culture_tourism_work_points.json")
    level2 = [h for h in gold["headings"] if h["level"] == 2]
    assert len(level2) >= 12
    for h in level2:
        line = next(l for l in text.splitlines() if l.startswith(h["marker"] + h["title"]))
        assert line[len(h["marker"] + h["title"])] == "。" and len(line) > 80, h


def test_regulation_articles_and_items():
    gold, text = _load(HOLDOUT3 / "m04_housing_security_measures.json")
    assert [h["marker"] for h in gold["headings"] if h["level"] == 1] == [
        "第一章", "第二章", "第三章", "第四章", "第五章", "第六章"]
    articles = [h for h in gold["headings"] if h["level"] == 2]
    assert len(articles) == 24 and articles[-1]["marker"] == "第二十四条"
    assert "处一千元以上一万元以下罚款" in text
    assert not any("一千元" in t["quote"] or "一万元" in t["quote"] for t in gold["targets"])


def test_web_page_keeps_chrome_and_traditional_lines():
    gold, text = _load(HOLDOUT3 / "m05_web_sci_tech_action.json")
    assert "【字体：大 中 小】" in text and "【打印本页】" in text and "ICP备" in text
    assert "三、加快科技成果轉移轉化" in text and "負責" in text
    assert "二〇二六年" in text and "百分之五" in text
    assert [h["marker"] for h in gold["headings"] if h["level"] == 1] == ["第一部分", "第二部分", "第三部分"]
    years = {t["year"] for t in gold["targets"]}
    assert {2024, 2025, 2026, None} <= years


def test_review_past_results_are_not_targets():
    gold, text = _load(HOLDOUT3 / "m06_market_regulation_review.json")
    plan = text.index("三、2024年工作计划")
    assert all(text.index(t["quote"]) > plan for t in gold["targets"])
    assert "1、" in {h["marker"] for h in gold["headings"]}
