"""Reading time in a sentence: is a year the time of its clause, a comparison base, the past?

Small pure functions over the text and its year mentions, shared by the analysis
stage (which works out the document's present and the stretches it reports as past)
and by the target filters (which read one sentence at a time). ``seg`` is the
extract stage's :class:`~policydoc.core.sentences.Segmenter` (sentence and clause
bounds around a position).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from ..core.sentences import COMMAS
from ..data import target_words as words
from ..models import YearMention
from ..settings import BASELINE_WORD_REACH, OPENING_YEAR_REACH, PERIOD_YEARS
from .._lazy import lazy_regex

if TYPE_CHECKING:
    from ..core.sentences import Segmenter


def _alternation(group: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in group)


def _words(group: tuple[str, ...]) -> regex.Pattern[str]:
    """One pass for "any word of ``group`` in the range": ``search(text, start, end)`` without a slice
    (compiled on first use)."""
    return lazy_regex(_alternation(group))


COMPARED_WITH_PERIOD = lazy_regex(r"[较比]“?十[一二三四五六七八九]五")
""""较“十二五”增加…": a comparison with a whole past period reports an achievement."""
_PLAN_NOUN = "(?<!" + "|".join(words.PLAN_NOUN_BEFORE) + ")计划(?!" + "|".join(words.PLAN_NOUN_AFTER) + ")"
FUTURE = lazy_regex("|".join(
    r"(?<!已|已经|均|并)将" if w == "将" else _PLAN_NOUN if w == "计划" else regex.escape(w) for w in words.FUTURE_WORDS
))
"""Future words; 将 after 已/已经 marks the object of a done deed ("已将标准调整为…"), not the future, nor does a
programme's name ("公共建设计划预算执行率") make 计划 one."""
CUMULATIVE = lazy_regex(r"(?<![\[［【])(?:" + _alternation(words.CUMULATIVE_WORDS) + ")")
"""A total ("累计培训教师5000人"), not the label of an indicator table's cumulative column or cell ("[累计]",
"[累计达到1000]": a five-year plan's table marks its period totals with square brackets)."""
COMMITMENT = _words(words.COMMITMENT_WORDS)
_HISTORY = lazy_regex(
    "(?P<not>" + "|".join(words.LE_NOT_ASPECT + words.NOT_PAST_ATTRIBUTES) + ")|"
    + _alternation(words.HISTORY_WORDS) + "|(?P<le>了)"
)
"""History words, and 了 as an aspect marker: the words of ``LE_NOT_ASPECT`` and ``NOT_PAST_ATTRIBUTES`` match first
and do not count."""
_BASE_BEFORE = lazy_regex("(?:" + "|".join(map(regex.escape, words.BASELINE_BEFORE)) + ")$")
_BASE_AFTER = lazy_regex("|".join(map(regex.escape, words.BASELINE_AFTER)))
_FROM_BEFORE = lazy_regex("(?:" + "|".join(words.FROM_WORDS) + ")$")
_FROM_AFTER = lazy_regex("|".join(words.FROM_BASE_AFTER))
_TIME_PREFIX = lazy_regex(r"\s*(?:" + "|".join(words.CLAUSE_TIME_PREFIX) + r")?\s*$")


def has_past_cue(text: str, start: int, end: int) -> bool:
    """An aspect or report word (已, V了, 荣获 …) or a comparison with a past period in ``text[start:end]``.

    >>> has_past_cue("全市已建成30所", 0, 9), has_past_cue("为了加快发展，建设5所", 0, 12)
    (True, False)
    >>> has_past_cue("新增能力5万吨，已建水厂提标", 0, 14)  # 已建 + a noun: the plants there are, no report
    False
    >>> has_past_cue("改造300个已建成村庄的设施", 0, 14)  # 已 right after a count: the things counted are built ones
    False
    >>> has_past_cue("老城区和已建成居住区无设施的", 0, 14)  # 已 after a conjunction: the districts listed are built ones
    False
    >>> has_past_cue("去年，全省出口增长5%", 0, 11), has_past_cue("出口比去年增长5%", 0, 9), has_past_cue("较之去年减少", 0, 6)
    (True, False, False)
    """
    for m in _HISTORY.finditer(text, start, end):
        if m.group("not") is None:
            return True
    return bool(COMPARED_WITH_PERIOD.search(text, start, end) or PAST_TIME.search(text, start, end))


