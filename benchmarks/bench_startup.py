"""Issue 12's start-up figures: what one document costs a fresh process, and the CLI on one file.

- ``import policydoc``, then the first and the second parse of the same text in that
  process (the first pays every lazy import, pattern compilation, converter and
  dictionary load; goal: first parse <= 60 ms after import);
- ``policydoc parse FILE`` as a user runs it: wall time and peak resident memory of
  the whole process (goal on a 10k-character file: <= 0.3 s and <= 80 MB).

Texts: the real document nearest 10,000 characters (../shared/realdev and ../shared/seeds
where present, else the corpus), whole and its first 300 characters (cut at a line end).
Every figure is the best of three fresh processes; the machine's load shows in
absolute times, so compare figures measured in one run (``make bench``).

The processes run as an installed package does: with compiled bytecode (pip writes it at
install time). A machine that sets ``PYTHONDONTWRITEBYTECODE`` would make every fresh process
compile policydoc's sources again (about 0.13 s here), so the benchmark writes the bytecode to
a cache of its own (``PYTHONPYCACHEPREFIX``) in one untimed run first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RUNS = 3

_FIRST_PARSE = r"""
import json, sys, time
t0 = time.perf_counter()
import policydoc
t1 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
policydoc.parse_text(text)
t2 = time.perf_counter()
policydoc.parse_text(text)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "second": t3 - t2}))
"""

_CLI = r"""
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
subprocess.run([sys.executable, "-m", "policydoc", "parse", sys.argv[1]], stdout=subprocess.DEVNULL, check=True)
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def _text_near(chars: int) -> str:
    files = sorted((SHARED / "realdev" / "docs").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    files = files or sorted((REPO / "corpus").rglob("*.txt"))
    return min((p.read_text(encoding="utf-8", errors="replace") for p in files), key=lambda t: abs(len(t) - chars))


def _head(text: str, chars: int) -> str:
    """The first ``chars`` characters, cut back to the last line end inside them."""
    if chars >= len(text):
        return text
    head = text[:chars]
    return head[: head.rfind("\n") + 1] or head


def _env(pycache: Path) -> dict[str, str]:
    """The environment of a user's process: bytecode cached (here in ``pycache``, not in the source tree)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _best(script: str, path: Path, env: dict[str, str]) -> dict[str, float]:
    """Each figure's minimum over RUNS fresh processes running ``script`` on ``path`` (after one untimed run that
    fills the bytecode cache)."""
    runs = []
    for _ in range(RUNS + 1):
        out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                             check=True, env=env)
        runs.append(json.loads(out.stdout))
    runs = runs[1:]
    return {key: min(r[key] for r in runs) for key in runs[0]}


def run() -> dict[str, object]:
    text = _text_near(10_000)
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp) / "pycache")
        for chars in (300, len(text)):
            path = Path(tmp) / f"head{chars}.txt"
            head = _head(text, chars)
            path.write_text(head, encoding="utf-8")
            label = f"{len(head):,}-char text"
            first = _best(_FIRST_PARSE, path, env)
            figures[f"import policydoc: ms ({label})"] = round(first["import"] * 1000)
            figures[f"first parse after import: ms ({label})"] = round(first["first"] * 1000)
            figures[f"second parse: ms ({label})"] = round(first["second"] * 1000, 1)
            cli = _best(_CLI, path, env)
            figures[f"CLI parse: s ({label})"] = round(cli["seconds"], 2)
            figures[f"CLI parse: peak MB ({label})"] = round(cli["peak_kb"] / 1024)
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
