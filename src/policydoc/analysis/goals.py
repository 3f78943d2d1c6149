"""Stretches whose targets share one year: a goal section opened by a deadline, a section titled with one year, a
goal list "2024年…主要预期目标是：", a one-year work plan's title, an attached plan, a planned table's year blocks.

An ordered table of small named rules (:data:`GOAL_RULES`), each reading a :class:`~.reading.Reading` and
answering (start, end, year) stretches; a target takes the year of the innermost stretch holding it. The table is
the Ruler "analysis.goals" (:mod:`policydoc.core.rules`): a rule is switched off by its full name, e.g.
``analysis.goals.plan_title``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Optional

import regex

from ..core.rules import Rule, Ruler
from ..core.sentences import CLAUSE_STOPS, COLONS, COMMAS, FULL_STOPS
from ..data import target_words as words
from ..models import Section, YearMention
from ..outline.attachments import attached_document_starts
from ..settings import (
    BUDGET_NAME_GAP, FIRST_LINE_TITLE, GOAL_LIST_GAP, GOAL_LIST_LEAD, GOAL_OPENING_YEAR_REACH, LIST_OPENER_GAP,
    PLAN_NAME_OPENING, PLAN_WORD_TAIL,
)
from .._lazy import lazy_re, lazy_regex
from .reading import (
    BEFORE_BODY, HISTORY_TITLE, REPORT_PART, REVIEW_LINE, TITLE_YEAR, Reading, body_start, one_year,
)
from .time import forward_time, has_past_cue, is_baseline

_GOAL_TITLE = re.compile(r"目标")


def goal_section_opening(r: Reading) -> list[tuple[int, int, int]]:
    """目标 sections whose opening words are a deadline ("到2025年，…") or a coming year with a future
    word ("2025年，我局将…", see ``time.forward_time``)."""
    goals: list[tuple[int, int, int]] = []
    text = r.text
    for sec in r.flat:
        if not _GOAL_TITLE.search(sec.title):
            continue
        body = sec.title_span[1]
        while body < len(text) and text[body] in BEFORE_BODY:
            body += 1
        i = bisect_left(r.year_starts, body)  # the first year starting at or after the body, if close enough
        if i < len(r.years) and r.year_starts[i] < body + GOAL_OPENING_YEAR_REACH and r.years[i].year and (
            r.years[i].kind == "deadline" or forward_time(text, r.years[i], r.seg, r.present)
            or _year_clause_opening(r, r.years[i], body)
        ):
            goals.append((sec.span[0], sec.span[1], r.years[i].year))
            continue
        year = _deadline_clause(r, i, r.seg.sentence(body)[1])
        if year is not None:
            goals.append((sec.span[0], sec.span[1], year))
    return goals


_DEADLINE_CLAUSE_END = lazy_regex(rf"\s*[{regex.escape(COMMAS)}]")


def _year_clause_opening(r: Reading, y: YearMention, body: int) -> bool:
    """A goal section's body opening with a clause that is nothing but a year not before the present ("二、发展目标
    2020年，出台…。各区至少建设1所…", in a text of 2020 or of no known present): the year the goals are set for."""
    return (y.kind == "point" and y.span[0] == body and y.year is not None
            and (r.present is None or y.year >= r.present) and bool(_DEADLINE_CLAUSE_END.match(r.text, y.span[1])))


def _deadline_clause(r: Reading, i: int, end: int) -> Optional[int]:
    """The year of a clause that is nothing but a deadline in a 目标 section's opening sentence, after framing
    clauses ("着眼2035年远景目标，统筹本区实际，到2025年，…"): it says when the goals that follow are due."""
    for y in r.years[i:]:
        if y.span[0] >= end:
            break
        if y.kind == "deadline" and y.year and r.seg.clause(y.span[0])[0] == y.span[0] \
                and _DEADLINE_CLAUSE_END.match(r.text, y.span[1]):
            return y.year
    return None


_COLON = f"[{regex.escape(COLONS)}]"
_LIST_OPENER = lazy_regex(
    rf"(?:如下|以下|下列|主要包括|具体是|分别是)[^。{regex.escape(CLAUSE_STOPS)}\n]{{0,{LIST_OPENER_GAP}}}{_COLON}\s*$|{_COLON}\s*$")


