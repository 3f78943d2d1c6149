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

>>> [(p.lead, p.support) for p in extract_parties("1.建设智慧校园（责任单位：市教育局、市财政局）", [])]
[(['市教育局'], ['市财政局'])]
>>> [p.lead for p in extract_parties("税务、财政和教育部门每年要定期开展监督检查。", [])]
[['税务部门', '财政部门', '教育部门']]
>>> extract_parties("鼓励学生参加社会实践。支持社会力量举办学校。", [])
[]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Iterator, Optional

import regex

from ..analysis import DocContext
from ..models import Party, Section
from ..outline.locate import SectionLocator
from .blocks import duty_blocks, group_rosters
from .hits import Hit, sentences
from .names import ends_at_boundary
from .flat_table import flattened
from .labels import labelled, parenthesised, tabled
from .lexicon import _alt, head_words
from .statements import extract_statements
from ..data.target_words import AIMED_BEFORE
from .words import (
    ADDRESSED_PLACES, EXPLICIT_KINDS, GUIDE_TITLE_ENDS, HISTORY_TITLE_WORDS, LABEL_WORDS, REPORT_OPENINGS, REPORT_TITLE_ENDS, SUPPORT_MANNERS,
    SUPPORT_ROLES, alt,
)

__all__ = ["extract_parties"]

_CUE = regex.compile(alt(LABEL_WORDS) + r"|牵头|负责|配合|领导下|组织下|\t")


def _explicit(text: str) -> list[Hit]:
    blocks = [*duty_blocks(text), *group_rosters(text)]
    if not _CUE.search(text):
        return blocks
    return [*labelled(text), *parenthesised(text), *tabled(text), *flattened(text), *blocks]


class _Covering:
    """The explicit hits whose span holds a position, in their list order (an index by start, not a scan)."""

    def __init__(self, hits: list[Hit]) -> None:
        self._order = sorted(range(len(hits)), key=lambda i: hits[i].start)
        self._starts = [hits[i].start for i in self._order]
        self._longest = max((h.end - h.start for h in hits), default=0)
        self._hits = hits

    def __call__(self, pos: int) -> list[Hit]:
        found = []
        j = bisect_right(self._starts, pos) - 1
        while j >= 0 and self._starts[j] >= pos - self._longest:
            i = self._order[j]
            if self._hits[i].end > pos:
                found.append(i)
            j -= 1
        return [self._hits[i] for i in sorted(found)]


def _implicit(text: str, explicit: list[Hit], title_ends: tuple[int, ...] = ()) -> list[Hit]:
    inside = _Spans([(h.start, h.end) for h in explicit])
    covering = _Covering(explicit)
    out: list[Hit] = []
    for at, sentence in _split_at(_head_sentences(text), title_ends):
        if "\t" in sentence:
            continue
        for hit in extract_statements(sentence, at):
            if inside(hit.start) and not _own_duty_before_label(hit, covering(hit.start), text):
                continue
            if not _repeats(hit, out):
                out.append(hit)
    return out


#: a heading title this long or shorter, with no punctuation in it, is taken as the outline
#: gives it; a longer one may have run on into its body
TITLE_MAX = 12
_TITLE_PUNCTUATION = regex.compile(r"[，,。；;：:、！？!?\s]")


def glued_title_ends(text: str, sections: list[Section]) -> tuple[int, ...]:
    """Where a short heading title ends with its body glued right after it, no stop between
    ("4.2物资保障市商务局要…" in run-on text): a sentence starts again there. Not
    inside a word: a title cut short inside a name ("(2)市发展改|革委…") cuts nothing.

    >>> from policydoc.models import Section
    >>> t = "6.5运输保障市交通局要调配车辆。"
    >>> sec = Section(id="1", level=1, marker="6.5", style="decimal_path", number=5, title="运输保障",
    ...               span=(0, len(t)), title_span=(3, 7))
    >>> glued_title_ends(t, [sec])
    (7,)
    """
    out = []
    stack = list(sections)
    while stack:
        sec = stack.pop()
        stack.extend(sec.children)
        start, end = sec.title_span
        title = text[start:end]
        if 0 < len(title) <= TITLE_MAX and not _TITLE_PUNCTUATION.search(title) and end < len(text):
            if not _TITLE_PUNCTUATION.match(text[end]) and ends_at_boundary(text[start : end + 6], end - start):
                out.append(end)
    return tuple(sorted(out))


def _split_at(found: Iterator[tuple[int, str]], cuts: tuple[int, ...]) -> Iterator[tuple[int, str]]:
    """The sentences of ``found``, each cut again at the positions of ``cuts`` inside it."""
    if not cuts:
        yield from found
        return
    for at, sentence in found:
        i = bisect_right(cuts, at)
        start = at
        while i < len(cuts) and cuts[i] < at + len(sentence):
            yield start, sentence[start - at : cuts[i] - at]
            start = cuts[i]
            i += 1
        yield start, sentence[start - at :]


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


