"""Subject clauses that assign nothing although a predicate follows the bodies.

The author naming itself, the government unnamed, a standing rule, a body only located, a list presented, a
target stated, the condition of a penalty (:func:`not_a_task`), and a completed action reported
(:func:`completed`).
"""

from __future__ import annotations

from typing import Optional

from .._lazy import lazy_regex
from ..data.marker_words import DOC_TYPE_WORDS
from ..core.sentences import COLONS, COMMAS
from ..settings import FRAME_MAX
from .clauses import CLAUSE_CUT
from .names import Body
from .phrase_words import FRAME_ENDS, LATER_DUTIES, LATER_DUTY_ADVERBS, NOT_PERFECTIVE_AFTER, NOT_PERFECTIVE_BEFORE, PERSON_MARKS, SHARE_UNITS
from .predicates import MODAL, PERMISSION, duty_opening
from .stops import CLAUSE_MARKS, PERIODS, PHRASE_ENDS, none_of, one_of
from .words import (
    ACHIEVEMENT_WORDS, ADVERBS, COUNT_VERBS, GENERIC_OPENERS, GENERIC_WORDS, LOCATION_VERBS, PERSON_TITLES, PRESENTING_ENDS,
    PROHIBITIONS, SELF_REFERENCES, STANDING_MODALS, TARGET_VERBS, UNNAMED_GOVERNMENT, alt, seq,
)

_SELF = frozenset(SELF_REFERENCES)
_UNNAMED = frozenset(UNNAMED_GOVERNMENT)
_STANDING = lazy_regex(rf"^(?:{alt(ADVERBS)})?(?:{alt(STANDING_MODALS)})")


def _generic(body: Body) -> bool:
    """A body named by kind and scope, not by name: 各地各有关部门, 地方各级政府, 有关部门.

    >>> _generic(Body("地方各级政府", "organ")), _generic(Body("省交通运输厅", "organ"))
    (True, False)
    """
    return body.remainder or body.name.startswith(GENERIC_OPENERS) or any(w in body.name for w in GENERIC_WORDS)


_LOCATED = lazy_regex(alt(LOCATION_VERBS))
_LATER_DUTY = lazy_regex(rf"^{none_of(PERIODS)}*?(?:^|{one_of(COMMAS)})(?:{seq(LATER_DUTY_ADVERBS)})?(?:{seq(LATER_DUTIES)})(?!{seq(PERSON_MARKS)})")
#: "X违反…的，由Y责令…": the clause up to "的，" before 由 is the condition of a penalty
_CONDITION = lazy_regex(
    rf"^{none_of(PERIODS, '由')}*的{one_of(COMMAS)}\s*(?:{none_of(PHRASE_ENDS, '由')}{{0,12}}{one_of(COMMAS)})?\s*(?:依法)?由"
)


def not_a_task(bodies: list[Body], rest: str, tail: str, after: str) -> Optional[str]:
    """Why a subject clause assigns nothing although a predicate follows the bodies (a key of
    ``trace.REASONS``), or None:

    - ``self_reference``: the author naming itself ("我局将围绕…重点抓好以下工作");
    - ``unnamed_government``: the government unnamed ("政府将投入…", a report's own voice),
      unless explicit duty wording follows ("政府要履行…职责");
    - ``standing_rule``: generic bodies (各地各有关部门, 地方各级政府 …) under the law-style
      modal 应当 (real-set gold: "law-style 应当" and generic-subject rules are no tasks);
    - ``located_only``: a body only located ("领导小组办公室设在X。"), unless a duty follows in
      the sentence ("…设在X，负责日常工作");
    - ``presents_list``: a clause presenting a list ("…安排如下：", criteria "…符合以下标准的：") or a body's staffing;
    - ``states_target``: a share set with a target verb and no duty word ("X能耗降低4.5%"), or a count right after
      the bodies ("X超过500家");
    - ``penalty_condition``: the condition of a penalty ("X违反本办法规定的，由Y责令改正": Y
      is the party), unless X is given a duty first ("X负责制定标准，不合格的，由Y督促整改");
    - ``prohibition``: what the bodies must not do ("有关部门不得要求…"): a limit on them, no task;
    - ``budget_proposal``: a purse proposed to spend ("中央财政拟安排3185亿元"): a budget's figure, no task;
    - ``names_document``: the rest of the line names a document ("某省普通高中…课程实施方案", an attachment listed);
    - ``framed_permission``: a frame closes the clause and the next one opens with a permission ("X在坚守主业的基础上，
      可以探索…": 可 is no task, as right after the bodies).

    >>> not_a_task([Body("我委", "name")], "将重点抓好以下工作", "我委将重点抓好以下工作", "")
    'self_reference'
    >>> b = [Body("工作专班办公室", "organ")]
    >>> not_a_task(b, "设在区住建局", "工作专班办公室设在区住建局。", ""), not_a_task(b, "设在区住建局，", "", "承担日常联络")
    ('located_only', None)
    >>> not_a_task([Body("有关部门", "organ")], "不得要求企业重复提交材料", "", "")
    'prohibition'
    """
    if all(b.name in _SELF for b in bodies):
        return "self_reference"
    if all(b.name in _UNNAMED for b in bodies) and not duty_opening(rest):
        return "unnamed_government"
    if _STANDING.match(rest) and all(map(_generic, bodies)):
        return "standing_rule"
    if _LOCATED.match(rest) and not _LATER_DUTY.match(after):
        return "located_only"
    first = CLAUSE_CUT.split(rest, 1)[0]
    if _PRESENTS.search(first) or _STAFFED.match(rest) or _PRESENTS_STEPS.match(rest + after[:1]) \
            or _MEETS_LISTED.match(rest):
        return "presents_list"
    if (_STATES_TARGET.search(CLAUSE_CUT.split(rest, 1)[0]) or _STATES_COUNT.match(rest)) and not duty_opening(rest):
        return "states_target"
    if _CONDITION.match(tail) and not duty_opening(rest):
        return "penalty_condition"
    if _PROHIBITED.match(rest):
        return "prohibition"
    if all(b.name.endswith(_PURSE) for b in bodies) and _PROPOSED_SPENDING.match(rest):
        return "budget_proposal"
    if _NAMES_DOCUMENT.fullmatch(rest.strip()) and not duty_opening(rest):
        return "names_document"
    if _FRAME.fullmatch(rest.strip()) and PERMISSION.match(after.lstrip("，, ")):
        return "framed_permission"
    return None


