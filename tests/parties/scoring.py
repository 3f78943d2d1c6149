"""Party scores for the corpus and seed gates, computed by the official scorer.

Every number comes from :func:`policydoc.evaluate.run_eval` (SPEC.md scoring: every
occurrence of a quote counts, lead names are compared after t2s), so a gate here can never
disagree with ``policydoc eval``.
"""

from __future__ import annotations

from pathlib import Path

from policydoc.evaluate import Report, Score, run_eval
from policydoc.pipeline import ParseOptions

RECOGNISERS_ONLY = ParseOptions(disable=["analyse"])
"""The corpus exercises the party recognisers, statutory sentences included; the analysis
stage's document-kind gating (a law assigns no tasks) is tested in tests/test_analysis.py."""

__all__ = ["Score", "party_report", "party_score", "party_scores"]


def party_report(gold_dir: Path, docs_dir: Path, options: ParseOptions = RECOGNISERS_ONLY) -> Report:
    """The ``policydoc eval`` report of ``gold_dir`` against ``docs_dir`` (parsed in-process)."""
    report = run_eval(Path(gold_dir), Path(docs_dir), jobs=1, options=options)
    bad = [f"{d.doc}: {d.status}" for d in report.docs if d.status != "ok"]
    assert not bad, "documents not scored: " + "; ".join(bad)
    return report


def party_scores(gold_dir: Path, docs_dir: Path) -> dict[str, Score]:
    """Parties score per document name."""
    return {d.doc: d.scores["parties"] for d in party_report(gold_dir, docs_dir).docs}


def party_score(gold_dir: Path, docs_dir: Path, options: ParseOptions = RECOGNISERS_ONLY) -> Score:
    """Total parties score (micro-averaged over the documents)."""
    return party_report(gold_dir, docs_dir, options).total()["parties"]
