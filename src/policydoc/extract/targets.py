"""Targets: forward-looking quantitative commitments built from number mentions.

Every percentage and quantity is a candidate. Three ordered tables decide what
becomes of it, each of small named recognisers:

- ``FILTERS`` drop candidates that are not commitments (past achievements,
  names in quotes, ages, the "from" value of 由A提高到B …);
- ``COMPARATORS`` bind the value (first answer wins, default "=");
- ``YEAR_RULES`` give the deadline year (sentence, then paragraph, then a
  目标 section that opens with 到YYYY年).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable, Optional

import regex

from ..data import target_words as words
from ..data.units import AGE_UNITS, DURATION_AFTER, DURATION_BEFORE, RESPONSE_TIME_UNITS, TIME_UNITS
from ..models import PercentMention, QuantityMention, Target, YearMention
from ..core.sentences import CLAUSE_END, Segmenter
from .patterns import validated
from .indicator import find_indicator, tag, trim_lead, usable
from .._lazy import lazy_regex
from ..analysis.time import (
    CUMULATIVE, FUTURE, clause_time, forward_time, has_past_cue, is_baseline, present_year,
)


@dataclass
class Candidate:
    """A number that may be a target."""

    value: float
    value_max: Optional[float]
    unit: str
    span: tuple[int, int]
    text: str
    chinese: bool = False
    word_target: bool = False  # 零事故: a target by its very wording


class Intervals:
    """A union of ``[start, end)`` ranges answering "is p inside?" by bisection.

    >>> iv = Intervals([(5, 9), (0, 3), (2, 4)]); iv.holds(3), iv.holds(4), iv.holds(8)
    (True, False, True)
    """

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(ranges):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def holds(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


@dataclass
class Context:
    """What the recognisers read besides the candidate."""

    text: str
    seg: Segmenter
    years: list[YearMention]
    quotes: list[tuple[int, int]]
    history: list[tuple[int, int]]
    goals: list[tuple[int, int, int]]
    reference_year: Optional[int]
    section_id_at: Callable[[int], Optional[str]] = lambda pos: None
    section_span_at: Callable[[int], Optional[tuple[int, int]]] = lambda pos: None
    section_title_at: Callable[[int], str] = lambda pos: ""
    reports: list[tuple[int, int]] = field(default_factory=list)
    sentences_with_targets: set[int] = field(default_factory=set)
    last_indicator: dict[int, str] = field(default_factory=dict)
    sentence_targets: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    """(position, indicator) of the targets of each sentence so far."""
    last_binding: dict[int, tuple[Optional[str], Optional[str]]] = field(default_factory=dict)
    """(comparator, change) of the last target of each sentence: values listed after it share them."""
    present: Optional[int] = -1
    """The document's present when the caller computed it already (see :func:`present_year`); -1: compute it."""
    planned: list[tuple[int, int, str]] = field(default_factory=list)
    """Tables whose items are planned quantities by their header, with the header's action (``analysis.tables``)."""
    cue_required: bool = False
    """The document commits only where a sentence says so (a report to a legislature: ``analysis.reports_to_legislature``)."""

    def __post_init__(self) -> None:
        self.year_starts = [y.span[0] for y in self.years]
        self.quote_starts = [q[0] for q in self.quotes]
        self._history = Intervals(self.history)
        self._reports = Intervals(self.reports)
        self._planned = Intervals([(s, e) for s, e, _ in self.planned])
        self._goals = sorted(self.goals, key=lambda g: (g[0], -g[1]))
        self.present_year = (
            present_year(self.text, self.years, self.seg, self.reference_year) if self.present == -1 else self.present
        )
        self._report_paragraphs: dict[tuple[int, int], bool] = {}
        self.has_penalties = _PENALTY.search(self.text) is not None

    def full_sentence_start(self, pos: int) -> int:
        """Start of the sentence ended by 。！？ or a line break (a ；-part belongs to it)."""
        m = _FULL_STOP_BACK.search(self.text, 0, pos)
        return m.end() if m else 0

    def current_period_in(self, start: int, end: int) -> bool:
        """The latest five-year period ("“十四五”期间累计…") is a forward-looking time."""
        lo, hi = bisect_left(self.year_starts, start), bisect_left(self.year_starts, end)
        return any(y.kind == "period" and y.year == self.reference_year for y in self.years[lo:hi])

    def past_time_before(self, pos: int) -> bool:
        """A year at or before the document's present stated as the time of a clause before ``pos``
        in its sentence ("2023年，全县达标率为91.2%，优良率为46.8%")."""
        if self.present_year is None:
            return False
        start = self.full_sentence_start(pos)
        lo, hi = bisect_left(self.year_starts, start), bisect_left(self.year_starts, pos)
        for y in reversed(self.years[lo:hi]):
            if y.kind == "deadline" and not y.text.startswith("截"):
                return False  # "2023年…，到2026年…": the nearer deadline governs
            year = clause_time(self.text, y, self.seg.clause(y.span[0])[0])
            if year is not None:
                return year <= self.present_year
        return False

    def in_report_paragraph_with_past(self, pos: int) -> bool:
        if not self._reports.holds(pos):
            return False
        lo, hi = self.section_span_at(pos) or (0, len(self.text))
        nl = self.text.rfind("\n", lo, pos)
        start = lo if nl < 0 else nl + 1
        nl = self.text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        key = (start, end)
        if key not in self._report_paragraphs:
            self._report_paragraphs[key] = bool(
                has_past_cue(self.text, start, end) or CUMULATIVE.search(self.text, start, end)
                or self._past_time_in(start, end)
            )
        return self._report_paragraphs[key]

    def _past_time_in(self, start: int, end: int) -> bool:
        if self.present_year is None:
            return False
        lo, hi = bisect_left(self.year_starts, start), bisect_left(self.year_starts, end)
        for y in self.years[lo:hi]:
            year = clause_time(self.text, y, self.seg.clause(y.span[0])[0])
            if year is not None and year <= self.present_year:
                return True
        return False

    def planned_action(self, pos: int) -> str:
        """The header's action of the planned table holding ``pos``, else ""."""
        return next((action for s, e, action in self.planned if s <= pos < e), "")

    def in_history(self, pos: int) -> bool:
        return self._history.holds(pos)

    def goal_year(self, pos: int) -> Optional[int]:
        """The year of the innermost goal range holding ``pos`` (a goal list inside a 目标 section wins)."""
        found = None
        for s, e, year in self._goals:
            if s > pos:
                break
            if pos < e:
                found = year
        return found

    def in_dated_part(self, pos: int) -> bool:
        """Inside a part of the document that plans for one year (a section titled or opened with it, a goal
        list), narrower than the whole text (a one-year plan's title dates everything, its rules too)."""
        return any(s <= pos < e and (s, e) != (0, len(self.text)) for s, e, _ in self._goals)

    def lead(self, c: Candidate) -> str:
        """Clause text before the candidate."""
        return self.text[self.seg.clause(c.span[0])[0]: c.span[0]]

    def after(self, c: Candidate, size: int = 4) -> str:
        return self.text[c.span[1]: c.span[1] + size]


# --- filters: True drops the candidate --------------------------------------------------

_DURATION_BEFORE = lazy_regex("(?:" + "|".join(DURATION_BEFORE) + ")$")
_DURATION_AFTER = lazy_regex("|".join(DURATION_AFTER))


def _duration_or_age(c: Candidate, ctx: Context) -> bool:
    """Ages ("0—3岁", "60岁以上的老人") unless they are an indicator's value; durations by their
    context ("5年内", "今后15年", "用3年时间", "三年行动计划"), not by the unit: "平均受教育年限达到11.5年"
    is a target, and so is a response time ("在10秒内接听")."""
    unit = c.unit.lstrip("万亿")
    if unit in AGE_UNITS:
        return not _age_as_value(c, ctx)
    if unit not in TIME_UNITS or _time_limit(c, ctx):
        return False
    text = ctx.text
    return bool(_DURATION_AFTER.match(text, c.span[1]) or _DURATION_BEFORE.search(text[max(0, c.span[0] - 2): c.span[0]]))


