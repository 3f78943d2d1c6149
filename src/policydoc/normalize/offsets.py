"""Edits and the offset map that chains them.

A normalisation step never rewrites text by hand: it returns a list of
:class:`Edit` (what to replace, in the coordinates of the step's input), and
:func:`apply_edits` builds the output and a :class:`StepMap` from them. An
:class:`OffsetMap` chains the step maps, so any position in the final text maps
back to the decoded source and any source position maps forward.

Positions inside a replaced run map to the run's boundaries, except for runs
whose replacement has the same length (1:1 tables such as width folding or
t2s), which map character by character.

>>> text, step = apply_edits("ab12cd", [Edit(2, 4, "", "demo")])
>>> text
'abcd'
>>> step.to_src(2, "start"), step.to_src(2, "end")
(4, 2)
>>> step.to_dst(3, "start")
2
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate, repeat
from operator import add, attrgetter, le
from dataclasses import dataclass
from typing import Iterable, Literal, Sequence

Side = Literal["start", "end"]


@dataclass(slots=True)
class Edit:
    """Replace ``text[start:end]`` of a step's input with ``replacement``.

    A value: nothing changes an edit once made. Not a frozen dataclass all the same:
    edits are made by the ten thousand, and a frozen one, which sets each field
    through ``object.__setattr__``, costs about three times as much to make.
    """

    start: int
    end: int
    replacement: str
    kind: str


BY_POSITION = attrgetter("start", "end")
"""Sort key of edits: by start, then end."""


class StepMap:
    """Maps positions between one step's input (src) and its output (dst).

    A step whose edits all keep their length (t2s, width folding) maps every position
    to itself, inside its runs too (they map character by character): ``moves`` is
    False and the offset map passes it by (t2s of a traditional text has thousands
    of edits).
    """

    __slots__ = ("_src_start", "_src_end", "_dst_start", "_dst_end", "moves")

    def __init__(self, edits: Sequence[Edit]) -> None:
        # four machine-integer arrays (8 bytes an entry, not a 36-byte int object each): a long
        # text's map holds one entry per edit, tens of thousands of them
        starts, ends = [e.start for e in edits], [e.end for e in edits]
        shifts = list(accumulate([len(e.replacement) - e.end + e.start for e in edits]))  # after each edit
        self._src_start = array("q", starts)
        self._src_end = array("q", ends)
        self._dst_start = array("q", map(add, starts, [0, *shifts[:-1]]))
        self._dst_end = array("q", map(add, ends, shifts))
        self.moves: bool = self._dst_end != self._src_end  # else no edit changed a length: no shift anywhere

    @property
    def is_identity(self) -> bool:
        return not self._src_start

    def dst_span(self, index: int) -> tuple[int, int]:
        """Where edit number ``index`` stands in the output."""
        return self._dst_start[index], self._dst_end[index]

    def dst_bounds(self) -> tuple[Sequence[int], Sequence[int]]:
        """Where every edit starts and ends in the output, in edit order."""
        return self._dst_start, self._dst_end

    def src_bounds(self) -> tuple[Sequence[int], Sequence[int]]:
        """Where every edit starts and ends in the input, in edit order."""
        return self._src_start, self._src_end

    def to_src(self, pos: int, side: Side = "start") -> int:
        return _map(pos, side, self._dst_start, self._dst_end, self._src_start, self._src_end)

    def to_dst(self, pos: int, side: Side = "start") -> int:
        return _map(pos, side, self._src_start, self._src_end, self._dst_start, self._dst_end)

    def to_src_many(self, positions: Sequence[int], side: Side) -> list[int]:
        """``to_src`` of many positions in one call (cheaper than one call each)."""
        return self.lookup_to_src().map(positions, side)

    def to_dst_many(self, positions: Sequence[int], side: Side) -> list[int]:
        """``to_dst`` of many positions in one call."""
        return self.lookup_to_dst().map(positions, side)

    def lookup_to_src(self) -> "Lookup":
        """The tables that map many output positions to the input (keep it to map several batches)."""
        return Lookup(self._dst_start, self._dst_end, self._src_start, self._src_end)

    def lookup_to_dst(self) -> "Lookup":
        """The tables that map many input positions to the output."""
        return Lookup(self._src_start, self._src_end, self._dst_start, self._dst_end)


def _map(
    pos: int, side: Side, a_start: Sequence[int], a_end: Sequence[int], b_start: Sequence[int], b_end: Sequence[int]
) -> int:
    """Map ``pos`` from coordinates a to coordinates b.

    A start position lands after a deletion at the same place, an end position
    before it, so that a mapped span never swallows removed text.
    """
    i = (bisect_right(a_start, pos) if side == "start" else bisect_left(a_start, pos)) - 1
    if i < 0:
        return pos
    if pos >= a_end[i]:
        return pos - a_end[i] + b_end[i]
    # Inside the replaced run (or at the end of a non-empty one).
    a_len, b_len = a_end[i] - a_start[i], b_end[i] - b_start[i]
    if a_len == b_len:
        return b_start[i] + (pos - a_start[i])
    return b_start[i] if side == "start" else b_end[i]


class Lookup:
    """One direction of a step map as plain lists, for mapping many positions: :func:`_map` over a list.

    Building it costs about as much as mapping as many positions as the step has
    edits, so a caller mapping several batches through one step keeps it. The searches
    run in C (``map`` over a plain list: a probe into an array makes an int each time);
    index ``j`` counts the edits starting before a position, so the tables carry a
    first entry for "before every edit" (no shift).
    """

    __slots__ = ("_starts", "_ends", "_shift", "_a_start", "_a_end", "_b_start", "_b_end")

    def __init__(self, a_start: "array[int]", a_end: "array[int]", b_start: "array[int]", b_end: "array[int]") -> None:
        self._a_start, self._a_end, self._b_start, self._b_end = a_start, a_end, b_start, b_end
        self._starts = a_start.tolist()
        self._ends = [_BEFORE_ALL, *a_end]
        self._shift = [0, *map(int.__sub__, b_end, a_end)]

    def map(self, positions: Sequence[int], side: Side) -> list[int]:
        """Every position mapped; the common cases stay inside one list comprehension."""
        if not self._starts:
            return list(positions)
        search = bisect_right if side == "start" else bisect_left
        ends, shift = self._ends, self._shift
        return [
            pos + shift[j] if pos >= ends[j] else self._inside(pos, j - 1, side)
            for pos, j in zip(positions, map(search, repeat(self._starts), positions))
        ]

    def map_ascending(self, positions: Sequence[int], side: Side) -> list[int]:
        """:meth:`map` of a list of positions, as a walk over the edits when they are few and the positions ascend.

        The positions between one edit and the next all move by one shift: each such stretch
        is found by two searches and shifted as a slice, instead of one search per position.
        The normaliser's batches (the starts or the ends of a step's edits) ascend, and
        through a step with few edits most stretches are long. Positions out of order
        (checked in C) are mapped by :meth:`map`.
        """
        starts = self._starts
        if not starts or len(positions) < _WALK_RATIO * len(starts) or not all(map(le, positions, positions[1:])):
            return self.map(positions, side)
        # a start position follows the last edit starting at or before it, an end position the last one before it
        cut = bisect_left if side == "start" else bisect_right
        ends, shift, inside = self._ends, self._shift, self._inside
        lo = cut(positions, starts[0])
        out = positions[:lo]  # before every edit: in place
        last = len(starts) - 1
        for i in range(last + 1):
            hi = cut(positions, starts[i + 1], lo) if i < last else len(positions)
            if lo == hi:
                continue
            mid = bisect_left(positions, ends[i + 1], lo, hi)  # below the edit's end: inside it
            out.extend([inside(pos, i, side) for pos in positions[lo:mid]])
            by = shift[i + 1]
            out.extend([pos + by for pos in positions[mid:hi]] if by else positions[mid:hi])
            lo = hi
        return out

    def _inside(self, pos: int, i: int, side: Side) -> int:
        """A position inside replaced run ``i`` (the rare case of :meth:`map`)."""
        a_start, a_end, b_start, b_end = self._a_start, self._a_end, self._b_start, self._b_end
        if a_end[i] - a_start[i] == b_end[i] - b_start[i]:
            return b_start[i] + (pos - a_start[i])
        return b_start[i] if side == "start" else b_end[i]


_WALK_RATIO = 4  # positions per edit from which walking the edits beats a search per position (measured)
_BEFORE_ALL = -(1 << 63)  # below every position: a position before the first edit keeps its place


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, StepMap]:
    """Apply non-overlapping edits (sorted here) to ``text``.

    >>> apply_edits("甲乙丙", [Edit(1, 2, "X", "t")])[0]
    '甲X丙'
    """
    return apply_sorted_edits(text, sorted(edits, key=BY_POSITION))


def apply_sorted_edits(text: str, ordered: Sequence[Edit]) -> tuple[str, StepMap]:
    """:func:`apply_edits` of edits already sorted by :data:`BY_POSITION` (the normaliser sorts each step's)."""
    pieces: list[str] = []
    last = 0
    for e in ordered:
        if e.start < last or e.end < e.start or e.end > len(text):
            raise ValueError(f"overlapping or out-of-range edit {e!r}")
        pieces.append(text[last : e.start])
        pieces.append(e.replacement)
        last = e.end
    pieces.append(text[last:])
    return "".join(pieces), StepMap(ordered)


class OffsetMap:
    """The chain of step maps from the decoded source to the final text."""

    def __init__(self, steps: Sequence[StepMap] = ()) -> None:
        self.steps: list[StepMap] = [s for s in steps if not s.is_identity]

    def append(self, step: StepMap) -> None:
        if not step.is_identity:
            self.steps.append(step)

    def to_source(self, pos: int, side: Side = "start") -> int:
        for step in reversed(self.steps):
            if step.moves:
                pos = step.to_src(pos, side)
        return pos

    def to_text(self, pos: int, side: Side = "start") -> int:
        for step in self.steps:
            if step.moves:
                pos = step.to_dst(pos, side)
        return pos

    def span_to_source(self, span: tuple[int, int]) -> tuple[int, int]:
        start = self.to_source(span[0], "start")
        end = self.to_source(span[1], "end")
        return (start, max(start, end))

    def span_to_text(self, span: tuple[int, int]) -> tuple[int, int]:
        start = self.to_text(span[0], "start")
        end = self.to_text(span[1], "end")
        return (start, max(start, end))

    def spans_to_source(self, starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
        """:meth:`span_to_source` of many spans, one pass per step."""
        s, e = list(starts), list(ends)
        for step in reversed(self.steps):
            if step.moves:
                s, e = step.to_src_many(s, "start"), step.to_src_many(e, "end")
        return [(a, b if b > a else a) for a, b in zip(s, e)]

    def spans_to_text(self, starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
        """:meth:`span_to_text` of many spans, one pass per step."""
        s, e = list(starts), list(ends)
        for step in self.steps:
            if step.moves:
                s, e = step.to_dst_many(s, "start"), step.to_dst_many(e, "end")
        return [(a, b if b > a else a) for a, b in zip(s, e)]


class ChainMapper:
    """Maps batches of spans through stretches of one chain of step maps, building each step's lookup once.

    The normaliser maps the edits of every step back through all the steps before it
    and on through all the steps after it: with a :class:`Lookup` built per batch,
    the steps with most edits were tabled again for every other step's batch.
    """

    def __init__(self, offsets: OffsetMap) -> None:
        self._steps = offsets.steps
        self._to_src: dict[int, Lookup] = {}
        self._to_dst: dict[int, Lookup] = {}

    def spans_to_source(self, chain_end: int, starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
        """``OffsetMap(steps[:chain_end]).spans_to_source(starts, ends)``."""
        s, e = list(starts), list(ends)
        for i in range(chain_end - 1, -1, -1):
            if self._steps[i].moves:
                back = self._to_src.get(i)
                if back is None:
                    back = self._to_src[i] = self._steps[i].lookup_to_src()
                s, e = back.map_ascending(s, "start"), back.map_ascending(e, "end")
        return [(a, b if b > a else a) for a, b in zip(s, e)]

    def spans_to_text(self, chain_start: int, starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
        """``OffsetMap(steps[chain_start:]).spans_to_text(starts, ends)``."""
        s, e = list(starts), list(ends)
        for i in range(chain_start, len(self._steps)):
            if self._steps[i].moves:
                on = self._to_dst.get(i)
                if on is None:
                    on = self._to_dst[i] = self._steps[i].lookup_to_dst()
                s, e = on.map_ascending(s, "start"), on.map_ascending(e, "end")
        return [(a, b if b > a else a) for a, b in zip(s, e)]
