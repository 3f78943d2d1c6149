"""The outline gate on the development seeds (outside the repository: skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policydoc.evaluate import run_eval

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    if not (SHARED / "gold").is_dir() or not (SHARED / "seeds").is_dir():
        pytest.skip("../shared not present: seeds are development data outside the repo")
    return run_eval(SHARED / "gold", SHARED / "seeds", jobs=1)


def test_outline_gate(report) -> None:  # type: ignore[no-untyped-def]
    total = report.total()
    assert total["outline"].f1 >= 0.95
    assert total["level"].f1 >= 0.90


def test_every_seed_outline(report) -> None:  # type: ignore[no-untyped-def]
    for doc in report.docs:
        assert doc.scores["outline"].f1 >= 0.9, doc.doc
