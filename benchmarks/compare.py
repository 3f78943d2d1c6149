"""Issue 12's throughput rows for two checkouts in one process: ``python benchmarks/compare.py OTHER/src``.

The policydoc on ``sys.path`` (this checkout's, with ``PYTHONPATH=src``) and the one in
``OTHER/src`` (imported as the package ``policydoc_other``) run the same documents,
row by row in interleaved rounds, so load on a shared machine falls on both alike;
each figure is the least CPU time of the rounds. Documents as in ``bench_speed.py``;
``--no-seed-003`` leaves out the mojibake-damaged seed, whose repair dominates
normalisation. Prints one line per row: both speeds and the speed-up.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Callable

from bench_speed import _FLOOR, _files  # benchmarks/ is on sys.path when run
from timing import best_cpu_of_each


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
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-seed-003", action="store_true", help="leave out the mojibake-damaged seed 003")
    args = ap.parse_args(argv)
    what, files = _files()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files
             if not (args.no_seed_003 and p.name.startswith("003_"))]
    load_other(args.other_src)
    n = sum(len(t) for t in texts)
    fns: dict[str, Callable[[], object]] = {"floor": lambda: [list(_FLOOR.finditer(t)) for t in texts]}
    for tag, package in (("other", "policydoc_other"), ("this", "policydoc")):
        fns.update({f"{tag} {row}": fn for row, fn in rows_of(package, texts).items()})
    best = best_cpu_of_each(fns, args.rounds)
    floor = best.pop("floor")
    print(f"{len(texts)} documents ({what}), {n:,} chars; one regex pass {n / floor / 1e6:.0f} M chars/s")
    for row in ("normalise", "normalise + outline", "full parse", "full parse + JSON"):
        a, b = best[f"other {row}"], best[f"this {row}"]
        print(f"{row:20s} other {n / a / 1e6:5.2f} M chars/s ({a / floor:4.0f}x floor)   "
              f"this {n / b / 1e6:5.2f} M chars/s ({b / floor:4.0f}x)   speed-up {a / b:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
