"""Gates on the party corpus (``corpus/parties``, invented documents) and on the seeds."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("parties_scoring", _HERE / "scoring.py")
scoring = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
sys.modules["parties_scoring"] = scoring
_spec.loader.exec_module(scoring)  # type: ignore[union-attr]

ROOT = _HERE.parents[1]
CORPUS = ROOT / "corpus" / "parties"
SHARED = ROOT / ".." / "shared"
GOLD_FILES = sorted(CORPUS.glob("*.json"))


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.stem)
def test_corpus_document(gold: Path) -> None:
    score = scoring.score_document(gold, CORPUS)
    assert score.f1 >= 0.8, f"{gold.stem}: P={score.precision:.2f} R={score.recall:.2f}"


def test_corpus_total_f1() -> None:
    total = sum((scoring.score_document(g, CORPUS) for g in GOLD_FILES), scoring.Score(0, 0, 0))
    assert total.gold >= 30
    assert total.f1 >= 0.90, f"P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f}"


def test_seed_total_f1() -> None:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared not present: seeds are development data outside the repo")
    golds = sorted((SHARED / "gold").glob("*.json"))
    total = sum((scoring.score_document(g, SHARED / "seeds") for g in golds), scoring.Score(0, 0, 0))
    assert total.f1 >= 0.75, f"P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f}"
