"""The invented fixture corpora (corpus/invented/set*/) are well formed.

These tests check the *annotations*, not the parser: every gold file has the SPEC's
shape, every quote is an exact and unique substring of its document, and headings,
targets and parties stand in document order. Each ``test_invented_setN.py`` beside this
file checks that its set still holds the phenomena it was written for; the parser's
scores come from ``policydoc eval --gold corpus/invented/setN --docs corpus/invented/setN``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOLD_FILES = sorted(CORPUS.glob("invented/set*/*.json"))
COMPARATORS = {">=", ">", "<=", "<", "=", "~", "range", "increase", "decrease"}
TARGET_KEYS = {"quote", "indicator", "comparator", "value", "value_max", "unit", "year"}
# The first set has a one-line document and a page-marker export on purpose.
LINE_START_SETS = {"set2", "set3", "set4"}
# Word-viewer exports start each line with a page number "N、" that may split a heading.
PAGE_MARKER = re.compile(r"\n\d{1,3}、")


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, (path.parent / gold["doc"]).read_text(encoding="utf-8")


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_every_set_pairs_documents_and_gold():
    assert {p.parent.name for p in GOLD_FILES} >= {"set1", "set2", "set3", "set4"}
    for folder in {p.parent for p in GOLD_FILES}:
        assert {p.stem for p in folder.glob("*.json")} == {p.stem for p in folder.glob("*.txt")}, folder


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_gold_shape(path: Path):
    gold, _ = _load(path)
    assert set(gold) == {"doc", "headings", "targets", "parties"}
    assert gold["doc"] == path.stem + ".txt"
    for h in gold["headings"]:
        assert set(h) == {"level", "marker", "title"}, h
        assert isinstance(h["level"], int) and h["level"] >= 1, h
        assert h["title"].strip() and not h["title"].endswith(("。", "；", "：", ";", ":")), h
    for t in gold["targets"]:
        assert set(t) == TARGET_KEYS, t
        assert t["indicator"] and t["comparator"] in COMPARATORS, t
        assert isinstance(t["value"], (int, float)) and not isinstance(t["value"], bool), t
        assert t["year"] is None or (isinstance(t["year"], int) and 1949 < t["year"] < 2100), t
        if t["comparator"] == "range":
            assert isinstance(t["value_max"], (int, float)) and t["value_max"] > t["value"], t
        else:
            assert t["value_max"] is None, t
    for p in gold["parties"]:
        assert set(p) == {"quote", "lead", "support"}, p
        assert p["lead"] and all(isinstance(x, str) and x for x in p["lead"] + p["support"]), p
        assert not set(p["lead"]) & set(p["support"]), p


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_quotes_are_exact_unique_substrings_in_order(path: Path):
    gold, text = _load(path)
    for key in ("targets", "parties"):
        for item in gold[key]:
            assert item["quote"] and text.count(item["quote"]) == 1, item["quote"]
        offsets = [text.index(item["quote"]) for item in gold[key]]
        assert offsets == sorted(offsets), key


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_headings_found_in_document_order(path: Path):
    gold, text = _load(path)
    if "由会员分享" in text.split("\n", 1)[0]:
        text = PAGE_MARKER.sub("", text)
    flat, pos = _squeeze(text), 0
    for h in gold["headings"]:
        needle = _squeeze(h["marker"]) + _squeeze(h["title"])
        i = flat.find(needle, pos)
        assert i >= 0, f"heading {h['marker']}{h['title']!r} not found after offset {pos}"
        pos = i + len(needle)


@pytest.mark.parametrize("path", [p for p in GOLD_FILES if p.parent.name in LINE_START_SETS], ids=_id)
def test_headings_start_a_line(path: Path):
    gold, text = _load(path)
    starts = {_squeeze(line)[:40] for line in text.splitlines() if line.strip()}
    for h in gold["headings"]:
        needle = (_squeeze(h["marker"]) + _squeeze(h["title"]))[:40]
        assert any(s.startswith(needle) or needle.startswith(s) for s in starts if s), h
