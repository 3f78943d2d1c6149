"""Responsible parties: who leads and who supports each task.

:func:`extract_parties` runs three kinds of recogniser over the normalised text:

1. explicit labels and tables (:mod:`.labels`, :mod:`.flat_table`): "（责任单位：…）",
   "（X牵头，Y配合）", tab-separated or flattened task tables with a 责任单位 column; and the
   duty blocks of emergency plans and task schemes (:mod:`.blocks`): "X局：负责…",
   "X主要职责：…", a roster of working groups "第N组(…)X局";
2. run-in statements (:mod:`.statements`): "由X负责…", "X牵头，Y配合", "X要…", "在X领导下",
   "请X…", "X承办，Y负责协调";
3. nothing else: a sentence is looked at only when a regex pre-filter finds a responsibility
   word, a label word or an organ head in it, and rjieba (with the organ lexicon of
   ``data/organs.txt`` as user dictionary) is loaded on first need, once per process.

A statement inside the span of a label hit is dropped (the label says it better), and a
sentence gives at most one party per set of leads. A short heading title glued to its body
in run-on text ends a sentence where the outline says it ends. In a section that reviews
the past (its title, or an ancestor's, holds a word of ``HISTORY_TITLE_WORDS``: 主要成就,
发展基础 …) a bare "X + action verb" narrates; there only explicit duty wording assigns a
task, and so it is in a whole report (:func:`reports`: 各位代表, 请予审议, a title ending
报告). A procedural guide (:func:`guides`) assigns none.

Every table of rules is a :class:`~policydoc.core.rules.Ruler`, switched off by name:
``parties.labels`` and ``parties.blocks`` (explicit notes), ``parties.recognisers`` and
``parties.fallbacks`` (run-in statements), ``parties.lead`` (who leads in a note),
``parties.trims`` (a list item's trims), ``parties.filters`` (statements that narrate).
:mod:`.trace` records what became of every statement, kept or dropped by a named reason,
when ``policydoc explain`` asks.

>>> [(p.lead, p.support) for p in extract_parties("1.建设智慧校园（责任单位：市教育局、市财政局）", [])]
[(['市教育局'], ['市财政局'])]
>>> [p.lead for p in extract_parties("税务、财政和教育部门每年要定期开展监督检查。", [])]
[['税务部门', '财政部门', '教育部门']]
>>> extract_parties("鼓励学生参加社会实践。支持社会力量举办学校。", [])
[]
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional

import regex

from ..analysis import DocContext
from ..core.rules import Rule, Ruler
from ..models import Party, Section
from ..settings import NOTE_COVER_REACH, REPEAT_GAP, REPEAT_LOOKBACK, SOURCE_LABEL_REACH
from .blocks import duty_blocks, group_rosters, titled_blocks
from .flat_table import flattened
from .hits import Hit
from .labels import labelled, marked_leads, parenthesised, role_cells, tabled
from .narration import FILTERS, Voice, guides, in_report_voice, reports
from .sentences import glued_title_ends, head_sentences, split_at
from .spans import Covering, Spans
from .statements import FALLBACKS, RECOGNISERS, extract_statements
from .subjects import SOURCE_LABEL
from .trace import Trace, dropped, tracing
from .phrase_words import NOTE_CUES, SUPPORT_ADVERBS
from .words import GENERIC_OPENERS, LABEL_WORDS, MODALS, SUPPORT_MANNERS, SUPPORT_ROLES, alt, seq
from .._lazy import lazy_regex

__all__ = ["extract_parties", "glued_title_ends", "guides", "in_report_voice", "reports"]

#: explicit notes: labels ("责任单位：…"), bracketed notes ("（X牵头，Y配合）"), task tables; each rule named for
#: the kind of party it makes. A text holding none of the words of ``_CUE`` has none of them.
LABELS: Ruler[Callable[[str], Iterable[Hit]]] = Ruler("parties.labels", [
    Rule("label", labelled),
    Rule("paren", parenthesised),
    Rule("table", tabled),
    Rule("flat_table", flattened),
    Rule("marked_lead", marked_leads),
    Rule("role_cell", role_cells),
])
#: duty blocks ("X局：负责…") and rosters of working groups, read in every text
BLOCKS: Ruler[Callable[[str], Iterable[Hit]]] = Ruler("parties.blocks", [
    Rule("block", duty_blocks),
    Rule("titled_block", titled_blocks),
    Rule("roster", group_rosters),
])
_CUE = regex.compile(alt(LABEL_WORDS) + "|" + seq(NOTE_CUES) + r"|\t")


def _explicit(text: str) -> list[Hit]:
    blocks = [hit for rule in BLOCKS.active() for hit in rule.fn(text)]
    if not _CUE.search(text):
        return blocks
    return [hit for rule in LABELS.active() for hit in rule.fn(text)] + blocks


def _implicit(text: str, explicit: list[Hit], title_ends: tuple[int, ...] = (), trace: Optional[Trace] = None
              ) -> list[Hit]:
    inside = Spans([(h.start, h.end) for h in explicit])
    covering = Covering(explicit)
    out: list[Hit] = []
    for at, sentence in split_at(head_sentences(text), title_ends):
        if trace is not None:
            trace.sentence(at, sentence)
        if "\t" in sentence:
            continue
        if at and SOURCE_LABEL.search(text, max(0, at - SOURCE_LABEL_REACH), at):
            continue  # "指标来源：\n医院填报。": where the data come from, no task
        for hit in extract_statements(sentence, at):
            if inside(hit.start) and not _own_duty_before_label(hit, labels := covering(hit.start), text) \
                    and not _own_subject_in_prose(hit, labels):
                dropped("inside_label", hit)
            elif _repeats(hit, out):
                dropped("repeat", hit)
            else:
                out.append(hit)
    return out


_EXPLICIT_DUTY_KINDS = ("by_body", "set_up_body")


def _own_duty_before_label(hit: Hit, covering: list[Hit], text: str) -> bool:
    """"X负责统筹…。\n责任单位：Y、Z": a label on a line of its own closes the item, and a
    sentence on an earlier line whose own named subject is given an explicit duty keeps
    that lead (X is not among the label's bodies). Elsewhere the label says it better."""
    if not (hit.kind in _EXPLICIT_DUTY_KINDS or hit.kind == "subject" and hit.extra.get("duty")):
        return False
    for label in covering:
        if label.kind != "label":
            return False
        line = text.rfind("\n", 0, label.end - 1)
        own_line = line >= 0 and LINE_LABEL.match(text, line + 1) is not None
        named = set(label.lead) | set(label.support)
        if not own_line or hit.start > line or named & set(hit.lead):
            return False
    return bool(covering)


def _own_subject_in_prose(hit: Hit, covering: list[Hit]) -> bool:
    """"（一）加强组织领导。各地、各有关部门要…。（责任部门：市政府，…）": a sentence of the item whose subject addresses
    bodies as a group (各地, 各有关部门: no one the label can name) with a modal duty is a task of theirs too; a named
    subject ("公安部门负责…") is among the label's bodies, under another name."""
    if not (hit.kind == "subject" and hit.extra.get("duty")):
        return False
    return all(name.startswith(GENERIC_OPENERS) for name in hit.lead) and all(label.kind == "label" for label in covering)


#: a label word opening a line (after an optional bracket): "责任单位：…", "（牵头单位：…）"
LINE_LABEL = lazy_regex(r"\s*[(（]?\s*" + alt(LABEL_WORDS))


def _repeats(hit: Hit, seen: list[Hit]) -> bool:
    """Same leads already found in an overlapping span (two recognisers, one assignment)."""
    return any(
        abs(h.start - hit.start) <= REPEAT_GAP
        or set(h.lead) == set(hit.lead) and h.start < hit.end and hit.start < h.end
        for h in seen[-REPEAT_LOOKBACK:]
    )


_SUPPORTING = lazy_regex(
    rf"^(?:{alt(SUPPORT_MANNERS)})?(?:{seq(SUPPORT_ADVERBS)})?(?:做好)?(?:{alt(SUPPORT_ROLES)})"
    # with a modal, only a bare role closing the clause ("…，Y应积极配合、支持。"); "Y要协助做好相关工作" is Y's own task
    rf"|^(?:{alt(MODALS)})(?:{seq(SUPPORT_ADVERBS)})?(?:{alt(SUPPORT_ROLES)})(?:[、和与及](?:{alt(SUPPORT_ROLES + ('支持',))}))*[。；;！]?\s*$"
)


def merge_supporters(hits: list[Hit], text: str) -> list[Hit]:
    """"X负责…。Y积极配合" / "由X负责，Y、Z按职责配合" / "…，Y应积极配合、支持" — a clause or sentence of supporters
    joins the assignment right before it (no other text between them)."""
    out: list[Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        gap = text[prev.end : hit.start] if prev else "x"
        if prev and hit.kind == "subject" and not gap.strip() and _SUPPORTING.match(hit.extra.get("rest", "")):
            prev.support += [n for n in hit.lead if n not in prev.support]
            prev.end = hit.end
            dropped("merged_as_support", hit)
            continue
        out.append(hit)
    return out


def extract_parties(text: str, sections: list[Section], context: Optional[DocContext] = None) -> list[Party]:
    """Every task assignment in ``text`` (normalised), in document order.

    A law or a statistical bulletin (``context.states_facts`` false) assigns no tasks but those it labels
    outright ("（责任单位：…）" after an article of implementing rules): a law's duties are statutory, a
    bulletin's bodies are sources; nor does a procedural guide (:func:`guides`). A report speaks in its own voice (:func:`reports`). When a
    :class:`~policydoc.parties.trace.Trace` is being filled (``policydoc explain``), every
    statement kept or dropped is recorded in it, with the reason.
    """
    trace = tracing()
    closed = _assigns_nothing(context)
    if closed is not None and trace is None and not _CUE.search(text):
        return []
    explicit = _explicit(text)
    if closed is not None:  # only what the document labels outright: "第六条 …（责任单位：某区政府）"
        if trace is not None:
            for hit in _implicit(text, explicit, glued_title_ends(text, sections), trace):
                dropped(closed, hit)
        for hit in explicit:
            if hit.kind not in LABELS.names:
                dropped(closed, hit)
        explicit, implicit = [h for h in explicit if h.kind in LABELS.names], []
    else:
        implicit = _implicit(text, explicit, glued_title_ends(text, sections), trace)
    hits = merge_supporters(sorted(explicit + implicit, key=lambda h: (h.start, h.end)), text)
    if context is not None and context.statutes:  # the rules a notice carries: only what they label outright
        statutes = Spans(context.statutes)
        hits = [h for h in hits if h.kind in LABELS.names or not (statutes(h.start) and _dropped("statute_part", h))]
    voice = Voice.of(text, sections, context.title if context is not None else None)
    hits = _without_covered(hits, voice, text)
    for rule in FILTERS.active():
        hits = [h for h in hits if not (rule.fn(h, voice) and _dropped(rule.name, h))]
    parties = []
    for h in hits:
        if not (h.lead or h.support):
            dropped("no_bodies", h)
            continue
        if trace is not None and h.kind in _STATEMENT_KINDS:
            trace.kept(h)
        parties.append(Party(section_id=voice.locate.section_id_at(h.start), task=h.task, lead=h.lead,
                             support=h.support, text=text[h.start : h.end], span=(h.start, h.end), rule=h.kind))
    return parties


#: the note kinds that close a task item and name who does all of it
_ITEM_NOTES = frozenset(("label",))


_NOTE_CLOSERS = frozenset(")）〕】]")
#: a deadline field inside a bracketed note ("(A牵头，B负责落实，完成时限：2024年12月)"): a task-division entry for the item
_NOTE_DEADLINE = lazy_regex(r"完成时限|完成时间|时间节点")


def _without_covered(hits: list[Hit], voice: Voice, text: str) -> list[Hit]:
    """Drop a statement inside an item that a note closes later ("（十二）…公安部门负责…。〔责任单位：市医保局…〕"): the
    note names who does the whole item, its sentences' subjects among them (real gold: 5 documents of the 6 with such
    notes; the sixth's annotator counted the sentences too)."""
    noted: dict[str, Hit] = {}  # section id -> its last note
    for h in hits:
        if ((h.kind in _ITEM_NOTES or h.kind == "paren" and _NOTE_DEADLINE.search(text, h.start, h.end))
                and text[h.end - 1: h.end] in _NOTE_CLOSERS):  # a bracketed note, not a footer's label
            sid = voice.locate.section_id_at(h.start)
            if sid is not None:
                noted[sid] = h
    if not noted:
        return hits
    out = []
    for h in hits:
        if h.kind in _STATEMENT_KINDS:
            sid = voice.locate.section_id_at(h.start)
            note = noted.get(sid) if sid is not None else None
            if (note is not None and h.start < note.start <= h.start + NOTE_COVER_REACH
                    and not _names_a_noted_body(h, note) and _dropped("covered_by_note", h)):
                continue
        out.append(h)
    return out


def _names_a_noted_body(h: Hit, note: Hit) -> bool:
    """Does the statement name, as its lead, a body the note lists (财金局 for 区财金局, 各乡镇 for 各乡镇人民政府)? It
    then gives that body its own part of the item, which annotators count beside the note."""
    noted = [_core(n) for n in note.lead + note.support]
    return any(_core(lead) == n or n.startswith(_core(lead)) and len(_core(lead)) >= 2 for lead in h.lead for n in noted)


def _core(name: str) -> str:
    """A name without the level it opens with (区财金局 -> 财金局)."""
    return name[1:] if name[:1] in "区市县省" and len(name) > 3 else name


def _assigns_nothing(context: Optional[DocContext]) -> Optional[str]:
    """Why the document assigns no task at all (a reason of ``trace.REASONS``), or None."""
    if context is not None and not context.states_facts:
        return "document_kind"
    if context is not None and guides(context.title):
        return "procedural_guide"
    return None


def _dropped(reason: str, hit: Hit) -> bool:
    """Record ``hit`` dropped for ``reason`` (when explaining); True, for use inside a condition."""
    dropped(reason, hit)
    return True


#: the kinds of the statements (run-in recognisers), which ``policydoc explain`` lists
_STATEMENT_KINDS = frozenset(RECOGNISERS.names + FALLBACKS.names)
