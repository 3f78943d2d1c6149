"""Many documents in parallel: ``policydoc batch`` and :func:`iter_parse`.

Paths are parsed in chunks by a process pool (one chunk per task keeps the
per-task overhead small enough that two workers beat one even on hundreds of
small files); with one job everything runs in this process. Results are written
in input order, one JSON line per document, and flushed after every chunk, so an
interrupted run keeps what it finished. A file that cannot be parsed becomes the
record ``{"path": ..., "error": ...}`` and never stops the batch. On resume, a
truncated last line (a run killed mid-write) is cut off and every path already in
the output, document or error, is skipped (a document whose file changed since is
parsed again). With ``fmt="parquet"`` the workers write a Parquet dataset instead
(:mod:`policydoc.export.parquet`); with ``engine="dask"`` the chunks run on Dask
(:mod:`policydoc.dask`). The pool and the stop signals live in :mod:`policydoc.workers`, the work of one
chunk in :mod:`policydoc.chunks`.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import signal
import stat
import sys
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence, Union

from .chunks import doc_chunk, json_chunk, parquet_chunk
from .errors import BatchInterrupted, LoadError, OutputError, cannot_write
from .load import display_path
from .models import Document
from .pipeline import ParseOptions
from .workers import MAX_CHUNK, Stop, StopSignals, chunked, run_chunks

__all__ = ["MAX_CHUNK", "SUFFIXES", "Summary", "chunked", "done_paths", "find_inputs", "iter_parse", "refusals",
           "run_batch"]

SUFFIXES = frozenset({".txt", ".html", ".htm", ".docx", ".pdf"})
"""File types a folder is searched for (recursively)."""



@dataclass
class Summary:
    """What a batch run did."""

    documents: int = 0
    errors: int = 0
    targets: int = 0
    seconds: float = 0.0
    skipped: int = 0
    jobs: int = 1

    def describe(self) -> str:
        """One line for the terminal.

        >>> Summary(documents=3, errors=1, targets=7, seconds=2.0, skipped=2).describe()
        'batch: 3 documents, 1 error, 7 targets in 2.00 s (2.0 files/s, 1 job); 2 already in the output, skipped'
        """
        rate = (self.documents + self.errors) / self.seconds if self.seconds > 0 else 0.0
        line = (
            f"batch: {_plural(self.documents, 'document')}, {_plural(self.errors, 'error')}, "
            f"{_plural(self.targets, 'target')} in {self.seconds:.2f} s ({rate:.1f} files/s, "
            f"{_plural(self.jobs, 'job')})"
        )
        return line + (f"; {self.skipped} already in the output, skipped" if self.skipped else "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# --- inputs and resuming ----------------------------------------------------------


def find_inputs(inputs: str, follow_links: bool = False) -> list[str]:
    """The files to parse: a folder searched recursively for SUFFIXES, or a glob (every match).

    Whatever has a name ending in SUFFIXES is taken, whatever it is: a FIFO, a
    device, a dangling symbolic link or a folder named ``x.txt`` then becomes an
    error record instead of being skipped without a word. Symbolic links to folders
    are entered only with ``follow_links``. A name that does not exist, or a pattern
    that matches nothing, is a LoadError.
    """
    root = Path(inputs)
    if root.is_dir():
        return _walk(inputs, follow_links)
    if os.path.lexists(inputs):
        return [inputs]
    if not glob.has_magic(inputs):
        raise LoadError(f"{display_path(inputs)}: no such folder or file")
    matches = glob.glob(inputs, recursive=True)
    if not matches:
        raise LoadError(f"{display_path(inputs)}: the pattern matches no file")
    return sorted(p for p in matches if not os.path.isdir(p) or Path(p).suffix.lower() in SUFFIXES)


def _walk(root: str, follow_links: bool) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for folder, dirs, files in os.walk(root, followlinks=follow_links):
        if follow_links:  # a link back up the tree would loop for ever
            real = os.path.realpath(folder)
            if real in seen:
                dirs[:] = []
                continue
            seen.add(real)
        for name in (*dirs, *files):
            if os.path.splitext(name)[1].lower() in SUFFIXES:
                found.append(os.path.join(folder, name))
    return sorted(found)


def refusals(paths: Sequence[str], inputs: str, follow_links: bool = False) -> dict[str, str]:
    """The error of each path that must not be read: a symbolic link out of the input folder.

    Links that stay inside the folder are read; one pointing outside (to /etc/passwd,
    say) is an error record unless ``follow_links``.
    """
    if follow_links or not os.path.isdir(inputs):
        return {}
    top = os.path.realpath(inputs)
    out = {}
    for path in paths:
        if os.path.islink(path):
            target = os.path.realpath(path)
            if os.path.commonpath([top, target]) != top:
                out[path] = (f"{display_path(path)}: a symbolic link to {display_path(target)}, outside "
                             f"{display_path(inputs)}; not followed (pass --follow-links to follow it)")
    return out


def _already_done(path: str, done: dict[str, Optional[str]]) -> bool:
    """Whether ``path`` is in the output already: recorded, and (for a document) with the same content."""
    key = display_path(path)
    if key not in done:
        return False
    recorded = done[key]
    if recorded is None:  # an error record: its file is not read again
        return True
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest() == recorded
    except OSError:  # unreadable now: keep what was recorded
        return True


def _run_id() -> str:
    """A short id, unique per run, in the names of the Parquet parts this run writes."""
    return f"{int(time.time()):x}{os.getpid():x}"


def _open_dataset(out: Path, resume: bool) -> int:
    """Lock the dataset folder ``out`` (one writer at a time) and prepare it; failures are OutputError."""
    from .export.parquet import prepare

    return _open_locked(out / ".policydoc.lock", os.O_WRONLY | os.O_CREAT, out, lambda fd: prepare(out, resume))


def _dataset_done(out: Path) -> dict[str, Optional[str]]:
    from .export.parquet import done

    return done(out)


def done_paths(out: Path) -> dict[str, Optional[str]]:
    """Paths already recorded in ``out`` with their input's sha256 (None for an error record), after cutting
    off a truncated last line.

    A line that is not a complete JSON record can only be the last one, left by a
    run killed mid-write; it is removed so that appending starts on a clean line.
    """
    if not out.is_file():  # missing, or a device such as /dev/null: nothing done yet
        return {}
    data = out.read_bytes()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        with open(out, "r+b") as fh:
            fh.truncate(len(data))
    done: dict[str, Optional[str]] = {}
    for line in data.splitlines():
        path, sha = _record_path(line)
        if path is not None:
            done[path] = sha
    return done


def _record_path(line: bytes) -> tuple[Optional[str], Optional[str]]:
    """The path of a JSONL record and, for a document, its input's sha256."""
    try:
        record = json.loads(line)
    except ValueError:
        return None, None
    if not isinstance(record, dict):
        return None, None
    source = record.get("source")
    path = source.get("path") if isinstance(source, dict) else record.get("path")
    sha = source.get("sha256") if isinstance(source, dict) else None
    return (path, sha if isinstance(sha, str) and sha else None) if isinstance(path, str) else (None, None)