_COMPARATOR_AT_END = lazy_regex(
    "(?:" + "|".join(regex.escape(w) for w, _ in (*words.BEFORE_COMPARATORS, *words.CHANGE_WORDS)) + ")$"
)
_AFTER_WORD = lazy_regex("(?:" + "|".join(w for w, _ in words.AFTER_COMPARATORS) + ")?")


def _age_as_value(c: Candidate, ctx: Context) -> bool:
    """An age is a target only as the value an indicator reaches: a comparator or change word right
    before it, and nothing after it but a comparator word and the clause end ("居民平均寿命提高到80.2岁";
    not "年满60岁", "达到60岁的老人", "3岁以下")."""
    lead = ctx.lead(c)
    if not lead or not _COMPARATOR_AT_END.search(lead):
        return False
    after = _AFTER_WORD.match(ctx.text, c.span[1])
    end = after.end() if after else c.span[1]
    return end >= len(ctx.text) or ctx.text[end] in CLAUSE_END


_WITHIN = regex.compile(r"(?:以|之)?内")


def _time_limit(c: Candidate, ctx: Context) -> Optional[str]:
    """A short time followed by 内 is a response-time limit ("在10秒内接听", "3分钟内派出",
    "1个工作日以内办结", "受理后15日内"): "<="; "5年内", "3个月内" stay time frames of the plan.
    A time counted back from an event ("在合同期满前3个月提出") is a limit too: its comparator word,
    else "="."""
    if c.unit in RESPONSE_TIME_UNITS and _WITHIN.match(ctx.text, c.span[1]):
        return "<="
    if c.unit in TIME_UNITS and _EVENT_BEFORE.search(ctx.text, max(0, c.span[0] - 8), c.span[0]):
        return _comparator_word(c, ctx) or "="
    return None


_EVENT_BEFORE = lazy_regex("(?:" + "|".join(words.EVENT_BEFORE_WORDS) + r")(?:之)?前(?:至少|不少于|不超过)?$")


_RATE_NOUN_AFTER = lazy_regex(
    rf"[^\W\d的]{{0,{words.RATE_NOUN_GAP}}}?(?:" + "|".join(words.RATE_NOUNS) + ")"
)


def _in_indicator_name(c: Candidate, ctx: Context) -> bool:
    """A quantity right before a rate noun names the indicator ("地铁站点800米覆盖率达到90%",
    "15分钟健身圈覆盖率"): the 100% is the value, the 500米 is not. A share "10%的比例" is a value."""
    return not c.word_target and bool(_RATE_NOUN_AFTER.match(ctx.text, c.span[1]))


def _inside_name(c: Candidate, ctx: Context) -> bool:
    """Numbers inside “…” or 《…》 are names and slogans ("“20条底线”", "“六个一百”"), except an amount
    opening a quote that a plan verb governs ("建成「50个社区书房」": the quote stresses what is planned; not a
    measure, "打造“10分钟生活圈”", which names a kind of place)."""
    i = bisect_right(ctx.quote_starts, c.span[0]) - 1
    if c.word_target or i < 0 or ctx.quotes[i][1] < c.span[1]:
        return False
    opening = ctx.quotes[i][0] + 1
    planned = (c.unit.lstrip("万千百") in words.COUNT_CLASSIFIERS and ctx.text[opening: c.span[0]].strip() == ""
               and ctx.text[max(0, opening - 7): opening - 1].endswith(words.QUOTED_PLAN_VERBS))
    return not planned


_FROM_TO = lazy_regex(r"(?:每年|年均)?(?:" + "|".join(words.FROM_TO) + ")")


def _from_value(c: Candidate, ctx: Context) -> bool:
    """The A of "由A提高到B": the starting point, not the commitment."""
    lead = ctx.lead(c)
    if not any(w in lead for w in words.FROM_WORDS):
        return False
    return bool(_FROM_TO.match(ctx.text, c.span[1]))



def _words(group: tuple[str, ...]) -> regex.Pattern[str]:
    """One pass for "any word of ``group`` in the range": ``search(text, start, end)`` without a slice."""
    return regex.compile("|".join(regex.escape(w) for w in group))


_PER_SHORT_PERIOD = lazy_regex(r"每(?:个)?(?:学期|学年|季度|年|月|周|天|日)")
"""A period of a year at most: "每五年修订一次" is a revision cycle of an instrument, not a work target."""
_RECURRING = regex.compile(r"每[\d一二两三四五六七八九十]*年|年均")
_PLAN_VERB = regex.compile("|".join(
    regex.escape(w) + ("(?!" + "|".join(words.PLAN_VERB_NOUNS[w]) + ")" if w in words.PLAN_VERB_NOUNS else "")
    for w in words.PLAN_VERBS
))
"""Plan verbs, not where one begins a noun ("控制单元")."""
_BOUND = _words(words.BOUND_WORDS)
_PLAN_VERB_AT_END = regex.compile("(?:" + "|".join(regex.escape(w) for w in words.PLAN_VERBS + words.DIRECT_VERBS) + ")$")
_FULL_STOP_BACK = regex.compile(r"[。！？!?\n]", regex.REVERSE)
def _in_history(c: Candidate, ctx: Context) -> bool:
    """Past achievements: history sections, past five-year periods, 已/累计/V了 statements (a total under a bound,
    "累计结余不超过月均支出的2倍", is a rule), a past year stated
    as the time of the statement, and paragraphs of report sections (实施进展) that hold such cues."""
    if ctx.in_history(c.span[0]):
        return True
    text = ctx.text
    clause = ctx.seg.clause(c.span[0])
    if has_past_cue(text, *clause) and not FUTURE.search(text, *clause):
        return True  # "已有5家企业签约，将新增…": the clause of the number reports, whatever the sentence plans
    start, end = ctx.seg.sentence(c.span[0])
    if FUTURE.search(text, start, end):
        return False
    if has_past_cue(text, start, end):
        return True
    if CUMULATIVE.search(text, start, end) and not (
        _RECURRING.search(text, start, end) or ctx.current_period_in(start, end) or _forward_deadline(c, ctx)
        or _BOUND.search(text, start, end)
    ):
        return True
    if ctx.past_time_before(c.span[0]):
        return True
    return ctx.in_report_paragraph_with_past(c.span[0])


def _chinese_without_cue(c: Candidate, ctx: Context) -> bool:
    """Chinese numerals are targets only right after a comparator or a planning verb ("举办一届"),
    and 一 with a vague counter never is ("打造一支队伍")."""
    if not c.chinese or c.word_target:
        return False
    lead = ctx.lead(c)
    if _time_limit(c, ctx):
        return False  # "在受理后七日内": a limit
    if c.value == 1 and c.unit in words.VAGUE_ONE and not ctx.after(c).startswith("以上"):
        return True
    if lead.endswith(_CN_CUES) or _scheduled(c, ctx, ctx.seg.clause(c.span[0])[0]):
        return False
    if _comparator_word(c, ctx) is not None and _PLAN_VERB_AT_END.search(lead):
        return False  # "每两年至少组织一次": a comparator, then the planned verb, then the count
    if c.text.startswith("百分之") and (_comparator_word(c, ctx) is not None or _SHARE_OF.search(lead)):
        return False  # "超过本人年收入百分之五十", "按照查实金额的百分之二": a threshold or rate of a whole
    return not ctx.after(c).startswith(_AFTER_WORDS)


_CN_CUES = (*words.DIRECT_VERBS, *(w for w, _ in words.BEFORE_COMPARATORS if len(w) > 1))
"""Words that cue a Chinese numeral right before it: a planning verb or a comparator of two characters or more."""
_AFTER_WORDS = tuple(w for w, _ in words.AFTER_COMPARATORS)


_SHARE_OF = lazy_regex("(?:" + "|".join(words.SHARE_OPENERS) + r")[^，。；,;]{1,20}的$")


