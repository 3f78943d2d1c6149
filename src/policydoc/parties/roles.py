"""Recognisers of role words in running text.

"X牵头，Y配合", "Y配合X做好…", "X指导，Y负责落实", "X承办，Y负责协调" (:func:`role_pair`), and a 负责
inside a clause, "…X统一负责的…" (:func:`inline_duty`).
"""

from __future__ import annotations

from typing import Optional

import regex

from .._lazy import lazy_regex
from ..core.sentences import COMMAS, ENUMERATION
from ..core.tagger import tag
from ..settings import INLINE_WORD_CHARS, INLINE_WORDS
from .clauses import BODY_LIST, LONG_BODY_LIST, clause_end, clause_start, clause_tail, opening
from .hits import Hit, make_hit
from .names import Body, group_label, parse_bodies, split_items
from .nominal import is_nominal
from .predicates import PATTERN
from .phrase_words import ASSIST_ADVERBS, ASSIST_MODALS, ASSIST_WORDS, ASSISTED_TASKS, DUTY_SCOPES, NOT_DUTY_AFTER
from .stops import one_of
from .subjects import strong
from .trace import dropped, dropped_bodies, tracing
from .words import (
    COORDINATING_ROLES, DEGREE_ADVERBS, GUIDED_DUTIES, HANDLING_ROLES, NOTE_GUIDE_ROLES, NOTE_MANNERS, PAIR_LEAD_ROLES,
    SUPPORT_ROLES,
    alt, seq,
)

