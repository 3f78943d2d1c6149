"""A Document as Markdown: the outline as headings, the facts under their section.

Levels 1–4 of the outline become headings ``##`` to ``#####`` (the document
title is ``#``); deeper sections become nested list items, so that the page
stays readable in a terminal and renders as Markdown. Under each section come
its own targets (as a table) and its parties (as a list); facts outside every
section are listed first, under "正文前".

>>> from policydoc.models import Document, Source, Section, Target
>>> sec = Section(id="1", level=1, marker="一、", style="cn_dun", number=1, title="发展目标",
...               span=(0, 30), title_span=(2, 6))
>>> t = Target(id="t1", section_id="1", indicator="毛入园率", comparator=">=", value=96, unit="%",
...            year=2025, text="毛入园率达到96%", span=(7, 16))
>>> doc = Document(source=Source(format="text", sha256="0"), script="simplified", title="规划",
...                text="x" * 30, sections=[sec], targets=[t])
>>> print(to_markdown(doc))  # doctest: +NORMALIZE_WHITESPACE
# 规划
<BLANKLINE>
1 section · 1 target · 0 parties · script: simplified
<BLANKLINE>
## 一、发展目标
<BLANKLINE>
| 指标 | 比较 | 值 | 单位 | 年份 | 原文 |
| --- | --- | --- | --- | --- | --- |
| 毛入园率 | ≥ | 96 | % | 2025 | 毛入园率达到96% |
<BLANKLINE>
"""

from __future__ import annotations

from collections import defaultdict
from typing import Optional

from ..models import Document, Party, Section, Target

HEADING_LEVELS = 4
"""Outline levels shown as Markdown headings; deeper ones are list items."""

COMPARATOR_SIGNS = {
    ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "约",
    "range": "区间", "increase": "增加", "decrease": "减少",
}
TARGET_HEADER = ("指标", "比较", "值", "单位", "年份", "原文")
PREAMBLE_TITLE = "正文前"
WARNINGS_TITLE = "警告 Warnings"


def to_markdown(doc: Document) -> str:
    """The whole document as Markdown text ending in a newline."""
    targets = _by_section(doc.targets)
    parties = _by_section(doc.parties)
    lines = [f"# {_inline(doc.title or doc.source.path or '(untitled)')}", "", _summary(doc), ""]
    if None in targets or None in parties:
        lines += [f"## {PREAMBLE_TITLE}", ""]
        lines += _facts(targets.get(None, []), parties.get(None, []), indent="")
    for sec in doc.sections:
        lines += _section(sec, targets, parties)
    lines += _warnings(doc)
    return "\n".join(lines).rstrip("\n") + "\n"


def _summary(doc: Document) -> str:
    n_sec, n_t, n_p = len(doc.iter_sections()), len(doc.targets), len(doc.parties)
    parts = [_count(n_sec, "section"), _count(n_t, "target"), _count(n_p, "party", "parties")]
    if doc.repairs:
        parts.append(_count(len(doc.repairs), "repair"))
    if doc.warnings:
        parts.append(_count(len(doc.warnings), "warning"))
    return " · ".join(parts) + f" · script: {doc.script}"


def _warnings(doc: Document) -> list[str]:
    """The warnings, last, each with its code: ``- `outline.numbering_skip` outline: numbering skips …``."""
    if not doc.warning_details:
        return []
    return [f"## {WARNINGS_TITLE}", "", *(f"- `{w.code}` {_inline(w.message)}" for w in doc.warning_details), ""]


def _count(n: int, one: str, many: Optional[str] = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _by_section(facts: "list[Target] | list[Party]") -> dict[Optional[str], list]:
    grouped: dict[Optional[str], list] = defaultdict(list)
    for fact in facts:
        grouped[fact.section_id].append(fact)
    return grouped


def _section(sec: Section, targets: dict, parties: dict) -> list[str]:
    """The heading (or list item) of ``sec``, its facts, then its children."""
    head = f"{sec.marker}{_inline(sec.title)}"
    if sec.level <= HEADING_LEVELS:
        lines, indent = ["#" * (sec.level + 1) + " " + head, ""], ""
    else:
        indent = "  " * (sec.level - HEADING_LEVELS - 1)
        lines, indent = [f"{indent}- **{head}**"], indent + "  "
    lines += _facts(targets.get(sec.id, []), parties.get(sec.id, []), indent)
    for child in sec.children:
        lines += _section(child, targets, parties)
    return lines


def _facts(targets: list[Target], parties: list[Party], indent: str) -> list[str]:
    lines: list[str] = []
    if targets:
        lines += [indent + _cells(TARGET_HEADER), indent + _cells(("---",) * len(TARGET_HEADER))]
        lines += [indent + _cells(_target_cells(t)) for t in targets]
        lines.append("")
    for p in parties:
        lines.append(f"{indent}- {_party_line(p)}")
    if parties:
        lines.append("")
    return lines


def _target_cells(t: Target) -> tuple[str, ...]:
    value = _number(t.value) + (f"–{_number(t.value_max)}" if t.value_max is not None else "")
    sign = COMPARATOR_SIGNS.get(t.comparator, t.comparator)
    return (t.indicator, sign, value, t.unit, str(t.year) if t.year else "", t.text)


def _party_line(p: Party) -> str:
    roles = [f"牵头: {'、'.join(p.lead)}"] if p.lead else []
    if p.support:
        roles.append(f"配合: {'、'.join(p.support)}")
    return f"**{_inline(p.task)}** — " + ("; ".join(roles) or "(未指明单位)")


def _number(x: float) -> str:
    """``96.0`` -> ``"96"``, ``3.5`` -> ``"3.5"``."""
    return str(int(x)) if float(x).is_integer() else repr(x)


def _cells(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|")


def _inline(text: str) -> str:
    """One line of text with Markdown's active characters escaped."""
    text = " ".join(text.split())
    for ch in "\\`*_[]<>#":
        text = text.replace(ch, "\\" + ch)
    return text
