"""Where the document speaks of the past and which year its parts plan for: spans worked out once.

The analysis stage hands these to the target rules (see :class:`~policydoc.analysis.DocContext`):

- *history*: sections and stretches that report achievements or the present state (发展基础,
  "二、2021年主要成效", "“十三五”期间，…", "2023年，全县新增…");
- *goals*: stretches whose targets share one year (a 目标 section opened by "到2025年", a goal
  list "2024年…主要预期目标是：", a 目标 section titled with one year);
- the document's *plan year* (its title "某县2025年工作要点", or a goal-list opener) and its
  *present* (the latest year it treats as past).

The rule tables live beside this module (:mod:`.history`, :mod:`.goals`, both reading a :class:`.reading.Reading`);
here they are run over a document, and the present and the plan year are settled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import regex

from ..core.numerals import parse_cn_numeral
from ..core.sentences import CLAUSE_STOPS, COMMAS, Segmenter
from ..data import target_words as words
from ..models import Section, YearMention
from ..outline.locate import SectionLocator
from ..settings import PERIOD_AFTER_PLAN, PERIOD_BEFORE_PLAN, PLAN_NAME_OPENING
from .._lazy import lazy_re, lazy_regex
from .goals import GOAL_RULES, budget_years, plan_title_year
from .history import HISTORY_RULES
from .reading import HISTORY_TITLE, PLAN_OR_GOAL, REPORT_PART, Reading, one_year
from .time import present_year

__all__ = ["GOAL_RULES", "HISTORY_RULES", "Scopes", "find_scopes", "plan_period", "plan_title_year", "settled_present"]

_REPORT_TITLE = lazy_re("|".join(words.REPORT_TITLES))


def _reference_year(years: list[YearMention]) -> Optional[int]:
    """First year of the latest five-year period named: earlier point years are the past."""
    periods = [y.year for y in years if y.kind == "period" and y.year]
    return max(periods) if periods else None


@dataclass
class Scopes:
    """The time judgements of a whole document (see the module docstring)."""

    reference_year: Optional[int]
    present: Optional[int]
    plan_year: Optional[int]
    history: list[tuple[int, int]]
    goals: list[tuple[int, int, int]]
    reports: list[tuple[int, int]]
    planned_lists: list[tuple[int, int, str]]
    plan_start: Optional[int] = None  # first year of the plan period its title or opening names (:func:`plan_period`)


def find_scopes(text: str, sections: list[Section], flat: list[Section], years: list[YearMention],
                seg: Segmenter, title: Optional[str] = None, roc: bool = False) -> Scopes:
    """Present, plan year, history, goal and report spans of ``text`` from its sections and year mentions.

    >>> from policydoc.outline import build_outline
    >>> from policydoc.analysis import analyse
    >>> text = "某县2025年林业工作要点\\n一、2024年工作完成情况\\n全县新增造林2万亩。\\n二、2025年工作安排\\n（一）主要目标\\n到2025年，新增造林3万亩。\\n"
    >>> o = build_outline(text); ctx = analyse(text, o.title, o.sections)
    >>> ctx.present, ctx.plan_year, sorted({text[s:e][:12] for s, e in ctx.history}), sorted({y for _, _, y in ctx.goals})
    (2024, 2025, ['一、2024年工作完成情'], [2024, 2025])
    """
    locator = SectionLocator(sections)
    reference = _reference_year(years)
    title_year = plan_title_year(text, title)
    reading = Reading(text, title, flat, years, seg, locator, present_year(text, years, seg, reference), title_year, roc)
    if title_year is None:  # else the year a goal list opener names ("2024年…主要预期目标是：")
        reading.plan_year = max((int(m.group(1)) for m in reading.goal_lists), default=None)
    plan_year = reading.plan_year
    period = plan_period(text, title)
    reading.present = settled_present(reading, title_year, period)
    return Scopes(
        reference_year=reference, present=reading.present, plan_year=plan_year,
        history=[span for rule in HISTORY_RULES.active() for span in rule.fn(reading)],
        goals=[g for rule in GOAL_RULES.active() for g in rule.fn(reading)],
        reports=[sec.span for sec in flat if _REPORT_TITLE.search(sec.title)],
        planned_lists=[(*table.span, table.action) for table in reading.grouped_lists],
        plan_start=period[0] if period else None,
    )


def _goal_span(r: Reading, sec: Section) -> Optional[int]:
    """The first year of the span of years a goal section's title names ("总体目标（2013-2025年）"), else None."""
    if words.GOAL_SECTION_WORD not in sec.title or HISTORY_TITLE.search(sec.title) or REPORT_PART.search(sec.title):
        return None
    spans = [y for y in r.years_in(*sec.title_span) if y.kind == "range" and y.year and y.year_end]
    return spans[0].year if len(spans) == 1 else None


