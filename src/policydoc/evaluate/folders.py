"""Running ``policydoc eval`` over folders: the gold files, the documents they name, the worker processes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ..errors import PolicydocError
from .report import DocResult, Report
from .scoring import compare_document

if TYPE_CHECKING:
    from ..pipeline import ParseOptions


class EvalError(PolicydocError):
    """Nothing could be scored: no gold folder, no gold files, or no document found."""



def _evaluate_one(gold_path: Path, docs_dir: Path, options: Optional["ParseOptions"] = None) -> DocResult:
    from ..load import load
    from ..pipeline import ParseOptions, run_pipeline

    options = options or ParseOptions()

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return DocResult(gold_path.name, f"bad gold file: {exc}")
    name = str(gold.get("doc") or gold_path.stem)
    path = docs_dir / name
    if not path.is_file():
        return DocResult(name, f"missing: {path} not found")
    try:
        loaded = load(path)
    except PolicydocError as exc:
        return DocResult(name, f"error: {exc}")
    status = "ok"
    try:
        doc = run_pipeline(loaded, options)
    except Exception as exc:  # a crashing fact stage must not hide the outline score
        status = f"partial: {type(exc).__name__}: {exc} (targets and parties not extracted)"
        try:
            doc = run_pipeline(loaded, options.model_copy(update={"disable": [*options.disable, "extract", "parties"]}))
        except Exception as again:  # the outline crashed too: the document is reported, never the traceback
            return DocResult(name, f"error: {type(again).__name__}: {again} (not scored)")
    result = compare_document(gold, doc, loaded.text, name)
    result.status = status
    return result


def gold_files(gold_dir: Path) -> list[Path]:
    """The gold files of a folder, sorted; an :class:`EvalError` when there are none to score."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvalError(f"gold folder {gold_dir} not found (or not a folder): "
                        "--gold takes a folder of <stem>.json gold files")
    golds = sorted(gold_dir.glob("*.json"))
    if not golds:
        raise EvalError(f"gold folder {gold_dir} holds no *.json gold files: nothing to score")
    return golds


def run_eval(gold_dir: Path, docs_dir: Path, jobs: Optional[int] = None,
             options: Optional["ParseOptions"] = None) -> Report:
    """Score every ``GOLD_DIR/*.json`` against the document it names in ``docs_dir``.

    Documents are parsed in ``jobs`` worker processes (default: one per CPU,
    at most one per document); ``jobs=1`` runs in this process. ``options`` are
    the parse options (default: every stage on). Raises :class:`EvalError` when
    there is nothing to score: no gold folder or gold file, no documents folder,
    or no gold document found and read there.
    """
    golds = gold_files(gold_dir)
    if not Path(docs_dir).is_dir():
        raise EvalError(f"documents folder {docs_dir} not found (or not a folder): "
                        "--docs takes the folder of the documents the gold files name")
    jobs = min(jobs or os.cpu_count() or 1, len(golds))
    if jobs <= 1:
        report = Report([_evaluate_one(p, Path(docs_dir), options) for p in golds])
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs) as pool:
            report = Report(list(pool.map(_evaluate_one, golds, [Path(docs_dir)] * len(golds),
                                          [options] * len(golds))))
    _require_some(report, docs_dir)
    return report


def _require_some(report: Report, docs_dir: Path) -> None:
    missing = report.not_scored()
    if len(missing) == len(report.docs):
        first = missing[0]
        raise EvalError(f"none of the {len(report.docs)} gold documents could be scored in {docs_dir} "
                        f"({first.doc}: {first.status}); check --docs")
