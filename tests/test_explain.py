"""policydoc explain: every candidate number kept or dropped by a named rule; every responsibility statement kept
(the party it made) or dropped by a named reason; every fact says its rule."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from policydoc.batch import SUFFIXES
from policydoc.errors import LoadError
from policydoc.explain import explain, render
from policydoc.extract.targets import FILTERS
from policydoc.load import load
from policydoc.parties.statements import FALLBACKS, RECOGNISERS
from policydoc.parties.trace import REASONS

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _documents(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES)


CORPUS_DOCS = _documents(REPO / "corpus")
SHARED_DOCS = _documents(SHARED / "realdev" / "docs", SHARED / "seeds")
#: the filters of the targets table by name (a table of (name, filter) pairs, or a Ruler)
RULES = set(getattr(FILTERS, "names", None) or [name for name, _ in FILTERS]) | {"table_cell"}
TARGET_RULES = {"sentence", "indicator_table", "glued_table"}
STATEMENT_RULES = set(RECOGNISERS.names) | set(FALLBACKS.names)


def _check(path: Path) -> None:
    try:
        loaded = load(path)
    except LoadError as err:  # the corpus holds inputs that must be refused (an empty page, a damaged file)
        pytest.skip(f"{path.name} is refused by load, as it should be: {err}")
    doc, found = explain(loaded)
    for d in found.numbers:
        assert d.rule == "kept" and d.targets or d.rule in RULES and not d.targets, (path.name, d)
    made = [id(t) for d in found.numbers for t in d.targets]
    assert sorted(made) == sorted(id(t) for t in doc.targets), "each target comes from one kept decision"
    for t in doc.targets:
        assert t.rule in TARGET_RULES and {"comparator", "year"} <= set(t.evidence), (path.name, t)
    assert all(p.rule for p in doc.parties)
    for s in found.statements:
        assert s.rule == "kept" or s.rule in REASONS, (path.name, s)  # every dropped statement names its reason
        assert s.span[0] <= s.start < max(s.span[1], s.span[0] + 1) and s.text, (path.name, s)
        assert not s.recogniser or s.recogniser in STATEMENT_RULES, (path.name, s)
    kept = sorted((s.start, s.recogniser) for s in found.statements if s.rule == "kept")
    assert kept == sorted((p.span[0], p.rule) for p in doc.parties if p.rule in STATEMENT_RULES), path.name
    listing = render(doc, found)
    named = {s.rule for s in found.statements} - {"kept"}
    assert listing.count("\n") == (3 + len(doc.parties) + sum(max(1, len(d.targets)) for d in found.numbers)
                                   + len(found.statements) + (1 + len(named) if named else 0))


@pytest.mark.parametrize("path", CORPUS_DOCS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_explain_names_a_rule_for_every_number_and_statement_of_the_corpus(path: Path) -> None:
    _check(path)


@pytest.mark.skipif(not SHARED_DOCS, reason="/work/shared (realdev, seeds) is not present: no shared documents to explain")
@pytest.mark.parametrize("path", SHARED_DOCS or [None], ids=lambda p: p.name if p else "none")
def test_explain_names_a_rule_for_every_number_and_statement_of_the_shared_documents(path: Path) -> None:
    _check(path)


def test_explain_names_what_dropped_each_statement() -> None:
    """The stage's own places of dropping name the reason: a sample of them on one invented text."""
    from policydoc.load import load_text

    text = ("某局2024年工作要点\n一、主要任务\n市教育局要加强学校管理。我局将抓好以下工作。各地各有关部门应当依法履行职责。"
            "经费由政府承担。区民政局承办，区政府办公室负责协调。\n2023年，县财政局完成审计工作。\n")
    _, found = explain(load_text(text))
    got = {(s.rule, s.recogniser, tuple(s.lead)) for s in found.statements}
    assert ("kept", "subject", ("市教育局",)) in got
    assert ("self_reference", "subject", ("我局",)) in got
    assert ("standing_rule", "subject", ("各地各有关部门",)) in got
    assert ("principle", "by_body", ("政府",)) in got
    assert ("leads_are_supporters", "subject", ("区政府办公室",)) in got
    assert ("past_paragraph", "subject", ("县财政局",)) in got


def test_a_document_that_assigns_nothing_says_so_for_each_statement() -> None:
    from policydoc.load import load_text

    text = "某市统计局关于2024年国民经济和社会发展的统计公报\n全年全市生产总值增长5%。市教育局要加强学校管理。\n"
    doc, found = explain(load_text(text))
    if doc.parties:
        pytest.skip("the analysis stage does not read this text as a bulletin")
    assert found.statements and {s.rule for s in found.statements if s.recogniser} <= {"document_kind"}


def test_cli_explain_lists_kept_and_dropped_numbers_and_statements(tmp_path: Path) -> None:
    src = tmp_path / "plan.txt"
    src.write_text("一、目标\n到2025年，覆盖率达到90%。2020年增长了3%。由市教育局牵头负责。我局将抓好以下工作。", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "policydoc", "explain", str(src)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "t1 [sentence] 覆盖率 = 90% year 2025" in res.stdout and "3%" in res.stdout
    assert "dropped by in_history" in res.stdout and "lead 市教育局" in res.stdout
    assert "[by_body] kept: lead 市教育局" in res.stdout
    assert "[subject] dropped by self_reference: lead 我局" in res.stdout
    assert f"  self_reference: {REASONS['self_reference']}" in res.stdout
