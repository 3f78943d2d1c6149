"""Normalisation throughput on a ~1 MB text, against one regex pass over the same text.

Convention: ``run()`` returns named figures. ``normalize_chars_per_s`` is the
whole normaliser (every fixer, the offset map and the repairs list);
``baseline_chars_per_s`` is one compiled ``regex`` pass (``finditer`` of a
full-width character class) over the same text, measured in the same run, and
``normalize_vs_baseline`` is normalise time over baseline time. ``<fixer>_s``
gives each fixer's own share (its ``find`` plus applying its edits).

The input is every corpus document (raw, before normalisation) repeated to
about 1 MB, so all phenomena appear: page markers, chrome, pinyin, mojibake,
full-width characters, traditional script. Run ``python benchmarks/bench_normalize.py``.
"""

from __future__ import annotations

import time
from pathlib import Path

import regex

from policydoc.normalize import normalize
from policydoc.normalize.offsets import apply_edits
from policydoc.normalize.pipeline import FIXERS, FixContext

from timing import best_of  # benchmarks/timing.py (this folder is on sys.path when run)

REPO = Path(__file__).resolve().parents[1]
TARGET_CHARS = 1_000_000


def make_text(size: int = TARGET_CHARS) -> str:
    """The raw corpus documents, repeated until ``size`` characters."""
    paths = sorted(p for p in (REPO / "corpus").rglob("*.txt") if not p.name.endswith(".expected.txt"))
    texts = [p.read_bytes().decode("utf-8") for p in paths]
    parts, total = [], 0
    while total < size:
        for t in texts:
            parts.append(t)
            total += len(t)
    return "\n".join(parts)


def _fixer_seconds(text: str) -> dict[str, float]:
    """Time of each fixer on the text it sees in the pipeline."""
    out: dict[str, float] = {}
    for fixer in FIXERS:
        start = time.perf_counter()
        edits = fixer.func(text, FixContext())
        text, _ = apply_edits(text, edits)
        out[f"{fixer.name}_s"] = time.perf_counter() - start
    return out


def run() -> dict[str, float]:
    text = make_text()
    normalize(text[:50_000])  # warm-up: lazy imports, OpenCC dictionaries, compiled rules
    baseline = regex.compile(r"[\uff01-\uff5e]+")
    baseline_s = best_of(lambda: sum(1 for _ in baseline.finditer(text)))
    normalize_s = best_of(lambda: normalize(text))
    result = normalize(text)
    figures = {
        "chars": float(len(text)),
        "repairs": float(len(result.repairs)),
        "normalize_chars_per_s": len(text) / normalize_s,
        "baseline_chars_per_s": len(text) / baseline_s,
        "normalize_vs_baseline": normalize_s / baseline_s,
    }
    figures.update(_fixer_seconds(text))
    return figures


if __name__ == "__main__":
    print(run())
