"""The pool that runs batch chunks, and the signals that stop it.

Chunks of paths run in a process pool (or, with ``engine="dask"``, as Dask tasks,
see :mod:`policydoc.dask`); results come back in input order. If the caller stops
early the workers are killed at once; they ignore SIGINT (a Ctrl-C reaches the
whole process group; the parent stops them) and, on Linux, die with the parent
even when it is killed with SIGKILL. SIGINT and SIGTERM raise :class:`Stop`,
except while a record is being written (:class:`StopSignals`).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Iterator, Optional, Sequence

from .pipeline import ParseOptions

MAX_CHUNK = 16
"""Most paths one worker task parses; smaller chunks balance better, larger ones cost less."""


def chunked(items: Sequence[str], jobs: int) -> list[Sequence[str]]:
    """Cut ``items`` into chunks: about four per worker, at most MAX_CHUNK long.

    >>> [len(c) for c in chunked([str(i) for i in range(10)], 2)]
    [2, 2, 2, 2, 2]
    >>> max(len(c) for c in chunked([str(i) for i in range(500)], 2))
    16
    """
    size = max(1, min(MAX_CHUNK, -(-len(items) // (jobs * 4))))
    return [items[i : i + size] for i in range(0, len(items), size)]


def run_chunks(func, paths: Sequence[str], jobs: int, options: ParseOptions,  # type: ignore[no-untyped-def]
             engine: str = "process", scheduler: Optional[str] = None) -> Iterator[list]:
    """``func(chunk, options)`` for every chunk, in input order; a pool when ``jobs > 1``.

    If the caller stops early (an interruption, a failed write, a ``break``), the
    workers are killed at once rather than left to finish their chunks: no worker
    outlives the run. Workers ignore SIGINT (a Ctrl-C reaches the whole process
    group; this process stops them) and, on Linux, die with this process even when
    it is killed with SIGKILL.
    """
    chunks = chunked(paths, jobs)
    if engine == "dask":
        from .dask import dask_results

        yield from dask_results(func, chunks, jobs, options, scheduler)
        return
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield func(chunk, options)
        return
    _warm_up(options)
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(os.getpid(),))
    finished = False
    try:
        futures: list[Future] = [pool.submit(func, chunk, options) for chunk in chunks]
        for future in futures:
            yield future.result()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop_pool(pool)


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers and wait for them (a second at most each), without waiting for their chunks.

    Chunks still queued for the dead workers sit in the call queue's pipe; its feeder thread
    would block on them for ever and the interpreter, joining that thread at exit, with it (a
    batch stopped by a full disk or a signal hung so on a loaded machine): the join is cancelled.
    A worker killed while sending its result leaves half a message in the result pipe, and the
    pool's manager thread, reading it, would wait for the rest for ever (and the interpreter,
    joining that thread at exit, with it): once the workers are dead, this process closes its
    own write end of the pipe, the last one, and the read ends with EOF.
    """
    procs = list((getattr(pool, "_processes", None) or {}).values())
    result_queue = getattr(pool, "_result_queue", None)
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None and hasattr(call_queue, "cancel_join_thread"):
        call_queue.cancel_join_thread()
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        proc.join(1.0)
        if proc.is_alive():
            proc.kill()
            proc.join(1.0)
    writer = getattr(result_queue, "_writer", None)
    if writer is not None:
        writer.close()  # the workers are dead: the pool's thread reading half a result sent when one was killed
        # gets EOF rather than waiting for ever (this process holds the pipe's last write end)


def _worker_init(parent: int) -> None:
    """In each worker: Ctrl-C is the parent's to handle, SIGTERM kills, and the worker dies with its parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            PR_SET_PDEATHSIG = 1
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # no prctl: the parent still stops its workers on SIGINT/SIGTERM
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


class Stop(BaseException):
    """SIGINT or SIGTERM during a batch (a BaseException, so that no ``except Exception`` swallows it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class StopSignals:
    """SIGINT and SIGTERM raise :class:`Stop`, except while a record is being written: then the stop
    waits until the write is whole, so the output never ends in a partial line."""

    def __init__(self) -> None:
        self.writing = False
        self.pending: Optional[int] = None
        self.previous: dict[int, object] = {}

    def __enter__(self) -> "StopSignals":
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: object) -> None:
        if self.writing:
            self.pending = signum
            return
        raise Stop(signum)

    @contextmanager
    def write(self) -> Iterator[None]:
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending is not None:
            raise Stop(self.pending)


def _warm_up(options: ParseOptions) -> None:
    """Load the lazy parts of the pipeline once here, so that forked workers inherit them."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return
    from .pipeline import parse_text

    try:
        parse_text("一、总体要求\n到2025年，學前教育毛入园率达到96%。由市教育局牵头负责。", options)
    except Exception:  # noqa: BLE001 - warming up is only an optimisation
        pass
