"""Recognisers of a body named after a preposition or as an object.

"由X负责…" (:func:`by_body`), "在X领导下…" (:func:`under_body`), "成立X，负责…" (:func:`set_up_body`),
"移交X管理 / 报X审核" (:func:`object_body`), "…是X的职责" (:func:`duty_of_body`).
"""

from __future__ import annotations

from typing import Optional

import regex

from .._lazy import lazy_regex
from ..core.sentences import COLONS, COMMAS, ENUMERATION
from ..settings import BY_ACTION_OVERRUN, BY_BODIES_REACH, SUBJECT_MAX
from .clauses import BODY_LIST, clause_end, clause_start, opening
from .hits import Hit, make_hit
from .names import Body, parse_bodies
from .nominal import ends_at_boundary, is_nominal
from .words import SCHOOL_HEADS
from .predicates import BY_DUTY, MODAL, NON_TASK, PATTERN, partners, rules_out_predicate, words_after_adverbs
from .stops import PERIODS, PHRASE_ENDS, none_of, one_of
from .subjects import find_subject, name_ends, scoped, strong
from .phrase_words import (
    BEAR_ADVERBS, BY_WORD, DUTY_OF_NOUNS, DUTY_OF_QUALITIES, DUTY_OF_TIMES, GUIDING_ROLES, HANDED_DUTIES, HANDOVER_MANNERS, HANDOVER_VERBS, NOT_ACTION_AFTER,
    REFERRAL_VERBS, REVIEW_DUTIES, SET_UP_DUTIES, UNDER_ROLES,
)
from .trace import dropped_bodies
from .words import (
    ABSTRACT_SUBJECTS, BEAR_VERBS, BY_ACTIONS, CHANGE_VERBS, PERSON_TITLES, SHIFT_VERBS, SUPPORT_ROLES,
    LONE_BY, MODALS, UNNAMED_GOVERNMENT, alt, seq,
)

#: "由X <action>": the bodies X end where an action word (or a change verb) begins
_BY_ACTION = lazy_regex(rf"(?P<change>{alt(CHANGE_VERBS)})|(?P<role>{alt(BY_ACTIONS)})(?!{seq(NOT_ACTION_AFTER)})")
_BY_X_STOP = lazy_regex(one_of(PHRASE_ENDS + COLONS, "在") + "|" + LONE_BY)
#: a principle: an abstract subject (经费, 成本 …) borne by bodies, with no modal in its clause
_ABSTRACT = lazy_regex(alt(ABSTRACT_SUBJECTS))
_BEAR = lazy_regex(rf"(?:{seq(BEAR_ADVERBS)})?{alt(BEAR_VERBS)}")
_BY = BY_WORD
_GUIDED = tuple(f"{role}下" for role in GUIDING_ROLES)
_UNDER = lazy_regex(rf"在(?P<x>{BODY_LIST})(?:的)?(?:统一)?(?:{seq(UNDER_ROLES)})下")
_SET_UP = lazy_regex(rf"成立(?:了)?(?P<x>{none_of(PHRASE_ENDS)}{{2,64}}?){one_of(COMMAS)}(?P<rest>{none_of(PERIODS)}*)")
_SET_UP_DUTY = lazy_regex(rf"(?:^|{one_of(COMMAS)})(?:{seq(SET_UP_DUTIES)})")
_CLAUSES = lazy_regex(none_of(COMMAS) + "+")
#: 移交X管理 / 交由X负责 / 明确X对…: X is handed the duty; 报X审核: X must review. Not
#: 报X批准/备案: an approval or filing step of the procedure (gold notes), no task for X; nor is 报经X审核 ("after X
#: has reviewed it": a step of the procedure told in the passive).
_OBJECT_OF = lazy_regex(
    rf"(?:{seq(HANDOVER_VERBS)})(?P<x>{BODY_LIST})(?:{seq(HANDOVER_MANNERS)})?(?:{seq(HANDED_DUTIES)})"
    rf"|(?:{seq(REFERRAL_VERBS)})(?!经)(?P<x>{BODY_LIST})(?:{seq(REVIEW_DUTIES)})"
)


_ANNEX = lazy_regex(r"\(附件\d*\)$")


