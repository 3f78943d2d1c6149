"""Clauses of a sentence: where they start and end, and what opens one before its subject.

A clause ends at a comma or a colon outside brackets (:func:`clauses`); an item marker or the note that
closed the previous task may open it (:func:`opening`). :data:`BODY_LIST` is the phrase pattern of a list of
bodies inside a clause, which the recognisers' patterns embed.
"""

from __future__ import annotations

import re
from typing import Iterator

from .._lazy import lazy_regex
from ..core.sentences import COLONS, COMMAS
from ..settings import BODY_LIST_MAX, LONG_BODY_LIST_MAX
from .notes import ROLE_WORDS
from .phrase_words import ARTICLE_UNITS, CONNECTIVES
from .stops import CLAUSE_MARKS, PHRASE_ENDS, none_of, one_of
from .words import alt, seq


#: a list of bodies inside a clause (a short bracketed note allowed), as few characters as will do
BODY_LIST = rf"(?:{none_of(PHRASE_ENDS + COLONS, '()由在')}|\([^()]{{1,8}}\)){{2,{BODY_LIST_MAX}}}?"
#: the partners' list of a role pair may be long ("X牵头，A、B、…、M等参与": a dozen members)
LONG_BODY_LIST = rf"(?:{none_of(PHRASE_ENDS + COLONS, '()由在')}|\([^()]{{1,8}}\)){{2,{LONG_BODY_LIST_MAX}}}?"


_NUMERALS = "一二三四五六七八九十"
#: circled and stopped numbers, one character each (①, ⑴, ⒈, ❶)
_CIRCLED = "\u2460-\u249b\u2776-\u2793"
#: an item marker opening a clause (patterns without ``^``: matched at a position, where ``match`` anchors them)
_MARKER = (
    r"\s*\(?\s*(?:\d{1,2}(?:\.\d{1,2}){1,4}(?=[省市区县各])"
    rf"|第[{_NUMERALS}百零〇\d]{{1,6}}[{''.join(ARTICLE_UNITS)}]"
    rf"|\((?:\p{{N}}{{1,3}}|[{_NUMERALS}]{{1,3}})\)|\d{{1,3}}[.、]|[{_NUMERALS}]{{1,3}}[、是]|[{_CIRCLED}]"
    rf"|{seq(CONNECTIVES)})\s*"
)
#: what an opener's first character after spaces is, a decimal digit (``\d``) aside: a bracket, 第, a numeral or the
#: first character of a connective (see :func:`opening`)
_OPENER_FIRSTS = frozenset(
    "(第" + _NUMERALS + "".join(w[0] for w in CONNECTIVES) + "".join(map(chr, (*range(0x2460, 0x249C), *range(0x2776, 0x2794))))
)
#: the note that closed the previous task, right before the next sentence's subject:
#: "…(A牵头)各市要…" (a note ends a task as a full stop does). The note's body runs to its first closing bracket
#: outside a nested one (no other can close it), so it is read at once and its role word asked once, behind that
#: bracket: the same matches as a lazy body asking for a role word at every character (2x faster on the notes read)
_CLOSED_NOTE = rf"\s*\((?:[^()]|\([^()]*\))*(?<={alt(ROLE_WORDS)})\)\s*"
#: either, a marker first: one match a step of :func:`opening` (most clauses open with neither)
_OPENER = lazy_regex(rf"(?:{_MARKER})|(?:{_CLOSED_NOTE})")


#: a run of plain characters is one step (``+`` inside): the same matches as one character a step, which the
#: engine takes a loop iteration each for (2x slower); on stdlib ``re``, which scans it faster than ``regex``
_CLAUSE = re.compile(rf"(?:{none_of(CLAUSE_MARKS, '()')}+|\([^()]*\)|[()])+{one_of(CLAUSE_MARKS)}?")
CLAUSE_CUT = re.compile(one_of(CLAUSE_MARKS))


def clauses(sentence: str) -> Iterator[tuple[int, str]]:
    """(offset, clause) pairs; commas and colons outside brackets split.

    >>> list(clauses("甲(市、区)负责,乙配合"))
    [(0, '甲(市、区)负责,'), (9, '乙配合')]
    """
    for m in _CLAUSE.finditer(sentence):
        yield m.start(), m.group(0)


def clause_tail(phrase: str) -> str:
    """The last clause of ``phrase``."""
    return CLAUSE_CUT.split(phrase)[-1]


def clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last comma or colon before it)."""
    cut = max(sentence.rfind(c, 0, pos) for c in CLAUSE_MARKS)
    return cut + 1


def clause_end(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (at the next comma, else the sentence's end)."""
    ends = [i for i in (sentence.find(c, pos) for c in COMMAS) if i >= 0]
    return min(ends) if ends else len(sentence)


_span = re.Match.span  # a match's span, taken in C by ``map``

_NOTE_END = lazy_regex(rf"(?<={alt(ROLE_WORDS)})\)")


def clause_spans(sentence: str) -> Iterator[tuple[int, int]]:
    """Spans of the clauses of ``sentence``, and of the rest of a clause after each note
    inside it: in one-line text "(A负责)1.开展排查(B牵头)2.各县要…" runs on without a full
    stop, and the note that closes a task ends it as one would.

    >>> s = "建台账(A局负责)2.各县要建专班，按月报告。"
    >>> [s[a:b] for a, b in clause_spans(s)]
    ['建台账(A局负责)2.各县要建专班，', '2.各县要建专班，', '按月报告。']
    """
    if ")" not in sentence:  # most sentences: the clauses alone, spanned in C
        yield from map(_span, _CLAUSE.finditer(sentence))
        return
    for m in _CLAUSE.finditer(sentence):
        off, stop = m.span()
        yield off, stop
        if ")" in m.group():
            for note in _NOTE_END.finditer(sentence, off, stop - 1):
                yield note.end(), stop
            for item in _ITEM_INSIDE.finditer(sentence, off + 1, stop - 1):
                yield item.start(), stop  # "…预警行动(1)区卫健委密切关注…": an item starts


#: a bracketed item number inside a clause (run-on text: "…措施:(1)X局…(2)Y局…")
_ITEM_INSIDE = lazy_regex(r"\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)(?=\p{Han})")


def opening(clause: str) -> int:
    """Length of what opens a clause before its subject: item markers and a closed note.

    >>> opening("(一)市教育局要…"), opening("(省能源局牵头)各市要…"), opening("(含民办)学校")
    (3, 8, 0)
    >>> opening("(市卫健委负责)(二)市教育局要…")
    11
    >>> opening("①市指挥部办公室提出…"), opening("⑵市交通局负责…")
    (1, 1)
    """
    skip = len(clause) - len(clause.lstrip())
    first = clause[skip : skip + 1]  # no space there (``\s`` is space to str.isspace): the opener's own first character
    if first not in _OPENER_FIRSTS and not first.isdecimal():  # most clauses: nothing opens them
        return skip
    while (m := _OPENER.match(clause, skip)) is not None and m.end() > skip:
        skip = m.end()
    return skip
