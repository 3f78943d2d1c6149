"""Where a heading's title ends.

On its own line the title is the line. Run in with its body, it ends at the
first 。；：！？. Some documents put no punctuation between title and body
("一、指导思想全区各校制定…"); whether a list of sibling headings is written
that way is decided by vote: a sibling whose next marker comes before any
terminator, or whose terminator is far away, votes "unterminated". Titles of an
unterminated list end at the next marker when it is close, else after the
heading phrase. The phrase is read word by word (rjieba tags, only on the
short stretch after such a marker, never the whole text): it ends with the
first word that ends in a head noun (``title_words.HEAD_NOUNS``), carried on
over the nouns that follow it — a noun followed by a noun modifies it, so the
phrase ends at the last head noun of the run (规划任务执行情况, 高水平复合型骨干教师队伍)
— and across a comma into the next clause, since a body never opens with a
comma (改善办学条件，满足产业升级需求). A short title naming an aspect
(响应级别, 抽查对象) ends before a body that opens with a preposition or with
本预案/本次, in any list ("响应级别按灾情轻重分为四级。").

How a title may end depends on its numbering style (``TITLE_FORMS``, looked up
by style, the heading phrase otherwise):

- a *law article* (第X条) is titled by its whole first sentence, up to 。！？ or
  ：, however long and whatever its siblings do (；and ，stay inside it:
  "…的，由…责令改正；情节严重的，依法给予处分");
- any other heading ends at its first terminator, except that a colon followed
  by a short phrase that closes the line belongs to the title
  ("第二阶段：试点推广（2022年）" on a line of its own): a body after a colon
  is a sentence, with a comma or a terminator, or runs on past the line.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional, Sequence

from ..core.sentences import COLONS, FULL_STOPS
from ..core.tagger import tag as tag_words
from .noise import TERMINATORS, Noise, clean_window
from .sequence import Heading
from .title_words import (
    ASPECT_NOUNS, BODY_OPENERS, BODY_SUFFIXES, CLAUSE_OPENING_TAGS, DEFINITION_OPENERS, HEAD_NOUNS, MANNER_ADVERBS,
    NOMINAL_TAGS, REVIEW_HEADS,
    REVIEWED_NOUNS, SKELETON_CONTINUATIONS, SKELETON_TITLES, SUBJECT_MARKS, VERB_OPENING_TAGS, VERBAL_TAGS,
)
from .._lazy import lazy_re

WINDOW = 100  # characters read after a marker
SENTENCE_WINDOW = 240  # characters read after a marker whose title is its first sentence
COLON_PHRASE_MAX = 20  # a phrase this short after a colon, closing the line, is part of the title...
COLON_PAREN_MAX = 24  # ...with a parenthetical this long after it: （2022年6月—2023年12月）
LONG_TITLE = 45  # a terminator further away than this is not the end of a title
CHAIN_GAP = 2  # one word this short between two head nouns continues the phrase: 任务推进情况
FALLBACK_MAX = 30
DEFINED_TERM_MIN = 2  # a term before "，是指…" is at least this long ...
DEFINED_TERM_MAX = 8  # ... and at most this long (a longer clause before "，由…" is a condition, not a term)
OUTLIER_MIN = 24
SHORT_PHRASE = 6  # a heading phrase shorter than this that ends in a head noun runs on over the nouns after it...
REVIEWED_PHRASE_MIN = 4  # 回顾/总结 close a title only after a phrase this long ("上年工作总结"; "系统总结" is a verb)
SHORT_SENTENCE = 20  # a first sentence this short is a whole title where the heading phrase is shorter than SHORT_PHRASE
CAPTION_MAX = 16  # an article's caption in 【】 holds this many characters at most
ASPECT_PREFIX_MAX = 4  # an aspect title ("应急响应级别") holds this many characters before its aspect noun at most
GOVERNED_NOUNS_MAX = 2  # ...over this many at most (its object: 检验 检测, 小康社会)

_HEAD_NOUN_ENDS = tuple(HEAD_NOUNS)
_STOP = lazy_re(f"[\n{re.escape(TERMINATORS)}]")
SENTENCE_END = FULL_STOPS + COLONS  # the end of a first sentence: not ；, which joins clauses of one provision
_SENTENCE_STOP = lazy_re(f"[\n{re.escape(SENTENCE_END)}]")
_COLONS = frozenset("：:")
# what follows a colon on a heading's line when it is still the title: a short phrase, no comma, no
# terminator, then perhaps a parenthetical (a date or scope), and the line end
_COLON_PHRASE = lazy_re(
    rf"[^\n,，()（）{re.escape(TERMINATORS)}]{{1,{COLON_PHRASE_MAX}}}"
    rf"(?:[(（][^\n()（）]{{1,{COLON_PAREN_MAX}}}[)）])?[ \t\u3000]*(?=\n)"
)


class TitleForm(NamedTuple):
    """How the title of one kind of heading ends."""

    name: str
    stop: re.Pattern[str]  # the first match ends the title (or is where the title-end rules start)
    window: int  # characters read after the marker
    first_sentence: bool  # the title is all up to ``stop``, however long: no vote, no heading phrase


HEADING_PHRASE = TitleForm("heading_phrase", _STOP, WINDOW, False)
FIRST_SENTENCE = TitleForm("first_sentence", _SENTENCE_STOP, SENTENCE_WINDOW, True)
# numbering style -> title form; a style not listed takes HEADING_PHRASE
TITLE_FORMS: dict[str, TitleForm] = {"article": FIRST_SENTENCE}
_HEAD = lazy_re("|".join(HEAD_NOUNS))  # prefilter: no head noun, no tagging
_COMMA = lazy_re("[,，]")
# 以…为… opens a body sentence ("评选阅读之星以读书笔记为依据"): with no head noun, the title ends before it
_BODY_YI_WEI = lazy_re(r"(?<=[\u4e00-\u9fff]{4})以(?![上下内及来后前外])(?=[^,，。；：]{1,30}?为)")
_COMMAS = frozenset(",，")
_BLANKS = " \t\u3000"
_DEFINITION = lazy_re(
    rf"^[^,，]{{{DEFINED_TERM_MIN},{DEFINED_TERM_MAX}}}(?=[,，](?:{'|'.join(DEFINITION_OPENERS)})(?![于此]))")
_STRIP = " \t\u3000\n" + TERMINATORS


class _Reading(NamedTuple):
    clean: str
    offs: Sequence[int]
    natural: Optional[int]  # where line end, terminator or next marker first stops the title
    kind: str  # "line", "term", "bound" or "none"


def head_phrase_end(s: str) -> Optional[int]:
    """End of the heading phrase at the start of ``s`` (a title run into its body), else None.

    >>> s = "课程改革推进情况一年来各校"
    >>> s[: head_phrase_end(s)]  # one short word may join two head nouns
    '课程改革推进情况'
    >>> s = "培养高水平复合型技能人才队伍依托职业院校"
    >>> s[: head_phrase_end(s)]  # 高水平 is followed by nouns it modifies
    '培养高水平复合型技能人才队伍'
    >>> s = "加快发展检验检测、认证认可，培育平台"
    >>> s[: head_phrase_end(s)]  # a head too short to be the phrase governs the nouns after it
    '加快发展检验检测'
    >>> s = "健全校本教研机制,提高课堂教学水平各学科组每周"
    >>> s[: head_phrase_end(s)]  # a body never opens with a comma
    '健全校本教研机制,提高课堂教学水平'
    >>> s = "2024年工作和五年发展回顾2024年是关键之年"
    >>> s[: head_phrase_end(s)]  # a review part's title closes with 回顾 after the noun it reviews
    '2024年工作和五年发展回顾'
    >>> head_phrase_end("及时总结试点学校的经验做法")  # after an adverb 总结 is a verb
    >>> head_phrase_end("房屋管理部门负责核实申请人提交的材料")  # a head noun in a body's name: the item's subject
    """
    if _HEAD.search(s) is None:
        return None
    words = tag_words(s)
    heads = [(w.endswith(HEAD_NOUNS) or w in REVIEW_HEADS and _reviews_a_noun(words, i)) and not _names_a_body(words, i)
             for i, (w, _) in enumerate(words)]
    end: Optional[int] = None
    in_run = False  # inside the run of nouns after the phrase's last head noun
    governs = False  # that head noun ends a phrase too short to be one: the nouns after it are its object
    governed = 0  # how many such nouns the phrase took
    pos = 0
    for i, (word, tag) in enumerate(words):
        pos += len(word)
        if heads[i] and pos >= 3:  # a bare head noun at the start is no title
            end, in_run = pos, True
            governs, governed = pos < SHORT_PHRASE and _verb_phrase(words, i, s), 0
        elif in_run and (tag in NOMINAL_TAGS or _bridges(words, heads, i)):
            if governs and tag in NOMINAL_TAGS and not _subject_of_next(words, i) and governed < GOVERNED_NOUNS_MAX:
                end, governed = pos, governed + 1  # "加快发展" + 检验检测: a short head governs the nouns after it
            else:
                governs = False
            continue
        elif in_run and end == pos - len(word) and word in _COMMAS:
            in_run = False  # look for the next clause's head noun
        elif end is not None and (in_run or _CLAUSE_END.match(word)):
            break
    return end


def _names_a_body(words: list[tuple[str, str]], i: int) -> bool:
    """Whether head noun ``i`` is the field in a body's name, an organ's suffix right after it ("房屋管理" + 部门)."""
    return i + 1 < len(words) and words[i + 1][0] in BODY_SUFFIXES


def _reviews_a_noun(words: list[tuple[str, str]], i: int) -> bool:
    """Whether review word ``i`` (回顾, 总结) closes a noun phrase of a few characters naming what it reviews ("…发展回顾",
    "上年工作总结"), not a verb after an adverb ("及时总结…", "系统总结…") or opening the body ("存在问题" + "回顾…")."""
    return i > 1 and words[i - 1][0] in REVIEWED_NOUNS and sum(len(w) for w, _ in words[:i]) >= REVIEWED_PHRASE_MIN


def _verb_phrase(words: list[tuple[str, str]], i: int, s: str) -> bool:
    """Whether head word ``i`` is a verb of a phrase that opens with a verb or a manner adverb ("加快发展", "大力发展",
    "全面建设"), so the nouns after it are its object; "响应措施", "技术保障", "指导思想" are whole noun titles."""
    return words[i][1] in VERBAL_TAGS and (words[0][1] in VERB_OPENING_TAGS or s.startswith(MANNER_ADVERBS))


def _subject_of_next(words: list[tuple[str, str]], i: int) -> bool:
    """Whether noun ``i`` is the subject of what follows it, a modal or duty word ("加强管理" + 学校 + 要…): the body."""
    return i + 1 < len(words) and words[i + 1][0].startswith(SUBJECT_MARKS)


def _bridges(words: list[tuple[str, str]], heads: list[bool], i: int) -> bool:
    """Whether word ``i`` joins two head nouns with at most ``CHAIN_GAP`` characters between them (任务推进情况).

    A preposition or pronoun between them opens the body instead (…管理把质量放在首位).
    """
    word, tag = words[i]
    if not (heads[i - 1] and i + 1 < len(words) and heads[i + 1]) or tag in CLAUSE_OPENING_TAGS \
            or _CLAUSE_END.match(word):
        return False
    nxt = words[i + 1][0]
    head = next(h for h in HEAD_NOUNS if nxt.endswith(h))  # longest first
    return len(word) + len(nxt) - len(head) <= CHAIN_GAP


_QA_LABELS = frozenset(("问", "答"))
"""Labels of a question-and-answer item ("（一）问：…？" then "答：…"): the colon after one ends no title."""
_CLAUSE_END = lazy_re(f"[、“”《》()（）{re.escape(TERMINATORS)},，]")


def _read(text: str, h: Heading, boundary: Optional[int], noise: Noise) -> _Reading:
    form = TITLE_FORMS.get(h.cand.style, HEADING_PHRASE)
    start = _title_line_start(text, h.cand.title_start, boundary)
    stop = min(len(text), start + form.window, boundary if boundary is not None else len(text))
    clean, offs = clean_window(text, start, stop, noise)
    # the first line end or terminator stops the title; one search finds whichever comes first
    m = form.stop.search(clean)
    if m and m.group() in _COLONS and clean[: m.start()].strip(_BLANKS) in _QA_LABELS:
        m = form.stop.search(clean, m.end())  # "（一）问：…如何办理？": the label opens the question, the title
    if m and m.group() in _COLONS and not form.first_sentence:
        phrase = colon_phrase_end(clean, m.end())
        if phrase is not None:
            return _Reading(clean, offs, phrase, "line")
    if m:
        return _Reading(clean, offs, m.start(), "line" if m.group() == "\n" else "term")
    if stop == boundary or stop == len(text):
        return _Reading(clean, offs, len(clean), "bound")
    return _Reading(clean, offs, None, "none")


def _title_line_start(text: str, pos: int, boundary: Optional[int]) -> int:
    """Where a heading's title starts: right after its marker, or, where the marker stands alone on its line
    (a Markdown heading "## （一）" whose text is the next paragraph), at the start of the next line's text — unless
    that line is the next heading's.

    >>> text = "（一）\\n指导思想。坚持以人为本。"
    >>> text[_title_line_start(text, 3, None):][:4], _title_line_start("（一）\\n（二）目标", 3, 4)
    ('指导思想', 3)
    """
    end = text.find("\n", pos)
    if end < 0 or text[pos:end].strip(_BLANKS):
        return pos
    nxt = end + 1
    while nxt < len(text) and text[nxt] in _BLANKS + "\n":
        nxt += 1
    if nxt >= len(text) or (boundary is not None and nxt >= boundary) or text[nxt].isdigit():
        return pos  # a number on the next line is a table's cell, not a title
    return nxt


def colon_phrase_end(s: str, pos: int) -> Optional[int]:
    """Where the line ends when what follows the colon before ``pos`` is a short phrase closing it, else None.

    >>> s = "第二阶段：试点推广（2022年）\\n到2022年底，…"
    >>> s[: colon_phrase_end(s, 5)]
    '第二阶段：试点推广（2022年）'
    >>> colon_phrase_end("指导思想：坚持以人民为中心，…\\n", 5), colon_phrase_end("主要目标：\\n到2025年", 5)
    (None, None)
    """
    m = _COLON_PHRASE.match(s, pos)
    return m.end() if m else None


_SKELETON_OPENING = lazy_re(
    "(?:" + "|".join(SKELETON_TITLES) + ")(?!" + "|".join(SKELETON_CONTINUATIONS) + r")(?=[\u4e00-\u9fff0-9“\"])"
)
"""A body opening with a skeleton part's whole title and running on into Han text, a date or a quotation (see
``SKELETON_TITLES``: "活动时间2024年5月…", "活动主题“…”")."""


def _unterminated_vote(r: _Reading) -> int:
    """+1 for evidence the title runs into its body, -1 for a short terminated title, 0 neutral."""
    if r.kind == "none" or (r.kind == "bound" and r.natural is not None and r.natural > 0):
        return 1
    if r.kind == "term":
        return 1 if (r.natural or 0) > LONG_TITLE else -1
    return 0


_ASPECT_TITLE = lazy_re(
    rf"[\u4e00-\u9fff]{{0,{ASPECT_PREFIX_MAX}}}?(?:{'|'.join(ASPECT_NOUNS)})"
    rf"(?=(?:{'|'.join(BODY_OPENERS)})[\u4e00-\u9fff])"
)
"""A short title naming an aspect (响应级别, 抽查对象), run into a body that opens with a preposition or with 本预案,
本次 …: "响应级别按洪水的严重程度…", "其他事项本预案由…负责解释"."""


def _end(r: _Reading, unterminated: bool) -> int:
    """Where the title ends, in clean coordinates."""
    if r.kind == "line" and r.natural is not None:
        return r.natural
    aspect = _ASPECT_TITLE.match(r.clean, 0, len(r.clean) if r.natural is None else r.natural)
    if aspect is not None and aspect.end() >= 2:
        return aspect.end()
    if not unterminated and r.natural is not None and r.natural <= LONG_TITLE:
        return r.natural
    if r.kind in ("bound", "line") and r.natural is not None and r.natural <= LONG_TITLE:
        return r.natural
    body = r.clean if r.natural is None else r.clean[: r.natural]
    if unterminated and r.kind != "line":
        skeleton = _SKELETON_OPENING.match(body)
        if skeleton:
            return skeleton.end()  # "职责分工康养产业发展涉及…": a skeleton part's title, then its body
    phrase = head_phrase_end(body)
    if (phrase is not None and phrase < SHORT_PHRASE and r.kind == "term" and (r.natural or 0) <= SHORT_SENTENCE
            and body.endswith(_HEAD_NOUN_ENDS) and tag_words(body[:phrase])[0][1] in VERB_OPENING_TAGS):
        return r.natural  # "建立政策集中规范发布制度。": a short first sentence, a verb and the thing it makes, is the
        # title, not the verb and its first noun ("主要目标源头…提升。", "总体目标全面提升办学质量。": a title, then its body)
    if phrase is not None:
        return _compound_clause(body, phrase)
    if r.natural is not None and r.natural <= LONG_TITLE:
        return r.natural
    yi_wei = _BODY_YI_WEI.search(body, 0, FALLBACK_MAX)
    if yi_wei:
        return yi_wei.start()
    comma = _COMMA.search(body, 4, FALLBACK_MAX)
    return comma.start() if comma else min(len(body), FALLBACK_MAX)


def _compound_clause(body: str, phrase: int) -> int:
    """A heading phrase too short to be a title whose head noun only modifies the nouns after it ("聘任重点" +
    实验室主任、副主任) or that opens with a preposition ("对重点" + 实验室的…): the item is a plain sentence, titled up
    to its first comma — if a comma comes soon and no subject's duty (要, 负责 …) stands before it. Nouns then a
    predicate before the comma are the body's subject and its verb ("存在问题" + 部分学校实训设备陈旧).

    >>> _compound_clause("聘任重点实验室主任、副主任，以及学术委员会主任", 4)
    13
    >>> _compound_clause("对重点实验室的运行绩效进行年度考核，配合评估", 3)
    17
    >>> _compound_clause("加强管理学校要每周检查，及时整改", 4), _compound_clause("存在问题部分学校实训设备陈旧，", 4)
    (4, 4)
    """
    if phrase >= SHORT_PHRASE or phrase >= len(body):
        return phrase
    comma = _COMMA.search(body, phrase, FALLBACK_MAX)
    if comma is None or comma.start() == phrase:
        return phrase
    clause = body[phrase:comma.start()]
    if any(mark in clause for mark in SUBJECT_MARKS) or _STOP.search(clause):
        return phrase
    if tag_words(body[:phrase])[0][1] in _PREPOSITION_TAGS:
        return comma.start()  # "对重点": a preposition and half its object is no phrase
    words = tag_words(clause)
    nominal = all(tag in NOMINAL_TAGS or word in ("、", "和", "及") for word, tag in words)
    return comma.start() if nominal else phrase  # "存在问题" + 部分学校…陈旧: the body's subject and its predicate


_PREPOSITION_TAGS = frozenset(("p",))
_CAPTION = lazy_re(rf"[ \t\u3000]*【(?P<caption>[^【】\n{re.escape(TERMINATORS)}]{{2,{CAPTION_MAX}}})】")
"""An article's caption in square brackets before its text (条旨: "第一条【制定依据】为规范…")."""


