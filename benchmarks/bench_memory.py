"""Peak memory and time of one parse as the input grows (issue 12/15 goal: peak ≤ 20× the input, linear cost).

Each size runs in a fresh process: policydoc is imported and warmed on the head of
every source document (dictionaries, converters and patterns load once per process,
whatever the input's size), the
resident set is read and, on Linux, its peak reset to it (``/proc/self/clear_refs``; the
warm-up's own high-water mark would otherwise hide a parse that stays below it), then the
whole input is parsed and its JSON written (as ``policydoc parse -o`` does) and the peak
read again. The figure is the growth of the peak over the warmed process, as a multiple of
the input's bytes.

Inputs are real documents repeated to each size: ../shared/realdev/docs where
present (a mix of simplified and traditional, Markdown, OCR and PDF text),
else the corpus. ``POLICYDOC_BENCH_LARGE=1`` adds 20 MB (about a minute).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT.parent / "shared" / "realdev" / "docs"
KB = 1024
SIZES = [10 * KB, 100 * KB, 1024 * KB, 4096 * KB]
LARGE = 20 * 1024 * KB

_CHILD = r"""
import json, os, resource, sys, time
from policydoc import PolicydocError, parse_text
from policydoc.export.jsondoc import write_json


def status_kb(field):
    # VmRSS / VmHWM of /proc/self/status (Linux), else the peak resident set of getrusage
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def reset_peak():
    # Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) to the current one, so the
    # peak read after the parse is the parse's own, not the warm-up's high-water mark
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False

path, warm = sys.argv[1], sys.argv[2]
for part in open(warm, encoding="utf-8").read().split("\f"):
    try:
        with open(os.devnull, "w", encoding="utf-8") as out:  # warm: dictionaries, patterns and
            write_json(parse_text(part), out, indent=2)  # serialisers every process loads once
    except PolicydocError:
        pass
reset = reset_peak()
base = status_kb("VmRSS") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
from policydoc import parse
doc = parse(path)
with open(os.devnull, "w", encoding="utf-8") as out:
    write_json(doc, out, indent=2)
seconds = time.perf_counter() - t0
peak = status_kb("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"base_kb": base, "peak_kb": peak, "seconds": seconds, "reset": reset}))
"""


def _sources() -> list[Path]:
    if REALDEV.is_dir():
        return sorted(REALDEV.glob("*.txt"))
    return sorted((ROOT / "corpus").rglob("*.txt"))


def _text_of(size: int, sources: list[Path]) -> bytes:
    blob = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sources).encode("utf-8")
    data = (blob * (size // len(blob) + 1))[:size]
    return data.decode("utf-8", "ignore").encode("utf-8")  # no character cut at the end


def measure(size: int, folder: Path, sources: list[Path]) -> dict[str, float]:
    path = folder / f"input_{size}.txt"
    path.write_bytes(_text_of(size, sources))
    warm = folder / "warm.txt"
    warm.write_text("\f".join(p.read_text(encoding="utf-8", errors="replace")[:3000] for p in sources), encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(warm)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> dict[str, object]:
    sizes = SIZES + ([LARGE] if os.environ.get("POLICYDOC_BENCH_LARGE") == "1" else [])
    sources = _sources()
    figures: dict[str, object] = {"inputs": "realdev" if REALDEV.is_dir() else "corpus"}
    per_mb: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            m = measure(size, Path(tmp), sources)
            growth = max(0, m["peak_kb"] - m["base_kb"]) * KB / size
            label = f"{size // KB} KB" if size < 1024 * KB else f"{size // (1024 * KB)} MB"
            figures[f"{label}: peak growth × input"] = round(growth, 1)
            figures[f"{label}: seconds per MB"] = round(m["seconds"] * 1024 * KB / size, 2)
            if size >= 1024 * KB:
                per_mb.append(m["seconds"] * 1024 * KB / size)
    if len(per_mb) > 1:
        figures["time per MB, largest / 1 MB (1.0 = linear)"] = round(per_mb[-1] / per_mb[0], 2)
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