def _no_plan_cue(c: Candidate, ctx: Context) -> bool:
    """A number counts only in a clause with a planning verb or comparator, or in a sentence that
    already holds a target (the list continues: "其中本科4.2万人,高职4.2万人"). 零X phrases are
    targets by their wording ("发生率为零")."""
    if c.word_target or ctx.seg.sentence(c.span[0])[0] in ctx.sentences_with_targets or ctx._planned.holds(c.span[0]):
        return False
    start, end = ctx.seg.clause(c.span[0])
    if _PLAN_VERB.search(ctx.text, start, end) or _scheduled(c, ctx, start):
        return False
    if c.unit not in TIME_UNITS and ctx.in_dated_part(c.span[0]):
        return False  # "二、2025年重点工作 … 新修农田2万亩": the part plans its amounts
    return all(rule(c, ctx) is None for rule in (_comparator_word, _after_word, _time_limit, _change))


def _scheduled(c: Candidate, ctx: Context, clause_start: int) -> bool:
    """"每月召开1次…", "每周评比一次": a count of events per period is a schedule."""
    return c.unit in words.FREQUENCY_UNITS and bool(_PER_SHORT_PERIOD.search(ctx.text, clause_start, c.span[0]))


_PENALTY = _words(words.PENALTY_WORDS)
_PENALTY_VERB = regex.compile(r"(?:处|并处|处以|罚)$")


def _penalty(c: Candidate, ctx: Context) -> bool:
    """Fines and other sanctions of regulations ("处二千元以上一万元以下罚款") are no targets."""
    if not ctx.has_penalties:
        return False  # most plans name no sanction: one literal scan instead of a clause per number
    start, end = ctx.seg.clause(c.span[0])
    if _PENALTY.search(ctx.text, c.span[1], end):
        return True
    return bool(_PENALTY_VERB.search(ctx.text, max(start, c.span[0] - 3), c.span[0]))


_INDICATOR_COUNT = lazy_regex(r"(?:主要|约束性|预期性|核心|监测|评估)?指标")


def _count_of_indicators(c: Candidate, ctx: Context) -> bool:
    """"18项主要指标", "2项指标完成难度较大": a count of the plan's own indicators, not an indicator."""
    return c.unit == "项" and bool(_INDICATOR_COUNT.match(ctx.text, c.span[1]))


_BOUND_THEN_NOUN = lazy_regex(r"(?:及以上|以上|及以下|以下)(?:[(（]含[)）])?的?(?=\p{Han})")
_CLASS_AFTER = lazy_regex(r"级")
_ATTRIBUTE_AT_END = lazy_regex("(?:" + "|".join(words.ATTRIBUTE_NOUNS) + r")\s*(?:在|为|达到?)?\s*$")


def _category(c: Candidate, ctx: Context) -> bool:
    """A bound qualifying a noun names a category, not an amount to reach: "额定功率20千瓦以下锅炉",
    "年吞吐量80万吨以上的码头", "日处理600吨以下的设施", "规模50人以下的企业", "两次以上检查不达标的商户",
    and a size class "3千吨级码头". A measure (吨, 千瓦, 元 …) bounded before a noun always is one; a count
    ("个", "家", "次") only where no verb plans it ("推动10个以上机构通过认定" counts institutions to reach);
    a share is never one ("80%以上的企业完成改造" is the share to reach)."""
    if c.word_target or c.unit in ("%", "个百分点") or _time_limit(c, ctx):
        return False
    if _CLASS_AFTER.match(ctx.text, c.span[1]):
        return True
    if not _BOUND_THEN_NOUN.match(ctx.text, c.span[1]):
        return False
    if c.unit.lstrip("万亿千百") not in words.COUNT_CLASSIFIERS:
        return not ctx.lead(c).endswith(words.AMOUNT_VERBS)  # "完成300公里以上管网铺设": the work's amount
    lead = ctx.lead(c).strip()
    return not lead or bool(_ATTRIBUTE_AT_END.search(lead))


_INCIDENT_AFTER = lazy_regex(
    rf"[^，,。；;！？\n]{{0,{words.INCIDENT_GAP}}}?(?:" + "|".join(words.INCIDENT_WORDS) + ")")
_INCIDENT_BEFORE = lazy_regex(
    "(?:" + "|".join(words.INCIDENT_WORDS) + ")(?:人数|数)?(?:达到?|为|在|超过|多于|少于|不足)?$")


def _incident_scale(c: Candidate, ctx: Context) -> bool:
    """How bad an incident is, by the people it harms or the loss it causes ("造成4人以上9人以下受伤",
    "直接经济损失5000万元以上"): the grading of an emergency plan, no target. Not a measure of such harm
    ("死亡人数下降10%": a share, its noun before it)."""
    if c.unit in ("%", "个百分点") or c.word_target:
        return False
    return bool(_INCIDENT_AFTER.match(ctx.text, c.span[1]) or _INCIDENT_BEFORE.search(ctx.lead(c)))


_PACE_VERB = _words(words.PACE_VERBS)
_RESULT_VERB = _words(words.RESULT_VERBS)


def _ongoing_works(c: Candidate, ctx: Context) -> bool:
    """A count of works a pace verb speeds up ("加快甲园、乙园等6个园区建设", "加快推进9个在建项目"): the works
    are under way, their number is no amount to reach; unless a result verb follows the pace verb in its comma-clause
    ("加快建成5个", "加快9个项目达产")."""
    if c.unit not in words.ITEM_COUNTERS:
        return False
    start, end = ctx.seg.clause(c.span[0])
    comma = max(ctx.text.rfind("，", start, c.span[0]), ctx.text.rfind(",", start, c.span[0]))
    pace = None
    for m in _PACE_VERB.finditer(ctx.text, max(start, comma + 1), c.span[0]):
        pace = m
    return pace is not None and not _RESULT_VERB.search(ctx.text, pace.end(), _comma_or(ctx.text, c.span[1], end))


def _comma_or(text: str, pos: int, end: int) -> int:
    """The first comma after ``pos`` before ``end``, else ``end``."""
    found = [i for i in (text.find("，", pos, end), text.find(",", pos, end)) if i >= 0]
    return min(found) if found else end


_OPEN_BRACKET_BEFORE = regex.compile(r"[（(][约近共计]?\s*$")
_CLOSE_BRACKET_AFTER = regex.compile(r"\s*[）)]")


def _bracketed_tally(c: Candidate, ctx: Context) -> bool:
    """A count standing alone in brackets after a name ("甲江流域（18个）", "重点项目(共12项)") tallies what a list
    names; it commits to nothing."""
    return bool(_OPEN_BRACKET_BEFORE.search(ctx.text, max(0, c.span[0] - 3), c.span[0])
                and _CLOSE_BRACKET_AFTER.match(ctx.text, c.span[1]))


_POLICY_ITEMS_AFTER = lazy_regex(
    rf"[^，,。；;！？\n\d]{{0,{words.POLICY_ITEM_GAP}}}?(?:" + "|".join(words.POLICY_ITEM_NOUNS) + ")")


def _policy_items(c: Candidate, ctx: Context) -> bool:
    """A count of the items of a policy ("落实稳就业18条措施", "承接下放的30项职权事项", "办好10件民生实事"): the
    entries of a list, no amount to reach."""
    return c.unit in ("条", "项", "件") and bool(_POLICY_ITEMS_AFTER.match(ctx.text, c.span[1]))


_SIZE_BEFORE = lazy_regex("(?:" + "|".join(words.SIZE_WORDS) + r")\s*$")
_NOUN_NEXT = regex.compile(r"(?:/\S{1,2})?\p{Han}")


def _size_of_kind(c: Candidate, ctx: Context) -> bool:
    """A measure sizing the thing named after it ("日产4500吨熟料生产线", "单机10兆瓦风机"): a kind of plant, no
    amount to reach (a capacity planned closes its clause: "新增年产20万吨")."""
    if c.unit.lstrip("万亿千百") in words.COUNT_CLASSIFIERS or c.unit in ("%", "个百分点"):
        return False
    return bool(_SIZE_BEFORE.search(ctx.text, max(0, c.span[0] - 4), c.span[0]) and _NOUN_NEXT.match(ctx.text, c.span[1]))


_CAP_BEFORE = lazy_regex("(?:" + "|".join(words.CAP_WORDS) + r")(?:可达|可以达到|达到|为)?\s*$")


def _cap(c: Candidate, ctx: Context) -> bool:
    """"就能获得最高3500万元的融资保证", "费率仅要0.1%": the cap of a benefit or a price, no amount to reach."""
    return bool(_CAP_BEFORE.search(ctx.text, max(0, c.span[0] - 8), c.span[0]))