def _reviews(title: str) -> bool:
    """Whether a section title reports (进展情况, 工作回顾) or reviews (主要成就, 发展基础)."""
    return bool(REPORT_PART.search(title) or HISTORY_TITLE.search(title))


_QUOTED_NAME = lazy_regex(r"「[^「」\n]*」|《[^《》\n]*》")
"""A document named in a title ("98年7月23日订定「某某作业要点」"): its plan words are the name's, not the section's."""


def settled_present(r: Reading, title_year: Optional[int], period: Optional[tuple[int, int]] = None) -> Optional[int]:
    """The present read from the sentences (``time.present_year``), settled by what the title and the
    section titles say: a one-year work plan's title makes the year before it past ("某县2025年工作要点":
    2024), so does a section reporting on a year ("一、2024年计划执行情况"); a section planning for a year
    ("二、2025年主要目标", "三、2025年重点工作"), the title's plan year and the years of the plan's own period
    (:func:`plan_period`) are never past, whatever later period the text mentions ("谋划“十五五”" does not
    make 2025 the past).

    >>> from policydoc.outline import build_outline
    >>> from policydoc.analysis import analyse
    >>> text = "某市报告\\n一、2024年工作回顾\\n全年新增就业3万人。\\n二、2025年主要目标\\n谋划“十五五”规划。新增就业3万人。\\n"
    >>> o = build_outline(text); analyse(text, o.title, o.sections).present
    2024
    >>> text = "某区报告\\n一、2019年工作回顾\\n全年新增就业3万人。\\n二、2020年主要工作\\n谋划“十四五”发展。新增就业3万人。\\n"
    >>> o = build_outline(text); analyse(text, o.title, o.sections).present  # the year after the review is planned
    2019
    >>> text = text.replace("2019年工作回顾", "过去五年工作回顾")  # an undated review part too
    >>> o = build_outline(text); analyse(text, o.title, o.sections).present
    2019
    """
    present = r.present
    reported, planned = [], [title_year] if title_year is not None else []
    reviewed = False  # a top-level review part (dated or not) seen so far
    for sec in r.flat:
        goal_span = _goal_span(r, sec)
        if goal_span is not None:  # "1.总体目标（2013-2025年）": the years before the goals' span are past
            planned.append(goal_span)
            present = max(present or 0, goal_span - 1)
        year = one_year(r.years_in(*sec.title_span))
        if year is None:  # the title's review words are asked only where they count
            reviewed = reviewed or sec.level == 1 and _reviews(sec.title)
        elif _reviews(sec.title):
            reported.append(year)
            reviewed = reviewed or sec.level == 1
        elif PLAN_OR_GOAL.search(_QUOTED_NAME.sub("", sec.title)) or reviewed and sec.level == 1 and year > max(reported, default=0):
            planned.append(year)  # "二、2020年主要工作" after "一、2019年工作回顾" (or "过去五年工作回顾"): planned
    reported += [year for *_, year, done in r.year_parts if done]
    if reported:
        present = max(present or 0, max(reported))
    if title_year is not None and (present is None or present < title_year - 1):
        present = title_year - 1
    planned += budget_years(r)
    if period is not None:  # the plan's own span of years (:func:`plan_period`, read once by the caller)
        planned.append(period[0])
        present = max(present or 0, period[0] - 1)  # the years before the plan's period are past
    if planned and present is not None and present >= min(planned):
        present = min(planned) - 1
    return present


