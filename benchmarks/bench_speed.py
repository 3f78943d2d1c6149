"""Issue 12's table: real documents parsed one by one in a warm process, against one regex pass.

Documents: ../shared/realdev and ../shared/seeds (.txt) where present, else the corpus.
Each row runs over every document on its own, as users parse them; the figure is the
least CPU time of five rounds that interleave the rows (so load on a shared machine
slows every row alike); the floor is one compiled ``regex`` pass over the same texts
in the same run, so the ratios compare across machines. Goals (per core): full parse
>= 3 M chars/s (<= 20x the floor's time), with JSON >= 2.5 M chars/s; normalise + outline
>= 10 M chars/s.
"""

from __future__ import annotations

from pathlib import Path

import regex

from timing import best_cpu_of_each  # benchmarks/timing.py (this folder is on sys.path when run)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
_FLOOR = regex.compile(r"\d+(?:\.\d+)?%")
ROWS = ("one regex pass (floor)", "OpenCC t2s", "rjieba cut", "normalise", "normalise + outline", "full parse",
        "full parse + JSON")
"""The rows of the issue's table, in its order."""


def _files() -> tuple[str, list[Path]]:
    """What the documents are, and their files."""
    files = sorted((SHARED / "realdev" / "docs").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    if files:
        return "realdev + seeds", files
    return "corpus", sorted((REPO / "corpus").rglob("*.txt"))


def _texts() -> tuple[str, list[str]]:
    what, files = _files()
    return what, [p.read_text(encoding="utf-8", errors="replace") for p in files]


def run() -> dict[str, object]:
    from policydoc import parse_text
    from policydoc.normalize import normalize
    from policydoc.normalize.script import to_simplified
    from policydoc.outline import build_outline

    what, texts = _texts()
    n = sum(len(t) for t in texts)
    for t in texts:  # warm: every lazy table and pattern loaded
        parse_text(t)
    import rjieba

    rows = {
        ROWS[0]: lambda: [list(_FLOOR.finditer(t)) for t in texts],
        "OpenCC t2s": lambda: [to_simplified(t) for t in texts],
        "rjieba cut": lambda: [rjieba.cut(t) for t in texts],
        "normalise": lambda: [normalize(t) for t in texts],
        "normalise + outline": lambda: [build_outline(normalize(t).text) for t in texts],
        "full parse": lambda: [parse_text(t) for t in texts],
        "full parse + JSON": lambda: [parse_text(t).model_dump_json() for t in texts],
    }
    assert tuple(rows) == ROWS
    seconds = best_cpu_of_each(rows)
    floor = seconds[ROWS[0]]
    figures: dict[str, object] = {"documents": f"{len(texts)} ({what}), {n:,} chars, one by one"}
    for name, s in seconds.items():
        figures[f"{name}: M chars/s"] = round(n / s / 1e6, 2)
        figures[f"{name}: x floor"] = round(s / floor, 1)
    return figures


def table(figures: dict[str, object]) -> str:
    """The figures of :func:`run` as the issue's Markdown table."""
    rows = [f"Documents: {figures['documents']}.", "", "| | M chars/s | x the regex floor's time |", "|---|---|---|"]
    for name in ROWS:
        rows.append(f"| {name} | {figures[f'{name}: M chars/s']} | {figures[f'{name}: x floor']} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(table(run()), end="")