#: a frame that is all of a clause after its bodies: "在坚守主业、符合监管规定的基础上，" (its predicate follows)
_FRAME = lazy_regex(rf"在{none_of(CLAUSE_MARKS)}{{1,{FRAME_MAX}}}?(?:{alt(FRAME_ENDS)}){one_of(COMMAS)}?")


#: the rest of a line that names a document, no sentence in it ("4.浙江省普通高中…课程实施方案": an attachment's
#: title, whose issuer or scope reads as a subject)
_NAMES_DOCUMENT = lazy_regex(rf"[^，,。；;：:\n]{{0,40}}(?:{alt(DOC_TYPE_WORDS)})(?:的通知)?")


#: a purse named as a subject (中央财政, 市财政, 地方各级财政) and what a budget proposes it spends ("中央财政拟安排3185亿元",
#: "今年中央财政拟投入433亿元"): the speaker's proposed budget, no task — "市财政每年安排100万元" (no 拟) stays one
_PURSE = "财政"
_PROPOSED_SPENDING = lazy_regex(r"^(?:今年|明年|再)?拟(?:再)?(?:安排|投入|新增|下达|拨付|增加|发行)")


#: what the bodies must not do ("不得要求…", "严禁…"), after an adverb or two ("一律不得…")
_PROHIBITED = lazy_regex(rf"(?:{alt(ADVERBS)}){{0,2}}(?:{alt(PROHIBITIONS)})")


#: a clause that presents what follows ("X…工作安排如下：", "职责分工如下"): no task of X
_PRESENTS = lazy_regex(alt(PRESENTING_ENDS) + one_of(COLONS + "。") + r"?\s*$")
#: a clause naming criteria listed after its colon ("定点医疗机构确诊符合以下标准的：", "…具有下列情形之一的："): a condition of
#: cases, no task of the body
_MEETS_LISTED = lazy_regex(r"^[^，,。；;：:]{0,12}?(?:符合|满足|具备|具有)[^，,。；;：:]{0,40}?(?:标准|条件|情形|指征|特征)(?:之一)?的?[：:]")
#: a clause announcing the steps that follow ("X按如下程序启动预警：", "X采取如下终止程序："): the steps are the tasks
_PRESENTS_STEPS = lazy_regex(r"^(?:按照?|采取|依照)(?:" + alt(PRESENTING_ENDS) + r")[^，,。；;：:]{0,12}" + one_of(COLONS))
#: a share the clause sets with a target verb and no duty word ("X能耗较上年降低4.5%",
#: "X新增设备能效占比达到80%"): the body names whose figure it is, a target, no task
_STATES_TARGET = lazy_regex(
    rf"(?:{alt(TARGET_VERBS)}){none_of(PHRASE_ENDS)}{{0,12}}?(?:(?<![的\d.])|(?=[\d.]+\s*(?:{seq(SHARE_UNITS)})"
    r"\s*(?:以上|以下|以内|左右)?\s*(?!\p{Han})))"  # not a share of a whole a task's verb follows ("…的80%制定计划")
    rf"(?:\d+(?:\.\d+)?\s*(?:{seq(SHARE_UNITS)})|百分之[零〇○一二三四五六七八九十百·.]+(?!\p{{Han}}))"
)  # a share in words too ("工业部门增长百分之二七·一")
#: a count set right after the bodies ("市级重点实验室超过80家"): they are what is counted
_STATES_COUNT = lazy_regex(rf"(?:{alt(COUNT_VERBS)})\d+(?:\.\d+)?[万亿]?\p{{Han}}")
#: the staffing of a body ("工作专班设组长1名、副组长2名"): its make-up, no task
_STAFFED = lazy_regex(rf"^(?:下)?设(?:立)?(?:{alt(PERSON_TITLES)})")


#: an achievement reported ("…取得明显成效"): narration, like a perfective 了
_ACHIEVED = lazy_regex(alt(ACHIEVEMENT_WORDS))
#: a perfective 了 (not 为了, 除了, 了解, 不了 …): the sentence reports a completed action
_PERFECTIVE = lazy_regex(rf"(?<![{''.join(NOT_PERFECTIVE_BEFORE)}])了(?!{seq(NOT_PERFECTIVE_AFTER)})")


def completed(tail: str) -> bool:
    """"X会同Y，…进行了评估": a completed action with no modal is narration, not a task.

    >>> completed("市教育局会同有关部门对规划实施情况进行了评估。"), completed("市教育局要为了学生…")
    (True, False)
    >>> completed("各区不断加大投入，工作取得明显成效。")
    True
    """
    return bool(_PERFECTIVE.search(tail) or _ACHIEVED.search(tail)) and not MODAL.search(tail)
