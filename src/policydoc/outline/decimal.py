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

    A top N is confirmed when the next decimal marker after it is its child N.1; a
    childless top between two confirmed ones (N-1 before it, N+1 after, no other
    decimal marker of depth 1 between) is confirmed by them ("2 风险评估" with no 2.1).

    >>> from policydoc.outline.markers import scan_candidates
    >>> t = "1 总则\\n1.1 目的\\n2 风险\\n3 组织体系\\n3.1 机构\\n4 提升服务"
    >>> [(c.rule, c.marker) for c in confirm_decimal_tops(t, scan_candidates(t))]
    [('decimal_top_marker', '1'), ('decimal_path_marker', '1.1'), ('decimal_top_marker', '2'), \
('decimal_top_marker', '3'), ('decimal_path_marker', '3.1'), ('arabic_bare_marker', '4')]
    """
    cands = list(candidates)
    decimals = [i for i, c in enumerate(cands) if c.style == "decimal_path"]
    tops = [i for i in decimals if cands[i].rule == _TOP]
    if not tops:
        yield from cands
        return
    nxt = {a: b for a, b in zip(decimals, decimals[1:])}
    ok = {i for i in tops if i in nxt and cands[nxt[i]].marker == f"{cands[i].marker}.1"}
    for prev, cur, after in zip(tops, tops[1:], tops[2:]):
        if (cur not in ok and prev in ok and after in ok
                and cands[prev].number + 1 == cands[cur].number == cands[after].number - 1):
            ok.add(cur)
    for i, c in enumerate(cands):
        if c.rule != _TOP or i in ok:
            yield c
        else:
            bare = RULES_BY_NAME["arabic_bare_marker"].recognise(text, c.start)
            if bare is not None:
                yield bare
