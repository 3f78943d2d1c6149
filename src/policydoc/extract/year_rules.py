"""The year rules of a target: which deadline year its number is for.

``YEAR_RULES`` is an ordered table (``targets.years``): the target's own sentence, then its paragraph, then a
目标 section (or goal list) that opens with 到YYYY年; the first active rule that answers gives the year (SPEC's
year rules), and its name is what ``Target.evidence["year"]`` says. :func:`forward_deadline` is read by the
history filter.
"""

from __future__ import annotations

from typing import Callable, Optional

import regex

from .._lazy import lazy_regex
from ..core.rules import Rule, Ruler
from ..models import YearMention
from ..analysis.time import clause_time, forward_time, is_baseline
from ..data.target_words import REACH_VERBS, RESOLVE_WORDS
from .candidate import Candidate, Context

_FRAME_AFTER = lazy_regex(r"[”\s]*(?:期间|时期|内|间|[，,])")


def _frames(y: YearMention, ctx: Context) -> bool:
    """A span of years or a period stated as the time of its clause ("2024—2025年，…", "“十四五”期间…"), not a
    name it qualifies ("完成“十四五”示范点建设")."""
    if _FRAME_AFTER.match(ctx.text, y.span[1]):
        return True
    return y.kind == "range" and clause_time(ctx.text, y, ctx.seg.clause(y.span[0])[0]) is not None


NO_YEAR = 0
"""A year rule's answer "no year, and stop": the target's own sentence counts it over a period."""
_PERIOD_END = lazy_regex(r"[”\s]*(?:期?末|最后一年)")


_LISTED_ITEM = lazy_regex(r"(\d+(?:\.\d+)?)[^\d、，,。；;\n]{0,4}")
_DIGIT = lazy_regex(r"\d")
RESPECTIVE_YEARS_MAX = 10
"""A span longer than this is no list of yearly values."""


def _respective_year(y: YearMention, c: Candidate, ctx: Context) -> Optional[int]:
    """One value a year: a span of N years, then 分别 and a list of exactly N values ("2021年至2024年，…比例分别达到30%、
    60%、80%、100%"): the value at place i is for the span's i-th year."""
    if y.year is None or y.year_end is None or not 2 <= y.year_end - y.year + 1 <= RESPECTIVE_YEARS_MAX:
        return None
    mark = ctx.text.rfind("分别", y.span[1], c.span[0])
    if mark < 0:
        return None
    first = _DIGIT.search(ctx.text, mark, c.span[0] + 1)
    if first is None:
        return None
    starts, pos = [], first.start()
    while (m := _LISTED_ITEM.match(ctx.text, pos)) is not None:
        starts.append(m.start())
        if ctx.text[m.end(): m.end() + 1] != "、":
            break
        pos = m.end() + 1
    if len(starts) != y.year_end - y.year + 1 or c.span[0] not in starts:
        return None
    return y.year + starts.index(c.span[0])


def _within_one_year(y: YearMention, ctx: Context) -> bool:
    """Months of one year given as a span ("2025年3月至2025年9月"): a stage of work within that year."""
    return y.kind == "range" and y.year is not None and y.year == y.year_end and not is_baseline(ctx.text, y)


def _year_in_sentence(c: Candidate, ctx: Context) -> Optional[int]:
    """The nearest deadline or year before the number in its own sentence (not a base: 比2020年,
    在2023年基础上), else a deadline after it in the sentence ("A年均增长8%左右，到2025年，B达到…"). A span of
    years or a five-year period nearest before it ("2024—2025年，…", "“十四五”期间…") counts the target over
    that period: no year (SPEC), unless it names the period's end ("“十四五”末" is its last year), lies within one
    year ("2025年3月至2025年9月") or gives one value a year ("2021年至2024年…分别达到30%、60%、80%、100%")."""
    start, end = ctx.seg.sentence(c.span[0])
    for y in reversed(ctx.years_in(start, c.span[0])):
        if _within_one_year(y, ctx):
            return y.year  # months of one year ("2025年3月至2025年9月，…"): that year
        if y.kind in ("range", "period") and not is_baseline(ctx.text, y):
            if y.kind == "period" and _PERIOD_END.match(ctx.text, y.span[1]):
                return y.year_end
            if _frames(y, ctx):
                respective = _respective_year(y, c, ctx)
                return NO_YEAR if respective is None else respective
            continue
        if y.kind in ("deadline", "point") and not is_baseline(ctx.text, y):
            return y.year
    for y in ctx.years_in(c.span[0], end):
        if y.kind == "deadline" and not y.text.startswith("截") and not is_baseline(ctx.text, y):
            return y.year
        if _coming_year_reached(y, ctx):
            return y.year
    return None


_REACH_AFTER = lazy_regex(r"\s*(?:年?底|年?末)?(?:要|将|力争)?(?:" + "|".join(REACH_VERBS) + ")")


def _coming_year_reached(y: YearMention, ctx: Context) -> bool:
    """A coming year a later clause of the sentence reaches a level in ("A达到20家，B2030年突破450亿元"): the
    sentence's deadline, for the targets before it too (SPEC year rule 1)."""
    present = ctx.present_year
    return (y.kind == "point" and y.year is not None and present is not None and y.year > present
            and bool(_REACH_AFTER.match(ctx.text, y.span[1])) and not is_baseline(ctx.text, y))


