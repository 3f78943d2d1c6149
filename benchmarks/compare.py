"""Issue 12's throughput rows for two checkouts in one process: ``python benchmarks/compare.py OTHER/src``.

The policydoc on ``sys.path`` (this checkout's, with ``PYTHONPATH=src``) and the one in
``OTHER/src`` (imported as the package ``policydoc_other``) run the same documents. Each
round runs every row for the other checkout and then, right after, for this one, so
load on a shared machine falls on both alike: the speed-up is the median over the
rounds of the two CPU times' ratio; the speeds are each side's least CPU time.
Documents as in ``bench_speed.py``; ``--no-seed-003`` leaves out the mojibake-damaged
seed, whose repair dominates normalisation. Prints one line per row.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Callable

from bench_speed import _FLOOR, _files  # benchmarks/ is on sys.path when run


def load_other(src: Path, name: str = "policydoc_other") -> ModuleType:
    """The package ``src/policydoc`` imported under ``name`` (its relative imports stay inside it)."""
    init = src / "policydoc" / "__init__.py"
    spec = importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(init.parent)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def rows_of(package: str, texts: list[str]) -> dict[str, Callable[[], object]]:
    parse = importlib.import_module(package).parse_text
    normalize = importlib.import_module(f"{package}.normalize").normalize
    build_outline = importlib.import_module(f"{package}.outline").build_outline
    for t in texts:  # warm: every lazy table and pattern loaded
        parse(t)
    return {
        "normalise": lambda: [normalize(t) for t in texts],
        "normalise + outline": lambda: [build_outline(normalize(t).text) for t in texts],
        "full parse": lambda: [parse(t) for t in texts],
        "full parse + JSON": lambda: [parse(t).model_dump_json() for t in texts],
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other_src", type=Path, help="the src folder of the other checkout")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--no-seed-003", action="store_true", help="leave out the mojibake-damaged seed 003")
    args = ap.parse_args(argv)
    what, files = _files()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files
             if not (args.no_seed_003 and p.name.startswith("003_"))]
    load_other(args.other_src)
    n = sum(len(t) for t in texts)
    sides = {"other": rows_of("policydoc_other", texts), "this": rows_of("policydoc", texts)}
    floor = min(_cpu(lambda: [list(_FLOOR.finditer(t)) for t in texts]) for _ in range(args.rounds))
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.rounds):
        for row in sides["this"]:
            for side, rows in sides.items():
                times.setdefault((side, row), []).append(_cpu(rows[row]))
    print(f"{len(texts)} documents ({what}), {n:,} chars; one regex pass {n / floor / 1e6:.0f} M chars/s")
    for row in sides["this"]:
        a, b = times[("other", row)], times[("this", row)]
        ratio = statistics.median(x / y for x, y in zip(a, b))
        print(f"{row:20s} other {n / min(a) / 1e6:5.2f} M chars/s ({min(a) / floor:4.0f}x floor)   "
              f"this {n / min(b) / 1e6:5.2f} M chars/s ({min(b) / floor:4.0f}x)   speed-up {ratio:.2f}x")
    return 0


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