def year_opened_list(r: Reading) -> list[tuple[int, int, int]]:
    """A section whose opening sentence names one coming year and opens a list ("本期预算共编列800亿元，期程为
    2026年，各项预算如下：") gives that year to its own numbers and the items that follow in the section. The year must be later
    than the present (or the present unknown), not a comparison base, and the sentence no report."""
    found = []
    text = r.text
    for sec in r.flat:
        if not sec.children:
            continue
        body = body_start(text, sec)
        end = sec.children[0].span[0]
        if body >= end:
            continue
        start, stop = r.seg.sentence(body)
        stop = min(stop, end)
        if not _LIST_OPENER.search(text, start, stop):
            continue
        named = [y for y in r.years_in(start, stop) if not is_baseline(text, y)]
        year = one_year(named)
        if year is None or (r.present is not None and year <= r.present) or has_past_cue(text, start, stop):
            continue
        found.append((body, sec.span[1], year))
    return found


def year_titled_section(r: Reading) -> list[tuple[int, int, int]]:
    """A section whose title names one year and no other ("三、2026年主要工作", "二、2024年工作安排",
    "（一）2025年目标") plans for that year: its targets take it. A title naming a span of years
    ("2024—2025年重点任务"), a five-year period or two years names none; a past year's section
    ("一、2021年工作回顾") is history, whose numbers are no targets at all."""
    return [(sec.span[0], sec.span[1], year) for sec, year in r.dated_sections()]



def goal_list_opener(r: Reading) -> list[tuple[int, int, int]]:
    """A line opened by a year, 目标 and a colon ("2024年全市…主要预期目标是：") runs from the colon to the
    end of the innermost section holding it (its items may be sub-sections, or lines split by a page
    break), or to the end of the text outside any (its items may be the sections that follow)."""
    found = []
    for m in r.goal_lists:
        sec = r.locator.section_at(m.start())
        found.append((m.end(), sec.span[1] if sec is not None else len(r.text), int(m.group(1))))
    return found


THIS_YEAR_GOAL_LIST = lazy_re(
    rf"(?m)(?:^[^\n。]{{0,{GOAL_LIST_LEAD}}}?|(?<=[{COMMAS}]))(?:今年|本年度)"
    rf"[^\n。{re.escape(COLONS)}]{{0,{GOAL_LIST_GAP}}}?(?:目标(?:任务)?|指标)(?:是|为|如下)?{_COLON}")
"""A line opening this year's goal list without naming the year: "综合考虑…，今年全区发展的主要预期目标是："."""
YEAR_IS = lazy_re(
    rf"(?m)(?:^|(?<=[{FULL_STOPS}]))[ \t\u3000]*((?:19|20)\d\d)年是[^\n{FULL_STOPS}]{{0,80}}?"
    rf"(?:{'|'.join(words.YEAR_ROLES)})")
"""A report naming the year it plans for: "2026年是“十五五”开局之年…", "…是实施“十四五”规划的第一年"."""
THIS_YEAR_REACH = 2000
"""How far before "今年…目标是：" the sentence naming the year ("2026年是…之年") may stand."""


def this_year_goal_list(r: Reading) -> list[tuple[int, int, int]]:
    """A goal list opened by "今年" ("今年…主要预期目标是：") runs, like a year's goal list, to the end of the
    innermost section holding it, with the year a sentence before it in that section names ("2026年是…之年，做好
    今年工作…"), else the year of the innermost section holding it whose title names one ("三、2026年主要工作"),
    else the plan year of the title; a year the document treats as past is none.

    >>> from policydoc.outline import build_outline
    >>> from policydoc.analysis import analyse
    >>> text = "二、工作安排\\n2026年是开局之年。\\n今年主要预期目标是：生产总值增长5%。\\n（一）扩大内需\\n新增商店500家。\\n"
    >>> o = build_outline(text); [(text[s:s + 5], y) for s, _, y in analyse(text, o.title, o.sections).goals]
    [('生产总值增', 2026)]
    >>> text = "一、回顾\\n二、发展思路\\n到2030年，主要目标是：产值达到900亿元。\\n三、2026年主要工作\\n统筹考虑，今年主要目标是：产值增长5%。\\n"
    >>> o = build_outline(text); sorted(y for s, _, y in analyse(text, o.title, o.sections).goals if text[s:s + 3] == "产值增")
    [2026]
    """
    if "今年" not in r.text and "本年度" not in r.text:
        return []
    found = []
    dated: Optional[list[tuple[Section, int]]] = None
    for m in THIS_YEAR_GOAL_LIST.finditer(r.text):
        sec = r.locator.section_at(m.start())
        lo = max(sec.span[0] if sec is not None else 0, m.start() - THIS_YEAR_REACH)  # not a review part's year
        named = [int(y.group(1)) for y in YEAR_IS.finditer(r.text, lo, m.start())]
        if dated is None:
            dated = list(r.dated_sections())
        titled = [year for s, year in dated if s.span[0] <= m.start() < s.span[1]]
        year = named[-1] if named else titled[-1] if titled else r.plan_year
        if year is None or (r.present is not None and year <= r.present):
            continue
        found.append((m.end(), sec.span[1] if sec is not None else len(r.text), year))
    return found


