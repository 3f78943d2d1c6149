"""Batch throughput: 500 documents generated from the corpus, jobs=1 against jobs=2.

Convention: ``run()`` returns named figures. ``speedup`` is jobs=1 time over
jobs=2 time (above 1 means the pool pays for itself on small files); both runs start
from the same warm process (issue 12's goal: >= 1.8x with two jobs).
Run directly with ``python benchmarks/bench_batch.py``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from policydoc.batch import run_batch

REPO = Path(__file__).resolve().parents[1]
N_DOCS = 500


def _corpus_texts() -> list[str]:
    files = sorted(p for p in (REPO / "corpus").rglob("*.txt") if not p.name.endswith(".expected.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    return [t for t in texts if t.strip()]


def make_documents(folder: Path, n: int = N_DOCS) -> int:
    """Write ``n`` distinct documents cycling through the corpus; return their total size in characters."""
    texts = _corpus_texts()
    total = 0
    for i in range(n):
        text = f"第{i}号文件\n" + texts[i % len(texts)]
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        chars = make_documents(folder)
        figures: dict = {"documents": N_DOCS, "chars": chars}
        # warm this process first with an untimed pass (patterns compiled on first use, the tagger): jobs=1 parses
        # here and jobs=2 forks its workers from here, so both runs start equally warm (measured cold, jobs=1 paid
        # the warm-up alone and the ratio read 2.8x on two cores)
        run_batch(str(folder), Path(tmp) / "warm.jsonl", jobs=1, resume=False, options=None, progress=False)
        for jobs in (1, 2):
            summary = run_batch(str(folder), Path(tmp) / f"out{jobs}.jsonl", jobs=jobs, resume=False,
                                options=None, progress=False)
            assert summary.documents + summary.errors == N_DOCS
            figures[f"jobs{jobs}_seconds"] = round(summary.seconds, 3)
            figures[f"jobs{jobs}_docs_per_s"] = round(N_DOCS / summary.seconds, 1)
        figures["speedup"] = round(figures["jobs1_seconds"] / figures["jobs2_seconds"], 2)
        figures["ratio_jobs2_to_jobs1_time"] = round(figures["jobs2_seconds"] / figures["jobs1_seconds"], 2)
    return figures


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