#: a label word opening a line (after an optional bracket): "责任单位：…", "（牵头单位：…）"
LINE_LABEL = regex.compile(r"\s*[(（]?\s*" + alt(LABEL_WORDS))


_TERMINATOR = regex.compile(r"[。；;！？!?\n]")
_TERMINATOR_BEFORE = regex.compile(r"[。；;！？!?\n]", regex.REVERSE)


def _head_sentences(text: str) -> Iterator[tuple[int, str]]:
    """The ``sentences(text)`` that hold a head word, found from one head scan of the text.

    No head word holds a sentence terminator (checked by ``_heads_stay_inside``), so every
    head match lies inside one sentence, and a sentence holds a head iff a match of the
    whole-text scan starts in it. Its bounds are those of ``hits.sentences``: from after the
    previous terminator to its own terminator (kept unless it is a newline).
    """
    search = _candidate_pattern().search
    if not _heads_stay_inside():
        yield from ((at, s) for at, s in sentences(text) if search(s))
        return
    # resuming the head search at each sentence's end gives the matches ``finditer`` would
    # (a skipped match lies inside the sentence, so none runs past its end)
    end = 0
    while (m := search(text, end)) is not None:
        pos = m.start()
        before = _TERMINATOR_BEFORE.search(text, end, pos)
        start = before.end() if before else end
        after = _TERMINATOR.search(text, pos)
        end = len(text) if after is None else after.start() + (after.group() != "\n")
        yield start, text[start:end]


@lru_cache(maxsize=1)
def _heads_stay_inside() -> bool:
    return not any(_TERMINATOR.search(w) for w in head_words() + ADDRESSED_PLACES)


@lru_cache(maxsize=1)
def _candidate_pattern() -> "re.Pattern[str]":
    """A head word of the lexicon or a place addressed as a group (各市, 各地区)."""
    return re.compile(_alt(head_words() + ADDRESSED_PLACES))  # one flat longest-first alternation