_SCHEDULE_BEFORE = lazy_regex(r"(?:每(?:天|日|\d{1,2}天)|[天日]各)(?:[^，,。；;\d]{0,8}?)$")
_SCHEDULE_UNITS = frozenset(("次", "轮", "遍"))


def _schedule(c: Candidate, ctx: Context) -> bool:
    """"每天开展一次核酸检测", "第3、7天各开展一次": one or two rounds of a daily routine (tests, checks), no
    bound ("至少") before them — a procedure's schedule, not an amount to reach. Meetings and drills per
    month or term stay targets ("每月召开1次安全例会"), as do bounds ("每天至少巡查1次").

    >>> from policydoc import parse_text
    >>> [t.value for t in parse_text("一、要求\\n到2025年，每天开展一次检测，每天至少巡查1次。").targets]
    [1.0]
    """
    if c.unit not in _SCHEDULE_UNITS or c.value > 2:
        return False
    m = _SCHEDULE_BEFORE.search(ctx.text, max(0, c.span[0] - 16), c.span[0])
    return m is not None and _SCHEDULE_BOUND.search(m.group()) is None


_SCHEDULE_BOUND = regex.compile(r"至少|不少于|不低于|最少")


def _anniversary(c: Candidate, ctx: Context) -> bool:
    """"建党100周年", "建区30周年": an anniversary names an occasion."""
    return c.unit == "周" and ctx.text.startswith("年", c.span[1])


_CONDITION_AFTER = lazy_regex(
    r"(?:及以上|以上|及以下|以下|以内)(?:[\d.]+[^\W\d]{0,3}(?:及以上|以上|及以下|以下|以内))?的(?=[，,；;。\n]|$)")


def _condition(c: Candidate, ctx: Context) -> bool:
    """A bound closing its clause with 的 states a condition ("转移人员1万人以上的，…", "损失500万元以上1000万元以下的；"):
    who or what a rule applies to, not an amount to reach."""
    return bool(_CONDITION_AFTER.match(ctx.text, c.span[1]))


_PERMISSION_BEFORE = lazy_regex(
    "(?:" + "|".join(words.PERMISSION_WORDS) + ")(?:适当)?(?:"
    + "|".join(regex.escape(w) for w, _ in (*words.BEFORE_COMPARATORS, *words.CHANGE_WORDS)) + ")$"
)
_ELIGIBLE_AFTER = lazy_regex(r"(?:及以上|以上|及以下|以下|以内)(?:的)?(?:者|(?:" + "|".join(words.PERMISSION_WORDS) + "))")


def _permission(c: Candidate, ctx: Context) -> bool:
    """A permission or an eligibility threshold, not a commitment: "条件较好的地区可放宽至85%", "月收入在3000元以下
    可申请补助", "每月乘车20次以上者"."""
    if _ELIGIBLE_AFTER.match(ctx.text, c.span[1]):
        return True
    return bool(_PERMISSION_BEFORE.search(ctx.lead(c)))


_RANK_WORD = _words(words.RANK_WORDS)


def _rank(c: Candidate, ctx: Context) -> bool:
    """Places in a ranking: "进入全省前三名", "力争排名前10位", "位次前移3位" (and 第N位, which is never a quantity);
    a top share ("能效达到行业前10%的水平"); a grade or class ("一级", "3级标准") unless a change word moves it."""
    before = ctx.text[max(0, c.span[0] - 2): c.span[0]]
    if c.unit == "%":
        return before.endswith("前") and not before.endswith("提前")
    if c.unit in words.GRADE_UNITS:
        return _grade(c, ctx)
    if c.unit not in words.RANK_UNITS:
        return False
    if before[-1:] in ("前", "第"):
        return True
    return bool(_RANK_WORD.search(ctx.text, ctx.seg.clause(c.span[0])[0], c.span[0]))


_GRADE_LEAD = lazy_regex("(?:" + "|".join(words.GRADE_CONTEXT) + r")$|\d\s*级[^，,。；;]*$")
_GRADE_AFTER = lazy_regex(r"(?:[(（][^)）]{0,8}[)）])?(?:" + "|".join(words.GRADE_CONTEXT) + ")")


def _grade(c: Candidate, ctx: Context) -> bool:
    """A grade of a scale ("能效标准1级", "1级、2级", "3级响应"), not a count of levels ("建成9级晋升阶梯")."""
    lead = ctx.lead(c)
    return bool(_GRADE_LEAD.search(lead) or _GRADE_AFTER.match(ctx.text, c.span[1] + 1))


_FORMULA_BEFORE = regex.compile(r"[*×÷/=＝]\s*$")


def _formula(c: Candidate, ctx: Context) -> bool:
    """A number inside a formula ("覆盖率=签约人数/常住人口数×100%") defines, it commits to nothing."""
    return bool(_FORMULA_BEFORE.search(ctx.text, max(0, c.span[0] - 2), c.span[0]))


_FORECAST = _words(words.FORECAST_WORDS)
_FORECAST_NOT_SUBJECT = regex.compile(
    r"\s|\d+\s*年度?(?:底|末)?|[今明后全]年(?:度)?|年内|将|可|能|会|"
    + "|".join(regex.escape(w) for w, _ in words.BEFORE_COMPARATORS)
)


def _forecast(c: Candidate, ctx: Context) -> bool:
    """A forecast ("预计今年高校毕业生超过1200万人") is no commitment, unless the forecast is of planned work
    ("预计新增装机2GW", "预计投入8亿元": a plan verb or change word between the forecast word and the number)."""
    start = ctx.seg.sentence(c.span[0])[0]
    found = None
    for m in _FORECAST.finditer(ctx.text, start, c.span[0]):
        found = m
    if found is None:
        return False
    between = (found.end(), c.span[0])
    if _PLAN_VERB.search(ctx.text, *between) or _CHANGE_NEAR.search(ctx.text, *between):
        return False
    # what is forecast is named after the forecast word ("预计今年全市新生儿超过…"); "指标预计2027年达到95%"
    # names it before: a planned level, dated
    subject = _FORECAST_NOT_SUBJECT.sub("", ctx.text[between[0]: between[1]])
    return sum(1 for ch in subject if "\u4e00" <= ch <= "\u9fff") >= 2


_REPORT_CUE = _words(words.REPORT_FORWARD_CUES)


def _report_without_cue(c: Candidate, ctx: Context) -> bool:
    """In a report that commits only where it says so, a number in a sentence with no forward or funding word
    and no year after the present tells what was done or is under way ("实际进度63%", "浏览量达1亿次")."""
    if not ctx.cue_required or c.word_target:
        return False
    start, end = ctx.seg.sentence(c.span[0])
    if _REPORT_CUE.search(ctx.text, start, end):
        return False
    lo, hi = bisect_left(ctx.year_starts, start), bisect_left(ctx.year_starts, end)
    present = ctx.present_year
    return not any(present is not None and (y.year_end or y.year or 0) > present and not is_baseline(ctx.text, y)
                   for y in ctx.years[lo:hi])


Filter = Callable[[Candidate, Context], bool]
FILTERS: tuple[tuple[str, Filter], ...] = (
    ("duration_or_age", _duration_or_age),
    ("inside_name", _inside_name),
    ("in_indicator_name", _in_indicator_name),
    ("penalty", _penalty),
    ("count_of_indicators", _count_of_indicators),
    ("rank", _rank),
    ("category", _category),
    ("formula", _formula),
    ("forecast", _forecast),
    ("permission", _permission),
    ("incident_scale", _incident_scale),
    ("ongoing_works", _ongoing_works),
    ("anniversary", _anniversary),
    ("cap", _cap),
    ("schedule", _schedule),
    ("size_of_kind", _size_of_kind),
    ("policy_items", _policy_items),
    ("bracketed_tally", _bracketed_tally),
    ("condition", _condition),
    ("from_value", _from_value),
    ("in_history", _in_history),
    ("report_without_cue", _report_without_cue),
    ("chinese_without_cue", _chinese_without_cue),
    ("no_plan_cue", _no_plan_cue),
)


# --- comparators: the first non-None answer wins ---------------------------------------

