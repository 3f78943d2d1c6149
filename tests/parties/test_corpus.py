"""Gates on the party corpus (``corpus/parties``, invented documents) and on the seeds,
scored by :mod:`policydoc.evaluate` (see ``scoring.py``)."""

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


@pytest.fixture(scope="module")
def corpus_scores() -> dict:  # type: ignore[type-arg]
    return scoring.party_scores(CORPUS, CORPUS)


def test_every_corpus_document_is_scored(corpus_scores: dict) -> None:  # type: ignore[type-arg]
    assert {p.name for p in CORPUS.glob("*.txt")} == set(corpus_scores)


@pytest.mark.parametrize("doc", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_corpus_document(doc: str, corpus_scores: dict) -> None:  # type: ignore[type-arg]
    score = corpus_scores[doc]
    assert score.f1 >= 0.8, f"{doc}: P={score.precision:.2f} R={score.recall:.2f}"


def test_corpus_total_f1() -> None:
    total = scoring.party_score(CORPUS, CORPUS)
    assert total.gold >= 30
    assert total.f1 >= 0.90, f"P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f}"


def test_seed_total_f1() -> None:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared not present: seeds are development data outside the repo")
    total = scoring.party_score(SHARED / "gold", SHARED / "seeds", scoring.ParseOptions())
    assert total.f1 >= 0.85, f"P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f}"
