"""What kind of document this is: an ordered table of small named recognisers.

Each rule looks at the title and the flat list of sections and answers a kind or
None; the first answer wins, "plan" when none answers. The table is the Ruler
"analysis.kinds" (:mod:`policydoc.core.rules`): a rule is switched off by its full
name, e.g. ``analysis.kinds.article_law``. Kinds: "law", "statistics",
"notice" (a notice to the public: duties, no targets), "rules" (measures that are not
articles: duties, no targets), "guideline" (a technical or clinical guideline or standard:
neither) and "plan".
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Callable, Iterable, Optional, Sequence, Union

from ..core.rules import Rule, Ruler
from ..core.sentences import COLONS
from ..models import Section
from ..outline.attachments import attached_document_starts
from .statutes import opens_with_own_parts, statute_spans
from ..settings import (
    ARTICLE_SHARE, ISSUED_NAME_MAX, ISSUED_NAME_MIN, ISSUED_NAME_TAIL, MIN_ARTICLES, MIN_CHAPTERS, NOTICE_OPENING, RULES_OPENING,
    TASK_NOTES_FOR_PLAN, TITLE_NOTE_MAX,
)
from .._lazy import lazy_re

_TITLE_END = rf"(?:[(（][^)）]{{0,{TITLE_NOTE_MAX}}}[)）])?$"
"""The end of a title, after its last word: a bracketed note at most ("（试行）")."""
_LAW_TITLE = lazy_re(r"(?:法|条例|办法|规定|细则|规则|规程|章程|守则)" + _TITLE_END)
_PLAN_WORDS = lazy_re(r"规划|计划|方案|要点|意见|报告|纲要|预案")
_STATISTICS_TITLE = re.compile(r"统计公报|统计年报|国民经济和社会发展统计")
_WRAPPED_NAME = lazy_re(rf"《([^《》]{{{ISSUED_NAME_MIN},{ISSUED_NAME_MAX}}})》[^《》]{{0,{ISSUED_NAME_TAIL}}}通知$")
_NOTICE_TITLE = lazy_re(r"(?:通告|公告|通报)" + _TITLE_END)
_NOTICE_OPENING = re.compile(rf"(?:通告|公告)(?:如下|内容如下)[{re.escape(COLONS)}]")

KindRule = Callable[[str, Optional[str], Sequence[Section]], Optional[str]]


def statistics_bulletin(text: str, title: Optional[str], flat: Sequence[Section]) -> Optional[str]:
    """A statistical bulletin (…统计公报): its figures are results, never commitments.

    >>> statistics_bulletin("", "某县2021年国民经济和社会发展统计公报", [])
    'statistics'
    """
    return "statistics" if title and _STATISTICS_TITLE.search(title) else None


def article_law(text: str, title: Optional[str], flat: Sequence[Section]) -> Optional[str]:
    """A text made of articles (第X条) whose title names a law, regulation or rules.

    A plan that merely quotes a law, or a notice wrapping a 办法 with a few articles, is
    not one: most headings must be articles, at least MIN_ARTICLES of them, and the
    title must not name a plan or scheme.

    >>> arts = [Section(id=str(i), level=1, marker=f"第{i}条", style="article", number=i, title="", span=(i, i + 1),
    ...                 title_span=(i, i)) for i in range(1, 7)]
    >>> article_law("", "某市物业管理条例", arts), article_law("", "某市物业管理实施方案", arts)
    ('law', None)
    >>> article_law("", "关于印发《某市应急预案管理办法》的通知", arts)  # the notice issues a law
    'law'

    """
    title = _wrapped(title)
    articles = [s for s in flat if s.style == "article"]
    if len(articles) < MIN_ARTICLES or opens_with_own_parts(flat):  # a notice carrying rules: see .statutes
        return None
    inside = sum(_descendants(s) for s in articles)  # items (一)(二) of an article do not count against it
    attached = next((a for a in attached_document_starts(text) if a > articles[-1].span[0]), None) if "附" in text else None
    body = [s for s in flat if attached is None or s.span[0] < attached]  # nor an attached document's outline
    frame = sum(1 for s in body if s.style in _FRAME_STYLES)  # nor the chapters and sections holding them
    if len(articles) < ARTICLE_SHARE * (len(body) - inside - frame):
        return None
    if title and _PLAN_WORDS.search(title) and not _LAW_TITLE.search(title):
        return None
    if _calls_itself_a_plan(text):
        return None  # no title found (a contents page first), but the articles speak of "本计划"
    return "law"


_SELF_PLAN = lazy_re(r"本(?:规划|计划|方案|纲要|预案)")
_SELF_LAW = lazy_re(r"本(?:法|条例|办法|规定|细则|规则|规程|章程)")


def _calls_itself_a_plan(text: str) -> bool:
    """Does the text name itself a plan ("本计划自发布之日起施行") more often than a law ("本条例", "本办法")?

    >>> _calls_itself_a_plan("第六条 本计划经市政府批准后实施。"), _calls_itself_a_plan("第九条 本办法自公布之日起施行。")
    (True, False)
    """
    plans = len(_SELF_PLAN.findall(text))
    return plans > 0 and plans > len(_SELF_LAW.findall(text))


_FRAME_STYLES = frozenset({"division", "part", "chapter", "section"})
"""The styles that group a law's articles (编, 部分, 章, 节)."""


