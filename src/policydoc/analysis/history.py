"""Stretches that report the past or the present state, forecast, or explain terms: no number there is a target.

An ordered table of small named rules (:data:`HISTORY_RULES`), each reading a :class:`~.reading.Reading` and
answering the spans it finds: sections titled as history (发展基础, 工作回顾), the parts of a report before its
plan, a past period or year opening a paragraph ("“十三五”期间，…", "2022年，全县新增…"), a review line standing
alone, a glossary at the back. Every rule's spans are kept. The table is the Ruler "analysis.history"
(:mod:`policydoc.core.rules`): a rule is switched off by its full name, e.g. ``analysis.history.glossary``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Optional

import regex

from ..core.rules import Rule, Ruler
from ..core.sentences import CLAUSE_END, COMMAS, FULL_STOPS, STOPS, Segmenter
from ..data import target_words as words
from ..models import Section, YearMention
from ..outline.attachments import glossary_spans
from ..outline.locate import SectionLocator
from ..outline.position import end_of_line
from .._lazy import lazy_re, lazy_regex
from ..settings import REVIEW_TITLE_REST_MAX
from .reading import (
    HISTORY_TITLE, PLAN_OR_GOAL, REPORT_PART, REVIEW_LINE, Reading, title_year,
)
from .goals import THIS_YEAR_GOAL_LIST
from .time import past_year_opens, results_year_opens

_PLAN_PART = lazy_re("|".join(words.PLAN_PART_TITLES))
_REPORT_PLAN = lazy_regex(r"打算|下一步|下步")
_GOAL_OR_TASK = lazy_regex(r"目标|任务|指标|预测|展望|(?:到|至)20\d\d年|20\d\d年(?:年?底|末)?前")
"""Parts about what is to come, inside a report: goals, tasks, forecasts, a deadline ("到2027年重点指标展望")."""
_PAST_PERIOD_OPENS = lazy_regex("(?:" + "|".join(regex.escape(w) for w in words.PAST_PERIOD_OPENERS) + ")")
_OPEN_PREFIX = lazy_regex(r"(?:在|自|从)?$")
_PARAGRAPH_END = regex.compile(r"\n")
_SENTENCE_STOP = lazy_regex(rf"[{regex.escape(FULL_STOPS)}\n]")
_SENTENCE_START = rf"(?:^|(?<=[{regex.escape(STOPS)}\n]))"
_FORWARD_OPENER = lazy_regex(
    _SENTENCE_START + r"\s*(?:到|至|截至)?(?:20\d\d|二〇[二三四五][〇一二三四五六七八九])年"
    + "|" + _SENTENCE_START + r"\s*(?:今后|未来|下一步|下一阶段)"
)
"""A sentence opening with a deadline or a forward-looking phrase ends a stretch of history."""


def history_title(r: "Reading") -> list[tuple[int, int]]:
    """Sections about achievements or the present state by their title (发展基础, 主要成就, 工作回顾, 存在的问题);
    not one inside a part that sets goals ("二、今后五年的目标任务" then "（三）科技创新取得显著成效": the results
    aimed at).

    >>> from policydoc.outline import build_outline
    >>> from policydoc.analysis import analyse
    >>> text = "一、工作回顾\\n（一）改革取得显著成效\\n二、今后五年的目标任务\\n（一）发展取得显著成效\\n产值达到900亿元。\\n"
    >>> o = build_outline(text); sorted({text[s:s + 6] for s, _ in analyse(text, o.title, o.sections).history})
    ['一、工作回顾', '（一）改革取']
    """
    goal_parts = [sec for sec in r.flat if (_SETS_GOALS.search(sec.title) or PLAN_OR_GOAL.search(sec.title))
                  and not HISTORY_TITLE.search(sec.title) and not REPORT_PART.search(sec.title)]
    starts = [m.start() for m in r.standing_lines]
    found = []
    for sec in r.flat:
        if not HISTORY_TITLE.search(sec.title) or any(
                p.span[0] < sec.span[0] and sec.span[1] <= p.span[1] for p in goal_parts):
            continue
        span = _review_part(r, sec) if _SETS_GOALS.search(sec.title) else _to_next_plan_line(r, starts, sec.span)
        if span is not None:
            found.append(span)
    return found


_LINE_START = lazy_regex(r"(?m)^[ \t\u3000]*")
_AHEAD_OPENING = lazy_regex(r"(?:今后|未来)")


def _review_part(r: "Reading", sec: Section) -> Optional[tuple[int, int]]:
    """A section titled both as a review and as goals ("二、“十四五”时期发展成就和“十五五”时期主要目标任务"): the
    review runs from its start to the first line opening with the latest period the document names or with 今后/未来
    ("“十五五”时期是…"); without such a line no stretch of it is known to report."""
    for m in _LINE_START.finditer(r.text, sec.title_span[1], sec.span[1]):  # the body's lines, as they open
        at = m.end()
        opening = [y for y in r.years_in(at, at + 2) if y.kind == "period"]
        if opening and opening[0].year == r.latest_period or _AHEAD_OPENING.match(r.text, at):
            return sec.span[0], at
    return None


def _to_next_plan_line(r: "Reading", starts: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """``span`` up to the first unnumbered part head inside it about what is to come ("2016年主要工作" after a
    review's last numbered item, which the outline runs on to the next heading): the review ends there.

    >>> from policydoc import parse_text
    >>> text = "某区政府工作报告\\n（一）经济发展取得的成绩\\n产值增长8%。\\n2026年主要工作\\n今年主要目标是：产值增长6%左右。\\n（一）扩大内需\\n"
    >>> [(t.value, t.year) for t in parse_text(text).targets]
    [(6.0, 2026)]
    """
    lines = r.standing_lines  # ``starts``: where each begins
    for m in lines[bisect_left(starts, span[0] + 1):]:
        if m.start() >= span[1]:
            break
        if r.is_part_head(m) and _ahead(m.group(1), None):
            return span[0], m.start()
    return span


_SETS_GOALS = lazy_re("|".join(words.GOAL_PART_WORDS))


_FORECAST_TITLE = lazy_re("|".join(words.FORECAST_TITLES))
_RECKONING_TITLE = lazy_regex("|".join(words.GOAL_RECKONING_TITLES))


def forecast_title(r: "Reading") -> list[tuple[int, int]]:
    """Sections forecasting demand by their title ("用电需求分析", "负荷预测"), or an unnumbered part head explaining
    how the goals were reckoned ("2015年主要指标测算说明", up to the next such head or the end of the text):
    expectations, not commitments."""
    found = [sec.span for sec in r.flat if _FORECAST_TITLE.search(sec.title)]
    if "测算" in r.text:
        heads = [m for m in r.standing_lines if r.is_part_head(m)]
        for i, m in enumerate(heads):
            if _RECKONING_TITLE.search(m.group(1)):
                found.append((m.start(), heads[i + 1].start() if i + 1 < len(heads) else len(r.text)))
    return found


def report_parts(r: "Reading") -> list[tuple[int, int]]:
    """The parts of a report before its plan: among siblings, those before the first plan part
    ("2024年工作思路", "下一步工作打算") titled as results ("2023年工作完成情况", "主要做法") or with an
    earlier year than the plan part's. When the plan part is a report's own (打算/下一步, or dated later
    than a results part), the report runs from the first results part to it: the parts between
    ("工作举措", "存在的不足") are results and problems too, except a part about what is to come, one dated
    with the plan's year ("二、2025年工作总体要求"), one naming the plan period the year falls in ("二、“十五五”时期
    发展的主要考虑") or one opening this year's goal list.
    A part titled as results is never the plan part ("2021年计划执行情况" reports on a plan)."""
    ranges: list[tuple[int, int]] = []
    for siblings in [[sec for sec in r.flat if sec.level == 1]] + [sec.children for sec in r.flat]:
        plan = next((i for i, sec in enumerate(siblings)
                     if _PLAN_PART.search(sec.title) and not REPORT_PART.search(sec.title)), None)
        if not plan:
            continue
        plan_year = title_year(siblings[plan].title)
        dated = [i for i, sec in enumerate(siblings[:plan]) if (title_year(sec.title) or 9999) < (plan_year or 0)]
        report = [i for i, sec in enumerate(siblings[:plan]) if REPORT_PART.search(sec.title)]
        if dated or (report and _REPORT_PLAN.search(siblings[plan].title)):
            first = min(dated + report)
            report = [i for i in range(first, plan)
                      if not _GOAL_OR_TASK.search(siblings[i].title) and not _dated_from(siblings[i].title, plan_year)
                      and not _sets_this_years_goals(r.text, siblings[i])
                      and not _names_coming_period(r, siblings[i], plan_year)]
        ranges.extend(sorted({siblings[i].span for i in set(report) | set(dated)}))
    return ranges


def _names_coming_period(r: "Reading", sec: Section, plan_year: Optional[int]) -> bool:
    """A part whose title names the five-year period the plan's year falls in or a later one ("二、“十五五”时期发展的
    主要考虑" before "三、2026年工作安排") is about what is to come."""
    if plan_year is None:
        return False
    return any(y.kind == "period" and y.year and y.year >= plan_year for y in r.years_in(*sec.title_span))


def _sets_this_years_goals(text: str, sec: Section) -> bool:
    """A part that opens this year's goal list ("今年全区主要预期目标为：…") is about what is to come, whatever
    its slogan title says ("二、坚定信心，奋力开创新局面")."""
    return THIS_YEAR_GOAL_LIST.search(text, *sec.span) is not None


def _dated_from(title: str, year: Optional[int]) -> bool:
    """A title naming ``year`` or a later one ("二、2025年工作总体要求" before "三、2025年重点工作任务"): about the plan."""
    named = title_year(title)
    return year is not None and named is not None and named >= year


def past_year_section(r: "Reading") -> list[tuple[int, int]]:
    """A section whose title names one year and reports on it ("一、2021年计划执行情况", "（一）2021年主要成效"),
    or names one year no later than the document's present and no plan or goal ("二、2021年全市经济运行")."""
    found = []
    for sec, year in r.dated_sections():
        if REPORT_PART.search(sec.title) or (
            r.present is not None and year <= r.present and not PLAN_OR_GOAL.search(sec.title)
        ):
            found.append(sec.span)
    return found


def past_period_section(r: "Reading") -> list[tuple[int, int]]:
    """A section whose title names a five-year period before the latest one the document names and reports on it
    ("一、“八五”计划完成情况", "（一）“十三五”规划实施情况"): its numbers are the period's results."""
    latest = r.latest_period
    found = []
    for sec in r.flat:
        periods = [y for y in r.years_in(*sec.title_span) if y.kind == "period"]
        if periods and all((y.year or latest) < latest for y in periods) and REPORT_PART.search(sec.title):
            found.append(sec.span)
    return found


def past_period_opening(r: "Reading") -> list[tuple[int, int]]:
    """A past five-year period ("“十三五”期间，…", "“十三五”以来，…") starts history only where it opens its
    clause; a mere mention ("较“十三五”末提高") does not. Opening a paragraph or a section body, it
    governs up to the end of the paragraph, but never past the end of its section nor past a
    sentence that opens with a year or 今后/未来 (the plan takes over). Opening a clause inside a
    paragraph, it governs its sentence only. No search runs past these bounds, so a document whose
    lines were joined into one (page markers removed) is not swallowed."""
    text, ranges = r.text, []
    latest = r.latest_period
    for y in r.years:
        if y.kind != "period" or not y.year or y.year >= latest or not _PAST_PERIOD_OPENS.match(text, y.span[1]):
            continue
        start = y.span[0] - len(_OPEN_PREFIX.search(text, max(0, y.span[0] - 1), y.span[0]).group())
        if start in r.bodies or start == 0 or text[start - 1] == "\n":
            end = _paragraph_end(text, y.span[1], _section_end(r.locator, start, r.bodies.get(start)))
        elif text[start - 1] in CLAUSE_END:
            stop = _SENTENCE_STOP.search(text, y.span[1])
            end = stop.end() if stop else len(text)
        else:
            continue
        ranges.append((y.span[0], end))
    return ranges


def past_year_paragraph(r: "Reading") -> list[tuple[int, int]]:
    """A past year opening a paragraph as the time of what follows ("2022年，全县新增就业岗位1.8万个，…",
    see ``time.past_year_opens``) governs like a past period, and so does the year before the plan year
    opening a paragraph without a comma ("2023年全县粮食总产量达到…", see ``time.results_year_opens``)."""
    text, ranges = r.text, []
    for y in r.years:
        if y.kind not in ("point", "range"):
            continue
        start = y.span[0] - len(_OPEN_PREFIX.search(text, max(0, y.span[0] - 1), y.span[0]).group())
        if (start in r.bodies or start == 0 or text[start - 1] == "\n") and (
            past_year_opens(text, y, r.seg, r.present) and not _first_stage(r, y)
            or results_year_opens(text, y, r.seg, r.plan_year)
        ):
            ranges.append((y.span[0], _paragraph_end(text, y.span[1], _section_end(r.locator, start, r.bodies.get(start)))))
    return ranges


def _first_stage(r: Reading, y: YearMention) -> bool:
    """The present year opening a sentence whose later clause sets a later deadline ("2020年，试点建设3个；到2022年，
    建成…"): the plan's first stage, no report."""
    if y.year != r.present:
        return False
    stop = _SENTENCE_STOP.search(r.text, y.span[1])
    end = stop.start() if stop else len(r.text)
    return any(o.kind == "deadline" and o.year is not None and o.year > y.year and y.span[1] <= o.span[0] < end
               for o in r.years)


_PAST_TIME_OPENING = lazy_regex(
    r"(?m)^[ \t\u3000]*(?:在)?(?:" + "|".join(words.PAST_TIME_WORDS) + rf")(?:以来|一年|全年)?[{regex.escape(COMMAS)}]")


def past_time_paragraph(r: "Reading") -> list[tuple[int, int]]:
    """A paragraph opened by a past time as the time of what follows ("去年，全市出口增长6%，…") reports, up to
    its end or a sentence that opens with a year or 今后/未来 (see ``past_period_opening``)."""
    ranges = []
    for m in _PAST_TIME_OPENING.finditer(r.text):
        ranges.append((m.start(), _paragraph_end(r.text, m.end(), _section_end(r.locator, m.start(), None))))
    return ranges




def review_title_line(r: "Reading") -> list[tuple[int, int]]:
    """An unnumbered part head of a report naming a past year or an ended five-year period and a review ("2024年工作
    回顾", "过去五年工作回顾", "“十四五”时期工作回顾" where the document names the next period),
    standing alone on its line where the outline found no heading (nor the document's title), reports up to the next line standing alone
    that names a later year or what is to come ("2027年主要任务", "今后五年的目标"), else to the
    end of the text. (A numbered review section is ``history_title``'s.)"""
    ranges = []
    lines = r.standing_lines
    latest = r.latest_period
    for i, m in enumerate(lines):
        title = m.group(1)
        period = _past_period_review(r, m, latest)
        if not (REVIEW_LINE.search(title) or period) or PLAN_OR_GOAL.search(title) or _GOAL_OR_TASK.search(title):
            continue
        if not r.is_part_head(m):
            continue  # the document's own title ("某区2024年工作总结") heads the whole text
        year = period or title_year(title)
        end = next((n.start() for n in lines[i + 1:] if _ahead(n.group(1), year)), len(r.text))
        ranges.append((m.start(), end))
    return ranges


_REVIEW_WORD = lazy_regex("|".join(words.REVIEW_LINE_WORDS))


def _past_period_review(r: "Reading", m: "regex.Match[str]", latest: int) -> Optional[int]:
    """The last year of the five-year period a review line names ("“十四五”时期工作回顾"), when a later period is
    named in the document (the review's period is over), else None."""
    if not _REVIEW_WORD.search(m.group(1)):
        return None
    periods = [y.year for y in r.years_in(*m.span(1)) if y.kind == "period" and y.year]
    return periods[0] if periods and all(p < latest for p in periods) else None


def _ahead(title: str, year: Optional[int]) -> bool:
    """A title line about what comes after the reviewed ``year``: a later year, or a plan or goal word."""
    if REPORT_PART.search(title):
        return False
    later = title_year(title)
    return bool((later is not None and (year is None or later > year))
                or PLAN_OR_GOAL.search(title) or _GOAL_OR_TASK.search(title))


def year_part_report(r: "Reading") -> list[tuple[int, int]]:
    """A part of a report headed by an earlier year and a slogan, whose opening reads as past ("2024年：攻坚克难谋发展",
    "过去一年，我们…"), reports up to the next part's line (see ``Reading.year_parts``)."""
    return [(start, end) for start, end, _, reported in r.year_parts if reported]


_ENTRY_LINE = lazy_regex(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*[.．、]")


def glossary(r: "Reading") -> list[tuple[int, int]]:
    """A glossary at the back (a line "名词解释", then numbered entries, see ``outline.attachments.glossary_spans``)
    explains the programmes the text names ("“16+16”园区共建：16个区与16个州结对"): its numbers describe them
    and commit to nothing. It runs from the opener over every following line that starts with a number.

    >>> text = "某市报告\\n一、工作\\n办好实事。\\n名词解释\\n1.“双百”：100个村和100个社区。\\n2.“三通”：通水通电通路。\\n附件\\n"
    >>> r = Reading(text, None, [], [], Segmenter(text), SectionLocator([]), None)
    >>> [text[s:e][-7:] for s, e in glossary(r)]
    ['通水通电通路。']
    """
    found = []
    for start, _ in glossary_spans(r.text):
        pos = end = start
        while pos < len(r.text) and _ENTRY_LINE.match(r.text, pos):
            line_end = r.text.find("\n", pos)
            end = len(r.text) if line_end < 0 else line_end
            pos = end + 1
        found.append((r.text.rfind("\n", 0, start - 1) + 1, end))
    return found


_OPENER = rf"(?:{'|'.join(sorted(words.REVIEW_OPENERS, key=len, reverse=True))})[{regex.escape(COMMAS)}]"
"""A review opener and its comma ("一年来，", "刚刚过去的一年，"), the longest first."""
_REVIEW_OPENING = lazy_regex(
    rf"[ \t\u3000]*(?:((?:19|20)\d\d)年是[^\n{FULL_STOPS}]{{0,40}}?(?:之年|一年)[{FULL_STOPS}][ \t\u3000]*)?{_OPENER}")
#: the rest of a title run into its body, before the review opener, where a run-on text lost the line break
#: ("一、深入贯彻新发展" + "理念，…成果丰硕" + "刚刚过去的一年，…"): no full stop in it
_TITLE_REST = lazy_regex(rf"[^\n{FULL_STOPS}]{{1,{REVIEW_TITLE_REST_MAX}}}?(?={_OPENER})")


def review_opening(r: "Reading") -> list[tuple[int, int]]:
    """A top-level part with a slogan for a title ("一、一年接着一年干，…取得新进展新成效") whose body opens by telling
    the past ("2025年是…收官之年。一年来，我们…", "过去一年，…", a paragraph on the year, then "一年来，…") reviews it
    whole: its numbers are results. Not a
    part whose title names a plan or goals, nor one whose opening names a year after the document's present."""
    found = []
    for sec in r.flat:
        if sec.level != 1 or PLAN_OR_GOAL.search(sec.title) or _GOAL_OR_TASK.search(sec.title):
            continue
        body = sec.title_span[1]
        start = body + (r.text[body:body + 1] == "\n")
        m = _REVIEW_OPENING.match(r.text, start) or _year_paragraph_then_review(r.text, start)
        if m is None and start == body and body < len(r.text) and not r.text[body].isspace():
            # the title ran into its body on one line: the rest of the title, then the opener
            rest = _TITLE_REST.match(r.text, start)
            m = _REVIEW_OPENING.match(r.text, rest.end()) if rest is not None else None
        if m is None:
            continue
        if m.group(1) and (r.present is None or int(m.group(1)) > r.present):
            continue
        found.append(sec.span)
    return found


_YEAR_IS = lazy_regex(r"[ \t\u3000]*((?:19|20)\d\d)年是")
_REVIEW_PARAGRAPH = lazy_regex(rf"[ \t\u3000]*{_OPENER}")


def _year_paragraph_then_review(text: str, start: int) -> Optional["regex.Match[str]"]:
    """A body opening with a paragraph on the year ("2024年是…的一年。习近平总书记…。") and going on with a review
    ("一年来，我们…"): the match of the year, or None."""
    m = _YEAR_IS.match(text, start)
    if m is None:
        return None
    nl = text.find("\n", m.end())
    return m if nl >= 0 and _REVIEW_PARAGRAPH.match(text, nl + 1) else None


_YEAR_REPORT_TITLE = lazy_regex(
    rf"((?:19|20)\d\d)(?=年)[^\n]{{0,30}}?(?:{'|'.join(words.YEAR_REPORT_TITLE_ENDS)})[ \t\u3000]*$")
_YEAR_REPORT_NOT = lazy_regex("|".join(words.YEAR_REPORT_NOT))
_LATER_YEAR = lazy_regex(r"((?:19|20)\d\d)年")


def year_report_document(r: "Reading") -> list[tuple[int, int]]:
    """A body's report on one year, titled so ("某局2022年度工作报告", "某办2023年工作总结"; no plan word, no 政府工作报告
    or 施政报告, which plan their year), tells that year's results: the text reports from its title up to the first
    sentence or line about what comes after (a later year, 今后/下一步…), else to the end.

    >>> text = "某局2022年度工作报告\\n2022年某局新建道路8条，完成投资3亿元。\\n下一步，新建道路5条。\\n"
    >>> r = Reading(text, "某局2022年度工作报告", [], [], Segmenter(text), SectionLocator([]), None)
    >>> [text[s:e] for s, e in year_report_document(r)]
    ['2022年某局新建道路8条，完成投资3亿元。']
    """
    title = r.title or ""
    at = r.text.find(title) if title else -1
    line = r.text[r.text.rfind("\n", 0, at) + 1:end_of_line(r.text, at)] if at >= 0 else title
    m = _YEAR_REPORT_TITLE.search(line)  # the whole line: a title the outline cut short keeps its plan words
    if m is None or _YEAR_REPORT_NOT.search(line):
        return []
    year = int(m.group(1))
    start = at + len(title) if at >= 0 else 0
    start += r.text[start:start + 1] == "\n"
    ends = [sec.span[0] for sec in r.flat if sec.span[0] >= start and _ahead(sec.title, year)]
    ends += [n.start() for n in r.standing_lines if n.start() >= start and _ahead(n.group(1), year)]
    for f in _FORWARD_OPENER.finditer(r.text, start):
        later = _LATER_YEAR.match(r.text, f.end() - 5) if f.group().endswith("年") else None
        if later is None or int(later.group(1)) > year:
            ends.append(f.start())
            break
    end = min(ends, default=len(r.text))
    return [(start, end)] if end > start else []


_GRADE_TITLE = lazy_regex(
    rf"^(?:(?:{'|'.join(words.GRADE_NAMES)})\p{{Han}}{{0,12}}(?:{'|'.join(words.GRADED_THINGS)})(?:[（(][ⅠⅡⅢⅣIV1-4一二三四]+级[）)])?"
    rf"|\p{{Han}}{{0,8}}(?:{'|'.join(words.GRADING_TITLE_ENDS)}))$")


def grading_section(r: "Reading") -> list[tuple[int, int]]:
    """An emergency plan's grading of incidents: a section titled as a grade ("1.3.1 特别重大森林火灾", "（二）较大
    森林火灾（Ⅲ级）") or as the grading itself ("1.3 疫情分级"). Its numbers are the thresholds of each grade ("21日内，
    10个以上县发生疫情"), no amounts to reach.

    >>> from policydoc.outline import build_outline
    >>> from policydoc.analysis import analyse
    >>> text = "某县应急预案\\n1 总则\\n1.1 事件分级\\n1.1.1 重大突发事件\\n在7日内，3个以上乡镇发生疫情。\\n2 组织体系\\n2.1 物资\\n储备物资100吨。\\n"
    >>> o = build_outline(text)
    >>> sorted({text[s:e].split("\\n")[0] for s, e in analyse(text, o.title, o.sections).history})
    ['1.1 事件分级', '1.1.1 重大突发事件']
    """
    return [sec.span for sec in r.flat if _GRADE_TITLE.match(sec.title)]


HistoryRule = Callable[["Reading"], list[tuple[int, int]]]
_CRITERIA_ATTACHMENT = lazy_regex(
    rf"(?m)^[ \t\u3000]*附件[ \t\u3000]*\d{{0,2}}[ \t\u3000：:]*\n?[^\n]{{0,40}}?(?:{'|'.join(words.CRITERIA_KINDS)})标准[ \t\u3000]*$")
_NEXT_ATTACHMENT = lazy_regex(r"(?m)^[ \t\u3000]*附件[ \t\u3000]*\d")


def criteria_attachment(r: "Reading") -> list[tuple[int, int]]:
    """An attachment that sets criteria ("附件2 / 某市门诊特定病种准入标准", "…认定标准"): its numbers are the thresholds
    a case must meet ("病程至少2年", "3项或3项以上"), no amounts to reach; it runs to the next attachment.

    >>> text = "某市通知\\n一、新增病种3个。\\n附件2\\n某市门诊特定病种准入标准\\n一、高血压\\n病程至少2年。\\n附件3\\n名单\\n"
    >>> r = Reading(text, None, [], [], Segmenter(text), SectionLocator([]), None)
    >>> [text[s:e] for s, e in criteria_attachment(r)]
    ['附件2\\n某市门诊特定病种准入标准\\n一、高血压\\n病程至少2年。\\n']
    """
    if "标准" not in r.text or "附件" not in r.text:
        return []
    found = []
    for m in _CRITERIA_ATTACHMENT.finditer(r.text):
        nxt = _NEXT_ATTACHMENT.search(r.text, m.end())
        found.append((m.start(), nxt.start() if nxt else len(r.text)))
    return found


HISTORY_RULES: Ruler[HistoryRule] = Ruler("analysis.history", [
    Rule("history_title", history_title),
    Rule("forecast_title", forecast_title),
    Rule("report_parts", report_parts),
    Rule("past_year_section", past_year_section),
    Rule("past_period_section", past_period_section),
    Rule("past_period_opening", past_period_opening),
    Rule("past_year_paragraph", past_year_paragraph),
    Rule("past_time_paragraph", past_time_paragraph),
    Rule("review_title_line", review_title_line),
    Rule("review_opening", review_opening),
    Rule("year_part_report", year_part_report),
    Rule("glossary", glossary),
    Rule("criteria_attachment", criteria_attachment),
    Rule("year_report_document", year_report_document),
    Rule("grading_section", grading_section),
])
"""Stretches that report the past or the present state, forecast, or explain terms: no number there is a target."""


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
