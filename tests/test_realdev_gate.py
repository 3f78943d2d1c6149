"""Accuracy gate on real documents: ``../shared/realdev`` (24 real documents) and the seeds.

The floors live in ``tests/realdev_floors.json``, one block per set: the minimum total F1
per task (outline, level, targets, parties) and the minimum indicator agreement
(``ind_agree``, SPEC "Secondary figures"), with the sha256 digest of the set's gold files
and of the documents they name. A total below its floor fails the gate; so does a changed
set (another digest), so that new or corrected gold is noticed and the floors are re-set
on purpose rather than drifting.

Floors are the totals measured on main when they were set, minus 0.01. **Raise a floor
when the score rises; never lower one to make a change pass.** A floor is lowered only
when the set itself changes (new documents, corrected gold), together with its digest and
a commit message that says why. To measure a set and print its digest::

    PYTHONPATH=src python tests/test_realdev_gate.py

The sets are real documents kept outside the repository; the gate skips, saying so, where
``../shared`` is absent (a fresh clone).
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from pathlib import Path
from typing import Any

import pytest

from policydoc.evaluate import run_eval

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS_FILE = Path(__file__).with_name("realdev_floors.json")
FLOORS: dict[str, Any] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
SETS: dict[str, dict[str, Any]] = FLOORS["sets"]
F1_TASKS = ("outline", "level", "targets", "parties")
AGREEMENTS = ("ind_agree",)


def set_dirs(name: str) -> tuple[Path, Path]:
    """The gold folder and the documents folder of a set, under ../shared."""
    spec = SETS[name]
    return SHARED / spec["gold"], SHARED / spec["docs"]


def set_digest(gold_dir: Path, docs_dir: Path) -> str:
    """sha256 over the names and contents of the gold files and of the documents they name.

    A document a gold file names but that is absent counts as such, so a lost file changes
    the digest too.
    """
    h = hashlib.sha256()
    for gold in sorted(gold_dir.glob("*.json")):
        data = gold.read_bytes()
        h.update(f"gold {gold.name} {hashlib.sha256(data).hexdigest()}\n".encode())
        doc = docs_dir / str(json.loads(data).get("doc") or gold.stem)
        digest = hashlib.sha256(doc.read_bytes()).hexdigest() if doc.is_file() else "absent"
        h.update(f"doc {doc.name} {digest}\n".encode())
    return h.hexdigest()


def measure(name: str) -> dict[str, Any]:
    """The totals of a set today: F1 per task, agreement shares, documents and digest."""
    gold_dir, docs_dir = set_dirs(name)
    report = run_eval(gold_dir, docs_dir)
    totals, agree = report.total(), report.total_agreement()
    return {
        "documents": len(report.docs),
        "scored": len(report.docs) - len(report.not_scored()),
        "digest": set_digest(gold_dir, docs_dir),
        **{task: round(totals[task].f1, 4) for task in F1_TASKS},
        **{a: (None if agree[a].share is None else round(agree[a].share, 4)) for a in ("cmp_agree", "ind_agree")},
        "targets_year_ignored": round(report.total_year_ignored().f1, 4),
    }


def _require(name: str) -> tuple[Path, Path]:
    gold_dir, docs_dir = set_dirs(name)
    if not gold_dir.is_dir() or not docs_dir.is_dir():
        pytest.skip(f"{gold_dir} or {docs_dir} is absent: the real sets live outside the repository (../shared)")
    return gold_dir, docs_dir


def test_floors_file_is_complete() -> None:
    assert FLOORS.get("rule"), "realdev_floors.json must say how floors move"
    for name, spec in SETS.items():
        floors = spec["floors"]
        assert set(floors) == set(F1_TASKS) | set(AGREEMENTS), name
        assert all(0.0 <= v <= 1.0 for v in floors.values()), name
        assert len(spec["digest"]) == 64 and spec["documents"] > 0, name
        for key, floor in floors.items():  # floors sit at most 0.01 under what was measured when they were set
            assert floor <= spec["measured"][key], (name, key)


def test_digest_notices_changed_gold_and_documents(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"doc": "a.txt"}', encoding="utf-8")
    (tmp_path / "a.txt").write_text("一、总体要求", encoding="utf-8")
    first = set_digest(tmp_path, tmp_path)
    assert set_digest(tmp_path, tmp_path) == first
    (tmp_path / "a.txt").write_text("一、总体目标", encoding="utf-8")
    second = set_digest(tmp_path, tmp_path)
    (tmp_path / "a.txt").unlink()
    third = set_digest(tmp_path, tmp_path)
    (tmp_path / "b.json").write_text('{"doc": "a.txt"}', encoding="utf-8")
    assert len({first, second, third, set_digest(tmp_path, tmp_path)}) == 4


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_unchanged(name: str) -> None:
    gold_dir, docs_dir = _require(name)
    digest = set_digest(gold_dir, docs_dir)
    assert digest == SETS[name]["digest"], (
        f"{name} has changed (gold or documents; digest {digest}): measure it with "
        f"`PYTHONPATH=src python tests/test_realdev_gate.py {name}`, re-set its floors and digest in "
        f"{FLOORS_FILE.name} on purpose and say why in the commit")


@pytest.mark.parametrize("name", sorted(SETS))
def test_totals_hold_their_floors(name: str) -> None:
    gold_dir, docs_dir = _require(name)
    report = run_eval(gold_dir, docs_dir)
    assert not report.not_scored(), [(d.doc, d.status) for d in report.not_scored()]
    totals, agree = report.total(), report.total_agreement()
    got = {task: totals[task].f1 for task in F1_TASKS}
    got.update({a: agree[a].share if agree[a].share is not None else math.nan for a in AGREEMENTS})
    floors = SETS[name]["floors"]
    low = {key: f"{got[key]:.4f} < {floor}" for key, floor in floors.items() if not got[key] >= floor}
    assert not low, f"{name}: below the floor (never lower a floor to make a change pass): {low}"


if __name__ == "__main__":  # pragma: no cover - a measuring aid for re-setting floors
    for set_name in sys.argv[1:] or sorted(SETS):
        print(set_name, json.dumps(measure(set_name), ensure_ascii=False))
