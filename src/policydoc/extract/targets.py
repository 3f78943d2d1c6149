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
from ..data.units import NEVER_TARGET
from ..models import PercentMention, QuantityMention, Section, Target, YearMention
from .clauses import CLAUSE_END, Segmenter
from .patterns import validated
from .indicator import find_indicator


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
    sentences_with_targets: set[int] = field(default_factory=set)
    last_indicator: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.year_starts = [y.span[0] for y in self.years]
        self.quote_starts = [q[0] for q in self.quotes]
        self._history = Intervals(self.history)
        self._goals = sorted(self.goals, key=lambda g: (g[0], -g[1]))

    def in_history(self, pos: int) -> bool:
        return self._history.holds(pos)

    def goal_year(self, pos: int) -> Optional[int]:
        return next((year for s, e, year in self._goals if s <= pos < e), None)

    def lead(self, c: Candidate) -> str:
        """Clause text before the candidate."""
        return self.text[self.seg.clause(c.span[0])[0]: c.span[0]]

    def after(self, c: Candidate, size: int = 4) -> str:
        return self.text[c.span[1]: c.span[1] + size]


# --- filters: True drops the candidate --------------------------------------------------

def _duration_or_age(c: Candidate, ctx: Context) -> bool:
    """Ages, durations, calendar positions: "0—3岁", "5年内", "今后15年"."""
    return c.unit.lstrip("万亿") in NEVER_TARGET


def _inside_name(c: Candidate, ctx: Context) -> bool:
    """Numbers inside “…” or 《…》 are names and slogans ("“20条底线”", "“六个一百”")."""
    i = bisect_right(ctx.quote_starts, c.span[0]) - 1
    return not c.word_target and i >= 0 and ctx.quotes[i][1] >= c.span[1]


_FROM_TO = regex.compile(r"(?:每年|年均)?(?:" + "|".join(words.FROM_TO) + ")")


def _from_value(c: Candidate, ctx: Context) -> bool:
    """The A of "由A提高到B": the starting point, not the commitment."""
    lead = ctx.lead(c)
    if not any(w in lead for w in words.FROM_WORDS):
        return False
    return bool(_FROM_TO.match(ctx.text, c.span[1]))


_COMPARED_WITH_PERIOD = regex.compile(r"[较比]“?十[一二三四五六七八九]五")
""""较“十二五”增加…": a comparison with a whole past period reports an achievement."""


def _words(group: tuple[str, ...]) -> regex.Pattern[str]:
    """One pass for "any word of ``group`` in the range": ``search(text, start, end)`` without a slice."""
    return regex.compile("|".join(regex.escape(w) for w in group))


_FUTURE = _words(words.FUTURE_WORDS)
_HISTORY = _words(words.HISTORY_WORDS)
_PLAN_VERB = _words(words.PLAN_VERBS)


def _in_history(c: Candidate, ctx: Context) -> bool:
    """Past achievements: history sections, past five-year periods, 已/累计… statements."""
    if ctx.in_history(c.span[0]):
        return True
    start, end = ctx.seg.sentence(c.span[0])
    text = ctx.text
    if _FUTURE.search(text, start, end):
        return False
    if _HISTORY.search(text, start, end) or _COMPARED_WITH_PERIOD.search(text, start, end):
        return True
    return _past_year_before(c, ctx, start)


def _past_year_before(c: Candidate, ctx: Context, sentence_start: int) -> bool:
    if ctx.reference_year is None:
        return False
    lo, hi = bisect_left(ctx.year_starts, sentence_start), bisect_left(ctx.year_starts, c.span[0])
    return any(
        y.kind == "point" and y.year is not None and y.year < ctx.reference_year for y in ctx.years[lo:hi]
    )


def _chinese_without_cue(c: Candidate, ctx: Context) -> bool:
    """Chinese numerals are targets only right after a comparator or a planning verb ("举办一届"),
    and 一 with a vague counter never is ("打造一支队伍")."""
    if not c.chinese or c.word_target:
        return False
    lead = ctx.lead(c)
    if c.value == 1 and c.unit in words.VAGUE_ONE and not ctx.after(c).startswith("以上"):
        return True
    cues = (*words.DIRECT_VERBS, *(w for w, _ in words.BEFORE_COMPARATORS if len(w) > 1))
    if any(lead.endswith(w) for w in cues):
        return False
    return not any(ctx.after(c).startswith(w) for w, _ in words.AFTER_COMPARATORS)


def _no_plan_cue(c: Candidate, ctx: Context) -> bool:
    """A number counts only in a clause with a planning verb or comparator, or in a sentence that
    already holds a target (the list continues: "其中本科4.2万人,高职4.2万人")."""
    if ctx.seg.sentence(c.span[0])[0] in ctx.sentences_with_targets:
        return False
    start, end = ctx.seg.clause(c.span[0])
    if _PLAN_VERB.search(ctx.text, start, end):
        return False
    return _comparator_word(c, ctx) is None and _after_word(c, ctx) is None