class _Spans:
    """``spans(pos)``: does any of the (possibly overlapping) spans hold ``pos``? O(log n).

    With the spans sorted by start, the furthest end among those starting at or before
    ``pos`` is a running maximum, and some span holds ``pos`` iff that end lies past it.

    >>> inside = _Spans([(0, 10), (2, 4), (20, 30)])
    >>> inside(5), inside(10), inside(25), inside(-1)
    (True, False, True, False)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def __call__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos


def _repeats(hit: Hit, seen: list[Hit]) -> bool:
    """Same leads already found in an overlapping span (two recognisers, one assignment)."""
    return any(
        abs(h.start - hit.start) <= 3 or set(h.lead) == set(hit.lead) and h.start < hit.end and hit.start < h.end
        for h in seen[-6:]
    )


_SUPPORTING = regex.compile(
    rf"^(?:{alt(SUPPORT_MANNERS)})?(?:积极|主动|密切|全力|紧密)?(?:做好)?(?:{alt(SUPPORT_ROLES)})"
)


def merge_supporters(hits: list[Hit], text: str) -> list[Hit]:
    """"X负责…。Y积极配合" / "由X负责，Y、Z按职责配合" — a clause or sentence of supporters
    joins the assignment right before it (no other text between them)."""
    out: list[Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        gap = text[prev.end : hit.start] if prev else "x"
        if prev and hit.kind == "subject" and not gap.strip() and _SUPPORTING.match(hit.extra.get("rest", "")):
            prev.support += [n for n in hit.lead if n not in prev.support]
            prev.end = hit.end
            continue
        out.append(hit)
    return out


_HISTORY_TITLE = regex.compile(AIMED_BEFORE + alt(HISTORY_TITLE_WORDS))
"""A review title; not one aiming at results ("推动…取得新成效", "取得更大成效"), as the analysis stage reads it."""


def _history_ids(sections: list[Section], now: Optional[int] = None, inherited: bool = False) -> set[str]:
    """Ids of the sections that review the past: their title or an ancestor's says so, or
    names only years before ``now``, the year the document's title looks to ("一、2024年
    计划执行情况" in a 2025 plan report).

    >>> from policydoc.models import Section
    >>> sec = lambda i, t: Section(id=i, level=1, marker="", style="cn_dun", number=1, title=t, span=(0, 1),
    ...                            title_span=(0, 1))
    >>> sorted(_history_ids([sec("1", "2023年主要工作"), sec("2", "2024年工作安排")], now=2024))
    ['1']
    """
    out: set[str] = set()
    for sec in sections:
        years = [int(y) for y in _YEAR.findall(sec.title)]
        past = inherited or bool(_HISTORY_TITLE.search(sec.title)) or bool(now and years and max(years) < now)
        if past:
            out.add(sec.id)
        out |= _history_ids(sec.children, now, past)
    return out


def _narrates(hit: Hit, section_id: str | None, history: set[str]) -> bool:
    return hit.kind == "subject" and section_id in history and not hit.extra.get("duty")


#: how far into the text a report's opening is looked for
REPORT_WINDOW = 800
_REPORT_OPENING = regex.compile(alt(REPORT_OPENINGS))
_REPORT_TITLE = regex.compile(alt(REPORT_TITLE_ENDS) + r"\W*$")


def reports(text: str, title: Optional[str] = None) -> bool:
    r"""Is the document a report to an assembly or a superior (a government work report, a
    policy or budget report, "现将有关情况报告如下")? Its opening addresses the assembly or
    asks it to hear the report, or its title ends with 报告.

    >>> reports("各位代表：\n下面，由我代表县政府报告一年来的工作。"), reports("某区2025年工作要点")
    (True, False)
    >>> reports("一、总体要求", title="某市2024年预算执行情况报告")
    True
    """
    if _REPORT_OPENING.search(text, 0, REPORT_WINDOW):
        return True
    return bool(title) and _REPORT_TITLE.search(title) is not None


_GUIDE_TITLE = regex.compile(alt(GUIDE_TITLE_ENDS) + r"\W*$")


def guides(title: Optional[str]) -> bool:
    """Is the document a procedural guide for applicants (its title ends with 指南 or 须知)?
    Like a law, it states an authority's standing procedure ("由X审查批准…") and assigns
    no task.

    >>> guides("某区不动产登记办事指南"), guides("某区2025年工作要点"), guides(None)
    (True, False, False)
    """
    return bool(title) and _GUIDE_TITLE.search(title) is not None


def in_report_voice(hit: Hit) -> bool:
    """Does ``hit`` still assign a task when the document reports? A report speaks of what
    bodies did and what the government will do in its own voice ("市委、市政府迅速成立…",
    "省政府将…", "由区司法局进行审查…"); only explicit duty wording assigns: a label, note,
    table, duty block, role pair or request, or a subject or 由X with a duty word (要, 应,
    须, 负责, 落实, 履行 …: "各级政府要过紧日子", or a modal later in its clause: "各部门制定
    政策要听取意见")."""
    return hit.kind in EXPLICIT_KINDS or bool(hit.extra.get("duty") or hit.extra.get("modal"))


_YEAR = regex.compile(r"(?<!\d)(20\d\d)年")
_PAST_OPENING = regex.compile(r"^[ \t]*(20\d\d)年(?:以来|来)?[，,]", regex.MULTILINE)


_YEAR_SPAN = regex.compile(r"(?<!\d)20\d\d\s*(?:年\s*)?[—–\-~～至到]\s*20\d\d")


def _title_year(text: str) -> Optional[int]:
    """The one year the document's first line names (an annual plan or report looks to it), or None.

    A plan over a span of years ("2022—2025年…行动计划") looks to every year in it: None.

    >>> _title_year("某局2024年工作要点\\n"), _title_year("某市2022—2025年行动计划\\n")
    (2024, None)
    """
    first = text.lstrip()[:80].split("\n", 1)[0]
    if _YEAR_SPAN.search(first):
        return None
    years = {int(y) for y in _YEAR.findall(first)}
    return years.pop() if len(years) == 1 else None


def _past_paragraphs(text: str) -> list[tuple[int, int]]:
    """Lines opened by a year before the one the document's title looks to ("2023年，县市场
    监管局坚持…" in a "2024年工作要点"): the document reports that year, it assigns nothing.

    >>> _past_paragraphs("某局2024年工作要点\\n2023年，县财政局完成审计。\\n2024年，县财政局要…")
    [(12, 27)]
    """
    now = _title_year(text)
    if now is None:
        return []
    out = []
    for m in _PAST_OPENING.finditer(text):
        if int(m[1]) < now:
            end = text.find("\n", m.end())
            out.append((m.start(), len(text) if end < 0 else end))
    return out


def extract_parties(text: str, sections: list[Section], context: Optional[DocContext] = None) -> list[Party]:
    """Every task assignment in ``text`` (normalised), in document order.

    A law or a statistical bulletin (``context.states_facts`` false) assigns no tasks:
    a law's duties are statutory, a bulletin's bodies are sources; nor does a procedural
    guide (:func:`guides`). A report speaks in its own voice (:func:`reports`).
    """
    if context is not None and not context.states_facts:
        return []
    if context is not None and guides(context.title):
        return []
    explicit = _explicit(text)
    implicit = _implicit(text, explicit, glued_title_ends(text, sections))
    hits = sorted(explicit + implicit, key=lambda h: (h.start, h.end))
    hits = merge_supporters(hits, text)
    locate = SectionLocator(sections)
    history = _history_ids(sections, _title_year(text))
    if history:
        hits = [h for h in hits if not _narrates(h, locate.section_id_at(h.start), history)]
    if reports(text, context.title if context is not None else None):
        hits = [h for h in hits if in_report_voice(h)]
    past = _Spans(_past_paragraphs(text))
    hits = [h for h in hits if not (past(h.start) and h.kind == "subject" and not h.extra.get("duty"))]
    return [
        Party(
            section_id=locate.section_id_at(h.start),
            task=h.task,
            lead=h.lead,
            support=h.support,
            text=text[h.start : h.end],
            span=(h.start, h.end),
            rule=h.kind,
        )
        for h in hits
        if h.lead or h.support
    ]
