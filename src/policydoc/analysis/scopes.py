"""Where the document speaks of the past and which year its parts plan for: spans worked out once.

The analysis stage hands these to the target rules (see :class:`~policydoc.analysis.DocContext`):

- *history*: sections and stretches that report achievements or the present state (发展基础,
  "二、2021年主要成效", "“十三五”期间，…", "2023年，全县新增…");
- *goals*: stretches whose targets share one year (a 目标 section opened by "到2025年", a goal
  list "2024年…主要预期目标是：", a 目标 section titled with one year);
- the document's *plan year* (its title "某县2025年工作要点", or a goal-list opener) and its
  *present* (the latest year it treats as past).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

import regex

from ..data import target_words as words
from ..extract.clauses import CLAUSE_END, Segmenter
from ..models import Section, YearMention
from ..outline.locate import SectionLocator
from .._lazy import lazy_regex
from .time import forward_time, past_year_opens, present_year, results_year_opens

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
    see ``time.past_year_opens``) governs the same way, and so does the year before the plan year
    opening a paragraph without a comma ("2023年全县粮食总产量达到…", see ``time.results_year_opens``).
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
    word ("2025年，我局将…", see ``time.forward_time``)."""
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


@dataclass
class Scopes:
    """The time judgements of a whole document (see the module docstring)."""

    reference_year: Optional[int]
    present: Optional[int]
    plan_year: Optional[int]
    history: list[tuple[int, int]]
    goals: list[tuple[int, int, int]]
    reports: list[tuple[int, int]]


def find_scopes(text: str, sections: list[Section], flat: list[Section], years: list[YearMention],
                seg: Segmenter) -> Scopes:
    """Present, plan year, history, goal and report spans of ``text`` from its sections and year mentions.

    >>> from policydoc.outline import build_outline
    >>> from policydoc.analysis import analyse
    >>> text = "某县2025年林业工作要点\\n一、2024年工作完成情况\\n全县新增造林2万亩。\\n二、2025年工作安排\\n（一）主要目标\\n到2025年，新增造林3万亩。\\n"
    >>> o = build_outline(text); ctx = analyse(text, o.title, o.sections)
    >>> ctx.present, ctx.plan_year, [text[s:e][:12] for s, e in ctx.history], [y for _, _, y in ctx.goals]
    (2024, 2025, ['一、2024年工作完成情'], [2025])
    """
    locator = SectionLocator(sections)
    reference = _reference_year(years)
    present = present_year(text, years, seg, reference)
    goal_lists = _goal_lists(text, flat, locator)
    title_year = _title_plan_year(text)
    if title_year is not None and (present is None or present < title_year - 1):
        present = title_year - 1  # "某县2025年工作要点": 2024 is the past
    plan_year = title_year or max((int(m.group(1)) for m in _GOAL_LIST_OPENER.finditer(text)), default=None)
    return Scopes(
        reference_year=reference, present=present, plan_year=plan_year,
        history=_history_ranges(text, flat, years, locator, seg, present, plan_year),
        goals=_goal_ranges(text, flat, years, seg, present) + goal_lists,
        reports=[sec.span for sec in flat if _REPORT_TITLE.search(sec.title)],
    )