def find_titles(text: str, headings: list[Heading], noise: Noise) -> list[tuple[str, tuple[int, int]]]:
    """The title and title span of every heading."""
    readings = []
    for i, h in enumerate(headings):
        boundary = headings[i + 1].cand.start if i + 1 < len(headings) else None
        readings.append(_read(text, h, boundary, noise))
    groups: dict[tuple[int, str], list[_Reading]] = {}
    for h, r in zip(headings, readings):
        groups.setdefault((h.parent, h.cand.family), []).append(r)
    style = {key: _group_style(rs) for key, rs in groups.items()}
    out = []
    for h, r in zip(headings, readings):
        form = TITLE_FORMS.get(h.cand.style, HEADING_PHRASE)
        caption = _CAPTION.match(r.clean) if form.first_sentence else None
        if caption is not None:  # "第一条【制定依据】为规范…": the article's caption is its title
            a, b = caption.span("caption")
            out.append((caption["caption"], (r.offs[a], r.offs[b - 1] + 1)))
            continue
        if r.natural is not None and form.first_sentence:
            out.append(_title(r, r.natural, h.cand.title_start))
            continue
        unterminated, usual = style[(h.parent, h.cand.family)]
        run_on = unterminated or (r.kind == "term" and r.natural is not None and r.natural > usual)
        out.append(_title(r, _defined_term(r.clean, _end(r, run_on)), h.cand.title_start))
    return out


