"""Why each number became a target or not, and what became of each responsibility statement.

``policydoc explain PATH`` (and :func:`explain`) parses a document and lists every
candidate number in document order: kept, with the targets it made and what
decided their comparator and year (``Target.rule`` and ``Target.evidence``), or
dropped, with the name of the filter that dropped it (``FILTERS`` in
``extract/targets.py``; ``table_cell`` for a number in a table cell that is no
task); then every responsibility with the recogniser that found it
(``Party.rule``); then every sentence the parties stage examined that holds a
responsibility cue, with what became of each statement in it: kept (the party
it made and its recogniser), or dropped, with the name of the reason
(``policydoc.parties.trace.REASONS``: a principle slogan, leads that are an
earlier statement's supporters, no predicate, a section that reviews the past,
a document kind that assigns no task …). Report a wrong result with this
listing: it names the rule to look at.

>>> from policydoc.load import load_text
>>> doc, found = explain(load_text("一、目标\\n到2025年，覆盖率达到90%。2020年增长了3%。\\n市教育局要加强学校管理。我局将抓好以下工作。"))
>>> [(d.text, d.rule, [t.id for t in d.targets]) for d in found.numbers]
[('90%', 'kept', ['t1']), ('3%', 'in_history', [])]
>>> [(s.rule, s.recogniser, s.lead) for s in found.statements]
[('kept', 'subject', ['市教育局']), ('self_reference', 'subject', ['我局'])]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .extract import Decision
from .load import Loaded
from .models import Document
from .parties.trace import REASONS, Statement, explaining
from .pipeline import ParseOptions, run_pipeline


@dataclass
class Explanation:
    """What :func:`explain` found besides the Document."""

    numbers: list[Decision]
    """The decision on every candidate number, in document order."""
    statements: list[Statement]
    """What became of every statement the parties stage examined, in document order."""


def explain(loaded: Loaded, options: Optional[ParseOptions] = None) -> tuple[Document, Explanation]:
    """The Document, the decision on every candidate number and what became of every statement."""
    trace: list[Decision] = []
    with explaining() as statements:
        doc = run_pipeline(loaded, options or ParseOptions(), trace=trace)
    found = statements.statements()
    # the names of a kept statement as the Document gives them (in the width the source wrote them)
    parties = {(p.span[0], p.rule): p for p in doc.parties}
    for s in found:
        party = parties.get((s.start, s.recogniser)) if s.rule == "kept" else None
        if party is not None:
            s.lead, s.support = list(party.lead), list(party.support)
    return doc, Explanation(sorted(trace, key=lambda d: d.span), found)


def render(doc: Document, found: Explanation) -> str:
    """The listing ``policydoc explain`` prints: one line per candidate number, one per party, one per
    statement, then what each reason named means."""
    decisions = found.numbers
    lines = [f"# numbers: {sum(d.rule == 'kept' for d in decisions)} kept, "
             f"{sum(d.rule != 'kept' for d in decisions)} dropped (offsets into Document.text)"]
    for d in decisions:
        where, shown = f"{d.span[0]:>7}", _one_line(d.text)
        if d.rule != "kept":
            lines.append(f"{where}  {shown:<12}  dropped by {d.rule}")
            continue
        for t in d.targets:
            evidence = ", ".join(f"{k}={v}" for k, v in t.evidence.items())
            year = t.year if t.year is not None else "-"
            lines.append(f"{where}  {shown:<12}  {t.id} [{t.rule}] {t.indicator} {t.comparator} "
                         f"{t.value:g}{t.unit} year {year} ({evidence})")
    lines.append(f"# parties: {len(doc.parties)}")
    for p in doc.parties:
        lead, support = "、".join(p.lead) or "-", "、".join(p.support) or "-"
        lines.append(f"{p.span[0]:>7}  [{p.rule}] lead {lead}; support {support}: {_one_line(p.task, 60)}")
    statements = found.statements
    kept = sum(s.rule == "kept" for s in statements)
    lines.append(f"# statements: {kept} kept, {len(statements) - kept} dropped (sentences of the parties stage "
                 "with a responsibility cue)")
    for s in statements:
        verdict = "kept" if s.rule == "kept" else f"dropped by {s.rule}"
        found_by = f"[{s.recogniser}] " if s.recogniser else ""
        bodies = f"lead {'、'.join(s.lead) or '-'}; support {'、'.join(s.support) or '-'}: " if s.recogniser else ""
        lines.append(f"{s.start:>7}  {found_by}{verdict}: {bodies}{_one_line(s.text, 60)}")
    named = sorted({s.rule for s in statements} - {"kept"})
    if named:
        lines.append("# why a statement was dropped")
        lines.extend(f"  {name}: {REASONS[name]}" for name in named)
    return "\n".join(lines) + "\n"


def _one_line(text: str, width: int = 16) -> str:
    """``text`` on one line, at most ``width`` characters (a table row's number spans its cells)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
