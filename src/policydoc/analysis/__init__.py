"""The analysis stage: what the whole document is, worked out once for every later stage.

Between the outline and the fact extractors: it reads the title, the section tree
and the year mentions and hands a :class:`DocContext` down the pipeline, so
extraction and parties never recompute document-level judgements (issue 11's
``DocContext``).

- the document's *kind* (:mod:`.kinds`):

  - ``"law"`` — a law, regulation or rules text (法/条例/办法/规定/细则/规则…) built of
    articles 第X条: its numbers are standing rules and its duties statutory, so it
    gives no targets and no parties (the gold convention of the real development set);
  - ``"statistics"`` — a statistical bulletin (统计公报): every figure is a past result;
  - ``"notice"`` — a notice to the public (通告/公告): its numbers are rules binding the
    public (eligibility, deadlines), not targets; its duties are still assigned;
  - ``"rules"`` — measures not written as articles that say what they are (a title
    ending 办法/细则/规定, an opening "制定本办法"): their numbers are standing rules, not
    targets; their duties are still assigned;
  - ``"guideline"`` — a technical or clinical guideline or standard (诊疗方案, 技术指南,
    建设标准, 服务规范): its numbers are thresholds, doses and durations for
    practitioners and its duties standing ones, so, like a law, no targets and no parties;
  - ``"plan"`` — anything else (plans, schemes, work points, reports, notices);

- its *time scopes* (:mod:`.scopes`): the present, the plan year, the stretches that
  report the past and the stretches whose targets share one year;
- its *tables* (:mod:`.tables`): planned tables whose year column groups a list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from ..models import Section, YearMention, flatten_sections
from .kinds import KIND_RULES, KindRules, document_kind
from .statutes import statute_spans

if TYPE_CHECKING:
    from ..core.sentences import Segmenter

__all__ = ["DocContext", "analyse", "document_kind", "KIND_RULES"]

Span = tuple[int, int]


@dataclass
class DocContext:
    """Document-level facts shared by the extraction stages."""

    title: Optional[str] = None
    kind: str = "plan"
    kind_rule: Optional[str] = None  # the rule in KIND_RULES that decided the kind
    sections: list[Section] = field(default_factory=list)  # every section, document order
    years: list[YearMention] = field(default_factory=list)  # every year mention, document order
    reference_year: Optional[int] = None  # first year of the latest five-year period named
    present: Optional[int] = None  # the latest year the document treats as past
    plan_year: Optional[int] = None  # the year a one-year work plan plans for (its title, a goal-list opener)
    plan_start: Optional[int] = None  # the first year of the span of years the document plans for (its title)
    history: list[Span] = field(default_factory=list)  # stretches that report the past or the present state
    statutes: list[Span] = field(default_factory=list)  # rules in articles a notice carries: no targets, no tasks
    goals: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, year): targets there share it
    reports: list[Span] = field(default_factory=list)  # sections titled as reports (进展, 完成情况 …)
    planned_lists: list[tuple[int, int, str]] = field(default_factory=list)
    """Tables whose items are planned quantities: (start, end, what the header says is done with them)."""
    segmenter: Optional["Segmenter"] = None  # sentence and clause bounds, shared with extraction
    commits_only_when_said: bool = False
    """A report that commits only where a sentence says so (see :func:`reports_to_legislature`)."""

    @property
    def states_facts(self) -> bool:
        """Whether the document can assign tasks at all (and hold targets, see :attr:`states_targets`)."""
        return self.kind in ("plan", "notice", "rules")

    @property
    def states_targets(self) -> bool:
        """Whether the document can hold targets at all."""
        return self.kind == "plan"


_ROC_ERA = "民国"
"""The ROC era's name, which 中华民国 holds too: a literal test."""


def is_taiwanese(text: str, script: Optional[str]) -> bool:
    """Whether the document dates by ROC years: its input was in traditional script, or it names the ROC era.

    >>> is_taiwanese("本府104年度编列预算", "traditional"), is_taiwanese("民国104年", None), is_taiwanese("2025年", "simplified")
    (True, True, False)
    """
    return script in ("traditional", "mixed") or _ROC_ERA in text


def reports_to_legislature(text: str, roc: bool) -> bool:
    """A Taiwanese executive's report to its legislature (施政报告, 覆议案报告 …, named anywhere: it is often a running
    header): most of its numbers tell what was done or is under way, so a number is a target only in a sentence
    that speaks of what is to come or is funded now (``REPORT_FORWARD_CUES``, or a year after the present).

    >>> reports_to_legislature("…工程已完工。\\n行政院施政报告\\n…", True), reports_to_legislature("市政府工作报告", False)
    (True, False)
    """
    from ..data.target_words import LEGISLATIVE_REPORTS

    return roc and any(word in text for word in LEGISLATIVE_REPORTS)


def glued_heading_breaks(text: str, flat: list[Section]) -> list[int]:
    """Where each heading glued to the text before it (a run-on text: "…生产要素保障。二、加快项目投资(二)凡符合…")
    starts, and where its title starts: sentences and clauses end there, so a clause opens with its own words
    ("凡…的项目", a condition), not with a heading's marker or title. Headings at a line start change nothing."""
    breaks: list[int] = []
    for sec in flat:
        start = sec.span[0]
        if start > 0 and text[start - 1] != "\n":
            breaks.append(start)
            breaks.append(sec.title_span[0])
    return breaks


def analyse(
    text: str, title: Optional[str], sections: list[Section], kind_rules: KindRules = KIND_RULES,
    script: Optional[str] = None,
) -> DocContext:
    """The :class:`DocContext` of a document from its normalised text, title and section tree.

    >>> from policydoc.outline import build_outline
    >>> text = "某市养犬管理条例\\n" + "".join(f"第{n}条 本条例第{n}项规定。\\n" for n in "一二三四五")
    >>> o = build_outline(text)
    >>> analyse(text, o.title, o.sections).kind
    'law'

    ``kind_rules`` is the table of kind rules (:data:`KIND_RULES`, the Ruler "analysis.kinds", whose rules switched
    off in the context are skipped; or a sequence of Rules or (name, function) pairs, every one run);
    ``kind_rules=()`` leaves the kind "plan" (the time judgements only). ``script`` is the input's script as
    normalisation found it: a Taiwanese document (traditional script, or naming 民国) dates by ROC years
    ("104年度" is 2015, see :func:`is_taiwanese`).
    """
    from ..core.sentences import Segmenter
    from ..extract.patterns import Mask
    from ..extract.years import extract_years
    from .scopes import find_scopes

    flat = flatten_sections(sections)
    kind, rule = document_kind(text, title, flat, kind_rules)
    roc = is_taiwanese(text, script)
    years = extract_years(text, Mask(len(text)), roc_years=roc)
    seg = Segmenter(text, glued_heading_breaks(text, flat))
    scopes = find_scopes(text, sections, flat, years, seg, title, roc)
    return DocContext(
        title=title, kind=kind, kind_rule=rule, sections=flat, years=years,
        reference_year=scopes.reference_year, present=scopes.present, plan_year=scopes.plan_year,
        plan_start=scopes.plan_start,
        history=scopes.history, goals=scopes.goals, reports=scopes.reports, planned_lists=scopes.planned_lists,
        segmenter=seg, commits_only_when_said=reports_to_legislature(text, roc),
        statutes=statute_spans(flat) if kind in ("plan", "notice", "rules") else [],
    )
