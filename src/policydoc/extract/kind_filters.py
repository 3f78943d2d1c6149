"""Target filters on what a number is: a name, a grade, a class, a size, a fine — not an amount to reach.

Each filter answers True to drop a candidate (see :data:`.filters.FILTERS` for their order): ages and durations,
numbers inside quoted names or an indicator's name, fines, counts of indicators or of a policy's items, places in
a ranking and grades, bounds that name a category or a condition, incident grades, tallies in brackets, sizes of a
kind of plant, caps of benefits, a routine's schedule, anniversaries and numbers inside formulas.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from ..data import target_words as words
from ..data.units import AGE_UNITS, DURATION_AFTER, DURATION_BEFORE, TERM_EXTENDED_BEFORE, TIME_UNITS
from ..core.sentences import CLAUSE_END
from ..settings import (
    BRACKET_REACH, CAP_WORD_REACH, DURATION_WORD_REACH, FORMULA_REACH, GRADE_CONTEXT_SKIP, INCIDENT_GAP, LISTED_AMOUNT_REACH,
    MAX_ROUTINE_ROUNDS, MEANS_REACH, PENALTY_VERB_REACH, POLICY_ITEM_GAP, QUOTA_REACH, QUOTE_VERB_REACH, RANK_WORD_REACH, RATE_NOUN_GAP,
    SCHEDULE_GAP, SCHEDULE_REACH, SIZE_WORD_REACH,
)
from .._lazy import lazy_regex
from .candidate import PENALTY, Candidate, Context, KeptTargets
from .comparators import time_limit
from .patterns import any_word


_DURATION_BEFORE = lazy_regex("(?:" + "|".join(DURATION_BEFORE) + ")$")
_DURATION_AFTER = lazy_regex("|".join(DURATION_AFTER))


def duration_or_age(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """Ages ("0—3岁", "60岁以上的老人") unless they are an indicator's value; durations by their
    context ("5年内", "今后15年", "用3年时间", "三年行动计划"), not by the unit: "平均受教育年限达到11.5年"
    is a target, and so is a response time ("在10秒内接听"); the minutes of a time of day ("11时52分"); the window of
    someone's history a rule asks about ("7天内未去过疫区")."""
    unit = c.unit.lstrip("万亿")
    if unit in AGE_UNITS:
        return not _age_as_value(c, ctx)
    if unit in _CLOCK_UNITS and _CLOCK_HOUR.search(ctx.text, max(0, c.span[0] - 4), c.span[0]):
        return True  # "(11时52分)主席": a time of day (a transcript's, a schedule's), no amount
    if unit in TIME_UNITS and _EXPERIENCE_AFTER.match(ctx.text, c.span[1]):
        return True  # "7天内未去过疫区": the window of a person's history a rule asks about, no limit
    if unit in TIME_UNITS and _lookback(c, ctx):
        return True  # "近5年参加…", "最近3个月内": the recent years a rule counts, no span to reach
    if unit not in TIME_UNITS or time_limit(c, ctx):
        return False
    text = ctx.text
    before = text[max(0, c.span[0] - DURATION_WORD_REACH): c.span[0]]
    if unit == "年" and before.endswith(TERM_EXTENDED_BEFORE):
        return True  # "再延长30年": a term extended
    return bool(_DURATION_AFTER.match(text, c.span[1]) or _DURATION_BEFORE.search(before))


def _lookback(c: Candidate, ctx: Context) -> bool:
    """近 right before a span of time ("近5年", "最近3个月", "近2年的财务报告", "近3年来"): the recent past a rule or a
    report counts (not 接近, nearly); the mention may hold the 近 itself, read as approximate."""
    at = c.span[0] + 1 if ctx.text.startswith("近", c.span[0]) else c.span[0]
    return bool(_LOOKBACK_BEFORE.search(ctx.text, max(0, at - 2), at))


_LOOKBACK_BEFORE = lazy_regex(r"(?<!接)近$")
_EXPERIENCE_AFTER = lazy_regex(r"(?:以)?内(?:未|没有|均未|曾)?(?!\p{Han}?(?:通|经|超|越|跨|度|穿|不|错)过)\p{Han}{1,2}过(?!程)")
"""What someone has (not) done within the time ("内未到过", "内接触过"): a condition on people, no time limit; not a
verb that merely ends in 过 ("内通过…兑付", "内超过…")."""
_CLOCK_UNITS = ("分", "分钟")
_CLOCK_HOUR = lazy_regex(r"(?<!\d)(?:[01]?\d|2[0-3])\s*[时点]\s*$")
"""The hour of a time of day right before its minutes ("11时52分", "9点30分")."""
_COMPARATOR_AT_END = lazy_regex(
    "(?:" + "|".join(regex.escape(w) for w in words.BINDING_WORDS) + ")$"
)
_AFTER_WORD = lazy_regex("(?:" + "|".join(words.AFTER_WORDS) + ")?")


