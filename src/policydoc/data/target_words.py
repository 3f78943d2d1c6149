"""Words that make a number a target, bind it, or rule it out.

Sources: the comparator conventions of the gold annotation notes
(``shared/gold/NOTES.md``: 达到/不低于/不少于/至少/以上/提高到/扩大到 -> ">=", 超过 -> ">",
控制在…以内 -> "<=", 左右 -> "~", changes -> increase/decrease), and the verbs
of planned work that recur in 《国家教育事业发展“十四五”规划》-style documents
(建设, 新建, 培育, 选派 …). Each group is a tuple of literal words, tried in the
order given (longer and more specific words first).

Each word is listed once, in the group of its concept; a list that holds the words of another group is built from
it (``COMMITMENT_WORDS`` from ``BOUND_WORDS`` and ``RESOLVE_WORDS``, ``LEVEL_DIRECTIONS`` from ``RAISED_TO`` and
``LOWERED_TO`` …), so that the groups cannot drift apart.

Groups:

- ``RESOLVE_WORDS``: 力争, 确保 — a plan's resolve before what it commits to.
- ``RAISED_TO`` / ``LOWERED_TO``: level words that give a direction ("提高到95%", "降至10%").
- ``BEFORE_COMPARATORS``: (word, comparator) that stand before the number,
  possibly a few characters away ("至少配备1名", "达到在校生规模的2倍").
- ``CHANGE_WORDS``: (word, direction) that must stand directly before the
  number (allowing 每年/累计/年均), because "提高" before a noun phrase is about
  quality, not amount ("提高10个基地的装备水平" is "="). SPEC: a bound wins over
  the change word ("增长5%以上" ">="); with no bound the direction is the comparator.
- ``LEVEL_DIRECTIONS``: level words ("提高到", "降至") with the direction they give.
  A change word opening the clause binds the number that ends it, over any distance, when no
  comparator stands between ("新增危险废物利用处置能力5万吨/年").
- ``AFTER_BOUNDS`` / ``AFTER_COMPARATORS``: (word, comparator) right after the number and unit: the bounds
  (以上, 以下, 以内), and with 左右 all the words.
- ``BEFORE_WORDS``, ``LONG_BEFORE_WORDS``, ``CHANGE_VERBS``, ``BINDING_WORDS``, ``AFTER_WORDS``: the words alone of
  the groups above, in their order.
- ``FROM_TO``: the "由/从 A 提高到 B" construction; A is not a target, B is "=".
- ``PLAN_VERBS``: verbs of planned work; one in the clause makes a number a
  target candidate.
- ``DIRECT_VERBS``: verbs that may stand directly before a Chinese numeral
  target ("举办一届"); Chinese numerals elsewhere are mostly names or ranks.
- ``FREQUENCY_UNITS``: counters of events; after 每X (每月/每学期) a schedule target.
- ``HISTORY_WORDS``: aspect markers of past achievements (已, 累计, V了) and
  report verbs (not 取得/成功, which plans use for hoped-for results: "力争取得突破";
  not verbs of routine work such as 排查/公示, which plans schedule: "每年排查不少于2次").
- ``CUMULATIVE_WORDS``: totals, past unless the current period, a recurrence (每年,
  每5年) or a deadline frames them.
- ``LE_NOT_ASPECT``: words whose 了 is not the perfective marker.
- ``HISTORY_TITLES``: section titles whose body reports the past or the present state
  (发展基础, "十三五"时期主要成就, 实施进展/完成情况, 存在的主要问题); read as regex pieces.
- ``REPORT_PART_TITLES`` / ``PLAN_PART_TITLES``: the parts of a report that ends with its plan
  ("一、2022年工作完成情况 二、主要做法 三、存在的问题 四、2023年工作打算"): report parts before the
  first plan part, and parts titled with an earlier year than it, state results, not targets.
- ``PAST_PERIOD_OPENERS``: what follows an earlier five-year period when it opens its
  clause as the time of what follows ("“十三五”期间，…", "“十三五”以来，…").
- ``CLAUSE_TIME_PREFIX``: words that may stand before a year stated as the time of a
  clause ("在2023年，", "截至2023年底，").
- ``BASELINE_BEFORE`` / ``BASELINE_AFTER``: a year between these is a comparison base
  ("比2020年", "较2020年", "在2023年基础上", "与2020年相比"), never a deadline, always past.
- ``PENALTY_WORDS``: sanctions of regulations; amounts of fines are not targets
  ("处二千元以上一万元以下罚款").
- ``VAGUE_ONE``: counters that after 一 make a qualitative phrase, not an amount
  ("打造一支…队伍", "一批", "一种").
- ``FUTURE_WORDS``: markers that keep a clause forward-looking despite them.
- ``ZERO_TARGETS``: "零X" commitments (= 0, unit ""); not 零容忍, which is a stance.
- ``NOT_CHANGE_WORDS``: construction verbs that hold a change word (改造提升): no change.
- ``RATE_NOUNS``: a quantity right before one is part of the indicator's name ("500米覆盖率").
- ``EVENT_BEFORE_WORDS``: events a time limit counts back from ("期满前3个月").
- ``COMMITMENT_WORDS``: a past year's sentence holding one states targets, not results.
- ``SHARE_OPENERS``: "按照查实金额的百分之二": a share of a named whole taken 按照 it is a rate ("=").
- ``BARE_VALUE_ENDS`` / ``BARE_VALUE_COMPARATORS``: indicators measured by a bare number (系数, 指数,
  死亡率 …); such a number right after a comparator is a value with unit "" ("灌溉水有效利用系数提高到0.6以上").
- ``ROUND_MAGNITUDES``: a count written as a bare 百/千/万 ("千场", "万名") is a round figure: "~";
  ``GOVERNED_MAGNITUDES`` (千, 万) are targets where a plan verb governs them.
- ``OCCASION_WORDS``: an occasion after a number of years ("…20年主题活动") makes it an anniversary.
- ``YEAR_ROLES``: what a report calls the year it plans for ("开局之年", "…的第一年"): "N年是…" names it.
- ``PLAN_YEAR_WORDS``: a document title naming a year with one of these (or a line "2024年…主要预期目标是：")
  is about that year; what earlier years opening a paragraph report is history.
- ``RANK_UNITS`` / ``RANK_WORDS``: places in a ranking ("排名第5位", "进入全省前三名", "位次前移3位") are no targets.
- ``TASK_COLUMN_HEADERS`` / ``TIME_COLUMN_HEADERS``: the task and deadline columns of a task table.
- ``LEVEL_DIRECTIONS``: level words with the direction they give (提高到 increase).
- ``PAST_TIME_WORDS``, ``FORECAST_WORDS``, ``PERMISSION_WORDS``: statements that commit to nothing.
- ``COUNT_CLASSIFIERS`` / ``ATTRIBUTE_NOUNS``, ``GRADE_UNITS`` / ``GRADE_CONTEXT``: categories, classes and grades.
- ``NOT_PLAN_YEAR_WORDS``, ``PERIOD_PLAN_WORDS``, ``PLANNED_TABLE_WORDS``: titles and headers that date or plan.
- ``INDICATOR_VERBS``, ``SHARE_VERBS``, ``EVENT_VERBS``, ``FUNDING_VERBS`` / ``PURPOSE_VERBS``,
  ``CURRENCY_WORDS``, ``GENERIC_MEASURES`` / ``TOPIC_OPENERS``: what indicator names keep, drop or borrow.
Each group's own docstring says more.
"""