def _year_in_paragraph(c: Candidate, ctx: Context) -> Optional[int]:
    """A sentence-initial "到2025年，" earlier in the paragraph governs what follows it (after a label too:
    "…的主要目标：到2025年，…"), and so do the end of a period ("至“十五五”末，…": its last year), months of one year
    ("第一阶段：2025年3月至2025年9月，…；…") and a later year opening a sentence ("2025年全区…达到…；…")."""
    section = ctx.section_id_at(c.span[0])
    for y in reversed(_years_before_in_paragraph(c, ctx)):
        if ((y.kind == "deadline" and _opens_sentence(y, ctx) and not is_baseline(ctx.text, y)) or _forward_time(y, ctx)
                or _later_year_opens_sentence(y, ctx)):
            return y.year if ctx.section_id_at(y.span[0]) == section else None
        period_end = y.kind == "period" and _PERIOD_END.match(ctx.text, y.span[1])  # "至“十五五”末，…"
        if (period_end or _within_one_year(y, ctx)) and _opens_sentence(y, ctx):
            return y.year_end if ctx.section_id_at(y.span[0]) == section else None
    return None


_LABEL_END = lazy_regex(r"[:：]\s*$")
_LINE_START = lazy_regex(r"[ \t\u3000]*")


def _later_year_opens_sentence(y: YearMention, ctx: Context) -> bool:
    """A year later than the document's present opening a sentence of the paragraph ("…。2025年全区生产总值达到500亿元；
    固定资产投资达到120亿元；…"): the time of the goals it lists, each clause after a semicolon too."""
    present = ctx.present_year
    if y.kind != "point" or y.year is None or present is None or y.year <= present:
        return False
    start = ctx.seg.sentence(y.span[0])[0]
    return _LINE_START.fullmatch(ctx.text, start, y.span[0]) is not None and not is_baseline(ctx.text, y)


_TIME_CLAUSE = lazy_regex(rf"\s*(?:{'|'.join(RESOLVE_WORDS)})?\s*$")
_CLAUSE_BREAK = regex.compile(r"\s*[，,]")


def _opens_sentence(y: YearMention, ctx: Context) -> bool:
    """A deadline opening its sentence, the clause after a label ("人民生活的主要目标：到2025年，…"), or a clause
    that is nothing but the deadline, after the plan's resolve at most ("…发挥优势，力争到2022年，A…；B…"): each
    says when what follows is due."""
    sentence, clause = ctx.seg.sentence(y.span[0])[0], ctx.seg.clause(y.span[0])[0]
    if sentence == clause or _LABEL_END.search(ctx.text, sentence, clause):
        return True
    return bool(_TIME_CLAUSE.fullmatch(ctx.text, clause, y.span[0]) and _CLAUSE_BREAK.match(ctx.text, y.span[1]))


def _forward_time(y: YearMention, ctx: Context) -> bool:
    return forward_time(ctx.text, y, ctx.seg, ctx.present_year)


def forward_deadline(c: Candidate, ctx: Context) -> bool:
    """The list a sentence-initial "到2025年，" opens governs the number: totals in it ("累计完成投资120亿元")
    are planned, not reported. A status date ("截至2022年底，") opens no such list."""
    year = _year_in_paragraph(c, ctx)
    if year is None or (ctx.present_year is not None and year <= ctx.present_year):
        return False
    return not any(y.text.startswith("截") for y in _years_before_in_paragraph(c, ctx) if y.year == year)


def _years_before_in_paragraph(c: Candidate, ctx: Context) -> list[YearMention]:
    """The year mentions of the candidate's paragraph (its line) before the candidate."""
    return ctx.years_in(ctx.text.rfind("\n", 0, c.span[0]) + 1, c.span[0])


def _year_of_goal_section(c: Candidate, ctx: Context) -> Optional[int]:
    """Targets of a 目标 section that opens with "到2025年" share that year."""
    return ctx.goal_year(c.span[0])


def _later_deadline_of_paragraph(c: Candidate, ctx: Context) -> Optional[int]:
    """The paragraph's one deadline, opening a later sentence of it ("建设2000种左右优质教材。…。到2025年，…大幅提升…"):
    the paragraph plans to it, the amounts before it too (SPEC year rule 2) — only where the paragraph names no other
    year."""
    start = ctx.text.rfind("\n", 0, c.span[0]) + 1
    end = ctx.text.find("\n", c.span[1])
    years = ctx.years_in(start, len(ctx.text) if end < 0 else end)
    if len(years) != 1:
        return None
    y = years[0]
    if (y.span[0] < c.span[1] or y.kind != "deadline" or y.text.startswith("截") or is_baseline(ctx.text, y)
            or not _opens_sentence(y, ctx) or ctx.section_id_at(y.span[0]) != ctx.section_id_at(c.span[0])):
        return None
    return y.year


#: words naming the present year without its number: the whole year, within the year, this year
_THIS_YEAR = lazy_regex(r"全年|年内|今年|本年度?")


def _this_year(c: Candidate, ctx: Context) -> Optional[int]:
    """"全年力争完成投资92亿元", "年内新增泊位500个": the year the document names, where it names only one (a plan
    for its year: "…2015年投资计划…"); SPEC year rule 1, the deadline of its own sentence in words."""
    year = ctx.only_year
    if year is None:
        return None
    end = ctx.seg.sentence(c.span[0])[1]
    return year if _THIS_YEAR.search(ctx.text, ctx.full_sentence_start(c.span[0]), end) else None


YearRule = Callable[[Candidate, Context], Optional[int]]
YEAR_RULES: Ruler[YearRule] = Ruler("targets.years", [
    Rule("sentence", _year_in_sentence),
    Rule("paragraph", _year_in_paragraph),
    Rule("goal_section", _year_of_goal_section),
    Rule("paragraph_deadline_after", _later_deadline_of_paragraph),
    Rule("this_year", _this_year),
])