def by_body(sentence: str, at: int) -> list[Hit]:
    """由X负责… / 由X责令… / 由X按照规定安排… / 由X牵头，Y配合: X leads (every body named).

    X ends where an action word begins; each such place is tried in turn, nearest first,
    until X reads as bodies. Not a party: a from-to change (由A转变为B, 由A向B转变), and a principle,
    an abstract subject borne by bodies (经费由政府承担) with no modal in its clause.

    >>> by_body("推动养老服务由政府包办为主向多方参与转变。", 0)
    []
    >>> [h.lead for h in by_body("省自由贸易港工作办公室要加强督促检查。", 0)]
    []
    >>> by_body("由于市政府组织了生产运动，产量得以恢复。", 0), by_body("由交通运输部提供应急保障时，启动本预案。", 0)
    ([], [])
    """
    out = []
    for m in _BY_START.finditer(sentence):
        if _SHIFT.match(sentence, m.start()):
            continue
        found = _by_bodies(sentence, m.end())
        if found is None:
            continue
        bodies, role = found
        if PATTERN.match(sentence, role.start()):  # "建立由X牵头、Y参与的工作机制": the design of a mechanism
            dropped_bodies("design_pattern", "by_body", bodies, at + m.start(), at + len(sentence), sentence[role.end():])
            continue
        if _CONDITION_END.search(sentence[role.start(): clause_end(sentence, role.start())].rstrip()):
            continue  # "由国务院统一指挥时，…": the condition of what follows, no task
        if _principle(sentence, m.start(), role):
            dropped_bodies("principle", "by_body", bodies, at + m.start(), at + len(sentence), sentence[role.end():])
            continue
        support = (
            _support_after(sentence, role.end()) or partners(sentence[role.start():])
            or partners(sentence[role.end():].lstrip(COMMAS + " "))  # "由X牵头，会同Y…"
        )
        hit = make_hit(bodies, at + m.start(), at + len(sentence), sentence[role.end():], "by_body", support)
        hit.extra["duty"] = "1" if BY_DUTY.match(role.group()) else ""
        out.append(hit)
    return out


#: 由 on its own, not the end of a word (自由, 理由)
_BY_START = lazy_regex(LONE_BY + "(?![于此衷])")  # not 由于 (because), 由此, 由衷
_CONDITION_END = lazy_regex(r"(?<![及按同准适随实定临暂届])时$")
_SHIFT = lazy_regex(rf"由{none_of(PHRASE_ENDS)}{{1,30}}?向{none_of(PHRASE_ENDS)}{{1,40}}?(?:{alt(SHIFT_VERBS)})")


def _by_bodies(sentence: str, pos: int) -> Optional[tuple[list[Body], "regex.Match[str]"]]:
    """The bodies after "由" at ``pos`` and the action word ending them, or None: at an
    action word of ``BY_ACTIONS``, else (:func:`_by_verb`) at a verb the tagger finds."""
    stop = _BY_X_STOP.search(sentence, pos, pos + BY_BODIES_REACH)
    limit = stop.start() if stop else min(len(sentence), pos + BY_BODIES_REACH)
    for role in _BY_ACTION.finditer(sentence, pos + 2, limit + BY_ACTION_OVERRUN, overlapped=True):
        if role.start() > limit:
            break
        if role["change"]:
            return None
        bodies = parse_bodies(sentence[pos : role.start()])
        if bodies and (strong(bodies) or scoped(bodies) or "负责" in role.group() or _schools(bodies)) \
                and ("报" not in sentence[pos:role.start()] or is_nominal(sentence[pos:role.start()])):
            return bodies, role  # a weak body counts when addressed with 各 ("由各地统筹…"); "X审核后报Y": no name
    return _by_verb(sentence, pos, limit)


def _schools(bodies: list[Body]) -> bool:
    """Schools named by their type alone ("由高校审查决定…", "由学校组织考试"): the schools a rule addresses, which act
    on their own part of it (an enterprise or a place named so is no addressee)."""
    return all(b.grade == "weak" and b.name in SCHOOL_HEADS for b in bodies)


