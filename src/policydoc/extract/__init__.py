"""Extraction of targets, years, percentages and quantities from normalised text.

Mentions are found first, by compiled patterns over the whole text, in a fixed
order (years, percentages, quantities) so that each character belongs to one
mention. Targets are then judged from the percentage and quantity mentions
(see :mod:`.targets`); only the few target items are segmented with rjieba.
主要指标 tables (tab-separated rows, or one cell per paragraph) are read by
:mod:`.indicator_table`; the numbers of the tables they cover are not read again as sentences.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional

import regex

from ..data import target_words as words
from ..models import PercentMention, QuantityMention, Section, Target, YearMention
from ..outline.locate import SectionLocator
from ..core.sentences import Segmenter
from .patterns import Mask
from .percents import extract_percentages
from .quantities import extract_bare_values, extract_quantities
from .years import extract_years
from .._lazy import lazy_regex
from ..settings import QUOTED_NAME_MAX, QUOTED_TITLE_MAX

if TYPE_CHECKING:
    from ..analysis import DocContext
    from .candidate import Candidate, Context

# The target rules (.targets: their rule tables, the filters, indicator and year rules) are imported at a document's
# first candidate number, the candidate readers (.candidate) and .indicator_table once it states targets: a law, a
# notice or a text of a few lines needs none of them, and their modules cost a fresh process about 15 ms to import.

__all__ = ["Facts", "extract_facts", "extract_mentions"]

_QUOTES = regex.compile(
    rf"“[^“”\n]{{1,{QUOTED_NAME_MAX}}}”|《[^《》\n]{{1,{QUOTED_TITLE_MAX}}}》|「[^「」\n]{{1,{QUOTED_NAME_MAX}}}」")


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
    return _mentions(text)[0]


def _mentions(text: str, years: Optional[list[YearMention]] = None) -> tuple[Facts, Mask]:
    """Mentions in their fixed order; ``years`` found earlier (by the analysis stage) are reused."""
    mask = Mask(len(text))
    if years is None:
        years = extract_years(text, mask)
    else:
        for y in years:
            mask.claim(*y.span)
    percentages = extract_percentages(text, mask)
    quantities = extract_quantities(text, mask)
    return Facts(years=years, percentages=percentages, quantities=quantities), mask


@dataclass
class Decision:
    """What became of one candidate number (``policydoc explain``)."""

    span: tuple[int, int]
    text: str
    rule: str  # "kept", or the name of the filter (or table rule) that dropped it
    targets: list[Target] = field(default_factory=list)


def extract_facts(text: str, sections: list[Section], context: Optional[DocContext] = None,
                  trace: Optional[list[Decision]] = None) -> Facts:
    """Mentions and targets of ``text``; targets get section ids and ids "t1", "t2", … in order.

    ``context`` is the analysis stage's view of the whole document: a law, a
    statistical bulletin or a notice to the public states no targets (its mentions
    are still reported). ``trace``, when given, receives a :class:`Decision` per
    candidate number: kept (with its targets) or dropped, and by which rule.

    >>> f = extract_facts("到2025年，学前教育毛入园率达到96%，新建3—5所幼儿园。", [])
    >>> [(t.indicator, t.comparator, t.value, t.value_max, t.unit, t.year) for t in f.targets]
    [('学前教育毛入园率', '=', 96.0, None, '%', 2025), ('新建幼儿园', 'range', 3.0, 5.0, '所', 2025)]
    """
    if context is None:
        from ..analysis import analyse

        context = analyse(text, None, sections, kind_rules=())
    facts, mask = _mentions(text, context.years)
    if not context.states_targets:
        return facts
    from .candidate import Context, Intervals, KeptTargets, candidates

    bare = extract_bare_values(text, mask)
    locator = SectionLocator(sections)
    ctx = Context(
        text=text, seg=context.segmenter or Segmenter(text), years=facts.years,
        quotes=[m.span() for m in _QUOTES.finditer(text)],
        history=context.history, goals=context.goals,
        reference_year=context.reference_year, section_id_at=locator.section_id_at,
        section_span_at=lambda pos: _span_of(locator.section_at(pos)),
        section_title_at=lambda pos: _title_of(locator.section_at(pos)),
        section_titles_at=locator.titles_at,
        reports=context.reports, present=context.present, planned=context.planned_lists,
        cue_required=context.commits_only_when_said, plan_start=context.plan_start, statutes=context.statutes,
    )
    targets, tables = _table_targets(text, ctx)
    if trace is not None:
        trace.extend(Decision(t.span, t.text, "kept", [t]) for t in targets)
    covered = Intervals(tables + _table_blocks(text))
    cells = _task_cells(text, tables, facts.years) if "\t" in text else []
    cell_starts = [c[0] for c in cells]
    kept = KeptTargets()  # the targets kept so far: read by the rules that continue a sentence's list
    verdict: Optional[Callable[..., tuple[Optional[Target], str]]] = None
    for cand in candidates(facts.percentages, facts.quantities + bare, text):
        cell = None
        if covered.holds(cand.span[0]):
            i = bisect_right(cell_starts, cand.span[0]) - 1
            if i < 0 or cand.span[1] > cells[i][1]:
                if trace is not None:
                    trace.append(Decision(cand.span, cand.text, "table_cell"))
                continue
            cell = cells[i]
        if verdict is None:
            verdict, history_drops = _target_rules(trace is None)
        if history_drops and ctx.in_history(cand.span[0]):
            continue  # dropped whichever filter asks first (see ``_history_drops``)
        target, why = verdict(cand, ctx, kept)
        made: list[Target] = []
        if target is not None:
            if cell is not None and cell[2] and not _year_between(facts.years, cell[0], cand.span[0]):
                target.year = cell[3]  # the row's 完成时限, unless the task cell names its own year
                target.evidence["year"] = "task_row" if target.year else "none"
            made = _one_per_thing(target, cand, ctx)
            targets.extend(made)
        if trace is not None:
            trace.append(Decision(cand.span, cand.text, why, made))
    facts.targets = _number(sorted(targets, key=lambda t: t.span), locator)
    return facts


def _target_rules(untraced: bool) -> tuple[Callable[..., tuple[Optional[Target], str]], bool]:
    """``targets.verdict``, and whether a candidate in history may be dropped first (see :func:`_history_drops`;
    never when traced): imported at a document's first candidate, as a text without one never needs the rules."""
    from .targets import verdict

    return verdict, untraced and _history_drops()


def _history_drops() -> bool:
    """Whether a candidate in a history section may be dropped before the filter table is asked: the filter
    ``in_history`` drops every such candidate that an earlier filter has not dropped, and the filters are pure, so
    the outcome is the same; only which filter drops it differs, and only ``policydoc explain`` (a trace) asks that.
    In the 28 real documents (realdev, seeds) a quarter of the candidates stand in history sections, a plan's review
    of the last period, and each was asked 36 filters before ``in_history``."""
    from .filters import FILTERS

    return any(rule.name == "in_history" for rule in FILTERS.active())


def _one_per_thing(target: Target, cand: Candidate, ctx: Context) -> list[Target]:
    """The target, or one copy per thing when one value is stated for several (see ``targets.sharing_things``)."""
    from .targets import sharing_things

    names = sharing_things(cand, ctx, target)
    if not names:
        return [target]
    evidence = {**target.evidence, "shared": "yes"}
    return [target.model_copy(update={"indicator": name, "evidence": dict(evidence)}) for name in names]


def _title_of(sec: Optional[Section]) -> str:
    return "" if sec is None else sec.title


def _span_of(sec: Optional[Section]) -> Optional[tuple[int, int]]:
    return None if sec is None else (sec.span[0], sec.span[1])


def _table_targets(text: str, ctx: Context) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of 主要指标 tables, and the spans of the tables. A table standing in a stretch of history, or
    one reporting on last period's targets (a results column beside them), gives none; a row of a table
    that names no year takes the year of the section or goal list holding it (SPEC year rule 3)."""
    from .indicator_table import find_indicator_tables

    targets: list[Target] = []
    spans: list[tuple[int, int]] = []
    for table in find_indicator_tables(text):
        spans.append(table.span)
        if table.reports:
            continue
        for t in table.targets:
            if ctx.in_history(t.span[0]):
                continue
            if t.year is None:
                t.year = ctx.goal_year(t.span[0])
                t.evidence["year"] = "goal_section" if t.year else "none"
            targets.append(t)
    return targets, spans


_INDENT_ONLY = (
    r"(?![ \u3000]*(?:\d{1,3}[.．、]|[甲乙丙丁戊己庚辛壬癸一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])"
    r"[ \u3000]*\t[^\t\n]*$)"
)
_TAB_ROW = _INDENT_ONLY + r"[^\n\t]*\t[^\n]*"
_TAB_BLOCK = lazy_regex(rf"(?m)^{_TAB_ROW}(?:\n{_TAB_ROW})+")
"""Two or more consecutive lines holding a tab: a table (task lists, schedules, indicators). A line whose one tab
only follows its list marker ("1. \t現在，我宣讀…", "甲、\t引言") is a paragraph indented by the tab, no row."""


def _table_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of tables written as tab-separated lines; their cells are no sentences to read targets from
    (a task-table row "…\t市教育局" would give the indicator "\t市教育局")."""
    if "\t" not in text:
        return []
    return [m.span() for m in _TAB_BLOCK.finditer(text)]


_TASK_HEADER = lazy_regex("(?:" + "|".join(words.TASK_COLUMN_HEADERS) + ")")
_TIME_HEADER = lazy_regex("(?:" + "|".join(words.TIME_COLUMN_HEADERS) + ")")


def _task_cells(
    text: str, indicator_lines: list[tuple[int, int]], years: list[YearMention]
) -> list[tuple[int, int, bool, Optional[int]]]:
    """Task cells of task tables: (start, end, has_time_column, year of the row's deadline cell).

    A task table is a tab block whose first line is a header with a task column (任务, 工作内容 …);
    each later row's cell in that column is a planned task written as a sentence ("建成…产业园1个").
    The row's year is the last year named in its deadline column (完成时限): "2024年底" -> 2024,
    "2024—2025年" -> 2025, "长期坚持" -> None. 主要指标 table lines are left to that reader.
    """
    from .candidate import Intervals

    taken = Intervals(indicator_lines)
    cells: list[tuple[int, int, bool, Optional[int]]] = []
    starts = [y.span[0] for y in years]
    for block in _TAB_BLOCK.finditer(text):
        lines = block.group().split("\n")
        header = ["".join(cell.split()) for cell in lines[0].split("\t")]  # "任 务" is 任务
        task = next((i for i, h in enumerate(header) if _TASK_HEADER.fullmatch(h)), None)
        if task is None:
            continue
        when = next((i for i, h in enumerate(header) if _TIME_HEADER.fullmatch(h)), None)
        pos = block.start() + len(lines[0]) + 1
        for line in lines[1:]:
            spans, at = [], pos
            for cell in line.split("\t"):
                spans.append((at, at + len(cell)))
                at += len(cell) + 1
            if task < len(spans) and not taken.holds(pos):
                year = None
                if when is not None and when < len(spans):
                    s, e = spans[when]
                    inside = years[bisect_left(starts, s): bisect_left(starts, e)]
                    year = next((y.year_end or y.year for y in reversed(inside) if y.year), None)
                cells.append((*spans[task], when is not None, year))
            pos += len(line) + 1
    return cells


def _year_between(years: list[YearMention], start: int, end: int) -> bool:
    starts = [y.span[0] for y in years]
    return bisect_left(starts, start) < bisect_left(starts, end)


def _number(targets: list[Target], locate: SectionLocator) -> list[Target]:
    for i, t in enumerate(targets, 1):
        t.id = f"t{i}"
        t.section_id = locate.section_id_at(t.span[0])
    return targets
