"""Duty blocks: a body named before a colon, its duties after it.

Emergency plans, task-division schemes and drill plans list each member's duties as a
block opened by the member's name: "市交通局：负责应急运输保障；参与…", "（三）市卫健委:
组织医疗救治…", "3.2.1市应急局主要职责：…", or a role line whose items follow on the next
lines ("二、协办机关：" / "（一）协助审查…"). The body before the colon leads the task.

Not a block: a label line whose value is a list of bodies ("编制单位：市发展改革委"), an
address line before a notice ("各区人民政府，市各委、办、局：") or a report ("某某委员会：" then
"现就…报告如下"), a definition or a heading without a body ("特别重大事件（I级）：造成…"), or a
colon after something that is no single body (persons, several bodies, a sentence).

>>> [(h.lead, h.task) for h in duty_blocks("（二）市交通运输局：负责应急运输保障；参与事故调查。")]
[(['市交通运输局'], '负责应急运输保障')]
>>> [(h.lead, h.task) for h in duty_blocks("二、协办机关：\\n（一）协助审查演练方案。\\n")]
[(['协办机关'], '协助审查演练方案')]
>>> list(duty_blocks("编制单位：市发展改革委、市财政局。")), list(duty_blocks("各区人民政府，市各委、办、局：现将…"))
([], [])
>>> list(duty_blocks("某市人大常委会：\\n受市政府委托，现就预算执行情况报告如下，请审议。"))
[]

A roster of working groups names each group's leading body: "第2组(东区)市民政局组长:…"
(:func:`group_rosters`).
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

import regex

from .hits import Hit, trim
from ..core.tagger import tag
from .names import Body, parse_bodies, split_items
from .nominal import is_nominal
from .words import (
    ADDRESSING_SCOPES, ADVERBS, BLOCK_DUTY_HEADS, CAUSATIVES, DUTY_WORDS, LABEL_WORDS, REMAINDER_OPENERS, REPORT_OPENINGS,
    ROSTER_FIELDS, SUPPORT_ROLES,
    TASK_PREPOSITIONS, VERB_STARTS, alt,
)
from .._lazy import lazy_re, lazy_regex
from ..core.sentences import COLONS, ENUMERATION
from ..settings import DUTY_TAG_REACH, PARTY_TASK_MAX, TITLED_BLOCKS_MIN
from .stops import PHRASE_ENDS, SENTENCE_END, none_of, one_of

#: an item marker opening a block: 一、 （一） (1) 1. 1、 ① and decimal numbering 3.2.1
_MARKER = r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}(?:[.．]\d{1,2}){0,4}[.．、]?(?!\d)|[①-⑳])"
#: a block opening: at a line start or after a sentence end, an optional marker, one name
#: (perhaps with a bracketed second name), perhaps 主要职责, then a colon
#: a bracketed item marker, which opens a block wherever it stands (run-on text glues the
#: first block to its heading: "二、工作职责(一)市交通局:…")
_PAREN_MARKER = r"[(（][一二三四五六七八九十\d]{1,3}[)）]"
#: a character of the body's name before a block's colon, and before a roster's field
_NAME_CHAR = none_of(PHRASE_ENDS + COLONS + ENUMERATION, r"\s()（）\d")
_ROSTER_NAME_CHAR = none_of(PHRASE_ENDS + COLONS, r"\s()（）")
_ROSTER_NAME_END = one_of(COLONS + PHRASE_ENDS + "\n")
#: in stdlib ``re``, which scans this pattern (tried at every position) 2.5x faster than ``regex``
_BLOCK = lazy_re(
    rf"(?:(?:^|(?<={one_of(SENTENCE_END)}))[ \t\u3000]*(?:{_MARKER}[ \t\u3000]*)?|{_PAREN_MARKER}[ \t\u3000]*)"
    rf"(?P<x>{_NAME_CHAR}{{2,24}}?(?:\([^()]{{1,14}}\))?)"
    rf"(?:{alt(BLOCK_DUTY_HEADS)})?[ \t\u3000]*[：:][ \t\u3000]*",
    re.MULTILINE,
)
_SENTENCE_END = regex.compile(one_of(SENTENCE_END))
_PHRASE_END = regex.compile(one_of(PHRASE_ENDS))
_LINE_MARKER = lazy_regex(rf"[ \t\u3000]*{_MARKER}[ \t\u3000]*")
_LABELS = frozenset(LABEL_WORDS)
#: the duty words of two characters or more (负责, 承担, 牵头 …): a phrase opening with one names no body
_DUTY_VERBS = tuple(w for w in DUTY_WORDS if len(w) > 1 and w[0] not in "要须应均都")
#: what may open a block's duties before a body ("配合事件调查部门及时发布信息": the duty names its partner)
_DUTY_OPENERS = _DUTY_VERBS + SUPPORT_ROLES + VERB_STARTS  # "协调A公司、督促B公司做好…": a verb, then its objects
_DUTY_OPENING = lazy_regex(alt(DUTY_WORDS + CAUSATIVES + VERB_STARTS + TASK_PREPOSITIONS + ("会同",)))
_ADVERB = lazy_regex(rf"^(?:{alt(ADVERBS)})+")
#: parts of speech of a predicate's first word: verbs, prepositions, adverbs
_PREDICATE_POS = frozenset(("v", "vd", "p", "d", "ad"))


def duty_blocks(text: str) -> Iterator[Hit]:
    """Every duty block of ``text``: the body before the colon leads the first sentence of
    its duties (on the same line, or the first item of the next line)."""
    if "：" not in text and ":" not in text:
        return
    for m in _block_matches(text):
        hit = _block_hit(text, m, m["x"], "block")
        if hit is not None:
            yield hit


def _block_matches(text: str) -> Iterator["re.Match[str]"]:
    """The matches ``_BLOCK.finditer(text)`` gives, from a scan of the lines that hold a colon only.

    Every match holds a colon, and a line break only inside its bracketed second name, so it lies inside the
    span of :func:`_colon_lines` that holds its colon: the matches found there, in turn, are those of the whole
    text (the scan tried at every position of a long text is most of the cost of the duty blocks).
    """
    pos = 0
    for start, end in _colon_lines(text):
        for m in _BLOCK.finditer(text, max(start, pos), end):
            pos = m.end()
            yield m


_COLON = re.compile(one_of(COLONS))


def _colon_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that hold a colon, in order, without their line breaks.

    A line where a ")" comes before any "(" may close a bracket opened on an earlier line: its span starts
    at the line of the last "(" before it (a block's name, the part of its match before the bracket, holds no
    line break).

    >>> t = "前言\\n一、市交通局：负责运输。\\n说明\\n市民政局(救灾\\n处)：负责救助。"
    >>> [t[a:b] for a, b in _colon_lines(t)]
    ['一、市交通局：负责运输。', '市民政局(救灾\\n处)：负责救助。']
    """
    spans: list[tuple[int, int]] = []
    for colon in _COLON.finditer(text):
        at = colon.start()
        if spans and at < spans[-1][1]:
            continue  # a colon of a line already taken
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        close = text.find(")", start, end)
        if close >= 0 and "(" not in text[start:close]:
            start = text.rfind("\n", 0, max(text.rfind("(", 0, start), 0)) + 1
        while spans and start <= spans[-1][1]:  # reaching back into the spans before: one span
            start = min(start, spans.pop()[0])
        spans.append((start, end))
    return spans


