"""Regression alarm on the invented fixture sets (``corpus/invented/set1..4``).

These documents were invented in the image of the seeds; they are fixtures, not
evidence of accuracy (accuracy is measured on real documents: ``../shared/realdev``
and the fresh batches in docs/accuracy.md). A rule that breaks what they were written
to exercise shows here. The floors are the scores of 2026-12-03 minus a margin that
leaves room for SPEC's sharpened rules, which these older annotations predate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policydoc.evaluate import run_eval
from policydoc.pipeline import ParseOptions

INVENTED = Path(__file__).resolve().parents[1] / "corpus" / "invented"
SCORED_2026_12_03 = {
    "set1": {"outline": 1.000, "level": 1.000, "targets": 1.000, "parties": 0.987},
    "set2": {"outline": 1.000, "level": 1.000, "targets": 1.000, "parties": 1.000},
    "set3": {"outline": 1.000, "level": 1.000, "targets": 0.969, "parties": 0.949},
    "set4": {"outline": 1.000, "level": 1.000, "targets": 0.898, "parties": 0.952},
}
MARGIN = 0.08
RECOGNISERS_ONLY = ParseOptions(disable=["analyse"])
"""These sets annotate targets and duties in their regulations (条例/办法); the real-set
convention is that a law states neither, which the analysis stage applies. The alarm
watches the recognisers, so it runs without that stage (tests/test_analysis.py covers it)."""


@pytest.mark.parametrize("name", sorted(SCORED_2026_12_03))
def test_invented_set_holds(name: str) -> None:
    report = run_eval(INVENTED / name, INVENTED / name, jobs=1, options=RECOGNISERS_ONLY)
    assert all(d.status == "ok" for d in report.docs), [(d.doc, d.status) for d in report.docs if d.status != "ok"]
    totals = report.total()
    low = {task: round(totals[task].f1, 3) for task, was in SCORED_2026_12_03[name].items()
           if totals[task].f1 < was - MARGIN}
    assert not low, f"{name}: below the regression floor: {low}"
