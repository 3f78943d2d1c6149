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
from functools import cached_property
from typing import Callable, Optional

import regex

from ..data import target_words as words
from ..core.sentences import CLAUSE_END, Segmenter
from ..models import Section, YearMention
from ..outline.attachments import attached_document_starts, glossary_spans
from ..outline.locate import SectionLocator
from .._lazy import lazy_regex
from .tables import year_grouped_lists
from .time import forward_time, has_past_cue, is_baseline, past_year_opens, present_year, results_year_opens

_HISTORY_TITLE = regex.compile("|".join(words.HISTORY_TITLES))
_REPORT_TITLE = regex.compile("|".join(words.REPORT_TITLES))
_GOAL_TITLE = regex.compile(r"目标")
_REPORT_PART = lazy_regex("|".join(words.REPORT_PART_TITLES))
_PLAN_PART = regex.compile("|".join(words.PLAN_PART_TITLES))
_TITLE_YEAR = regex.compile(r"(?<!\d)(20\d\d)年")
_PLAN_OR_GOAL = lazy_regex("|".join(words.PLAN_PART_TITLES) + r"|目标|任务|展望|预期")
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


def history_title(r: "Reading") -> list[tuple[int, int]]:
    """Sections about achievements or the present state by their title (发展基础, 主要成就, 工作回顾, 存在的问题)."""
    return [sec.span for sec in r.flat if _HISTORY_TITLE.search(sec.title)]


_FORECAST_TITLE = lazy_regex("|".join(words.FORECAST_TITLES))


def forecast_title(r: "Reading") -> list[tuple[int, int]]:
    """Sections forecasting demand by their title ("用电需求分析", "负荷预测"): expectations, not commitments."""
    return [sec.span for sec in r.flat if _FORECAST_TITLE.search(sec.title)]


def report_parts(r: "Reading") -> list[tuple[int, int]]:
    """The parts of a report before its plan: among siblings, those before the first plan part
    ("2024年工作思路", "下一步工作打算") titled as results ("2023年工作完成情况", "主要做法") or with an
    earlier year than the plan part's. When the plan part is a report's own (打算/下一步, or dated later
    than a results part), the report runs from the first results part to it: the parts between
    ("工作举措", "存在的不足") are results and problems too, except a part about what is to come.
    A part titled as results is never the plan part ("2021年计划执行情况" reports on a plan)."""
    ranges: list[tuple[int, int]] = []
    for siblings in [[sec for sec in r.flat if sec.level == 1]] + [sec.children for sec in r.flat]:
        plan = next((i for i, sec in enumerate(siblings)
                     if _PLAN_PART.search(sec.title) and not _REPORT_PART.search(sec.title)), None)
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


def past_year_section(r: "Reading") -> list[tuple[int, int]]:
    """A section whose title names one year and reports on it ("一、2021年计划执行情况", "（一）2021年主要成效"),
    or names one year no later than the document's present and no plan or goal ("二、2021年全市经济运行")."""
    found = []
    for sec in r.flat:
        year = _one_year(r.years_in(*sec.title_span))
        if year is None:
            continue
        if _REPORT_PART.search(sec.title) or (
            r.present is not None and year <= r.present and not _PLAN_OR_GOAL.search(sec.title)
        ):
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
    latest = max((y.year or 0 for y in r.years if y.kind == "period"), default=0)
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
            past_year_opens(text, y, r.seg, r.present) or results_year_opens(text, y, r.seg, r.plan_year)
        ):
            ranges.append((y.span[0], _paragraph_end(text, y.span[1], _section_end(r.locator, start, r.bodies.get(start)))))
    return ranges


_PAST_TIME_OPENING = lazy_regex(
    r"(?m)^[ \t\u3000]*(?:在)?(?:" + "|".join(words.PAST_TIME_WORDS) + r")(?:以来|一年|全年)?[，,]")


def past_time_paragraph(r: "Reading") -> list[tuple[int, int]]:
    """A paragraph opened by a past time as the time of what follows ("去年，全市出口增长6%，…") reports, up to
    its end or a sentence that opens with a year or 今后/未来 (see ``past_period_opening``)."""
    ranges = []
    for m in _PAST_TIME_OPENING.finditer(r.text):
        ranges.append((m.start(), _paragraph_end(r.text, m.end(), _section_end(r.locator, m.start(), None))))
    return ranges


