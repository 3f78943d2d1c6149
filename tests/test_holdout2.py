"""Validate the second held-out gold corpus (corpus/holdout2).

These tests check the *annotations*, not the parser: every gold file is well formed,
every quote is an exact (and unique) substring of its document, and every heading
can be found, in document order, in its document. The parser's scores on this
corpus come from ``policydoc eval --gold corpus/holdout2 --docs corpus/holdout2``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

HOLDOUT2 = Path(__file__).resolve().parents[1] / "corpus" / "holdout2"
GOLD_FILES = sorted(HOLDOUT2.glob("*.json"))
COMPARATORS = {">=", ">", "<=", "<", "=", "~", "range", "increase", "decrease"}
GOLD_KEYS = {"doc", "headings", "targets", "parties"}
TARGET_KEYS = {"quote", "indicator", "comparator", "value", "value_max", "unit", "year"}


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (HOLDOUT2 / gold["doc"]).read_text(encoding="utf-8")
    return gold, text


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_corpus_has_six_documents():
    assert len(GOLD_FILES) == 6
    for path in GOLD_FILES:
        assert (HOLDOUT2 / (path.stem + ".txt")).is_file(), path
    assert len(list(HOLDOUT2.glob("*.txt"))) == 6


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_shape(path: Path):
    gold, text = _load(path)
    assert set(gold) == GOLD_KEYS
    assert gold["doc"] == path.stem + ".txt"
    assert 2500 <= len(text) <= 5000, len(text)
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


def test_web_page_keeps_chrome_fullwidth_and_traditional():
    gold, text = _load(HOLDOUT2 / "k05_web_eco_work_points.json")
    assert "字号：大 中 小" in text and "打印本页 | 关闭窗口" in text
    assert "（１）" in text and "２０．" in text
    assert "淨土保衛戰" in text
    markers = [h["marker"] for h in gold["headings"] if h["level"] == 2]
    assert len(markers) == 20, "items 1.–20. run continuously across sections"


def test_review_report_has_redacted_year_and_sloppy_markers():
    gold, text = _load(HOLDOUT2 / "k06_rural_revitalization_review.json")
    assert "20**年" in text
    markers = {h["marker"] for h in gold["headings"]}
    assert {"一.", "2 .", "3、"} <= markers
    redacted = [t for t in gold["targets"] if "20**" in text[max(0, text.index(t["quote"]) - 12): text.index(t["quote"])]]
    assert redacted and all(t["year"] is None for t in redacted)
