"""Run-in statements that assign a task: "由X负责…", "X牵头，Y配合", "X要…", "在X领导下".

Each recogniser takes one sentence and its offset and returns :class:`Hit` records; the
ordered table :data:`RECOGNISERS` is tried in turn. Bodies are found with the name grammar
of :mod:`.names`; the verb after a clause-initial subject is checked with the rjieba tagger,
which runs only on the sentences that reach that check.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator, Optional

import regex

from .hits import _CLAUSE as _CLAUSE_RUN, Hit, trim
from ..core.lexicon import lexicon
from ..core.tagger import tag
from .lexicon import head_pattern, head_starts_pattern, head_words, scope_prefix
from .names import Body, ends_at_boundary, group_label, is_nominal, parse_bodies, split_items
from .notes import ROLE_WORDS
from .words import (
    ACHIEVEMENT_WORDS, ABSTRACT_SUBJECTS, ADDRESSEE_OPENERS, PRESENTING_ENDS, TARGET_VERBS, FORMULA_TASKS, REQUEST_ADVERBS, REQUEST_OPENERS, ADDRESSING_SCOPES, ADVERBS, APPROVAL_VERBS, BEAR_VERBS, BY_ACTIONS, CAUSATIVES, CHANGE_VERBS,
    COACTION, COORDINATING_ROLES, COVERAGE_SCOPES, HANDLING_ROLES, DEADLINE_ENDS, DEGREE_ADVERBS, DUTY_WORDS, LOCATION_VERBS, MODALS, NARRATION_ADVERBS, NON_TASK_VERBS,
    NOT_MODAL_AFTER, NOT_PERMISSIVE_AFTER, ONE_OFF_VERBS, PARTICIPATION_VERBS, PATTERN_NOUNS, PATTERN_ROLES, PERMISSIVES, PERSON_TITLES, RUN_BY,
    GUIDED_DUTIES, MANAGING_CAUSATIVES, MODIFIED_NOUNS, NOUN_AFTER, VERB_OR_NOUN, NOTE_GUIDE_ROLES, NOTE_MANNERS, RELATIVE_HEADS, RELATIVE_OPENERS, SELF_REFERENCES, SLOGAN_OPENERS, SLOGAN_ROLES, UNNAMED_GOVERNMENT, STANDING_MODALS, GENERIC_OPENERS, GENERIC_WORDS,
    SOFT_CAUSATIVES, SUPPORT_ROLES, TASK_PREPOSITIONS, VERB_STARTS, alt,
)
from .._lazy import lazy_regex

Recogniser = Callable[[str, int], list[Hit]]

_LIST = r"(?:[^，,。；;：:()由在]|\([^()]{1,8}\)){2,48}?"
#: the partners' list of a role pair may be long ("X牵头，A、B、…、M等参与": a dozen members)
_LONG_LIST = r"(?:[^，,。；;：:()由在]|\([^()]{1,8}\)){2,200}?"
#: "由X <action>": the bodies X end where an action word (or a change verb) begins
_BY_ACTION = regex.compile(rf"(?P<change>{alt(CHANGE_VERBS)})|(?P<role>{alt(BY_ACTIONS)})(?!人|同志|的)")
_BY_X_STOP = regex.compile(r"[，,。；;：:由在]")
#: a principle: an abstract subject (经费, 成本 …) borne by bodies, with no modal in its clause
_ABSTRACT = lazy_regex(alt(ABSTRACT_SUBJECTS))
_BEAR = regex.compile(rf"(?:共同|主要|分别)?{alt(BEAR_VERBS)}")
#: a modal inside a clause (not the 要 of 主要/重要, nor the 应 of 相应/适应 …)
_MODAL = lazy_regex(rf"(?<![主重需只纲概摘相适响反供对理])(?:{alt(MODALS)})(?!{alt(NOT_MODAL_AFTER)})")
_UNDER = lazy_regex(rf"在(?P<x>{_LIST})(?:的)?(?:统一)?(?:领导|组织|指导|部署|主持)下")
_SET_UP = lazy_regex(r"成立(?:了)?(?P<x>[^，,。；;]{2,64}?)[，,](?P<rest>[^。；;]*)")
_SET_UP_DUTY = lazy_regex(r"(?:^|[，,])(?:负责|专门负责|对|为|全力|统筹)")
_CLAUSES = regex.compile(r"[^，,]+")
#: 移交X管理 / 交由X负责 / 明确X对…: X is handed the duty; 报X审核: X must review. Not
#: 报X批准/备案: an approval or filing step of the procedure (gold notes), no task for X.
_OBJECT_OF = lazy_regex(
    rf"(?:移交|交由|明确)(?P<x>{_LIST})(?:统一|集中|直接)?(?:管理|审核|审批|审定|备案|对|负责)"
    rf"|(?:报送|报)(?P<x>{_LIST})(?:审核|审定|把关)"
)
_PAIR = regex.compile(  # X greedy: a name may hold 牵头 (牵头医院), the role is the last one
    rf"(?P<x>{_LIST.rstrip('?')})牵头[，,、]?(?P<y>{_LONG_LIST})(?:{alt(NOTE_MANNERS)})?(?:{alt(SUPPORT_ROLES)})"
)
#: "X指导，Y负责落实" (SPEC rule 2): Y carries the duty and leads, the guide X supports
_GUIDED = regex.compile(
    rf"(?P<y>{_LIST})(?:{alt(NOTE_GUIDE_ROLES)})[，,](?P<x>{_LIST})(?:{alt(GUIDED_DUTIES)})"
)
#: "X承办，Y负责协调、督导" (SPEC rule 2): the body that handles the task leads, the one
#: that coordinates or supervises it supports
_HANDLED = regex.compile(
    rf"(?P<x>{_LIST})(?:{alt(HANDLING_ROLES)})[，,](?P<y>{_LIST})(?:负责)?(?:{alt(NOTE_GUIDE_ROLES + COORDINATING_ROLES)})"
)
_ASSIST = regex.compile(rf"(?P<y>{_LIST})(?:要|应)?(?:主动|积极)?配合(?P<x>{_LIST})(?:做好|完成|开展|推进)")
_INLINE_DUTY = lazy_regex(rf"(?<!{alt(DEGREE_ADVERBS)})(?:统一|全面|具体)?负责(?!人|同志|地)")
#: 负责 as an adjective: after a degree adverb (高度负责, 认真负责) or before 地 (负责地…)
_ADJECTIVAL = regex.compile(
    rf"^(?:{alt(MODALS)})?(?:对[^，,。；;]{{1,12}}?)?(?:{alt(DEGREE_ADVERBS)})负责|^负责地"
)
_MARKER = regex.compile(r"^\s*\(?\s*(?:\d{1,2}(?:\.\d{1,2}){1,4}(?=[省市区县各])|第[一二三四五六七八九十百零〇\d]{1,6}[条章节款]|\((?:\p{N}{1,3}|[一二三四五六七八九十]{1,3})\)|\d{1,3}[.、]|[一二三四五六七八九十]{1,3}[、是]|同时|并且|并|另外|此外|其中|且)\s*")
#: the note that closed the previous task, right before the next sentence's subject:
#: "…(A牵头)各市要…" (a note ends a task as a full stop does)
_CLOSED_NOTE = lazy_regex(rf"^\s*\((?:[^()]|\([^()]*\))*?(?:{alt(ROLE_WORDS)})\)\s*")
_ADVERB = regex.compile(alt(ADVERBS))
_DUTY = regex.compile(alt(DUTY_WORDS))
_NON_TASK = regex.compile(
    alt(NON_TASK_VERBS + tuple(w for w in CAUSATIVES if w not in MANAGING_CAUSATIVES) + ONE_OFF_VERBS + APPROVAL_VERBS)
)
_NARRATED = regex.compile(alt(NARRATION_ADVERBS))
_BY_DUTY = regex.compile(
    r"(?:按照?|依据?|根据)(?:各自)?职责(?:分工)?|在(?:各自|其)?职责(?:范围)?内"
    r"|(?:统一|全面|具体|共同)?负责(?!人|同志|地)|牵头"
)
_WITH = regex.compile(
    rf"^(?:要|应|须|应当|必须)?会同(?P<y>{_LIST})"
    r"(?=[，,]|按|依|根据|负责|做好|建立|开展|研究|制定|编制|共同|核定|组织|落实|实施)"
)


def _partners(rest: str) -> list[Body]:
    """"X要会同Y…" / "由X会同Y负责…": Y supports."""
    m = _WITH.match(rest)
    return (parse_bodies(m["y"]) or []) if m else []
_PATTERN_LEAD = lazy_regex(alt(tuple(w for w in PATTERN_ROLES if w != "负责")))
_PATTERN = regex.compile(alt(PATTERN_ROLES) + r"[^。；;]{0,40}?的[^，,。；;]{0,12}?" + alt(PATTERN_NOUNS))
_NARRATION = regex.compile(r"^\p{Han}{1,4}了")
#: "X应当支持本单位人员参加…": a causative of others' participation (gold notes), no task of X
_LETS_TAKE_PART = regex.compile(
    rf"^(?:{alt(MODALS)})?(?:积极|大力|主动)?(?:{alt(SOFT_CAUSATIVES)})[^，,。；;]{{1,20}}?(?:{alt(PARTICIPATION_VERBS)})"
)


def _hit(bodies: list[Body], start: int, end: int, task: str, kind: str, support: Optional[list[Body]] = None) -> Hit:
    """The named bodies lead; the generic remainder after 等 ("X、Y等有关部门") supports."""
    named = [b for b in bodies if not b.remainder] or bodies
    rest = [b for b in bodies if b not in named]
    return Hit([b.name for b in named], [b.name for b in rest + (support or [])], start, end, trim(task)[:80], kind)


def _strong(bodies: Optional[list[Body]]) -> bool:
    return bool(bodies) and any(b.grade != "weak" for b in bodies or [])


def by_body(sentence: str, at: int) -> list[Hit]:
    """由X负责… / 由X责令… / 由X按照规定安排… / 由X牵头，Y配合: X leads (every body named).

    X ends where an action word begins; each such place is tried in turn, nearest first,
    until X reads as bodies. Not a party: a from-to change (由A转变为B), and a principle,
    an abstract subject borne by bodies (经费由政府承担) with no modal in its clause.
    """
    out = []
    for m in _BY_START.finditer(sentence):
        found = _by_bodies(sentence, m.end())
        if found is None:
            continue
        bodies, role = found
        if _principle(sentence, m.start(), role):
            continue
        support = (
            _support_after(sentence, role.end()) or _partners(sentence[role.start():])
            or _partners(sentence[role.end():].lstrip("，, "))  # "由X牵头，会同Y…"
        )
        hit = _hit(bodies, at + m.start(), at + len(sentence), sentence[role.end():], "by_body", support)
        hit.extra["duty"] = "1" if _BY_DUTY.match(role.group()) else ""
        out.append(hit)
    return out


_BY_START = regex.compile("由")


def _by_bodies(sentence: str, pos: int) -> Optional[tuple[list[Body], "regex.Match[str]"]]:
    """The bodies after "由" at ``pos`` and the action word ending them, or None: at an
    action word of ``BY_ACTIONS``, else (:func:`_by_verb`) at a verb the tagger finds."""
    stop = _BY_X_STOP.search(sentence, pos, pos + 50)
    limit = stop.start() if stop else min(len(sentence), pos + 50)
    for role in _BY_ACTION.finditer(sentence, pos + 2, limit + 12, overlapped=True):
        if role.start() > limit:
            break
        if role["change"]:
            return None
        bodies = parse_bodies(sentence[pos : role.start()])
        if bodies and (_strong(bodies) or _scoped(bodies) or "负责" in role.group()):
            return bodies, role  # a weak body counts when addressed with 各 ("由各地统筹…")
    return _by_verb(sentence, pos, limit)


def _by_verb(sentence: str, pos: int, limit: int) -> Optional[tuple[list[Body], "regex.Match[str]"]]:
    """"由X遴聘专家…", "由X自行规划办理": X read as bodies up to a name end, the longest
    first, where the tagger finds a task verb after it (adverbs aside).

    >>> [b.name for b in _by_verb("评审专家由市应急局遴聘。", 5, 11)[0]]
    ['市应急局']
    """
    phrase = sentence[pos:limit]
    for end in _name_ends(phrase[:48]):
        bodies = parse_bodies(phrase[:end])
        if not _strong(bodies) or not is_nominal(phrase[:end]) or not ends_at_boundary(sentence[pos:], end):
            continue
        rest = sentence[pos + end :]
        if _rules_out_predicate(rest) or rest.startswith(PERSON_TITLES):
            continue
        words = _words_after_adverbs(rest)
        if not words or words[1] not in ("v", "vd") or _NON_TASK.fullmatch(words[0]) or _NON_TASK.match(rest):
            continue
        at = rest.find(words[0])
        after = at + len(words[0])
        if rest.startswith("的", after) or rest.startswith(PERSON_TITLES, after):
            continue  # "由X确定的部门制定": a relative clause; "由X筹备主任…": a person of X
        verb = regex.compile(regex.escape(words[0])).match(sentence, pos + end + at)
        if verb is not None and bodies:
            return bodies, verb
    return None


def _principle(sentence: str, by: int, role: "regex.Match[str]") -> bool:
    """Abstract subject + 由…承担/负担 and no modal before 由 in the clause: a principle."""
    if not _BEAR.match(sentence, role.start()):
        return False
    before = sentence[_clause_start(sentence, by) : by]
    return bool(_ABSTRACT.search(before)) and not _MODAL.search(before)


_SUPPORT_AFTER = regex.compile(rf"[，,、]?(?P<y>{_LIST})(?:{alt(SUPPORT_ROLES)})")


def _support_after(sentence: str, pos: int) -> list[Body]:
    m = _SUPPORT_AFTER.match(sentence, pos)
    return (parse_bodies(m["y"]) or []) if m else []


def under_body(sentence: str, at: int) -> list[Hit]:
    """在X(的统一)领导/组织下…: X leads; but a body named before 在 is the clause's subject
    and leads itself ("Y在X的领导下，指挥区域内应对工作": X is context).

    >>> [h.lead for h in under_body("分局指挥部在市指挥部的领导下，指挥辖区应对工作。", 0)]
    [['分局指挥部']]
    """
    out = []
    for m in _UNDER.finditer(sentence):
        bodies = parse_bodies(m["x"])
        if not bodies:
            continue
        cs = _clause_start(sentence, m.start())
        before = sentence[cs : m.start()]
        before = before[_opening(before) :]
        subject = parse_bodies(before) if before else None
        if subject and is_nominal(before):
            out.append(_hit(subject, at + cs, at + len(sentence), sentence[m.end():], "under_body"))
            continue
        out.append(_hit(bodies, at + m.start(), at + len(sentence), sentence[m.end():], "under_body"))
    return out


def set_up_body(sentence: str, at: int) -> list[Hit]:
    """成立X，负责/对…: a new body given its duty in the same sentence."""
    out = []
    for m in _SET_UP.finditer(sentence):
        bodies = parse_bodies(_ANNEX.sub("", m["x"]).rsplit("的", 1)[-1])
        duty = _SET_UP_DUTY.search(m["rest"])
        if _strong(bodies) and duty and bodies is not None and not _own_subject(m["rest"][: duty.start()]):
            out.append(_hit(bodies, at + m.start(), at + len(sentence), m["rest"], "set_up_body"))
    return out


def _own_subject(between: str) -> bool:
    """Does a clause between a set-up and its duty have a body subject of its own
    ("成立X，X办公室设在Y，负责…": the office is the one that 负责)?"""
    return any(_subject(c.group()) for c in _CLAUSES.finditer(between))


def object_body(sentence: str, at: int) -> list[Hit]:
    """移交X管理 / 报X审核 / 明确X对…: X is given the duty."""
    out = []
    for m in _OBJECT_OF.finditer(sentence):
        bodies = parse_bodies(m["x"])
        if _strong(bodies) and bodies is not None:
            start = at + _clause_start(sentence, m.start())
            out.append(_hit(bodies, start, at + _clause_end(sentence, m.end()), sentence[m.end():], "object_body"))
    return out


def role_pair(sentence: str, at: int) -> list[Hit]:
    """X牵头，Y配合 (run-in), Y配合X做好… and Y指导，X负责落实: X leads, Y supports.

    >>> [(h.lead, h.support) for h in role_pair("市教育局指导，各区教育局负责落实。", 0)]
    [(['各区教育局'], ['市教育局'])]
    >>> [(h.lead, h.support) for h in role_pair("区民政局承办，区政府办公室负责协调、督导。", 0)]
    [(['区民政局'], ['区政府办公室'])]
    """
    out = []
    for rx in (_PAIR, _ASSIST, _GUIDED, _HANDLED):
        for m in rx.finditer(sentence):
            xs, ys = _pair_side(m["x"]), _clause_tail(m["y"])
            x, y = parse_bodies(xs), parse_bodies(ys)
            y_nominal = is_nominal(ys.removesuffix("等")) or bool(y) and all(is_nominal(b.name) for b in y or [])
            if x and y and is_nominal(xs) and y_nominal and not _PATTERN.search(sentence, m.start()):
                start = at + _clause_start(sentence, m.start())
                out.append(_hit(x, start, at + len(sentence), sentence[m.end():], "role_pair", y))
    return out


_MODIFIER_END = regex.compile(r"[的之]")


def _pair_side(phrase: str) -> str:
    """The lead side of a role pair: the clause's tail without its item marker and without
    a working group's label glued before the bodies ("(2)救治组市卫健委" → 市卫健委).

    >>> _pair_side("(2)医疗救治组市卫生健康委"), _pair_side("为此，市教育局"), _pair_side("依计划指定之区民政局")
    ('市卫生健康委', '市教育局', '区民政局')
    """
    tail = _clause_tail(phrase)
    tail = tail[_opening(tail) :]
    tail = _MODIFIER_END.split(tail)[-1]  # "…计划指定之X局承办": the name after its modifier
    label = group_label(tail)
    if label != tail:
        return label
    first = split_items(tail, strong_only=True)[:1]
    if first and group_label(first[0]) != first[0]:
        return tail[len(first[0]) - len(group_label(first[0])) :]
    return tail


_CLAUSE_CUT = regex.compile(r"[，,：:]")
_ANNEX = regex.compile(r"\(附件\d*\)$")


def _clause_tail(phrase: str) -> str:
    return _CLAUSE_CUT.split(phrase)[-1]


def _clause_start(sentence: str, pos: int) -> int:
    cut = max(sentence.rfind(c, 0, pos) for c in "，,：:")
    return cut + 1


def _clause_end(sentence: str, pos: int) -> int:
    ends = [i for i in (sentence.find(c, pos) for c in "，,") if i >= 0]
    return min(ends) if ends else len(sentence)


def subject_body(sentence: str, at: int) -> list[Hit]:
    """Clause-initial bodies followed by a duty word or an action verb: every body leads."""
    out = []
    gate = _end_chars().search
    for off, stop in _clause_spans(sentence):
        if gate(sentence, off, stop) is None:  # no name can end in it: ``_subject`` says None
            continue
        clause = sentence[off:stop]
        skip = _opening(clause)
        found = _subject(clause[skip:]) or _across_time_phrase(sentence, off + skip, stop)
        if found is None:
            continue
        bodies, rest = found
        tail = sentence[off + skip : off + skip + TAIL_WINDOW]  # bounded: a comma-only "sentence" may run on
        if _completed(tail) and not _duty_word(rest):
            continue
        if _not_a_task(bodies, rest, tail, sentence[off + len(clause) : off + len(clause) + TAIL_WINDOW]):
            continue
        start = at + off + skip
        hit = _hit(bodies, start, at + len(sentence), rest, "subject", _partners(rest))
        hit.extra["rest"] = rest
        hit.extra["duty"] = "1" if duty_opening(rest) else ""
        hit.extra["modal"] = "1" if _MODAL.search(_CLAUSE_CUT.split(rest, 1)[0]) else ""
        out.append(hit)
    return out


#: a time phrase closing a clause between a body and its predicate ("区民政部门自收到申请之日起，应在5日内…")
_TIME_PHRASE_END = regex.compile(r"(?:自|从|在|于)[^，,。；;]{1,30}?(?:之日起|起|之后|以后|后|之前|以前|前|时|内)[，,]$")
_NEXT_CLAUSE = regex.compile(r"[^，,。；;]+")


def _across_time_phrase(sentence: str, start: int, stop: int) -> Optional[tuple[list[Body], str]]:
    """A body whose predicate follows a time phrase and a comma ("区残联自接收到材料之日起，应在3个工作日内完成
    审核"): the body and the next clause, read as one.

    >>> bodies, rest = _across_time_phrase("区残联自收到材料之日起，应在3日内完成审核。", 0, 12)
    >>> [b.name for b in bodies], rest
    (['区残联'], '应在3日内完成审核')
    """
    clause = sentence[start:stop]
    m = _TIME_PHRASE_END.search(clause)
    nxt = _NEXT_CLAUSE.match(sentence, stop)
    if m is None or m.start() < 2 or nxt is None:
        return None
    return _subject(clause[: m.start()] + nxt.group())


_NOTE_END = lazy_regex(rf"(?<={alt(ROLE_WORDS)})\)")


def _clause_spans(sentence: str) -> Iterator[tuple[int, int]]:
    """Spans of the clauses of ``sentence``, and of the rest of a clause after each note
    inside it: in one-line text "(A负责)1.开展排查(B牵头)2.各县要…" runs on without a full
    stop, and the note that closes a task ends it as one would.

    >>> s = "建台账(A局负责)2.各县要建专班，按月报告。"
    >>> [s[a:b] for a, b in _clause_spans(s)]
    ['建台账(A局负责)2.各县要建专班，', '2.各县要建专班，', '按月报告。']
    """
    for m in _CLAUSE_RUN.finditer(sentence):
        off, stop = m.span()
        yield off, stop
        if ")" in m.group():
            for note in _NOTE_END.finditer(sentence, off, stop - 1):
                yield note.end(), stop
            for item in _ITEM_INSIDE.finditer(sentence, off + 1, stop - 1):
                yield item.start(), stop  # "…预警行动(1)区卫健委密切关注…": an item starts


#: a bracketed item number inside a clause (run-on text: "…措施:(1)X局…(2)Y局…")
_ITEM_INSIDE = regex.compile(r"\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)(?=\p{Han})")


def _opening(clause: str) -> int:
    """Length of what opens a clause before its subject: item markers and a closed note.

    >>> _opening("(一)市教育局要…"), _opening("(省能源局牵头)各市要…"), _opening("(含民办)学校")
    (3, 8, 0)
    >>> _opening("(市卫健委负责)(二)市教育局要…")
    11
    """
    skip = len(clause) - len(clause.lstrip())
    while True:
        rest = clause[skip:]
        m = _MARKER.match(rest) or _CLOSED_NOTE.match(rest)
        if m is None or not m.end():
            return skip
        skip += m.end()


_SELF = frozenset(SELF_REFERENCES)
_FORMULA = regex.compile(r"^[^，,。；;]*[=＝]")
_UNNAMED = frozenset(UNNAMED_GOVERNMENT)
_STANDING = lazy_regex(rf"^(?:{alt(ADVERBS)})?(?:{alt(STANDING_MODALS)})")


def _generic(body: Body) -> bool:
    """A body named by kind and scope, not by name: 各地各有关部门, 地方各级政府, 有关部门.

    >>> _generic(Body("地方各级政府", "organ")), _generic(Body("省交通运输厅", "organ"))
    (True, False)
    """
    return body.remainder or body.name.startswith(GENERIC_OPENERS) or any(w in body.name for w in GENERIC_WORDS)
_PERMISSION = lazy_regex(
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
_LOCATED = regex.compile(alt(LOCATION_VERBS))
_LATER_DUTY = lazy_regex(r"^[^。；;]*?(?:^|[，,])(?:并|具体|主要)?(?:负责|承担)(?!人|同志)")
#: "X违反…的，由Y责令…": the clause up to "的，" before 由 is the condition of a penalty
_CONDITION = regex.compile(r"^[^由。；;]*的[，,]\s*(?:[^，,。；;由]{0,12}[，,])?\s*(?:依法)?由")


def _not_a_task(bodies: list[Body], rest: str, tail: str, after: str) -> bool:
    """Subject clauses that assign nothing although a predicate follows the bodies:

    - the author naming itself ("我局将围绕…重点抓好以下工作");
    - the government unnamed ("政府将投入…", a report's own voice), unless explicit duty
      wording follows ("政府要履行…职责");
    - a standing rule: generic bodies (各地各有关部门, 地方各级政府 …) under the law-style
      modal 应当 (real-set gold: "law-style 应当" and generic-subject rules are no tasks);
    - a body only located ("领导小组办公室设在X。"), unless a duty follows in the sentence
      ("…设在X，负责日常工作");
    - the condition of a penalty ("X违反本办法规定的，由Y责令改正": Y is the party), unless
      X is given a duty first ("X负责制定标准，不合格的，由Y督促整改": both are).

    >>> _not_a_task([Body("我委", "name")], "将重点抓好以下工作", "我委将重点抓好以下工作", "")
    True
    >>> b = [Body("工作专班办公室", "organ")]
    >>> _not_a_task(b, "设在区住建局", "工作专班办公室设在区住建局。", ""), _not_a_task(b, "设在区住建局，", "", "承担日常联络")
    (True, False)
    """
    if all(b.name in _SELF for b in bodies):
        return True
    if all(b.name in _UNNAMED for b in bodies) and not duty_opening(rest):
        return True
    if _STANDING.match(rest) and all(map(_generic, bodies)):
        return True
    if _LOCATED.match(rest) and not _LATER_DUTY.match(after):
        return True
    if _PRESENTS.search(_CLAUSE_CUT.split(rest, 1)[0]) or _STAFFED.match(rest):
        return True
    if _STATES_TARGET.search(_CLAUSE_CUT.split(rest, 1)[0]) and not duty_opening(rest):
        return True
    return bool(_CONDITION.match(tail)) and not duty_opening(rest)


#: a clause that presents what follows ("X…工作安排如下：", "职责分工如下"): no task of X
_PRESENTS = lazy_regex(alt(PRESENTING_ENDS) + r"[：:。]?\s*$")
#: a share the clause sets with a target verb and no duty word ("X能耗较上年降低4.5%",
#: "X新增设备能效占比达到80%"): the body names whose figure it is, a target, no task
_STATES_TARGET = lazy_regex(rf"(?:{alt(TARGET_VERBS)})[^，,。；;]{{0,12}}?\d+(?:\.\d+)?\s*(?:%|％|个百分点)")
#: the staffing of a body ("工作专班设组长1名、副组长2名"): its make-up, no task
_STAFFED = lazy_regex(rf"^(?:下)?设(?:立)?(?:{alt(PERSON_TITLES)})")


#: an achievement reported ("…取得明显成效"): narration, like a perfective 了
_ACHIEVED = lazy_regex(alt(ACHIEVEMENT_WORDS))
#: a perfective 了 (not 为了, 除了, 了解, 不了 …): the sentence reports a completed action
_PERFECTIVE = regex.compile(r"(?<![为除不得])了(?!解|结|如指掌)")


TAIL_WINDOW = 400  # characters of the rest of a sentence read after a subject (one-line texts run on)


def _completed(tail: str) -> bool:
    """"X会同Y，…进行了评估": a completed action with no modal is narration, not a task.

    >>> _completed("市教育局会同有关部门对规划实施情况进行了评估。"), _completed("市教育局要为了学生…")
    (True, False)
    >>> _completed("各区不断加大投入，工作取得明显成效。")
    True
    """
    return bool(_PERFECTIVE.search(tail) or _ACHIEVED.search(tail)) and not _MODAL.search(tail)


def _subject(clause: str) -> Optional[tuple[list[Body], str]]:
    """The longest clause-initial body list that a predicate follows, and the rest.

    Checks run most selective per cost first (all are pure, so the order changes no
    answer): the body grammar (rejects ~40% of the ends tried on the seeds), the rest's
    opening (~12%), then the tagged predicate and the tagged name boundaries.
    """
    verb = _verb_floor(clause)
    window = min(48, verb - 1)
    # no name end can be tried (the character class first: it is necessary and far cheaper)
    if not _end_chars().search(clause, 0, window) or not _end_gate().search(clause, 0, window):
        return None
    for end in _name_ends(clause[: min(48, _body_limit(clause))]):
        if end >= verb:  # the body phrase opens with a verb: ``is_nominal`` says no
            continue
        bodies = parse_bodies(clause[:end])
        if not bodies:
            continue
        rest = clause[end:]
        run = _run_facility(bodies, rest)
        if run is not None:  # "教育部门办幼儿园要…": the facilities the body runs are the subject
            bodies, rest = [Body(clause[:end] + rest[:run], "organ")], rest[run:]
        if _rules_out_predicate(rest) or not _addressable(bodies, rest) or not _opens_with_predicate(rest):
            continue
        if is_nominal(clause[:end]) and ends_at_boundary(clause, end):
            return bodies, rest
    return None


@lru_cache(maxsize=1)
def _run_facility_pattern() -> "regex.Pattern[str]":
    """办 + a short modifier + a facility type of the lexicon's weak heads (幼儿园, 学校 …)."""
    return regex.compile(rf"^(?:{alt(RUN_BY)})[^，,。；;的\s]{{0,6}}?(?:{alt(lexicon().weak)})")


def _run_facility(bodies: list[Body], rest: str) -> Optional[int]:
    """Length of "办 + facility" opening ``rest`` after one strong body ("教育部门办小区配套
    幼儿园…": the kindergartens the education department runs), or None.

    >>> _run_facility([Body("教育部门", "organ")], "办幼儿园要于月底前公示")
    4
    """
    if len(bodies) != 1 or not _strong(bodies) or not rest.startswith(RUN_BY):
        return None
    m = _run_facility_pattern().match(rest)
    return m.end() if m else None


_VERB_FIRSTS = frozenset(w[0] for w in VERB_STARTS)
#: shortest first: the match is the shortest verb start opening the string
_VERB_START = regex.compile("|".join(regex.escape(w) for w in sorted(VERB_STARTS, key=len)))


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
_NEVER_IN_BODY = regex.compile(r"[\d%=《》。；;：:！？!?的之了着由]")


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


def _name_ends(prefix: str) -> list[int]:
    """Positions where a body name could end in ``prefix``, longest first (one regex pass)."""
    ends = {m.end() for m in head_starts_pattern().finditer(prefix, overlapped=True)}
    ends.update(m.end() for m in _PLACE_CHAR.finditer(prefix))
    return sorted(ends, reverse=True)


_PLACE_CHAR = regex.compile(r"[市县区省直)]")


@lru_cache(maxsize=1)
def _end_gate() -> "re.Pattern[str]":
    """Some head word or place character lies wholly inside the searched range.

    Every end ``_name_ends`` gives for a prefix of the clause is the end of such a match
    inside that prefix, so a range with none of them gives no end to try. A flat literal
    alternation on stdlib ``re`` (see ``lexicon.head_pattern``): one fast scan per clause.
    """
    return re.compile(head_pattern().pattern + r"|[市县区省直)]")


@lru_cache(maxsize=1)
def _end_chars() -> "re.Pattern[str]":
    """The last characters of every ``_end_gate`` match, as one character class.

    Each match of ``_end_gate`` wholly inside a clause holds its last character there, so
    a clause without any of these characters gives ``_subject`` no name end to try (a
    character-class scan costs a fraction of the literal alternation's).
    """
    last = {w[-1] for w in head_words() if w} | set("市县区省直)")
    return re.compile("[" + "".join(re.escape(c) for c in sorted(last)) + "]")


def _predicate_ok(bodies: list[Body], rest: str) -> bool:
    """Does ``rest`` open with a duty or an action verb that suits these bodies?"""
    return not _rules_out_predicate(rest) and _addressable(bodies, rest) and _opens_with_predicate(rest)


def _addressable(bodies: list[Body], rest: str = "") -> bool:
    """Strong bodies always; weak ones (学校, 幼儿园 …) when scoped (各学校), named with a place
    (县职业技术学校), or the subject of a modal duty (幼儿园应当…, 中小学校要…)."""
    if _strong(bodies) or all(map(_named, bodies)):
        return True
    modal = bool(_MODAL_OPENING.match(rest))
    return _scoped(bodies, modal) or modal and all(b.grade != "weak" or _one_word(b.name) for b in bodies)


def _one_word(name: str) -> bool:
    """A body type as one word (幼儿园, 中小学校, 职业院校); a modified type (配套幼儿园,
    寄宿制幼儿园) names a kind of facility that the sentence describes, not an addressee. A weak head of the
    lexicon is one word however it is written (乡镇(街道))."""
    return name in lexicon().weak or len(tag(name)) == 1


_MODAL_OPENING = regex.compile(
    rf"^(?:{alt(ADVERBS)})?(?:{alt(MODALS)})(?!{alt(NOT_MODAL_AFTER)})|^(?:统一|全面|具体)?负责(?!人|同志|地)"
)
#: a place opening a name: 市/县/区/省, or a place name ending in 市/县/省 (not 小区, 社区, 园区)
_PLACE_START = lazy_regex(r"^(?:[市县区省]|\p{Han}{1,3}[市县省](?=\p{Han}{2}))")


def _named(body: Body) -> bool:
    """A weak body named with its place: "县职业技术学校", "某某市实验幼儿园" (one institution);
    not a scope over many ("全市所有街道", "各乡镇": see ``_scoped``)."""
    if body.grade != "weak":
        return True
    return not body.name.startswith(_SCOPE_WORDS) and bool(_PLACE_START.match(body.name)) and len(body.name) >= 5


_SCOPE_WORDS = ADDRESSING_SCOPES + COVERAGE_SCOPES


def _rules_out_predicate(rest: str) -> bool:
    """The cheap checks: ``rest`` opens with 的/和/…, narration, a permission (可), a
    facility run by the subject (X办幼儿园) or a design pattern."""
    if not rest or rest.startswith(("的", "和", "、", "及", "长") + _PERSON_WORDS):
        return True
    if _NARRATION.match(rest) or _ADJECTIVAL.match(rest) or _PERMISSION.match(rest) or _runs(rest):
        return True
    if _FORMULA.search(rest[:48]):  # "各区完成率=完成数/任务数": a definition
        return True
    if rest.startswith(MODIFIED_NOUNS):  # "地方财政收入…": the body modifies a noun
        return True
    if rest.startswith(VERB_OR_NOUN) and rest[2:].startswith(NOUN_AFTER):  # "市财政投入增长…", not "…投入专项资金"
        return True
    if _NARRATED.match(rest) or _LETS_TAKE_PART.match(rest):
        return True
    return bool(_PATTERN.match(rest) or _PATTERN.search(rest[:50]) and _PATTERN_LEAD.match(rest))


def _opens_with_predicate(rest: str) -> bool:
    """After the cheap checks: a duty word, or (tagged) an action verb after adverbs; not
    more bodies up to the clause's end (an address line "X、Y各部门：")."""
    if _more_bodies(rest) or _relative_clause(rest):
        return False
    if _BY_DUTY.match(rest) or _WITH.match(rest):
        return True
    if rest.startswith(COACTION):
        return _coaction(rest)
    words = _words_after_adverbs(rest)
    if not words:
        return False
    word, pos = words
    if _DUTY.match(word) or word.startswith(DUTY_WORDS) and not word.startswith(_PERSON_WORDS):
        return not word.startswith(_NOT_MODAL_WORDS)
    if _NON_TASK.fullmatch(word) or _NON_TASK.match(rest):
        return False
    if word in _TASK_OPENERS:
        return _opener_ok(word, rest)
    # a task verb of VERB_STARTS the tagger misreads ("建立健全" as a name); a verbal noun
    # after an adverb is the verb ("X视情启动响应": 启动 tagged vn)
    adverbed = pos == "vn" and not rest.startswith(word)
    return pos in ("v", "vd", "a") or adverbed or rest.startswith(_TASK_VERBS)


#: 于 + a time that closes with a deadline word ("于月底前", "于演练后1周内")
_DEADLINE_AT = lazy_regex(rf"于[^，,。；;]{{1,24}}?(?:{alt(DEADLINE_ENDS)})")


def _opener_ok(word: str, rest: str) -> bool:
    """A preposition opens a task, except 于 with a date and no deadline ("X于5月12日核定":
    a past event reported; "X于月底前报送": a task).

    >>> _opener_ok("于", "于3月12日核定"), _opener_ok("于", "于每月底前报送"), _opener_ok("对", "对学校实行…")
    (False, True, True)
    """
    if word != "于":
        return True
    return _DEADLINE_AT.search(rest, 0, 40) is not None


#: words a modal's character opens that are no modal (应急, 要素 …)
_NOT_MODAL_WORDS = tuple(m + a for m in MODALS if len(m) == 1 for a in NOT_MODAL_AFTER)
_TASK_VERBS = tuple(w for w in VERB_STARTS if len(w) > 1 and w not in CAUSATIVES + SOFT_CAUSATIVES)
#: person nouns that start like a duty word (负责人 is a person, not 负责)
_PERSON_WORDS = ("负责人", "负责同志")
#: prepositions that open a task after a subject: "X对…实行", "X将/把…纳入", "X根据…启动",
#: "X向Y报告", "X于月底前报送"
_TASK_OPENERS = TASK_PREPOSITIONS


_ADDRESS_END = regex.compile(r"[：:，,]$")


def _more_bodies(rest: str) -> bool:
    """Is the rest of the clause nothing but bodies ("市政府各部门、各直属单位：")?

    >>> _more_bodies("各部门、各直属单位："), _more_bodies("各部门要抓好落实，")
    (True, False)
    """
    clause = _CLAUSE_CUT.split(rest, 1)[0]
    if not clause or _ADDRESS_END.search(rest[: len(clause) + 1]) is None:
        return False
    bodies = parse_bodies(clause)
    return bool(bodies) and all(b.name.startswith(ADDRESSING_SCOPES) or is_nominal(b.name) for b in bodies or [])


#: what follows 的 in a list item naming a case: a short noun phrase that ends the sentence
_NOUN_ITEM = regex.compile(r"[^，,。；;由]{1,16}[。；;]?\s*")


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
    if "的" not in rest[:12] or _MODAL_OPENING.match(rest):
        return False
    head = rest.split("的", 1)
    if len(head) < 2 or not head[0] or len(head[0]) > 10 or not _NOUN_ITEM.fullmatch(head[1]):
        return False
    words = tag(head[0])
    return words[0][1].startswith("v") and words[-1][1].startswith("v")


def _coaction(rest: str) -> bool:
    """"与/同 + partner + verb" within the clause: the subject acts with a partner (X与企业开展…)."""
    clause = _CLAUSE_CUT.split(rest, 1)[0][:32]
    return any(p == "v" and not _NON_TASK.fullmatch(w) for w, p in tag(clause)[2:])


def duty_opening(rest: str) -> bool:
    """Does ``rest`` open with explicit duty wording (负责, 要/应当, 落实, 履行, 会同…)?"""
    return bool(_WITH.match(rest)) or _duty_word(rest)


def _duty_word(rest: str) -> bool:
    """Does ``rest`` open with a duty word (负责, 要/应当, 落实, 履行 …), adverbs aside?"""
    if _BY_DUTY.match(rest) or _MODAL_OPENING.match(rest):
        return True
    words = _words_after_adverbs(rest)
    return bool(words) and bool(_DUTY.match(words[0]))


def _scoped(bodies: list[Body], modal: bool = False) -> bool:
    """Weak bodies count when a scope word makes them the addressees: 各县(市、区), 各乡镇;
    a coverage word (每个乡镇, 全市所有街道) only before a modal duty (每个乡镇要…): without one
    it states a standard ("每个乡镇至少办好1所幼儿园")."""
    scopes = ADDRESSING_SCOPES + COVERAGE_SCOPES if modal else ADDRESSING_SCOPES
    return all(b.name.startswith(scopes) or b.grade != "weak" for b in bodies) or len(bodies) > 2


def _words_after_adverbs(rest: str) -> Optional[tuple[str, str]]:
    for word, pos in tag(rest[:16]):
        if _NARRATED.fullmatch(word):
            return None
        if _DUTY.fullmatch(word) and word not in ("各", "均") or word in _TASK_OPENERS:
            return word, pos
        if _ADVERB.fullmatch(word) or pos in ("d", "ad", "t") or word in ("每年", "均", "各"):
            continue
        if word.endswith("了") or _NARRATION.match(rest):
            return None
        return word, pos
    return None


def inline_duty(sentence: str, at: int) -> list[Hit]:
    """…X统一负责的… inside a clause: the nouns right before 负责 name X; not in a design
    pattern ("完善政府负责、部门监管、社会参与的管理体系").

    >>> inline_duty("完善政府负责、部门监管、社会参与的环境管理体系。", 0)
    []
    """
    out = []
    for m in _INLINE_DUTY.finditer(sentence):
        cs = _clause_start(sentence, m.start())
        if cs == m.start() or _PATTERN.match(sentence, m.start()):
            continue
        bodies = _bodies_before(sentence[cs:m.start()])
        if bodies:
            start = at + cs + len(sentence[cs:m.start()]) - sum(len(b.name) for b in bodies)
            out.append(_hit(bodies, max(start, at + cs), at + _clause_end(sentence, m.end()), sentence[m.end():], "inline_duty"))
    return out


INLINE_WORDS = 64
"""Words before an inline 负责 read for its bodies: a list of that many names is already long, and reading
every tail of a longer one would cost its square (a 50,000-name list took minutes)."""


def _bodies_before(phrase: str) -> Optional[list[Body]]:
    words = [w for w, _ in tag(phrase[-INLINE_WORDS * 8 :])][-INLINE_WORDS:]
    for k in range(len(words)):
        phrase = "".join(words[k:])
        bodies = parse_bodies(phrase)
        if bodies and _strong(bodies) and is_nominal(phrase):
            return bodies
    return None


_REQUEST = lazy_regex(
    rf"\s*(?:同时|并|另)?(?:{alt(REQUEST_OPENERS)})(?:{alt(REQUEST_ADVERBS)})?(?!{alt(ADDRESSEE_OPENERS)})"
)
#: an adverb right after a request word: the reader is asked ("请及时办理"), no body named
_READER_ADVERB = lazy_regex(alt(tuple(w for w in ADVERBS if w not in ADDRESSING_SCOPES + ("均", "都", "要", "也", "还"))))
#: a request that is only the formula of a cover letter: adverbs, then 落实/执行, then the end
_COVER_FORMULA = lazy_regex(rf"^(?:{alt(ADVERBS + DEGREE_ADVERBS)})*(?:{alt(FORMULA_TASKS)})[。；;！!]?\s*$")


def request_body(sentence: str, at: int) -> list[Hit]:
    """A request to named bodies opening a clause: "请X于月底前报送…", "要求X加强…",
    "责成X整改": X leads (every body named), as the subject of its task. Not the
    addressee of a letter ("请贵单位…"), nor a request with no body after it ("请予审议").

    >>> [h.lead for h in request_body("请区应急局于每月5日前报送进展。", 0)]
    [['区应急局']]
    >>> request_body("请贵单位于月底前反馈意见。", 0), request_body("请予审议。", 0), request_body("请各单位认真贯彻落实。", 0)
    ([], [], [])
    """
    out = []
    for off, stop in _clause_spans(sentence):
        skip = off + _opening(sentence[off:stop])
        m = _REQUEST.match(sentence, skip, stop)
        if m is None or _READER_ADVERB.match(sentence, m.end()):  # "请主动联系…": the reader is asked
            continue
        found = _subject(sentence[m.end() :])
        if found is None:
            continue
        bodies, rest = found
        if not _strong(bodies) and not _scoped(bodies) or _COVER_FORMULA.match(rest):
            continue
        out.append(_hit(bodies, at + skip, at + len(sentence), rest, "request"))
    return out


#: a body named by what it is charged with: "负有X职责的部门", "负责X的地方政府" (的 stands
#: inside the name, so the body grammar of ``names`` cannot read it)
_RELATIVE_NAME = lazy_regex(
    rf"(?:其他)?(?:{alt(RELATIVE_OPENERS)})[^，,。；;的]{{1,24}}?的(?:有关|相关)?(?:[省市县区]级?)?(?:{alt(RELATIVE_HEADS)})"
)
_JOINERS = regex.compile(r"^(?:和|及|以及|、)$")


def relative_subject(sentence: str, at: int) -> list[Hit]:
    """A clause whose subject holds a body named by a relative clause ("负有监管职责的部门要…",
    "负责调查的地方政府和有关部门要…"), with explicit duty wording or a task verb after it:
    every body of the subject leads.

    >>> [(h.lead, h.task) for h in relative_subject("负有安全监管职责的部门要加强执法检查。", 0)]
    [(['负有安全监管职责的部门'], '要加强执法检查')]
    """
    out = []
    for off, stop in _clause_spans(sentence):
        skip = _opening(sentence[off:stop])
        found = _relative_subject(sentence[off + skip :])  # the predicate may follow a comma
        if found is None:
            continue
        names, rest = found
        start = at + off + skip
        hit = Hit(names, [], start, at + len(sentence), trim(rest)[:80], "relative_subject")
        hit.extra["rest"] = rest
        hit.extra["duty"] = "1" if duty_opening(rest) else ""
        out.append(hit)
    return out


def _relative_subject(clause: str) -> Optional[tuple[list[str], str]]:
    """The names of a subject holding a relative name and the rest, or None."""
    first = _RELATIVE_NAME.search(clause, 0, 40)
    if first is None:
        return None
    names: list[str] = []
    if first.start():  # bodies before it: "X和负有…的部门"
        before = clause[: first.start()]
        joiner = regex.search(r"(?:和|及|以及|、)$", before)
        bodies = parse_bodies(before[: joiner.start()]) if joiner else None
        if not bodies:
            return None
        names += [b.name for b in bodies]
    names.append(first.group())
    end = first.end()
    after = regex.match(r"(?:和|及|以及|、)(?P<x>[^，,。；;]{2,20}?)(?=要|应|须|负责|依法|依照|按照|对|在)", clause[end:])
    if after:
        bodies = parse_bodies(after["x"])
        if bodies and _strong(bodies):
            names += [b.name for b in bodies]
            end += after.end()
    rest = clause[end:].lstrip("，, ")
    if not rest or not (duty_opening(rest) or _opens_with_predicate(rest)) or _rules_out_predicate(rest):
        return None
    return names, rest


#: (name, recogniser, cue): a recogniser runs only on sentences holding one of its cue
#: words. Each cue is a literal that every match of the recogniser's pattern contains
#: (None: no such literal, always run), so the cue skips sentences, never hits.
RECOGNISERS: tuple[tuple[str, Recogniser, Optional[tuple[str, ...]]], ...] = (
    ("role_pair", role_pair, ("牵头", "配合") + NOTE_GUIDE_ROLES + HANDLING_ROLES),  # _PAIR: 牵头; _ASSIST: 配合; _GUIDED
    ("by_body", by_body, ("由",)),
    ("under_body", under_body, ("下",)),
    ("set_up_body", set_up_body, ("成立",)),
    ("relative_subject", relative_subject, RELATIVE_OPENERS),
    ("request", request_body, REQUEST_OPENERS),
    ("subject", subject_body, None),
    # after the subject: "X应…报Y审核" gives X the task; Y alone only where no subject is
    ("object_body", object_body, ("交由", "移交", "明确", "报")),
    ("inline_duty", inline_duty, ("负责",)),
)


#: each recogniser's cue words as one compiled literal search (one C call per sentence)
_CUE_PATTERNS = tuple(regex.compile(alt(cue)) if cue else None for _, _, cue in RECOGNISERS)


_SLOGAN_PAIR = rf"\p{{Han}}{{1,4}}?{alt(SLOGAN_ROLES)}"
_SLOGAN = regex.compile(rf"{alt(SLOGAN_OPENERS)}(?:起|了)?(?:{_SLOGAN_PAIR}[、，,]){{1,}}{_SLOGAN_PAIR}")


def slogan_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of principle slogans: an opener and two or more "body + role" pairs.

    >>> slogan_spans("构建党委领导、政府负责、社会协同的格局。")
    [(0, 16)]
    >>> slogan_spans("市教育局负责、市财政局配合。")
    []
    """
    if "、" not in sentence:
        return []
    return [m.span() for m in _SLOGAN.finditer(sentence)]


def extract_statements(sentence: str, at: int) -> Iterator[Hit]:
    """Hits of every recogniser on one sentence, in table order.

    ``inline_duty`` is the fallback: it runs only when nothing else found a party. A hit
    that starts inside a principle slogan (``slogan_spans``) names a design pattern: dropped;
    so is one whose leads an earlier hit of the sentence already made its supporters ("X承办，
    Y负责协调": Y's own clause is its supporting role).
    """
    found = False
    slogans = slogan_spans(sentence)
    supporters: set[str] = set()
    for (name, rec, _), cue in zip(RECOGNISERS, _CUE_PATTERNS):
        if name == "inline_duty" and found or cue and not cue.search(sentence):
            continue
        for hit in rec(sentence, at):
            if any(s <= hit.start - at < e for s, e in slogans):
                continue
            if hit.lead and set(hit.lead) <= supporters:
                continue
            found = True
            supporters.update(hit.support)
            yield hit