Filter = Callable[[Candidate, Context], bool]
FILTERS: tuple[tuple[str, Filter], ...] = (
    ("duration_or_age", _duration_or_age),
    ("inside_name", _inside_name),
    ("from_value", _from_value),
    ("in_history", _in_history),
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
    """"由每年600万元提高到每年1000万元": the new fixed amount, "="."""
    lead = ctx.lead(c)
    if any(w in lead for w in words.FROM_WORDS) and _FROM_TO.search(lead):
        return "="
    return None


_GAP = "(?:" + "|".join(words.CHANGE_GAP) + ")?"
_CHANGE_AT_END = regex.compile("(?P<word>" + "|".join(w for w, _ in words.CHANGE_WORDS) + f"){_GAP}$")
"""At most one change word can end the lead (none is a suffix of another or of a gap word)."""
_CHANGE_CMP = dict(words.CHANGE_WORDS)
_CHANGE_NEAR = _words(tuple(w for w, _ in words.CHANGE_WORDS))


def _change(c: Candidate, ctx: Context) -> Optional[str]:
    """新增/增长/降低 directly before the number: a change, not a level."""
    lead = ctx.lead(c)
    at_end = _CHANGE_AT_END.search(lead)
    if at_end:
        word = at_end.group("word")
        measured = c.unit in ("%", "个百分点") or word == "新增" or not _noun_follows(c, ctx)
        return _CHANGE_CMP[word] if measured else None
    if not _CHANGE_NEAR.search(lead, max(0, len(lead) - 8)):
        return None  # the loop below only answers for a change word in the last 8 characters
    for word, cmp in words.CHANGE_WORDS:
        rest = lead[lead.rfind(word) + len(word):] if word in lead[-8:] else "、"
        if rest[:1] not in ("到", "至", "、") and "、" not in rest and not _noun_follows(c, ctx):
            return cmp  # "新增学位1.2万个": the change word, then what changes, then the amount
    return None


def _noun_follows(c: Candidate, ctx: Context) -> bool:
    nxt = ctx.after(c, 1)
    return bool(nxt) and nxt not in CLAUSE_END + "、"


def _comparator_word(c: Candidate, ctx: Context) -> Optional[str]:
    """达到/不少于/超过/控制在… before the number, at most a few characters away."""
    lead = ctx.lead(c)[-12:]
    for word, cmp in words.BEFORE_COMPARATORS:
        at = lead.rfind(word)
        if at >= 0 and (lead.endswith(word) or (len(word) > 1 and "、" not in lead[at:])):
            return cmp
    return None


_MORE_THAN = regex.compile(r"\d[余多]")


def _approximate(c: Candidate, ctx: Context) -> Optional[str]:
    if c.text[:1] in "约近":
        return "~"
    return ">" if _MORE_THAN.search(c.text) else None


Comparator = Callable[[Candidate, Context], Optional[str]]
COMPARATORS: tuple[tuple[str, Comparator], ...] = (
    ("range", _range),
    ("after_word", _after_word),
    ("from_to", _from_to),
    ("change", _change),
    ("comparator_word", _comparator_word),
    ("approximate", _approximate),
)


# --- years: the first non-None answer wins --------------------------------------------

_BASE_YEAR = regex.compile(r"(?:比|较|与|同|相比)$")


def _year_in_sentence(c: Candidate, ctx: Context) -> Optional[int]:
    """The nearest deadline or year before the number in its own sentence (not a 比20XX年 base)."""
    start = ctx.seg.sentence(c.span[0])[0]
    lo, hi = bisect_left(ctx.year_starts, start), bisect_left(ctx.year_starts, c.span[0])
    for y in reversed(ctx.years[lo:hi]):
        if y.kind in ("deadline", "point") and not _BASE_YEAR.search(ctx.text[max(0, y.span[0] - 2): y.span[0]]):
            return y.year
    return None


def _year_in_paragraph(c: Candidate, ctx: Context) -> Optional[int]:
    """A sentence-initial "到2025年，" earlier in the paragraph governs what follows it."""
    para_start = ctx.text.rfind("\n", 0, c.span[0]) + 1
    lo, hi = bisect_left(ctx.year_starts, para_start), bisect_left(ctx.year_starts, c.span[0])
    section = ctx.section_id_at(c.span[0])
    for y in reversed(ctx.years[lo:hi]):
        if y.kind == "deadline" and ctx.seg.sentence(y.span[0])[0] == ctx.seg.clause(y.span[0])[0]:
            return y.year if ctx.section_id_at(y.span[0]) == section else None
    return None


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
    for _, rule in rules:
        answer = rule(c, ctx)
        if answer is not None:
            return answer
    return None


def judge(c: Candidate, ctx: Context) -> Optional[Target]:
    """The target ``c`` makes, or None; ``id`` and ``section_id`` are filled by the caller."""
    if any(rule(c, ctx) for _, rule in FILTERS):
        return None
    sentence = ctx.seg.sentence(c.span[0])[0]
    ctx.sentences_with_targets.add(sentence)
    start, end = ctx.seg.item(c.span[0])
    indicator = find_indicator(ctx.text[start: c.span[0]], ctx.text[c.span[1]: end])
    indicator = indicator or ctx.last_indicator.get(sentence) or ctx.text[start: c.span[0]]
    ctx.last_indicator[sentence] = indicator
    comparator = _first(COMPARATORS, c, ctx) or "="
    year = _first(YEAR_RULES, c, ctx)
    return validated(
        Target, id="", indicator=indicator, comparator=comparator,
        value=c.value, value_max=c.value_max, unit=c.unit, year=year,
        text=ctx.text[start:end], span=(start, end),
    )


_ZERO_TARGET = regex.compile("|".join(words.ZERO_TARGETS))


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
