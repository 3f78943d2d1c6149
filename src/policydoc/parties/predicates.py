"""What follows a subject: does a task's predicate open it?

Duty words and modals (要, 应当, 负责 …), the tagged verb after adverbs, and the cheap checks that rule a
predicate out (narration, a permission, a design pattern, a facility the subject runs, a formula …). The
rjieba tagger runs only on the rests that reach the tagged checks.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from .._lazy import lazy_re, lazy_regex
from ..core.lexicon import lexicon
from ..core.sentences import COMMAS
from ..core.tagger import tag
from ..settings import (
    COACTION_REACH, DEADLINE_REACH, DEFINITION_REACH, PATTERN_REACH, PREDICATE_TAG_REACH, RELATIVE_CLAUSE_REACH,
    RELATIVE_VERB_MAX, CONDITION_MAX,
)
from .clauses import BODY_LIST, CLAUSE_CUT
from .names import Body, parse_bodies
from .nominal import is_nominal
from .stops import CLAUSE_MARKS, PERIODS, PHRASE_ENDS, none_of, one_of
from .phrase_words import (
    DUTY_BASES, DUTY_OWNERS, DUTY_SCOPES, ENCOURAGING_ADVERBS, NOT_DUTY_AFTER, NOT_MODAL_BEFORE, NOT_PREDICATE_OPENERS,
    PARTNERED_TASK_STARTS, PERSON_MARKS, WITH_MODALS,
)
from .words import (
    ADDRESSING_SCOPES, ADVERBS, APPROVAL_VERBS, CAUSATIVES, COACTION, DEADLINE_ENDS, DEGREE_ADVERBS, DETERMINERS,
    DUTY_WORDS, HELD_POSTS,
    ACTING_PERSONS, MANAGING_CAUSATIVES, MODALS, MODIFIED_NOUNS, NARRATION_ADVERBS, NON_TASK_VERBS, NOT_MODAL_AFTER,
    NOT_PERMISSIVE_AFTER, NOUN_AFTER, ONE_OFF_VERBS, PARTICIPATION_VERBS, PARTNER_WORD, PATTERN_NOUNS, PATTERN_ROLES,
    PERMISSIVES,
    RUN_BY, SOFT_CAUSATIVES, TASK_PREPOSITIONS, GLUED_LEVELS, VERB_OR_NOUN, VERB_STARTS, alt, seq,
)

#: a modal inside a clause (not the 要 of 主要/重要, nor the 应 of 相应/适应 …)
MODAL = lazy_regex(rf"(?<![{''.join(NOT_MODAL_BEFORE)}])(?:{alt(MODALS)})(?!{alt(NOT_MODAL_AFTER)})")


#: 负责 as an adjective: after a degree adverb (高度负责, 认真负责) or before 地 (负责地…)
_ADJECTIVAL = lazy_regex(
    rf"^(?:{alt(MODALS)})?(?:对{none_of(PHRASE_ENDS)}{{1,12}}?)?(?:{alt(DEGREE_ADVERBS)})负责|^负责地"
)


_DUTY = regex.compile(alt(DUTY_WORDS))
_NON_TASK_WORDS = (
    NON_TASK_VERBS + tuple(w for w in CAUSATIVES if w not in MANAGING_CAUSATIVES) + ONE_OFF_VERBS + APPROVAL_VERBS
)
NON_TASK = regex.compile(alt(_NON_TASK_WORDS))
_NARRATED = lazy_regex(alt(NARRATION_ADVERBS))
#: a tagged word is one of these words: set lookups, where a ``fullmatch`` of their alternation asks the same
_ADVERB_SET, _DUTY_SET, _NARRATED_SET = frozenset(ADVERBS), frozenset(DUTY_WORDS), frozenset(NARRATION_ADVERBS)
_NON_TASK_SET = frozenset(_NON_TASK_WORDS)
BY_DUTY = regex.compile(
    rf"(?:{seq(DUTY_BASES)})(?:各自)?职责(?:分工)?|在(?:{seq(DUTY_OWNERS)})?职责(?:范围)?内"
    rf"|(?:{seq(DUTY_SCOPES + ('共同',))})?负责(?!{seq(NOT_DUTY_AFTER)})|牵头"
)
WITH = regex.compile(
    rf"^(?:{seq(WITH_MODALS)})?{PARTNER_WORD}(?P<y>{BODY_LIST})"
    rf"(?={one_of(COMMAS)}|{seq(PARTNERED_TASK_STARTS)})"
)


def partners(rest: str) -> list[Body]:
    """"X要会同Y…" / "由X会同Y负责…": Y supports."""
    m = WITH.match(rest)
    return (parse_bodies(m["y"]) or []) if m else []
_PATTERN_LEAD = lazy_regex(alt(tuple(w for w in PATTERN_ROLES if w != "负责")))
PATTERN = lazy_regex(alt(PATTERN_ROLES) + rf"{none_of(PERIODS)}{{0,40}}?的{none_of(PHRASE_ENDS)}{{0,12}}?" + alt(PATTERN_NOUNS))
_NARRATION = regex.compile(r"^\p{Han}{1,4}了")
#: "X应当支持本单位人员参加…": a causative of others' participation (gold notes), no task of X
_LETS_TAKE_PART = lazy_regex(
    rf"^(?:{alt(MODALS)})?(?:{seq(ENCOURAGING_ADVERBS)})?(?:{alt(SOFT_CAUSATIVES)}){none_of(PHRASE_ENDS)}{{1,20}}?(?:{alt(PARTICIPATION_VERBS)})"
)


FORMULA = lazy_regex(rf"^{none_of(PHRASE_ENDS)}*[=＝]")


PERMISSION = lazy_regex(
    rf"^(?:{alt(ADVERBS)})*(?:{alt(PERMISSIVES)})(?!{alt(NOT_PERMISSIVE_AFTER)})"
)


@lru_cache(maxsize=1)
def _runs_pattern() -> "regex.Pattern[str]":
    """办 + a facility type of the lexicon's weak heads (幼儿园, 学校 …)."""
    return regex.compile(rf"^(?:{alt(RUN_BY)})(?:{alt(lexicon().weak)})")


