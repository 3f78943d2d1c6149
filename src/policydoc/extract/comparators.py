"""The comparator rules of a target: how its value is bound ("=", ">=", "~", "range", a change …).

``COMPARATORS`` is an ordered table (``targets.comparators``); the first active rule that answers gives the
comparator, "=" when none does. The
rule names are what ``Target.evidence["comparator"]`` says. :func:`direction` gives the target's ``change``;
:func:`time_limit`, :func:`comparator_word` and :func:`change_word` are read by the filters too.
"""

from __future__ import annotations

from typing import Callable, Optional

from ..data import target_words as words
from ..data.units import RESPONSE_TIME_UNITS, TIME_UNITS
from ..core.rules import Rule, Ruler
from ..core.sentences import CLAUSE_END
from ..settings import CHANGE_WORD_REACH, COMPARATOR_REACH, EVENT_BEFORE_REACH, WHOLE_COMPARATOR_REACH
from .._lazy import lazy_regex
from .candidate import Candidate, Context
from .patterns import any_word

_WITHIN = lazy_regex(r"(?:以|之)?内")


def time_limit(c: Candidate, ctx: Context) -> Optional[str]:
    """A short time followed by 内 is a response-time limit ("在10秒内接听", "3分钟内派出",
    "1个工作日以内办结", "受理后15日内"): "<="; "5年内", "3个月内" stay time frames of the plan.
    A time counted back from an event ("在合同期满前3个月提出") is a limit too: its comparator word,
    else "="."""
    if c.unit in RESPONSE_TIME_UNITS and _WITHIN.match(ctx.text, c.span[1]):
        return "<="
    if c.unit in TIME_UNITS and _EVENT_BEFORE.search(ctx.text, max(0, c.span[0] - EVENT_BEFORE_REACH), c.span[0]):
        return comparator_word(c, ctx) or "="
    return None


_EVENT_BEFORE = lazy_regex("(?:" + "|".join(words.EVENT_BEFORE_WORDS) + r")(?:之)?前(?:至少|不少于|不超过)?$")


FROM_TO_VERB = lazy_regex(r"(?:每年|年均)?(?:" + "|".join(words.FROM_TO) + ")")
"""The verb of "由A提高到B" (每年/年均 may stand before it): what follows it is the level planned."""


def _range(c: Candidate, ctx: Context) -> Optional[str]:
    """A range written as the value ("3—5所", "1.5%-2.5%"): "range"."""
    return "range" if c.value_max is not None else None


def after_word(c: Candidate, ctx: Context) -> Optional[str]:
    """A bound or 左右 right after the number ("5%以上", "1%以内", "160万人次左右")."""
    if c.text.endswith("左右"):
        return "~"
    follow = ctx.after(c)
    return next((cmp for w, cmp in words.AFTER_COMPARATORS if follow.startswith(w)), None)


_SHARED_BOUND = lazy_regex(
    r"(?:\s*(?:、|和|及|与)\s*\d[\d.,]*\s*(?:%|个百分点|\p{Han}{1,4}?)?)+?\s*(?P<bound>及以上|以上|左右|以内|以下)")
"""The values listed after a number up to the bound closing the last of them ("、15%、12%和10%以上")."""


def respective_bound(c: Candidate, ctx: Context) -> Optional[str]:
    """"分别达到35%、15%和10%以上", "分别增长5%、6.5%左右": the bound closing a 分别 list of values holds for each of
    them, the earlier ones too."""
    if "分别" not in ctx.lead(c):
        return None
    m = _SHARED_BOUND.match(ctx.text, c.span[1])
    return None if m is None else dict(words.AFTER_COMPARATORS)[m["bound"]]


def _from_to(c: Candidate, ctx: Context) -> Optional[str]:
    """"由每年600万元提高到每年1000万元", "毛入学率由90%提高到95%": the level planned, "="."""
    lead = ctx.lead(c)
    return "=" if any(w in lead for w in words.FROM_WORDS) and FROM_TO_VERB.search(lead) else None


_GAP = "(?:" + "|".join(words.CHANGE_GAP) + ")?"
_CHANGE_AT_END = lazy_regex("(?P<word>" + "|".join(words.CHANGE_VERBS) + f"){_GAP}$")
"""At most one change word can end the lead (none is a suffix of another or of a gap word)."""
_CHANGE_CMP = dict(words.CHANGE_WORDS)
CHANGE_NEAR = any_word(words.CHANGE_VERBS)


