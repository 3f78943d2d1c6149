"""Targets against gold: the extraction corpus exactly, the seeds above the F1 gate.

Scores come from ``policydoc.evaluate`` (the scorer of ``policydoc eval``), see ``gold.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policydoc.evaluate import run_eval

from .gold import comparator_matches, missed_and_extra, parse_gold

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "extract"
SHARED = ROOT / ".." / "shared"


@pytest.mark.parametrize("gold", sorted(CORPUS.glob("*.json")), ids=lambda p: p.stem)
def test_corpus_targets_exact(gold: Path) -> None:
    record, doc, source = parse_gold(gold, CORPUS)
    missed, extra = missed_and_extra(record, doc, source)
    assert not missed, missed
    assert not extra, extra
    assert comparator_matches(record, doc, source).tp == len(record["targets"]), "a comparator differs"


def test_corpus_target_ids_in_order() -> None:
    import policydoc

    doc = policydoc.parse(CORPUS / "plan_targets.txt")
    assert [t.id for t in doc.targets] == [f"t{i}" for i in range(1, len(doc.targets) + 1)]
    assert [t.span for t in doc.targets] == sorted(t.span for t in doc.targets)
    assert all(doc.text[t.span[0]: t.span[1]] == t.text for t in doc.targets)


def test_seed_targets_gate() -> None:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared not present: seeds are development data outside the repo")
    total = run_eval(SHARED / "gold", SHARED / "seeds", jobs=1).total()["targets"]
    assert total.precision >= 0.98 and total.f1 >= 0.98, (total.precision, total.recall, total.f1)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("序号\t任务\t责任单位\n2\t新建公办幼儿园5所\t区住建局\n", []),  # a task table: no sentence targets
        ("新建公办幼儿园5所\t区住建局\n", [5.0]),  # one tab line is no table: still read
    ],
    ids=["task_table", "single_tab_line"],
)
def test_no_sentence_targets_from_table_rows(text: str, expected: list[float]) -> None:
    from policydoc.extract import extract_facts

    assert [t.value for t in extract_facts(text, []).targets] == expected
