"""Where a statement narrates instead of assigning a task.

In a section that reviews the past (its title, or an ancestor's, holds a word of ``HISTORY_TITLE_WORDS``:
主要成就, 发展基础 …, or names only years before the one the document looks to) a bare "X + action verb"
narrates (:func:`history_ids`, :func:`narrates`), and so it does in a paragraph opened by a past year
(:func:`past_paragraphs`). A report speaks in its own voice (:func:`reports`, :func:`in_report_voice`); a
procedural guide assigns nothing (:func:`guides`). :data:`FILTERS` ("parties.filters") drops the statements
that narrate, by the :class:`Voice` of the whole document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import AbstractSet, Callable, Optional

import regex

from ..core.rules import Rule, Ruler
from ..core.sentences import COMMAS
from ..data.target_words import AIMED_BEFORE
from ..models import Section
from ..outline.attachments import glossary_regions
from ..outline.doctitle import ADDRESS_LINE
from ..outline.locate import SectionLocator
from ..settings import REPORT_OPENING_REACH, TITLE_YEAR_REACH
from .hits import Hit
from .spans import Spans
from .stops import one_of
from .words import (
    DISTRIBUTIVE_OPENERS, EXPLICIT_KINDS, GUIDE_TITLE_ENDS, HISTORY_TITLE_WORDS, INSPECTIONS, REPORT_OPENINGS,
    REPORT_TITLE_ENDS, alt,
)
from .._lazy import lazy_regex

_HISTORY_TITLE = lazy_regex(AIMED_BEFORE + alt(HISTORY_TITLE_WORDS) + rf"(?!{alt(INSPECTIONS)})")
"""A review title; not one aiming at results ("推动…取得新成效", "取得更大成效"), as the analysis stage reads it, nor
one naming what a check inspects ("排污许可证执行情况抽查")."""


_TITLE_CLAUSE = lazy_regex(r"[^，,；;]*")


def history_ids(sections: list[Section], now: Optional[int] = None, inherited: bool = False) -> set[str]:
    """Ids of the sections that review the past: their title or an ancestor's says so, or
    names only years before ``now``, the year the document's title looks to ("一、2024年
    计划执行情况" in a 2025 plan report).

    >>> from policydoc.models import Section
    >>> sec = lambda i, t: Section(id=i, level=1, marker="", style="cn_dun", number=1, title=t, span=(0, 1),
    ...                            title_span=(0, 1))
    >>> sorted(history_ids([sec("1", "2023年主要工作"), sec("2", "2024年工作安排")], now=2024))
    ['1']
    >>> sorted(history_ids([sec("1", "路网中心开展监测，随时报告事态进展情况"), sec("2", "一年来的工作回顾")]))
    ['2']
    """
    out: set[str] = set()
    for sec in sections:
        years = [int(y) for y in _YEAR.findall(sec.title)]
        # the title's first clause: an item titled by its whole first sentence ("路网中心立即开展监测，随时掌握并报告
        #事态进展情况") names no review by a word of its later clauses
        past = (inherited or bool(_HISTORY_TITLE.search(_TITLE_CLAUSE.match(sec.title).group()))
                or bool(now and years and max(years) < now))
        if past:
            out.add(sec.id)
        out |= history_ids(sec.children, now, past)
    return out


def narrates(hit: Hit, section_id: str | None, history: AbstractSet[str]) -> bool:
    """A bare subject (no duty word) in one of the ``history`` sections."""
    return hit.kind == "subject" and section_id in history and not hit.extra.get("duty")


_REPORT_OPENING = regex.compile(alt(REPORT_OPENINGS))
_REPORT_TITLE = lazy_regex(alt(REPORT_TITLE_ENDS) + r"\W*$")


def reports(text: str, title: Optional[str] = None) -> bool:
    r"""Is the document a report to an assembly or a superior (a government work report, a
    policy or budget report, "现将有关情况报告如下")? Its opening addresses the assembly or
    asks it to hear the report, or its title ends with 报告.

    >>> reports("各位代表：\n下面，由我代表县政府报告一年来的工作。"), reports("某区2025年工作要点")
    (True, False)
    >>> reports("一、总体要求", title="某市2024年预算执行情况报告")
    True
    >>> reports("二、今年的工作\\n中央财政拟安排1000亿元。\\n各位代表！\\n我们要再接再厉。")  # an excerpt of a speech
    True
    >>> reports("二、今年的工作\\n中央财政安排1000亿元。\\n各位代表！加强国防建设，是重要任务。")
    True
    """
    if _REPORT_OPENING.search(text, 0, REPORT_OPENING_REACH):
        return True
    if bool(title) and _REPORT_TITLE.search(title) is not None:
        return True
    return "各位" in text and ADDRESS_LINE.search(text) is not None  # an excerpt: the speaker turns to the assembly



_GUIDE_TITLE = lazy_regex(alt(GUIDE_TITLE_ENDS) + r"\W*$")


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
_PAST_OPENING = lazy_regex(rf"^[ \t]*(20\d\d)年(?:以来|来)?{one_of(COMMAS)}", regex.MULTILINE)


_YEAR_SPAN = regex.compile(r"(?<!\d)20\d\d\s*(?:年\s*)?[—–\-~～至到]\s*20\d\d")


def title_year(text: str) -> Optional[int]:
    """The one year the document's first line names (an annual plan or report looks to it), or None.

    A plan over a span of years ("2022—2025年…行动计划") looks to every year in it: None.

    >>> title_year("某局2024年工作要点\\n"), title_year("某市2022—2025年行动计划\\n")
    (2024, None)
    """
    first = text.lstrip()[:TITLE_YEAR_REACH].split("\n", 1)[0]
    if _YEAR_SPAN.search(first):
        return None
    years = {int(y) for y in _YEAR.findall(first)}
    return years.pop() if len(years) == 1 else None


def past_paragraphs(text: str) -> list[tuple[int, int]]:
    """Lines opened by a year before the one the document's title looks to ("2023年，县市场
    监管局坚持…" in a "2024年工作要点"): the document reports that year, it assigns nothing.

    >>> past_paragraphs("某局2024年工作要点\\n2023年，县财政局完成审计。\\n2024年，县财政局要…")
    [(12, 27)]
    """
    now = title_year(text)
    if now is None:
        return []
    out = []
    for m in _PAST_OPENING.finditer(text):
        if int(m[1]) < now:
            end = text.find("\n", m.end())
            out.append((m.start(), len(text) if end < 0 else end))
    return out


@dataclass(frozen=True)
class Voice:
    """What the filters know of the whole document: where its sections are, which review the past, whether
    it reports, and its paragraphs opened by a past year."""

    locate: SectionLocator
    history: frozenset[str]
    reporting: bool
    past: Spans
    glossary: Spans = Spans([])
    plan_keepers: Spans = Spans([])
    """Where an emergency plan names who keeps it ("本预案由区应急管理局负责解释")."""

    @classmethod
    def of(cls, text: str, sections: list[Section], title: Optional[str]) -> "Voice":
        keepers = [m.span() for m in _PLAN_KEEPER.finditer(text)] if "本预案由" in text else []
        return cls(SectionLocator(sections), frozenset(history_ids(sections, title_year(text))),
                   reports(text, title), Spans(past_paragraphs(text)), Spans(glossary_regions(text)), Spans(keepers))


_PLAN_KEEPER = lazy_regex(r"本预案由[^。；\n]{2,40}?负责解释")


def in_history_section(hit: Hit, voice: Voice) -> bool:
    """A bare subject (no duty word) in a section that reviews the past: it narrates."""
    return bool(voice.history) and narrates(hit, voice.locate.section_id_at(hit.start), voice.history)


def outside_report_voice(hit: Hit, voice: Voice) -> bool:
    """The document reports, and the statement holds no explicit duty wording (:func:`in_report_voice`)."""
    return voice.reporting and not in_report_voice(hit)


def in_past_paragraph(hit: Hit, voice: Voice) -> bool:
    """A bare subject in a paragraph opened by a year before the one the document looks to."""
    return voice.past(hit.start) and hit.kind == "subject" and not hit.extra.get("duty")


#: the heading of an issued document: "(X)转发/印发…的通知" closed by its document number ("国办函〔2021〕49号")
_DOCUMENT_HEADING = lazy_regex(
    r"^(?:转发|印发|关于)[^。；;]*?的(?:通知|意见|决定|批复|函)[^，,。；;]{0,12}?[〔\[(（]\d{4}[〕\])）]\d{1,5}号\s*$")


def document_heading(hit: Hit, voice: Voice) -> bool:
    """An issuer followed by the heading of what it issues and its number ("国务院办公厅转发…意见的通知国办函〔2021〕
    49号"): the document's title, run on with its issuer, assigns nothing.

    >>> document_heading(Hit(["某市政府办公厅"], [], 0, 9, "转发某局关于推进建设意见的通知某府办函〔2021〕9号", "subject"), None)
    True
    """
    return hit.kind == "subject" and bool(_DOCUMENT_HEADING.match(hit.task))


def in_glossary(hit: Hit, voice: Voice) -> bool:
    """An entry of a glossary at the back ("名词解释" then "3.“某某”机制：指社区党委牵头…"): it defines a term, it
    assigns nothing."""
    return voice.glossary(hit.start)


_INTERPRETS = lazy_regex(r"^(?:负责|具体)?(?:对本\p{Han}{1,6})?解释(?:工作)?$")


def interpretation(hit: Hit, voice: Voice) -> bool:
    """The closing clause naming who interprets the document ("本办法由市科技局负责解释"): a standing authority
    over the text, no task of the work. An emergency plan's "本预案由X负责解释" is kept: X keeps the plan (its
    annotators count it, 7 times of 9 in three plans).

    >>> interpretation(Hit(["某市科技局"], [], 0, 12, "解释", "by_body"), None)
    True
    """
    return bool(_INTERPRETS.match(hit.task)) and not (voice is not None and voice.plan_keepers(hit.start))


_DUTY_OPENING = lazy_regex(r"^(?:均|都|也)?(?:要|应当?|须|必须|需要?|负责)")


def distributive(hit: Hit, voice: Voice) -> bool:
    """Leads counted one by one with no duty word ("每个单位每年补贴不超过20万元"): the terms a policy sets per
    recipient. With one ("每个县均要建设1所…") each is given the task.

    >>> distributive(Hit(["每个单位"], [], 0, 8, "每年补贴不超过20万元", "subject"), None)
    True
    >>> distributive(Hit(["每个县"], [], 0, 8, "均要建设1所老年大学", "subject"), None)
    False
    """
    return (bool(hit.lead) and all(name.startswith(DISTRIBUTIVE_OPENERS) for name in hit.lead)
            and not _DUTY_OPENING.match(hit.task))


#: the filters every party found passes, in turn: each answers True to drop it
FILTERS: Ruler[Callable[[Hit, Voice], bool]] = Ruler("parties.filters", [
    Rule("history_section", in_history_section),
    Rule("report_voice", outside_report_voice),
    Rule("past_paragraph", in_past_paragraph),
    Rule("document_heading", document_heading),
    Rule("glossary", in_glossary),
    Rule("interpretation", interpretation),
    Rule("distributive", distributive),
])