def _group_style(readings: list[_Reading]) -> tuple[bool, int]:
    """Whether a sibling list runs titles into bodies (by vote), and the longest title length it makes usual.

    One sibling running on counts against two terminated ones. A terminated title
    much longer than its siblings' (3x the median, at least ``OUTLIER_MIN``) is
    taken as running on too ("加强全面领导制定了关于…。" among "落实教育优先政策。").
    """
    votes = [_unterminated_vote(r) for r in readings]
    unterm, term = votes.count(1), votes.count(-1)
    lengths = sorted(r.natural for r, v in zip(readings, votes) if v == -1 and r.natural is not None)
    usual = max(3 * lengths[(len(lengths) - 1) // 2], OUTLIER_MIN) if lengths else LONG_TITLE
    return unterm > 0 and 2 * unterm >= term, usual


def line_title(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """The title of a heading that is a whole line: ``text[start:end]`` without blanks and a trailing 。；：.

    >>> line_title("一、总体要求：\\n", 2, 7)
    ('总体要求', (2, 6))
    """
    b = len(text[start:end].rstrip(_STRIP)) + start
    a = b - len(text[start:b].lstrip(_STRIP))
    return text[a:b], (a, b)


def _defined_term(clean: str, end: int) -> int:
    """The end of a defined term when the title up to ``end`` is a definition or an assignment of a short
    term ("用户数据，是指…；", "档案资料，由…负责；"): the term before the comma (``DEFINITION_OPENERS``);
    else ``end``.

    >>> s = "用户数据，是指用户提供的信息；"
    >>> s[: _defined_term(s, len(s) - 1)], _defined_term("演练物资运送时，由于…", 12)
    ('用户数据', 12)
    """
    m = _DEFINITION.match(clean[:end])
    return m.end() if m else end


def _title(r: _Reading, end: int, start: int) -> tuple[str, tuple[int, int]]:
    title = r.clean[:end]
    stripped = title.rstrip(_STRIP)
    lead = len(title) - len(title.lstrip(_STRIP))
    stripped = stripped[lead:] if lead < len(stripped) else ""
    if not stripped:
        return "", (start, start)
    a = r.offs[lead]
    b = r.offs[lead + len(stripped) - 1] + 1
    return stripped, (a, b)
