"""What became of each statement the parties stage examined: kept, or dropped by a named rule (``policydoc explain``).

The places of the stage that drop a statement name their reason (a key of :data:`REASONS`) and hand it, with the
statement, to :func:`dropped`; the stage hands every party it keeps to :meth:`Trace.kept`. Nothing is recorded
unless a :class:`Trace` is being filled (:func:`explaining`): a parse without it asks one context variable per
document and per sentence, and builds nothing.

>>> from policydoc.parties import extract_parties
>>> text = "市教育局要加强学校管理。我局将重点抓好以下工作。"
>>> with explaining() as trace:
...     parties = extract_parties(text, [])
>>> [(s.rule, s.recogniser, s.lead) for s in trace.statements()]
[('kept', 'subject', ['市教育局']), ('self_reference', 'subject', ['我局'])]
"""

from __future__ import annotations

from bisect import bisect_right
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Iterator, Optional

import regex

from .hits import Hit, make_hit
from .names import Body
from .predicates import MODAL
from .words import DUTY_WORDS, MODALS, NOTE_LEAD_ROLES, REQUEST_OPENERS, SUPPORT_ROLES, alt
from .._lazy import lazy_regex

REASONS: dict[str, str] = {
    # the sentence
    "no_predicate": "no recogniser found a body followed by a task's predicate (or a role word) in it",
    "table_row": "a row of a table (the table recognisers read it)",
    # inside a recogniser: a body and a predicate were found
    "self_reference": "the author names itself (我局将…): it announces its own plan",
    "unnamed_government": "the government unnamed (政府将…), no explicit duty wording: a report's own voice",
    "standing_rule": "generic bodies under the law-style 应当: a standing rule",
    "located_only": "the body is only located (办公室设在X), no duty follows",
    "presents_list": "the clause presents a list (…如下：) or the staffing of a body (设组长1名)",
    "states_target": "the clause sets a figure with a target verb (降低4.5%), no duty word: a target",
    "penalty_condition": "the clause is the condition of a penalty (X违反…的，由Y…)",
    "prohibition": "what the bodies must not do (X不得…): a limit, no task",
    "budget_proposal": "a purse proposed to spend (中央财政拟安排…亿元): a budget figure, no task",
    "names_document": "the line names a document (an attachment's title), no task",
    "framed_permission": "a frame closes the clause and a permission (可) follows it: no task",
    "completed_action": "a completed action or an achievement, no modal: narration",
    "principle": "an abstract subject borne by bodies (经费由政府承担), no modal: a principle",
    "design_pattern": "the role words name a design pattern (政府负责、部门监管的体系)",
    "cover_formula": "a request that is the formula of a cover letter (请…认真贯彻落实)",
    # the sentence's statements
    "slogan": "it starts inside a principle slogan (坚持党委领导、政府负责…): a design pattern",
    "leads_are_supporters": "its leads are the supporters of an earlier statement of the sentence (X承办，Y负责协调)",
    # the document's statements
    "inside_label": "a label, note, table or duty block holding it says who leads",
    "covered_by_note": "a note closing its item later names who does the whole item",
    "repeat": "an overlapping statement found first names the same leads",
    "merged_as_support": "its bodies support the party right before it (X负责…。Y积极配合)",
    "history_section": "a bare subject in a section that reviews the past: it narrates (parties.filters)",
    "report_voice": "the document reports, and the statement holds no explicit duty wording (parties.filters)",
    "past_paragraph": "a bare subject in a paragraph opened by a year before the document's (parties.filters)",
    "document_heading": "an issuer run on with the heading of what it issues: the document's title (parties.filters)",
    "glossary": "an entry of a glossary at the back: it defines a term (parties.filters)",
    "interpretation": "the clause naming who interprets the document (由X负责解释) (parties.filters)",
    "distributive": "leads counted one by one (每个单位…): the terms set per recipient (parties.filters)",
    "no_bodies": "it names neither a lead nor a supporting body",
    "document_kind": "the document states no tasks (a law, a statistical bulletin: the analysis stage's kind)",
    "statute_part": "in the rules in articles a notice carries (analysis.statutes): standing duties, as in a law",
    "procedural_guide": "the document is a procedural guide for applicants (its title ends 指南, 须知)",
}
"""Every reason a statement is dropped for, by name."""