_PART_LINE = lazy_regex(r"(?m)^[ \t\u3000]*([^\n。；;！!？?，,：:]{4,40}?)[ \t\u3000]*$")
"""A line standing alone as a title: short, no sentence punctuation (unnumbered part heads of a report)."""
_REVIEW_LINE = lazy_regex(r"(?:(?<!\d)(?:19|20)\d\d年|过去\S{0,2}年|去年|上年).{0,12}?(?:" + "|".join(words.REVIEW_LINE_WORDS) + ")")


def review_title_line(r: "Reading") -> list[tuple[int, int]]:
    """An unnumbered part head of a report naming a past year and a review ("2024年工作回顾", "过去五年工作回顾"),
    standing alone on its line where the outline found no heading (nor the document's title), reports up to the next line standing alone
    that names a later year or what is to come ("2027年主要任务", "今后五年的目标"), else to the
    end of the text. (A numbered review section is ``history_title``'s.)"""
    ranges = []
    lines = r.standing_lines
    for i, m in enumerate(lines):
        title = m.group(1)
        review = _REVIEW_LINE.search(title)
        if not review or _PLAN_OR_GOAL.search(title) or _GOAL_OR_TASK.search(title):
            continue
        if not r.is_part_head(m):
            continue  # the document's own title ("某区2024年工作总结") heads the whole text
        year = _title_year(title)
        end = next((n.start() for n in lines[i + 1:] if _ahead(n.group(1), year)), len(r.text))
        ranges.append((m.start(), end))
    return ranges


def _ahead(title: str, year: Optional[int]) -> bool:
    """A title line about what comes after the reviewed ``year``: a later year, or a plan or goal word."""
    if _REPORT_PART.search(title):
        return False
    later = _title_year(title)
    return bool((later is not None and (year is None or later > year))
                or _PLAN_OR_GOAL.search(title) or _GOAL_OR_TASK.search(title))


