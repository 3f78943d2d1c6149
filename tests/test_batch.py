"""Batch conversion: bad files become error records, interrupted runs resume without duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policydoc.batch import chunked, done_paths, find_inputs, run_batch

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "corpus" / "export" / "city_education_plan.txt"


def _make_docs(folder: Path, n: int, repeat: int = 1) -> list[Path]:
    """``n`` distinct documents (each numbered), spread over two sub-folders."""
    text = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for i in range(n):
        p = folder / f"part{i % 2}" / f"doc{i:04d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"第{i}号文件\n" + text * repeat, encoding="utf-8")
        paths.append(p)
    return paths


def _records(out: Path) -> list[dict]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _path_of(record: dict) -> str:
    return record["source"]["path"] if "source" in record else record["path"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_file_becomes_an_error_record(tmp_path: Path, jobs: int) -> None:
    docs = _make_docs(tmp_path / "in", 12)
    bad = docs[5].with_name("doc0005b.txt")
    bad.write_bytes(bytes(range(256)) * 40)  # binary garbage in the middle of the run
    (tmp_path / "in" / "notes.xls").write_bytes(b"\xd0\xcf\x11\xe0")  # not a batch input type: ignored
    out = tmp_path / "out.jsonl"
    summary = run_batch(str(tmp_path / "in"), out, jobs=jobs, resume=False, options=None, progress=False)
    records = _records(out)
    assert (summary.documents, summary.errors) == (12, 1)
    assert [_path_of(r) for r in records] == sorted(str(p) for p in [*docs, bad])
    errors = [r for r in records if "error" in r]
    assert errors == [{"path": str(bad), "error": errors[0]["error"]}]
    assert "binary" in errors[0]["error"]
    assert all(r["schema_version"] == "1" and r["text"].startswith("第") for r in records if "error" not in r)
    assert "12 documents, 1 error" in summary.describe()


def test_glob_input_takes_every_match(tmp_path: Path) -> None:
    _make_docs(tmp_path, 4)
    (tmp_path / "part0" / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    found = find_inputs(str(tmp_path / "part0" / "*"))
    assert [Path(p).name for p in found] == ["doc0000.txt", "doc0002.txt", "scan.pdf"]
    summary = run_batch(str(tmp_path / "part0" / "*"), tmp_path / "o.jsonl", jobs=1, resume=False,
                        options=None, progress=False)
    assert (summary.documents, summary.errors) == (2, 1)
    assert "not a readable PDF" in _records(tmp_path / "o.jsonl")[-1]["error"]


def test_resume_trims_a_truncated_last_line(tmp_path: Path) -> None:
    docs = _make_docs(tmp_path / "in", 5)
    out = tmp_path / "out.jsonl"
    run_batch(str(tmp_path / "in"), out, jobs=1, resume=False, options=None, progress=False)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:2]) + lines[2][: len(lines[2]) // 2], encoding="utf-8")  # killed mid-write
    assert len(done_paths(out)) == 2 and out.read_text(encoding="utf-8").endswith("\n")
    summary = run_batch(str(tmp_path / "in"), out, jobs=1, resume=True, options=None, progress=False)
    assert (summary.skipped, summary.documents) == (2, 3)
    assert sorted(_path_of(r) for r in _records(out)) == sorted(str(p) for p in docs)


def test_resume_skips_error_records_too(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert run_batch(str(tmp_path / "in"), out, jobs=1, resume=False, options=None, progress=False).errors == 1
    again = run_batch(str(tmp_path / "in"), out, jobs=1, resume=True, options=None, progress=False)
    assert (again.skipped, again.errors, len(_records(out))) == (1, 0, 1)


def test_without_resume_the_output_starts_over(tmp_path: Path) -> None:
    _make_docs(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    for _ in range(2):
        run_batch(str(tmp_path / "in"), out, jobs=1, resume=False, options=None, progress=False)
    assert len(_records(out)) == 3


@pytest.mark.parametrize("n,jobs,sizes", [(0, 2, []), (3, 2, [1, 1, 1]), (100, 1, [16] * 6 + [4])])
def test_chunks_cover_every_path_in_order(n: int, jobs: int, sizes: list[int]) -> None:
    items = [str(i) for i in range(n)]
    chunks = chunked(items, jobs)
    assert [len(c) for c in chunks] == sizes
    assert [x for c in chunks for x in c] == items


@pytest.mark.timeout(300)
def test_killed_run_resumes_with_every_document_once(tmp_path: Path) -> None:
    docs = _make_docs(tmp_path / "in", 300, repeat=3)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "policydoc", "batch", str(tmp_path / "in"), "-o", str(out), "--jobs", "2"]
    # its own process group, so that the kill takes the pool's workers too (as Ctrl-C or a job stop would)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 30:
            break
        time.sleep(0.01)
    if proc.poll() is not None:  # a very fast machine; the truncated-file tests above still cover resuming
        pytest.skip("the batch finished before it could be interrupted")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = out.read_bytes().count(b"\n")
    assert 30 <= partial < len(docs)
    done = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "already in the output, skipped" in done.stderr.splitlines()[-1]
    paths = [_path_of(r) for r in _records(out)]
    assert sorted(paths) == sorted(str(p) for p in docs)
    assert len(paths) == len(set(paths))


def _sleep_then(x: int) -> int:
    time.sleep(0.2)
    return x


def test_stopped_pool_leaves_no_thread_waiting_on_half_a_result() -> None:
    """A worker killed while sending its result leaves half a message in the result pipe: the pool's manager
    thread, reading it, must end once the workers are stopped (else the interpreter hangs at exit joining it)."""
    import struct
    import threading
    from concurrent.futures import ProcessPoolExecutor

    from policydoc.workers import _stop_pool

    pool = ProcessPoolExecutor(max_workers=2)
    assert pool.submit(_sleep_then, 1).result(timeout=60) == 1
    manager = pool._executor_manager_thread  # type: ignore[attr-defined]
    assert isinstance(manager, threading.Thread) and manager.is_alive()
    writer = pool._result_queue._writer  # type: ignore[attr-defined]
    os.write(writer.fileno(), struct.pack("!i", 4096) + b"\x80" * 16)  # a header promising more than is sent
    time.sleep(0.3)  # the manager thread is now reading the rest
    _stop_pool(pool)
    manager.join(20)
    assert not manager.is_alive()