def _runs(rest: str) -> bool:
    """"(X)办幼儿园…": the facility X runs, not a task of X.

    >>> _runs("办幼儿园面向社会招生"), _runs("办理登记手续")
    (True, False)
    """
    return _runs_pattern().match(rest) is not None


MODAL_OPENING = lazy_regex(
    rf"^(?:{alt(ADVERBS)})?(?:{alt(MODALS)})(?!{alt(NOT_MODAL_AFTER)})|^(?:{seq(DUTY_SCOPES)})?负责(?!{seq(NOT_DUTY_AFTER)})"
)


_ACTING_PERSONS = lazy_regex(r"\p{Han}{2}(?:" + "|".join(ACTING_PERSONS) + ")")


def rules_out_predicate(rest: str) -> bool:
    """The cheap checks: ``rest`` opens with 的/和/…, narration, a permission (可), a
    facility run by the subject (X办幼儿园) or a design pattern."""
    if not rest or rest.startswith(_NOT_PREDICATE_STARTS) and not rest.startswith(_NOT_LIST_WORDS):
        return True
    if rest.startswith(MODIFIED_NOUNS):  # "地方财政收入…": the body modifies a noun
        return True
    if rest.startswith(HELD_POSTS) and not _ROSTER_LABEL.match(rest):
        return True  # "领导小组组长赴现场…", "各工作小组组长作为…": the group's head acts, not the group
    if rest.startswith(VERB_OR_NOUN) and rest[2:].startswith(NOUN_AFTER):  # "市财政投入增长…", not "…投入专项资金"
        return True
    if _RULING_OUT_CUE.search(rest) and _ruling_out().match(rest):
        return True
    head = rest[:DEFINITION_REACH]
    if ("=" in head or "＝" in head) and FORMULA.search(head):  # "各区完成率=完成数/任务数": a definition
        return True
    if "的" not in rest:  # every design pattern holds 的 ("政府主导、社会参与的格局")
        return False
    return bool(PATTERN.match(rest) or PATTERN.search(rest[:PATTERN_REACH]) and _PATTERN_LEAD.match(rest))


@lru_cache(maxsize=1)
def _ruling_out() -> "regex.Pattern[str]":
    """The openings of a rest that rule a predicate out, as one pattern matched at its start (one call, not seven):
    narration ("X了"), 负责 as an adjective, a permission (可), a facility the subject runs (``_runs``), the body's
    persons named by what they do ("各市参会人员由…"), a narration adverb, a causative of others' participation."""
    parts = (_NARRATION, _ADJECTIVAL, PERMISSION, _runs_pattern(), _ACTING_PERSONS, _NARRATED, _LETS_TAKE_PART)
    return regex.compile("|".join(f"(?:{p.pattern})" for p in parts))


#: a word every match of ``_ruling_out`` holds, one of each of its parts: 了 (narration), 负责 (as an adjective), a
#: permissive (可), 办 (a facility run), a person word (人员), a narration adverb, a soft causative (支持 …). On stdlib
#: ``re`` (a literal search): most rests hold none (about one in six does), and are passed by without the union
_RULING_OUT_CUE = lazy_re(
    alt(("了", "负责") + PERMISSIVES + RUN_BY + ACTING_PERSONS + NARRATION_ADVERBS + SOFT_CAUSATIVES)
)


