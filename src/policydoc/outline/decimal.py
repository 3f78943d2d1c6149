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
_TOP_LINE = "decimal_top_line_marker"  # confirmed only by a run of title lines


def confirm_decimal_tops(text: str, candidates: Iterable[Candidate]) -> Iterator[Candidate]:
    """The candidates with every unconfirmed decimal top re-read as a bare number (or dropped).

    A top N is confirmed when the next decimal marker after it is its child N.1; a
    childless top between two confirmed ones (N-1 before it, N+1 after, no other
    decimal marker of depth 1 between) is confirmed by them ("2 风险评估" with no 2.1);
    tops 1, 2, 3 … in a row, each a short title line of its own, confirm each other
    (a report numbered by chapters alone: "1 人口特征" / "2 婚姻及家庭状况").

    >>> from policydoc.outline.markers import scan_candidates
    >>> t = "1 总则\\n1.1 目的\\n2 风险\\n3 组织体系\\n3.1 机构\\n4 提升服务"
    >>> [(c.rule, c.marker) for c in confirm_decimal_tops(t, scan_candidates(t))]
    [('decimal_top_marker', '1'), ('decimal_path_marker', '1.1'), ('decimal_top_marker', '2'), \
('decimal_top_marker', '3'), ('decimal_path_marker', '3.1'), ('arabic_bare_marker', '4')]
    """
    cands = list(candidates)
    decimals = [i for i, c in enumerate(cands) if c.style == "decimal_path"]
    tops = [i for i in decimals if cands[i].rule in (_TOP, _TOP_LINE)]
    if not tops:
        yield from cands
        return
    nxt = {a: b for a, b in zip(decimals, decimals[1:])}
    ok = {i for i in tops if cands[i].rule == _TOP and i in nxt and cands[nxt[i]].marker == f"{cands[i].marker}.1"}
    for prev, cur, after in zip(tops, tops[1:], tops[2:]):
        if (cur not in ok and prev in ok and after in ok
                and cands[prev].number + 1 == cands[cur].number == cands[after].number - 1):
            ok.add(cur)
    ok |= _counted_title_lines(text, cands, [i for i in tops if i not in ok])
    dotted = _dotted_tops(text, cands, decimals) if ok else set()
    for i, c in enumerate(cands):
        if i in dotted:
            yield c._replace(rule=_TOP, style="decimal_path", family="decimal_path:1")
        elif c.rule not in (_TOP, _TOP_LINE) or i in ok:
            yield c
        else:
            bare = RULES_BY_NAME["arabic_bare_marker"].recognise(text, c.start)
            if bare is not None:
                yield bare


def _dotted_tops(text: str, cands: list[Candidate], decimals: list[int]) -> set[int]:
    """"1.总则" / "1.1编制目的" in an outline whose later tops are bare ("3启用准备" / "3.1…"): a dotted top at a line
    start whose next decimal marker is its child N.1 is the same top level as the bare ones, not a list of its own.

    >>> from policydoc.outline.markers import scan_candidates
    >>> t = "1.总则\\n1.1目的\\n2.组织体系\\n2.1机构\\n3启用准备\\n3.1准备\\n"
    >>> [(c.family, c.marker) for c in confirm_decimal_tops(t, scan_candidates(t)) if c.family.endswith(":1")]
    [('decimal_path:1', '1.'), ('decimal_path:1', '2.'), ('decimal_path:1', '3')]
    """
    found: set[int] = set()
    j = 0
    for i, c in enumerate(cands):
        if c.style != "arabic_dot" or not c.marker.rstrip("．.").isdigit() or c.marker[-1:] not in ".．":
            continue
        if c.start > 0 and text[c.start - 1] != "\n":
            continue
        while j < len(decimals) and decimals[j] <= i:
            j += 1
        if j < len(decimals) and cands[decimals[j]].marker == f"{c.number}.1":
            found.add(i)
    return found


MIN_RUN = 3  # consecutive childless tops that count as an outline of their own
TITLE_LINE_MAX = 24  # a childless top's title is a short line


def _counted_title_lines(text: str, cands: list[Candidate], tops: list[int]) -> set[int]:
    """Childless tops numbered 1, 2, 3 … in a row, each the start of a short title line ("1 人口特征").

    A report numbered by chapters alone has no N.1 to confirm its tops; MIN_RUN of them
    in order, each opening a line that is only a short title, confirm each other.
    """
    runs: list[list[int]] = []
    for i in tops:
        if not _title_line(text, cands[i]):
            continue
        if runs and runs[-1] and cands[runs[-1][-1]].number + 1 == cands[i].number:
            runs[-1].append(i)
        elif cands[i].number == 1:
            runs.append([i])
    return {i for run in runs if len(run) >= MIN_RUN for i in run}


def _title_line(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` opens a line that holds only a short title."""
    if cand.start > 0 and text[cand.start - 1] != "\n":
        return False
    end = text.find("\n", cand.title_start)
    title = text[cand.title_start : len(text) if end < 0 else end].strip()
    return 0 < len(title) <= TITLE_LINE_MAX and not any(c in title for c in "。，；：,;:")