_IN_CLAUSE = r"\n。" + regex.escape(COMMAS + CLAUSE_STOPS)
"""Not in a character class: what ends the clause naming a plan and its years."""
_PERIOD_PLAN_NAME = lazy_regex(
    r"(?:" + "|".join(words.PERIOD_PLAN_WORDS) + rf")[^{_IN_CLAUSE}]{{0,{PERIOD_AFTER_PLAN}}}?"
    r"[(（]\s*((?:19|20)\d\d)\s*[-—–~～－至到]+\s*((?:19|20)\d\d)\s*年?\s*[)）]"
    rf"|((?:19|20)\d\d)\s*[-—–~～－至到]+\s*((?:19|20)\d\d)\s*年[^{_IN_CLAUSE}]{{0,{PERIOD_BEFORE_PLAN}}}?"
    "(?:" + "|".join(words.PERIOD_PLAN_WORDS) + ")"
)


def plan_period(text: str, title: Optional[str]) -> Optional[tuple[int, int]]:
    """The span of years the document plans for, named with its plan in the title or the opening lines:
    "某市三年行动方案（2024—2026年）", "2024—2026年某市养老服务行动计划". No year inside it is past, even
    for a plan issued during its first year ("2024年，全市新增…" schedules work).

    >>> plan_period("关于印发《某市三年行动方案（2024—2026年）》的通知\\n…", None), plan_period("某市规划", None)
    ((2024, 2026), None)
    >>> plan_period("", "某市国民经济和社会发展第十四个五年规划"), plan_period("", "关于某市“十四五”规划实施情况的报告")
    ((2021, 2025), None)
    >>> plan_period("", "某市“十四五”规划编制工作计划") is None  # a plan to prepare the plan
    True
    >>> plan_period("", "某区管委会关于印发某区“十四五”养老服务体系规划的通知")  # a notice issuing the plan
    (2021, 2025)
    >>> plan_period("为落实《某某升级规划（2011—2015年）》，制定本方案。\\n一、目标", None) is None  # a plan cited
    True
    """
    for part in (title or "", text[:PLAN_NAME_OPENING]):
        for m in _PERIOD_PLAN_NAME.finditer(part):
            if part is not title and _cited(part, m.start()):
                continue  # "为贯彻落实《某规划(2011-2015年)》…": another plan, cited
            first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if int(first) < int(last):
                return int(first), int(last)
            break
    issued = _ISSUES.search(title or "")  # "关于印发某区“十四五”消防规划的通知": the plan the notice issues
    m = _FIVE_YEAR_PLAN_TITLE.search(issued.group(1) if issued else title or "")
    if m:
        from ..extract.years import five_year_period  # extract reads analysis: imported on use, no cycle

        ordinal = parse_cn_numeral(m.group(1) or m.group(2))
        return five_year_period(int(ordinal)) if ordinal else None
    return None


def _cited(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside book-title brackets (《…》) that name another document, cited ("为落实《…》");
    not the document a notice issues ("关于印发《…》的通知").

    >>> _cited("为落实《某规划(2011-2015年)》，制定本方案", 8), _cited("《甲》某方案(2024-2026年)", 4)
    (True, False)
    >>> _cited("关于印发《某市三年行动方案(2024-2026年)》的通知", 12)
    False
    """
    opened = text.rfind("《", 0, pos)
    if opened <= text.rfind("》", 0, pos):
        return False
    return not text[max(0, opened - 2): opened] in words.ISSUING_VERBS


_ISSUES = lazy_regex(r"印发《?([^《》\n]+?)》?的通知$")
"""A notice issuing a document, the document's name inside ("关于印发某区“十四五”消防规划的通知")."""
_FIVE_YEAR_PLAN_TITLE = lazy_regex(
    r"(?:第(十[一二三四五六七八九]|[三四五六七八九十])个五年|“?(十[一二三四五六七八九])五”?)"
    rf"(?:(?!{'|'.join(words.NOT_PLAN_ITSELF)})[^。，,；\n]){{0,24}}?(?:规划|计划)(?:纲要|建议)?(?:[(（]草案[)）])?$"
)
"""A title naming the five-year plan it is ("某市国民经济和社会发展第十四个五年规划", "某市“十四五”教育发展规划"):
the plan's period (not a report on a plan: "…“十四五”规划实施情况的报告")."""
