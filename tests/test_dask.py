"""Batch on Dask and Parquet datasets (the optional extra policydoc[dask], installed by `make test`)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'policydoc[dask]')")
pytest.importorskip("pyarrow")
duckdb = pytest.importorskip("duckdb")

import policydoc  # noqa: E402
from policydoc.batch import run_batch  # noqa: E402
from policydoc.export.arrow import COLUMNS, TABLES  # noqa: E402
from policydoc.export.records import to_records  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SAMPLE = CORPUS / "export" / "city_education_plan.txt"


def _make_docs(folder: Path, n: int, repeat: int = 1) -> list[Path]:
    text = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for i in range(n):
        p = folder / f"doc{i:04d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"第{i}号文件\n" + text * repeat, encoding="utf-8")
        paths.append(p)
    return paths


def _sql(query: str) -> list[tuple]:
    return duckdb.sql(query).fetchall()


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def test_dask_engine_gives_the_records_of_the_process_engine(tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    by_process, by_dask = tmp_path / "p.jsonl", tmp_path / "d.jsonl"
    run_batch(str(CORPUS / "invented"), by_process, jobs=2, progress=False)
    summary = run_batch(str(CORPUS / "invented"), by_dask, jobs=2, progress=False, engine="dask",
                        scheduler=cluster.scheduler_address)
    assert summary.documents > 20
    assert by_dask.read_bytes() == by_process.read_bytes()


def test_a_local_cluster_is_started_and_closed_without_an_address(tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    _make_docs(tmp_path / "in", 6)
    summary = run_batch(str(tmp_path / "in"), out, jobs=2, progress=False, engine="dask")
    assert summary.documents == 6 and len(out.read_text(encoding="utf-8").splitlines()) == 6


def test_a_worker_killed_mid_run_loses_no_document(tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    docs = _make_docs(tmp_path / "in", 120, repeat=3)
    out = tmp_path / "d.jsonl"
    result: dict = {}
    run = threading.Thread(target=lambda: result.update(s=run_batch(
        str(tmp_path / "in"), out, jobs=2, progress=False, engine="dask", scheduler=cluster.scheduler_address)))
    run.start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.is_alive() and not (out.exists() and out.read_bytes().count(b"\n")):
        time.sleep(0.01)
    if not run.is_alive():
        pytest.skip("the batch finished before a worker could be killed")
    victim = next(iter(cluster.workers.values()))
    os.kill(victim.process.process.pid, signal.SIGKILL)  # its nanny starts a new one; its tasks run again
    run.join(180)
    assert not run.is_alive() and result["s"].documents == len(docs)
    paths = [json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(paths) == sorted(str(p) for p in docs)


@pytest.mark.parametrize("engine", ["process", "dask"])
def test_parquet_tables_read_back_like_the_record_exports(tmp_path: Path, engine: str) -> None:
    folder = CORPUS / "invented" / "set1"
    (tmp_path / "in").mkdir()
    for p in folder.glob("*.txt"):
        (tmp_path / "in" / p.name).write_bytes(p.read_bytes())
    (tmp_path / "in" / "bad.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "ds"
    summary = run_batch(str(tmp_path / "in"), out, jobs=2, progress=False, fmt="parquet", engine=engine)
    docs = [policydoc.parse(p) for p in sorted((tmp_path / "in").glob("*.txt")) if p.name != "bad.txt"]
    for d in docs:
        d.source.path = str(Path(d.source.path))
    assert summary.documents == len(docs) and summary.errors == 1
    want = sorted((r["doc"], r["indicator"], r["value"], r["unit"], r["year"], r["text"], *r["span"])
                  for d in docs for r in to_records(d, "targets"))
    got = _sql(f"SELECT doc, indicator, value, unit, year, text, start, \"end\" FROM '{out}/targets/*.parquet'")
    assert sorted(got) == want and want
    want_parties = sorted((r["doc"], r["task"], tuple(r["lead"]), tuple(r["support"])) for d in docs
                          for r in to_records(d, "parties"))
    got_parties = _sql(f"SELECT doc, task, lead, support FROM '{out}/parties/*.parquet'")
    assert sorted((a, b, tuple(c), tuple(d)) for a, b, c, d in got_parties) == want_parties
    sections = _sql(f"SELECT count(*) FROM '{out}/sections/*.parquet'")[0][0]
    assert sections == sum(len(d.iter_sections()) for d in docs)
    assert _sql(f"SELECT doc FROM '{out}/errors/*.parquet'") == [(str(tmp_path / "in" / "bad.txt"),)]
    linked = _sql(f"SELECT count(*) FROM '{out}/targets/*.parquet' t JOIN '{out}/sections/*.parquet' s "
                  "ON t.doc = s.doc AND t.section_id = s.id")[0][0]
    assert linked == _sql(f"SELECT count(*) FROM '{out}/targets/*.parquet' WHERE section_id IS NOT NULL")[0][0]


def test_parquet_resume_ends_with_every_document_once(tmp_path: Path) -> None:
    docs = _make_docs(tmp_path / "in", 40)
    out = tmp_path / "ds"
    run_batch(str(tmp_path / "in"), out, jobs=2, progress=False, fmt="parquet")
    full = _sql(f"SELECT count(*) FROM '{out}/targets/*.parquet'")[0][0]
    commits = sorted((out / "documents").glob("part-*.parquet"))
    commits[0].unlink()  # a run killed after writing a chunk's targets, before its documents mark
    (out / "targets" / ".part-x.parquet.tmp").write_bytes(b"half")  # and one killed mid-write
    summary = run_batch(str(tmp_path / "in"), out, jobs=2, progress=False, fmt="parquet", resume=True)
    assert summary.skipped == len(docs) - summary.documents > 0
    names = [r[0] for r in _sql(f"SELECT doc FROM '{out}/documents/*.parquet'")]
    assert sorted(names) == sorted(str(p) for p in docs)
    assert _sql(f"SELECT count(*) FROM '{out}/targets/*.parquet'")[0][0] == full
    assert not list(out.rglob("*.tmp"))


def test_a_changed_file_is_parsed_again_on_resume(tmp_path: Path) -> None:
    docs = _make_docs(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    run_batch(str(tmp_path / "in"), out, progress=False)
    docs[1].write_text("一、目标\n到2030年，覆盖率达到99%。", encoding="utf-8")
    summary = run_batch(str(tmp_path / "in"), out, progress=False, resume=True)
    assert (summary.skipped, summary.documents) == (2, 1)


def test_killed_parquet_run_resumes_with_every_document_once(tmp_path: Path) -> None:
    docs = _make_docs(tmp_path / "in", 300, repeat=3)
    out = tmp_path / "ds"
    cmd = [sys.executable, "-m", "policydoc", "batch", str(tmp_path / "in"), "-o", str(out), "--jobs", "2",
           "--format", "parquet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if len(list((out / "documents").glob("part-*.parquet"))) >= 3:
            break
        time.sleep(0.01)
    if proc.poll() is not None:
        pytest.skip("the batch finished before it could be interrupted")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    names = [r[0] for r in _sql(f"SELECT doc FROM '{out}/documents/*.parquet'")]
    assert sorted(names) == sorted(str(p) for p in docs)
    per_doc = _sql(f"SELECT count(DISTINCT n) FROM (SELECT doc, count(*) n FROM '{out}/targets/*.parquet' GROUP BY doc)")
    assert per_doc == [(1,)]  # every document (the same text) has its targets once


def test_schema_arrow_prints_every_table() -> None:
    res = subprocess.run([sys.executable, "-m", "policydoc", "schema", "--arrow"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    for table in TABLES:
        assert f"\n{table}\n" in "\n" + res.stdout
        for column, _ in COLUMNS[table]:
            assert f"{column}: " in res.stdout


def test_docs_list_every_column() -> None:
    page = (REPO / "docs" / "distributed.md").read_text(encoding="utf-8")
    for table in TABLES:
        for column, _ in COLUMNS[table]:
            assert f"`{column}`" in page, (table, column)


def test_bag_and_dataframes_give_the_tables() -> None:
    import dask

    from policydoc.dask import documents_bag, to_dataframes

    paths = [str(p) for p in sorted((CORPUS / "invented" / "set1").glob("*.txt"))[:4]]
    bag = documents_bag([*paths, SAMPLE.read_bytes()], npartitions=2)
    with dask.config.set(scheduler="synchronous"):
        frames = to_dataframes(bag)
        targets = frames["targets"].compute()
        documents = frames["documents"].compute()
    docs = [policydoc.parse(Path(p)) for p in paths] + [policydoc.parse(SAMPLE.read_bytes())]
    assert len(documents) == 5 and len(targets) == sum(len(d.targets) for d in docs)
    assert sorted(targets["indicator"]) == sorted(t.indicator for d in docs for t in d.targets)