_PHASE = rf"(?:{'|'.join(words.PHASE_LABELS)})(?:目标)?[{COMMAS}{regex.escape(COLONS)}][ \t\u3000]*"
_DEADLINE_AT = rf"(?:{'|'.join(words.RESOLVE_WORDS)})?(?:到|至)(?P<y>(?:19|20)\d\d)年(?:底|末)?"
DEADLINE_LIST_OPENER = lazy_regex(
    rf"(?m)(?:^[ \t\u3000]*(?:{_PHASE})?|(?<=[{FULL_STOPS}{COMMAS}])){_DEADLINE_AT}[{COMMAS}]"
    rf"|^[ \t\u3000]*{_PHASE}{_DEADLINE_AT}")
"""A deadline that may open a list: at a line start (after a stage label: "第一步，到2022年…", no comma needed) or
after a full stop or comma, with a comma after it. It opens one where its line ends with a colon ("到1995年，全省产业
结构的安排是：") or where its sentence is the line's last ("…。到2026年，全市产业总体水平处于全国前列。", "通过实施九大
行动，到2025年，创新环境进一步优化。"): see :func:`_opens_list`. The list of bullets after that line is due then."""
_STOP_AHEAD = regex.compile(f"[{regex.escape(FULL_STOPS)}\n]")
_LINE_TAIL = " \t\u3000"
LIST_ITEM_LINE = lazy_regex(
    r"[ \t\u3000]*(?:-{1,2}|—{1,2}|－{1,2}|[•·●◆■▪]|\d{1,2}[、.．)）]|[(（]\d{1,2}[)）]|[①-⑳])")
"""A line opening with a bullet or a list number (not a heading marker such as 一、): an item of the list above."""


def deadline_list_opener(r: Reading) -> list[tuple[int, int, int]]:
    """The bulleted or numbered lines right after a line opened by a deadline and ended by a colon ("到1990年，…
    情况是：" then "--在工农业总产值中，…"), or after a paragraph closed by a deadline sentence ("…。到2026年，全市…。"
    then "——创新能力。…"), share its year (SPEC: the list of targets a paragraph opens)."""
    found = []
    text = r.text
    line_end = -1
    for m in DEADLINE_LIST_OPENER.finditer(text):
        if m.start() > line_end:  # one search for the end of each line, however many deadlines it holds
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
        closing = _opens_list(text, m.end(), line_end)
        if closing is None or closing in FULL_STOPS and _not_closing_opener(r, m.start()):
            continue
        end = pos = line_end + 1
        while pos < len(text) and LIST_ITEM_LINE.match(text, pos):
            item_end = text.find("\n", pos)
            end = pos = len(text) if item_end < 0 else item_end + 1
        if end == line_end + 1 and closing in FULL_STOPS:
            end = _overview_scope(r, m.start(), line_end)
        if end > line_end + 1:
            found.append((line_end, end, int(m.group("y"))))
    return found


_DIGIT = regex.compile(r"\d")


def _overview_scope(r: Reading, start: int, line_end: int) -> int:
    """Where the paragraphs after a goal overview end: a paragraph opened by a deadline that sets no figure itself
    ("到2027年，骨干企业基本实现数字化改造全覆盖，…取得显著成效。") and whose section's own paragraphs follow (run-in
    goals "普及率显著提升。…达到90%…") gives its year to the rest of its section; else nothing (``line_end + 1``)."""
    line_start = r.text.rfind("\n", 0, start) + 1
    year = next((y for y in r.years_in(line_start, line_end)), None)
    rest = r.text[year.span[1] if year else start: line_end]
    sec = r.locator.section_at(start)
    if sec is None or _DIGIT.search(rest) or sec.span[1] <= line_end + 1:
        return line_end + 1
    return sec.span[1]