PAST_TIME = lazy_regex(r"(?<![比较与同和及之])(?:" + "|".join(words.PAST_TIME_WORDS) + ")(?![的比])")
"""A past time as the time of the statement ("去年，全省出口增长5%"), not a comparison base ("比去年增长5%",
"较之去年")."""


def is_baseline(text: str, y: YearMention) -> bool:
    """"比2020年", "较2020年", "在2023年基础上", "与2020年相比", "由1985年的12%提高到14%": a comparison base or the
    year of a from-value, not a time or deadline."""
    before = text[max(0, y.span[0] - BASELINE_WORD_REACH): y.span[0]]
    return bool(_BASE_BEFORE.search(before) or _BASE_AFTER.match(text, y.span[1])
                or (_FROM_BEFORE.search(before) and _FROM_AFTER.match(text, y.span[1])))


def clause_time(text: str, y: YearMention, clause_start: int) -> Optional[int]:
    """The last year of ``y`` when it is stated as the time of its clause ("2023年，…", "2021—2023年，…",
    "截至2023年底，…"): nothing but 在/于/截至 before it in the clause, and no baseline."""
    if y.kind not in ("point", "range") and not (y.kind == "deadline" and y.text.startswith("截")):
        return None
    if not _TIME_PREFIX.match(text, clause_start, y.span[0]) or is_baseline(text, y):
        return None
    return y.year_end or y.year


_EARLY_MONTH = lazy_regex(r"\s*(?:[1-9]|0[1-9])\s*月")
"""A month up to September after a year: a date inside that year, not the year as a whole."""


def present_year(text: str, years: list[YearMention], seg: Segmenter, reference_year: Optional[int]) -> Optional[int]:
    """The latest year the document treats as past: the year before its current five-year period,
    comparison bases ("比2020年", "在2023年基础上"), and years stated as the time of a clause that
    reports the past ("2020—2022年，全区累计安排…", "截至2023年底，已建成…").

    >>> text = "2021—2023年，全市累计投入经费5亿元。"
    >>> from policydoc.extract.years import extract_years; from policydoc.extract.patterns import Mask
    >>> from policydoc.core.sentences import Segmenter
    >>> present_year(text, extract_years(text, Mask(len(text))), Segmenter(text), None)
    2023
    >>> text = "截至2022年底，网上可办率达到86%。到2025年，达到95%。"
    >>> present_year(text, extract_years(text, Mask(len(text))), Segmenter(text), None)
    2022
    >>> text = "指标 2025年 年均[累计]\\n生产总值增长率 5左右\\n"  # a table's cumulative column reports nothing
    >>> present_year(text, extract_years(text, Mask(len(text))), Segmenter(text), None) is None
    True
    >>> text = "到2030年，生产总值比2025年翻一番。2025年，原煤产量达到14亿吨。"  # the period 2021–2025's last year
    >>> present_year(text, extract_years(text, Mask(len(text))), Segmenter(text), 2021)
    2020
    """
    found = [reference_year - 1] if reference_year else []
    latest = max((y.year_end or y.year or 0 for y in years), default=0)
    ahead = _latest_forward_year(text, years, seg)
    # the last year of the current five-year period is a goal's year: never a stated fact, and a base named by it
    # ("2010年…比2000年翻一番" in the plan for 1996–2000) is a level still to be reached, not the past
    period_end = reference_year + PERIOD_YEARS - 1 if reference_year else None
    if period_end is not None and ahead:
        ahead = min(ahead, period_end)
    for y in years:
        if y.year is None:
            continue
        if y.kind == "point" and is_baseline(text, y):
            if period_end is None or y.year < period_end:
                found.append(y.year)
            continue
        if _reports_on(text, y, seg):
            found.append(y.year_end or y.year)  # "兹将98年7月至12月之施政报告如下": the period a report covers is past
            continue
        if y.kind == "point" and _EARLY_MONTH.match(text, y.span[1]):
            continue  # "2025年3月已启动…": part of the year is past, the year itself is the present
        year = clause_time(text, y, seg.clause(y.span[0])[0])
        if year is None:
            continue  # not the time of its clause: the sentence's cues are not asked
        start, end = seg.sentence(y.span[0])
        past = has_past_cue(text, start, end) or CUMULATIVE.search(text, start, end) or _status_date(y, latest)
        if not FUTURE.search(text, start, end) and (past or _stated_fact(text, y, year, start, end, ahead)):
            found.append(year)
    return max(found) if found else None


_REPORTING = _words(words.REPORTING_PHRASES)
_NOT_REPORTED = _words(words.NOT_REPORTED_WORDS)


