"""Full-parse throughput per stage on ~1 MB of clean plan text.

The text is the corpus documents of the outline, extract and parties folders
(invented plans, schemes and reports, dense in headings and facts) repeated to
about 1 MB. Each stage is timed on its own input, best of three, and every
figure is also given as a ratio to one compiled ``regex`` pass over the same
text measured in the same run, so the figures compare across machines.

Goals (per core): normalise + outline >= 10 M chars/s, full parse >= 3 M chars/s.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import regex

REPO = Path(__file__).resolve().parents[1]
FOLDERS = ("outline", "extract", "parties")
TARGET_CHARS = 1_000_000
REPEATS = 3
_BASELINE = regex.compile(r"\d+(?:\.\d+)?%")


def make_document(target: int = TARGET_CHARS) -> str:
    files = sorted(
        p
        for folder in FOLDERS
        for p in (REPO / "corpus" / folder).glob("*.txt")
        if not p.name.endswith((".outline.txt", ".expected.txt"))
    )
    unit = "\n".join(p.read_text(encoding="utf-8") for p in files)
    return (unit + "\n") * (target // (len(unit) + 1) + 1)


def _best(func: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
    return best


def run() -> dict:
    from policydoc.extract import extract_facts
    from policydoc.normalize import normalize
    from policydoc.outline import build_outline
    from policydoc.parties import extract_parties

    source = make_document()
    warm = source[:30000]
    text = normalize(warm).text
    extract_parties(text, extract_facts(text, build_outline(text).sections) and build_outline(text).sections)

    norm = normalize(source)
    sections = build_outline(norm.text).sections
    times = {
        "normalize": _best(lambda: normalize(source)),
        "outline": _best(lambda: build_outline(norm.text)),
        "extract": _best(lambda: extract_facts(norm.text, sections)),
        "parties": _best(lambda: extract_parties(norm.text, sections)),
    }
    baseline = _best(lambda: sum(1 for _ in _BASELINE.finditer(source)))
    n = len(source)
    figures: dict[str, object] = {"chars": n, "baseline_chars_per_s": round(n / baseline)}
    for name, seconds in times.items():
        figures[f"{name}_chars_per_s"] = round(n / seconds)
    front = times["normalize"] + times["outline"]
    total = sum(times.values())
    figures["normalize+outline_chars_per_s"] = round(n / front)
    figures["full_parse_chars_per_s"] = round(n / total)
    figures["full_parse_ratio_to_baseline"] = round(total / baseline, 1)
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:>32}  {value}")
