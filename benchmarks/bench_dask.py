"""Dask engine against the process pool on >= 500 documents, and the client's memory as the corpus grows.

Issue 14's goals: a 2-worker LocalCluster reaches >= 0.8x the throughput of ``--jobs 2``, and
memory on the client stays flat as the corpus grows. Documents: the corpus's invented plans,
each copied with a numbered first line until there are N of them (N = 500, and 250 for the
memory comparison). Each run is a fresh process running ``run_batch`` (JSONL output); the
cluster is started before the clock starts (its start-up, ~2 s, is reported apart). Needs the
``dask`` extra.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
N = 500

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from policydoc.batch import run_batch
inputs, out, engine, scheduler = sys.argv[1:5]
start = time.perf_counter()
s = run_batch(inputs, Path(out), jobs=2, progress=False, engine=engine, scheduler=scheduler or None)
print(json.dumps({"seconds": time.perf_counter() - start, "documents": s.documents,
                  "client_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _corpus(folder: Path, n: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus" / "invented").rglob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc{i:05d}.txt").write_text(f"第{i}号\n" + texts[i % len(texts)], encoding="utf-8")


def _run(inputs: Path, out: Path, engine: str, scheduler: str = "") -> dict:
    res = subprocess.run([sys.executable, "-c", _CHILD, str(inputs), str(out), engine, scheduler],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def run() -> dict[str, object]:
    from distributed import LocalCluster

    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _corpus(root / "half", N // 2)
        _corpus(root / "all", N)
        process = _run(root / "all", root / "p.jsonl", "process")
        started = time.perf_counter()
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
            figures["LocalCluster start-up s"] = round(time.perf_counter() - started, 2)
            _run(root / "half", root / "w.jsonl", "dask", cluster.scheduler_address)  # workers warm
            half = _run(root / "half", root / "h.jsonl", "dask", cluster.scheduler_address)
            dask = _run(root / "all", root / "d.jsonl", "dask", cluster.scheduler_address)
        same = (root / "p.jsonl").read_bytes() == (root / "d.jsonl").read_bytes()
    figures["documents"] = dask["documents"]
    figures["--jobs 2 docs/s"] = round(N / process["seconds"], 1)
    figures["dask 2 workers docs/s"] = round(N / dask["seconds"], 1)
    figures["dask / process throughput (goal >= 0.8)"] = round(process["seconds"] / dask["seconds"], 2)
    figures["client peak MB, 250 docs"] = round(half["client_kb"] / 1024, 1)
    figures["client peak MB, 500 docs"] = round(dask["client_kb"] / 1024, 1)
    figures["same JSONL as --engine process"] = "yes" if same else "NO"
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