from __future__ import annotations

PHASE_LABELS: tuple[str, ...] = ("第一步", "第二步", "第三步", "第四步", "第一阶段", "第二阶段", "第三阶段", "第四阶段",
                                 "近期", "中期", "远期")
"""The label of a stage of a plan, opening the line that states its deadline ("第一步，到2020年…", "近期：到2025年…")."""
ROUND_MAGNITUDES: tuple[str, ...] = ("百", "千", "万")
"""A count written as a bare magnitude ("千场惠民活动", "带动万名青年", "千座公园"): a round figure, approximate ("~")."""
GOVERNED_MAGNITUDES: tuple[str, ...] = ("千", "万")
"""Bare magnitudes that a plan verb makes a target ("带动万名青年", "开展…等千场惠民活动"); a bare 百 after one is more
often a programme's name ("培育百家…企业", "引进百名…企业家")."""
OCCASION_WORDS: tuple[str, ...] = ("主题活动", "纪念活动", "纪念大会", "庆祝活动", "庆祝大会", "之际", "庆典")
"""An occasion right after a number of years ("某某建设20年主题活动", "建院50年之际"): an anniversary, no duration."""
CONDITION_OPENERS: tuple[str, ...] = ("若", "如果", "假如", "倘若", "一旦", "凡是", "凡")
"""A clause opened by one of these states a condition ("若申报项目不足3个，…"): its numbers say when a rule applies."""
FOUNDING_VERBS: tuple[str, ...] = ("建立", "成立", "设立", "创立", "创建", "建市", "建区", "建省", "建校", "建院", "开埠")
"""A number of years right after one of these ("特区建立40年的经验", "建市40周年") is an age, no duration to reach."""
YEAR_ROLES: tuple[str, ...] = ("之年", "第一年", "开局年", "起步年", "收官年", "关键年", "攻坚年")
"""What a report calls the year it plans for ("2026年是“十五五”开局之年", "2021年是实施“十四五”规划的第一年"): the
sentence names that year."""
YEAR_WORK_WORDS: tuple[str, ...] = ("工作的重点", "工作重点", "工作的总体要求", "工作总体要求", "工作的主要任务", "工作总体部署")
"""What a section's opening says the year's work is ("1992年经济工作的重点，是…", "2009年政府工作的总体要求是"): the
section sets that year's work, and its "今年" is that year."""
RESOLVE_WORDS: tuple[str, ...] = ("力争", "确保")
"""A plan's resolve before what it commits to ("力争达到50%", "确保零事故"): a forward word, a scope word that may
open a clause, a commitment word, a modal before a bare value — the lists of those concepts hold these two."""
RAISED_TO: tuple[str, ...] = (
    "提高到", "提高至", "提升到", "提升至", "扩大到", "扩大至", "增加到", "增加至", "增至", "上升到", "上升为", "提高为",
)
"""Level words that raise: "提高到95%" is the level 95%, reached by an increase."""
LOWERED_TO: tuple[str, ...] = (
    "降低到", "降至", "降到", "降低至", "下降到", "下降至", "减少到", "减少至", "减至", "压缩到", "压缩至", "缩短到",
    "缩短至", "缩小到", "缩小至", "下降为", "降为",
)
"""Level words that lower: "降至10%" is the level 10%, reached by a decrease."""
NEGATED_BOUNDS: tuple[tuple[str, str], ...] = (
    ("低于", ">="), ("少于", ">="), ("小于", ">="), ("超过", "<="), ("高于", "<="), ("多于", "<="), ("大于", "<="),
    ("突破", "<="),
)
"""A bound word negated ("不低于" is ">="), with a modal between (see ``NEGATING_MODALS``)."""
NEGATING_MODALS: tuple[str, ...] = ("得", "应当", "应", "能", "宜", "可", "准", "要", "需")
"""Modals between 不 and a bound ("不应少于20公里", "不宜超过10%", "不能低于95%"): still a bound, negated."""
BEFORE_COMPARATORS: tuple[tuple[str, str], ...] = (
    *((f"不{m}{w}", cmp) for m in NEGATING_MODALS for w, cmp in NEGATED_BOUNDS),
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("至少", ">="), ("达到", "="),
    *((w, "=") for w in RAISED_TO),
    ("保持在", "="), ("稳定在", "="), ("恢复到", "="), ("恢复至", "="), ("达", "="),
    ("不超过", "<="), ("不高于", "<="), ("不多于", "<="), ("不大于", "<="), ("控制在", "<="),
    *((w, "=") for w in LOWERED_TO),
    ("突破", ">"), ("超过", ">"), ("超", ">"), ("高于", ">"), ("多于", ">"), ("大于", ">"), ("低于", "<"), ("少于", "<"),
    ("小于", "<"),
    ("约", "~"), ("近", "~"),
)
"""A word whose comparator is "=" states a level ("达到95%", "提高到95%", "降至10%"): a bound word
after the number wins over it ("达到95%以上" is ">="); the others are bounds themselves. The first word of the
order that binds wins: a longer word stands before a word it holds that gives another comparator (不低于 before
低于)."""
LEVEL_DIRECTIONS: tuple[tuple[str, str], ...] = (
    *((w, "increase") for w in RAISED_TO), *((w, "decrease") for w in LOWERED_TO),
)
"""Level words that give a direction too: "提高到95%" is "=" with change "increase"."""
CHANGE_WORDS: tuple[tuple[str, str], ...] = (
    ("新增", "="), ("增加", "increase"), ("增长", "increase"), ("提高", "increase"),
    ("提升", "increase"), ("扩大", "increase"), ("降低", "decrease"), ("减少", "decrease"),
    ("下降", "decrease"), ("压缩", "decrease"), ("压减", "decrease"), ("减量", "decrease"), ("缩减", "decrease"),
    ("成长", "increase"),
    ("缩短", "decrease"), ("削减", "decrease"),
)
"""A change word directly before the number: with no bound it is the comparator ("下降15%" "decrease"),
and its direction is the target's ``change`` ("增长5%以上": ">=", change "increase"). 新增 counts new
things ("新增就业3万人"): a planned amount, "=", no direction."""
CHANGE_GAP: tuple[str, ...] = ("每年", "年均", "累计", "了")
NOT_CHANGE_WORDS: tuple[str, ...] = (
    "改造提升", "提升改造", "改造提高", "提档升级", "扩大提升", "新建和提升", "建设和提升", "新建和改造提升",
)
"""Compound construction verbs holding a change word: "改造提升城区主干道35公里" plans 35 公里 of work ("="),
it does not raise anything by 35 公里."""
SCOPE_OPENERS: tuple[str, ...] = ("全市", "全省", "全县", "全区", "全年", "每年", "年均", "累计", *RESOLVE_WORDS)
"""Scope and modal words that may open a clause before its change word ("全市新增…5家")."""
AFTER_BOUNDS: tuple[tuple[str, str], ...] = (
    ("及以上", ">="), ("以上", ">="), ("及以下", "<="), ("以下", "<="), ("以内", "<="),
)
"""Bounds right after the number and unit ("5%以上", "控制在1%以内"); a longer word before the word it holds."""
AFTER_COMPARATORS: tuple[tuple[str, str], ...] = (*AFTER_BOUNDS, ("左右", "~"))
BEFORE_WORDS: tuple[str, ...] = tuple(w for w, _ in BEFORE_COMPARATORS)
LONG_BEFORE_WORDS: tuple[str, ...] = tuple(w for w in BEFORE_WORDS if len(w) > 1)
"""Comparators of two characters or more: they bind from a few characters away, and cue a Chinese numeral (达, 超,
约, 近 alone do neither)."""
CHANGE_VERBS: tuple[str, ...] = tuple(w for w, _ in CHANGE_WORDS)
BINDING_WORDS: tuple[str, ...] = (*BEFORE_WORDS, *CHANGE_VERBS)
"""Every word that binds a number standing after it: comparators and levels first, then change words."""
AFTER_WORDS: tuple[str, ...] = tuple(w for w, _ in AFTER_COMPARATORS)
FROM_TO: tuple[str, ...] = RAISED_TO + LOWERED_TO
"""The level words of "由A提高到B", "由A下降为B" (only whether one occurs matters, not the order)."""
FROM_WORDS: tuple[str, ...] = ("由", "从")
CURRENT_LEVEL_WORDS: tuple[str, ...] = ("现行", "现有")
"""Right before a number these state the level now ("将现行16%的税率降至13%", "现有12家企业"): no target."""
STOCK_HOLDERS: tuple[str, ...] = ("我国", "全国", "全球", "世界", "我省", "全省", "我市", "全市", "我区", "全区", "我县", "全县")
"""A sentence opening "<one of these>有N…" ("全省有30万在校学生，要…") states what there is now, the ground of a
task: no target."""
COMPARED_WORDS: tuple[str, ...] = ("比", "较", "同")
"""Words before the time of a level compared with ("比1995年的12.98亿吨增加1亿吨", "较上年的"): a base, not a target."""
COMPARED_FIGURES: tuple[str, ...] = ("预算数", "决算数", "实际数", "执行数", "同期")
"""What the compared level may be called after its year ("较上年度预算数9,430亿元"): the base figure of that year."""
GRANT_NOUNS: tuple[str, ...] = ("奖补", "补贴", "补助", "奖励", "贴息", "资助", "扶持", "支持")
"""What a policy grants after a grant verb ("按投资额的20%给予一次性奖补"): the rate or amount in that clause is a
term of the grant, not a target."""
INSTRUCTION_UNITS: tuple[str, ...] = ("课时", "学时")
"""Hours of instruction: bounded before a noun ("不少于5课时的法治教育培训") they measure the training, no category."""
OF_NOUN_NOT_CATEGORY: tuple[str, ...] = ("目标", "水平", "规模", "标准", "要求", "幅度", "增长", "增速")
"""After "不低于X的" these make X the level aimed at ("不低于5%的增长"), not a class of things."""
GIVING_VERB = "给予"
"""The verb of granting: a number after it in its clause is what is granted ("给予不超过投资额5%")."""
GRANT_VERBS: tuple[str, ...] = (GIVING_VERB, "予以", "提供", "申请", "享受")
"""Verbs before a grant noun: a policy gives it, or a recipient applies for or enjoys it."""
GRANT_KINDS: tuple[str, ...] = ("奖补", "补贴", "补助", "奖励", "资助")
"""Grants whose size a clause may bound (see ``GRANT_MEASURES``)."""
FINANCE_TERMS: tuple[str, ...] = (
    "利率", "首付款比例", "首付比例", "贷款额度", "贷款最高额度", "借款金额", "借款额度", "提取额度", "贷款期限",
)
"""The terms of a loan, a fund withdrawal or a tax that a policy sets ("公积金贷款利率调整为2.85%", "最低首付款比例
不低于15%", "借款金额不得超过30万元"): a number in their clause is a term, not a target."""
GRANT_RATE_WORDS: tuple[str, ...] = ("按照", "按")
"""Before the rate of a grant whose kind follows it in the clause ("按投入的30%予以资助", "按新增财力的50%奖补给企业")."""
PER_GRANT_WORDS: tuple[str, ...] = ("最高", "一次性", "单个", "单项", "每家", "每个", "每项")
"""Words that make a sum after a grant word what one recipient is paid ("最高资助100万元"), not a total."""
GRANT_CHANGE_WORDS: tuple[str, ...] = ("标准", "提高", "增加", "提升", "上调", "达到")
"""Between a grant word and an amount these make the amount a level of the grant to reach ("补助标准提高50元": a
target), not the sum a grant pays."""
GRANT_MEASURES: tuple[str, ...] = ("金额", "额度", "比例", "额")
"""What of a grant a clause may bound ("单个项目补助金额不超过500万元", "年补贴额最高30万元"); not its 标准, which
a plan may raise ("低保补助标准提高50元" is a target)."""
PLAN_VERBS: tuple[str, ...] = (
    "改扩建", "改建", "改造", "新建", "推出", "建设", "建成", "建立", "组建", "创建", "打造", "培育", "培养", "选树",
    "遴选", "评选", "命名", "选派", "选拔", "组织", "招生", "招收", "录取", "安排", "投入",
    "完成", "投产", "达产", "竣工", "配备", "支持", "资助", "举办", "申报", "搭建", "设立", "开设", "培训", "招聘",
    "补充", "覆盖", "实现", "保持", "控制", *RESOLVE_WORDS, "计划", "用于", "加强", "提升",
    "提高", "新增", "增加", "增长", "降低", "减少", "达到", "达成", "扩大", "重点", "落实", "推动",
    "掌握", "保证", "配齐", "举行", "开展", "引进", "扶持", "认定", "达标", "办好", "实施", "按照",
    "淘汰", "关停", "关闭", "退出", "压减", "削减", "化解", "整合", "转移", "治理", "汰换", "更新", "加装",
    "编列", "筹编", "增聘", "创造", "带动", "吸引", "发行", "安置", "供应", "筹措", "发放", "发布",
    "引育", "争创", "匡列", "提拨", "启动",
    # funding and building words of a Hong Kong address ("撥款五億元", "注資一億元", "興建二萬個單位")
    "拨款", "拨出", "拨备", "注资", "兴建", "增设", "开办", "投放",
)
"""Verbs of planned work, reductions (淘汰/关停/压减 capacity) and budgeting (编列 an amount) included."""
INDICATOR_VERBS: frozenset[str] = frozenset({
    "新增", "新建", "改建", "改扩建", "扩建", "建成", "建设", "改造", "培育", "打造", "创建", "组建", "淘汰", "关停", "关闭",
    "退出", "压减", "削减", "化解", "整合", "转移", "汰换", "加装", "选派", "培训", "招聘", "引进", "遴选", "评选", "认定",
    "设立", "开设", "举办", "新开工", "开工", "完成",
})
"""Verbs that are part of what is counted: "新建绿道300公里" measures 新建绿道 (built greenways), "关停退出低效机组"
the units shut down; an indicator keeps them (modal and framing verbs - 力争, 确保, 推动, 实现 - go)."""
SHARE_VERBS: tuple[str, ...] = (
    "完成", "配备", "开展", "实现", "设置", "建立", "达到", "通过", "纳入", "接入", "使用", "实施", "落实", "参与", "参加",
    "接受", "具备", "拥有", "享受", "开放", "提供", "建成", "推行", "执行", "应用", "采用", "安装", "取得", "获得",
    "要", "应当", "应", "须", "必须", "将", "均", "全部",
)
"""Words that start what a share of things does ("80%以上的机构要配备…", "60%的企业完成改造"): the things are
the words before it."""
DIRECT_VERBS: tuple[str, ...] = (
    "举办", "举行", "建设", "新建", "建成", "培育", "打造", "配备", "选派", "开设", "设立",
    "组建", "召开", "开展", "进行", "评比", "检查",
)
CURRENCY_UNIT = "元"
"""The unit an amount of money ends in (元, 万元, 亿元)."""
BUDGET_VERBS: tuple[str, ...] = ("编列", "筹编", "拨款", "拨出", "拨备", "注资")
"""Budgeting verbs: they cue a Chinese-numeral amount of money right after them ("编列五百亿元"), not a count or a
span ("编列三年滚动预算")."""
EVENT_VERBS: tuple[str, ...] = ("组织", "开展", "进行", "举办", "举行", "召开", "实施", "安排")
"""Verbs that only hold an event ("每年组织1次应急演练"): the event after the count names what is counted; any
other action before a count ("每月上门走访1次独居老人") is part of it."""
FREQUENCY_UNITS: frozenset[str] = frozenset({"次", "场", "场次", "届", "轮"})
"""Counters of events: with 每月/每学期/每年 before them the number is a schedule, a target
("每月召开1次例会", "每学期开展一次演练")."""
HISTORY_WORDS: tuple[str, ...] = (
    "已经", "已", "先后", "以来", "被评为", "被确定为", "荣获", "圆满",
    "实现了", "达到了", "完成了", "建成了", "新增了", "超进度完成", "提前完成", "提前实现",
    # a status as of now ("截至目前，全市共有…", a report's "截至本期计完成…")
    "截至目前", "截止目前", "截至本期", "截止本期",
)
REVIEW_OPENERS: tuple[str, ...] = (
    "一年来", "五年来", "过去一年", "过去的一年", "过去五年", "刚刚过去的一年", "刚刚过去的五年", "刚过去的一年",
)
"""A top-level part whose body opens with one of these (after "2025年是…之年。") reviews the past whole."""
PAST_TIME_WORDS: tuple[str, ...] = ("去年", "前年", "过去一年", "过去的一年", "过去五年", "过去5年")
"""Times before the document's own year: a statement set in one reports ("去年，全省出口增长5%"); after 比/较/与
it is a comparison base ("比去年增长5%") and says nothing of the tense. Not 上年度, which mostly names the base
of a share ("不超过上年度收入的10%")."""
QUOTED_PLAN_VERBS: tuple[str, ...] = ("建成", "建设", "新建", "建立", "创建", "打造", "培育", "推出", "设立", "开设", "组建")
"""Verbs of building that may govern a quoted count of what is planned ("建成“50个社区书房”")."""
CUMULATIVE_WORDS: tuple[str, ...] = ("累计", "共计")
"""Totals: past in a report ("累计培训教师5000人"), planned over a period or per period in a plan
("“十四五”期间累计培育2000人", "每5年累计实践不少于6个月")."""
LE_NOT_ASPECT: tuple[str, ...] = ("为了", "除了", "了解", "了然", "不了", "了结")
"""Words holding 了 that is no perfective aspect marker ("为了加快…", "了解学生…")."""
NOT_PAST_ATTRIBUTES: tuple[str, ...] = (
    "已建(?![成设立好])", "(?<=[个所家座处条批和及与、对在])已建成(?=[^投运使并了，。；,;\\s])",
    "(?<=完成|整治|整改|改造|处置|清理|化解|消除)已\\p{Han}{1,4}?的",
)
"""Patterns of a history word used as an attribute ("已建污水处理厂提标": the plants there are; "改造5000个已建成自然村
的设施", "老城区和已建成居住区无设施的": the villages counted, the districts listed are built ones; not "8项已达到…", "5个已建成投产"; "完成已排查出的…隐患点整治": the
things a task handles are ones found already), no report."""
GOAL_PART_WORDS: tuple[str, ...] = ("目标", "任务", "展望")
"""A part whose title holds one of these sets goals: the results its sub-parts' titles name are aimed at
("今后五年的目标任务" then "（三）科技创新取得显著成效")."""
AIMED_BEFORE = "(?<!新|更大|更好|更多|更高)"
"""Before 成效/成就/成绩: an aim ("取得新成效", "取得更大成效"), not a review of results."""
HISTORY_TITLES: tuple[str, ...] = (
    AIMED_BEFORE + "成就", AIMED_BEFORE + "成绩", AIMED_BEFORE + "成效", "回顾", "总结", "现状",
    # not the object of a verb that builds it or builds on it, even across a modifier ("夯实产业发展基础",
    # "立足本地深厚产业基础": a task's run-in title glued to its first sentence)
    r"(?<!(?:夯实|筑牢|打牢|打好|奠定|厚植|巩固|强化|立足|依托|基于)\p{Han}{0,10})(?:发展|现实|工作|良好)?基础(?:$|与|和)",
    "存在的(?:主要)?问题", "面临的?(?:形势|挑战)", "机遇[和与]挑战", "形势$", "^(?:发展|规划)环境$",
    # a Taiwanese report's review of its record ("贰、施政绩效检讨")
    "绩效检讨",
    # a report's part on the years behind it ("二、过去五年的工作", "一、过去一年的工作", "一、关于过去五年的政府工作")
    r"^(?:关于)?过去\p{Han}{0,3}年",
)
REPORT_TITLES: tuple[str, ...] = ("进展", "情况", "完成", "执行")
REPORT_PART_TITLES: tuple[str, ...] = (
    "完成情况", "工作情况", "进展情况", "执行情况", "落实情况", "做法", "经验", AIMED_BEFORE + "成效", AIMED_BEFORE + "成绩", "总结", "回顾",
    "存在的", "存在问题", "主要问题", "不足", "成果$", "^已(?:实施|完成|办理)",
)
BUDGET_BILL_WORDS: tuple[str, ...] = ("预算案", "预算草案")
"""A budget bill named after its fiscal year in a document's opening ("95年度中央政府总预算案"): its year is planned."""
SECONDARY_BUDGET_WORDS: tuple[str, ...] = ("追加", "追减", "特别")
"""A budget bill so named supplements the general one a report presents beside it ("92年度第二次追加预算案"): the
general bill's year is the one planned."""
NOT_PLAN_ITSELF: tuple[str, ...] = ("规划", "计划", "编制", "前期", "研究", "评估", "实施", "中期", "总结", "报告")
"""Between a five-year period and the plan word closing a title, these make the document about the plan (preparing,
assessing or reporting on it: "“十四五”规划编制工作计划"), not the plan itself."""
NOT_BUDGET_BILL_GAP: tuple[str, ...] = ("执行", "决算", "年")
"""Between a year and a budget bill word, these make the year another part's ("2023年预算执行情况和2024年预算草案")."""
LEGISLATIVE_REPORTS: tuple[str, ...] = ("施政报告", "覆议案报告", "预算案报告", "专案报告", "业务报告")
"""Reports of a Taiwanese executive to its legislature ("行政院施政报告", often a running header): they tell what was
done and what is under way at length, and commit only where they say so."""
REPORT_FORWARD_CUES: tuple[str, ...] = (
    "将", "预计", "预定", "预期", "拟", "规划", "目标", "期于", "期能", "力争", "未来", "今后",
    "编列", "筹编", "预算", "经费", "今年", "明年", "要", "年起", "年度起",
    # a Hong Kong policy address speaks of what the government will do with 会 before a verb ("政府会投入…") and of
    # 来年; 会 alone ends too many names (经发会, 院会, 委员会) to be a cue
    *("会" + verb for verb in (
        "继续", "提供", "投入", "加强", "推出", "增加", "设立", "拨款", "拨出", "研究", "推行", "进行", "检讨", "考虑",
        "成立", "推动", "兴建", "提高", "扩大", "资助", "开展", "制定", "落实", "尽快", "积极", "全面", "大力", "逐步",
        "增设", "增拨", "预留", "额外", "再", "向", "在", "把", "为", "与", "对",
    )),
    *(who + "会" for who in ("亦", "也", "将", "还", "更", "我", "们", "府", "局", "署")),
    "来年", "下一个", "下一年", "下年度",
)
"""Words that make a sentence of such a report speak of what is to come or is funded now."""
YEAR_ON_YEAR_WORDS: tuple[str, ...] = ("同比", "较去年同期", "比去年同期", "较上年同期", "比上年同期", "较去年同月", "比去年同月")
"""Words comparing with the same period of last year: a change so stated reports a result to date."""
REPORTING_PHRASES: tuple[str, ...] = ("报告如下", "报告于后", "报告于次")
"""A sentence presenting a report ("兹将98年7月至12月之重要施政…择要报告如下"): the period it names is past."""
NOT_REPORTED_WORDS: tuple[str, ...] = ("计划", "规划", "打算", "安排", "预算", "目标", "任务", "预期", "展望", "草案")
"""In a sentence presenting a report, these make the period it names one planned for ("2024年预算草案报告如下")."""
NOT_REPORT_CUES: tuple[str, ...] = (
    "重要", "主要", "要求", "需要", "必要", "要点", "纲要", "摘要", "要素", "要件", "首要", "扼要", "兹将", "即将",
)
"""Words holding a cue of ``REPORT_FORWARD_CUES`` that say nothing of what is to come ("重要施政", "要求提升…",
"兹将…报告如下")."""
ATTACHED_PLAN_WORDS: tuple[str, ...] = ("实事", "目标", "任务", "计划", "要点", "安排", "重点工作", "清单")
"""Words by which an attached document's title dated with one year ("2025年12件民生实事", "2026年重点项目清单")
says it plans for that year; a form ("…评核表") or a schedule made on a date plans nothing."""
FORECAST_TITLES: tuple[str, ...] = ("需求分析", "需求预测", "需求测算", "负荷预测", "预测分析")
GOAL_RECKONING_TITLES: tuple[str, ...] = ("指标测算说明", "目标测算说明", "指标测算依据", "目标测算依据")
"""An unnumbered part after a report explaining how its goals were reckoned ("2015年主要指标测算说明"): forecasts."""
"""Section titles of a forecast of demand ("用电需求分析"): what it expects is no commitment."""
REVIEW_LINE_WORDS: tuple[str, ...] = ("回顾", "总结", "完成情况", "工作情况", "执行情况", "落实情况")
"""A line standing alone that names a past time and one of these ("2024年工作回顾") heads a report's review part."""
PLAN_PART_TITLES: tuple[str, ...] = (
    "打算", "下一步", "下步", "今后", "计划", "安排", "思路", "要点", "重点工作", "主要任务", "目标任务",
)
PAST_PERIOD_OPENERS: tuple[str, ...] = ("期间", "以来", "时期", "末", "，", ",")
CLAUSE_TIME_PREFIX: tuple[str, ...] = ("截至", "截止到", "截止", "在", "于")
BASELINE_BEFORE: tuple[str, ...] = ("比", "较", "与", "同", "相比", "相较", "按", "基准年(", "基准年（", "基准年为", "基期(", "基期（")
BASELINE_AFTER: tuple[str, ...] = (
    "基础上", "相比", "相较", "的基础", "水平上", "同期", "同比", "价格", "不变价", "可比价", "(基准年)", "（基准年）", "为基准年",
)
FROM_BASE_AFTER: tuple[str, ...] = ("的",)
"""A year between a from-word (``FROM_WORDS``) and these is the year of a from-value ("由1985年的23.9%下降为21%"):
a base, not the deadline."""
PENALTY_WORDS: tuple[str, ...] = ("罚款", "罚金", "没收", "违法所得", "赔偿")
VAGUE_ONE: frozenset[str] = frozenset({"支", "批", "种", "类", "片", "套", "条", "部", "门", "个", "场"})
SECOND_TIME = "二次"
"""二次 before a noun or verb is "secondary", no count of two ("二次开发", "二次供水", "二次招商"): two times is 两次."""
FUTURE_WORDS: tuple[str, ...] = (
    "年内", "年底前", "年前", *RESOLVE_WORDS, "将", "计划", "预计", "今后", "未来", "到20",
    "下一步", "今年要", "明年要", "今年内",
)
PLAN_NOUN_BEFORE: tuple[str, ...] = ("建设", "行动", "发展", "工作", "专项", "年度", "实施")
"""Words that make a following 计划 the name of a programme ("公共建设计划预算执行率"), no future."""
PLAN_NOUN_AFTER: tuple[str, ...] = ("执行", "预算", "项目", "草案")
"""Words that make a preceding 计划 a noun ("计划执行率达92%"), no future."""
"""Markers that keep a clause forward-looking (any one of them is looked for: their order does not matter)."""
INDICATOR_TAIL_WORDS: tuple[str, ...] = (
    "稳定在", "保持", "突破", *RESOLVE_WORDS, "努力", "一般", "分别", "各", "均", "要", "将", "应当在", "应在", "拟按", "拟",
    "(?<![成作定评])为",
    "按",
    "须在", "必须在", "要在", "在", "应当", "必须", "应", "须", "累计", "每年", "年均", "的",
)
"""Modal, scope and per-period words between an indicator and its number; they close no indicator
("在园幼儿比力争达到50%" -> "在园幼儿比", "规模稳定在2万人" -> "规模", "补助每人每月" -> "补助")."""
INDICATOR_SCOPE_OPENERS: tuple[str, ...] = (
    "全市", "全省", "全县", "全区", "全国", "其中", *RESOLVE_WORDS, "推动", "推进", "引导", "使", "每年", "均", "要", "还",
    "并", "共", "累计", "期间", "预计", "将", "政府", "我们", "本府", "本院", "本市", "本县", "本区", "本期",
    "另", "亦", "持续", "继续", "全部", "全面", "促使", "促进",
)
"""Scope and modal words that open an item before its indicator ("全县组建…", "其中…")."""
RATE_NOUNS: tuple[str, ...] = (
    "覆盖率", "达标率", "通达率", "到达率", "合格率", "占比", "比例", "比重", "覆盖面", "服务半径",
)
"""Rate nouns of an indicator name: a quantity right before one (at most ``settings.RATE_NOUN_GAP`` characters
away) qualifies the indicator ("公交站点500米覆盖率", "15分钟就医圈覆盖率"); it is no value."""
APPLICANT_NOUNS: tuple[str, ...] = (
    "申报主体", "申报单位", "申报企业", "申报项目", "申请人", "申请单位", "申请企业", "揭榜单位", "参评单位",
)
"""Who applies to a programme: the counts, limits and terms of a clause naming one ("各省推荐的申报主体不超过30个")
are the programme's rules for applicants, no target."""
AWARD_GRADES: tuple[str, ...] = ("特等奖", "一等奖", "二等奖", "三等奖", "优秀奖", "鼓励奖", "金奖", "银奖", "铜奖")
"""Grades of a prize: the count after one ("一等奖各2名", "设一等奖5个") is the prize's quota, no target."""
SELECTION_VERBS: tuple[str, ...] = ("推荐", "选派", "选拔", "报送", "派出", "抽调", "参加", "参赛")
"""Verbs of sending people to an event: with 每X/各 before them the count of people is each unit's quota ("每组推荐2名
教师参加比武", "两校各推荐1名骨干教师"), a rule of the event; without it a count to send is a target ("选派1000名教师")."""
AWARD_TERM = "有效期"
"""How long an award holds ("有效期为3年"); not "有效期内", which qualifies what is counted ("有效期内高新技术企业"), nor "有效期届满", which dates a limit."""
GROUP_CREATING_VERBS: tuple[str, ...] = (
    "建成", "打造", "培育", "新建", "组建", "创建", "设立", "推出", "支持", "扶持", "布局", "谋划",
)
""""N大X" names a set of groups the text has defined ("聚焦8大产业集群", "深化6大机制"); it is counted as a target
only where one of these verbs governs it in its clause ("重点支持10大学科群", "打造5大产业基地"). Not 实施 and 建设:
"实施5大旅游提升行动", "实施甲、乙等4大片区更新改造", "建设5大微短剧基地" name the programmes of the plan (real gold:
none of four counted)."""
CONSOLIDATING_VERBS: tuple[str, ...] = ("巩固", "巩固好", "巩固住")
"""Right before a number these keep what exists ("巩固12万公里农村公路建设成果"): its amount is a past result."""
ISSUING_VERBS: tuple[str, ...] = ("印发", "转发", "发布", "颁布", "公布")
"""Before 《…》 these name the document a notice issues ("关于印发《…》的通知"), not one it cites."""
GOAL_SECTION_WORD = "目标"
"""A section so titled ("（三）主要目标", "发展目标") sets goals: a 累计 there totals what is planned, not what was done."""
GOAL_NOUNS: tuple[str, ...] = ("预期目标", "目标值", "目标为", "目标是")
"""A goal named in a number's own clause before it: the clause sets that goal, whatever a later clause of the
sentence says in the past tense ("城镇新增就业预期目标比去年多100万人，体现了…")."""
REACH_UNITS: tuple[str, ...] = ("分钟", "小时", "公里", "千米", "米")
"""Units of a reach in time or distance (see ``REACH_PLACE_ENDS``)."""
REACH_PLACE_ENDS: tuple[str, ...] = ("带", "走廊")
REACH_AREA_ENDS: tuple[str, ...] = ("圈",)
"""Like ``REACH_PLACE_ENDS``, and may run on into the noun after it ("15分钟健身圈服务功能"): no word opens with 圈."""
"""A reach right before a noun ending in one of these names a kind of place, not an amount to reach
("打造5分钟应急救援圈", "30公里产业带"); the number of such places built may still be a target."""
REACH_SCOPE_ENDS: tuple[str, ...] = ("半径内", "半径范围内", "范围内")
"""A reach right before these bounds where a rule holds ("10公里供热半径内不再新建热源"), no amount to reach."""
EVENT_BEFORE_WORDS: tuple[str, ...] = ("期满", "到期", "届满", "截止", "结束", "终止")
"""An event a time is counted back from: "在租期届满前2个月提交材料" is a time limit, where "前3个月"
alone is a stretch of time."""
LOWER_BOUND_AFTER: tuple[str, ...] = ("以上",)
"""A lower bound right after a total ("累计建成7000个以上"): the total is one to reach, not one reached."""
BOUND_WORDS: tuple[str, ...] = ("不得低于", "不得少于", "不得超过", "不低于", "不少于", "不超过", "不高于", "不多于")
"""Bounds of rules: a total under one ("累计结余不超过月均支出额的2倍") is a limit, not a reported total."""
COMMITMENT_WORDS: tuple[str, ...] = (
    *BOUND_WORDS, "控制在", "至少", "以内", *RESOLVE_WORDS, "左右",
)
"""Words of a commitment, not of a report: a sentence "2023年，…" holding one states that year's targets
(达到, 超过, 以上 occur in reports too: "完成投资超过10亿元")."""
TASK_COLUMN_HEADERS: tuple[str, ...] = (
    "任务", "工作任务", "重点任务", "主要任务", "具体任务", "任务内容", "工作内容", "工作措施", "具体措施", "主要措施",
)
"""Header cells of the task column of a task table (序号\t任务\t责任单位\t完成时限): its cells are read as
sentences."""
TIME_COLUMN_HEADERS: tuple[str, ...] = ("完成时限", "时限", "完成时间", "时间节点", "完成期限", "进度安排", "时间安排")
"""Header cells of the deadline column: a year there is the year of the row's targets; no year
("长期坚持", "持续推进") leaves them without one."""
ZERO_TARGETS: tuple[str, ...] = ("零事故", "零伤亡", "零死亡", "零发生", "零投诉", "(?<!趋)零增长(?![\\d０-９])", "率为零", "率保持为零")
SHARE_OPENERS: tuple[str, ...] = ("按照", "依照", "按")
"""Words that open a share of a whole ("按照查实金额的百分之二", "按上年度收入的百分之十"): the rate is "="."""
BARE_VALUE_ENDS: tuple[str, ...] = (
    "系数", "指数", "死亡率", "发生率", "发病率", "事故率", "率", "倍数", "比值", "比", "弹性", "密度", "当量", "强度", "指标值",
)
"""Ends of indicators whose value is a bare number, no unit ("万台设备故障停机率控制在0.05以内"); a rate
written with no % after its comparator is a rate per amount ("受害率控制在0.8以内")."""
BARE_VALUE_COMPARATORS: tuple[str, ...] = (
    "不得低于", "不得超过", "不低于", "不高于", "不超过", "不少于", "控制在", "保持在", "稳定在", "提高到", "提高至", "提升到",
    "提升至", "达到", "降低到", "降低至", "降到", "降至", "下降到", "下降至", "低于", "高于", "超过", "小于", "大于",
    "缩小到", "缩小至", "缩小为",
)
"""Comparators a bare value may follow; a modal (力争, 要) may stand between the indicator and them."""
PLAN_YEAR_WORDS: tuple[str, ...] = (
    "要点", "计划", "安排", "方案", "分工", "思路", "打算", "清单", "任务", "重点", "主要工作", "考评", "考核", "预案",
    "活动", "行动",
)
"""Titles of a year's work plan ("某县2025年林业工作要点", "2023年…任务分工方案", "…2024年工作计划的通知", an emergency
plan for one year's season or event: "2025年防汛应急预案"): the word stands near the end of a title naming one year; a
goal-list opener ("2025年…目标是：") counts too."""
NOT_PLAN_YEAR_WORDS: tuple[str, ...] = ("报告", "总结", "公报", "年报", "执行情况", "完成情况", "规划", "纲要", "远景")
"""Titles that report a year or plan beyond one ("2023年工作总结", "…2035年远景目标纲要"): no plan year."""
GRADE_NAMES: tuple[str, ...] = ("特别重大", "重大", "较大", "一般")
"""The four grades an emergency plan sorts incidents into (特别重大/重大/较大/一般, Ⅰ–Ⅳ级)."""
GRADED_THINGS: tuple[str, ...] = ("事件", "疫情", "事故", "灾害", "险情", "灾情", "火灾", "污染")
"""What an emergency plan grades ("较大突发动物疫情", "一般森林火灾", "重大突发环境事件")."""
GRADING_TITLE_ENDS: tuple[str, ...] = (
    "分级", "分级标准", "等级划分", "级别划分", "分级条件", "事件分级", "疫情分级",
    # the conditions that start each level of response or warning ("（一）应急响应条件", "1.Ⅱ级响应条件")
    "响应条件", "启动条件", "预警条件", "响应分级", "预警分级",
)
"""Titles of a plan's grading part ("1.3 疫情分级", "二、事件分级标准", "（一）应急响应条件"): its numbers set the
thresholds of each grade."""
CRITERIA_KINDS: tuple[str, ...] = ("准入", "诊断", "认定", "评定", "判定", "鉴定", "评分", "分级", "纳入")
"""What an attachment's criteria decide ("…准入标准", "…认定标准"): the thresholds a case must meet, no targets."""
YEAR_REPORT_TITLE_ENDS: tuple[str, ...] = (
    "年度工作报告", "工作总结", "年度报告", "年度总结", "总结报告", "工作情况报告",
    # a body's account or assessment of a year ("关于2022年度法治政府建设情况的报告", "2020年全县安全生产形势分析评估的报告")
    "情况的报告", "情况报告", "评估的报告", "评估报告", "分析报告",
)
"""How the title of a body's report on one year ends ("某局2022年度工作报告", "某办2023年工作总结"): the year is over,
and what the report tells is its results. Not a bare "某区2019年工作报告": a government's report delivered in that
year, which plans it (as a 政府工作报告 or 施政报告 does, see ``WORK_REPORT_TITLE``)."""
YEAR_REPORT_NOT: tuple[str, ...] = ("政府工作报告", "施政报告", "计划", "规划", "要点", "方案", "打算", "思路", "安排", "预算")
"""Words that make a report's title plan too ("…总结和2025年工作计划的报告") or make it a government's programme."""
WORK_REPORT_TITLE = "政府工作报告"
"""A government's work report named with one year ("2025年某省政府工作报告") is delivered early in that year and plans
it: its title year is the plan's, though 报告 otherwise makes a title a report."""
PERIOD_PLAN_WORDS: tuple[str, ...] = ("方案", "规划", "计划", "纲要", "要点", "行动", "工程", "意见")
"""Words naming a plan whose period a year range gives ("三年行动方案（2024—2026年）"): no year in it is past."""
PLANNED_TABLE_WORDS: tuple[str, ...] = ("规划", "计划", "预计", "拟", "采购", "购置", "新建", "建设")
"""Words of a table header that plans its rows ("年度 规划采购之装备及数量"): a year column over a numbered list
of things and amounts, each a planned quantity for its year."""
FUNDING_VERBS: tuple[str, ...] = ("预算编列", "编列", "筹编", "投入", "投资", "安排", "拨付", "筹措")
"""Verbs that fund: an amount after one measures the money for what it pays (see PURPOSE_VERBS)."""
CURRENCY_WORDS: tuple[str, ...] = ("新台币", "人民币", "港币", "澳门币", "美元")
"""A currency named before an amount ("编列新台币3亿元"): no part of what is measured."""
PURPOSE_VERBS: tuple[str, ...] = ("推动", "推进", "办理", "用于", "实施", "执行", "支持", "补助", "扶持", "建设", "成立")
"""Verbs that name what money is for, after the amount or in the purpose the sentence opens with (为推动…)."""
GENERIC_MEASURES: tuple[str, ...] = (
    "产值", "产能", "产量", "增加值", "营业收入", "收入", "规模", "总量", "销售额", "营业额", "投资", "投资额",
    "满意度", "知晓率", "满意率",
)
"""Measures that say nothing of whose they are ("合计产能", "年产值"): the thing before them in the sentence, or
the topic of the section, owns them."""
TOPIC_OPENERS: tuple[str, ...] = (
    "大力", "加快", "加速", "着力", "积极", "全面", "持续", "进一步", "培育", "发展", "推进", "推动", "建设", "做大做强",
    "壮大", "提升", "打造", "优化", "壮大",
)
"""Verbs and adverbs opening a section title before its topic ("大力发展生物医药产业" -> 生物医药产业)."""
BARE_VALUE_MODALS: tuple[str, ...] = (*RESOLVE_WORDS, "要", "应", "须", "将", "逐步", "进一步", "继续", "均")
COUNT_CLASSIFIERS: frozenset[str] = frozenset({
    "个", "家", "所", "项", "名", "位", "座", "条", "处", "件", "台", "辆", "艘", "套", "批", "支", "只", "头", "株", "棵",
    "户", "人", "人次", "次", "场", "场次", "届", "期", "类", "种", "张", "间", "栋", "幢", "块", "片", "部", "门", "款",
})
"""Counters of things: "10个以上机构" counts the institutions (a target where a verb plans it), where a measure
bounded before a noun ("20千瓦以下锅炉", "80万吨以上的码头") names a category."""
ATTRIBUTE_NOUNS: tuple[str, ...] = (
    "规模", "容量", "能力", "产能", "运输量", "吞吐量", "收入", "年薪", "所得", "直径", "面积", "人口", "排量", "功率",
    "吨位", "年产", "产值", "营业额", "销售额", "资产",
)
"""Attributes a count may bound to name a category ("规模50人以下的企业", "年产值500万元以上的企业")."""
INCIDENT_WORDS: tuple[str, ...] = (
    "死亡", "重伤", "轻伤", "受伤", "中毒", "失踪", "遇难", "被困", "伤亡", "放射病", "经济损失",
    # the area a flood or a disaster strikes ("受涝面积在50万亩以上": a response level's trigger)
    "受涝面积", "受灾面积", "成灾面积", "受淹面积", "淹没面积",
    # the people a threat forces out ("需搬迁转移人数在500人（含）以上": a hazard's grade)
    "搬迁转移人数", "转移人数", "疏散人数", "受威胁人数",
)
"""What an incident causes: a number of people, an amount or an area counted by one of these ("造成30人以上死亡",
"直接经济损失1000万元以上", "受涝面积在100万亩以下") grades an incident's severity (emergency plans), it commits to
nothing."""
SPANNING_VERBS: tuple[str, ...] = ("跨越", "跨", "涉及")
"""Verbs of an incident's reach over places: "跨越两个及以上区县", "涉及我市两个或两个以上区(市)" say how far an
incident spreads (the response level it calls for), no amount to reach."""
SPANNED_PLACES: tuple[str, ...] = ("区县", "区", "县", "市", "省", "乡镇", "街道", "行政区", "地区", "流域")
PLAN_VERB_NOUNS: dict[str, tuple[str, ...]] = {
    "控制": ("单元", "区", "性", "线", "室", "中心", "系统"),
}
"""Nouns that begin with a plan verb ("控制单元", "控制性详细规划"): there the verb plans nothing."""
POLICY_ITEM_NOUNS: tuple[str, ...] = ("措施", "举措", "政策", "意见", "职权", "权限")
"""What a count of 条/项/件 may name that is a set of items the policy lists ("落实20条措施", "承接下放的30项职权"):
the entries of a list, not an amount of work to reach."""
BUILT_ON_WORDS: tuple[str, ...] = ("基础上",)
"""Right after a level, the level a change builds on ("在现有120家的基础上新增30家"): the starting point."""
MEANS_NOUNS: tuple[str, ...] = ("突破口", "抓手", "切入点", "载体", "牵引", "支撑", "依托", "引领")
"""After 以…为, what the work takes as its means ("以5项重点改革为突破口"): the count names the means, no target."""
REACH_VERBS: tuple[str, ...] = (
    "达到", "达", "突破", "超过", "实现", "提高到", "提升到", "提高至", "提升至", "降到", "降至", "控制在", "稳定在", "保持在",
)
"""Right after a coming year, the verbs by which a clause reaches a level in it ("B2030年突破450亿元")."""
ASPECT_NOUNS: tuple[str, ...] = ("方面", "部分", "领域", "目标(?!\\p{Han})")
"""What a count of 个 names that is a grouping of the text's own work or goals ("以下六个方面工作", "抓好工业等17个
领域碳达峰工作") or the parts of a system it describes ("标准体系由5个部分组成"), not an amount."""
KIND_UNITS: tuple[str, ...] = ("类", "大类", "方面")
"""Counters of kinds: right before another count ("12类45件民生实事") they say how the total is grouped."""
LISTED_ITEM_NOUNS: tuple[str, ...] = ("实事",)
"""What a count of 件/项 names that is work to deliver ("办好10件民生实事"), except in the title of the list of them
("2026年5件民生实事")."""
SIZE_WORDS: tuple[str, ...] = ("日产", "年产", "日处理", "年处理", "日供", "单机", "单体", "占地")
"""A measure right after one of these and before the noun it sizes ("日产4500吨熟料生产线", "单机10兆瓦风机",
"占地30公顷的某某科技园") says what kind of plant or site is meant, not an amount to reach."""
AREA_UNITS: tuple[str, ...] = ("平方公里", "平方千米", "平方米", "公顷", "亩")
"""Units of a site's area, without their multiplier: an area opening its clause before the place it sizes
("8平方公里的中心区将按…规划", "50平方公里土地上，…") describes the place, not an amount to reach."""
PLACE_AFTER: tuple[str, ...] = ("上", "内", "范围内", "之内")
"""Locatives after an area and its noun ("156平方公里土地上"): the place where the clause's action happens."""
WORKS_NOUNS: tuple[str, ...] = ("项目", "工程", "生产线", "装置", "机组", "电站", "热电厂", "电厂")
"""What a capacity written right before it sizes ("建成某某40万千瓦热电项目", "开工建设某化60万吨乙烯改造项目"): the
name of one plant or project, not an amount to reach."""
WORKS_AMOUNT_AFTER: tuple[str, ...] = ("以上", "以下", "以内", "左右", "及以", "至", "到", "多", "余")
"""Right after a capacity, a bound or an approximation makes it an amount ("100万千瓦以上的项目"), not a size."""
CAPACITY_UNITS: tuple[str, ...] = ("吨", "瓦", "瓦时", "伏安", "立方米", "标准立方米", "标方")
"""Units of a plant's capacity, without their multiplier (万吨, 万千瓦, 兆瓦, 千伏安, 亿立方米)."""
AMOUNT_VERBS: tuple[str, ...] = ("完成", "建成", "新建", "建设", "铺设", "新增", "实施", "改造")
"""Verbs right before a bounded measure that make it the amount of work ("完成300公里以上管网铺设"), not a class of
thing ("淘汰10蒸吨以下锅炉")."""
CAP_WORDS: tuple[str, ...] = ("最高", "最多", "仅需", "仅要", "仅为", "仅")
PER_RECIPIENT: tuple[str, ...] = ("单户", "每户", "单个企业", "单家企业", "每家企业", "单个项目", "每个项目", "单个主体")
"""What a benefit is counted per: an amount of money bounded after one ("单户补贴不超过50万元") is a grant's cap."""
"""Words right before a value that make it the cap of a benefit or a price ("最高3500万元的融资保证",
"年费率仅要0.1%"): what one may get or pay under a rule, not an amount to reach."""
PACE_VERBS: tuple[str, ...] = ("加快", "加紧", "抓紧", "加速")
"""Verbs that speed up work already under way ("加快A、B等12个项目建设"): the things they count exist already."""
TENDING_VERBS: tuple[str, ...] = ("做强", "做优", "做大", "做实", "壮大", "聚焦", "强化", "深化", "用好", "守护")
"""Verbs that strengthen, focus on or make good use of what exists ("做强A等3个产业集群", "聚焦13个产业集群", "利用好
531处文物保护单位"): the things they count are there already, their number is no amount to reach."""
RESULT_VERBS: tuple[str, ...] = (
    "建成", "完成", "开工", "投产", "竣工", "达产", "新建", "新增", "实现", "达到", "启动", "引进", "培育",
)
"""Verbs of a result to reach: after a pace verb they make its count a target again ("加快建成5个站点")."""
ITEM_COUNTERS: frozenset[str] = frozenset({"个", "项", "条", "家", "座", "所", "处", "批", "宗", "件"})
"""Counters of works and projects (not people, not measures)."""
PERMISSION_WORDS: tuple[str, ...] = ("可以", "即可", "方可", "才可", "可", "允许")
"""A permission before a comparator ("可放宽至85%") or after a bound ("3000元以下可申请") makes the number a
rule of eligibility, not a target."""
GRADE_UNITS: frozenset[str] = frozenset({"级", "档"})
"""Grades and classes ("一级响应", "3级标准"): a level of a scale, not an amount, where GRADE_CONTEXT says so."""
GRADE_CONTEXT: tuple[str, ...] = ("标准", "等级", "级别", "能效", "指标", "响应", "预警", "以上", "以下", "及以上", "及以下")
"""Words around a grade: "节能标准1级", "3级响应", "2级以上"."""
FORECAST_WORDS: tuple[str, ...] = ("预计", "预测", "预估", "估计", "推估", "估算")
"""Words of a forecast: what follows is expected, not committed (unless it is planned work)."""
PROVISION_UNITS: tuple[str, ...] = ("款", "条", "节", "章", "项")
"""What a decimal number before one of these names: a provision of the text ("按照2.3款规定"), not an amount."""
RANK_UNITS: frozenset[str] = frozenset({"名", "位", "强"})
RANK_WORDS: tuple[str, ...] = ("排名", "排位", "位次", "名次", "排序", "排行")
"""A number of 名/位 right after 前 or 第, or in a clause about a ranking, is a place, not an amount."""
#: the ends of a section title that lists who may apply or be recognised ("一、申报条件", "（一）…必须具备如下条件",
#: "二、认定标准"): the numbers under it are eligibility thresholds, not targets
ELIGIBILITY_TITLE_ENDS: tuple[str, ...] = (
    "申报条件", "申请条件", "认定条件", "准入条件", "资格条件", "评选条件", "入选条件", "参评条件", "报名条件",
    "享受条件", "补助条件", "补贴条件", "奖励条件", "如下条件", "下列条件", "以下条件", "申领条件", "落户条件",
    "入户条件", "入学条件", "参保条件", "购房条件", "征集条件", "前置条件", "启动条件",
    "申报资格", "申请资格", "参评资格", "认定标准", "申报标准", "评选标准", "评定标准", "准入标准", "遴选标准",
)