def opens_with_predicate(rest: str) -> bool:
    """After the cheap checks: a duty word, or (tagged) an action verb after adverbs; not
    more bodies up to the clause's end (an address line "X、Y各部门：")."""
    if _more_bodies(rest) or _relative_clause(rest) or _CONDITION.match(rest):
        return False
    if "所需" in rest[:PREDICATE_TAG_REACH] and not MODAL_OPENING.match(rest) and _NEEDED_BY.match(rest):
        return False  # "X履行职责所需经费，要…": the funds X needs are the subject
    if BY_DUTY.match(rest) or WITH.match(rest) or _NAMED_RESPONSIBLE.match(rest):
        return True
    if rest.startswith(COACTION):
        return _coaction(rest)
    words = words_after_adverbs(rest)
    if not words:
        return False
    word, pos = words
    if _DUTY.match(word) or word.startswith(DUTY_WORDS) and not word.startswith(_PERSON_WORDS):
        return not word.startswith(_NOT_MODAL_WORDS)
    if word in _NON_TASK_SET or NON_TASK.match(rest):
        return False
    if word in _TASK_OPENERS:
        return _opener_ok(word, rest)
    if word[:1] == "对" and word[1:] in DETERMINERS:  # the tagger glues 对 to 本 ("X对本地区…负总责": a duty's object)
        return True
    if word[:1] in ("向", "对") and word[1:] in GLUED_LEVELS:  # "X向市指挥部报告": 向市 read as a place name
        return True
    # a task verb of VERB_STARTS the tagger misreads ("建立健全" as a name); a verbal noun
    # after an adverb is the verb ("X视情启动响应": 启动 tagged vn)
    adverbed = pos == "vn" and not rest.startswith(word) or word in _TASK_VERBS
    return pos in ("v", "vd", "a") or adverbed or rest.startswith(_TASK_VERBS)


#: 于 + a time that closes with a deadline word ("于月底前", "于演练后1周内")
_DEADLINE_AT = lazy_regex(rf"于{none_of(PHRASE_ENDS)}{{1,24}}?(?:{alt(DEADLINE_ENDS)})")


def _opener_ok(word: str, rest: str) -> bool:
    """A preposition opens a task, except 于 with a date and no deadline ("X于5月12日核定":
    a past event reported; "X于月底前报送": a task).

    >>> _opener_ok("于", "于3月12日核定"), _opener_ok("于", "于每月底前报送"), _opener_ok("对", "对学校实行…")
    (False, True, True)
    """
    if word != "于":
        return True
    return _DEADLINE_AT.search(rest, 0, DEADLINE_REACH) is not None


#: words a modal's character opens that are no modal (应急, 要素 …)
_NOT_MODAL_WORDS = tuple(m + a for m in MODALS if len(m) == 1 for a in NOT_MODAL_AFTER)
_TASK_VERBS = tuple(w for w in VERB_STARTS if len(w) > 1 and w not in CAUSATIVES + SOFT_CAUSATIVES)
#: person nouns that start like a duty word (负责人 is a person, not 负责)
_PERSON_WORDS = tuple("负责" + mark for mark in PERSON_MARKS)
#: what opens a rest that no predicate opens: 的/和/…, or a person noun (负责人)
_NOT_PREDICATE_STARTS = NOT_PREDICATE_OPENERS + _PERSON_WORDS
#: a post held in the body as the label of its roster ("第一考核组组长：张三 成员：… 负责：…"): the group's duties follow
_ROSTER_LABEL = regex.compile(rf"(?:{alt(HELD_POSTS)})[ \u3000]*[：:]")
#: adverbs that open with a list word and join nothing: "X及时收集信息" (in time), "X和衷共济"
_NOT_LIST_WORDS = ("及时", "及早")
#: prepositions that open a task after a subject: "X对…实行", "X将/把…纳入", "X根据…启动",
#: "X向Y报告", "X于月底前报送"
_TASK_OPENERS = TASK_PREPOSITIONS


_ADDRESS_END = regex.compile(one_of(CLAUSE_MARKS) + "$")


def _more_bodies(rest: str) -> bool:
    """Is the rest of the clause nothing but bodies ("市政府各部门、各直属单位：")?

    >>> _more_bodies("各部门、各直属单位："), _more_bodies("各部门要抓好落实，")
    (True, False)
    """
    clause = CLAUSE_CUT.split(rest, 1)[0]
    if not clause or _ADDRESS_END.search(rest[: len(clause) + 1]) is None:
        return False
    bodies = parse_bodies(clause)
    return bool(bodies) and all(b.name.startswith(ADDRESSING_SCOPES) or is_nominal(b.name) for b in bodies or [])


#: what follows 的 in a list item naming a case: a short noun phrase that ends the sentence
_NOUN_ITEM = lazy_regex(rf"{none_of(PHRASE_ENDS, '由')}{{1,16}}{one_of(PERIODS)}?\s*")


