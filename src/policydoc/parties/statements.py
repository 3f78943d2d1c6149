"""Run-in statements that assign a task: "由X负责…", "X牵头，Y配合", "X要…", "在X领导下".

Each recogniser takes one sentence and its offset and returns :class:`Hit` records; the
ordered table :data:`RECOGNISERS` is tried in turn, then :data:`FALLBACKS` where it found
nothing (rules named ``parties.recognisers.<name>``, switched off by that name). Bodies are
found with the name grammar of :mod:`.names`; the verb after a clause-initial subject is
checked with the rjieba tagger, which runs only on the sentences that reach that check.

The recognisers live by kind: :mod:`.roles` (role pairs, an inline 负责), :mod:`.agents` (由X, 在X领导下, 成立X,
移交X), :mod:`.subjects` (a clause-initial subject, a body named by its charge), :mod:`.requests` (请X).
"""

from __future__ import annotations

from typing import Callable, Iterator

import regex

from ..core.rules import Rule, Ruler
from ..core.sentences import COMMAS, ENUMERATION
from .agents import by_body, duty_of_body, object_body, set_up_body, under_body
from .hits import Hit
from .phrase_words import DUTY_OF_NOUNS, HANDOVER_VERBS, REFERRAL_VERBS
from .requests import request_body
from .roles import ROLE_PAIR_CUE, inline_duty, role_pair
from .stops import one_of
from .trace import dropped
from .subjects import relative_subject, subject_body
from .words import RELATIVE_OPENERS, REQUEST_OPENERS, SLOGAN_OPENERS, SLOGAN_ROLES, alt
from .._lazy import lazy_regex

Recogniser = Callable[[str, int], list[Hit]]
"""A recogniser: one sentence and its offset in the text -> the hits it finds there."""


#: the run-in recognisers, tried in turn on every sentence read. A rule's cue is a literal that every match of
#: its pattern contains (None: no such literal, always run), so the cue skips sentences, never hits.
RECOGNISERS: Ruler[Recogniser] = Ruler("parties.recognisers", [
    Rule("role_pair", role_pair, cue=ROLE_PAIR_CUE),  # _PAIR, _ASSIST, _GUIDED, _HANDLED
    Rule("by_body", by_body, cue=("由",)),
    Rule("under_body", under_body, cue=("下",)),
    Rule("set_up_body", set_up_body, cue=("成立",)),
    Rule("relative_subject", relative_subject, cue=RELATIVE_OPENERS),
    Rule("request", request_body, cue=REQUEST_OPENERS),
    Rule("subject", subject_body),
    # after the subject: "X应…报Y审核" gives X the task; Y alone only where no subject is
    Rule("object_body", object_body, cue=HANDOVER_VERBS + REFERRAL_VERBS),
    Rule("duty_of", duty_of_body, cue=DUTY_OF_NOUNS),
])
#: the recognisers tried on a sentence only when no rule of :data:`RECOGNISERS` found a party in it
FALLBACKS: Ruler[Recogniser] = Ruler("parties.fallbacks", [
    Rule("inline_duty", inline_duty, cue=("负责",)),
])


_SLOGAN_PAIR = rf"\p{{Han}}{{1,4}}?{alt(SLOGAN_ROLES)}"
_SLOGAN = lazy_regex(rf"{alt(SLOGAN_OPENERS)}(?:起|了)?(?:{_SLOGAN_PAIR}{one_of(ENUMERATION + COMMAS)}){{1,}}{_SLOGAN_PAIR}")


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

    :data:`FALLBACKS` (``inline_duty``) run only when no recogniser found a party. A hit
    that starts inside a principle slogan (``slogan_spans``) names a design pattern: dropped;
    so is one whose leads an earlier hit of the sentence already made its supporters ("X承办，
    Y负责协调": Y's own clause is its supporting role), unless it stands before that hit ("X负责A，Y在X指导下建设B":
    X's own duty comes first).
    """
    slogans: list[tuple[int, int]] | None = None  # found at the first hit: most sentences have none
    supporters: dict[str, int] = {}  # a supporter's name -> where the earliest hit making it one starts
    found = False
    for table in (RECOGNISERS, FALLBACKS):
        if found:
            break
        for rule in table.cued(sentence):
            for hit in rule.fn(sentence, at):
                if slogans is None:
                    slogans = slogan_spans(sentence)
                if any(s <= hit.start - at < e for s, e in slogans):
                    dropped("slogan", hit)
                    continue
                if hit.lead and all(supporters.get(n, hit.start + 1) <= hit.start for n in hit.lead):
                    dropped("leads_are_supporters", hit)  # not a clause before the one that makes them supporters
                    continue
                found = True
                for name in hit.support:
                    supporters[name] = min(supporters.get(name, hit.start), hit.start)
                yield hit