def _opens_list(text: str, pos: int, line_end: int) -> Optional[str]:
    """How the line of a deadline ending at ``pos`` closes when it opens a list: its last character, a colon (the line
    ends with one) or a full stop (the deadline's sentence is the line's last); None when it opens none."""
    last_at = line_end - 1
    while last_at >= pos and text[last_at] in _LINE_TAIL:
        last_at -= 1
    if last_at < pos:
        return None
    last = text[last_at]
    if last in COLONS:
        return last
    stop = _STOP_AHEAD.search(text, pos, line_end)
    if stop is not None and stop.start() == last_at and last in FULL_STOPS:
        return last
    return None


def _not_closing_opener(r: Reading, start: int) -> bool:
    """A deadline sentence closing its paragraph at ``start`` opens no list when the paragraph is an item itself
    ("1.布点。到2026年，…。" then "2.…" are siblings) or named an earlier deadline ("到2025年，…。到2035年，…。":
    the stages of a vision, the list is the first's)."""
    line_start = r.text.rfind("\n", 0, start) + 1
    return bool(LIST_ITEM_LINE.match(r.text, line_start)) or any(
        y.kind == "deadline" for y in r.years_in(line_start, start))


_PLAN_TITLE = lazy_regex("(?:" + "|".join(words.PLAN_YEAR_WORDS) + rf")[^\n]{{0,{PLAN_WORD_TAIL}}}$")
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
    >>> plan_title_year("", "数字某省2021行动方案"), plan_title_year("", "某省2021-2025行动方案")
    (2021, None)
    >>> plan_title_year("", "2025年某省政府工作报告"), plan_title_year("", "政府工作报告")
    (2025, None)
    >>> plan_title_year("", "某局关于征求《2023年某县林业有害生物防治方案（第二次修改稿）》意见的函")
    2023
    """
    from ..extract.patterns import Mask
    from ..extract.years import extract_years

    line = title if title else text.lstrip().split("\n", 1)[0][:FIRST_LINE_TITLE]
    work_report = words.WORK_REPORT_TITLE in line  # "2025年某省政府工作报告": delivered in 2025, plans 2025
    if not work_report and (not _PLAN_TITLE.search(line) or _NOT_PLAN_TITLE.search(line)):
        quoted = _QUOTED_PLAN.search(line)  # "关于征求《2023年…方案（修改稿）》意见的函": the plan it sends
        if quoted is None or not _PLAN_TITLE.search(quoted["plan"]) or _NOT_PLAN_TITLE.search(quoted["plan"]):
            return None
        line = quoted["plan"]
    years = extract_years(line, Mask(len(line)))
    if years:
        return one_year(years)
    bare = {int(m.group()) for m in _BARE_TITLE_YEAR.finditer(line)}  # "数字某省2021行动方案": the year without 年
    return bare.pop() if len(bare) == 1 else None


_QUOTED_PLAN = lazy_regex(r"《(?P<plan>[^《》\n]+?)(?:[(（][^()（）\n]{1,8}[)）])?》")
"""The document a title sends or asks about in 《》, a draft's or trial's note set aside ("《…方案（征求意见稿）》")."""


_BARE_TITLE_YEAR = lazy_regex(r"(?<![\d.])(?:19|20)\d\d(?![\d.%％])")
"""A year written without 年 in a plan's title ("数字某省2021行动方案", "2023工作要点")."""


def plan_title(r: Reading) -> list[tuple[int, int, int]]:
    """A one-year work plan (see :func:`plan_title_year`) gives its year to every target that no nearer
    deadline, paragraph or section dates: the whole text is its scope, the outermost of all."""
    year = plan_title_year(r.text, r.title)
    return [] if year is None else [(0, len(r.text), year)]


_TITLE_TIME = lazy_regex(r"(?:19|20)\d\d|[十九八七六五][一二三四五六七八九]?五")
"""A year or a five-year period named in a title ("2025年", "“十五五”"): the title dates the plan itself."""


