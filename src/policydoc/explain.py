"""Why each number became a target or not, and which rule found each responsibility.

``policydoc explain PATH`` (and :func:`explain`) parses a document and lists every
candidate number in document order: kept, with the targets it made and what
decided their comparator and year (``Target.rule`` and ``Target.evidence``), or
dropped, with the name of the filter that dropped it (``FILTERS`` in
``extract/targets.py``; ``table_cell`` for a number in a table cell that is no
task); then every responsibility with the recogniser that found it
(``Party.rule``). Report a wrong result with this listing: it names the rule to
look at.

>>> from policydoc.load import load_text
>>> doc, decisions = explain(load_text("一、目标\\n到2025年，覆盖率达到90%。2020年增长了3%。"))
>>> [(d.text, d.rule, [t.id for t in d.targets]) for d in decisions]
[('90%', 'kept', ['t1']), ('3%', 'in_history', [])]
"""

from __future__ import annotations

from typing import Optional

from .extract import Decision
from .load import Loaded
from .models import Document
from .pipeline import ParseOptions, run_pipeline


def explain(loaded: Loaded, options: Optional[ParseOptions] = None) -> tuple[Document, list[Decision]]:
    """The Document and the decision on every candidate number, in document order."""
    trace: list[Decision] = []
    doc = run_pipeline(loaded, options or ParseOptions(), trace=trace)
    return doc, sorted(trace, key=lambda d: d.span)


def render(doc: Document, decisions: list[Decision]) -> str:
    """The listing ``policydoc explain`` prints: one line per candidate number, then one per party."""
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
    return "\n".join(lines) + "\n"


def _one_line(text: str, width: int = 16) -> str:
    """``text`` on one line, at most ``width`` characters (a table row's number spans its cells)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
