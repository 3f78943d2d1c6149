"""Outline throughput on a ~1 MB document: the corpus repeated.

Convention: ``run()`` returns named figures. ``baseline`` is one compiled regex
pass over the same text (a marker-like pattern, ``finditer`` counted), measured
in the same run; ``ratio_to_baseline`` is outline time over baseline time.
Run directly with ``python benchmarks/bench_outline.py``.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from policydoc.outline import build_outline

from timing import best_of  # benchmarks/timing.py (this folder is on sys.path when run)

REPO = Path(__file__).resolve().parents[1]
TARGET_CHARS = 1_000_000
REPEATS = 3
_BASELINE = re.compile(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,3}[.．、]")


def make_document(target: int = TARGET_CHARS) -> str:
    """The corpus documents (all of ``corpus/``) joined, repeated until ``target`` characters."""
    files = sorted(p for p in (REPO / "corpus").rglob("*.txt") if not p.name.endswith((".outline.txt", ".expected.txt")))
    unit = "\n".join(p.read_text(encoding="utf-8") for p in files)
    return (unit + "\n") * (target // (len(unit) + 1) + 1)


def run() -> dict:
    text = make_document()
    build_outline(text[:20000])  # warm up lazy imports and compiled patterns
    outline_s = best_of(lambda: build_outline(text), REPEATS)
    baseline_s = best_of(lambda: sum(1 for _ in _BASELINE.finditer(text)), REPEATS)
    sections = len(build_outline(text).sections)
    return {
        "chars": len(text),
        "top_sections": sections,
        "outline_seconds": round(outline_s, 4),
        "outline_chars_per_s": round(len(text) / outline_s),
        "baseline_seconds": round(baseline_s, 4),
        "baseline_chars_per_s": round(len(text) / baseline_s),
        "ratio_to_baseline": round(outline_s / baseline_s, 2),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:>22}  {value}")