def _by_verb(sentence: str, pos: int, limit: int) -> Optional[tuple[list[Body], "regex.Match[str]"]]:
    """"由X遴聘专家…", "由X自行规划办理": X read as bodies up to a name end, the longest
    first, where the tagger finds a task verb after it (adverbs aside).

    >>> [b.name for b in _by_verb("评审专家由市应急局遴聘。", 5, 11)[0]]
    ['市应急局']
    >>> [b.name for b in _by_verb("所需资金由市财政从专项资金中安排。", 5, 16)[0]]
    ['市财政']
    """
    phrase = sentence[pos:limit]
    for end in name_ends(phrase[:SUBJECT_MAX]):
        bodies = parse_bodies(phrase[:end])
        if not strong(bodies) or not is_nominal(phrase[:end]) or not ends_at_boundary(sentence[pos:], end):
            continue
        rest = sentence[pos + end :]
        if rules_out_predicate(rest) or rest.startswith(PERSON_TITLES):
            continue
        frame = _SOURCE_FRAME.match(rest)  # "由市财政从专项资金中安排": where it takes the means from, then its verb
        if frame is not None:
            end += frame.end()
            rest = rest[frame.end():]
        words = words_after_adverbs(rest)
        if not words or words[1] not in ("v", "vd") or NON_TASK.fullmatch(words[0]) or NON_TASK.match(rest):
            continue
        at = rest.find(words[0])
        after = at + len(words[0])
        if rest.startswith("的", after) or rest.startswith(PERSON_TITLES, after):
            continue  # "由X确定的部门制定": a relative clause; "由X筹备主任…": a person of X
        verb = regex.compile(regex.escape(words[0])).match(sentence, pos + end + at)
        if verb is not None and bodies:
            return bodies, verb
    return None


#: where a body takes what it spends or uses from, between it and its verb: "从专项资金中", "在年度预算内"
_SOURCE_FRAME = lazy_regex(rf"(?:从|在){none_of(PHRASE_ENDS)}{{1,15}}?(?:中|内|里)")


def _principle(sentence: str, by: int, role: "regex.Match[str]") -> bool:
    """Abstract subject + 由…承担/负担 and no modal before 由 in the clause: a principle."""
    if not _BEAR.match(sentence, role.start()):
        return False
    before = sentence[clause_start(sentence, by) : by]
    return bool(_ABSTRACT.search(before)) and not MODAL.search(before)


_SUPPORT_AFTER = lazy_regex(rf"{one_of(COMMAS + ENUMERATION)}?(?P<y>{BODY_LIST})(?:{alt(SUPPORT_ROLES)})")


def _support_after(sentence: str, pos: int) -> list[Body]:
    m = _SUPPORT_AFTER.match(sentence, pos)
    return (parse_bodies(m["y"]) or []) if m else []


_MODAL_END = lazy_regex(rf"(?:{alt(MODALS)})$")


def under_body(sentence: str, at: int) -> list[Hit]:
    """在X(的统一)领导/组织下…: X leads; but a body named before 在 is the clause's subject
    and leads itself ("Y在X的领导下，指挥区域内应对工作": X is context). A body that only guides
    ("在X指导下组建…") leads nothing when no subject is named: it supports whoever does the work (SPEC).

    >>> [h.lead for h in under_body("分局指挥部在市指挥部的领导下，指挥辖区应对工作。", 0)]
    [['分局指挥部']]
    >>> [(h.lead, h.support) for h in under_body("对受灾镇的重建，由县委、县政府在省有关部门指导下，组织编制方案。", 0)]
    [(['县委', '县政府'], ['省有关部门'])]
    >>> under_body("在省有关部门指导下组建专家委员会。", 0)
    []
    >>> [h.lead for h in under_body("各区民政局要在区政府领导下，做好登记工作。", 0)]
    [['各区民政局']]
    >>> under_body("在市政府领导下，市交通局负责组织抢险。", 0)
    []
    """
    out = []
    for m in _UNDER.finditer(sentence):
        bodies = parse_bodies(m["x"])
        if not bodies:
            continue
        cs = clause_start(sentence, m.start())
        before = sentence[cs : m.start()]
        before = before[opening(before) :]
        if before.startswith(_BY):  # "由Y在X指导下，组织编制…": Y, whom 由 names, is the subject
            before = before[len(_BY):]
        before = _MODAL_END.sub("", before)  # "Y要在X领导下，…": Y, then its modal
        subject = parse_bodies(before) if before else None
        if subject and is_nominal(before):
            guides = bodies if m.group().endswith(_GUIDED) else None  # "X指导，Y负责" (SPEC): X supports
            out.append(make_hit(subject, at + cs, at + len(sentence), sentence[m.end():], "under_body", guides))
            continue
        if m.group().endswith(_GUIDED):
            continue
        after = sentence[m.end():].lstrip("，,")
        if find_subject(after[: clause_end(after, 0)]):
            continue  # "在X领导下，Y负责…": Y, the clause's own subject, leads (its own statement); X is context
        out.append(make_hit(bodies, at + m.start(), at + len(sentence), sentence[m.end():], "under_body"))
    return out