@dataclass
class Statement:
    """What became of one statement (or of a sentence with a responsibility cue where none was found)."""

    span: tuple[int, int]
    """The sentence examined, in the normalised text (``Document.text``)."""
    text: str
    rule: str
    """"kept", or the name of the reason that dropped it (a key of :data:`REASONS`)."""
    recogniser: str = ""
    """The recogniser that found the statement (``Party.rule`` when kept); "" where none found one."""
    start: int = -1
    """Where the statement starts (``Party.span[0]`` when kept); the sentence's start where none was found."""
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)


#: a word that a sentence assigning a task holds: a modal (not the 要 of 主要), a duty or lead role word, a
#: support role, a request
_CUE = lazy_regex(
    MODAL.pattern + "|" + alt(tuple(w for w in DUTY_WORDS if w not in MODALS) + NOTE_LEAD_ROLES + SUPPORT_ROLES
                             + REQUEST_OPENERS)
)


class Trace:
    """The sentences the statements were sought in, and every statement kept or dropped, as the stage runs."""

    def __init__(self) -> None:
        self._sentences: dict[int, str] = {}
        self._outcomes: list[tuple[int, int, str, Hit]] = []  # (start, order, rule, hit)

    def sentence(self, at: int, sentence: str) -> None:
        """A sentence the statements were sought in."""
        self._sentences[at] = sentence

    def kept(self, hit: Hit) -> None:
        self._outcomes.append((hit.start, len(self._outcomes), "kept", hit))

    def dropped(self, reason: str, hit: Hit) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        self._outcomes.append((hit.start, len(self._outcomes), reason, hit))

    def statements(self) -> list[Statement]:
        """One :class:`Statement` per statement found (each in the sentence holding its start), and one per
        other sentence holding a responsibility cue (dropped by ``no_predicate``, or ``table_row``), in
        document order."""
        starts = sorted(self._sentences)
        found: dict[int, list[Statement]] = {}
        for start, _, rule, hit in sorted(self._outcomes, key=lambda o: o[:2]):
            at = _holder(starts, self._sentences, start)
            sentence = self._sentences.get(at, "")
            found.setdefault(at, []).append(Statement((at, at + len(sentence)), sentence, rule, hit.kind, start,
                                                      list(hit.lead), list(hit.support)))
        out: list[Statement] = []
        for at in sorted(set(starts) | set(found)):
            sentence = self._sentences.get(at, "")
            if at in found:
                out += found[at]
            elif "\t" in sentence and _CUE.search(sentence):
                out.append(Statement((at, at + len(sentence)), sentence, "table_row", start=at))
            elif _CUE.search(sentence):
                out.append(Statement((at, at + len(sentence)), sentence, "no_predicate", start=at))
        return out


def _holder(starts: list[int], sentences: dict[int, str], pos: int) -> int:
    """The start of the sentence holding ``pos`` (``pos`` itself where none does)."""
    i = bisect_right(starts, pos) - 1
    if i >= 0 and pos < starts[i] + max(1, len(sentences[starts[i]])):
        return starts[i]
    return pos


_TRACE: ContextVar[Optional[Trace]] = ContextVar("policydoc_parties_trace", default=None)


def tracing() -> Optional[Trace]:
    """The trace being filled, or None (a parse that does not explain)."""
    return _TRACE.get()


def dropped(reason: str, hit: Hit) -> None:
    """Record that ``hit`` was dropped for ``reason``, when a trace is being filled."""
    trace = _TRACE.get()
    if trace is not None:
        trace.dropped(reason, hit)


def dropped_bodies(reason: str, kind: str, bodies: list[Body], start: int, end: int, task: str) -> None:
    """Record that recogniser ``kind`` dropped the statement of ``bodies`` for ``reason`` (when a trace is
    being filled: the hit is made only then)."""
    if _TRACE.get() is not None:
        dropped(reason, make_hit(bodies, start, end, task, kind))


@contextmanager
def explaining() -> Iterator[Trace]:
    """Fill a :class:`Trace` with what the parties stage does inside the ``with`` block."""
    trace = Trace()
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)