_PAIR = lazy_regex(  # X greedy: a name may hold 牵头 (牵头医院), the role is the last one
    rf"(?P<x>{BODY_LIST.rstrip('?')})(?:{alt(PAIR_LEAD_ROLES)}){one_of(COMMAS + ENUMERATION)}?(?P<y>{LONG_BODY_LIST})"
    rf"(?:{alt(NOTE_MANNERS)}){{0,3}}(?:{alt(SUPPORT_ROLES)})"
)
#: "X指导，Y负责落实" (SPEC rule 2): Y carries the duty and leads, the guide X supports
_GUIDED = lazy_regex(
    rf"(?P<y>{BODY_LIST})(?:{alt(NOTE_GUIDE_ROLES)}){one_of(COMMAS)}(?P<x>{BODY_LIST})(?:{alt(GUIDED_DUTIES)})"
)
#: "X承办，Y负责协调、督导" (SPEC rule 2): the body that handles the task leads, the one
#: that coordinates or supervises it supports
_HANDLED = lazy_regex(
    rf"(?P<x>{BODY_LIST})(?:{alt(HANDLING_ROLES)}){one_of(COMMAS)}(?P<y>{BODY_LIST})(?:负责)?(?:{alt(NOTE_GUIDE_ROLES + COORDINATING_ROLES)})"
)
_ASSIST = lazy_regex(
    rf"(?P<y>{BODY_LIST})(?:{seq(ASSIST_MODALS)})?(?:{seq(ASSIST_ADVERBS)})?(?:{alt(ASSIST_WORDS)})(?P<x>{BODY_LIST})"
    rf"(?:{seq(ASSISTED_TASKS)})"
)
def _before_comma(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word followed by each comma: the cue of a role word that a pattern closes with a comma ("X指导，Y负责
    落实"), far rarer than the word alone (指导, 监督 …).

    >>> _before_comma(("指导",))
    ('指导，', '指导,')
    """
    return tuple(w + c for w in words for c in COMMAS)


#: each role pattern with the word groups every match of it holds, one word of each group
#: (so a sentence without them is passed by: the patterns open with a body list, tried at
#: every position, and scan a long partner list after each lead word they meet)
_ROLE_PATTERNS = (
    (_PAIR, (PAIR_LEAD_ROLES, SUPPORT_ROLES)),
    (_ASSIST, (ASSIST_WORDS, ASSISTED_TASKS)),
    (_GUIDED, (_before_comma(NOTE_GUIDE_ROLES), GUIDED_DUTIES)),
    (_HANDLED, (_before_comma(HANDLING_ROLES), NOTE_GUIDE_ROLES + COORDINATING_ROLES)),
)
#: words a sentence holds one of where :func:`role_pair` can find a pair (a word of each pattern's first group)
ROLE_PAIR_CUE = tuple(dict.fromkeys(w for _, cues in _ROLE_PATTERNS for w in cues[0]))
_INLINE_DUTY = lazy_regex(rf"(?<!{alt(DEGREE_ADVERBS)})(?:{seq(DUTY_SCOPES)})?负责(?!{seq(NOT_DUTY_AFTER)})")


def role_pair(sentence: str, at: int) -> list[Hit]:
    """X牵头，Y配合 (run-in), Y配合X做好… and Y指导，X负责落实: X leads, Y supports.

    >>> [(h.lead, h.support) for h in role_pair("市教育局指导，各区教育局负责落实。", 0)]
    [(['各区教育局'], ['市教育局'])]
    >>> [(h.lead, h.support) for h in role_pair("区民政局承办，区政府办公室负责协调、督导。", 0)]
    [(['区民政局'], ['区政府办公室'])]
    """
    out = []
    for rx, cues in _ROLE_PATTERNS:
        if not all(any(w in sentence for w in words) for words in cues):
            continue
        for m in rx.finditer(sentence):
            xs, ys = _pair_side(m["x"]), clause_tail(m["y"])
            x, y = parse_bodies(xs), parse_bodies(ys)
            y_nominal = is_nominal(ys.removesuffix("等")) or bool(y) and all(is_nominal(b.name) for b in y or [])
            if not (x and y and is_nominal(xs) and y_nominal):
                continue
            start = at + clause_start(sentence, m.start())
            if PATTERN.search(sentence, m.start()):
                dropped_bodies("design_pattern", "role_pair", x, start, at + len(sentence), sentence[m.end():])
                continue
            out.append(make_hit(x, start, at + len(sentence), sentence[m.end():], "role_pair", y))
    return out


_MODIFIER_END = lazy_regex(r"[的之]")


def _pair_side(phrase: str) -> str:
    """The lead side of a role pair: the clause's tail without its item marker and without
    a working group's label glued before the bodies ("(2)救治组市卫健委" → 市卫健委).

    >>> _pair_side("(2)医疗救治组市卫生健康委"), _pair_side("为此，市教育局"), _pair_side("依计划指定之区民政局")
    ('市卫生健康委', '市教育局', '区民政局')
    """
    tail = clause_tail(phrase)
    tail = tail[opening(tail) :]
    tail = _MODIFIER_END.split(tail)[-1]  # "…计划指定之X局承办": the name after its modifier
    label = group_label(tail)
    if label != tail:
        return label
    first = split_items(tail, strong_only=True)[:1]
    if first and group_label(first[0]) != first[0]:
        return tail[len(first[0]) - len(group_label(first[0])) :]
    return tail


def inline_duty(sentence: str, at: int) -> list[Hit]:
    """…X统一负责的… inside a clause: the nouns right before 负责 name X; not in a design
    pattern ("完善政府负责、部门监管、社会参与的管理体系").

    >>> inline_duty("完善政府负责、部门监管、社会参与的环境管理体系。", 0)
    []
    """
    out = []
    for m in _INLINE_DUTY.finditer(sentence):
        cs = clause_start(sentence, m.start())
        if cs == m.start():
            continue
        pattern = PATTERN.match(sentence, m.start()) is not None
        if pattern and tracing() is None:
            continue
        bodies = _bodies_before(sentence[cs:m.start()])
        if bodies:
            start = at + cs + len(sentence[cs:m.start()]) - sum(len(b.name) for b in bodies)
            end = at + clause_end(sentence, m.end())
            hit = make_hit(bodies, max(start, at + cs), end, sentence[m.end():], "inline_duty")
            if pattern:
                dropped("design_pattern", hit)  # only when explaining: the bodies are read for the trace
            else:
                out.append(hit)
    return out


def _bodies_before(phrase: str) -> Optional[list[Body]]:
    words = [w for w, _ in tag(phrase[-INLINE_WORDS * INLINE_WORD_CHARS :])][-INLINE_WORDS:]
    for k in range(len(words)):
        phrase = "".join(words[k:])
        bodies = parse_bodies(phrase)
        if bodies and strong(bodies) and is_nominal(phrase):
            return bodies
    return None
