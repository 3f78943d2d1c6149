"""Numbered paragraphs: a speech's reference numbers, no outline.

Some speeches and reports number every paragraph of running prose straight through the document (a Hong Kong
policy address: "甲、引言 / 1. 現在，我宣讀… / 2. … / 乙、迎接經濟轉型 / 8. …"). The numbers let readers cite a
paragraph; they are not headings, and read as headings they would bury the real outline (甲、, 一、) under
a hundred "sections" titled by first sentences.

Such a run is told from a numbered list of tasks, which also may run straight through the parts of a plan
("1.加强组织领导。…"), by its length and its prose: at least ``PARAGRAPH_RUN_MIN`` items numbered 1, 2, 3 … at line
starts without a restart (a number or two may be lost: a PDF's text puts a paragraph's number where its layout
had it), continuing across at least ``PARAGRAPH_PARTS_MIN`` headings of another numbering at line
starts; most items opening with a sentence that a comma divides (a task's title is a phrase: "加强组织领导。"), and
few with a verb (a task, titled or not, is an order: "持续完善…", "围绕…做好…"; a speech's paragraph opens with its
subject or its time: "香港…", "現在，我…", "一九九七年七月一日，…").
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..core.tagger import tag
from ..settings import (
    PARAGRAPH_LOST_MAX, PARAGRAPH_PARTS_MIN, PARAGRAPH_PROSE_SHARE, PARAGRAPH_RUN_MIN, PARAGRAPH_VERB_SHARE_MAX,
)
from .markers import Candidate
from .title_words import VERB_OPENING_TAGS
from .._lazy import lazy_regex

__all__ = ["numbered_paragraphs"]

_FIRST_SENTENCE = lazy_regex(r"[^。！？!?\n]*")
_COMMA = lazy_regex(r"[，,][^，,]{2,}")
_NEXT_SENTENCE = lazy_regex(r"[。！？!?][^\n。！？!?]{8,}")
_LINE_START_BLANKS = " \t\u3000"


def _at_line_start(text: str, pos: int) -> bool:
    while pos > 0 and text[pos - 1] in _LINE_START_BLANKS:
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


def _prose(text: str, c: Candidate) -> bool:
    """Does the item open with a sentence a comma divides ("現在，我宣讀…。"), not a title ("加强组织领导。"), or with a
    sentence another follows in its paragraph ("我们的客观环境也极其优越。国家一直大力支持…": a speech's paragraph; a
    title stands alone, or its item runs on with a comma-divided sentence)?"""
    start = c.title_start
    while start < len(text) and text[start] in "\n \t\u3000":
        start += 1  # a PDF's text sets the paragraph under its number
    sentence = _FIRST_SENTENCE.match(text, start).group()
    if _COMMA.search(sentence) is not None:
        return True
    return _NEXT_SENTENCE.match(text, start + len(sentence)) is not None


def _opens_with_verb(text: str, c: Candidate) -> bool:
    """Does the item open as a task does: with a verb or an adverb ("持续完善…"), or with a body and its duty in its
    first clause ("各地要指导…", "卫生健康部门要…"; not the speaker's own "我们要…")?"""
    if _DUTY_CLAUSE.match(text, c.title_start) is not None:
        return True
    words = tag(text[c.title_start : c.title_start + 8])
    return bool(words) and (words[0][1] in VERB_OPENING_TAGS or words[0][1] in ("vn", "p"))


#: a first clause holding a subject's duty: a few characters, no speaker, then 要/应/须 ("各地要…", "X应当…")
_DUTY_CLAUSE = lazy_regex(r"(?![我你他])[^，,。；;！？!?\n]{2,20}?(?<![需重主只])(?:要|应当|应|须|必须)(?![求素点急届])")


def numbered_paragraphs(text: str, candidates: Sequence[Candidate]) -> list[tuple[int, int]]:
    """The spans of the markers of a run of numbered paragraphs (see the module), sorted; empty when there is none.

    >>> part = "甲、引言\\n" + "".join(f"{i}. 今年，我们继续推进工作，成效明显。\\n" for i in range(1, 9))
    >>> part += "乙、经济\\n" + "".join(f"{i}. 明年，我们将加大投入，稳定就业。\\n" for i in range(9, 15))
    >>> part += "丙、民生\\n" + "".join(f"{i}. 同时，我们会关注长者，改善服务。\\n" for i in range(15, 21))
    >>> from policydoc.outline.markers import scan_candidates
    >>> len(numbered_paragraphs(part, list(scan_candidates(part))))
    20

    An excerpt of a speech's first two parts is numbered through as well:

    >>> two = "(一)引言\\n" + "".join(f"{i}. 今年，我们继续推进工作，成效明显。\\n" for i in range(1, 8))
    >>> two += "(二)经济\\n" + "".join(f"{i}. 明年，我们将加大投入，稳定就业。\\n" for i in range(8, 19))
    >>> len(numbered_paragraphs(two, list(scan_candidates(two))))
    18

    Numbered tasks whose subjects carry the duty ("各地要…") are an outline, however long their run:

    >>> tasks = "一、发现\\n" + "".join(f"{i}. 各地要加强排查，及时报告情况。\\n" for i in range(1, 9))
    >>> tasks += "二、照料\\n" + "".join(f"{i}. 民政部门要落实照料，做好保障。\\n" for i in range(9, 15))
    >>> tasks += "三、保障\\n" + "".join(f"{i}. 各地要强化保障，统筹资金。\\n" for i in range(15, 21))
    >>> numbered_paragraphs(tasks, list(scan_candidates(tasks)))
    []
    """
    run: list[Candidate] = []
    parts = 0
    best: list[Candidate] = []
    best_parts = 0
    for c in candidates:
        if not _at_line_start(text, c.start):
            continue
        if c.style == "arabic_dot":
            if run and run[-1].number < c.number <= run[-1].number + 1 + PARAGRAPH_LOST_MAX:  # a number a PDF lost
                run.append(c)
                continue
            if c.number == 1:
                if len(run) > len(best):
                    best, best_parts = run, parts
                run, parts = [c], 0
            continue
        if run and c.family != run[0].family and not c.continue_only:
            parts += 1  # a heading of another numbering between two paragraphs of the run
    if len(run) > len(best):
        best, best_parts = run, parts
    if len(best) < PARAGRAPH_RUN_MIN or best_parts < PARAGRAPH_PARTS_MIN:
        return []
    prose = sum(_prose(text, c) for c in best)
    if prose < PARAGRAPH_PROSE_SHARE * len(best):
        return []
    if sum(_opens_with_verb(text, c) for c in best) > PARAGRAPH_VERB_SHARE_MAX * len(best):
        return []  # numbered tasks
    return [(c.start, c.end) for c in best]
