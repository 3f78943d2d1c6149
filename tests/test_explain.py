"""policydoc explain: every candidate number kept or dropped by a named rule; every fact says its rule."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from policydoc.explain import explain, render
from policydoc.extract.targets import FILTERS
from policydoc.load import load

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS_DOCS = sorted((REPO / "corpus").rglob("*.txt"))
SHARED_DOCS = sorted((SHARED / "realdev" / "docs").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
RULES = {name for name, _ in FILTERS} | {"table_cell"}
TARGET_RULES = {"sentence", "indicator_table", "glued_table"}


def _check(path: Path) -> None:
    doc, decisions = explain(load(path))
    for d in decisions:
        assert d.rule == "kept" and d.targets or d.rule in RULES and not d.targets, (path.name, d)
    made = [id(t) for d in decisions for t in d.targets]
    assert sorted(made) == sorted(id(t) for t in doc.targets), "each target comes from one kept decision"
    for t in doc.targets:
        assert t.rule in TARGET_RULES and {"comparator", "year"} <= set(t.evidence), (path.name, t)
    assert all(p.rule for p in doc.parties)
    assert render(doc, decisions).count("\n") == len(doc.parties) + sum(max(1, len(d.targets)) for d in decisions) + 2


@pytest.mark.parametrize("path", CORPUS_DOCS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_explain_names_a_rule_for_every_number_of_the_corpus(path: Path) -> None:
    _check(path)


@pytest.mark.skipif(not SHARED_DOCS, reason="../shared (realdev, seeds) is not present")
def test_explain_names_a_rule_for_every_number_of_the_shared_documents() -> None:
    for path in SHARED_DOCS:
        _check(path)


def test_cli_explain_lists_kept_and_dropped_numbers(tmp_path: Path) -> None:
    src = tmp_path / "plan.txt"
    src.write_text("一、目标\n到2025年，覆盖率达到90%。2020年增长了3%。由市教育局牵头负责。", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "policydoc", "explain", str(src)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "t1 [sentence] 覆盖率 = 90% year 2025" in res.stdout and "3%" in res.stdout
    assert "dropped by in_history" in res.stdout and "lead 市教育局" in res.stdout
