"""Decimal outlines: "1 总则" heads a chapter only when "1.1" follows as its first child.

A bare number followed by a blank and a title ("1 总则", "2　组织指挥体系") is the
top level of a decimal outline (1 / 1.1 / 1.1.1) in emergency plans and standards.
The same shape is also a stray number in running text, so a candidate of the
``decimal_top_marker`` rule is kept only where the next decimal-path marker after it
is its own first child ``N.1``; otherwise it is read as the sloppy bare number
("3 提升…", continue-only), as if the rule had not been there.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from .markers import RULES_BY_NAME, Candidate

_TOP = "decimal_top_marker"


def confirm_decimal_tops(text: str, candidates: Iterable[Candidate]) -> Iterator[Candidate]:
    """The candidates with every unconfirmed decimal top re-read as a bare number (or dropped).

    >>> from policydoc.outline.markers import scan_candidates
    >>> t = "1 总则\\n1.1 目的\\n2 组织体系\\n2.1 机构\\n3 提升服务"
    >>> [(c.rule, c.marker) for c in confirm_decimal_tops(t, scan_candidates(t))]
    [('decimal_top_marker', '1'), ('decimal_path_marker', '1.1'), ('decimal_top_marker', '2'), \
('decimal_path_marker', '2.1'), ('arabic_bare_marker', '3')]
    """
    pending: list[Candidate] = []  # candidates held back until the top before them is decided
    top: Candidate | None = None
    for c in candidates:
        if c.style == "decimal_path":
            if top is not None:
                yield from _decide(text, top, c.marker == f"{top.marker}.1")
                yield from pending
                top, pending = None, []
            if c.rule == _TOP:
                top = c
                continue
        if top is None:
            yield c
        else:
            pending.append(c)
    if top is not None:
        yield from _decide(text, top, False)
        yield from pending


def _decide(text: str, top: Candidate, confirmed: bool) -> Iterator[Candidate]:
    if confirmed:
        yield top
        return
    bare = RULES_BY_NAME["arabic_bare_marker"].recognise(text, top.start)
    if bare is not None:
        yield bare