def _age_as_value(c: Candidate, ctx: Context) -> bool:
    """An age is a target only as the value an indicator reaches: a comparator or change word right
    before it, and nothing after it but a comparator word and the clause end ("居民平均寿命提高到80.2岁";
    not "年满60岁", "达到60岁的老人", "3岁以下")."""
    lead = ctx.lead(c)
    if not lead or not _COMPARATOR_AT_END.search(lead):
        return False
    after = _AFTER_WORD.match(ctx.text, c.span[1])
    end = after.end() if after else c.span[1]
    return end >= len(ctx.text) or ctx.text[end] in CLAUSE_END


_RATE_NOUN_AFTER = lazy_regex(
    rf"[^\W\d的]{{0,{RATE_NOUN_GAP}}}?(?:" + "|".join(words.RATE_NOUNS) + ")"
)


def in_indicator_name(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A quantity right before a rate noun names the indicator ("地铁站点800米覆盖率达到90%",
    "15分钟健身圈覆盖率"): the 100% is the value, the 500米 is not. A share "10%的比例" is a value."""
    return not c.word_target and bool(_RATE_NOUN_AFTER.match(ctx.text, c.span[1]))


_PLACE_KIND_AFTER = lazy_regex(
    rf"[^\W\d的]{{0,{RATE_NOUN_GAP + 2}}}?(?:(?:" + "|".join(words.REACH_PLACE_ENDS) + r")(?!\p{Han})|"
    + "|".join(words.REACH_AREA_ENDS) + "|"
    + "|".join(words.REACH_SCOPE_ENDS) + ")"
)


def names_a_reach(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A reach in time or distance that names a kind of place ("打造15分钟社区服务圈", "建设10公里滨河产业带") or
    bounds where a rule holds ("10公里供热半径内不再新建"): the minutes and kilometres say what kind of place or
    where, they are no amount to reach."""
    return (not c.word_target and c.unit in words.REACH_UNITS
            and bool(_PLACE_KIND_AFTER.match(ctx.text, c.span[1])))


_MODE_AFTER = lazy_regex(r"(?![内前后以之])\p{Han}")


def around_the_clock(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """"实行24小时视频监控", "7×24小时值班": how a service runs, not an amount (a limit, "24小时内", is one)."""
    return c.unit == "小时" and c.value == 24 and c.value_max is None and bool(_MODE_AFTER.match(ctx.text, c.span[1]))


_GROUP_CREATING = any_word(words.GROUP_CREATING_VERBS)


def named_groups(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """"N大X" that no creating verb governs in its clause ("聚焦8大产业集群和4大未来产业", "推进甲、乙3大园区建设"):
    the name of a set of groups the text has defined, no amount to reach; so is "N大类X"."""
    if not c.text.endswith(("大", "大类")):
        return False
    start = ctx.seg.clause(c.span[0])[0]
    return _GROUP_CREATING.search(ctx.text, start, c.span[0]) is None


_ASPECT_AFTER = lazy_regex("(?:" + "|".join(words.ASPECT_NOUNS) + ")")


def aspects(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A count of the aspects a text groups its work or goals into ("着力抓好下面五个方面的工作", "完成以下4个方面
    任务"), or of the kinds a total right after it falls into ("办好9类36件为民实事"): the shape of the work, no
    amount to reach."""
    if c.unit in words.KIND_UNITS and _COUNT_NEXT.match(ctx.text, c.span[1]):
        return True
    return c.unit == "个" and bool(_ASPECT_AFTER.match(ctx.text, c.span[1]))


_COUNT_NEXT = lazy_regex(r"\s*[\d一二三四五六七八九十百千两]")


_MEANS_AFTER = lazy_regex(rf"[^，,。；;！？\n]{{0,{MEANS_REACH}}}?为(?:" + "|".join(words.MEANS_NOUNS) + ")")


def means(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """What a clause takes as its means ("以5项重点改革为突破口", "以3个园区为抓手"): the ground of the work, no amount
    to reach."""
    start = ctx.seg.clause(c.span[0])[0]
    opener = ctx.text.rfind("以", start, c.span[0])
    return opener >= 0 and c.span[0] - opener <= MEANS_REACH and bool(_MEANS_AFTER.match(ctx.text, c.span[1]))


def in_statute(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A number in the rules a notice carries in articles ("第五条 …应于5个工作日内办结"): a standing rule, as in
    a law, no target (``analysis.statutes``)."""
    return ctx.in_statute(c.span[0])


def in_glossary(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A number in a glossary at the back explains a term ("名词解释" then "3.某工程：计划分2年改造58所学校"):
    the document sets no target there."""
    return ctx.in_glossary(c.span[0])


def inside_name(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """Numbers inside “…” or 《…》 are names and slogans ("“20条底线”", "“六个一百”"), except an amount
    opening a quote that a plan verb governs ("建成「50个社区书房」": the quote stresses what is planned; not a
    measure, "打造“10分钟生活圈”", which names a kind of place)."""
    i = bisect_right(ctx.quote_starts, c.span[0]) - 1
    if c.word_target or i < 0 or ctx.quotes[i][1] < c.span[1]:
        return False
    opening = ctx.quotes[i][0] + 1
    planned = (c.unit.lstrip("万千百") in words.COUNT_CLASSIFIERS and ctx.text[opening: c.span[0]].strip() == ""
               and ctx.text[max(0, opening - 1 - QUOTE_VERB_REACH): opening - 1].endswith(words.QUOTED_PLAN_VERBS))
    return not planned


_PENALTY_VERB = lazy_regex(r"(?:处|并处|处以|罚)$")


def penalty(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """Fines and other sanctions of regulations ("处二千元以上一万元以下罚款") are no targets."""
    if not ctx.has_penalties:
        return False  # most plans name no sanction: one literal scan instead of a clause per number
    start, end = ctx.seg.clause(c.span[0])
    if PENALTY.search(ctx.text, c.span[1], end):
        return True
    return bool(_PENALTY_VERB.search(ctx.text, max(start, c.span[0] - PENALTY_VERB_REACH), c.span[0]))


_INDICATOR_COUNT = lazy_regex(r"(?:主要|约束性|预期性|核心|监测|评估)?指标")


def count_of_indicators(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """"18项主要指标", "2项指标完成难度较大", "等16个预期性指标", "其中约束性指标9项": a count of the plan's own
    indicators, not an indicator."""
    return c.unit in ("项", "个") and (bool(_INDICATOR_COUNT.match(ctx.text, c.span[1]))
                                      or bool(_INDICATORS_COUNTED.search(ctx.lead(c))))


_INDICATORS_COUNTED = lazy_regex(r"(?<![项个])指标$")
"""Indicators a count follows ("约束性指标9项"); not a count of indicators itself ("34项指标201项重点工作")."""


_AMOUNT_NEXT = lazy_regex(r"\d+(?:\.\d+)?\s*[%％](?![\d.])|百分之")


def count_of_amounts(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """"覆盖率均达到两个100%": a count of the rates right after it (two rates of 100%), not an amount itself; a count
    before a size ("建成20个500千伏变电站") counts things.

    >>> from policydoc import parse_text
    >>> [t.value for t in parse_text("一、2025年目标\\n达标率和覆盖率达到两个100%。").targets]
    [100.0]
    """
    return c.unit == "个" and bool(_AMOUNT_NEXT.match(ctx.text, c.span[1]))


_BOUND_THEN_NOUN = lazy_regex(
    # what the measure counts, and a bracket ("2.6万吨二氧化碳当量(…)及以上的企业"), or the bracket the number closes
    r"(?:\p{Han}{1,6}(?:[(（][^()（）]{0,24}[)）])?|[)）])??"
    r"(?:及以上|以上|及以下|以下)(?:[(（]含[)）])?的?(?=\p{Han})"
)
_CLASS_AFTER = lazy_regex(r"[级制]")
"""A size class ("3千吨级码头") or a format ("3人制篮球场") the number names."""
_COUNT_AT_END = lazy_regex(r"\d+(?:\.\d+)?[万千百]?(?:个|家|所|座|处|条|项)\s*$")
"""A count right before a bounded measure: the bound sorts each of the things counted ("957个50户以上的村寨")."""
#: the portion of an amount between or beyond bounds, a bracket that a rate applies to: "…50万元至200万元部分，"
_PORTION_AFTER = lazy_regex(
    r"(?:(?:至|到|-|—|～|~)\d+(?:\.\d+)?[万亿千百]?\p{Han}{0,2}?)?(?:以上|以下|以内)?的?部分(?=[，,。；;、\s]|$)")
_BOUND_BEFORE = lazy_regex("(?:" + "|".join(
    words.BOUND_WORDS + ("低于", "高于", "超过", "不足", "超", "低于或等于", "高于或等于", "小于或等于", "大于或等于")
) + r")\s*$")
_OF_NOUN_AFTER = lazy_regex(r"(?:[（(]含[^（()）]{1,12}[)）])?的(?!" + "|".join(words.OF_NOUN_NOT_CATEGORY) + r")\p{Han}"
                            r"|\p{Han}{1,4}?\d")  # "超10亿元项目50个": the things, then their own count
_ATTRIBUTE_AT_END = lazy_regex("(?:" + "|".join(words.ATTRIBUTE_NOUNS) + r")\s*(?:在|为|达到?)?\s*$")


def category(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A bound qualifying a noun names a category, not an amount to reach: "额定功率20千瓦以下锅炉",
    "年吞吐量80万吨以上的码头", "日处理600吨以下的设施", "规模50人以下的企业", "两次以上检查不达标的商户",
    "年营业收入不超过2000万元的企业" (a bound before a measure, then 的), a size class "3千吨级码头", and the portion
    of an amount a rate applies to ("所得额50万元至200万元部分，减半征收"), a format "3人制篮球场", a bound sorting the
    things a count before it counts ("957个50户以上村寨"). A measure (吨, 千瓦, 元 …) bounded before a noun always is one; a count
    ("个", "家", "次") only where no verb plans it ("推动10个以上机构通过认定" counts institutions to reach);
    a share is never one ("80%以上的企业完成改造" is the share to reach), nor are hours of instruction ("每年接受不少于
    5课时的培训": the training's length)."""
    if c.word_target or c.unit in ("%", "个百分点") or c.unit in words.INSTRUCTION_UNITS or time_limit(c, ctx):
        return False
    if _CLASS_AFTER.match(ctx.text, c.span[1]):
        return True
    if c.unit.lstrip("万亿千百") not in words.COUNT_CLASSIFIERS and _PORTION_AFTER.match(ctx.text, c.span[1]):
        return True  # "所得额50万元至200万元部分，减半征收": the bracket of an amount a rate applies to
    if (c.unit.lstrip("万亿千百") not in words.COUNT_CLASSIFIERS and _BOUND_BEFORE.search(ctx.lead(c))
            and _OF_NOUN_AFTER.match(ctx.text, c.span[1])):
        return True  # "年营业收入不超过3000万元的企业": a measure bounded before it, then 的 and the noun it sorts
    if not _BOUND_THEN_NOUN.match(ctx.text, c.span[1]):
        return False
    if c.unit.lstrip("万亿千百") not in words.COUNT_CLASSIFIERS:
        return not ctx.lead(c).endswith(words.AMOUNT_VERBS)  # "完成300公里以上管网铺设": the work's amount
    lead = ctx.lead(c).strip()
    if not lead and _continues_counts(c, ctx, kept):
        return False  # "引进5个以上团队，10名以上专家，2个以上医疗机构": the list of counts the verb before governs
    return not lead or bool(_ATTRIBUTE_AT_END.search(lead) or _COUNT_AT_END.search(lead))


def _continues_counts(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """Does a clause opening with a bounded count follow, in its sentence, a clause whose own bounded count was kept
    (the previous comma-clause ends with "N个以上X")?"""
    start = ctx.seg.clause(c.span[0])[0]
    if start == 0 or not kept.in_sentence(ctx.seg.sentence(c.span[0])[0]):
        return False
    previous = ctx.seg.clause(start - 1)
    return previous[0] < start and _BOUNDED_COUNT.search(ctx.text, *previous) is not None


_BOUNDED_COUNT = lazy_regex(r"\d+(?:\.\d+)?\s*\p{Han}?(?:以上|以下)\p{Han}{1,12}[，,、]?$")


_INCIDENT_AFTER = lazy_regex(
    rf"[^，,。；;！？\n]{{0,{INCIDENT_GAP}}}?(?:" + "|".join(words.INCIDENT_WORDS) + ")")
_INCIDENT_WORD = any_word(words.INCIDENT_WORDS)
_INCIDENT_REACH = INCIDENT_GAP + max(len(w) for w in words.INCIDENT_WORDS)
"""How far after a number the harm word of ``_INCIDENT_AFTER`` can end."""
_INCIDENT_BEFORE = lazy_regex(
    "(?:" + "|".join(words.INCIDENT_WORDS) + ")(?:人数|数)?(?:达到?|为|在|超过|多于|少于|不足)?"
    # the other end of a bracket before it, perhaps with a note ("3人以上（“以上”含本数，下同）、", "500人（含）以上、")
    r"(?:[\d.]+[万亿]?\p{Han}{0,2}?(?:[（(][^（）()]{0,16}[）)])?(?:以上|以下|以内)?(?:[（(][^（）()]{0,16}[）)])?"
    r"(?:[、至到—-]|(?<=以上|以下|以内|[）)])))?$"
)


def incident_scale(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """How bad an incident is, by the people it harms or the loss it causes ("造成4人以上9人以下受伤",
    "直接经济损失5000万元以上"): the grading of an emergency plan, no target. Not a measure of such harm
    ("死亡人数下降10%": a share, its noun before it)."""
    if c.unit in ("%", "个百分点") or c.word_target:
        return False
    # from the clause's start, or from the bracket note a comma inside cut the clause at ("死亡3人以上（含本数，下同）、")
    start = ctx.seg.clause(c.span[0])[0]
    if _NOTE_TAIL.match(ctx.text, start):
        start = ctx.seg.clause(max(0, start - 1))[0]
    if _INCIDENT_WORD.search(ctx.text, start, c.span[1] + _INCIDENT_REACH) is None:
        return False  # no harm word in the clause before nor right after: one scan before the two patterns
    return bool(_INCIDENT_AFTER.match(ctx.text, c.span[1]) or _INCIDENT_BEFORE.search(ctx.text, start, c.span[0]))


_SPANNING_BEFORE = lazy_regex("(?:" + "|".join(words.SPANNING_VERBS) + r")(?:我|本|全)?\p{Han}?(?:[两二三四五六七八九十\d]{1,2}个或)?$")
_SPANNED_AFTER = lazy_regex(
    r"(?:及以上|以上|或[两二三四五六七八九十\d]{1,2}个以上)?(?:" + "|".join(words.SPANNED_PLACES) + ")")


def places_spanned(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """How many places an incident spreads over ("跨越两个及以上区县", "涉及我市两个或两个以上区(市)"): the reach that
    calls for a response level, no amount to reach."""
    return (c.unit == "个" and bool(_SPANNING_BEFORE.search(ctx.lead(c)))
            and bool(_SPANNED_AFTER.match(ctx.text, c.span[1])))


_NOTE_TAIL = lazy_regex(r"[^（）()，,。；;]{0,8}[）)]")
"""The rest of a bracket note after a comma inside it: the clause before the comma is the same clause."""


_OPEN_BRACKET_BEFORE = lazy_regex(r"[（(][约近共计含]?\s*$")
_CLOSE_BRACKET_AFTER = lazy_regex(r"\s*[）)]")


def bracketed_tally(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A count standing alone in brackets after a name ("甲江流域（18个）", "重点项目(共12项)") tallies what a list
    names, and one after a bound ("不低于30万元（含30万元）") says the bound is included; it commits to nothing."""
    return bool(_OPEN_BRACKET_BEFORE.search(ctx.text, max(0, c.span[0] - BRACKET_REACH), c.span[0])
                and _CLOSE_BRACKET_AFTER.match(ctx.text, c.span[1]))


_POLICY_ITEMS_AFTER = lazy_regex(
    rf"[^，,。；;！？\n\d]{{0,{POLICY_ITEM_GAP}}}?(?:" + "|".join(words.POLICY_ITEM_NOUNS) + ")")


_LISTED_ITEMS_AFTER = lazy_regex(
    rf"[^，,。；;！？\n\d]{{0,{POLICY_ITEM_GAP}}}?(?:" + "|".join(words.LISTED_ITEM_NOUNS) + r")[ \t\u3000]*$", regex.M)
_THINGS_LISTED = lazy_regex(r"事(?=[，,。；;！\s]|$)")
_YEAR_LINE_START = lazy_regex(r"(?m)^[ \t\u3000]*(?:(?:19|20)\d\d年(?:度)?)?[ \t\u3000]*$")


def policy_items(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A count of the items of a policy ("落实稳就业18条措施", "承接下放的30项职权事项"): the entries of a list, no
    amount to reach. A count of works for the people ("办好10件民生实事") is one to deliver, except in a line that
    names the list and nothing else ("2026年5件民生实事", the title of the attachment listing them), and "N件事"
    right after a list sums up the tasks it names ("抓好A、B和C3件事")."""
    if c.unit not in ("条", "项", "件"):
        return False
    if _POLICY_ITEMS_AFTER.match(ctx.text, c.span[1]) or c.unit == "件" and _THINGS_LISTED.match(ctx.text, c.span[1]):
        return True
    line = ctx.text.rfind("\n", 0, c.span[0]) + 1
    return bool(_LISTED_ITEMS_AFTER.match(ctx.text, c.span[1]) and _YEAR_LINE_START.fullmatch(ctx.text, line, c.span[0]))


_SIZE_BEFORE = lazy_regex("(?:" + "|".join(words.SIZE_WORDS) + r")\s*$")
_NOUN_NEXT = lazy_regex(r"(?:/\S{1,2})?\p{Han}")


_WORKS_AFTER = lazy_regex(
    "(?!" + "|".join(words.WORKS_AMOUNT_AFTER) + r")[\p{Han}“”]{0,12}?(?:" + "|".join(words.WORKS_NOUNS) + ")"
)
_PLAN_VERB_BEFORE = lazy_regex("(?:" + "|".join(words.PLAN_VERBS) + ")$")


def sized_works(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A capacity between a project's owner or place and the plant it sizes ("建成某某40万千瓦热电项目", "开工建设
    某化60万吨乙烯改造项目", or opening its clause: "50万吨甲醇项目建成投产"): part of the project's name, no amount
    to reach. Not right after a plan verb ("新建500万千瓦抽水蓄能电站": the capacity to build), nor a total after 等
    ("建成甲、乙等540万千瓦煤电项目"), nor a bounded amount ("100万千瓦以上的项目")."""
    if c.unit.lstrip("万亿兆吉千百") not in words.CAPACITY_UNITS or ctx.text[c.span[0] - 1 : c.span[0]] == "等":
        return False
    if _PLAN_VERB_BEFORE.search(ctx.lead(c)):
        return False
    return bool(_WORKS_AFTER.match(ctx.text, c.span[1]))


_AREA = rf"[\d.]+[万亿]?(?:{'|'.join(words.AREA_UNITS)})"
#: a clause opened by areas sizing places, listed ("8平方公里的中心区、"), before the candidate's own
_SIZED_PLACES_BEFORE = lazy_regex(rf"\s*[“”]?(?:{_AREA}的\p{{Han}}{{1,15}}、)*$")
_SIZED_PLACE_AFTER = lazy_regex(
    rf"的[\p{{Han}}“”]{{1,15}}(?:[、，,。；;]|$)|\p{{Han}}{{1,6}}(?:{'|'.join(words.PLACE_AFTER)})[，,]")


def sized_place(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """An area opening its clause before the place it sizes ("8平方公里的新城区、5平方公里的老城区，将按…规划建设",
    "120平方公里土地上，不留一处…"): it says which place the clause is about, not an amount to reach. An area after
    a verb ("整备1.8平方公里的土地") or a noun ("启动区1.8平方公里的土地整备") is one.

    >>> from policydoc import parse_text
    >>> [t.value for t in parse_text("一、2025年重点工作\\n推进新城建设，6平方公里的新城区将按核心区标准规划建设。"
    ...                              "完成12平方公里的土地整备。").targets]
    [12.0]
    """
    if c.unit.lstrip("万亿") not in words.AREA_UNITS:
        return False
    if not _SIZED_PLACES_BEFORE.fullmatch(ctx.text, ctx.seg.clause(c.span[0])[0], c.span[0]):
        return False
    return bool(_SIZED_PLACE_AFTER.match(ctx.text, c.span[1]))


def size_of_kind(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A measure sizing the thing named after it ("日产4500吨熟料生产线", "单机10兆瓦风机"): a kind of plant, no
    amount to reach (a capacity planned closes its clause: "新增年产20万吨")."""
    if c.unit.lstrip("万亿千百") in words.COUNT_CLASSIFIERS or c.unit in ("%", "个百分点"):
        return False
    sized = _SIZE_BEFORE.search(ctx.text, max(0, c.span[0] - SIZE_WORD_REACH), c.span[0])
    return bool(sized and _NOUN_NEXT.match(ctx.text, c.span[1]))


_CAP_BEFORE = lazy_regex("(?:" + "|".join(words.CAP_WORDS) + r")(?:可达|可以达到|达到|为|不超过|不高于)?\s*$")
_RECIPIENT_CAP = lazy_regex(
    "(?:" + "|".join(words.PER_RECIPIENT) + rf")[^，,。；;\d]{{0,{CAP_WORD_REACH}}}?(?:不超过|不高于)\s*$"
)


def cap(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """"就能获得最高3500万元的融资保证", "费率仅要0.1%", "单户最高不超过10万元": the cap of a benefit or a price, no
    amount to reach; so is an amount of money bounded per recipient ("单户补贴不超过50万元")."""
    start = max(0, c.span[0] - CAP_WORD_REACH)
    if _CAP_BEFORE.search(ctx.text, start, c.span[0]):
        return True
    return c.unit.endswith(words.CURRENCY_UNIT) and bool(
        _RECIPIENT_CAP.search(ctx.text, max(0, c.span[0] - 2 * CAP_WORD_REACH), c.span[0]))


_SCHEDULE_BEFORE = lazy_regex(rf"(?:每(?:天|日|\d{{1,2}}天)|[天日]各)(?:[^，,。；;\d]{{0,{SCHEDULE_GAP}}}?)$")
_SCHEDULE_UNITS = frozenset(("次", "轮", "遍"))


def schedule(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """"每天开展一次核酸检测", "第3、7天各开展一次": one or two rounds of a daily routine (tests, checks), no
    bound ("至少") before them — a procedure's schedule, not an amount to reach. Meetings and drills per
    month or term stay targets ("每月召开1次安全例会"), as do bounds ("每天至少巡查1次").

    >>> from policydoc import parse_text
    >>> [t.value for t in parse_text("一、要求\\n到2025年，每天开展一次检测，每天至少巡查1次。").targets]
    [1.0]
    """
    if c.unit not in _SCHEDULE_UNITS or c.value > MAX_ROUTINE_ROUNDS:
        return False
    m = _SCHEDULE_BEFORE.search(ctx.text, max(0, c.span[0] - SCHEDULE_REACH), c.span[0])
    return m is not None and _SCHEDULE_BOUND.search(m.group()) is None


_SCHEDULE_BOUND = lazy_regex(r"至少|不少于|不低于|最少")


def anniversary(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """"建党100周年", "建区30周年", "某某建设20年主题活动": an anniversary names an occasion; "特区建立40年的经验":
    the age of what was founded."""
    if c.unit == "年":
        return ctx.text.startswith(words.OCCASION_WORDS, c.span[1]) or ctx.lead(c).endswith(words.FOUNDING_VERBS)
    return c.unit == "周" and ctx.text.startswith("年", c.span[1])


def cohort(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """"2025级新生", "2024届毕业生": a year before 级 or 届 names a cohort of students, no amount."""
    return c.unit in _COHORT_UNITS and c.value == int(c.value) and _COHORT_YEARS[0] <= c.value <= _COHORT_YEARS[1]


_COHORT_UNITS = frozenset(("级", "届"))
_COHORT_YEARS = (1950, 2100)


_AFTER_BOUND = "(?:" + "|".join(w for w, _ in words.AFTER_BOUNDS) + ")"
_AMOUNT_LIST = r"(?:[、和或及][\d.]+[^\W\d]{0,3}" + _AFTER_BOUND + r"?)+"
_CONDITION_AFTER = lazy_regex(
    _AFTER_BOUND + r"(?:[\d.]+[^\W\d]{0,3}" + _AFTER_BOUND + r")?的(?=[，,；;。\n]|$)"
    + "|" + _AMOUNT_LIST + r"的(?=[，,；;])")  # "首次达到2000万元、5000万元的，分别给予…": the amounts qualify


_LISTED_BEFORE = lazy_regex(r"[\d.]+[^\W\d]{0,3}[、和或及]$")
_QUALIFIES_AFTER = lazy_regex(r"的(?=[，,；;])")
_GRANTED_AFTER = lazy_regex(r"\s*(?:" + "|".join(words.PERMISSION_WORDS + (words.GIVING_VERB,)) + ")")
"""What follows a condition: a permission or a grant ("…的，可申请…", "…的，给予…")."""


_APPLICANT = lazy_regex("|".join(words.APPLICANT_NOUNS) + f"|{words.AWARD_TERM}(?![内届满])")


def eligibility(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A number in a section that lists who may apply or be recognised ("一、申报条件", "（二）申请认定的机构，必须具备
    如下条件", "二、认定标准"): a threshold an applicant must meet ("研发经费投入必须在60万以上"), not a target."""
    return any(title.rstrip("：:。 ").endswith(words.ELIGIBILITY_TITLE_ENDS) for title in ctx.section_titles_at(c.span[0]))


def applicant_terms(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A number in a clause that names applicants or an award's term ("各省推荐的申报主体分别不超过20个",
    "示范工厂有效期为3年"): a rule of a call for applications, not a target of the document."""
    start, end = ctx.seg.clause(c.span[0])
    return bool(_APPLICANT.search(ctx.text, start, end))


_AWARD_QUOTA_BEFORE = lazy_regex(r"(?:" + "|".join(words.AWARD_GRADES) + r")[\s\u3000]*(?:各|共|设)?[\s\u3000]*$")
_EACH_SENDS_BEFORE = lazy_regex(
    r"(?:每(?:个|一)?[\p{Han}]{1,3}?|各)[\s\u3000]*(?:" + "|".join(words.SELECTION_VERBS) + r")[\s\u3000]*$")
_PEOPLE = frozenset(("名", "人"))


def quota(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A prize's quota ("一等奖各2名", "设一等奖5个") and the people each unit sends to an event ("每组推荐2名教师参加",
    "两校各推荐1名骨干教师"): the rules of an event, no amount to reach. A count to send with no distributive before
    it ("选派1000名教师到农村支教") is a target and stays, and so is a count per unit with no verb of sending
    ("按每个学科2-4人组织参会": one gold counts it)."""
    before = ctx.text[max(0, c.span[0] - QUOTA_REACH): c.span[0]]
    if _AWARD_QUOTA_BEFORE.search(before):
        return True
    if c.unit not in _PEOPLE:
        return False
    return bool(_EACH_SENDS_BEFORE.search(before))


def condition(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A bound closing its clause with 的 states a condition ("转移人员1万人以上的，…", "损失500万元以上1000万元以下的；",
    "年销售收入首次达到2000万元、5000万元的，分别给予…"), and so does a bound before the number whose clause closes with
    的 ("延迟不超过6个月的，…"), or a clause opened by 若/如果 ("若申报项目不足3个，…"): who or what a rule applies to,
    not an amount to reach."""
    if _CONDITION_AFTER.match(ctx.text, c.span[1]):
        return True
    if _QUALIFIES_AFTER.match(ctx.text, c.span[1]) and _BOUND_BEFORE.search(ctx.lead(c)):
        return True
    if ctx.text.startswith(words.CONDITION_OPENERS, ctx.seg.clause(c.span[0])[0]):
        return True
    clause_end = ctx.seg.clause(c.span[0])[1]
    if ctx.text.endswith("的", 0, clause_end) and ctx.text[clause_end: clause_end + 1] in ("，", ",") \
            and _GRANTED_AFTER.match(ctx.text, clause_end + 1):
        return True  # "…达到职工人数25%并签订1年以上合同的，可申请…": a condition the grant after it applies to
    # the last amount of such a list ("…2000万元、5000万元的，")
    return bool(_QUALIFIES_AFTER.match(ctx.text, c.span[1])
                and _LISTED_BEFORE.search(ctx.text, max(0, c.span[0] - LISTED_AMOUNT_REACH), c.span[0]))


_RANK_WORD = any_word(words.RANK_WORDS)


def rank(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """Places in a ranking: "进入全省前三名", "力争排名前10位", "位次前移3位" (and 第N位, which is never a quantity);
    a top share ("能效达到行业前10%的水平"); a grade or class ("一级", "3级标准") unless a change word moves it; a size
    class by magnitude ("1000亿级企业")."""
    before = ctx.text[max(0, c.span[0] - RANK_WORD_REACH): c.span[0]]
    if c.unit == "%":
        return before.endswith("前") and not before.endswith("提前")
    if c.unit in words.GRADE_UNITS:
        return _grade(c, ctx)
    if c.unit[:1] in "万亿千百兆" and c.unit.lstrip("万亿千百兆") in words.GRADE_UNITS:
        return True  # "1000亿级企业培育计划", "百亿级": a size class named by its magnitude
    if c.unit not in words.RANK_UNITS:
        return False
    if before[-1:] in ("前", "第"):
        return True
    return bool(_RANK_WORD.search(ctx.text, ctx.seg.clause(c.span[0])[0], c.span[0]))


_GRADE_LEAD = lazy_regex("(?:" + "|".join(words.GRADE_CONTEXT) + r")$|\d\s*级[^，,。；;]*$")
_GRADE_AFTER = lazy_regex(r"(?:[(（][^)）]{0,8}[)）])?(?:" + "|".join(words.GRADE_CONTEXT) + ")")


def _grade(c: Candidate, ctx: Context) -> bool:
    """A grade of a scale ("能效标准1级", "1级、2级", "3级响应"), not a count of levels ("建成9级晋升阶梯")."""
    lead = ctx.lead(c)
    return bool(_GRADE_LEAD.search(lead) or _GRADE_AFTER.match(ctx.text, c.span[1] + GRADE_CONTEXT_SKIP))


def provision(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A decimal number of the text's own outline before 款/条/节 ("按本预案2.3款规定开展工作"): a provision it
    refers to, not an amount."""
    return c.unit in words.PROVISION_UNITS and "." in c.text and c.value_max is None


_FORMULA_BEFORE = lazy_regex(r"[*×÷/=＝]\s*$")


def formula(c: Candidate, ctx: Context, kept: KeptTargets) -> bool:
    """A number inside a formula ("覆盖率=签约人数/常住人口数×100%") defines, it commits to nothing."""
    return bool(_FORMULA_BEFORE.search(ctx.text, max(0, c.span[0] - FORMULA_REACH), c.span[0]))