def chaptered_law(text: str, title: Optional[str], flat: Sequence[Section]) -> Optional[str]:
    """A law, regulation or rules text in chapters opened by 总则 whose articles are numbered as items (一、二、…
    across the chapters) instead of 第X条: a statute all the same, whose duties are standing ones.

    >>> chapters = [Section(id=str(i), level=1, marker=f"第{n}章", style="chapter", number=i, title=t, span=(i, i + 1),
    ...                     title_span=(i, i)) for i, (n, t) in enumerate([("一", "总 则"), ("二", "职责"), ("三", "会议")], 1)]
    >>> chaptered_law("", "某省人民政府工作规则", chapters), chaptered_law("", "某省人民政府工作规划", chapters)
    ('law', None)
    >>> chaptered_law("", "某省人民政府工作规则", chapters[1:])  # no 总则 chapter opens it
    """
    name = _wrapped(title)
    if not name or not _LAW_TITLE.search(name) or _PLAN_WORDS.search(name):
        return None
    chapters = [s for s in flat if s.style == "chapter"]
    if len(chapters) < MIN_CHAPTERS or "".join(chapters[0].title.split()) != "总则":
        return None
    return "law"


def _wrapped(title: Optional[str]) -> Optional[str]:
    """The name of the document a notice issues ("关于印发《某市物业管理办法》的通知" -> "某市物业管理办法")."""
    m = _WRAPPED_NAME.search(title) if title else None
    return m.group(1) if m else title


def public_notice(text: str, title: Optional[str], flat: Sequence[Section]) -> Optional[str]:
    """A notice to the public (通告/公告: "关于开展某项认证的通告", "…现就有关事项公告如下：") or a circular
    (通报: "关于部分地方典型做法的通报", results and practices made known): its numbers are rules binding the public
    (eligibility, deadlines, fees) or results, not targets; its duties are still assigned.

    >>> public_notice("为做好某项工作，现就有关事项通告如下：\\n一、…", None, []), public_notice("", "某市工作方案", [])
    ('notice', None)
    """
    if title and _NOTICE_TITLE.search(title):
        return "notice"
    return "notice" if _NOTICE_OPENING.search(text[:NOTICE_OPENING]) else None


_RULES_TITLE = lazy_re(r"(?:办法|细则|规定|规则|规程|守则)" + _TITLE_END)
_RULES_OPENING = re.compile(r"(?:制定|制订)本(?:实施)?(?:办法|细则|规定|规则|规程|守则)")
_TASK_NOTE = lazy_re(r"[（(][^（()）\n]{0,30}(?:牵头|责任|配合)[^（()）\n：:]{0,6}单位[:：]")
"""A responsibility note naming its bodies after a label: "（9月底完成，牵头评估单位：", "（责任单位："."""


