"""Gate: targets F1 on the held-out corpora must not fall below a pinned minimum.

The minimum is the F1 reached when this gate was set, minus 0.02, so a regression shows
at once. Raise it when the score rises; never lower it to make a change pass. The corpora
are for measuring only: see ``corpus/holdout/README.md`` and ``corpus/holdout2/README.md``
(no rule may be fitted to them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policydoc.evaluate import run_eval

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
REACHED_F1 = {"holdout": 1.000, "holdout2": 1.000}
"""Targets F1 per held-out corpus when the gate was last raised (policydoc eval)."""


@pytest.mark.parametrize("name", sorted(REACHED_F1))
def test_holdout_targets_gate(name: str) -> None:
    holdout = CORPUS / name
    report = run_eval(holdout, holdout, jobs=1)
    assert all(d.status == "ok" for d in report.docs), [(d.doc, d.status) for d in report.docs]
    total = report.total()["targets"]
    per_doc = {d.doc: round(d.scores["targets"].f1, 3) for d in report.docs}
    assert total.f1 >= REACHED_F1[name] - 0.02, (round(total.f1, 4), per_doc)
