"""Full-parse throughput per stage on ~1 MB of clean plan text.

Two texts, each about 1 MB: the corpus documents of the outline, extract and
parties folders (invented plans, schemes and reports, far denser in headings and
facts than real documents) repeated, and, where ``../shared`` is present, the
four development seeds repeated (real documents; one of them is mojibake-damaged
traditional text, which exercises the slow repair path). Each stage is timed on its own input, best of three, and every
figure is also given as a ratio to one compiled ``regex`` pass over the same
text measured in the same run, so the figures compare across machines.

Goals (per core): normalise + outline >= 10 M chars/s, full parse >= 3 M chars/s.
"""

from __future__ import annotations

from pathlib import Path

import regex

from timing import best_of  # benchmarks/timing.py (this folder is on sys.path when run)

REPO = Path(__file__).resolve().parents[1]
FOLDERS = ("outline", "extract", "parties")
TARGET_CHARS = 1_000_000
_BASELINE = regex.compile(r"\d+(?:\.\d+)?%")


SEEDS = REPO.parent / "shared" / "seeds"


def make_seed_document(target: int = TARGET_CHARS) -> str | None:
    """The development seeds (outside the repository, when present) repeated: real, less dense text."""
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not files:
        return None
    unit = "\n".join(p.read_text(encoding="utf-8") for p in files)
    return (unit + "\n") * (target // (len(unit) + 1) + 1)


def make_document(target: int = TARGET_CHARS) -> str:
    files = sorted(
        p
        for folder in FOLDERS
        for p in (REPO / "corpus" / folder).glob("*.txt")
        if not p.name.endswith((".outline.txt", ".expected.txt"))
    )
    unit = "\n".join(p.read_text(encoding="utf-8") for p in files)
    return (unit + "\n") * (target // (len(unit) + 1) + 1)


def measure(source: str, label: str) -> dict:
    """Per-stage throughput on ``source``; figures are prefixed with ``label``."""
    from policydoc.extract import extract_facts
    from policydoc.normalize import normalize
    from policydoc.outline import build_outline
    from policydoc.parties import extract_parties

    warm = normalize(source[:30000]).text
    extract_parties(warm, build_outline(warm).sections)
    extract_facts(warm, build_outline(warm).sections)

    norm = normalize(source)
    sections = build_outline(norm.text).sections
    times = {
        "normalize": best_of(lambda: normalize(source)),
        "outline": best_of(lambda: build_outline(norm.text)),
        "extract": best_of(lambda: extract_facts(norm.text, sections)),
        "parties": best_of(lambda: extract_parties(norm.text, sections)),
    }
    baseline = best_of(lambda: sum(1 for _ in _BASELINE.finditer(source)))
    n = len(source)
    figures: dict[str, object] = {f"{label}_chars": n, f"{label}_baseline_chars_per_s": round(n / baseline)}
    for name, seconds in times.items():
        figures[f"{label}_{name}_chars_per_s"] = round(n / seconds)
    total = sum(times.values())
    figures[f"{label}_normalize+outline_chars_per_s"] = round(n / (times["normalize"] + times["outline"]))
    figures[f"{label}_full_parse_chars_per_s"] = round(n / total)
    figures[f"{label}_full_parse_ratio_to_baseline"] = round(total / baseline, 1)
    return figures


def run() -> dict:
    figures = measure(make_document(), "corpus")
    seeds = make_seed_document()
    if seeds is not None:
        figures.update(measure(seeds, "seeds"))
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:>32}  {value}")