def declared_rules(text: str, title: Optional[str], flat: Sequence[Section]) -> Optional[str]:
    """Measures that are not written as articles (一、补贴对象 …) but say what they are: a title naming rules
    (办法, 细则, 规定 …) or an opening "制定本办法": their amounts, time limits and frequencies ("在5个工作日内
    完成审核", "每季度至少公开一次") are standing rules, not targets; the duties they assign are kept.

    >>> declared_rules("为规范补贴发放，结合本市实际，制定本实施办法。\\n一、补贴对象", None, [])
    'rules'
    >>> declared_rules("", "某市养老服务管理办法", []), declared_rules("", "某市养老服务实施方案", [])
    ('rules', None)
    >>> tasks = "一、重点任务\\n" + "建成平台。（6月底完成，牵头单位：市局）\\n" * 10
    >>> declared_rules(tasks, "某市考评办法", []) is None  # an assessment scheme with its task list: a plan
    True
    """
    if statute_spans(flat):
        return None  # a notice with parts of its own that carries rules in articles: a plan (see .statutes)
    if title and _RULES_TITLE.search(_wrapped(title) or "") and not _PLAN_WORDS.search(_wrapped(title) or ""):
        return None if _task_list(text) else "rules"
    return "rules" if _RULES_OPENING.search(text[:RULES_OPENING]) and not _task_list(text) else None


def _task_list(text: str) -> bool:
    """Measures that assign dozens of tasks by responsibility notes are a work plan (an assessment scheme with its
    task list: "…考评办法" whose items end "（9月底完成，牵头评估单位：市民政局）")."""
    return sum(1 for _ in islice(_TASK_NOTE.finditer(text), TASK_NOTES_FOR_PLAN)) == TASK_NOTES_FOR_PLAN


_GUIDELINE_TITLE = lazy_re(
    r"(?:(?:诊疗|诊断|治疗|临床|技术|操作|检测|护理|监测|防治)(?:方案|规范|指南|标准|规程)|指南|标准|规范)"
    + _TITLE_END
)


def technical_guideline(text: str, title: Optional[str], flat: Sequence[Section]) -> Optional[str]:
    """A technical or clinical guideline or standard (诊疗方案, 技术指南, 建设标准, 服务规范): its numbers
    are thresholds, doses and durations for practitioners, never commitments, and the duties it
    mentions are standing ones (a law's, not a plan's).

    >>> technical_guideline("", "某病诊疗方案（试行第十版）", []), technical_guideline("", "某市防控工作方案", [])
    ('guideline', None)
    >>> technical_guideline("", "关于印发《某类设施建设标准》的通知", []), technical_guideline("", "某市养老服务体系规划", [])
    ('guideline', None)
    """
    name = _wrapped(title)
    if name and _GUIDELINE_TITLE.search(name) and not _PLAN_WORDS.search(_GUIDELINE_TITLE.sub("", name)):
        return "guideline"
    return None


def _descendants(sec: Section) -> int:
    return sum(1 + _descendants(c) for c in sec.children)


KIND_RULES: Ruler[KindRule] = Ruler("analysis.kinds", [
    Rule("statistics_bulletin", statistics_bulletin),
    Rule("article_law", article_law),
    Rule("chaptered_law", chaptered_law),
    Rule("public_notice", public_notice),
    Rule("declared_rules", declared_rules),
    Rule("technical_guideline", technical_guideline),
])

KindRules = Union[Ruler[KindRule], Sequence[Union[Rule[KindRule], tuple[str, KindRule]]]]
"""A table of kind rules: a Ruler (its active rules are run), or a sequence of Rules or (name, function) pairs."""


def _to_run(rules: KindRules) -> Iterable[tuple[str, KindRule]]:
    """``(name, function)`` of each rule to run, in order: a Ruler's active rules, a sequence's every item.

    >>> [name for name, _ in _to_run(KIND_RULES)][:2], list(_to_run(()))
    (['statistics_bulletin', 'article_law'], [])
    """
    if isinstance(rules, Ruler):
        return [(rule.name, rule.fn) for rule in rules.active()]
    return [(rule.name, rule.fn) if isinstance(rule, Rule) else rule for rule in rules]


def document_kind(
    text: str, title: Optional[str], flat: Sequence[Section], rules: KindRules = KIND_RULES,
) -> tuple[str, Optional[str]]:
    """``(kind, rule name)``: the first of ``rules`` that answers, else ``("plan", None)``."""
    for name, rule in _to_run(rules):
        kind = rule(text, title, flat)
        if kind:
            return kind, name
    return "plan", None