def _range(c: Candidate, ctx: Context) -> Optional[str]:
    return "range" if c.value_max is not None else None


def _after_word(c: Candidate, ctx: Context) -> Optional[str]:
    if c.text.endswith("左右"):
        return "~"
    follow = ctx.after(c)
    return next((cmp for w, cmp in words.AFTER_COMPARATORS if follow.startswith(w)), None)




def _from_to(c: Candidate, ctx: Context) -> Optional[str]:
    """"由每年600万元提高到每年1000万元", "毛入学率由90%提高到95%": the level planned, "="."""
    lead = ctx.lead(c)
    return "=" if any(w in lead for w in words.FROM_WORDS) and _FROM_TO.search(lead) else None


_GAP = "(?:" + "|".join(words.CHANGE_GAP) + ")?"
_CHANGE_AT_END = regex.compile("(?P<word>" + "|".join(w for w, _ in words.CHANGE_WORDS) + f"){_GAP}$")
"""At most one change word can end the lead (none is a suffix of another or of a gap word)."""
_CHANGE_CMP = dict(words.CHANGE_WORDS)
_CHANGE_NEAR = _words(tuple(w for w, _ in words.CHANGE_WORDS))


def _change(c: Candidate, ctx: Context) -> Optional[str]:
    """新增/增长/降低 directly before the number: a change, not a level. A compound construction verb
    holding a change word ("改造提升城区主干道35公里") is none."""
    lead = _NOT_CHANGE.sub(lambda m: "□" * len(m.group()), ctx.lead(c))
    at_end = _CHANGE_AT_END.search(lead)
    if at_end:
        word = at_end.group("word")
        measured = c.unit in ("%", "个百分点") or word == "新增" or not _noun_follows(c, ctx)
        return _CHANGE_CMP[word] if measured else None
    opening = _CHANGE_OPENS.match(lead)
    if opening and not _noun_follows(c, ctx) and not _LEVEL_WORD.search(lead, opening.end()) and "、" not in lead:
        return _CHANGE_CMP[opening.group("word")]  # "新增危险废物利用处置能力5万吨/年": the clause opens with it
    if not _CHANGE_NEAR.search(lead, max(0, len(lead) - 8)):
        return None  # the loop below only answers for a change word in the last 8 characters
    for word, cmp in words.CHANGE_WORDS:
        rest = lead[lead.rfind(word) + len(word):] if word in lead[-8:] else "、"
        if rest[:1] not in ("到", "至", "、") and "、" not in rest and not _noun_follows(c, ctx):
            return cmp  # "新增学位1.2万个": the change word, then what changes, then the amount
    return None


_NOT_CHANGE = regex.compile("|".join(words.NOT_CHANGE_WORDS))
_CHANGE_OPENS = regex.compile(
    r"\s*(?:" + "|".join(words.SCOPE_OPENERS) + ")?(?P<word>" + "|".join(w for w, _ in words.CHANGE_WORDS) + ")"
)
_LEVEL_WORD = _words(tuple(w for w, _ in words.BEFORE_COMPARATORS if len(w) > 1) + words.FROM_TO + ("到", "至"))
"""A comparator after an opening change word makes the number a level ("提高学前教育毛入园率达到90%" is no change)."""


def _noun_follows(c: Candidate, ctx: Context) -> bool:
    """Something other than the clause end follows the number: what it counts (not another value of the same
    thing, "增长10倍达300亿元")."""
    nxt = ctx.after(c, 1)
    return bool(nxt) and nxt not in CLAUSE_END + "、" and not _ANOTHER_VALUE.match(ctx.text, c.span[1])


_ANOTHER_VALUE = regex.compile(r"(?:达到|达|到|至)\s*\d")


def _comparator_word(c: Candidate, ctx: Context, bound: Optional[bool] = None) -> Optional[str]:
    """达到/不少于/超过/控制在… before the number, at most a few characters away, or further when a
    "…的" noun phrase names the whole the share is taken of ("不低于符合条件教师总数的10%").
    ``bound`` True looks for bounds only (不少于 ">=", 控制在 "<="), False for levels only (达到 "=")."""
    lead = ctx.lead(c)
    whole = (lead.endswith("的") and c.unit in ("%", "个百分点", "倍")) or c.text.startswith("百分之")
    lead = lead[-24:] if whole else lead[-12:]  # "超过申请人上年度个人纯收入百分之四十": a share of a named whole
    if _ANY_BEFORE_COMPARATOR.search(lead) is None:
        return None  # no comparator word in the lead at all: one scan instead of one per word
    for word, cmp in words.BEFORE_COMPARATORS:
        if bound is not None and (cmp != "=") != bound:
            continue
        at = lead.rfind(word)
        if at >= 0 and (lead.endswith(word) or (len(word) > 1 and "、" not in lead[at:])):
            return cmp
    return None


def _bound_word(c: Candidate, ctx: Context) -> Optional[str]:
    """A bound before the number (不低于, 至少, 超过, 不超过, 控制在, 低于, 约): it wins over a change word."""
    return _comparator_word(c, ctx, bound=True)


def _level_word(c: Candidate, ctx: Context) -> Optional[str]:
    """A level before the number (达到, 提高到, 降至, 保持在): "="."""
    return _comparator_word(c, ctx, bound=False)


def direction(c: Candidate, ctx: Context) -> Optional[str]:
    """The ``change`` of a target: the direction of the change word binding the number ("增长5%以上",
    "下降15%") or of a level word ("提高到95%", "降至10%"); None for none (and for 新增, a count of new
    things)."""
    change = _change(c, ctx)
    if change in ("increase", "decrease"):
        return change
    lead = ctx.lead(c)[-12:]
    for word, way in words.LEVEL_DIRECTIONS:
        at = lead.rfind(word)
        if at >= 0 and (lead.endswith(word) or "、" not in lead[at:]):
            return way
    return None


_ANY_BEFORE_COMPARATOR = regex.compile("|".join(regex.escape(w) for w, _ in words.BEFORE_COMPARATORS))
"""Some word of ``BEFORE_COMPARATORS`` occurs (an alternation finds one wherever any occurs)."""
_MORE_THAN = regex.compile(r"\d[余多]")


def _approximate(c: Candidate, ctx: Context) -> Optional[str]:
    """A bound written into the number: "约16万公里" "~", "1000余家" ">"."""
    if c.text[:1] in "约近":
        return "~"
    return ">" if _MORE_THAN.search(c.text) else None


Comparator = Callable[[Candidate, Context], Optional[str]]
COMPARATORS: tuple[tuple[str, Comparator], ...] = (
    ("range", _range),
    ("time_limit", _time_limit),
    ("after_word", _after_word),
    ("bound_word", _bound_word),
    ("approximate", _approximate),
    ("change", _change),
    ("from_to", _from_to),
    ("level_word", _level_word),
)
"""SPEC's order: a bound (以上, 不低于, 左右, A—B, a time limit) wins over a change word; a change word with no
bound is the comparator ("下降15%" "decrease"); levels and planned amounts are "=" (the default)."""


# --- years: the first non-None answer wins --------------------------------------------

_FRAME_AFTER = regex.compile(r"[”\s]*(?:期间|时期|内|间|[，,])")


def _frames(y: YearMention, ctx: Context) -> bool:
    """A span of years or a period stated as the time of its clause ("2024—2025年，…", "“十四五”期间…"), not a
    name it qualifies ("完成“十四五”示范点建设")."""
    if _FRAME_AFTER.match(ctx.text, y.span[1]):
        return True
    return y.kind == "range" and clause_time(ctx.text, y, ctx.seg.clause(y.span[0])[0]) is not None


NO_YEAR = 0
"""A year rule's answer "no year, and stop": the target's own sentence counts it over a period."""
_PERIOD_END = regex.compile(r"[”\s]*(?:期?末|最后一年)")