_ENTRY_LINE = regex.compile(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*[.．、]")


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


HistoryRule = Callable[["Reading"], list[tuple[int, int]]]
HISTORY_RULES: tuple[tuple[str, HistoryRule], ...] = (
    ("history_title", history_title),
    ("forecast_title", forecast_title),
    ("report_parts", report_parts),
    ("past_year_section", past_year_section),
    ("past_period_opening", past_period_opening),
    ("past_year_paragraph", past_year_paragraph),
    ("past_time_paragraph", past_time_paragraph),
    ("review_title_line", review_title_line),
    ("glossary", glossary),
)
"""Stretches that report the past or the present state, forecast, or explain terms: no number there is a target."""


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


@dataclass
class Reading:
    """What the year-scope rules read: the text, its sections and year mentions, and the time found so far."""

    text: str
    title: Optional[str]
    flat: list[Section]
    years: list[YearMention]
    seg: Segmenter
    locator: SectionLocator
    present: Optional[int]
    plan_year: Optional[int] = None
    roc: bool = False  # the document dates by ROC years (104 is 2015)

    def __post_init__(self) -> None:
        self.year_starts = [y.span[0] for y in self.years]
        self.bodies = {_body_start(self.text, sec): sec.span[1] for sec in self.flat}
        """Where each section's body starts -> where the section ends."""

    def years_in(self, start: int, end: int) -> list[YearMention]:
        return self.years[bisect_left(self.year_starts, start): bisect_left(self.year_starts, end)]

    @cached_property
    def standing_lines(self) -> list["regex.Match[str]"]:
        """Every line standing alone as a title (``_PART_LINE``), headings included; read once for the review and
        plan rules, which end a part at the next such line."""
        return list(_PART_LINE.finditer(self.text))

    @cached_property
    def _title_starts(self) -> list[int]:
        return sorted(sec.title_span[0] for sec in self.flat)

    def is_part_head(self, m: "regex.Match[str]") -> bool:
        """A standing line where the outline found no heading and that is not the document's own title (its first
        line, or the title found): an unnumbered part head of a report."""
        starts = self._title_starts
        i = bisect_left(starts, m.start(1))
        first = len(self.text) - len(self.text.lstrip())  # where the first line's words start
        return not (m.start(1) == first or m.group(1) == self.title or (i < len(starts) and starts[i] < m.end(1)))


def goal_section_opening(r: Reading) -> list[tuple[int, int, int]]:
    """目标 sections whose opening words are a deadline ("到2025年，…") or a coming year with a future
    word ("2025年，我局将…", see ``time.forward_time``)."""
    goals: list[tuple[int, int, int]] = []
    text = r.text
    for sec in r.flat:
        if not _GOAL_TITLE.search(sec.title):
            continue
        body = sec.title_span[1]
        while body < len(text) and text[body] in "。：:；;\n \t":
            body += 1
        i = bisect_left(r.year_starts, body)  # the first year starting at or after the body, if close enough
        if i < len(r.years) and r.year_starts[i] < body + 3 and r.years[i].year and (
            r.years[i].kind == "deadline" or forward_time(text, r.years[i], r.seg, r.present)
        ):
            goals.append((sec.span[0], sec.span[1], r.years[i].year))
    return goals


_LIST_OPENER = regex.compile(r"(?:如下|以下|下列|主要包括|具体是|分别是)[^。；;\n]{0,6}[:：]\s*$|[:：]\s*$")


def year_opened_list(r: Reading) -> list[tuple[int, int, int]]:
    """A section whose opening sentence names one coming year and opens a list ("本期预算共编列800亿元，期程为
    2026年，各项预算如下：") gives that year to its own numbers and the items that follow in the section. The year must be later
    than the present (or the present unknown), not a comparison base, and the sentence no report."""
    found = []
    text = r.text
    for sec in r.flat:
        if not sec.children:
            continue
        body = _body_start(text, sec)
        end = sec.children[0].span[0]
        if body >= end:
            continue
        start, stop = r.seg.sentence(body)
        stop = min(stop, end)
        if not _LIST_OPENER.search(text, start, stop):
            continue
        named = [y for y in r.years_in(start, stop) if not is_baseline(text, y)]
        year = _one_year(named)
        if year is None or (r.present is not None and year <= r.present) or has_past_cue(text, start, stop):
            continue
        found.append((body, sec.span[1], year))
    return found


def year_titled_section(r: Reading) -> list[tuple[int, int, int]]:
    """A section whose title names one year and no other ("三、2026年主要工作", "二、2024年工作安排",
    "（一）2025年目标") plans for that year: its targets take it. A title naming a span of years
    ("2024—2025年重点任务"), a five-year period or two years names none; a past year's section
    ("一、2021年工作回顾") is history, whose numbers are no targets at all."""
    found = []
    for sec in r.flat:
        year = _one_year(r.years_in(*sec.title_span))
        if year is not None:
            found.append((sec.span[0], sec.span[1], year))
    return found


def _one_year(years: list[YearMention]) -> Optional[int]:
    """The one year named by ``years`` (points and deadlines of one year), else None."""
    named = {y.year for y in years if y.kind in ("point", "deadline")}
    if len(named) != 1 or any(y.kind in ("range", "period", "redacted") for y in years):
        return None
    return named.pop()


_GOAL_LIST_OPENER = lazy_regex(r"(?m)^[^\n。]{0,8}?(?<!\d)(20\d\d)年[^\n。：:]{0,40}?目标(?:任务)?(?:是|为|如下)?[:：]")
"""A line opening a goal list: "2024年全市…工作的主要预期目标是：", "2025年主要目标如下：" (a year, 目标, a colon)."""


def goal_list_opener(r: Reading) -> list[tuple[int, int, int]]:
    """A line opened by a year, 目标 and a colon ("2024年全市…主要预期目标是：") runs from the colon to the
    end of the innermost section holding it (its items may be sub-sections, or lines split by a page
    break), or to the end of the text outside any (its items may be the sections that follow)."""
    if "目标" not in r.text:
        return []
    found = []
    for m in _GOAL_LIST_OPENER.finditer(r.text):
        sec = r.locator.section_at(m.start())
        found.append((m.end(), sec.span[1] if sec is not None else len(r.text), int(m.group(1))))
    return found


_PLAN_TITLE = lazy_regex("(?:" + "|".join(words.PLAN_YEAR_WORDS) + r")[^\n]{0,10}$")
_NOT_PLAN_TITLE = lazy_regex("|".join(words.NOT_PLAN_YEAR_WORDS))


def plan_title_year(text: str, title: Optional[str]) -> Optional[int]:
    """The year of a one-year work plan named by the document's title ("某县2025年林业工作要点",
    "2023年全市质量工作任务分工方案", "关于印发2024年…工作计划的通知"): one year, a plan word near the end,
    no report word (报告, 总结, 公报); a title naming a span of years or two years names none. Without a title
    found by the outline, the first line is read.

    >>> plan_title_year("", "某县2025年林业工作要点"), plan_title_year("", "某市2023年工作总结")
    (2025, None)
    >>> plan_title_year("", "某省节能行动方案（2024—2025年）"), plan_title_year("某区2024年为民办实事项目计划\\n…", None)
    (None, 2024)
    """
    from ..extract.patterns import Mask
    from ..extract.years import extract_years

    line = title if title else text.lstrip().split("\n", 1)[0][:120]
    if not _PLAN_TITLE.search(line) or _NOT_PLAN_TITLE.search(line):
        return None
    return _one_year(extract_years(line, Mask(len(line))))


def plan_title(r: Reading) -> list[tuple[int, int, int]]:
    """A one-year work plan (see :func:`plan_title_year`) gives its year to every target that no nearer
    deadline, paragraph or section dates: the whole text is its scope, the outermost of all."""
    year = plan_title_year(r.text, r.title)
    return [] if year is None else [(0, len(r.text), year)]


_DATE_IN_LINE = regex.compile(r"年\s*\d{1,2}\s*月|年[一二三四五六七八九十]{1,2}月")
"""A date ("110年1月14日制表") is when the attachment was made, not the year it plans for."""
_ATTACHED_PLAN = lazy_regex("|".join(words.ATTACHED_PLAN_WORDS))
_ATTACHED_OPENER = regex.compile(r"[ \t\u3000]*附[件表图]?[ \t\u3000]*\d{0,2}[ \t\u3000：:]*")


def attached_title_year(r: Reading) -> list[tuple[int, int, int]]:
    """An attached document ("附件" or "附件2" opening its line) whose title names one year ("2025年10件惠民实事",
    "2026年重点项目清单"; on the opener's line or the next non-empty one; ``ATTACHED_PLAN_WORDS``) plans for that year: everything up to
    the next attached document takes it, unless the title reports (完成情况, 总结 …).

    >>> from policydoc.outline import build_outline
    >>> from policydoc.analysis import analyse
    >>> text = "某市报告\\n一、工作\\n办好实事。\\n附件\\n2026年5件民生实事\\n一、就业\\n新增就业2万人。\\n"
    >>> o = build_outline(text); [(text[s:s + 2], y) for s, _, y in analyse(text, o.title, o.sections).goals]
    [('附件', 2026)]
    """
    if "附" not in r.text:
        return []
    starts = attached_document_starts(r.text)
    found = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(r.text)
        pos = _ATTACHED_OPENER.match(r.text, start).end()
        while pos < end and r.text[pos] in " \t\u3000\n":
            pos += 1
        line_end = r.text.find("\n", pos, end)
        title = (pos, end if line_end < 0 else line_end)
        words_ = r.text[title[0]:title[1]]
        year = _one_year(r.years_in(*title))
        if year is not None and _ATTACHED_PLAN.search(words_) and not (
                _REPORT_PART.search(words_) or _HISTORY_TITLE.search(words_) or _DATE_IN_LINE.search(words_)):
            found.append((start, end, year))
    return found


_PLAN_LINE_WORD = lazy_regex("|".join(words.PLAN_YEAR_WORDS) + r"|目标")


def plan_part_line(r: Reading) -> list[tuple[int, int, int]]:
    """An unnumbered part head of a report naming one year and a plan word ("2025年工作安排", "2026年主要任务"),
    standing alone on its line where the outline found no heading (nor the document's title), plans for that
    year up to the next such line naming a year (a review or another plan), else to the end of the text (the
    counterpart of ``review_title_line``)."""
    lines = [m for m in r.standing_lines if _TITLE_YEAR.search(m.group(1))]
    found = []
    for i, m in enumerate(lines):
        title = m.group(1)
        if not _PLAN_LINE_WORD.search(title) or _REVIEW_LINE.search(title) or _REPORT_PART.search(title):
            continue
        if not r.is_part_head(m):
            continue
        year = _one_year(r.years_in(m.start(1), m.end(1)))
        if year is not None:
            found.append((m.end(), lines[i + 1].start() if i + 1 < len(lines) else len(r.text), year))
    return found


def year_grouped_list(r: Reading) -> list[tuple[int, int, int]]:
    """The blocks of a planned table whose year column groups a numbered list (see :mod:`.tables`): each
    block's items take its year."""
    return [block for table in year_grouped_lists(r.text, r.roc) for block in table.blocks]


GoalRule = Callable[[Reading], list[tuple[int, int, int]]]
GOAL_RULES: tuple[tuple[str, GoalRule], ...] = (
    ("goal_section_opening", goal_section_opening),
    ("year_opened_list", year_opened_list),
    ("year_titled_section", year_titled_section),
    ("goal_list_opener", goal_list_opener),
    ("year_grouped_list", year_grouped_list),
    ("plan_title", plan_title),
    ("attached_title_year", attached_title_year),
    ("plan_part_line", plan_part_line),
)
"""Stretches whose targets share one year, each (start, end, year); a target takes the year of the
innermost stretch holding it (after its own sentence's and paragraph's deadlines)."""


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
    plan_year = title_year or max((int(m.group(1)) for m in _GOAL_LIST_OPENER.finditer(text)), default=None)
    reading = Reading(text, title, flat, years, seg, locator, present_year(text, years, seg, reference), plan_year, roc)
    reading.present = settled_present(reading, title_year)
    return Scopes(
        reference_year=reference, present=reading.present, plan_year=plan_year,
        history=[span for _, rule in HISTORY_RULES for span in rule(reading)],
        goals=[g for _, rule in GOAL_RULES for g in rule(reading)],
        reports=[sec.span for sec in flat if _REPORT_TITLE.search(sec.title)],
        planned_lists=[(*table.span, table.action) for table in year_grouped_lists(text, roc)],
    )


def settled_present(r: Reading, title_year: Optional[int]) -> Optional[int]:
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
    """
    present = r.present
    reported, planned = [], [title_year] if title_year is not None else []
    for sec in r.flat:
        year = _one_year(r.years_in(*sec.title_span))
        if year is None:
            continue
        if _REPORT_PART.search(sec.title) or _HISTORY_TITLE.search(sec.title):
            reported.append(year)
        elif _PLAN_OR_GOAL.search(sec.title):
            planned.append(year)
    if reported:
        present = max(present or 0, max(reported))
    if title_year is not None and (present is None or present < title_year - 1):
        present = title_year - 1
    period = plan_period(r.text, r.title)
    if period is not None:
        planned.append(period[0])
    if planned and present is not None and present >= min(planned):
        present = min(planned) - 1
    return present


_PERIOD_PLAN_NAME = lazy_regex(
    r"(?:" + "|".join(words.PERIOD_PLAN_WORDS) + r")[^\n。，,；;]{0,6}?[(（]\s*((?:19|20)\d\d)\s*[-—–~～－至到]+\s*((?:19|20)\d\d)\s*年?\s*[)）]"
    r"|((?:19|20)\d\d)\s*[-—–~～－至到]+\s*((?:19|20)\d\d)\s*年[^\n。，,；;]{0,30}?(?:" + "|".join(words.PERIOD_PLAN_WORDS) + ")"
)
OPENING = 400
"""How far into the text the document's own name is looked for (a covering letter or notice names it there)."""


def plan_period(text: str, title: Optional[str]) -> Optional[tuple[int, int]]:
    """The span of years the document plans for, named with its plan in the title or the opening lines:
    "某市三年行动方案（2024—2026年）", "2024—2026年某市养老服务行动计划". No year inside it is past, even
    for a plan issued during its first year ("2024年，全市新增…" schedules work).

    >>> plan_period("关于印发《某市三年行动方案（2024—2026年）》的通知\\n…", None), plan_period("某市规划", None)
    ((2024, 2026), None)
    """
    for part in (title or "", text[:OPENING]):
        m = _PERIOD_PLAN_NAME.search(part)
        if m:
            first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if int(first) < int(last):
                return int(first), int(last)
    return None