# --- entry points ------------------------------------------------------------------------


def run_batch(
    inputs: str,
    out: Path,
    *,
    jobs: int = 1,
    resume: bool = False,
    options: Optional[ParseOptions] = None,
    progress: bool = True,
    follow_links: bool = False,
    fmt: str = "jsonl",
    engine: str = "process",
    scheduler: Optional[str] = None,
    exclude: frozenset[str] = frozenset(),
) -> Summary:
    """Parse every file of ``inputs`` (a folder or a glob) into the JSONL file ``out``, or with
    ``fmt="parquet"`` into the Parquet dataset folder ``out`` (see :mod:`policydoc.export.parquet`).

    ``exclude`` leaves Document fields out of the JSONL records (``{"text", "repairs"}`` for lean
    output). ``engine="dask"`` runs the chunks on a Dask cluster: a local one sized by ``jobs``, or the
    one at ``scheduler``. Symbolic links out of an input folder are error records unless
    ``follow_links``. On ``resume``, a document already in the output is skipped unless its
    file changed since (another sha256).
    """
    started = time.perf_counter()
    options = options or ParseOptions()
    jobs = max(1, jobs)
    paths = find_inputs(inputs, follow_links)
    parquet = fmt == "parquet"
    fd = _open_dataset(out, resume) if parquet else _open_output(out, resume)
    summary = Summary(jobs=jobs)
    try:
        try:
            done = _dataset_done(out) if parquet and resume else done_paths(out) if resume else {}
        except OSError as exc:
            raise OutputError(f"{out}: cannot resume from it ({exc.strerror or exc})") from None
        todo = [p for p in paths if not _already_done(p, done)]
        summary.skipped = len(paths) - len(todo)
        refused = refusals(todo, inputs, follow_links) or None
        chunk_func = (partial(parquet_chunk, out=str(out), run=_run_id(), refused=refused) if parquet
                      else partial(json_chunk, refused=refused, exclude=exclude))
        with StopSignals() as signals, _progress(len(todo), progress) as bar:
            results = run_chunks(chunk_func, todo, jobs, options, engine, scheduler)
            try:
                for lines in results:
                    with signals.write():
                        if not parquet:
                            _append(fd, out, "".join(line for line, _, _ in lines).encode("utf-8"), summary)
                        for _, n_targets, failed in lines:
                            summary.errors += failed
                            summary.documents += not failed
                            summary.targets += n_targets
                    bar.update(len(lines))
            finally:
                results.close()  # stops the workers now, whatever ended the loop
    except (Stop, KeyboardInterrupt) as exc:
        signum = exc.signum if isinstance(exc, Stop) else signal.SIGINT
        done_now = summary.documents + summary.errors
        raise BatchInterrupted(
            f"interrupted by {signal.Signals(signum).name}; the {_plural(done_now, 'record')} written to {out} "
            "are kept, whole: run again with --resume to finish",
            signum,
        ) from None
    finally:
        os.close(fd)
    summary.seconds = time.perf_counter() - started
    return summary


