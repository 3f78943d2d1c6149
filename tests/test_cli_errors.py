"""Error paths of the command line, run as a user would (`python -m policydoc ...` in a subprocess):
every failure is one line `policydoc: error: ...` and exit status 2, never a traceback, and a
batch keeps the records it finished."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import policydoc

REPO = Path(__file__).resolve().parents[1]
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
PLAN = REPO / "corpus" / "export" / "city_education_plan.txt"
ROOT = os.geteuid() == 0
SRC = str(Path(policydoc.__file__).resolve().parents[1])  # the subprocesses run the policydoc under test


def run(*args: str, cwd: Path = REPO, **kw) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run([PYTHON, "-m", "policydoc", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=env, **kw)


def assert_one_line_error(res: subprocess.CompletedProcess, *words: str) -> str:
    """Exit 2, no traceback, and the last line of stderr is the error (a progress bar may come before it)."""
    assert res.returncode == 2, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr, res.stderr
    line = res.stderr.rstrip("\n").splitlines()[-1]
    assert line.startswith("policydoc: error: "), res.stderr
    assert res.stderr.count("policydoc: error:") == 1, res.stderr
    for word in words:
        assert word in line, line
    return line


def records(out: Path) -> list[dict]:
    data = out.read_bytes()
    assert not data or data.endswith(b"\n"), "the JSONL file ends in a partial line"
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def make_docs(folder: Path, n: int, repeat: int = 1) -> list[Path]:
    text = PLAN.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"doc{i:04d}.txt"
        p.write_text(f"第{i}号文件\n" + text * repeat, encoding="utf-8")
        paths.append(p)
    return paths


# --- 2. outputs: missing folders are created; any output that cannot be written is one line, exit 2 ----------


@pytest.mark.parametrize("command", ["parse", "view", "targets", "parties"])
def test_output_into_a_missing_folder_creates_it(tmp_path: Path, command: str) -> None:
    out = tmp_path / "new" / "deeper" / "out.file"
    res = run(command, str(PLAN), "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert out.stat().st_size > 0


def _unwritable_outputs(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "a_folder").mkdir()
    (tmp_path / "a_file").write_text("x")
    return {
        "is_a_folder": tmp_path / "a_folder",
        "parent_is_a_file": tmp_path / "a_file" / "out.json",
        "disk_full": Path("/dev/full"),
        "under_proc": Path("/proc/self/no_such_dir/out.json"),
    }


UNWRITABLE = ["is_a_folder", "parent_is_a_file", "disk_full", "under_proc"]


@pytest.mark.parametrize("case", UNWRITABLE)
@pytest.mark.parametrize("command", ["parse", "view", "targets"])
def test_unwritable_output_is_one_line_and_exit_2(tmp_path: Path, command: str, case: str) -> None:
    out = _unwritable_outputs(tmp_path)[case]
    assert_one_line_error(run(command, str(PLAN), "-o", str(out)), "cannot write")


@pytest.mark.skipif(ROOT, reason="root writes into read-only folders")
@pytest.mark.parametrize("command", ["parse", "batch"])
def test_read_only_folder_is_one_line_and_exit_2(tmp_path: Path, command: str) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        args = [str(tmp_path / "in"), "-o", str(ro / "sub" / "out.jsonl")] if command == "batch" \
            else [str(PLAN), "-o", str(ro / "sub" / "out.json")]
        make_docs(tmp_path / "in", 2)
        assert_one_line_error(run(command, *args), "cannot write")
    finally:
        ro.chmod(0o755)


@pytest.mark.parametrize("case", UNWRITABLE)
def test_batch_unwritable_output_is_one_line_and_exit_2(tmp_path: Path, case: str) -> None:
    make_docs(tmp_path / "in", 2)
    out = _unwritable_outputs(tmp_path)[case]
    assert_one_line_error(run("batch", str(tmp_path / "in"), "-o", str(out)), "cannot write")


def test_batch_unreadable_resume_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 2)
    (tmp_path / "out.jsonl").mkdir()  # the resume file is a folder
    assert_one_line_error(run("batch", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"), "--resume"),
                          "out.jsonl")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_disk_full_mid_run_keeps_the_finished_records(tmp_path: Path, jobs: str) -> None:
    docs = make_docs(tmp_path / "in", 40)
    one = run("parse", str(docs[0]), "--format", "jsonl")
    # the output file may grow to 15 records (one chunk or more, not all), then writes fail with EFBIG
    limit = 15 * len(one.stdout.encode("utf-8"))

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    out = tmp_path / "out.jsonl"
    res = run("batch", str(tmp_path / "in"), "-o", str(out), "--jobs", jobs, preexec_fn=small_disk)
    assert_one_line_error(res, "cannot write", "kept")
    kept = records(out)
    assert 1 <= len(kept) < len(docs)
    assert [r["source"]["path"] for r in kept] == [str(p) for p in docs[: len(kept)]]


# --- 3. batch: a missing input is an error; failed files make the exit status 2 after every record is written ----


@pytest.mark.parametrize("inputs", ["missing_dir", "missing_dir/*.txt"])
def test_batch_of_a_missing_folder_or_empty_glob_is_one_line_and_exit_2(tmp_path: Path, inputs: str) -> None:
    out = tmp_path / "x.jsonl"
    assert_one_line_error(run("batch", inputs, "-o", str(out), cwd=tmp_path), "missing_dir")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_with_failed_files_writes_every_record_then_exits_2(tmp_path: Path, jobs: str) -> None:
    docs = make_docs(tmp_path / "in", 6)
    (tmp_path / "in" / "doc0002b.txt").write_bytes(b"")
    (tmp_path / "in" / "doc0004b.txt").write_bytes(bytes(range(256)) * 20)
    out = tmp_path / "out.jsonl"
    res = run("batch", str(tmp_path / "in"), "-o", str(out), "--jobs", jobs)
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    assert "6 documents, 2 errors" in res.stderr.splitlines()[-1]
    got = records(out)
    assert len(got) == 8 and sum("error" in r for r in got) == 2
    assert {r["path"] for r in got if "error" in r} == {str(tmp_path / "in" / n) for n in ("doc0002b.txt", "doc0004b.txt")}
    assert len(docs) == 6


def test_batch_of_good_files_exits_0(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 3)
    res = run("batch", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"))
    assert res.returncode == 0, res.stderr


# --- 4. a cut last character is read, not refused ----------------------------------------------------------------


def test_parse_of_a_truncated_utf8_file_exits_0_with_a_repair(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(PLAN.read_bytes().rstrip(b"\n")[:-1])
    res = run("parse", str(path))
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert [r["kind"] for r in doc["repairs"]].count("undecodable") == 1
    assert any("cut off" in w for w in doc["warnings"])


# --- 5. inputs that are not regular files; symbolic links; the size limit ---------------------------------------


def _special(tmp_path: Path, kind: str) -> str:
    if kind == "fifo":
        os.mkfifo(tmp_path / "pipe.txt")
        return str(tmp_path / "pipe.txt")
    if kind == "folder":
        (tmp_path / "x.txt").mkdir()
        return str(tmp_path / "x.txt")
    return kind  # a device


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "/dev/urandom", "folder"])
def test_parse_of_what_is_not_a_regular_file_is_one_line_and_exit_2(tmp_path: Path, kind: str) -> None:
    res = run("parse", _special(tmp_path, kind))  # a hang or a read without end would hit the timeout
    line = assert_one_line_error(res)
    assert ("not a regular file" in line) or ("is a directory" in line)


def test_batch_gives_every_odd_entry_an_error_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    docs = make_docs(folder, 2)
    os.mkfifo(folder / "pipe.txt")
    (folder / "dir.txt").mkdir()
    (folder / "gone.txt").symlink_to(folder / "no_such_file.txt")
    (folder / "inside.txt").symlink_to(docs[0])  # a link inside the folder is read
    out = tmp_path / "out.jsonl"
    res = run("batch", str(folder), "-o", str(out), "--jobs", "2")
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    got = {Path(r.get("path") or r["source"]["path"]).name: r for r in records(out)}
    assert set(got) == {"doc0000.txt", "doc0001.txt", "pipe.txt", "dir.txt", "gone.txt", "inside.txt"}
    assert "FIFO" in got["pipe.txt"]["error"]
    assert "is a directory" in got["dir.txt"]["error"]
    assert "dangling symbolic link" in got["gone.txt"]["error"]
    assert "error" not in got["inside.txt"]


def test_batch_does_not_follow_a_link_out_of_the_folder_unless_asked(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_docs(folder, 1)
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("一、总体要求\n外部文件的内容不应被读出。\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(secret)
    out = tmp_path / "out.jsonl"
    res = run("batch", str(folder), "-o", str(out))
    assert res.returncode == 2, res.stderr
    (refused,) = [r for r in records(out) if "error" in r]
    assert refused["path"].endswith("link.txt") and "--follow-links" in refused["error"]
    assert "外部文件" not in out.read_text(encoding="utf-8")
    res = run("batch", str(folder), "-o", str(out), "--follow-links")
    assert res.returncode == 0, res.stderr
    assert any("外部文件" in r.get("text", "") for r in records(out))


def test_input_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(PLAN.read_bytes() * 4)
    size = big.stat().st_size
    assert_one_line_error(run("parse", str(big), "--max-bytes", str(size - 1)), "over the input limit", "--max-bytes")
    env = {**os.environ, "PYTHONPATH": SRC, "POLICYDOC_MAX_BYTES": "1K"}
    res = subprocess.run([PYTHON, "-m", "policydoc", "parse", str(big)], capture_output=True, text=True,
                         timeout=60, env=env, cwd=REPO)
    assert_one_line_error(res, "over the input limit of 1024 bytes")
    assert run("parse", str(big), "--max-bytes", str(size)).returncode == 0
    out = tmp_path / "out.jsonl"
    res = run("batch", str(tmp_path), "-o", str(out), "--max-bytes", "1K")
    assert res.returncode == 2 and "over the input limit" in records(out)[0]["error"]



# --- 6. file names whose bytes are not UTF-8 ---------------------------------------------------------------------


def _odd_name(folder: Path) -> bytes:
    folder.mkdir(parents=True, exist_ok=True)
    path = os.fsencode(folder) + b"/\xff\xfe\xb0.txt"  # not UTF-8: Python holds it as surrogate escapes
    with open(path, "wb") as fh:
        fh.write(PLAN.read_bytes())
    return path


def test_parse_of_a_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    path = _odd_name(tmp_path)
    env = {**os.environ, "PYTHONPATH": SRC}
    res = subprocess.run([PYTHON.encode(), b"-m", b"policydoc", b"parse", path], capture_output=True, timeout=120,
                         env=env, cwd=REPO)
    assert res.returncode == 0, res.stderr.decode("utf-8", "replace")
    doc = json.loads(res.stdout.decode("utf-8"))
    assert doc["source"]["path"].endswith("/\\xff\\xfe\\xb0.txt")


def test_batch_of_a_file_whose_name_is_not_utf8_is_valid_jsonl_and_resumes(tmp_path: Path) -> None:
    _odd_name(tmp_path / "in")
    bad = os.fsencode(tmp_path / "in") + b"/\xff-empty.txt"
    open(bad, "wb").close()
    out = tmp_path / "out.jsonl"
    res = run("batch", str(tmp_path / "in"), "-o", str(out))
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr  # the empty file fails
    got = records(out)
    paths = sorted(r.get("path") or r["source"]["path"] for r in got)
    assert [p.rsplit("/", 1)[1] for p in paths] == ["\\xff-empty.txt", "\\xff\\xfe\\xb0.txt"]
    res = run("batch", str(tmp_path / "in"), "-o", str(out), "--resume")
    assert "2 already in the output, skipped" in res.stderr
    assert len(records(out)) == 2


# --- 7. signals and two runs on one output (real processes) ------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (from /proc; psutil is not needed)."""
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_batch(tmp_path: Path, out: Path, *extra: str) -> subprocess.Popen:
    """A `batch --jobs 2` long enough to be interrupted, once it has written some records and has its workers."""
    folder = tmp_path / "in"
    if not folder.exists():
        make_docs(folder, 300, repeat=3)
    proc = subprocess.Popen([PYTHON, "-m", "policydoc", "batch", str(folder), "-o", str(out), "--jobs", "2", *extra],
                            env={**os.environ, "PYTHONPATH": SRC}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 16 and len(_children(proc.pid)) >= 2:
            return proc
        time.sleep(0.02)
    proc.kill()
    pytest.skip("the batch finished (or failed) before it could be interrupted")


def _gone(pids: list[int], within: float = 3.0) -> bool:
    """Whether the processes end within a few seconds; those still alive then are killed (no test leaves orphans)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.05)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return False


@pytest.mark.timeout(300)
@pytest.mark.parametrize("sig,status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["TERM", "INT"])
def test_a_signal_stops_the_batch_and_its_workers_and_keeps_whole_records(tmp_path: Path, sig: int, status: int) -> None:
    out = tmp_path / "out.jsonl"
    proc = _start_batch(tmp_path, out)
    workers = _children(proc.pid)
    started = time.monotonic()
    os.kill(proc.pid, sig)  # the parent only, as `kill -TERM PID` does
    try:
        proc.wait(timeout=30)
    finally:
        stopped = _gone(workers)
    assert time.monotonic() - started < 2.5
    assert proc.returncode == status
    assert proc.stderr is not None
    err = proc.stderr.read()
    assert "Traceback" not in err
    assert err.rstrip().splitlines()[-1].startswith(f"policydoc: error: interrupted by {signal.Signals(sig).name}")
    assert stopped, "a pool worker outlived the batch"
    kept = records(out)  # every line whole
    assert 16 <= len(kept) < 300
    res = run("batch", str(tmp_path / "in"), "-o", str(out), "--resume")
    assert res.returncode == 0 and len(records(out)) == 300


@pytest.mark.timeout(300)
def test_workers_die_with_a_killed_batch(tmp_path: Path) -> None:
    proc = _start_batch(tmp_path, tmp_path / "out.jsonl")
    workers = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert _gone(workers), "a pool worker outlived its killed parent"


@pytest.mark.timeout(300)
def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = _start_batch(tmp_path, out)
    try:
        before = out.read_bytes().count(b"\n")
        second = run("batch", str(tmp_path / "in"), "-o", str(out))
        assert_one_line_error(second, "another policydoc batch is writing")
        assert out.read_bytes().count(b"\n") >= before  # the second run did not empty the file
    finally:
        workers = _children(first.pid)
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=30)
        _gone(workers)
    kept = records(out)
    assert len({r["source"]["path"] for r in kept}) == len(kept)  # no record written twice


# --- 8. help -------------------------------------------------------------------------------------------------------


def _help(*command: str) -> str:
    res = run(*command, "--help")
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_top_level_help_ends_with_examples() -> None:
    text = _help()
    assert "examples:" in text
    tail = text[text.index("examples:"):]
    assert "policydoc parse plan.txt" in tail and "policydoc batch" in tail
    assert text.rstrip().splitlines()[-1].startswith("More:")


@pytest.mark.parametrize("command", ["parse", "targets", "parties", "outline", "view", "batch"])
def test_every_positional_is_described(command: str) -> None:
    text = _help(command)
    section = text[text.index("positional arguments:"): text.index("options:")]
    name_lines = [line for line in section.splitlines()[1:] if line.strip()]
    assert name_lines and all(len(line.split(None, 1)) == 2 or line.startswith(" " * 8) for line in name_lines), section


@pytest.mark.parametrize("command,default", [("parse", "json"), ("targets", "csv"), ("parties", "csv")])
def test_format_shows_its_default(command: str, default: str) -> None:
    assert f"(default: {default})" in " ".join(_help(command).split())


def test_batch_help_lists_the_file_types() -> None:
    text = " ".join(_help("batch").split())
    assert all(suffix in text for suffix in (".txt", ".html", ".htm", ".docx"))
    assert "--follow-links" in text


def test_eval_help_explains_gold_and_docs() -> None:
    text = " ".join(_help("eval").split())
    assert "docs/accuracy.md" in text and '"quote"' in text and '"doc"' in text
    assert "GOLD_DIR/<stem>.json" in text and "DOCS_DIR" in text
