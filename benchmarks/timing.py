"""The one timing helper the benchmarks share."""

from __future__ import annotations

import time
from typing import Callable


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The shortest wall time of ``repeat`` calls of ``fn``, in seconds (least disturbed by load)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def best_cpu_of_each(fns: dict[str, Callable[[], object]], repeat: int = 5) -> dict[str, float]:
    """The shortest CPU time of this process over ``repeat`` rounds, for each of ``fns``, in seconds.

    The rounds interleave the functions (round 1 runs each once, then round 2…), so a
    stretch of load on a shared machine slows every row alike; CPU time, not wall time,
    leaves out the time other processes held the core: it is what one core spends.
    Only for work done in this process (not for worker pools).
    """
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            start = time.process_time()
            fn()
            best[name] = min(best[name], time.process_time() - start)
    return best