def _block_hit(text: str, m: "re.Match[str]", phrase: str, kind: str) -> Optional[Hit]:
    """The hit of a block whose body phrase is ``m["x"]`` (read as ``phrase``) and whose duties follow ``m``: its
    one body leads the first sentence of its duties; None where it names no single body or states no duty."""
    body = block_body(phrase)
    if body is None:
        return None
    start, end = _duties_span(text, m.end())
    duties = text[start:end]
    if not block_duties(duties) or any(w in duties for w in REPORT_OPENINGS):
        return None  # no duties, or the body a report is addressed to ("某某委员会：\n现就…报告如下，请审议")
    name = body.name if kind == "block" else m["x"]  # a titled item's name as written, brackets included
    return Hit([name], [], m.start("x"), end, trim(duties)[:PARTY_TASK_MAX], kind)


#: an item titled by one body: a marker opening its line, the name (perhaps with a bracketed second name), then a
#: full stop or the line's end ("（一）某某研究院。负责…", "（二）市交通局\n负责…"), at a line's start or, in run-on text, right
#: after the sentence before it ("…的行为。（二）某某局。负责…")
_TITLED = lazy_re(
    rf"(?:^|(?<=[。；;]))[ \t\u3000]*{_MARKER}[ \t\u3000]*(?P<x>{_NAME_CHAR}{{2,30}}?(?:[(（][^()（）\n]{{1,14}}[)）])?)"
    rf"[ \t\u3000]*(?:。|(?=\n))[ \t\u3000]*\n?",
    re.MULTILINE,
)


def titled_blocks(text: str) -> Iterator[Hit]:
    """Items of a task division titled by the body they charge, its duties after a full stop or on the next line
    ("（一）某某研究院。负责统筹第三方评估工作。"): the body leads the first sentence of its duties.

    >>> t = "（一）某某大学城市研究院。负责统筹评估工作。\\n（二）某某规划协会。组织专家调研。\\n"
    >>> [(h.lead, h.task) for h in titled_blocks(t)]
    [(['某某大学城市研究院'], '负责统筹评估工作'), (['某某规划协会'], '组织专家调研')]
    >>> run_on = "（一）某某协会。组织专家调研。（二）某某学会。负责评审工作。"  # run-on text: items glued to the sentence before
    >>> [(h.lead, h.task) for h in titled_blocks(run_on)]
    [(['某某协会'], '组织专家调研'), (['某某学会'], '负责评审工作')]
    >>> list(titled_blocks(t.split("\\n")[0]))  # one such item alone: a task named by its object as often
    []
    >>> list(titled_blocks("（一）加强组织领导。各地要建立工作机制。")), list(titled_blocks("（二）市教育局。2021年5月。"))
    ([], [])
    """
    hits = [hit for m in _TITLED.finditer(text)
            if (hit := _block_hit(text, m, m["x"].replace("（", "(").replace("）", ")"), "titled_block")) is not None]
    if len(hits) >= TITLED_BLOCKS_MIN:  # one item titled like a body is more often a task named by its object
        yield from hits