def _year_in_sentence(c: Candidate, ctx: Context) -> Optional[int]:
    """The nearest deadline or year before the number in its own sentence (not a base: 比2020年,
    在2023年基础上), else a deadline after it in the sentence ("A年均增长8%左右，到2025年，B达到…"). A span of
    years or a five-year period nearest before it ("2024—2025年，…", "“十四五”期间…") counts the target over
    that period: no year (SPEC), unless it names the period's end ("“十四五”末" is its last year)."""
    start, end = ctx.seg.sentence(c.span[0])
    lo, hi = bisect_left(ctx.year_starts, start), bisect_left(ctx.year_starts, c.span[0])
    for y in reversed(ctx.years[lo:hi]):
        if y.kind in ("range", "period") and not is_baseline(ctx.text, y):
            if y.kind == "period" and _PERIOD_END.match(ctx.text, y.span[1]):
                return y.year_end
            if _frames(y, ctx):
                return NO_YEAR
            continue
        if y.kind in ("deadline", "point") and not is_baseline(ctx.text, y):
            return y.year
    for y in ctx.years[hi: bisect_left(ctx.year_starts, end)]:
        if y.kind == "deadline" and not y.text.startswith("截") and not is_baseline(ctx.text, y):
            return y.year
    return None


def _year_in_paragraph(c: Candidate, ctx: Context) -> Optional[int]:
    """A sentence-initial "到2025年，" earlier in the paragraph governs what follows it (after a label too:
    "…的主要目标：到2025年，…"), and so does the end of a period ("至“十五五”末，…": its last year)."""
    para_start = ctx.text.rfind("\n", 0, c.span[0]) + 1
    lo, hi = bisect_left(ctx.year_starts, para_start), bisect_left(ctx.year_starts, c.span[0])
    section = ctx.section_id_at(c.span[0])
    for y in reversed(ctx.years[lo:hi]):
        if (y.kind == "deadline" and _opens_sentence(y, ctx) and not is_baseline(ctx.text, y)) or _forward_time(y, ctx):
            return y.year if ctx.section_id_at(y.span[0]) == section else None
        if y.kind == "period" and _PERIOD_END.match(ctx.text, y.span[1]) and _opens_sentence(y, ctx):
            return y.year_end if ctx.section_id_at(y.span[0]) == section else None  # "至“十五五”末，…"
    return None


_LABEL_END = regex.compile(r"[:：]\s*$")


def _opens_sentence(y: YearMention, ctx: Context) -> bool:
    """A deadline opening its sentence, or the clause after a label ("人民生活的主要目标：到2025年，…")."""
    sentence, clause = ctx.seg.sentence(y.span[0])[0], ctx.seg.clause(y.span[0])[0]
    return sentence == clause or bool(_LABEL_END.search(ctx.text, sentence, clause))


def _forward_time(y: YearMention, ctx: Context) -> bool:
    return forward_time(ctx.text, y, ctx.seg, ctx.present_year)


def _forward_deadline(c: Candidate, ctx: Context) -> bool:
    """The list a sentence-initial "到2025年，" opens governs the number: totals in it ("累计完成投资120亿元")
    are planned, not reported. A status date ("截至2022年底，") opens no such list."""
    year = _year_in_paragraph(c, ctx)
    if year is None or (ctx.present_year is not None and year <= ctx.present_year):
        return False
    para_start = ctx.text.rfind("\n", 0, c.span[0]) + 1
    lo, hi = bisect_left(ctx.year_starts, para_start), bisect_left(ctx.year_starts, c.span[0])
    return not any(y.text.startswith("截") for y in ctx.years[lo:hi] if y.year == year)


def _year_of_goal_section(c: Candidate, ctx: Context) -> Optional[int]:
    """Targets of a 目标 section that opens with "到2025年" share that year."""
    return ctx.goal_year(c.span[0])


YearRule = Callable[[Candidate, Context], Optional[int]]
YEAR_RULES: tuple[tuple[str, YearRule], ...] = (
    ("sentence", _year_in_sentence),
    ("paragraph", _year_in_paragraph),
    ("goal_section", _year_of_goal_section),
)


def _first(rules: tuple[tuple[str, Callable[[Candidate, Context], object]], ...], c: Candidate, ctx: Context) -> object:
    return _first_named(rules, c, ctx)[1]


def _first_named(
    rules: tuple[tuple[str, Callable[[Candidate, Context], object]], ...], c: Candidate, ctx: Context
) -> tuple[Optional[str], object]:
    """(name of the first rule that answers, its answer); (None, None) when none does."""
    for name, rule in rules:
        answer = rule(c, ctx)
        if answer is not None:
            return name, answer
    return None, None


_RESPECTIVELY = regex.compile("分别")
_LIST_SEP = regex.compile(r"[、和及与]|以及")
_VALUE_SEP = regex.compile(r"[、，,]|和|及")
_BASE_AT_END = regex.compile(r"(?:比|较|与)(?=\d|上年|去年|同期|基期|上一|“?十)[^、，,]{0,12}(?:相比)?$")
_RESPECTIVE_WORD = regex.compile(
    "(?:" + "|".join(regex.escape(w) for w, _ in (*words.BEFORE_COMPARATORS, *words.CHANGE_WORDS)) + ")")


def _respective(c: Candidate, ctx: Context) -> str:
    """"A、B和C分别降低5%、7%、6%": the i-th value after 分别 measures the i-th thing listed before it (the
    change word after 分别 stays with it); the values may run on past a comma ("分别下降3%，4%，5%"); "" when
    the list and the values do not pair up."""
    sentence_start, sentence_end = ctx.seg.sentence(c.span[0])
    at = None
    for m in _RESPECTIVELY.finditer(ctx.text, sentence_start, c.span[0]):
        at = m
    if at is None:
        return ""
    clause_start = ctx.seg.clause(at.start())[0]
    subject = _BASE_AT_END.sub("", ctx.text[clause_start: at.start()])
    things = [t for t in _LIST_SEP.split(subject) if t.strip()]
    pieces = _VALUE_SEP.split(ctx.text[at.end(): sentence_end])
    values = 0
    for piece in pieces:
        if len(piece) > MAX_VALUE_PIECE or not _DIGIT.search(piece):
            break
        values += 1
    index = len(_VALUE_SEP.findall(ctx.text, at.end(), c.span[0]))
    if len(things) < 2 or len(things) != values or index >= len(things):
        return ""
    word = _RESPECTIVE_WORD.search(ctx.text, at.end(), c.span[0])
    change = word.group() if word and word.group() in dict(words.CHANGE_WORDS) else ""
    share_of = things[0].find("占")
    if share_of > 0:  # "A占B、C比重": every whole shares "A占" and what the last adds after its whole
        whole = things[0][share_of + 1:].strip()
        last = things[-1].strip()
        tail = last[len(whole):] if len(last) > len(whole) else ""
        own = things[index].strip()
        thing = (things[0][: share_of + 1] if index > 0 else "") + own + (tail if index < len(things) - 1 else "")
    else:
        thing = things[index].strip() + (_shared_tail(things[0], things[-1]) if index < len(things) - 1 else "")
    return (trim_lead(thing) or thing) + change


MAX_VALUE_PIECE = 16
"""A piece between separators after 分别 longer than this is no listed value but the sentence going on."""
_DIGIT = regex.compile(r"\d")


def _shared_tail(first: str, last: str) -> str:
    """What the last item of a list adds after the thing it names, shared by every item: "城区水厂、乡镇水厂
    出水合格率" -> "出水合格率" (after the first item's head: its last word, else its last two characters);
    after a one-word first item, after as many words ("公路、航道通行量" -> "通行量")."""
    first, last = first.strip(), last.strip()
    if len(last) <= len(first):
        return ""
    words_ = [w for w, _ in tag(first)]
    for head in (words_[-1] if words_ and len(words_[-1]) > 1 else "", first[-2:]):
        at = last.find(head) if head else -1
        if at >= 0:
            return last[at + len(head):]
    if len(words_) == 1:
        return "".join(w for w, _ in tag(last)[1:])
    return ""


_LEADING_RULES = frozenset({"bound_word", "change", None})
"""Comparator rules whose word stands before the number and so before a list of values."""
_FUNDING_END = lazy_regex(
    "(?P<verb>" + "|".join(words.FUNDING_VERBS) + r")\s*(?:" + "|".join(words.CURRENCY_WORDS) + r")?\s*$")
