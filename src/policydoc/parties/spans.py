"""Indexes over the spans of hits: which spans hold a position, in O(log n) per question."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from .hits import Hit


class Covering:
    """The explicit hits whose span holds a position, in their list order (an index by start, not a scan)."""

    def __init__(self, hits: list[Hit]) -> None:
        self._order = sorted(range(len(hits)), key=lambda i: hits[i].start)
        self._starts = [hits[i].start for i in self._order]
        self._longest = max((h.end - h.start for h in hits), default=0)
        self._hits = hits

    def __call__(self, pos: int) -> list[Hit]:
        found = []
        j = bisect_right(self._starts, pos) - 1
        while j >= 0 and self._starts[j] >= pos - self._longest:
            i = self._order[j]
            if self._hits[i].end > pos:
                found.append(i)
            j -= 1
        return [self._hits[i] for i in sorted(found)]


class Spans:
    """``spans(pos)``: does any of the (possibly overlapping) spans hold ``pos``? O(log n).

    With the spans sorted by start, the furthest end among those starting at or before
    ``pos`` is a running maximum, and some span holds ``pos`` iff that end lies past it.

    >>> inside = Spans([(0, 10), (2, 4), (20, 30)])
    >>> inside(5), inside(10), inside(25), inside(-1)
    (True, False, True, False)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def __call__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos
