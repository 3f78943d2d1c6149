"""Extraction of targets, years, percentages and quantities from normalised text.

Mentions are found first, by compiled patterns over the whole text, in a fixed
order (years, percentages, quantities) so that each character belongs to one
mention. Targets are then judged from the percentage and quantity mentions
(see :mod:`.targets`); only the few target items are segmented with rjieba.
主要指标 tables (tab-separated rows) are read by :mod:`.indicator_table`;
sentence targets on the lines it covers are not emitted twice.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Optional

import regex

from ..data import target_words as words
from ..analysis import DocContext
from ..models import PercentMention, QuantityMention, Section, Target, YearMention
from ..outline.locate import SectionLocator
from .clauses import CLAUSE_END, Segmenter
from .indicator_table import find_indicator_targets
from .patterns import Mask
from .percents import extract_percentages
from .quantities import extract_bare_values, extract_quantities
from .targets import (
    Context, Intervals, candidates, forward_time, judge, past_year_opens, present_year, results_year_opens,
)
from .years import extract_years
from .._lazy import lazy_regex

__all__ = ["Facts", "extract_facts", "extract_mentions"]

_QUOTES = regex.compile(r"“[^“”\n]{1,40}”|《[^《》\n]{1,60}》|「[^「」\n]{1,40}」")
_HISTORY_TITLE = regex.compile("|".join(words.HISTORY_TITLES))
_REPORT_TITLE = regex.compile("|".join(words.REPORT_TITLES))
_GOAL_TITLE = regex.compile(r"目标")
_REPORT_PART = lazy_regex("|".join(words.REPORT_PART_TITLES))
_PLAN_PART = regex.compile("|".join(words.PLAN_PART_TITLES))
_TITLE_YEAR = regex.compile(r"(?<!\d)(20\d\d)年")
_REPORT_PLAN = regex.compile(r"打算|下一步|下步")
_GOAL_OR_TASK = lazy_regex(r"目标|任务|指标|预测|展望|(?:到|至)20\d\d年|20\d\d年(?:年?底|末)?前")
"""Parts about what is to come, inside a report: goals, tasks, forecasts, a deadline ("到2027年重点指标展望")."""
_PAST_PERIOD_OPENS = lazy_regex("(?:" + "|".join(regex.escape(w) for w in words.PAST_PERIOD_OPENERS) + ")")
_OPEN_PREFIX = regex.compile(r"(?:在|自|从)?$")
_PARAGRAPH_END = regex.compile(r"\n")
_SENTENCE_STOP = regex.compile(r"[。！？!?\n]")
_FORWARD_OPENER = lazy_regex(r"(?:^|(?<=[。！？!?；;\n]))\s*(?:到|至|截至)?(?:20\d\d|二〇[二三四五][〇一二三四五六七八九])年|(?:^|(?<=[。！？!?；;\n]))\s*(?:今后|未来|下一步|下一阶段)")
"""A sentence opening with a deadline or a forward-looking phrase ends a stretch of history."""


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


def _mentions(text: str) -> tuple[Facts, Mask]:
    mask = Mask(len(text))
    years = extract_years(text, mask)
    percentages = extract_percentages(text, mask)
    quantities = extract_quantities(text, mask)
    return Facts(years=years, percentages=percentages, quantities=quantities), mask


def extract_facts(text: str, sections: list[Section], context: Optional[DocContext] = None) -> Facts:
    """Mentions and targets of ``text``; targets get section ids and ids "t1", "t2", … in order.

    ``context`` is the analysis stage's view of the whole document: a law or a
    statistical bulletin states no targets (its mentions are still reported).

    >>> f = extract_facts("到2025年，学前教育毛入园率达到96%，新建3—5所幼儿园。", [])
    >>> [(t.indicator, t.comparator, t.value, t.value_max, t.unit, t.year) for t in f.targets]
    [('学前教育毛入园率', '>=', 96.0, None, '%', 2025), ('幼儿园', 'range', 3.0, 5.0, '所', 2025)]
    """
    facts, mask = _mentions(text)
    if context is not None and not context.states_facts:
        return facts
    bare = extract_bare_values(text, mask)
    flat = _flatten(sections)
    locator = SectionLocator(sections)
    seg = Segmenter(text)
    reference = _reference_year(facts.years)
    present = present_year(text, facts.years, seg, reference)
    goal_lists = _goal_lists(text, flat, locator)
    title_year = _title_plan_year(text)
    if title_year is not None and (present is None or present < title_year - 1):
        present = title_year - 1  # "某县2025年工作要点": 2024 is the past
    plan_year = title_year or max((int(m.group(1)) for m in _GOAL_LIST_OPENER.finditer(text)), default=None)
    ctx = Context(
        text=text, seg=seg, years=facts.years,
        quotes=[m.span() for m in _QUOTES.finditer(text)],
        history=_history_ranges(text, flat, facts.years, locator, seg, present, plan_year),
        goals=_goal_ranges(text, flat, facts.years, seg, present) + goal_lists,
        reference_year=reference, section_id_at=locator.section_id_at,
        section_span_at=lambda pos: _span_of(locator.section_at(pos)),
        reports=[sec.span for sec in flat if _REPORT_TITLE.search(sec.title)], present=present,
    )
    table_targets, table_lines = _table_targets(text)
    targets = list(table_targets)
    covered = Intervals(table_lines + _table_blocks(text))
    cells = _task_cells(text, table_lines, facts.years) if "\t" in text else []
    cell_starts = [c[0] for c in cells]
    for cand in candidates(facts.percentages, facts.quantities + bare, text):
        cell = None
        if covered.holds(cand.span[0]):
            i = bisect_right(cell_starts, cand.span[0]) - 1
            if i < 0 or cand.span[1] > cells[i][1]:
                continue
            cell = cells[i]
        target = judge(cand, ctx)
        if target is not None:
            if cell is not None and cell[2] and not _year_between(facts.years, cell[0], cand.span[0]):
                target.year = cell[3]  # the row's 完成时限, unless the task cell names its own year
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


def _span_of(sec: Optional[Section]) -> Optional[tuple[int, int]]:
    return None if sec is None else (sec.span[0], sec.span[1])


def _reference_year(years: list[YearMention]) -> Optional[int]:
    """First year of the latest five-year period named: earlier point years are the past."""
    periods = [y.year for y in years if y.kind == "period" and y.year]
    return max(periods) if periods else None


def _history_ranges(
    text: str, flat: list[Section], years: list[YearMention], locator: SectionLocator,
    seg: Segmenter, present: Optional[int], plan_year: Optional[int] = None,
) -> list[tuple[int, int]]:
    """Sections about achievements or the present state, and stretches opened by a past five-year period.

    A past period ("“十三五”期间，…", "“十三五”以来，…") starts history only where it opens its
    clause; a mere mention ("较“十三五”末提高") does not. Opening a paragraph or a section body, it
    governs up to the end of the paragraph, but never past the end of its section nor past a
    sentence that opens with a year or 今后/未来 (the plan takes over). Opening a clause inside a
    paragraph, it governs its sentence only. No search runs past these bounds, so a document whose
    lines were joined into one (page markers removed) is not swallowed.

    A past year opening a paragraph as the time of what follows ("2022年，全县新增就业岗位1.8万个，…",
    see ``targets.past_year_opens``) governs the same way, and so does the year before the plan year
    opening a paragraph without a comma ("2023年全县粮食总产量达到…", see ``targets.results_year_opens``).
    """
    ranges = [sec.span for sec in flat if _HISTORY_TITLE.search(sec.title)] + _report_parts(flat)
    latest = max((y.year or 0 for y in years if y.kind == "period"), default=0)
    bodies = {_body_start(text, sec): sec.span[1] for sec in flat}
    for y in years:
        if y.kind in ("point", "range"):
            start = y.span[0] - len(_OPEN_PREFIX.search(text, max(0, y.span[0] - 1), y.span[0]).group())
            if (start in bodies or start == 0 or text[start - 1] == "\n") and (
                past_year_opens(text, y, seg, present) or results_year_opens(text, y, seg, plan_year)
            ):
                ranges.append((y.span[0], _paragraph_end(text, y.span[1], _section_end(locator, start, bodies.get(start)))))
            continue
        if y.kind != "period" or not y.year or y.year >= latest or not _PAST_PERIOD_OPENS.match(text, y.span[1]):
            continue
        start = y.span[0] - len(_OPEN_PREFIX.search(text, max(0, y.span[0] - 1), y.span[0]).group())
        if start in bodies or start == 0 or text[start - 1] == "\n":
            end = _paragraph_end(text, y.span[1], _section_end(locator, start, bodies.get(start)))
        elif text[start - 1] in CLAUSE_END:
            stop = _SENTENCE_STOP.search(text, y.span[1])
            end = stop.end() if stop else len(text)
        else:
            continue
        ranges.append((y.span[0], end))
    return ranges


def _report_parts(flat: list[Section]) -> list[tuple[int, int]]:
    """The parts of a report before its plan: among siblings, those before the first plan part
    ("2024年工作思路", "下一步工作打算") titled as results ("2023年工作完成情况", "主要做法") or with an
    earlier year than the plan part's. When the plan part is a report's own (打算/下一步, or dated later
    than a results part), the report runs from the first results part to it: the parts between
    ("工作举措", "存在的不足") are results and problems too, except a part about what is to come."""
    ranges: list[tuple[int, int]] = []
    for siblings in [[sec for sec in flat if sec.level == 1]] + [sec.children for sec in flat]:
        plan = next((i for i, sec in enumerate(siblings) if _PLAN_PART.search(sec.title)), None)
        if not plan:
            continue
        plan_year = _title_year(siblings[plan].title)
        dated = [i for i, sec in enumerate(siblings[:plan]) if (_title_year(sec.title) or 9999) < (plan_year or 0)]
        report = [i for i, sec in enumerate(siblings[:plan]) if _REPORT_PART.search(sec.title)]
        if dated or (report and _REPORT_PLAN.search(siblings[plan].title)):
            first = min(dated + report)
            report = [i for i in range(first, plan) if not _GOAL_OR_TASK.search(siblings[i].title)]
        ranges.extend(sorted({siblings[i].span for i in set(report) | set(dated)}))
    return ranges


def _title_year(title: str) -> Optional[int]:
    m = _TITLE_YEAR.search(title)
    return int(m.group(1)) if m else None


def _body_start(text: str, sec: Section) -> int:
    body = sec.title_span[1]
    while body < sec.span[1] and text[body] in "。：:；; \t\n":
        body += 1
    return body


def _section_end(locator: SectionLocator, pos: int, body_of: Optional[int]) -> int:
    """End of the innermost section holding ``pos`` (the section whose body starts there, if any); -1 for none."""
    if body_of is not None:
        return body_of
    sec = locator.section_at(pos)
    return -1 if sec is None else sec.span[1]


def _paragraph_end(text: str, pos: int, section_end: int) -> int:
    limit = len(text) if section_end < 0 else section_end
    line = _PARAGRAPH_END.search(text, pos, limit)
    end = line.start() if line else limit
    forward = _FORWARD_OPENER.search(text, pos, end)
    return forward.start() if forward else end


def _goal_ranges(
    text: str, flat: list[Section], years: list[YearMention], seg: Segmenter, present: Optional[int]
) -> list[tuple[int, int, int]]:
    """目标 sections whose opening words are a deadline ("到2025年，…") or a coming year with a future
    word ("2025年，我局将…", see ``targets.forward_time``)."""
    starts = [y.span[0] for y in years]
    goals: list[tuple[int, int, int]] = []
    for sec in flat:
        if not _GOAL_TITLE.search(sec.title):
            continue
        body = sec.title_span[1]
        while body < len(text) and text[body] in "。：:；;\n \t":
            body += 1
        i = bisect_left(starts, body)  # the first year starting at or after the body, if close enough
        if i < len(starts) and starts[i] < body + 3 and years[i].year and (
            years[i].kind == "deadline" or forward_time(text, years[i], seg, present)
        ):
            goals.append((sec.span[0], sec.span[1], years[i].year))
    return goals


_GOAL_LIST_OPENER = lazy_regex(r"(?m)^[^\n。]{0,8}?(?<!\d)(20\d\d)年[^\n。：:]{0,40}?目标(?:任务)?(?:是|为|如下)?[:：]")
"""A line opening a goal list: "2024年全市…工作的主要预期目标是：", "2025年主要目标如下：" (a year, 目标, a colon)."""
_TITLE_PLAN_YEAR = lazy_regex(
    r"(?m)\A\s*[^\n]{0,40}?(?<!\d)(20\d\d)年[^\n]{0,40}?(?:" + "|".join(words.PLAN_YEAR_WORDS) + r")[^\n]{0,10}$"
)


def _goal_lists(text: str, flat: list[Section], locator: SectionLocator) -> list[tuple[int, int, int]]:
    """Goal lists: (start, end, year). A line opened by a year, 目标 and a colon ("2024年全市…主要预期目标是：")
    runs from the colon to the end of the innermost section holding it (its items may be sub-sections, or
    lines split by a page break), or to the end of the text outside any (its items may be the sections
    that follow); the nearer sentence and paragraph years still come first. A 目标 section whose title names one
    year ("二、2024年主要目标") is a goal list of that year."""
    if "目标" not in text:
        return []
    found = []
    for sec in flat:
        years = _TITLE_YEAR.findall(sec.title)
        if len(years) == 1 and _GOAL_TITLE.search(sec.title):
            found.append((sec.span[0], sec.span[1], int(years[0])))
    for m in _GOAL_LIST_OPENER.finditer(text):
        sec = locator.section_at(m.start())
        found.append((m.end(), sec.span[1] if sec is not None else len(text), int(m.group(1))))
    return found


def _title_plan_year(text: str) -> Optional[int]:
    """The year of a year's work plan named in the document's first line ("某县2025年林业工作要点")."""
    m = _TITLE_PLAN_YEAR.match(text)
    return int(m.group(1)) if m else None


def _table_targets(text: str) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of 主要指标 tables, and the tab-separated lines they cover."""
    found = find_indicator_targets(text)
    lines: list[tuple[int, int]] = []
    for t in found:
        start = text.rfind("\n", 0, t.span[0]) + 1
        end = text.find("\n", t.span[1] - 1 if t.span[1] > t.span[0] else t.span[1])
        end = len(text) if end < 0 else end
        if "\t" in text[start:end]:
            lines.append((start, end))
    return found, lines


_TAB_BLOCK = lazy_regex(r"(?m)^[^\n\t]*\t[^\n]*(?:\n[^\n\t]*\t[^\n]*)+")
"""Two or more consecutive lines holding a tab: a table (task lists, schedules, indicators)."""


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


def _number(targets: list[Target], sections: list[Section]) -> list[Target]:
    locate = SectionLocator(sections)
    for i, t in enumerate(targets, 1):
        t.id = f"t{i}"
        t.section_id = locate.section_id_at(t.span[0])
    return targets
