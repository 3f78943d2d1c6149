"""Extraction of targets, years, percentages and quantities from normalised text.

Mentions are found first, by compiled patterns over the whole text, in a fixed
order (years, percentages, quantities) so that each character belongs to one
mention. Targets are then judged from the percentage and quantity mentions
(see :mod:`.targets`); only the few target items are segmented with rjieba.
主要指标 tables (tab-separated rows) are read by :mod:`.indicator_table` when it
is present; sentence targets on the lines it covers are not emitted twice.
"""

from __future__ import annotations

import importlib
import importlib.util
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

import regex

from ..models import PercentMention, QuantityMention, Section, Target, YearMention
from ..outline.locate import SectionLocator
from .clauses import Segmenter
from .patterns import Mask
from .percents import extract_percentages
from .quantities import extract_quantities
from .targets import Context, Intervals, candidates, judge
from .years import extract_years

__all__ = ["Facts", "extract_facts", "extract_mentions"]

_QUOTES = regex.compile(r"“[^“”\n]{1,40}”|《[^《》\n]{1,60}》|「[^「」\n]{1,40}」")
_HISTORY_TITLE = regex.compile(r"成就|成绩|成效|回顾|总结")
_GOAL_TITLE = regex.compile(r"目标")
_INDICATOR_TABLE = "policydoc.extract.indicator_table"


@dataclass
class Facts:
    """Everything the extract stage found."""

    targets: list[Target] = field(default_factory=list)
    years: list[YearMention] = field(default_factory=list)
    percentages: list[PercentMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_mentions(text: str) -> Facts:
    """Years, percentages and quantities of ``text`` (no targets).

    >>> f = extract_mentions("到2025年，毛入园率达到96%，新建3所幼儿园。")
    >>> [y.text for y in f.years], [p.text for p in f.percentages], [q.text for q in f.quantities]
    (['到2025年'], ['96%'], ['3所'])
    """
    mask = Mask(len(text))
    years = extract_years(text, mask)
    percentages = extract_percentages(text, mask)
    quantities = extract_quantities(text, mask)
    return Facts(years=years, percentages=percentages, quantities=quantities)


def extract_facts(text: str, sections: list[Section]) -> Facts:
    """Mentions and targets of ``text``; targets get section ids and ids "t1", "t2", … in order.

    >>> f = extract_facts("到2025年，学前教育毛入园率达到96%，新建3—5所幼儿园。", [])
    >>> [(t.indicator, t.comparator, t.value, t.value_max, t.unit, t.year) for t in f.targets]
    [('学前教育毛入园率', '>=', 96.0, None, '%', 2025), ('幼儿园', 'range', 3.0, 5.0, '所', 2025)]
    """
    facts = extract_mentions(text)
    flat = _flatten(sections)
    ctx = Context(
        text=text, seg=Segmenter(text), years=facts.years,
        quotes=[m.span() for m in _QUOTES.finditer(text)],
        history=_history_ranges(text, flat, facts.years), goals=_goal_ranges(text, flat, facts.years),
        reference_year=_reference_year(facts.years), section_id_at=SectionLocator(sections).section_id_at,
    )
    table_targets, table_lines = _table_targets(text)
    targets = list(table_targets)
    covered = Intervals(table_lines + _table_blocks(text))
    for cand in candidates(facts.percentages, facts.quantities, text):
        if covered.holds(cand.span[0]):
            continue
        target = judge(cand, ctx)
        if target is not None:
            targets.append(target)
    facts.targets = _number(sorted(targets, key=lambda t: t.span), sections)
    return facts


def _flatten(sections: Iterable[Section]) -> list[Section]:
    out: list[Section] = []
    stack = list(reversed(list(sections)))
    while stack:
        sec = stack.pop()
        out.append(sec)
        stack.extend(reversed(sec.children))
    return out


def _reference_year(years: list[YearMention]) -> Optional[int]:
    """First year of the latest five-year period named: earlier point years are the past."""
    periods = [y.year for y in years if y.kind == "period" and y.year]
    return max(periods) if periods else None


def _history_ranges(text: str, flat: list[Section], years: list[YearMention]) -> list[tuple[int, int]]:
    """Sections about achievements, and paragraphs from a past five-year period on."""
    ranges = [sec.span for sec in flat if _HISTORY_TITLE.search(sec.title)]
    latest = max((y.year or 0 for y in years if y.kind == "period"), default=0)
    for y in years:
        if y.kind == "period" and y.year and y.year < latest:
            end = text.find("\n", y.span[1])
            ranges.append((y.span[0], len(text) if end < 0 else end))
    return ranges


def _goal_ranges(text: str, flat: list[Section], years: list[YearMention]) -> list[tuple[int, int, int]]:
    """目标 sections whose opening words are a deadline ("到2025年，…")."""
    starts = [y.span[0] for y in years]
    goals: list[tuple[int, int, int]] = []
    for sec in flat:
        if not _GOAL_TITLE.search(sec.title):
            continue
        body = sec.title_span[1]
        while body < len(text) and text[body] in "。：:；;\n \t":
            body += 1
        i = bisect_left(starts, body)  # the first year starting at or after the body, if close enough
        if i < len(starts) and starts[i] < body + 3 and years[i].kind == "deadline" and years[i].year:
            goals.append((sec.span[0], sec.span[1], years[i].year))
    return goals


def _table_targets(text: str) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of 主要指标 tables, and the tab-separated lines they cover."""
    if importlib.util.find_spec(_INDICATOR_TABLE) is None:
        return [], []
    finder: Optional[Callable[[str], list[Target]]] = getattr(
        importlib.import_module(_INDICATOR_TABLE), "find_indicator_targets", None
    )
    if finder is None:
        return [], []
    found = list(finder(text))
    lines: list[tuple[int, int]] = []
    for t in found:
        start = text.rfind("\n", 0, t.span[0]) + 1
        end = text.find("\n", t.span[1] - 1 if t.span[1] > t.span[0] else t.span[1])
        end = len(text) if end < 0 else end
        if "\t" in text[start:end]:
            lines.append((start, end))
    return found, lines


_TAB_BLOCK = regex.compile(r"(?m)^[^\n\t]*\t[^\n]*(?:\n[^\n\t]*\t[^\n]*)+")
"""Two or more consecutive lines holding a tab: a table (task lists, schedules, indicators)."""


def _table_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of tables written as tab-separated lines; their cells are no sentences to read targets from
    (a task-table row "…\t市教育局" would give the indicator "\t市教育局")."""
    if "\t" not in text:
        return []
    return [m.span() for m in _TAB_BLOCK.finditer(text)]


def _number(targets: list[Target], sections: list[Section]) -> list[Target]:
    locate = SectionLocator(sections)
    for i, t in enumerate(targets, 1):
        t.id = f"t{i}"
        t.section_id = locate.section_id_at(t.span[0])
    return targets
