"""Targets against gold: the extraction corpus exactly, the seeds above the F1 gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from .scoring import Score, score_document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "extract"
SHARED = ROOT / ".." / "shared"


@pytest.mark.parametrize("gold", sorted(CORPUS.glob("*.json")), ids=lambda p: p.stem)
def test_corpus_targets_exact(gold: Path) -> None:
    score, pairs = score_document(gold, CORPUS)
    assert not score.missed, [g["quote"] for g in score.missed]
    assert not score.extra, [t.text for t in score.extra]
    assert [(t.comparator, t.id) for t, _ in pairs] == [(g["comparator"], t.id) for t, g in pairs]


def test_corpus_target_ids_in_order() -> None:
    import policydoc

    doc = policydoc.parse(CORPUS / "plan_targets.txt")
    assert [t.id for t in doc.targets] == [f"t{i}" for i in range(1, len(doc.targets) + 1)]
    assert [t.span for t in doc.targets] == sorted(t.span for t in doc.targets)
    assert all(doc.text[t.span[0]: t.span[1]] == t.text for t in doc.targets)


def test_seed_targets_gate() -> None:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared not present: seeds are development data outside the repo")
    total = Score(0, 0, 0, [], [])
    for gold in sorted((SHARED / "gold").glob("*.json")):
        score, _ = score_document(gold, SHARED / "seeds")
        total = Score(total.gold + score.gold, total.predicted + score.predicted,
                      total.matched + score.matched, total.missed + score.missed, total.extra + score.extra)
    assert total.precision >= 0.85 and total.f1 >= 0.80, (total.precision, total.recall, total.f1)


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