#: a body's own need for a thing, the subject of the clause: "X开展工作所需经费，要纳入预算" (the funds, no task of X)
_NEEDED_BY = lazy_regex(rf"{none_of(PHRASE_ENDS)}{{1,16}}?所需(?:的)?(?:经费|资金|费用|人员|设备)")


def _relative_clause(rest: str) -> bool:
    """Is ``rest`` a verb phrase closed by 的 and the short noun it names, up to the end of
    the sentence ("X认定的其他重大事件。", "X要求采取的措施；" — an item of a list of cases)?
    The body is the agent inside a relative clause, not the subject of a task. A verb and
    its object before 的 ("X加强学校的管理") is no such clause (the word right before 的 must
    be a verb), nor one that a predicate follows ("X安排的奖金由…提高到…").

    >>> _relative_clause("认定的其他重大事件。"), _relative_clause("加强学校的安全管理。")
    (True, False)
    >>> _relative_clause("安排的奖金由每年10万元提高到每年20万元。")
    False
    """
    if "的" not in rest[:RELATIVE_CLAUSE_REACH] or MODAL_OPENING.match(rest):
        return False
    head = rest.split("的", 1)
    if len(head) < 2 or not head[0] or len(head[0]) > RELATIVE_VERB_MAX or not _NOUN_ITEM.fullmatch(head[1]):
        return False
    words = tag(head[0])
    return words[0][1].startswith("v") and words[-1][1].startswith("v")


_CONDITION = regex.compile(rf"{none_of(PHRASE_ENDS)}{{1,{CONDITION_MAX}}}的(?={one_of(PHRASE_ENDS)})")
"""A clause closed by 的 names a case, not a task: "X引进社会力量运营的，按…执行", "由X提供保障的。" (an item of a
list of cases); the task is in what follows."""


_NAMED_RESPONSIBLE = regex.compile(rf"是{none_of(PHRASE_ENDS)}{{0,30}}?(?:责任主体|第一责任人|责任单位|牵头单位)")
""""X是本行政区…的责任主体，负责…", "X是…的第一责任单位": X is named the one responsible (annotators of six batches
count it; of a regulation and a road-accident plan, not)."""


def _coaction(rest: str) -> bool:
    """"与/同 + partner + verb" within the clause: the subject acts with a partner (X与企业开展…)."""
    clause = CLAUSE_CUT.split(rest, 1)[0][:COACTION_REACH]
    return any(p == "v" and w not in _NON_TASK_SET for w, p in tag(clause)[2:])


def duty_opening(rest: str) -> bool:
    """Does ``rest`` open with explicit duty wording (负责, 要/应当, 落实, 履行, 会同…)?"""
    return bool(WITH.match(rest)) or duty_word(rest)


def duty_word(rest: str) -> bool:
    """Does ``rest`` open with a duty word (负责, 要/应当, 落实, 履行 …), adverbs aside?"""
    if BY_DUTY.match(rest) or MODAL_OPENING.match(rest):
        return True
    words = words_after_adverbs(rest)
    return bool(words) and bool(_DUTY.match(words[0]))


#: a count of times, an adverbial of frequency after 每日/至少 ("一次", "两次", "3次")
_TIMES = regex.compile(r"[\d一二两三四五六七八九十]{1,3}次")


_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
#: a deadline opening a clause or a predicate ("3月底前", "每年2月底前", "2019年6月底前", "年底前")
DEADLINE_OPENING = lazy_regex(
    rf"(?:每年|\d{{4}}年)?(?:{_MONTH}月(?:\d{{1,2}}日|底|末|[上中下]旬)?|年底)(?:以前|前)")
DEADLINE_FIRSTS = frozenset("每年0123456789一二三四五六七八九十")


def words_after_adverbs(rest: str) -> Optional[tuple[str, str]]:
    """The first word of ``rest`` after its adverbs, times and a deadline ("每年3月底前完成…" → 完成), with its tag;
    None where a narration word comes first."""
    if rest[:1] in DEADLINE_FIRSTS:
        deadline = DEADLINE_OPENING.match(rest)
        if deadline is not None:
            rest = rest[deadline.end():]
    for word, pos in tag(rest[:PREDICATE_TAG_REACH]):
        if word in _NARRATED_SET:
            return None
        if word in _DUTY_SET and word not in ("各", "均") or word in _TASK_OPENERS:
            return word, pos
        if word in _ADVERB_SET or pos in ("d", "ad", "t") or word in ("每年", "均", "各") or _TIMES.fullmatch(word):
            continue  # adverbs, times, and how often ("X每日至少一次报告…")
        if word.endswith("了") or _NARRATION.match(rest):
            return None
        return word, pos
    return None