_NAME_AFTER = lazy_regex(r"[^。；;！？\n]{0,16}?[「“《]([^」”》\n]{2,30})[」”》]")
_PURPOSE_AFTER = lazy_regex(
    r"\s*(?:预算|经费|资金)?\s*[，,]?\s*(?:" + "|".join(words.PURPOSE_VERBS) + r")([^，,。；;\n]{2,24})")
_PURPOSE_BEFORE = lazy_regex(r"(?:^|[。；;！？\n])\s*为了?(?:持续|进一步|加快|加速|全面)?(?:" + "|".join(words.PURPOSE_VERBS)
                             + r")?([^，,。；;\n]{2,20})[，,]")


def _funded(c: Candidate, ctx: Context) -> str:
    """What an amount funds, when the words before it are only who funds and when ("政府今年将投入15亿元"):
    the programme named after it ("…，推动「某某计划」" -> 某某计划投入经费), else what it is spent on right
    after it ("…，用于社区养老设施建设"), else the purpose the sentence opens with ("为推动节能改造，…编列8亿元"
    -> 节能改造预算); "" when the lead names something itself or funds nothing."""
    clause_start = ctx.seg.clause(c.span[0])[0]
    funding = _FUNDING_END.search(ctx.text, clause_start, c.span[0])
    if funding is None or usable(trim_lead(ctx.text[clause_start: funding.start()])):
        return ""
    suffix = "投入经费" if funding.group("verb") in ("投入", "投资") else "预算"
    sentence_start, sentence_end = ctx.seg.sentence(c.span[0])
    for pattern, at in ((_NAME_AFTER, c.span[1]), (_PURPOSE_AFTER, c.span[1])):
        m = pattern.match(ctx.text, at, sentence_end)
        if m and usable(m.group(1)):
            return trim_lead(m.group(1)) + suffix
    before = None
    for m in _PURPOSE_BEFORE.finditer(ctx.text, max(0, sentence_start - 1), c.span[0]):
        before = m
    if before and usable(trim_lead(before.group(1))):
        return trim_lead(before.group(1)) + suffix
    return ""


_EVERY_YEAR = regex.compile(r"每年(?!度)")


def _counted_over(c: Candidate, ctx: Context, year: Optional[int], indicator: str) -> str:
    """The stretch of time an amount is counted over, as a note to what is measured: "（每年）" for an amount a
    year ("每年新增就业2万人"), the span of years of a target that has no deadline year ("2024—2025年，…节能量约
    500万吨" -> "（2024—2025年）"); "" for none."""
    if "每年" in indicator or "（" in indicator:
        return ""
    if _EVERY_YEAR.search(ctx.lead(c)) and c.unit not in ("%", "个百分点"):
        return "（每年）"  # not a yearly rate ("每年降低2个百分点"): the change says it
    if year is not None:
        return ""
    start = ctx.seg.sentence(c.span[0])[0]
    lo, hi = bisect_left(ctx.year_starts, start), bisect_left(ctx.year_starts, c.span[0])
    spans = [y for y in ctx.years[lo:hi] if y.kind == "range" and y.year and y.year_end]
    return f"（{spans[-1].year}—{spans[-1].year_end}年）" if spans else ""


def _named_before(indicator: str, c: Candidate, ctx: Context) -> str:
    """The clause before the number's own names the same work more fully ("推进老旧小区加装电梯，全年加装电梯200台"
    -> 老旧小区加装电梯): it ends with the indicator and says more."""
    start = ctx.seg.clause(c.span[0])[0]
    if not indicator or start <= 0 or ctx.text[start - 1] not in "，,":
        return indicator
    before = ctx.text[ctx.seg.clause(start - 1)[0]: start - 1].strip()
    core = _SCOPE_OPENING.sub("", indicator)  # "全年加装电梯": the work is 加装电梯
    if len(core) < 2 or not before.endswith(core) or len(before) <= len(core):
        return indicator
    fuller = trim_lead(before)
    return fuller if fuller.endswith(core) and len(fuller) > len(core) else indicator


_SCOPE_OPENING = regex.compile(r"^(?:全年|年内|今年|全市|全省|全区|全县)")


def _subject_before(c: Candidate, ctx: Context) -> str:
    """The clause before the number's own, when that one holds only times and comparators and the one before
    names a measure ("道路修复率，预计2027年达到95%")."""
    start = ctx.seg.clause(c.span[0])[0]
    if start <= 0 or ctx.text[start - 1] not in "，,":
        return ""
    if usable(trim_lead(ctx.text[start: c.span[0]])):
        return ""
    before = _STATED_VALUE.sub("", ctx.text[ctx.seg.clause(start - 1)[0]: start - 1])  # "…修复率为85%"
    before = trim_lead(before)
    return before if usable(before) and _RATE_END.search(before) else ""


_STATED_VALUE = regex.compile(r"(?:为|是|达到?|约)?\s*[\d.,]+\s*[^\d\s，,。]{0,3}$")
_RATE_END = regex.compile(r"(?:率|比例|比重|占比|指数|水平|系数)$")
_CHANGE_PHRASE_END = regex.compile(
    r"(?:年均|每年|同比)?(?:" + "|".join(w for w, _ in words.CHANGE_WORDS) + r")\s*$")
_AMONG = regex.compile(r"其中")
_BESIDES = regex.compile(r"另|此外|同时")


def _parent(c: Candidate, ctx: Context, sentence: int) -> str:
    """The whole a part is counted out of: "安排项目180项，其中新开工20项" - the indicator of the target before 其中
    in the sentence, for every target after it there."""
    among = None
    for m in _AMONG.finditer(ctx.text, sentence, c.span[0]):
        among = m
    if among is None or _BESIDES.search(ctx.text, among.end(), c.span[0]):
        return ""  # "其中A，另安排B": B is no part of the whole
    whole = [t for t in ctx.sentence_targets.get(sentence, []) if t[0] < among.start()]
    return whole[-1][1] if whole else ""


def _part_of(parent: str, lead: str, own: str) -> str:
    """A part's indicator: the whole's, then what this part is ("重大项目" + "新开工" -> 重大项目新开工)."""
    part = _LEAD_PART.sub("", lead).strip()
    part = trim_lead(part) or part
    if not part or part in parent:
        return parent  # "关停机组30万千瓦，其中2026年关停12万千瓦": the part is the whole's kind
    return parent + part


_LEAD_PART = regex.compile(r"^[\s，,]*其中|[\s，,]")


def _shares_list_head(indicator: str, previous: str) -> str:
    """A later item of a list shares what opens the first one: its making verb ("新建绿地…、绿道…" -> 新建绿道),
    or the subject before the first item's verb when this one starts with its own verb ("钢铁行业改造形成节能量…、
    减排二氧化碳…" -> 钢铁行业改造减排二氧化碳)."""
    own, first = tag(indicator), tag(previous)
    if not own or not first:
        return indicator
    if first[0][0] in words.INDICATOR_VERBS and own[0][0] not in words.INDICATOR_VERBS and own[0][1][:1] != "v":
        return first[0][0] + indicator
    if own[0][1][:1] == "v" and own[0][0] not in words.INDICATOR_VERBS:
        verbs = [i for i, (w, f) in enumerate(first) if f[:1] == "v" and i > 0]
        if verbs and len(first) - verbs[-1] <= 3:
            subject = "".join(w for w, _ in first[: verbs[-1]])
            if usable(subject) and not indicator.startswith(subject):
                return subject + indicator
    return indicator


_GENERIC_MEASURE = lazy_regex(r"^(?:合计|共计|总计|累计)?(?P<m>(?:年|总|年总)?(?:" + "|".join(words.GENERIC_MEASURES) + "))$")
_TOPIC_VERBS = lazy_regex(r"^(?:" + "|".join(words.TOPIC_OPENERS) + ")+")


def _whose_measure(indicator: str, previous: Optional[str], section_title: str) -> str:
    """A generic measure says whose it is ("合计产能", "年产值"): the thing of the target before it in the sentence
    ("关停退出小煤矿，合计产能…" -> 关停退出小煤矿产能), else the topic of its section ("发展生物医药产业" …
    "年产值" -> 生物医药产业年产值)."""
    m = _GENERIC_MEASURE.match(indicator)
    if not m:
        return indicator
    owner = previous if previous and not _GENERIC_MEASURE.match(previous) else _TOPIC_VERBS.sub("", section_title)
    owner = trim_lead(_OWNERS_MEASURE.sub("", owner)) if owner else ""  # "签约服务覆盖率" owns "满意度" as 签约服务
    return owner + m.group("m") if usable(owner) else indicator