def _open_output(out: Path, resume: bool) -> int:
    """Open ``out`` for appending (its folder created), emptied unless resuming; failures are OutputError."""

    def empty(fd: int) -> None:
        if not resume and stat.S_ISREG(os.fstat(fd).st_mode):  # emptied only once the lock is ours
            os.ftruncate(fd, 0)

    return _open_locked(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, out, empty)


def _open_locked(path: Path, flags: int, out: Path, ready: Callable[[int], None]) -> int:
    """Open ``path`` (its folder created), take the lock of output ``out``, then ``ready(fd)``; every
    failure is an OutputError naming ``out``, and the file is closed again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as exc:
        raise OutputError(cannot_write(out, exc)) from None
    try:
        _lock(fd, out)
        ready(fd)
    except OutputError:
        os.close(fd)
        raise
    except OSError as exc:
        os.close(fd)
        raise OutputError(cannot_write(out, exc)) from None
    return fd


def _lock(fd: int, out: Path) -> None:
    """Take an exclusive lock on the output: two runs writing one file would interleave their records."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputError(f"{out}: another policydoc batch is writing this file; wait for it to end "
                          "or write to another file") from None
    except OSError:  # a file system without locks: go on without one
        pass


def _append(fd: int, out: Path, data: bytes, summary: Summary) -> None:
    """Write whole records; if the write fails, cut off what part of them got out and raise OutputError.

    The records written before stay: the file always ends on a complete line.
    """
    kept = None
    try:
        kept = os.lseek(fd, 0, os.SEEK_END) if stat.S_ISREG(os.fstat(fd).st_mode) else None
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        if kept is not None:
            try:
                os.ftruncate(fd, kept)
            except OSError:
                pass
        done = summary.documents + summary.errors
        raise OutputError(f"{cannot_write(out, exc)}; the {_plural(done, 'record')} before are kept") from None


def _progress(total: int, enabled: bool):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, disable=not enabled, dynamic_ncols=True, mininterval=0.2)


def iter_parse(
    paths: Iterable[Union[str, os.PathLike]], jobs: int = 1, options: Optional[ParseOptions] = None
) -> Iterator[tuple[str, Union[Document, Exception]]]:
    """Parse many files; yield ``(path, Document)`` or ``(path, exception)`` in input order.

    A file that cannot be read yields its exception instead of raising it, so one
    bad file never ends the loop. ``jobs > 1`` parses in worker processes.
    """
    todo = [os.fspath(p) for p in paths]
    for chunk in run_chunks(doc_chunk, todo, max(1, jobs), options or ParseOptions()):
        yield from chunk
