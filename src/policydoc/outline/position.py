"""Where a marker candidate stands, and the lines around a position that the sequence parser reads.

A candidate stands at the start of a line (``LINE``), run in after a sentence end (``RUN_IN``), right after a
document title run into the text (``AFTER_TITLE``), glued to the text of a run-on document (``GLUED``), or in the
middle of a sentence (``MID``); :func:`context_at` tells which.
"""

from __future__ import annotations

import re

from .noise import CLOSERS, TERMINATORS, Noise
from .title_words import DOC_TYPE_WORDS, DUTY_NOTE_WORDS, SENTENCE_OPENERS
from ..settings import NOTE_MAX, RUN_IN_TITLE_MAX, RUN_IN_TITLE_MIN
from .._lazy import lazy_re
LINE, RUN_IN, AFTER_TITLE, MID, GLUED = "line", "run_in", "after_title", "mid", "glued"

# a document title run into the text: from a line start or terminator, not a sentence opener, no comma,
# ending in 规划/方案/计划…
_TITLE_WORDS_MIN = RUN_IN_TITLE_MIN - 2  # RUN_IN_TITLE_MIN counts a two-character document word (方案, 计划)
#: a set of working rules sent together ("…会议制度", "…巡查工作规则"): a title, run into the first item of its own
RULE_SET_WORDS = ("制度", "规则", "守则")
_TITLE_REACH = RUN_IN_TITLE_MAX + 4  # how far back a title is sought: its words, with room for its document word
#: what may follow a title's document word: its status or its period in brackets ("管理办法（试行）", "规划（2021—2025年）")
TITLE_QUALIFIER = r"[（(][^（()）\n，。；]{1,12}[）)]"
_TITLE_BEFORE = lazy_re(
    rf"(?:\A|(?<=[{re.escape(TERMINATORS)}\n])|(?<=[^（(\n]{{3}}[）)]))(?!{'|'.join(SENTENCE_OPENERS)})"
    rf"[^{re.escape(TERMINATORS)}\n,，]{{{_TITLE_WORDS_MIN},{RUN_IN_TITLE_MAX}}}"
    rf"(?:{'|'.join(DOC_TYPE_WORDS + RULE_SET_WORDS)})(?:{TITLE_QUALIFIER})?[ \t\u3000]*\Z"
)


def after_document_title(text: str, pos: int) -> bool:
    """Whether a document title, run into the text, ends right at ``pos``.

    >>> after_document_title("白云镇小学年度体育工作计划一、目标", 13), after_document_title("按照年度工作计划一、", 8)
    (True, False)
    >>> after_document_title("2023年9月15日某市污泥管理办法（试行）第一章", 22)
    True
    >>> after_document_title("…报告。某镇河长巡查制度 第一条", 13)  # a rule set's title, a blank, its first article
    True
    >>> t = "2021年5月6日(此件主动公开）某镇河道管理办法第一条"  # after a note in brackets (3 characters or more)
    >>> after_document_title(t, len(t) - 3)
    True
    """
    return _TITLE_BEFORE.search(text, max(0, pos - _TITLE_REACH), pos) is not None


def context_at(text: str, pos: int, noise: Noise) -> str:
    """Where ``pos`` stands: at a line start, after a sentence terminator, or mid-sentence.

    >>> from policydoc.outline.noise import Noise
    >>> [context_at(t, 2, Noise()) for t in ("。\\n(一)", "。”(一)", "按照(三)", "性.二、")]
    ['line', 'run_in', 'mid', 'run_in']
    """
    j = noise.start_if_ends_at(pos) - 1
    while j >= 0 and text[j] in " \t\u3000":
        j -= 1
    if j < 0 or (text[j] == "\n" and not noise.covering(j)):
        return LINE
    if text[j] == "\n":
        j -= 1
    ch = text[j]
    if ch in TERMINATORS or (ch in CLOSERS and j > 0 and text[j - 1] in TERMINATORS):
        return RUN_IN
    if ch in ")）〕" and _after_closed_note(text, j):
        return RUN_IN
    if ch == "." and j > 0 and "\u4e00" <= text[j - 1] <= "\u9fff":
        return RUN_IN  # OCR and typists' ASCII full stop after Han text ("…权威性.二、…"): never a decimal point
    return MID




def _after_closed_note(text: str, close: int) -> bool:
    """Whether the parenthesis closing at ``close`` opened right after a sentence end or a line start.

    Run-on task lists close each item with a note, so the next marker follows the
    note: "…到位。(甲部门牵头，各地区负责)2.完善…", "…到位。〔甲部门牵头〕二、完善…". The note is balanced (one level of
    parentheses inside) and holds no line break, except a duty note wrapped once.

    >>> _after_closed_note("落实。(甲部门牵头)", 9), _after_closed_note("按照(三)", 4)
    (True, False)
    >>> _after_closed_note("落实。〔甲部门牵头，乙县（区）配合〕", 17)  # tortoise-shell brackets hold notes too
    True
    >>> _after_closed_note("比重超过10(乙厅按职责分工负责)", 16)  # OCR lost "%。": the duty note still closes
    True
    >>> t = "到位。(某市改革工作领导小组\\n办公室负责)"  # a duty note wrapped over two lines; another bracket is no note
    >>> _after_closed_note(t, len(t) - 1), _after_closed_note("按照(第\\n三)", 6)
    (True, False)
    """
    depth, wrapped = 0, False
    for k in range(close, max(-1, close - NOTE_MAX), -1):
        c = text[k]
        if c == "\n":
            if wrapped:
                return False
            wrapped = True  # one line break: a duty note wrapped like the text around it (below)
            continue
        if c in ")）〕":
            depth += 1
        elif c in "(（〔":
            depth -= 1
            if depth == 0:
                if not wrapped and (k == 0 or text[k - 1] in TERMINATORS or text[k - 1] == "\n"):
                    return True
                return _DUTY_NOTE.search(text, k, close) is not None  # a duty note closes its item anyway
    return False


# a parenthetical naming who is responsible closes a task, even where OCR lost the full stop before it
_DUTY_NOTE = lazy_re("|".join(DUTY_NOTE_WORDS))


MARKER_OPENS = lazy_re(  # a line that opens with a heading marker (no title, no lead-in)
    r"(?:第[一二三四五六七八九十百零〇\d]{1,5}(?:[章节条篇编]|部分)|[一二三四五六七八九十百]{1,4}[、.．]"
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、]|[①-⑳]|[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}、)"
)


def line_before(text: str, pos: int) -> str:
    """The line before the one holding ``pos``, stripped; "" when that line is the first.

    >>> line_before("甲方案\\n一、总则", 5), line_before("一、总则", 2)
    ('甲方案', '')
    """
    end = text.rfind("\n", 0, pos)
    if end <= 0:
        return ""
    return text[text.rfind("\n", 0, end) + 1 : end].strip()


def end_of_line(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its line break, or the end of the text)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
