"""Extraction throughput on a ~1 MB normalised text, against the outline stage in the same run.

Convention: ``run()`` returns named figures. ``extract_chars_per_s`` is the
whole extract stage (mentions, targets, indicators); ``extract_vs_outline`` is
extract time over outline time (below 1 means extraction is the cheaper stage).
The input is the extraction corpus repeated to about 1 MB and normalised once,
so the figures measure extraction alone. Run with ``python benchmarks/bench_extract.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from policydoc.extract import extract_facts
from policydoc.normalize import normalize
from policydoc.outline import build_outline

from timing import best_of  # benchmarks/timing.py (this folder is on sys.path when run)

REPO = Path(__file__).resolve().parents[1]
TARGET_CHARS = 1_000_000


def make_text(size: int = TARGET_CHARS) -> str:
    """The corpus documents, repeated until ``size`` characters, normalised."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus").rglob("*.txt"))]
    parts, total = [], 0
    while total < size:
        for t in texts:
            parts.append(t)
            total += len(t)
    return normalize("\n".join(parts)).text


def run() -> dict[str, float]:
    text = make_text()
    sections = build_outline(text).sections
    extract_facts(text[:20_000], [])  # warm-up: lazy imports and the rjieba dictionary
    outline_s = best_of(lambda: build_outline(text))
    extract_s = best_of(lambda: extract_facts(text, sections))
    facts = extract_facts(text, sections)
    return {
        "chars": float(len(text)),
        "targets": float(len(facts.targets)),
        "outline_chars_per_s": len(text) / outline_s,
        "extract_chars_per_s": len(text) / extract_s,
        "extract_vs_outline": extract_s / outline_s,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