def set_up_body(sentence: str, at: int) -> list[Hit]:
    """成立X，负责/对…: a new body given its duty in the same sentence."""
    out = []
    for m in _SET_UP.finditer(sentence):
        bodies = parse_bodies(_ANNEX.sub("", m["x"]).rsplit("的", 1)[-1])
        duty = _SET_UP_DUTY.search(m["rest"])
        if strong(bodies) and duty and bodies is not None and not _own_subject(m["rest"][: duty.start()]):
            out.append(make_hit(bodies, at + m.start(), at + len(sentence), m["rest"], "set_up_body"))
    return out


def _own_subject(between: str) -> bool:
    """Does a clause between a set-up and its duty have a body subject of its own
    ("成立X，X办公室设在Y，负责…": the office is the one that 负责)?"""
    return any(find_subject(c.group()) for c in _CLAUSES.finditer(between))


def object_body(sentence: str, at: int) -> list[Hit]:
    """移交X管理 / 报X审核 / 明确X对…: X is given the duty; not 报经X审核, a step of the procedure in the passive.

    >>> [h.lead for h in object_body("方案报市财政局审核。", 0)], object_body("方案报经市财政局审核后公布。", 0)
    ([['市财政局']], [])
    >>> object_body("形成初步意见上报清单报市财政局审核。", 0)
    []
    """
    out = []
    for m in _OBJECT_OF.finditer(sentence):
        bodies = parse_bodies(m["x"])
        # a referral inside the span read as a body ("上报成果报X审核"): the words before it are no name, nor is X sure
        if strong(bodies) and bodies is not None and ("报" not in m["x"] or is_nominal(m["x"])):
            start = at + clause_start(sentence, m.start())
            out.append(make_hit(bodies, start, at + clause_end(sentence, m.end()), sentence[m.end():], "object_body"))
    return out


#: "…，是(今年)X的(一项)重要职责/任务": the clause before names a duty of X
_DUTY_OF = lazy_regex(
    rf"是(?:{alt(DUTY_OF_TIMES)})?(?P<x>{BODY_LIST})的(?:一项|一个)?(?:{alt(DUTY_OF_QUALITIES)})?(?:{alt(DUTY_OF_NOUNS)})"
    rf"(?={one_of(PHRASE_ENDS)}|$)")


def duty_of_body(sentence: str, at: int) -> list[Hit]:
    """"维护社会治安，是各级政府的重要职责", "做好再就业工作，是今年各级政府的一项突出任务": the clause before 是 is a
    duty the text gives X, stated as X's charge (a duty word: it assigns in a report's own voice too).

    >>> [h.lead for h in duty_of_body("维护社会治安，是各级政府的重要职责。", 0)]
    [['各级政府']]
    >>> duty_of_body("这是我们的职责。", 0), duty_of_body("是政府的职责范围。", 0), duty_of_body("增加就业是政府的重要职责。", 0)
    ([], [], [])
    """
    out = []
    for m in _DUTY_OF.finditer(sentence):
        bodies = parse_bodies(m["x"])
        if not bodies or not strong(bodies) or all(b.name in UNNAMED_GOVERNMENT for b in bodies):
            continue  # "…是政府的重要职责": the government unnamed, the speaker's own charge
        start = clause_start(sentence, m.start())
        duty = sentence[:m.start()].rstrip("，, ") if start == m.start() else sentence[start:m.start()]
        if not duty.strip():
            continue
        hit = make_hit(bodies, at, at + len(sentence), duty, "duty_of")
        hit.extra["duty"] = "1"
        out.append(hit)
    return out
