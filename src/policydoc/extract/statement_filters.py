"""Target filters on what a statement does: report, forecast, permit, or plan nothing.

Each filter answers True to drop a candidate (see :data:`.filters.FILTERS` for their order): the from-value of
由A提高到B, past achievements, Chinese numerals without a cue, numbers in clauses that plan nothing, works
already under way, permissions and eligibility thresholds, forecasts, and the uncued sentences of a report to a
legislature.
"""

from __future__ import annotations

import re
from typing import Optional

import regex

from ..data import target_words as words
from ..data.units import RATE_UNITS, TIME_UNITS
from .._lazy import lazy_regex
from ..analysis.time import CUMULATIVE, FUTURE, has_past_cue, is_baseline
from ..settings import COMPARED_TIME_MAX, COMPOUND_VERB_REACH, FROM_THINGS_MAX, GRANT_GAP, GRANT_SUM_GAP, MIN_NAME_HAN, SHARE_WHOLE_GAP
from .candidate import Candidate, Context, KeptTargets
from .comparators import CHANGE_NEAR, FROM_TO_VERB, after_word, change_word, comparator_word, time_limit
from .patterns import any_word, han_count, last_match
from .year_rules import YEAR_RULES, forward_deadline


_LISTED_AMOUNTS = lazy_regex(
    r"(?:[、和及]\s*[\d.,]+[^\d，,。；;、和及\n" + regex.escape("".join(sorted({w[0] for w in words.FROM_TO}))) + "]{0,4})*"
)
"""Amounts listed after the first, each with its unit ("从每月600元、270元提高到…"): the verb of the change may
follow the last."""