def year_role_opening(r: Reading) -> list[tuple[int, int, int]]:
    """A document whose opening, before its first heading, names the year it is written for ("2026年是“十五五”开局之年，
    做好…工作至关重要", ``YEAR_IS``) and whose title names no year or period plans for that year, as a one-year plan
    named by its title does: the whole text is its scope. A year before the present gives none.

    >>> from policydoc import parse_text
    >>> doc = parse_text("关于做好农业工作的实施意见\\n2026年是开局之年，做好工作至关重要。\\n一、稳定生产\\n确保粮食产量稳定在1.4万亿斤左右。\\n")
    >>> [(t.value, t.year) for t in doc.targets]
    [(1.4, 2026)]
    """
    first = r.flat[0].span[0] if r.flat else len(r.text)
    m = YEAR_IS.search(r.text, 0, first)
    if m is None or (r.title and _TITLE_TIME.search(r.title)):
        return []
    year = int(m.group(1))
    return [] if r.present is not None and year < r.present else [(0, len(r.text), year)]


_BUDGET_BILL = lazy_regex(
    rf"度?(?:(?!{'|'.join(words.NOT_BUDGET_BILL_GAP)})[^\n。{regex.escape(COMMAS + CLAUSE_STOPS)}]){{0,{BUDGET_NAME_GAP}}}?"
    rf"(?:{'|'.join(words.BUDGET_BILL_WORDS)})")


_SECONDARY_BILL = lazy_regex("|".join(words.SECONDARY_BUDGET_WORDS))


def _budget_bills(r: Reading) -> list[YearMention]:
    """The fiscal years of the budget bills the document opens by presenting ("今天依法来报告95年度中央政府总预算案",
    "114年度特别预算案")."""
    return [y for y in r.years if y.year and y.span[0] < PLAN_NAME_OPENING and y.kind == "point"
            and _BUDGET_BILL.match(r.text, y.span[1])]


def _bill_year(bills: list[YearMention], text: str) -> Optional[int]:
    """The one fiscal year of ``bills``; where they name several, the one year of the general bills, the
    supplementary and special ones aside ("93年度总预算案及92年度第二次追加预算案" presents 93's budget)."""
    years = {y.year for y in bills if y.year}
    if len(years) == 1:
        return years.pop()
    general = {y.year for y in bills if y.year and not _SECONDARY_BILL.search(_BUDGET_BILL.match(text, y.span[1]).group())}
    return general.pop() if len(general) == 1 else None


def budget_years(r: Reading) -> list[int]:
    """The year of the one budget bill the document presents (see :func:`_bill_year`; none when it names general
    bills of several years, or when the rule ``budget_bill`` is switched off): a budget is the plan of its year,
    never the past, however its figures compare with last year's."""
    if not any(rule.name == "budget_bill" for rule in GOAL_RULES.active()):
        return []
    year = _bill_year(_budget_bills(r), r.text)
    return [] if year is None else [year]


def budget_bill(r: Reading) -> list[tuple[int, int, int]]:
    """A report presenting one year's budget bill (see :func:`budget_years`) dates the amounts it plans, from where it
    names the bill to its end: the outermost stretch, a part that plans one year (its figures need no plan verb)."""
    bills = _budget_bills(r)
    year = _bill_year(bills, r.text)
    return [] if year is None else [(bills[0].span[0], len(r.text), year)]


_DATE_IN_LINE = lazy_regex(r"年\s*\d{1,2}\s*月|年[一二三四五六七八九十]{1,2}月")
"""A date ("110年1月14日制表") is when the attachment was made, not the year it plans for."""
_ATTACHED_PLAN = lazy_regex("|".join(words.ATTACHED_PLAN_WORDS))
_ATTACHED_OPENER = lazy_regex(rf"[ \t\u3000]*附[件表图]?[ \t\u3000]*\d{{0,2}}[ \t\u3000{regex.escape(COLONS)}]*")