def _reports_on(text: str, y: YearMention, seg: "Segmenter") -> bool:
    """Whether ``y`` names the period of a report the sentence presents ("兹将98年7月至12月之重要施政…报告如下"), not
    one planned for ("现将2024年预算草案报告如下").

    >>> from policydoc.extract.years import extract_years; from policydoc.extract.patterns import Mask
    >>> from policydoc.core.sentences import Segmenter
    >>> text = "现将2025年1月至6月之主要工作报告如下：\\n到2027年，新建学校5所。"
    >>> present_year(text, extract_years(text, Mask(len(text))), Segmenter(text), None)
    2025
    """
    start, end = seg.sentence(y.span[0])
    return bool(_REPORTING.search(text, start, end)) and not _NOT_REPORTED.search(text, start, end)


def past_year_opens(text: str, y: YearMention, seg: Segmenter, present: Optional[int]) -> bool:
    """"2023年，全市新增…": a year no later than the present, alone in the clause that opens its sentence,
    in a sentence with no future word and no comparator of a commitment, states a past year's results."""
    if present is None or y.kind not in ("point", "range"):
        return False
    start, end = seg.sentence(y.span[0])
    year = clause_time(text, y, start)
    return (year is not None and year <= present and _comma_after(text, y)
            and not FUTURE.search(text, start, end) and not COMMITMENT.search(text, start, end))


def results_year_opens(text: str, y: YearMention, seg: Segmenter, plan_year: Optional[int]) -> bool:
    """"2023年全县粮食总产量达到158.7万吨，同比增长7.4%…" in a document planning 2024 (its title "2024年…工作要点",
    or a goal list "2024年…主要预期目标是："): the year before the plan year, opening its paragraph with or
    without a comma, reports that year's results; no future or commitment word in the sentence, and not
    "2023年是…" or a goal list of its own."""
    if plan_year is None or y.kind != "point" or y.year != plan_year - 1:
        return False
    start, end = seg.sentence(y.span[0])
    if clause_time(text, y, start) is None or text[y.span[1]: y.span[1] + 1] in ("是", "为", "度"):
        return False
    return not (FUTURE.search(text, start, end) or _GOAL_WORD.search(text, start, end))


_GOAL_WORD = lazy_regex(r"目标|计划|任务|预期")


def _latest_forward_year(text: str, years: list[YearMention], seg: Segmenter) -> int:
    """The latest year the document looks ahead to: a deadline ("到2025年", not "截至…") or a year
    stated as the time of a clause with a future word ("2024年，我局将…"); 0 for none."""
    ahead = 0
    for y in years:
        if y.year is None or is_baseline(text, y):
            continue
        if y.kind == "deadline" and not y.text.startswith("截"):
            ahead = max(ahead, y.year)
        elif y.kind == "point" and FUTURE.search(text, *seg.sentence(y.span[0])):
            ahead = max(ahead, y.year)
    return ahead


def _stated_fact(text: str, y: YearMention, year: int, start: int, end: int, ahead: int) -> bool:
    """"2022年，全县新增就业岗位1.8万个，登记失业率为3.9%": a year opening its sentence as its time
    (alone in its clause: not "2023年是…之年"),
    earlier than a year the document looks ahead to, with no comparator of a commitment (以上, 达到,
    不低于, 控制在 …) in the sentence, reports what happened that year."""
    return (year < ahead and y.span[0] - start <= OPENING_YEAR_REACH and _comma_after(text, y)
            and not COMMITMENT.search(text, start, end))


def _comma_after(text: str, y: YearMention) -> bool:
    """A comma right after the year ("2023年，…"): the year is the time of what follows."""
    return y.span[1] < len(text) and text[y.span[1]] in COMMAS


def _status_date(y: YearMention, latest: int) -> bool:
    """"截至2022年底，…" states the position at a date; it is the present when the document looks
    further ahead (a later year is named), not a deadline."""
    return y.kind == "deadline" and y.text.startswith("截") and y.year is not None and y.year < latest


def forward_time(text: str, y: YearMention, seg: Segmenter, present: Optional[int]) -> bool:
    """"2024年，我局将…": a year stated as the time of the clause that opens its sentence, in a sentence
    with a future word (将, 力争, 计划), later than the document's present, governs like "到2024年"."""
    if y.kind != "point" or y.year is None:
        return False
    start, end = seg.sentence(y.span[0])
    if clause_time(text, y, start) is None or not FUTURE.search(text, start, end):
        return False
    return present is None or y.year > present
