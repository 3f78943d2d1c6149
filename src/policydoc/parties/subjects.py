"""Clause-initial subjects: the longest list of bodies that a task's predicate follows ("X要…", "X负责…").

:func:`subject_body` and :func:`relative_subject` are the recognisers; :func:`find_subject` the search they
share with the request recogniser; the gates skip clauses where no name can end; :func:`addressable` and
:func:`scoped` say which bodies a clause can address.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import regex

from .._lazy import lazy_regex
from ..core.lexicon import lexicon
from ..core.sentences import COLONS, COMMAS
from ..core.tagger import tag
from ..settings import (
    CONDITION_MAX, OWN_ACTION_MAX, PARTY_TASK_MAX, PLACED_NAME_MIN, RELATIVE_NAME_REACH, SOURCE_LABEL_REACH, STATEMENT_TAIL,
    SUBJECT_MAX, WEAK_LIST_MIN,
)
from .clauses import CLAUSE_CUT, clause_spans, opening
from .hits import Hit, make_hit, trim
from .lexicon import head_ends, head_words, scope_prefix, trie_alt
from .names import Body, parse_bodies
from .nominal import ends_at_boundary, is_nominal
from .non_tasks import completed, not_a_task
from .predicates import (
    DEADLINE_FIRSTS, DEADLINE_OPENING, MODAL, MODAL_OPENING, duty_opening, duty_word, opens_with_predicate, partners,
    rules_out_predicate,
)
from .stops import PHRASE_ENDS, STOPS, none_of, one_of
from .phrase_words import ACTION_TIME_CLOSERS, JOINERS, RELATIVE_PREDICATE_STARTS, TIME_CLOSERS, TIME_OPENERS
from .trace import dropped_bodies
from .words import (
    ADDRESSING_SCOPES, ADVERBS, COVERAGE_SCOPES, EMPHASIS_WORDS, FIRM_CLASSES, FIRM_HEADS, GENERIC_WORDS,
    GLUED_TITLE_ENDS, LONE_BY, MODALS, NOT_FIRM_DUTY_AFTER, NOT_MODAL_AFTER, OWNED_BY_LEVEL, PERSONS_BESIDE_BODIES,
    RELATIVE_HEADS, RELATIVE_OPENERS, RUN_BY, VERB_STARTS, alt, seq,
)


def strong(bodies: Optional[list[Body]]) -> bool:
    """Does some body of ``bodies`` read as more than a weak one (a name or an organ)?"""
    for body in bodies or ():  # a loop, not ``any`` over a generator: asked for every body list tried
        if body.grade != "weak":
            return True
    return False


def subject_body(sentence: str, at: int) -> list[Hit]:
    """Clause-initial bodies followed by a duty word or an action verb: every body leads."""
    out = []
    gate = _end_chars().search
    for off, stop in clause_spans(sentence):
        if gate(sentence, off, stop) is None:  # no name can end in it: ``find_subject`` says None
            continue
        clause = sentence[off:stop]
        skip = opening(clause)
        time = _time_opening(clause, skip)
        if time is not None:
            skip = time.end()  # "“十四五”时期各省要…", "今后五年各地要…": the time of the task, then its subject
        found = None
        title = _GLUED_TITLE.match(clause, skip)
        if title is not None:  # "业务培训镇财政所应…": a run-in title glued to the subject of its body
            found = find_subject(clause[title.end():])
            if found is not None:
                skip = title.end()
        found = (found or find_subject(clause[skip:]) or _across_time_phrase(sentence, off + skip, stop)
                 or _emphasised(sentence, off + skip, stop))
        if found is None:
            continue
        bodies, rest = found
        if off and SOURCE_LABEL.search(sentence, max(0, off - SOURCE_LABEL_REACH), off):
            continue  # "指标来源：医院填报。": where the data come from, no task (a label on the line before: _implicit)
        tail = sentence[off + skip : off + skip + STATEMENT_TAIL]  # bounded: a comma-only "sentence" may run on
        start = at + off + skip
        if completed(tail) and not duty_word(rest):
            dropped_bodies("completed_action", "subject", bodies, start, at + len(sentence), rest)
            continue
        why = not_a_task(bodies, rest, tail, sentence[off + len(clause) : off + len(clause) + STATEMENT_TAIL])
        if why is not None:
            dropped_bodies(why, "subject", bodies, start, at + len(sentence), rest)
            continue
        hit = make_hit(bodies, start, at + len(sentence), rest, "subject", partners(rest))
        hit.extra["rest"] = rest
        hit.extra["duty"] = "1" if duty_opening(rest) else ""
        hit.extra["modal"] = "1" if MODAL.search(CLAUSE_CUT.split(rest, 1)[0]) else ""
        out.append(hit)
    return out


#: a short title of a part's task (业务培训, 年度考核, 职责) glued to the body that opens the part's text, before its
#: level or 各 ("业务培训镇财政所应…", "台账统计各村要…"): the title is no part of the name
_GLUED_TITLE = lazy_regex(
    rf"\p{{Han}}{{0,4}}?(?:{alt(GLUED_TITLE_ENDS)})(?=各|片区|[省市区县乡镇](?![级委长]))"
)
#: a time opening a clause before its subject, with no comma: a period ("“十四五”时期", "“十四五”期间"), the years ahead
#: ("今后五年", "今后一个时期"); not a year or 今年, which may narrate ("今年政府落实…，一度引起社会争议")
_TIME_OPENING = lazy_regex(
    r"(?:“[^”\n]{1,8}”(?:时期|期间)|今后(?:一个时期|\p{Han}{1,2}年))(?!\p{Han}{0,2}[，,])")


_TIME_FIRSTS = frozenset("“今")


def _time_opening(clause: str, skip: int) -> Optional["regex.Match[str]"]:
    """The time opening ``clause`` at ``skip`` before its subject (``_TIME_OPENING``, or a deadline with no comma
    after it: "5月底前市统计局完成…"), or None."""
    first = clause[skip:skip + 1]
    if first in _TIME_FIRSTS:
        return _TIME_OPENING.match(clause, skip)
    if first in DEADLINE_FIRSTS:
        m = DEADLINE_OPENING.match(clause, skip)
        return m if m is not None and clause[m.end():m.end() + 1] not in COMMAS else None
    return None


#: a label naming where data come from, the clause after it names the source ("指标来源：医院填报", "数据来源：市统计局")
SOURCE_LABEL = lazy_regex(r"来源\s*[：:]\s*$")


#: bodies set apart among the subjects by an emphasis: "各区、各单位，特别是X，要…" (the bodies before it, and X)
_EMPHASIS = lazy_regex(rf"({alt(EMPHASIS_WORDS)})({none_of(PHRASE_ENDS)}{{2,{SUBJECT_MAX}}}?){one_of(COMMAS)}")


def _emphasised(sentence: str, start: int, stop: int) -> Optional[tuple[list[Body], str]]:
    """Bodies, then "，特别是" and more bodies, then the predicate of them all in the next clause.

    >>> bodies, rest = _emphasised("各市、各部门，特别是市教育局，要尽早部署。", 0, 7)
    >>> [b.name for b in bodies], rest
    (['各市', '各部门', '市教育局'], '要尽早部署。')
    """
    if sentence[stop - 1 : stop] not in COMMAS or not sentence.startswith(EMPHASIS_WORDS, stop):
        return None
    first = sentence[start : stop - 1]
    m = _EMPHASIS.match(sentence, stop)
    if m is None or not is_nominal(first):
        return None
    bodies, more = parse_bodies(first), parse_bodies(m[2])
    if not bodies or not more or not is_nominal(m[2]):
        return None
    rest = sentence[m.end():]
    if rules_out_predicate(rest) or not opens_with_predicate(rest):
        return None
    return bodies + more, rest


#: a time phrase closing a clause between a body and its predicate ("区民政部门自收到申请之日起，应在5日内…")
_TIME_PHRASE_END = lazy_regex(
    rf"(?:{seq(TIME_OPENERS)}){none_of(PHRASE_ENDS)}{{1,30}}?(?:{seq(TIME_CLOSERS)}){one_of(COMMAS)}$"
)
_NEXT_CLAUSE = lazy_regex(none_of(PHRASE_ENDS) + "+")
#: what ends a clause before its comma where a body's predicate may follow in the next clause
_TIME_ENDS = TIME_CLOSERS + ACTION_TIME_CLOSERS


def _across_time_phrase(sentence: str, start: int, stop: int) -> Optional[tuple[list[Body], str]]:
    """A body whose predicate follows a time phrase and a comma ("区残联自接收到材料之日起，应在3个工作日内完成
    审核"): the body and the next clause, read as one.

    >>> bodies, rest = _across_time_phrase("区残联自收到材料之日起，应在3日内完成审核。", 0, 12)
    >>> [b.name for b in bodies], rest
    (['区残联'], '应在3日内完成审核')
    """
    end = stop
    while end > start and sentence[end - 1] == "\n":
        end -= 1
    # the time phrase (or the time of the body's own action, or the cases it acts on) closes the clause: a closer, then
    # its comma (asked of the sentence in place: most clauses end otherwise, and are not sliced)
    if end == start or sentence[end - 1] not in COMMAS or not sentence.endswith(_TIME_ENDS + ("的",), start, end - 1):
        return None
    clause = sentence[start:stop]
    m = _TIME_PHRASE_END.search(clause)
    nxt = _NEXT_CLAUSE.match(sentence, stop)
    if nxt is None:
        return None
    if m is None or m.start() < 2:
        return _before_own_action(clause, nxt.group())
    return find_subject(clause[: m.start()] + nxt.group())


#: the rest of a clause after a body: its own action, closed by 前/后/时 and a comma ("作出重大决定前，")
_OWN_ACTION_TIME = lazy_regex(
    rf"{none_of(PHRASE_ENDS)}{{2,{OWN_ACTION_MAX}}}?(?:{alt(ACTION_TIME_CLOSERS)}){one_of(COMMAS)}\s*$")


#: ... or the cases it is to act on, closed by 的 and a comma ("对擅自占用绿地的，")
_ACTED_CASES = lazy_regex(rf"对{none_of(PHRASE_ENDS)}{{1,{CONDITION_MAX}}}的{one_of(COMMAS)}\s*$")


def _before_own_action(clause: str, nxt: str) -> Optional[tuple[list[Body], str]]:
    """A body, then the time of one of its own actions or the cases it is to act on, then a modal in the next clause
    ("执法机关作出重大决定前，要严格进行审核", "城管部门对擅自占用绿地的，应依法查处"): the body and the next clause,
    read as one.

    >>> bodies, rest = _before_own_action("市审核中心完成审核后，", "要提出书面意见")
    >>> [b.name for b in bodies], rest
    (['市审核中心'], '要提出书面意见')
    """
    if not MODAL_OPENING.match(nxt):
        return None
    for end in name_ends(clause[: min(SUBJECT_MAX, _body_limit(clause))]):
        if (_OWN_ACTION_TIME.match(clause, end) or _ACTED_CASES.match(clause, end)) and is_nominal(clause[:end]):
            return find_subject(clause[:end] + nxt)
    return None


def find_subject(clause: str) -> Optional[tuple[list[Body], str]]:
    """The longest clause-initial body list that a predicate follows, and the rest.

    Checks run most selective per cost first (all are pure, so the order changes no
    answer): the body grammar (rejects ~40% of the ends tried on the seeds), the rest's
    opening (~12%), then the tagged predicate and the tagged name boundaries.
    """
    verb = _verb_floor(clause)
    window = min(SUBJECT_MAX, verb - 1)
    if not _holds_head(clause, 0, window):  # no name end can be tried
        return None
    for end in name_ends(clause[: min(SUBJECT_MAX, _body_limit(clause))]):
        if end >= verb:  # the body phrase opens with a verb: ``is_nominal`` says no
            continue
        bodies = parse_bodies(clause[:end])
        if not bodies:
            continue
        rest = clause[end:]
        if rest[:1] in _JOINER_FIRSTS:
            persons = _PERSONS_JOINED.match(rest)
            if persons is not None:  # "初中学校和教师要…": the persons beside the body bear no task of a body
                rest = rest[persons.end():]
        run = _run_facility(bodies, rest)
        if run is not None:  # "教育部门办幼儿园要…": the facilities the body runs are the subject
            bodies, rest = [Body(clause[:end] + rest[:run], "organ")], rest[run:]
        if rules_out_predicate(rest) or not addressable(bodies, rest) or not opens_with_predicate(rest):
            continue
        if is_nominal(clause[:end]) and ends_at_boundary(clause, end):
            return bodies, rest
    return None


#: persons joined to a subject body ("学校和教师要…", "各单位及其工作人员"): they are dropped, the body leads
_PERSONS_JOINED = lazy_regex(rf"(?:和|及|与|、)(?:{alt(PERSONS_BESIDE_BODIES)})(?=(?:{alt(MODALS)}|都|均|也|应|要|负责))")
_JOINER_FIRSTS = frozenset("和及与、")


@lru_cache(maxsize=1)
def _run_facility_pattern() -> "regex.Pattern[str]":
    """办 + a short modifier + a facility type of the lexicon's weak heads (幼儿园, 学校 …)."""
    modifier = none_of(PHRASE_ENDS, r"的\s")
    return regex.compile(rf"^(?:{alt(RUN_BY)}){modifier}{{0,6}}?(?:{alt(lexicon().weak)})")


def _run_facility(bodies: list[Body], rest: str) -> Optional[int]:
    """Length of "办 + facility" opening ``rest`` after one strong body ("教育部门办小区配套
    幼儿园…": the kindergartens the education department runs), or None.

    >>> _run_facility([Body("教育部门", "organ")], "办幼儿园要于月底前公示")
    4
    """
    if not rest.startswith(RUN_BY) or len(bodies) != 1 or not strong(bodies):
        return None
    m = _run_facility_pattern().match(rest)
    return m.end() if m else None


_VERB_FIRSTS = frozenset(w[0] for w in VERB_STARTS)
#: shortest first: the match is the shortest verb start opening the string
_VERB_START = lazy_regex("|".join(regex.escape(w) for w in sorted(VERB_STARTS, key=len)))


def _verb_floor(clause: str) -> int:
    """Every ``clause[:end]`` with ``end`` at or past this opens with a word of ``VERB_STARTS``
    and has no scope prefix, so ``is_nominal`` rejects it; ``len(clause) + 1`` when none does.

    Without a scope prefix on ``clause`` none of its prefixes has one either (a prefix word
    at the start of ``clause[:end]`` is one at the start of ``clause``).

    >>> _verb_floor("加强市教育局建设"), _verb_floor("报送市教育局"), _verb_floor("市教育局")
    (2, 1, 5)
    """
    if clause[:1] not in _VERB_FIRSTS:
        return len(clause) + 1
    verb = _VERB_START.match(clause)
    return verb.end() if verb and not scope_prefix(clause) else len(clause) + 1


#: characters no body item holds (see ``names._BAD_CHARS``; brackets and spaces aside)
_NEVER_IN_BODY = regex.compile(one_of(STOPS + COLONS, r"\d%=《》的之了着") + "|" + LONE_BY)


def _body_limit(clause: str) -> int:
    """Where body names must end by: the first character no body holds.

    A body list cannot reach past it (parse_bodies rejects an item holding one), and no
    lexicon word holds one (checked below), so no head match straddles it either.
    """
    m = _NEVER_IN_BODY.search(clause, scope_prefix(clause)) if _LIMIT_SAFE() else None
    return m.start() if m else len(clause)


@lru_cache(maxsize=1)
def _LIMIT_SAFE() -> bool:
    """No lexicon word (user files included) holds a character of ``_NEVER_IN_BODY``."""
    lex = lexicon()
    return not any(_NEVER_IN_BODY.search(w) for w in lex.names + lex.suffixes + lex.weak)


def name_ends(prefix: str) -> list[int]:
    """Positions where a body name could end in ``prefix``, longest first."""
    return sorted(head_ends(prefix, also=_PLACE_CHARS), reverse=True)


_PLACE_CHARS = "市县区省直)"


@lru_cache(maxsize=1)
def _end_chars() -> "re.Pattern[str]":
    """The last characters of the head words and of the place characters, as one character class.

    Every end ``name_ends`` gives is that of a head word or a place character inside the searched
    prefix, so a range without any of these characters gives ``find_subject`` no name end to try.
    """
    last = {w[-1] for w in head_words() if w} | set(_PLACE_CHARS)
    return re.compile("[" + "".join(re.escape(c) for c in sorted(last)) + "]")


def _holds_head(text: str, start: int, stop: int) -> bool:
    """Does a head word or a place character lie wholly inside ``text[start:stop]``?

    Every end ``name_ends`` gives is that of a head word or a place character inside the searched prefix, so a range
    holding none gives ``find_subject`` no name end to try. Stricter than ``_end_chars`` (a head word's last
    character: 大, 业, 门 end many other words) at about the same cost: two searches in C, the one-character heads
    and place characters (局, 委, 市 …) as one class, the longer head words holding none of them (政府, 中心) as a trie.

    >>> _holds_head("推进大数据产业发展", 0, 9), _holds_head("完善服务中心", 0, 5), _holds_head("完善服务中心", 0, 6)
    (False, False, True)
    """
    single, longer = _head_gates()
    return single.search(text, start, stop) is not None or longer.search(text, start, stop) is not None


@lru_cache(maxsize=1)
def _head_gates() -> "tuple[re.Pattern[str], re.Pattern[str]]":
    """The one-character head words and place characters as a class; the longer head words holding none of them as a
    trie alternation (a word holding one holds a character the class finds)."""
    single = {w for w in head_words() if len(w) == 1} | set(_PLACE_CHARS)
    longer = tuple(sorted({w for w in head_words() if len(w) > 1 and not single.intersection(w)}))
    chars = "[" + "".join(re.escape(c) for c in sorted(single)) + "]"
    return re.compile(chars), re.compile(trie_alt(longer) if longer else "(?!)")


def addressable(bodies: list[Body], rest: str = "") -> bool:
    """Strong bodies always; weak ones (学校, 幼儿园 …) when scoped (各学校), named with a place
    (县职业技术学校), or the subject of a modal duty (幼儿园应当…, 中小学校要…, 区属国企要…: the units a level
    of government owns)."""
    if strong(bodies) or all(map(_named, bodies)):
        return True
    modal = bool(MODAL_OPENING.match(rest))
    firm_duty = modal and _FIRM_DUTY.match(rest) is not None
    return scoped(bodies, modal) or modal and all(
        b.grade != "weak" or _one_word(b.name) or b.name.startswith(OWNED_BY_LEVEL) or firm_duty and _trade_firm(b.name)
        for b in bodies)


_FIRM_DUTY = lazy_regex(rf"^(?:{alt(ADVERBS)})?(?:{alt(MODALS)})(?!{alt(NOT_MODAL_AFTER + NOT_FIRM_DUTY_AFTER)})")


def _trade_firm(name: str) -> bool:
    """Firms named by their trade ("供电企业", "电网企业"), not by ownership or size ("国有企业", "中小企业")."""
    return name.endswith(FIRM_HEADS) and not name.startswith(FIRM_CLASSES)


def _one_word(name: str) -> bool:
    """A body type as one word (幼儿园, 中小学校, 职业院校); a modified type (配套幼儿园,
    寄宿制幼儿园) names a kind of facility that the sentence describes, not an addressee. A weak head of the
    lexicon is one word however it is written (乡镇(街道)), and so is one with another in brackets (学校(幼儿园): the
    schools, and the kindergartens as well).

    >>> _one_word("学校(幼儿园)"), _one_word("配套幼儿园(园区)")
    (True, False)
    """
    variant = _BRACKETED_VARIANT.fullmatch(name)
    if variant is not None:
        return _one_word(variant["head"]) and _one_word(variant["variant"])
    return name in lexicon().weak or len(tag(name)) == 1 or name.endswith(_ORGANISATION_HEADS)


#: a body type and another in brackets after it: "学校(幼儿园)"
_BRACKETED_VARIANT = lazy_regex(r"(?P<head>[^()]{2,8})\((?P<variant>[^()]{2,8})\)")


#: weak heads that name organisations, whatever modifies them ("法制审核机构要…", "二级以上医疗机构要…"): an
#: organisation addressed with a modal duty is an addressee, not a kind of facility described
_ORGANISATION_HEADS = ("机构",)


#: a place opening a name: 市/县/区/省, or a place name ending in 市/县/省 (not 小区, 社区, 园区)
_PLACE_START = lazy_regex(r"^(?:[市县区省]|\p{Han}{1,3}[市县省](?=\p{Han}{2}))")


def _named(body: Body) -> bool:
    """A weak body named with its place: "县职业技术学校", "某某市实验幼儿园" (one institution);
    not a scope over many ("全市所有街道", "各乡镇": see ``scoped``)."""
    if body.grade != "weak":
        return True
    return not body.name.startswith(_SCOPE_WORDS) and bool(_PLACE_START.match(body.name)) and len(body.name) >= PLACED_NAME_MIN


_SCOPE_WORDS = ADDRESSING_SCOPES + COVERAGE_SCOPES


def scoped(bodies: list[Body], modal: bool = False) -> bool:
    """Weak bodies count when a scope word makes them the addressees: 各县(市、区), 各乡镇;
    a coverage word (每个乡镇, 全市所有街道) only before a modal duty (每个乡镇要…): without one
    it states a standard ("每个乡镇至少办好1所幼儿园")."""
    scopes = ADDRESSING_SCOPES + COVERAGE_SCOPES if modal else ADDRESSING_SCOPES
    if modal and len(bodies) > 1 and bodies[0].name.startswith(ADDRESSING_SCOPES):
        return True  # "各区市县、园区要…": the scope opening a list before a modal duty holds for all of it
    return all(b.name.startswith(scopes) or b.grade != "weak" for b in bodies) or len(bodies) >= WEAK_LIST_MIN


#: a body named by what it is charged with: "负有X职责的部门", "负责X的地方政府" (的 stands
#: inside the name, so the body grammar of ``names`` cannot read it)
_RELATIVE_NAME = lazy_regex(
    rf"(?:其他)?(?:{alt(RELATIVE_OPENERS)}){none_of(PHRASE_ENDS, '的')}{{1,24}}?的(?:{seq(GENERIC_WORDS)})?(?:[省市县区]级?)?(?:{alt(RELATIVE_HEADS)})"
)

_JOINER_AT_END = lazy_regex(rf"(?:{seq(JOINERS)})$")
#: more bodies joined after a relative name, up to the predicate: "负有…职责的部门和X要…"
_JOINED_BODIES = lazy_regex(
    rf"(?:{seq(JOINERS)})(?P<x>{none_of(PHRASE_ENDS)}{{2,20}}?)(?={seq(RELATIVE_PREDICATE_STARTS)})"
)


def relative_subject(sentence: str, at: int) -> list[Hit]:
    """A clause whose subject holds a body named by a relative clause ("负有监管职责的部门要…",
    "负责调查的地方政府和有关部门要…"), with explicit duty wording or a task verb after it:
    every body of the subject leads.

    >>> [(h.lead, h.task) for h in relative_subject("负有安全监管职责的部门要加强执法检查。", 0)]
    [(['负有安全监管职责的部门'], '要加强执法检查')]
    """
    out: list[Hit] = []
    if "的" not in sentence:  # every relative name holds 的
        return out
    for off, stop in clause_spans(sentence):
        skip = opening(sentence[off:stop])
        found = _relative_subject(sentence[off + skip :])  # the predicate may follow a comma
        if found is None:
            continue
        names, rest = found
        start = at + off + skip
        hit = Hit(names, [], start, at + len(sentence), trim(rest)[:PARTY_TASK_MAX], "relative_subject")
        hit.extra["rest"] = rest
        hit.extra["duty"] = "1" if duty_opening(rest) else ""
        out.append(hit)
    return out


def _relative_subject(clause: str) -> Optional[tuple[list[str], str]]:
    """The names of a subject holding a relative name and the rest, or None."""
    first = _RELATIVE_NAME.search(clause, 0, RELATIVE_NAME_REACH)
    if first is None:
        return None
    names: list[str] = []
    if first.start():  # bodies before it: "X和负有…的部门"
        before = clause[: first.start()]
        joiner = _JOINER_AT_END.search(before)
        bodies = parse_bodies(before[: joiner.start()]) if joiner else None
        if not bodies:
            return None
        names += [b.name for b in bodies]
    names.append(first.group())
    end = first.end()
    after = _JOINED_BODIES.match(clause[end:])
    if after:
        bodies = parse_bodies(after["x"])
        if bodies and strong(bodies):
            names += [b.name for b in bodies]
            end += after.end()
    rest = clause[end:].lstrip(COMMAS + " ")
    if not rest or not (duty_opening(rest) or opens_with_predicate(rest)) or rules_out_predicate(rest):
        return None
    return names, rest