def attached_title_year(r: Reading) -> list[tuple[int, int, int]]:
    """An attached document ("附件" or "附件2" opening its line) whose title names one year ("2025年12件民生实事",
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
        year = one_year(r.years_in(*title))
        if year is not None and _ATTACHED_PLAN.search(words_) and not (
                REPORT_PART.search(words_) or HISTORY_TITLE.search(words_) or _DATE_IN_LINE.search(words_)):
            found.append((start, end, year))
    return found


_PLAN_LINE_WORD = lazy_regex("|".join(words.PLAN_YEAR_WORDS) + r"|目标")


def plan_part_line(r: Reading) -> list[tuple[int, int, int]]:
    """An unnumbered part head of a report naming one year and a plan word ("2025年工作安排", "2026年主要任务"),
    standing alone on its line where the outline found no heading (nor the document's title), plans for that
    year up to the next such line naming a year (a review or another plan), else to the end of the text (the
    counterpart of ``review_title_line``)."""
    lines = [m for m in r.standing_lines if TITLE_YEAR.search(m.group(1))]
    found = []
    for i, m in enumerate(lines):
        title = m.group(1)
        if not _PLAN_LINE_WORD.search(title) or REVIEW_LINE.search(title) or REPORT_PART.search(title):
            continue
        if not r.is_part_head(m):
            continue
        years = r.years_in(m.start(1), m.end(1))
        year = one_year(years)
        if year is None:
            year = _planned_point_year(r.text, years, m.end(1))
        if year is not None:
            found.append((m.end(), lines[i + 1].start() if i + 1 < len(lines) else len(r.text), year))
    return found


def _planned_point_year(text: str, years: list[YearMention], end: int) -> Optional[int]:
    """The one point year of a part line that also names a period, where a plan word follows that year
    ("“十五五”发展思路和2026年主要工作任务": the part's tasks are the year's; the period frames the thinking)."""
    points = [y for y in years if y.kind in ("point", "deadline")]
    if len({y.year for y in points}) != 1 or not _PLAN_LINE_WORD.search(text, points[-1].span[1], end):
        return None
    return points[0].year


def period_year_section(r: Reading) -> list[tuple[int, int, int]]:
    r"""A section titled with a plan period and then one year's plan ("二、“十五五”时期目标任务和2026年工作安排")
    plans for that year from the first paragraph of its body that opens with the year (今年…, 2026年…) to its end,
    else from its title: the period's goals before that paragraph take no year (SPEC: a period names none).

    >>> from policydoc import parse_text
    >>> doc = parse_text("一、工作回顾\n过去一年很好。\n二、“十五五”时期目标任务和2026年工作安排\n"
    ...                  "规划提出地区生产总值年均增长5%左右。\n"
    ...                  "今年是“十五五”开局之年。主要预期目标是：地区生产总值增长4.5%左右。\n")
    >>> [(t.value, t.year) for t in doc.targets]
    [(5.0, None), (4.5, 2026)]
    """
    found = []
    for sec in r.flat:
        years = r.years_in(*sec.title_span)
        if not any(y.kind == "period" for y in years):
            continue
        year = _planned_point_year(r.text, years, sec.title_span[1])
        if year is None:
            continue
        opening = _year_opening(year).search(r.text, sec.title_span[1], sec.span[1])
        found.append((opening.start() if opening else sec.title_span[1], sec.span[1], year))
    return found


_THIS_YEAR_TITLE = lazy_re(r"今年|本年")
YEAR_WORK = lazy_re(
    rf"((?:19|20)\d\d)年(?:的)?[^\n{FULL_STOPS}{COMMAS}]{{0,6}}?(?:{'|'.join(words.YEAR_WORK_WORDS)})")
"""A year and the work it names in a section's opening paragraph ("1992年经济工作的重点，是…")."""


def year_work_section(r: Reading) -> list[tuple[int, int, int]]:
    r"""A section whose title names no year, and whose first paragraph names the year whose work it sets ("二、抓紧有利
    时机，加快经济发展" + "…1992年经济工作的重点，是…", ``YEAR_WORK``; under a title naming 今年, also "2003年是…第一年",
    ``YEAR_IS``), plans for that year from there to its end — as "三、2026年主要工作" does. A year before the present
    gives none.

    >>> from policydoc import parse_text
    >>> doc = parse_text("一、回顾\n去年增长7%。\n二、加快经济发展\n我们要抓紧时机。1992年经济工作的重点，是调整结构。\n"
    ...                  "今年计划要求，国民生产总值增长6%。\n")
    >>> [(t.value, t.year) for t in doc.targets]
    [(6.0, 1992)]
    >>> doc = parse_text("一、回顾\n去年增长8%。\n二、对今年政府工作的建议\n2003年是实施计划的第一年。\n"
    ...                  "今年经济增长预期目标为7%左右。\n")
    >>> [(t.value, t.year) for t in doc.targets]
    [(7.0, 2003)]
    """
    found = []
    for sec in r.flat:
        if r.years_in(*sec.title_span):
            continue
        start = sec.title_span[1]
        while start < sec.span[1] and r.text[start] in "\n \t\u3000":
            start += 1
        end = r.text.find("\n", start, sec.span[1])
        end = sec.span[1] if end < 0 else end
        m = YEAR_WORK.search(r.text, start, end)
        if m is None and _THIS_YEAR_TITLE.search(r.text, *sec.title_span):
            m = YEAR_IS.search(r.text, start, end)  # "二、对今年政府工作的建议" + "2003年是…第一年"
        if m is None:
            continue
        year = int(m.group(1))
        if r.present is None or year >= r.present:
            found.append((m.start(), sec.span[1], year))
    return found


def _year_opening(year: int) -> "regex.Pattern[str]":
    """A paragraph opening with the year as the time of what it says: 今年, 本年 or "2026年"."""
    return regex.compile(rf"(?m)^[ \t\u3000]*(?:今年|本年|{year}年)")


def year_part_plan(r: Reading) -> list[tuple[int, int, int]]:
    """The parts after a reported one in a report headed by years and slogans ("2024年：攻坚克难谋发展" …
    "2025年：乘势而上开新局", see ``Reading.year_parts``) plan for their year, each up to the next part's line."""
    reported = [year for *_, year, done in r.year_parts if done]
    last = max((start for start, *_, done in r.year_parts if done), default=None)
    return [(start, end, year) for start, end, year, done in r.year_parts
            if last is not None and start > last and year > max(reported)]


def year_grouped_list(r: Reading) -> list[tuple[int, int, int]]:
    """The blocks of a planned table whose year column groups a numbered list (see :mod:`.tables`): each
    block's items take its year."""
    return [block for table in r.grouped_lists for block in table.blocks]


YEAR_LABEL = lazy_re(
    rf"(?m)(?:^|(?<=[{COMMAS}{FULL_STOPS}]))[ \t\u3000]*((?:19|20)\d\d)年度?[ \t\u3000]*{_COLON}[ \t\u3000]*$"
    rf"|^[ \t\u3000]*((?:19|20)\d\d)年度?[ \t\u3000]*[{COMMAS}][ \t\u3000]*$")
"""A year labelling the lines after it: at the end of a line, with a colon ("…发展，2017年：", "2018年："), or a line
of its own with a comma ("2018年，")."""


def year_label_line(r: Reading) -> list[tuple[int, int, int]]:
    """The lines after a year label ("2017年：\n计划搬迁2294户…\n2018年：\n…") are that year's, up to the next label or the
    end of the innermost section holding the label. A past year's label (before the present, where known) gives
    none: its lines report."""
    labels = list(YEAR_LABEL.finditer(r.text))
    found = []
    for k, m in enumerate(labels):
        year = int(m.group(1) or m.group(2))
        if r.present is not None and year < r.present:
            continue
        sec = r.locator.section_at(m.start())
        end = sec.span[1] if sec is not None else len(r.text)
        if k + 1 < len(labels) and labels[k + 1].start() < end:
            end = labels[k + 1].start()
        found.append((m.end(), end, year))
    return found


GoalRule = Callable[[Reading], list[tuple[int, int, int]]]
GOAL_RULES: Ruler[GoalRule] = Ruler("analysis.goals", [
    Rule("goal_section_opening", goal_section_opening),
    Rule("year_opened_list", year_opened_list),
    Rule("year_titled_section", year_titled_section),
    Rule("goal_list_opener", goal_list_opener),
    Rule("this_year_goal_list", this_year_goal_list),
    Rule("deadline_list_opener", deadline_list_opener),
    Rule("year_grouped_list", year_grouped_list),
    Rule("plan_title", plan_title),
    Rule("year_role_opening", year_role_opening),
    Rule("budget_bill", budget_bill),
    Rule("attached_title_year", attached_title_year),
    Rule("plan_part_line", plan_part_line),
    Rule("period_year_section", period_year_section),
    Rule("year_work_section", year_work_section),
    Rule("year_part_plan", year_part_plan),
    Rule("year_label_line", year_label_line),
])
"""Stretches whose targets share one year, each (start, end, year); a target takes the year of the
innermost stretch holding it (after its own sentence's and paragraph's deadlines)."""
