"""Who leads in a responsibility note: the chunks of a note and SPEC's ordered lead rules.

A note closing a task ("（A牵头，B、C配合）", "（A、B按职责分工负责）", a 责任单位 label, a
task table's responsibility cells) is read as a list of :class:`Chunk` — the bodies of one
comma-separated piece and the class of the role word closing it (``lead`` 牵头, ``duty``
负责/落实, ``guide`` 指导/统筹, ``support`` 配合/参与, ``""`` none). :data:`LEAD_RULES` then
decides the leads, first rule that answers wins (SPEC "Lead and support"; rules named
``parties.lead.<name>``):

1. ``stated_rule``   — the document states that the body listed first leads ("列第一位者为
   牵头单位，下同"): the first listed (the first 牵头 body where some are marked);
2. ``marked_leads``  — explicit roles: every 牵头 body leads;
3. ``duty_bearer``   — the first body of the first chunk that carries the duty (a 负责 or
   role-less chunk): "X指导，Y负责落实" → Y; "（A、B按职责分工负责）" → A;
4. ``guide_first``   — a note of guides only ("（A、B指导）"): the first listed.

Every body that does not lead supports.

>>> assign(parse_note("市发展改革委牵头，市财政局、市人社局配合"))
(['市发展改革委'], ['市财政局', '市人社局'])
>>> assign(parse_note("市教育局、市财政局按职责分工负责"))
(['市教育局'], ['市财政局'])
>>> assign(parse_note("市教育局指导，各区政府负责落实"))
(['各区政府'], ['市教育局'])
>>> assign(parse_note("市教育局、市体育局牵头，各区政府按职责分工负责"))
(['市教育局', '市体育局'], ['各区政府'])
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

import regex

from ..core.rules import Rule, Ruler
from .names import parse_bodies
from .words import (
    FIRST_POSITION_LEADS, FIRST_POSITION_WORDS, NOTE_DUTY_ROLES, NOTE_GUIDE_ROLES, NOTE_LEAD_ROLES, NOTE_MANNERS,
    NOTE_SUPPORT_ROLES, PARTNER_WORD, alt,
)
from .._lazy import lazy_re, lazy_regex
from ..core.sentences import CLAUSE_STOPS, COMMAS
from .stops import PERIODS, one_of

#: role class of each note role word
ROLE_CLASSES: dict[str, str] = {
    **{w: "support" for w in NOTE_SUPPORT_ROLES},
    **{w: "guide" for w in NOTE_GUIDE_ROLES},
    **{w: "duty" for w in NOTE_DUTY_ROLES},
    **{w: "lead" for w in NOTE_LEAD_ROLES},
}
ROLE_WORDS = tuple(ROLE_CLASSES)


@dataclass(frozen=True)
class Chunk:
    """The bodies of one piece of a note and the class of the role word closing it."""

    names: tuple[str, ...]
    role: str  # "lead" | "duty" | "guide" | "support" | ""


#: on stdlib ``re``, which tries the lazy name and the word alternations after it about 3x faster than ``regex``
_CHUNK = lazy_re(rf"^(?P<x>.+?)等?(?:{alt(NOTE_MANNERS)}){{0,3}}(?P<role>{alt(ROLE_WORDS)})?$")
_CHUNK_SEP = lazy_regex(rf"\s*{one_of(COMMAS + CLAUSE_STOPS)}\s*")
_SENTENCE_SEP = lazy_regex(r"[。.](?!$)")
_PART_SEP = lazy_regex(rf"\s*{one_of(CLAUSE_STOPS)}\s*")
_ROLE_WORD = lazy_regex(alt(ROLE_WORDS))


def has_role_word(text: str) -> bool:
    """Does ``text`` hold a note role word (牵头, 负责, 配合, 指导 …)?"""
    return _ROLE_WORD.search(text) is not None


def parse_chunk(piece: str) -> Optional[Chunk]:
    """One piece "bodies (等) (manner) (role)" of a note, or None unless it names bodies.

    >>> parse_chunk("省税务局等省直相关部门及各市按职责分工负责")
    Chunk(names=('省税务局', '省直相关部门', '各市'), role='duty')
    >>> parse_chunk("省财政厅等部门配合"), parse_chunk("加快建设")
    (Chunk(names=('省财政厅',), role='support'), None)
    """
    m = _CHUNK.match(piece.strip())
    if not m:
        return None
    bodies = parse_bodies(m["x"])
    if not bodies:
        return None
    role = m["role"] or ""
    return Chunk(tuple(b.name for b in bodies), ROLE_CLASSES.get(role, ""))


def _partnered(piece: str) -> list[Optional[Chunk]]:
    """A piece "X会同Y负责" as two chunks: X with the role, Y its partner (SPEC: the 会同-partner supports); any other
    piece as one.

    >>> [(c.names, c.role) for c in _partnered("省发展改革委会同有关部门负责")]
    [(('省发展改革委',), 'duty'), (('有关部门',), 'support')]
    """
    x, sep, y = piece.partition(PARTNER_WORD)
    if not sep or not x.strip() or not y.strip():
        return [parse_chunk(piece)]
    lead, partner = parse_chunk(x), parse_chunk(y)
    if lead is None or partner is None:
        return [parse_chunk(piece)]
    return [Chunk(lead.names, partner.role or lead.role), Chunk(partner.names, "support")]


def parse_note(inner: str, need_role: bool = True) -> Optional[list[Chunk]]:
    """The chunks of a note; None unless every piece of its first part (up to a ；) names bodies
    (and, with ``need_role``, some piece has a role word). Later parts and sentences of the note (a
    stated rule, a deadline field, an explanation) are read only while they are chunks too.

    >>> [c.role for c in parse_note("市民政局牵头，市财政局配合。以下任务均由各区落实")]
    ['lead', 'support']
    >>> [c.names for c in parse_note("办公室负责，甲公司配合；完成时限：年底前")]  # a field after a clause stop
    [('办公室',), ('甲公司',)]
    >>> parse_note("含民办幼儿园") is None, parse_note("市教育局、市财政局") is None
    (True, True)
    """
    sentences = [s for s in _SENTENCE_SEP.split(inner.strip().rstrip("。.")) if s.strip()]
    parts = [p for sentence in sentences for p in _PART_SEP.split(sentence) if p.strip()]
    chunks: list[Chunk] = []
    for k, part in enumerate(parts):
        parsed = [c for p in _CHUNK_SEP.split(part.strip()) if p.strip() for c in _partnered(p)]
        if not parsed or None in parsed:
            if k == 0:
                return None
            break  # a field after the roles ("；完成时限：…") or an explanation ends the note's chunks
        chunks += [c for c in parsed if c is not None]
    if not chunks or need_role and not any(c.role for c in chunks):
        return None
    return chunks


LeadRule = Callable[[list[Chunk], bool], Optional[list[str]]]
"""A lead rule: the chunks of a note and whether the document states that the first listed leads -> the
leads, or None when the rule does not decide."""


def stated_rule(chunks: list[Chunk], first_listed: bool) -> Optional[list[str]]:
    """SPEC rule 1: the document says the body listed first leads."""
    if not first_listed:
        return None
    marked = [n for c in chunks if c.role == "lead" for n in c.names]
    everyone = [n for c in chunks if c.role != "support" for n in c.names]
    return (marked or everyone)[:1] or None


def marked_leads(chunks: list[Chunk], first_listed: bool) -> Optional[list[str]]:
    """SPEC rule 2: the bodies marked 牵头 lead."""
    return [n for c in chunks if c.role == "lead" for n in c.names] or None


def duty_bearer(chunks: list[Chunk], first_listed: bool) -> Optional[list[str]]:
    """SPEC rules 2 and 3: the first body of the first chunk carrying the duty leads."""
    bearer = next((c for c in chunks if c.role in ("duty", "")), None)
    return [bearer.names[0]] if bearer else None


def guide_first(chunks: list[Chunk], first_listed: bool) -> Optional[list[str]]:
    """SPEC rule 3 for a note of guides only ("（A、B指导）"): the first listed leads."""
    guide = next((c for c in chunks if c.role == "guide"), None)
    return [guide.names[0]] if guide else None


LEAD_RULES: Ruler[LeadRule] = Ruler("parties.lead", [
    Rule("stated_rule", stated_rule),
    Rule("marked_leads", marked_leads),
    Rule("duty_bearer", duty_bearer),
    Rule("guide_first", guide_first),
])


def assign(chunks: Optional[list[Chunk]], first_listed: bool = False) -> tuple[list[str], list[str]]:
    """(lead, support) of a parsed note by the first rule of :data:`LEAD_RULES` that answers;
    every named body that does not lead supports (each name once, in order).

    >>> assign(parse_note("市教育局、市财政局牵头，市人社局配合"), first_listed=True)
    (['市教育局'], ['市财政局', '市人社局'])
    >>> assign(parse_note("市财政局配合"))
    ([], ['市财政局'])
    """
    if not chunks:
        return [], []
    lead: list[str] = []
    for rule in LEAD_RULES.active():
        got = rule.fn(chunks, first_listed)
        if got:
            lead = list(dict.fromkeys(got))
            break
    support = [n for n in dict.fromkeys(n for c in chunks for n in c.names) if n not in lead]
    return lead, support


#: on stdlib ``re``: a search of the whole text, which scans word alternations faster than ``regex``
_STATED_FIRST = lazy_re(
    rf"(?:{alt(FIRST_POSITION_WORDS)})(?:的|者)?(?:单位|部门)?(?:为|是)(?:{alt(FIRST_POSITION_LEADS)})"
)


@lru_cache(maxsize=2)
def first_listed_rule_at(text: str) -> Optional[int]:
    """Where the document states that the body listed first leads, or None.

    >>> first_listed_rule_at("一、任务（责任单位列第一位者为牵头单位，下同）")
    9
    >>> first_listed_rule_at("（市教育局牵头，市财政局配合）") is None
    True

    Remembered for the last texts asked about: the label and the note recognisers both ask about the whole text.
    """
    m = _STATED_FIRST.search(text)
    return m.start() if m else None


def strip_stated_rule(inner: str) -> str:
    """A note without the clause that states the rule ("…，列第一位者为牵头单位，下同"), or the bracket holding it
    ("…(逗号前为牵头单位，其余按职责分工负责，下同)").

    >>> strip_stated_rule("市教育局、市财政局，列第一位者为牵头单位，下同")
    '市教育局、市财政局'
    >>> strip_stated_rule("市民政局，市财政局、各县(市、区)人民政府(逗号前为牵头单位，下同)")
    '市民政局，市财政局、各县(市、区)人民政府'
    """
    m = _STATED_FIRST.search(inner) or _STATED_BEFORE_COMMA.search(inner)
    if not m:
        return inner
    bracket = max(inner.rfind("(", 0, m.start()), inner.rfind("（", 0, m.start()))
    if bracket >= 0 and not any(c in inner[bracket : m.start()] for c in ")）"):
        return inner[:bracket].strip()
    start = max(inner.rfind(c, 0, m.start()) for c in COMMAS + PERIODS)
    return inner[: max(start, 0)].strip()


#: the document says the bodies before a note's first comma lead ("逗号前为牵头单位，其余按职责分工负责，下同")
_STATED_BEFORE_COMMA = lazy_re(
    rf"(?:逗号|分号)(?:之)?前(?:的|者)?(?:单位|部门)?(?:为|是)(?:{alt(FIRST_POSITION_LEADS)})"
)
_FIRST_COMMA = regex.compile(one_of(COMMAS + CLAUSE_STOPS))


def before_comma_rule_at(text: str) -> Optional[int]:
    """Where the document states that the bodies before a note's first comma lead, or None.

    >>> before_comma_rule_at("〔责任单位：A局，B局(逗号前为牵头单位，下同)〕"), before_comma_rule_at("A局牵头，B局配合")
    (12, None)
    """
    m = _STATED_BEFORE_COMMA.search(text)
    return m.start() if m else None


def before_comma_leads(items: str) -> Optional[tuple[list[str], list[str]]]:
    """(lead, support) of a list under the stated rule "逗号前为牵头单位": the bodies before the first comma lead,
    the rest support (all lead where there is no comma); None unless both parts name bodies only.

    >>> before_comma_leads("市民政局、市卫生健康委，市财政局、各县(市、区)人民政府")
    (['市民政局', '市卫生健康委'], ['市财政局', '各县(市、区)人民政府'])
    >>> before_comma_leads("市民政局、市教育体育局")
    (['市民政局', '市教育体育局'], [])
    """
    parts = _FIRST_COMMA.split(items.strip(), 1)
    named = [parse_bodies(part) if part.strip() else [] for part in parts]
    if any(bodies is None for bodies in named) or not named[0]:
        return None
    lead = [b.name for b in named[0] or []]
    support = [b.name for b in (named[1] if len(named) > 1 else None) or [] if b.name not in lead]
    return lead, support