_OWNERS_MEASURE = regex.compile(r"(?:覆盖率|参与率|达标率|完成率|比例|比重|占比|人数|数量|\p{Han}{0,2}率)$")


_LISTED_ONLY = regex.compile(r"[\s、和及与或]*")
"""An item holding nothing before its number: a value listed after another ("…、35%", "…和6.2%")."""


def judge(c: Candidate, ctx: Context) -> Optional[Target]:
    """The target ``c`` makes, or None; ``id`` and ``section_id`` are filled by the caller."""
    return verdict(c, ctx)[0]


def verdict(c: Candidate, ctx: Context) -> tuple[Optional[Target], str]:
    """The target ``c`` makes and "kept", or None and the name of the filter that dropped it."""
    for name, rule in FILTERS:
        if rule(c, ctx):
            return None, name
    sentence = ctx.seg.sentence(c.span[0])[0]
    ctx.sentences_with_targets.add(sentence)
    start, end = ctx.seg.item(c.span[0])
    change = direction(c, ctx)
    indicator = _respective(c, ctx) or _funded(c, ctx) or find_indicator(
        ctx.text[start: c.span[0]], ctx.text[c.span[1]: end], _time_limit(c, ctx) is not None, change=change is not None,
        share=c.unit == "%", unit=c.unit)
    if not indicator:
        indicator = _subject_before(c, ctx)  # "道路修复率，预计2027年达到95%": the clause before names it
    if not indicator and ctx.last_indicator.get(sentence):
        changed = _CHANGE_PHRASE_END.search(ctx.text, start, c.span[0])  # "…产值300亿元，年均增长20%"
        indicator = ctx.last_indicator[sentence] + (changed.group() if changed and change else "")
    indicator = indicator or ctx.text[start: c.span[0]]
    previous = ctx.last_indicator.get(sentence)
    indicator = _named_before(indicator, c, ctx)
    parent = _parent(c, ctx, sentence)
    if parent:
        indicator = _part_of(parent, ctx.text[start: c.span[0]], indicator)
    indicator = _whose_measure(indicator, previous, ctx.section_title_at(c.span[0]))
    if previous and ctx.text[start - 1: start] in ("、", "和", "及"):
        indicator = _shares_list_head(indicator, previous)
    ctx.last_indicator[sentence] = indicator
    ctx.sentence_targets.setdefault(sentence, []).append((c.span[0], indicator))
    action = ctx.planned_action(c.span[0])
    if action and not indicator.startswith(action):
        indicator = action + indicator  # an item of a planned table: "规划采购" + "救护车"
    rule, comparator = _first_named(COMPARATORS, c, ctx)
    decided_by = rule or "default"
    listed = ctx.last_binding.get(sentence)
    if comparator is None and change is None and listed and _LISTED_ONLY.fullmatch(ctx.text, start, c.span[0]):
        comparator, change = listed  # "分别不低于60%、45%": the listed value shares the first one's words
        decided_by = "listed"
    # a bound after the number ("5%以上") or a range is the number's own: the values listed next do not share it
    ctx.last_binding[sentence] = (comparator if rule in _LEADING_RULES else None, change)
    year_rule, year = _first_named(YEAR_RULES, c, ctx)
    year = year or None  # NO_YEAR: counted over a period
    indicator += _counted_over(c, ctx, year, indicator)
    evidence = {"comparator": decided_by, "year": year_rule if year else "none"}
    return validated(
        Target, id="", indicator=indicator, comparator=comparator or "=", change=change,
        value=c.value, value_max=c.value_max, unit=c.unit, year=year,
        text=ctx.text[start:end], span=(start, end), rule="sentence", evidence=evidence,
    ), "kept"


_SHARED_VALUE = lazy_regex(
    r"\s*(?P<subject>[^，,。；;\d]{4,60}?)(?P<adv>分别|(?<![年人户日月平])均|各)?\s*(?:力争|确保|要|将)?\s*"
    r"(?P<verb>(?:年均|每年)?(?:" + "|".join(
        regex.escape(w) for w, _ in sorted((*words.BEFORE_COMPARATORS, *words.CHANGE_WORDS), key=lambda p: -len(p[0]))
    ) + r"))?\s*$"
)
_THING_SEP = regex.compile(r"[、和及与]|以及")
MAX_SHARED = 6
"""At most this many things share one value ("A、B和C分别增长5%")."""


def sharing_things(c: Candidate, ctx: Context, target: Target) -> list[str]:
    """The indicators of the things one value is stated for ("石材、陶瓷能耗均降低7%", "A和B各1个",
    "城镇居民收入和农村居民收入增长7%": each thing has its own target, SPEC: one row per indicator): a list of
    things before 分别/均/各, or two or more things that end alike (收入 … 收入, 率 … 率) right before the
    comparator or change word; and no other value in the clause. [] when the value is one thing's."""
    start, end = ctx.seg.clause(c.span[0])
    m = _SHARED_VALUE.match(ctx.text, start, c.span[0])
    if m is None or (m.group("adv") is None and m.group("verb") is None) or _DIGIT.search(ctx.text, c.span[1], end):
        return []
    subject = m.group("subject")
    if "占" in subject or "的" in subject or "“" in subject and "”" not in subject:
        return []
    things = [t.strip() for t in _THING_SEP.split(subject)]
    if not 2 <= len(things) <= MAX_SHARED or any(len(t) < 2 for t in things):
        return []
    if m.group("adv") is None and len({t[-1] for t in things}) != 1:
        return []  # "医保和大病保险覆盖率": one thing named by a compound, not two things
    first, last = things[0], things[-1]
    tail = _shared_tail(first, last) or _tail_after_like_word(first, last)
    at = target.indicator.rfind(last)
    suffix = target.indicator[at + len(last):] if at >= 0 else (m.group("verb") or "")
    suffix = _ADVERB_OPENING.sub("", suffix)
    return [(_shared_head(first, t) if i else "") + t + (tail if i < len(things) - 1 else "") + suffix
            for i, t in enumerate(things)]


_ADVERB_OPENING = regex.compile(r"^(?:分别|均|各)")
SHORT_THING = 3
"""A later thing this short names only what differs ("机械化清扫率和洒水率"): it shares the first one's head."""


def _shared_head(first: str, later: str) -> str:
    """What the first thing of a list says before the part a short later thing replaces ("中心城区机械化清扫率",
    "洒水率" -> "中心城区机械化")."""
    if len(later) > SHORT_THING or len(first) <= len(later) or first[-1] != later[-1]:
        return ""
    return first[: len(first) - len(later)]


def _tail_after_like_word(first: str, last: str) -> str:
    """What the last thing adds after a first word as long as the first thing's last word ("市级奶牛",
    "肉牛产业示范园" -> "产业示范园")."""
    own, other = [w for w, _ in tag(first)], [w for w, _ in tag(last)]
    if len(own) < 1 or len(other) < 2 or len(other[0]) != len(own[-1]):
        return ""
    return "".join(other[1:])


_ZERO_TARGET = lazy_regex("|".join(words.ZERO_TARGETS))


def candidates(percents: list[PercentMention], quantities: list[QuantityMention], text: str) -> list[Candidate]:
    """Percentages, quantities and 零X phrases as candidates, in document order."""
    found = [Candidate(p.value, p.value_max, p.unit, p.span, p.text, chinese=_is_chinese(p.text)) for p in percents]
    found += [Candidate(q.value, q.value_max, q.unit, q.span, q.text, chinese=_is_chinese(q.text)) for q in quantities]
    if "零" in text:  # every zero target starts with 零; most documents have none
        for m in _ZERO_TARGET.finditer(text):
            found.append(Candidate(0.0, None, "", m.span(), m.group(), word_target=True))
    return sorted(found, key=lambda c: c.span)


def _is_chinese(mention_text: str) -> bool:
    return not any(ch.isdigit() for ch in mention_text)
