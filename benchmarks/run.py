"""Run every ``benchmarks/bench_*.py`` and print one table of their figures.

Convention: each bench module defines ``run() -> dict`` of named figures
(numbers or short strings). Usage: ``python benchmarks/run.py [NAME ...]``
where NAME filters modules by substring (``outline`` runs bench_outline.py).
A benchmark that fails is reported in the table and does not stop the others.
"""

from __future__ import annotations

import importlib.util
import sys
import time
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent


def discover(filters: list[str]) -> list[Path]:
    """The bench files, sorted, kept when their name contains one of ``filters`` (all when none)."""
    files = sorted(HERE.glob("bench_*.py"))
    return [f for f in files if not filters or any(x in f.stem for x in filters)]


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_one(path: Path) -> tuple[dict[str, Any], float]:
    """The figures of one bench module (or its error) and the wall time it took."""
    t0 = time.perf_counter()
    try:
        figures = dict(load(path).run())
    except Exception as exc:  # one broken benchmark must not hide the others
        traceback.print_exc(file=sys.stderr)
        figures = {"error": f"{type(exc).__name__}: {exc}"}
    return figures, time.perf_counter() - t0


def format_table(results: list[tuple[str, dict[str, Any], float]]) -> str:
    """One row per figure: bench, name, value, aligned."""
    rows = [("bench", "figure", "value")]
    for name, figures, seconds in results:
        for key, value in figures.items():
            rows.append((name, key, f"{value:,}" if isinstance(value, (int, float)) else str(value)))
        rows.append((name, "(wall seconds)", f"{seconds:.2f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:>{widths[2]}}" for a, b, c in rows]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    paths = discover(argv)
    if not paths:
        print(f"no benchmarks match {argv}", file=sys.stderr)
        return 1
    results = []
    for path in paths:
        figures, seconds = run_one(path)
        results.append((path.stem.removeprefix("bench_"), figures, seconds))
    sys.stdout.write(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