def from_value(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """The A of "由A提高到B", and each of a list of them ("分别从每月600元、270元提高到…"), and a level stated as
    the current one ("现行14%的税率") or the one a change builds on ("在现有120家的基础上新增30家"): the starting
    point, not the commitment."""
    lead = ctx.lead(c)
    if lead.endswith(words.CURRENT_LEVEL_WORDS):
        return True  # "将现行16%的税率降至13%": the level now
    if _BUILT_ON.match(ctx.text, c.span[1]):
        return True
    if not any(w in lead for w in words.FROM_WORDS):
        return False
    if FROM_TO_VERB.match(ctx.text, c.span[1]):
        return True
    named = _COUNTED_THINGS.match(ctx.text, c.span[1])  # "从15个县(市)扩大到57个县(市)": the things, then the verb
    if named and FROM_TO_VERB.match(ctx.text, named.end()):
        return True
    listed = _LISTED_AMOUNTS.match(ctx.text, c.span[1])
    return listed.end() > c.span[1] and bool(FROM_TO_VERB.match(ctx.text, listed.end()))


_BUILT_ON = lazy_regex("的?(?:" + "|".join(words.BUILT_ON_WORDS) + ")")
_COUNTED_THINGS = lazy_regex(rf"(?:\p{{Han}}|\([^()]{{1,6}}\)){{1,{FROM_THINGS_MAX}}}?(?=(?:每年|年均)?(?:{'|'.join(words.FROM_TO)}))")
"""The things a from-value counts, named between it and the verb (kept short: a clause would be no name)."""
_STOCK_OPENING = lazy_regex(
    r"[ \t\u3000]*(?:(?:" + "|".join(words.STOCK_HOLDERS) + r")(?:目前|现在|现|共|已)?(?:拥)?有|\p{Han}{2,4}?(?:目前|现在|现|已)?拥有)"
    r"\p{Han}{0,8}?(?:约|近|超过)?$")
"""A sentence opening with what a place has: "全省有…", "我市现有…", or a place named before 拥有 ("某区拥有5万多家…")."""


def stock_stated(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """What a country or region has now, a count stated as a sentence's opening ("全省有30万在校学生，要办好…",
    "全省现有高校150所"): the ground of a task, not a level to reach (a share may be one: "全市有80%的…要…")."""
    if c.unit in ("%", "个百分点"):
        return False
    start = ctx.seg.sentence(c.span[0])[0]
    return _STOCK_OPENING.fullmatch(ctx.text, start, c.span[0]) is not None


_COMPARED_BEFORE = lazy_regex(
    "(?:" + "|".join(words.COMPARED_WORDS) + rf")[^，,。；;\n]{{0,{COMPARED_TIME_MAX}}}?年(?:底|末|度)?"
    "(?:的|" + "|".join(words.COMPARED_FIGURES) + ")?$")


def compared_value(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """The X of "比1995年的X增加Y" (or 较上年的X, 较上年度X, 较上年度预算数X): the level compared with, not the
    commitment.

    >>> from policydoc import parse_text
    >>> [t.value for t in parse_text("一、目标\\n到2000年，原煤产量达到14亿吨，比1995年的12.98亿吨增加1亿吨。").targets]
    [14.0, 1.0]
    """
    return bool(_COMPARED_BEFORE.search(ctx.lead(c)))


_GRANT = lazy_regex(
    "(?:" + "|".join(words.GRANT_VERBS) + rf")[^，,。；;\n]{{0,{GRANT_GAP}}}?(?:" + "|".join(words.GRANT_NOUNS) + ")"
    + "|(?:" + "|".join(words.GRANT_KINDS) + ")(?:" + "|".join(words.GRANT_MEASURES) + ")"
)


_FINANCE_TERM = any_word(words.FINANCE_TERMS)


def finance_term(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A rate, cap or share of a loan, a fund withdrawal or a tax that a policy sets ("5年以上首套个人住房公积金贷款
    利率调整为2.85%", "最低首付款比例统一为不低于15%", "借款金额不得超过30万元"): a term of finance, no target. The
    term is named in the clause before the number (real gold: no target among such clauses), unless a grant comes
    between them ("融资利率和担保手续费补贴7000万元": the subsidy's budget)."""
    start = ctx.seg.clause(c.span[0])[0]
    term = last_match(_FINANCE_TERM, ctx.text, start, c.span[0])
    return term is not None and _GRANT_NOUN.search(ctx.text, term.end(), c.span[0]) is None


_GRANT_NOUN = any_word(words.GRANT_NOUNS)


def grant_term(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A rate, amount or condition of what a policy grants, a term of the grant, not a target:
    - its clause grants a subsidy or award (给予/予以/提供/申请 … 奖补/补贴/支持 …: "市级按照项目软件投入额的15%给予补助",
      "给予每人1万元补贴") or bounds one ("单个项目补助金额不超过500万元"), or the number is what is granted ("给予不超过
      投资额5%");
    - the rate a grant of its clause is paid at ("按新增财力的50%奖补给企业"), or the sum one recipient is paid right
      after a grant word ("最高资助100万元", "每认定1家…，一次性奖励园区20万元"; not a level of it: "补助标准提高50元",
      nor a total to deliver: "落实…补贴3000万元");
    - the threshold of the recipients an opening 对-clause names, where the sentence then grants ("对年收入首次突破
      50亿元的企业，给予…奖励");
    - the unit a grant is paid per ("每认定1家…，奖励10万元");
    - the grant's period or standard ("就业见习补贴期限最长不超过一年", "补助标准按照1个月全市最低工资标准发放");
    - the sum after a grant word in a sentence opened by its recipients ("对新建高级雪道、中级雪道分别奖励100万元、50万元");
    - what a recipient reaches in a relative clause, where a grant follows ("营业额达到80万元以上的特大型会议，一次性给予15万元
      奖励", "首次达到1000万元以上2000万元以下的奖励1万元")."""
    text = ctx.text
    s_start, s_end = ctx.seg.sentence(c.span[0])
    if _GRANT_WORD.search(text, s_start, s_end) is None:
        return False  # each term below needs a grant verb or kind in the sentence: one scan, not six
    start, end = ctx.seg.clause(c.span[0])
    if _GRANT.search(text, start, end) or text.find(words.GIVING_VERB, start, c.span[0]) >= 0:
        return True
    if _GRANT_KIND.search(text, c.span[1], end) and _GRANT_RATE.search(text, start, c.span[0]):
        return True
    if (c.unit.endswith("元") and _GRANT_SUM_LEAD.search(text, start, c.span[0])
            and (_PER_GRANT.search(text, start, c.span[0]) or text.find("每", s_start, s_end) >= 0)):
        return True  # what one recipient is paid ("最高资助…", "每认定1家…，一次性奖励…"), not a total to deliver
    if c.unit.endswith("元"):
        listed = _SUMS_LISTED_BEFORE.search(text, start, c.span[0])  # "…奖励100万元、" before the second sum
        lead = _GRANT_SUM_LEAD.search(text, start, listed.start() if listed else c.span[0])
        if lead and (_RECIPIENTS_OPENING.match(text, s_start) or text[lead.start() - 1: lead.start()] == "的"):
            return True  # "对新建高级雪道、中级雪道分别奖励100万元、50万元", "…以下的奖励1万元": what a named recipient is paid
    if (_REACHED_BEFORE.search(text, start, c.span[0]) and (tail := _THRESHOLD_TAIL.match(text, c.span[1], end))
            and _GRANT_WORD.search(text, tail.end(), s_end)):
        return True  # "…营业额达到80万元以上的特大型会议，一次性给予15万元奖励": who qualifies for the grant after it
    if not _GRANT_KIND.search(text, s_start, s_end):
        return False
    if _GRANT_TERM_LEAD.search(text, start, c.span[0]):
        return True  # "补贴期限最长不超过一年", "补助标准按照1个月最低工资标准发放": the grant's period or standard
    if _RECIPIENT_CLAUSE.fullmatch(text, s_start, end) and _GRANT_KIND.search(text, end, s_end):
        return True
    return c.value == 1 and _PER_UNIT.search(text, start, c.span[0]) is not None


_GRANT_KIND = lazy_regex("|".join(words.GRANT_KINDS))
_GRANT_TERM_LEAD = lazy_regex(
    "(?:" + "|".join(words.GRANT_KINDS) + r")(?:期限|标准|年限)[^，,。；;]{0,8}?(?:不超过|不高于|最长|最高|按照?)[^，,。；;]{0,12}$")
"""A grant's period or standard bounded or set before the number ("补贴期限最长不超过", "补助标准按照"): a term of the grant;
not a level it is raised to ("补助标准提高50元")."""
_GRANT_WORD = any_word(words.GRANT_VERBS + words.GRANT_KINDS + (words.GIVING_VERB,))
"""What every grant term names in its sentence (the clause's grant, a kind paid, a grant verb)."""
_GRANT_RATE = any_word(words.GRANT_RATE_WORDS)
_GRANT_SUM_LEAD = lazy_regex(
    "(?:" + "|".join(words.GRANT_KINDS) + ")(?:(?!" + "|".join(words.GRANT_CHANGE_WORDS) + r")[^，,。；;\d])"
    + "{0,%d}$" % GRANT_SUM_GAP)
_PER_GRANT = any_word(words.PER_GRANT_WORDS)
#: an opening clause naming recipients by a threshold: "对…的企业，" (the sentence then grants them something)
_RECIPIENT_CLAUSE = lazy_regex(r"[ \t\u3000]*对[^，,。；;\n]+的\p{Han}{1,8}[，,]?")
#: a sentence opening by naming the recipients of what it grants: "对新建高级雪道、中级雪道分别奖励…"
_RECIPIENTS_OPENING = lazy_regex(r"[ \t\u3000]*对(?!于)")
#: sums listed before the number after one grant word: "奖励100万元、" (the number is the list's next)
_SUMS_LISTED_BEFORE = lazy_regex(r"(?:[\d.]+[万亿]?元[、，,])+$")
#: what a recipient reaches, right before the number: "营业额达到", "规模在", "首次突破"
_REACHED_BEFORE = lazy_regex(r"(?:达到|达|在|超过|突破)$")
#: the rest of a relative clause that a threshold opens, up to its 的: "以上(含)…的特大型会议"
_THRESHOLD_TAIL = lazy_regex(r"[^，,。；;\n]{0,30}?的")
#: the unit a grant is paid per: "每认定1家", "每引进1个" (每 and a verb, not a period)
_PER_UNIT = lazy_regex(r"每(?!年|月|季|周|天|日|个月)\p{Han}{1,4}$")
_SHORT_PERIOD = r"(?:个)?(?:学期|学年|季度|年度|年|月|周|天|日)"
"""A period of a year at most, after 每 or 一个 ("每学期", "每个月", "一个学期")."""
_PER_SHORT_PERIOD = lazy_regex(r"每" + _SHORT_PERIOD)
"""A period of a year at most: "每五年修订一次" is a revision cycle of an instrument, not a work target."""
_RECURRING = lazy_regex(r"每[\d一二两三四五六七八九十]*年|年均")
_PLAN_VERB = lazy_regex("|".join(
    regex.escape(w) + ("(?!" + "|".join(words.PLAN_VERB_NOUNS[w]) + ")" if w in words.PLAN_VERB_NOUNS else "")
    for w in words.PLAN_VERBS
))
"""Plan verbs, not where one begins a noun ("控制单元")."""
_BOUND = any_word(words.BOUND_WORDS)
_GOAL_NOUN = any_word(words.GOAL_NOUNS)
_GOALS_LISTED = lazy_regex(r"(?:目标|指标)是?[：:]")
"""Goals or indicators named, then a colon: what follows lists them."""
_PLAN_VERB_AT_END = lazy_regex("(?:" + "|".join(regex.escape(w) for w in words.PLAN_VERBS + words.DIRECT_VERBS) + ")$")


def in_history(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """Past achievements: history sections, past five-year periods, an amount consolidated ("巩固N…成果"),
    已/累计/V了 statements (a total under a bound,
    "累计结余不超过月均支出的2倍", is a rule), a past year stated
    as the time of the statement, and paragraphs of report sections (实施进展) that hold such cues."""
    if ctx.in_history(c.span[0]) or ctx.lead(c).endswith(words.CONSOLIDATING_VERBS):
        return True  # "巩固12万公里…成果": the amount kept is one reached
    text = ctx.text
    clause = ctx.seg.clause(c.span[0])
    if has_past_cue(text, *clause) and not FUTURE.search(text, *clause):
        return True  # "已有5家企业签约，将新增…": the clause of the number reports, whatever the sentence plans
    start, end = ctx.seg.sentence(c.span[0])
    if (FUTURE.search(text, start, end) or _GOAL_NOUN.search(text, clause[0], c.span[0])
            or _GOALS_LISTED.search(text, start, c.span[0]) or ctx.later_time_before(c.span[0])):
        # a goal named ("预期目标比上年增加20万人，体现了…"), goals listed after a colon ("全会明确了今年的预期目标：
        # 生产总值增长13%左右，…"), or a later year ("…已成了共识，因此2027年…")
        return False
    if has_past_cue(text, start, clause[1]):  # a past cue after the number's clause tells of something else
        return True  # ("…增长12%以上，扭转多年来客多财少的局面")
    if CUMULATIVE.search(text, start, end) and not (
        _RECURRING.search(text, start, end) or ctx.current_period_in(start, end) or forward_deadline(c, ctx)
        or _BOUND.search(text, start, end) or words.GOAL_SECTION_WORD in ctx.section_title_at(c.span[0])
        or ctx.in_dated_part(c.span[0]) or ctx.after(c).startswith(words.LOWER_BOUND_AFTER)
    ):  # "累计" in a goal section ("（三）主要目标") or a part planning one year totals what is planned; so does a
        # total with a lower bound after it ("累计培育企业200家以上"; real gold: 9 of 10, the tenth in a review)
        return True
    if ctx.past_time_before(c.span[0]):
        return True
    return ctx.in_report_paragraph_with_past(c.span[0])


def chinese_without_cue(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """Chinese numerals are targets only right after a comparator or a planning verb ("举办一届"), or, in a
    document that writes its amounts in words, with a unit of measure or as a percentage ("原煤十四亿吨"); and 一
    with a vague counter never is ("打造一支队伍")."""
    if not c.chinese or c.word_target:
        return False
    lead = ctx.lead(c)
    if time_limit(c, ctx):
        return False  # "在受理后七日内": a limit
    if c.value == 1 and c.unit in words.VAGUE_ONE and not ctx.after(c).startswith("以上"):
        return True
    if c.value == 1 and c.unit in ONE_ROUND_UNITS and comparator_word(c, ctx) is None \
            and not _ROUND_PERIOD.search(ctx.text, ctx.seg.sentence(c.span[0])[0], c.span[0]):
        return True  # "开展一次全面排查": one round of an action, no count to reach ("每学期…开展一次": a schedule)
    if c.text == words.SECOND_TIME:
        return True  # "开展二次招商": secondary, no count
    if lead.endswith(_CN_CUES) or _scheduled(c, ctx, ctx.seg.clause(c.span[0])[0]):
        return False
    if c.bare_magnitude(words.GOVERNED_MAGNITUDES) and (_PLAN_VERB_AT_END.search(lead) or lead.endswith("等") and _PLAN_VERB.search(lead)):
        return False  # a round count a plan verb governs ("带动万名青年", "开展…等千场惠民活动")
    if lead.endswith(words.BUDGET_VERBS) and c.unit.endswith(words.CURRENCY_UNIT):
        return False  # a budget's "编列五百亿元"
    if (c.text.startswith(("百分之", "千分之")) or c.unit and c.unit.lstrip("万亿千百") not in words.COUNT_CLASSIFIERS) \
            and ctx.amounts_in_words:  # the number's own test first: the document's count is three scans of it
        return False  # a document writing its amounts in words: "原煤十四亿吨", "年均增长百分之五"
    if comparator_word(c, ctx) is not None and _PLAN_VERB_AT_END.search(lead):
        return False  # "每两年至少组织一次": a comparator, then the planned verb, then the count
    if c.text.startswith("百分之") and (comparator_word(c, ctx) is not None or _SHARE_OF.search(lead)):
        return False  # "超过本人年收入百分之五十", "按照查实金额的百分之二": a threshold or rate of a whole
    return not ctx.after(c).startswith(words.AFTER_WORDS)


_ROUND_PERIOD = lazy_regex(r"(?:每|一个)" + _SHORT_PERIOD)
"""A period that makes one round a schedule, anywhere in the sentence before it ("每学期…开展一次", "一个学期开设一次")."""
ONE_ROUND_UNITS = frozenset({"次", "轮"})
"""Counters of rounds: 一次/一轮 after a verb is one round of an action ("开展一次大检查"), not a count of events."""
_CN_CUES = (*words.DIRECT_VERBS, *words.LONG_BEFORE_WORDS)
"""Words that cue a Chinese numeral right before it: a planning verb or a comparator of two characters or more."""


_SHARE_OF = lazy_regex("(?:" + "|".join(words.SHARE_OPENERS) + rf")[^，。；,;]{{1,{SHARE_WHOLE_GAP}}}的$")


def no_plan_cue(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A number counts only in a clause with a planning verb or comparator, or in a sentence that
    already holds a target (the list continues: "其中本科4.2万人,高职4.2万人"). 零X phrases are
    targets by their wording ("发生率为零")."""
    if c.word_target or kept.in_sentence(ctx.seg.sentence(c.span[0])[0]) or ctx.in_planned_table(c.span[0]):
        return False
    start, end = ctx.seg.clause(c.span[0])
    if _PLAN_VERB.search(ctx.text, start, end) or _scheduled(c, ctx, start):
        return False
    if _GOAL_NOUN.search(ctx.text, start, c.span[0]):
        return False  # "今年全社会固定资产投资调控目标为25300亿元": the number is what the goal is
    if c.unit not in TIME_UNITS and (ctx.in_dated_part(c.span[0])
                                     or words.GOAL_SECTION_WORD in ctx.section_title_at(c.span[0])):
        return False  # "二、2025年重点工作 … 新修农田2万亩", "（四）阶段目标 … 新发现10个": the part plans its amounts
    if _SET_AS_GOAL.match(ctx.text, c.span[1]):
        return False  # "以百分之三.五为努力的目标": the number is named the goal
    return all(rule(c, ctx) is None for rule in (comparator_word, after_word, time_limit, change_word))


_SET_AS_GOAL = lazy_regex(r"(?:以上|左右)?\s*(?:为|作为)(?:努力|奋斗|工作)?的?目标")
"""After a number, naming it the goal: "以…3.5%为努力的目标", "以300万人次为目标"."""


def _scheduled(c: Candidate, ctx: Context, clause_start: int) -> bool:
    """"每月召开1次…", "每周评比一次": a count of events per period is a schedule."""
    return c.unit in words.FREQUENCY_UNITS and bool(_PER_SHORT_PERIOD.search(ctx.text, clause_start, c.span[0]))


_PACE_VERB = any_word(words.PACE_VERBS)
_TENDING_VERB = any_word(words.TENDING_VERBS)
_RESULT_VERB = any_word(words.RESULT_VERBS)


def ongoing_works(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A count of works a pace verb speeds up ("加快甲园、乙园等6个园区建设", "加快推进9个在建项目"): the works
    are under way, their number is no amount to reach; unless a result verb follows the pace verb in its comma-clause
    ("加快建成5个", "加快9个项目达产")."""
    if _counted_by(_PACE_VERB, c, ctx) is None:
        return False
    start, end = ctx.seg.clause(c.span[0])
    return bool(_UNDER_WAY.search(ctx.text, c.span[1], end) or _LISTED_BEFORE.search(ctx.text, start, c.span[0]))


_UNDER_WAY = lazy_regex(r"^[^，,。；;]{0,4}?(?:在建|续建|已建|已开工)")
"""The works a count names are under way ("9个在建项目", "34个续建项目")."""
_LISTED_BEFORE = lazy_regex(r"(?:、|等)[^，,。；;、]{0,12}$")
"""The works are listed by name before the count ("加快甲园、乙园等6个园区建设")."""


def tended_things(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A count of things a verb strengthens, focuses on or makes good use of ("做强A等3个产业集群", "聚焦13个产业
    集群"): they exist already, their number is no amount to reach; unless a result verb follows ("强化培育10家"
    plans the ten), or one comes right before it ("培育壮大12个千亿级集群"), or the count is a range to choose or a
    bound to reach ("每县做大做强1—2个主导产业", "做强10个以上产业链群")."""
    if c.value_max is not None or ctx.text.startswith(_BOUNDS_AFTER, c.span[1]):
        return False
    verb = _counted_by(_TENDING_VERB, c, ctx)
    return verb is not None and not _RESULT_VERB.search(ctx.text, max(0, verb - COMPOUND_VERB_REACH), verb)


def _counted_by(verbs: "re.Pattern[str]", c: Candidate, ctx: Context) -> Optional[int]:
    """Where one of ``verbs`` starts, when a count of items has it before it in its comma-clause and no result verb
    after it; else None."""
    if c.unit not in words.ITEM_COUNTERS:
        return None
    start, end = ctx.seg.clause(c.span[0])
    comma = max(ctx.text.rfind("，", start, c.span[0]), ctx.text.rfind(",", start, c.span[0]))
    verb = last_match(verbs, ctx.text, max(start, comma + 1), c.span[0])
    if verb is None or _RESULT_VERB.search(ctx.text, verb.end(), _comma_or(ctx.text, c.span[1], end)):
        return None
    return verb.start()


_BOUNDS_AFTER = tuple(w for w, _ in words.AFTER_BOUNDS)


def _comma_or(text: str, pos: int, end: int) -> int:
    """The first comma after ``pos`` before ``end``, else ``end``."""
    found = [i for i in (text.find("，", pos, end), text.find(",", pos, end)) if i >= 0]
    return min(found) if found else end


_PERMISSION_BEFORE = lazy_regex(
    "(?:" + "|".join(words.PERMISSION_WORDS) + ")(?:适当|再|另行|额外)?(?:"
    + "|".join(regex.escape(w) for w in words.BINDING_WORDS) + ")$"
)
_PERMISSION_CUES = tuple(w for w in words.PERMISSION_WORDS if not any(o in w for o in words.PERMISSION_WORDS if o != w))
"""The permission words no other one holds (可, 允许): a lead holding none of them names no permission."""
_ELIGIBLE_AFTER = lazy_regex(
    "(?:" + "|".join(w for w, _ in words.AFTER_BOUNDS) + ")(?:的)?(?:者|(?:" + "|".join(words.PERMISSION_WORDS) + "))")


def permission(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A permission or an eligibility threshold, not a commitment: "条件较好的地区可放宽至85%", "月收入在3000元以下
    可申请补助", "每月乘车20次以上者"."""
    if _ELIGIBLE_AFTER.match(ctx.text, c.span[1]):
        return True
    lead = ctx.lead(c)
    return any(w in lead for w in _PERMISSION_CUES) and bool(_PERMISSION_BEFORE.search(lead))


_FORECAST = any_word(words.FORECAST_WORDS)
_RESOLVE = any_word(words.RESOLVE_WORDS)
_FORECAST_NOT_SUBJECT = lazy_regex(
    r"\s|\d+\s*年度?(?:底|末)?|[今明后全]年(?:度)?|年内|将|可|能|会|"
    + "|".join(regex.escape(w) for w in words.BEFORE_WORDS)
)


def forecast(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A forecast ("预计今年高校毕业生超过1200万人", "预计全年社零增长8%左右") is no commitment, unless the forecast
    is of planned work: an amount after a plan verb or change word ("预计新增装机2GW", "预计投入8亿元"); a rate
    forecast is an outlook whatever verb names it, unless the plan's resolve commits to it ("力争达到45%")."""
    start = ctx.seg.sentence(c.span[0])[0]
    found = last_match(_FORECAST, ctx.text, start, c.span[0])
    if found is None:
        return False
    between = (found.end(), c.span[0])
    if _RESOLVE.search(ctx.text, *between):
        return False  # "预计到2027年，覆盖率力争达到45%": the plan commits to it
    if c.unit not in RATE_UNITS and (_PLAN_VERB.search(ctx.text, *between) or CHANGE_NEAR.search(ctx.text, *between)):
        return False
    # what is forecast is named after the forecast word ("预计今年全市新生儿超过…"); "指标预计2027年达到95%"
    # names it before: a planned level, dated
    subject = _FORECAST_NOT_SUBJECT.sub("", ctx.text[between[0]: between[1]])
    return han_count(subject) >= MIN_NAME_HAN


_REPORT_CUE = any_word(words.REPORT_FORWARD_CUES)
_NOT_REPORT_CUE = lazy_regex(
    "|".join(sorted(map(regex.escape, words.NOT_REPORT_CUES), key=len, reverse=True))
    + r"|今年(?:\d{1,2}(?:月|至\d{1,2}月)|第[一二三四1-4]季|[上下]半年|前\d{1,2}[个個]?月|[一二三四五六七八九十]+月)"
)
"""Words holding a cue that say nothing of what is to come, and 今年 naming a month or a quarter already past
("今年7月失业率降为4.41%", "今年1至8月出口…": a report's statistics to date; 今年 alone may plan: "今年另投入…")."""
_QUOTED = lazy_regex(r"「[^「」\n]*」|《[^《》\n]*》|“[^“”\n]*”")


def _speaks_forward(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a cue of what is to come, not inside a word that only holds one ("重要",
    "要求", "兹将") nor inside a quoted name ("「…未来发展计划」")."""
    hidden = [m.span() for m in _NOT_REPORT_CUE.finditer(text, start, end)]
    hidden += [m.span() for m in _QUOTED.finditer(text, start, end)]
    return any(not any(a <= m.start() < b for a, b in hidden) for m in _REPORT_CUE.finditer(text, start, end))


_YEAR_ON_YEAR = lazy_regex("|".join(words.YEAR_ON_YEAR_WORDS))


def year_on_year(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A change against the same period of last year ("较去年同期成长15.0%", "同比增长8%") reports a result to date,
    unless its sentence speaks of what is to come ("力争同比增长10%") or a bound after it sets one ("同比下降10%以上",
    "同比增长7%左右")."""
    clause = ctx.seg.clause(c.span[0])
    if _YEAR_ON_YEAR.search(ctx.text, clause[0], c.span[0]) is None or ctx.after(c).startswith(words.AFTER_WORDS):
        return False
    if ctx.goal_year(c.span[0]) is not None or ctx.in_dated_part(c.span[0]):
        return False  # "2025年全区引进首店15家，同比增长10%" in the plan for 2025: the year's goal
    start, end = ctx.seg.sentence(c.span[0])
    present = ctx.present_year
    if present is not None and any((y.year_end or y.year or 0) >= present for y in ctx.years_in(start, end)):
        return False
    return FUTURE.search(ctx.text, start, end) is None and _RESOLVE.search(ctx.text, start, end) is None


def report_without_cue(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """In a report that commits only where it says so, a number in a sentence with no forward or funding word
    and no year after the present tells what was done or is under way ("实际进度63%", "浏览量达1亿次")."""
    if not ctx.cue_required or c.word_target:
        return False
    start, end = ctx.seg.sentence(c.span[0])
    if _speaks_forward(ctx.text, start, end):
        return False
    present = ctx.present_year
    return not any(present is not None and (y.year_end or y.year or 0) > present and not is_baseline(ctx.text, y)
                   for y in ctx.years_in(start, end))


def past_year(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A number whose own sentence or paragraph dates it before the period the document is the plan for (its title:
    "…第十四个五年规划", "…行动方案（2024—2026年）") and no later than its present ("全区生产总值从2015年的800亿元
    增加到2020年的1200亿元" in the plan for 2021–2025): a result reached, no target. Without such a title the present
    alone is too uncertain to drop a number (a plan to prepare the next five-year plan names its period too)."""
    present, period = ctx.present_year, ctx.plan_start
    if present is None or period is None or c.word_target:
        return False
    for rule in YEAR_RULES.active():
        if rule.name not in _OWN_DATE_RULES:
            continue
        year = rule.fn(c, ctx)
        if year is not None:
            return 0 < year <= present and year < period
    return False


_OWN_DATE_RULES = ("sentence", "paragraph")
"""The year rules that read a number's own date; a section's or plan's year is no statement that it was reached."""
