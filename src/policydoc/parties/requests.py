"""The request recogniser: "请X于月底前报送…", "要求X加强…", "责成X整改" (:func:`request_body`)."""

from __future__ import annotations

from .._lazy import lazy_regex
from .clauses import clause_spans, opening
from .hits import Hit, make_hit
from .phrase_words import NOT_READER_ADVERBS, REQUEST_CONNECTIVES, REQUESTER_ADVERBS, REQUESTER_PRONOUNS
from .stops import PERIODS, one_of
from .subjects import find_subject, scoped, strong
from .trace import dropped_bodies
from .words import (
    ADDRESSEE_OPENERS, ADDRESSING_SCOPES, ADVERBS, DEGREE_ADVERBS, FORMULA_TASKS, OFFICE_TITLES, REQUEST_ADVERBS,
    REQUEST_OPENERS, alt, seq,
)

_REQUEST = lazy_regex(
    rf"\s*(?:{seq(REQUEST_CONNECTIVES)})?(?:\p{{Han}}{{1,3}}?(?:{alt(REQUESTER_ADVERBS)})|{alt(REQUESTER_PRONOUNS)})?"
    rf"(?:{alt(REQUEST_OPENERS)})(?:{alt(REQUEST_ADVERBS)})?(?!{alt(ADDRESSEE_OPENERS)})"
)
"""A request opening its clause, after the one who asks at most when an adverb follows them ("锡堃也已要求各部会…",
"本院已责成教育部…", "我亦已指示…"; not "严格要求", where the words before are the request's manner) or when the speaker
asks in the first person ("我要求规划署…")."""
#: an adverb right after a request word: the reader is asked ("请及时办理"), no body named
_READER_ADVERB = lazy_regex(alt(tuple(w for w in ADVERBS if w not in ADDRESSING_SCOPES + NOT_READER_ADVERBS)))
#: a request that is only the formula of a cover letter: adverbs, then 落实/执行, then the end
_COVER_FORMULA = lazy_regex(rf"^(?:{alt(ADVERBS + DEGREE_ADVERBS)})*(?:{alt(FORMULA_TASKS)}){one_of(PERIODS + '！!')}?\s*$")


_OFFICE_HOLDER = lazy_regex(rf"\p{{Han}}{{1,2}}(?:{alt(OFFICE_TITLES)})(?!\p{{Han}}{{0,2}}(?:部|局|办|委|厅))")
"""A surname and an office right after the body asked ("请行政院游院长报告…"): the request goes to that person."""


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
    for off, stop in clause_spans(sentence):
        skip = off + opening(sentence[off:stop])
        m = _REQUEST.match(sentence, skip, stop)
        if m is None or _READER_ADVERB.match(sentence, m.end()):  # "请主动联系…": the reader is asked
            continue
        found = find_subject(sentence[m.end() :])
        if found is None:
            continue
        bodies, rest = found
        if not strong(bodies) and not scoped(bodies):
            continue
        if _OFFICE_HOLDER.match(rest):
            continue  # "请行政院游院长报告": a person of the body is asked (a chair's call), no task of the body
        if _COVER_FORMULA.match(rest):
            dropped_bodies("cover_formula", "request", bodies, at + skip, at + len(sentence), rest)
            continue
        out.append(make_hit(bodies, at + skip, at + len(sentence), rest, "request"))
    return out