def change_word(c: Candidate, ctx: Context) -> Optional[str]:
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
    if not CHANGE_NEAR.search(lead, max(0, len(lead) - CHANGE_WORD_REACH)):
        return None  # the loop below only answers for a change word this close before the number
    for word, cmp in words.CHANGE_WORDS:
        rest = lead[lead.rfind(word) + len(word):] if word in lead[-CHANGE_WORD_REACH:] else "、"
        if rest[:1] not in ("到", "至", "、") and "、" not in rest and not _noun_follows(c, ctx):
            return cmp  # "新增学位1.2万个": the change word, then what changes, then the amount
    return None


_NOT_CHANGE = any_word(words.NOT_CHANGE_WORDS)
_CHANGE_OPENS = lazy_regex(
    r"\s*(?:" + "|".join(words.SCOPE_OPENERS) + ")?(?P<word>" + "|".join(words.CHANGE_VERBS) + ")"
)
_LEVEL_WORD = any_word(words.LONG_BEFORE_WORDS + words.FROM_TO + ("到", "至"))
"""A comparator after an opening change word makes the number a level ("提高学前教育毛入园率达到90%" is no change)."""


def _noun_follows(c: Candidate, ctx: Context) -> bool:
    """Something other than the clause end follows the number: what it counts (not another value of the same
    thing, "增长10倍达300亿元")."""
    nxt = ctx.after(c, 1)
    return bool(nxt) and nxt not in CLAUSE_END + "、" and not _ANOTHER_VALUE.match(ctx.text, c.span[1])


_ANOTHER_VALUE = lazy_regex(r"(?:达到|达|到|至)\s*\d")


def comparator_word(c: Candidate, ctx: Context, bound: Optional[bool] = None) -> Optional[str]:
    """达到/不少于/超过/控制在… before the number, at most a few characters away, or further when a
    "…的" noun phrase names the whole the share is taken of ("不低于符合条件教师总数的10%").
    ``bound`` True looks for bounds only (不少于 ">=", 控制在 "<="), False for levels only (达到 "=")."""
    lead = ctx.lead(c)
    whole = (lead.endswith("的") and c.unit in ("%", "个百分点", "倍")) or c.text.startswith("百分之")
    # "超过申请人上年度个人纯收入百分之四十": a share of a named whole
    lead = lead[-WHOLE_COMPARATOR_REACH:] if whole else lead[-COMPARATOR_REACH:]
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
    return comparator_word(c, ctx, bound=True)


def _level_word(c: Candidate, ctx: Context) -> Optional[str]:
    """A level before the number (达到, 提高到, 降至, 保持在): "="."""
    return comparator_word(c, ctx, bound=False)


def direction(c: Candidate, ctx: Context) -> Optional[str]:
    """The ``change`` of a target: the direction of the change word binding the number ("增长5%以上",
    "下降15%") or of a level word ("提高到95%", "降至10%"); None for none (and for 新增, a count of new
    things)."""
    change = change_word(c, ctx)
    if change in ("increase", "decrease"):
        return change
    lead = ctx.lead(c)[-COMPARATOR_REACH:]
    if _ANY_LEVEL.search(lead) is None:
        return None  # no level word in the lead: one scan instead of one per word
    for word, way in words.LEVEL_DIRECTIONS:
        at = lead.rfind(word)
        if at >= 0 and (lead.endswith(word) or "、" not in lead[at:]):
            return way
    return None


_ANY_LEVEL = any_word(tuple(word for word, _ in words.LEVEL_DIRECTIONS))
_ANY_BEFORE_COMPARATOR = any_word(words.BEFORE_WORDS)
"""Some word of ``BEFORE_COMPARATORS`` occurs (an alternation finds one wherever any occurs)."""
_MORE_THAN = lazy_regex(r"\d[余多]")


def _approximate(c: Candidate, ctx: Context) -> Optional[str]:
    """A bound written into the number: "约16万公里" "~", "1000余家" ">"; a count written as a bare magnitude
    ("千场", "万名") is a round figure: "~"."""
    if c.text[:1] in "约近" or c.bare_magnitude():
        return "~"
    return ">" if _MORE_THAN.search(c.text) else None


ComparatorRule = Callable[[Candidate, Context], Optional[str]]
COMPARATORS: Ruler[ComparatorRule] = Ruler("targets.comparators", [
    Rule("range", _range),
    Rule("time_limit", time_limit),
    Rule("after_word", after_word),
    Rule("respective_bound", respective_bound),
    Rule("bound_word", _bound_word),
    Rule("approximate", _approximate),
    Rule("change", change_word),
    Rule("from_to", _from_to),
    Rule("level_word", _level_word),
])
"""SPEC's order: a bound (以上, 不低于, 左右, A—B, a time limit) wins over a change word; a change word with no
bound is the comparator ("下降15%" "decrease"); levels and planned amounts are "=" (the default)."""


LEADING_RULES = frozenset({"bound_word", "change", None})
"""Comparator rules whose word stands before the number and so before a list of values."""