def _duties_span(text: str, pos: int) -> tuple[int, int]:
    """The first sentence of the duties after a block's colon at ``pos``: on the same line,
    or, where the line ends at the colon, the first item of the next line."""
    stop = _SENTENCE_END.search(text, pos)
    end = len(text) if stop is None else stop.start() + (stop.group() != "\n")
    if text[pos:end].strip():
        return pos, end
    if stop is None or stop.group() != "\n":
        return pos, pos
    nxt = stop.end()
    marker = _LINE_MARKER.match(text, nxt)
    start = marker.end() if marker else nxt
    stop = _SENTENCE_END.search(text, start)
    return start, len(text) if stop is None else stop.start() + (stop.group() != "\n")


def block_body(phrase: str) -> Optional[Body]:
    """The one body a block opens with, or None: a named or organ body (a weak one only
    when addressed with 各: 各乡镇), no label word (责任单位), read as a noun phrase.

    >>> block_body("市交通运输局").name, block_body("各乡镇").name
    ('市交通运输局', '各乡镇')
    >>> block_body("责任单位"), block_body("联系人"), block_body("特别重大事件"), block_body("其他有关部门")
    (None, None, None, None)
    """
    if phrase in _LABELS or phrase.startswith(REMAINDER_OPENERS):
        return None
    bodies = parse_bodies(phrase)
    if not bodies or len(bodies) != 1 or not is_nominal(phrase):
        return None
    body = bodies[0]
    if body.grade == "weak" and not body.name.startswith(ADDRESSING_SCOPES):
        return None
    return body


def block_duties(duties: str) -> bool:
    """Do the words after a block's colon state duties: a predicate opens them (a duty
    word, a verb, a preposition), not a list of bodies, a number or a noun.

    >>> block_duties("负责应急运输保障。"), block_duties("协调做好遗体处置工作"), block_duties("根据部署组织力量")
    (True, True, True)
    >>> block_duties("市发展改革委、市财政局。"), block_duties("2021年5月"), block_duties("造成30人以上死亡")
    (False, False, True)
    >>> block_duties("负责辖区及水库防汛工作。"), block_duties("负责所属企业及其承担项目的防汛工作。")
    (True, True)
    >>> block_duties("配合事件调查处理部门及时发布权威信息。"), block_duties("协调某某集团公司、督促某某公司做好站场工作。")
    (True, True)
    """
    rest = trim(duties)
    if not rest or rest[0].isdigit():
        return False
    first = split_items(_PHRASE_END.split(rest, 1)[0])
    if first and not first[0].startswith(_DUTY_OPENERS) and parse_bodies(first[0]) is not None:
        return False  # a list of bodies ("市发展改革委、市财政局"); "负责辖区…" opens with its duty, no body
    rest = _ADVERB.sub("", rest) or rest
    if _DUTY_OPENING.match(rest):
        return True
    words = tag(rest[:DUTY_TAG_REACH])
    return bool(words) and words[0][1] in _PREDICATE_POS


#: a working group of a roster, perhaps with the places it covers in brackets, then the
#: body that leads it, up to the next field (组长:, 联络员:) or the next group
_ROSTER = lazy_regex(
    rf"第[一二三四五六七八九十\d]{{1,3}}组[ \t]*(?:[(（][^()（）\n]{{1,16}}[)）])?[ \t]*[：:]?[ \t]*"
    rf"(?P<x>{_ROSTER_NAME_CHAR}{{2,24}}?)(?=(?:{alt(ROSTER_FIELDS)})|{_ROSTER_NAME_END}|第[一二三四五六七八九十\d]{{1,3}}组|$)"
)


def group_rosters(text: str) -> Iterator[Hit]:
    """Rows of a roster of working groups ("第1组(北区)市发展改革委组长:…"): the body named
    after the group leads it; a row whose name is no single strong body gives nothing.

    >>> [h.lead for h in group_rosters("第1组(北区)市发展改革委组长:联络员:第2组(东区)市民政局组长:")]
    [['市发展改革委'], ['市民政局']]
    >>> list(group_rosters("第3组负责东区的督导。"))
    []
    """
    if "组" not in text:
        return
    for m in _ROSTER.finditer(text):
        bodies = parse_bodies(m["x"])
        if not bodies or len(bodies) != 1 or bodies[0].grade == "weak" or not is_nominal(m["x"]):
            continue
        yield Hit([bodies[0].name], [], m.start(), m.end("x"), "", "roster")
