"""Validate the held-out gold corpus (corpus/holdout).

These tests check the *annotations*, not the parser: every gold file is well formed,
every quote is an exact (and unique) substring of its document, and every heading
can be found, in document order, in its document. The parser's scores on this
corpus come from ``policydoc eval --gold corpus/holdout --docs corpus/holdout``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

HOLDOUT = Path(__file__).resolve().parents[1] / "corpus" / "holdout"
GOLD_FILES = sorted(HOLDOUT.glob("*.json"))
COMPARATORS = {">=", ">", "<=", "<", "=", "~", "range", "increase", "decrease"}
# "\nN、" page markers of a Word-viewer export ("《X.docx》由会员分享…" header line)
PAGE_MARKER = re.compile(r"\n\d+、")


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (HOLDOUT / gold["doc"]).read_text(encoding="utf-8")
    return gold, text


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_corpus_has_eight_documents():
    assert len(GOLD_FILES) == 8
    for path in GOLD_FILES:
        assert (HOLDOUT / (path.stem + ".txt")).is_file(), path


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_shape(path: Path):
    gold, text = _load(path)
    assert set(gold) == {"doc", "headings", "targets", "parties"}
    assert gold["doc"] == path.stem + ".txt"
    assert 1500 <= len(text) <= 5000, len(text)
    assert gold["headings"], "every holdout document has an outline"
    for h in gold["headings"]:
        assert set(h) == {"level", "marker", "title"}, h
        assert isinstance(h["level"], int) and h["level"] >= 1, h
        assert isinstance(h["marker"], str) and h["marker"].strip(), h
        assert isinstance(h["title"], str) and h["title"].strip(), h
        assert not h["title"].endswith(("。", "；", "：", ";", ":")), h
    for t in gold["targets"]:
        assert set(t) == {"quote", "indicator", "comparator", "value", "value_max", "unit", "year"}, t
        assert t["indicator"], t
        assert t["comparator"] in COMPARATORS, t
        assert isinstance(t["value"], (int, float)), t
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
    if "由会员分享" in text.split("\n", 1)[0]:
        text = PAGE_MARKER.sub("", text)
    flat = _squeeze(text)
    pos = 0
    for h in gold["headings"]:
        needle = _squeeze(h["marker"]) + _squeeze(h["title"])
        i = flat.find(needle, pos)
        assert i >= 0, f"{gold['doc']}: heading {h['marker']}{h['title']!r} not found after offset {pos}"
        pos = i + len(needle)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_targets_and_parties_in_document_order(path: Path):
    gold, text = _load(path)
    for key in ("targets", "parties"):
        offsets = [text.index(item["quote"]) for item in gold[key]]
        assert offsets == sorted(offsets), key


def test_one_line_document_has_no_line_breaks():
    text = (HOLDOUT / "h05_oneline_two_plans.txt").read_text(encoding="utf-8")
    assert "\n" not in text and "\r" not in text


def test_page_break_quotes_keep_the_page_marker():
    gold, text = _load(HOLDOUT / "h06_docx_viewer_export.json")
    crossing = [t["quote"] for t in gold["targets"] if PAGE_MARKER.search(t["quote"])]
    assert crossing, "doc 6 must exercise quotes across page breaks"
