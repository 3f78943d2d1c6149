"""Units of measure and counters that follow numbers in Chinese plan documents.

Sources: the measure words (量词) of the 《现代汉语词典》 (7th ed.) appendix and
GB 3100-1993 (SI units as written in Chinese), narrowed to the ones that
occur after numbers in education/development plans; checked against the seed
documents' planned numbers (学校 所, 教师 名, 培训 人次, 经费 万元/亿元 …).

Groups:

- ``COUNTERS``: measure words and units a quantity may carry. Longer forms come
  first in the pattern built from them, so "人次" wins over "人", "个月" over "个".
  Compound counting units (亩次, 人次, 家次, 车次, 批次) are whole units: "260万亩次" is 260 万亩次.
- ``MULTIPLIERS``: the multipliers that stay in the unit as written, with their factors
  ("2万个" -> 2 万个, "1.3万亿斤" -> 1.3 万亿斤, "2.66兆元" -> 2.66 兆元). 兆 is the Taiwan 万亿 of
  amounts of money (10^12); it is kept as written, so its factor only matters inside a composite
  amount ("3兆1,325亿元" -> 31325 亿元). Before 瓦, 帕, 赫 … (``MEGA_UNITS``) 兆 is mega: "40兆瓦" is
  40 兆瓦, a unit of its own.
- ``MULTIPLIER_PREFIXES``: 十/百/千 written after Arabic digits before a multiplier belong to the
  number ("9千亿元" -> 9000 亿元, "5百万元" -> 500 万元), as in the Chinese numeral 九千亿.
- ``MINUS_SIGNS``, ``MINUS_AFTER``: a minus sign (or 负 before digits) is kept in the value where it can only be a sign:
  after one of these (white space and punctuation opening a cell, line or clause, change words such
  as 增长/下降), never right after a number ("3-5%" is a range).
- ``HALF_UNITS``: units a lone 半 (one half) counts ("半个月" 0.5 个月, "每半年" 0.5 年), unless
  ``HALF_STOP`` comes before it ("上半年", "下半月", "一年半" belong to other words or numbers).
- ``AND_A_HALF``: a unit followed by 半 adds one half ("一年半" 1.5 年, "两天半" 2.5 天); after 个 the
  half and its unit follow ("三个半月" 3.5 个月, "两个半小时" 2.5 小时): written -> unit of the whole.
- ``TENTHS_STOP``: a 成 right before one of these is a word, not tenths ("三成为", "一成不变", "2成本").
- ``APPROXIMATE_BEFORE``: characters that make the Chinese numeral after them an approximation
  ("数十家", "几百人", "上百家"): such quantities are left out.
- ``ARABIC_ONLY``: counters accepted only after Arabic digits, because after a
  Chinese numeral they mostly form ranks or names (一级幼儿园, 十六大).
- ``ALIASES``: written counter -> reported unit ("10大学科群" -> 个).
- ``NEVER_TARGET``: units of age; such quantities are mentions but never targets
  ("0—3岁"). Durations are not rejected by their unit: "平均受教育年限达到11.5年",
  "实践时间不少于6个月" and "体育分值提高到60分" are targets.
- ``TIME_UNITS``: units of duration, rejected only in duration contexts:
  ``DURATION_BEFORE`` right before the number ("今后15年", "用3年时间", "近5年") or
  ``DURATION_AFTER`` right after the unit ("5年内", "3年来", "两年间", "3年后"), including the
  horizon in a plan's name ("三年行动计划", "五年规划").
- ``FOLLOW_STOP``: a counter directly followed by one of these characters is
  the start of a word, not a unit ("一周期", "名义", "个性化", "人才").
- ``IDIOMS``: numeral phrases that are set expressions, not quantities.
- ``DENOMINATORS``: units after a slash that make a compound unit with the unit
  before it ("33微克/立方米", "5万吨/年", "2000立方米/日"); the compound is the unit.
- ``WORDED_DENOMINATORS``, ``WORDED_NUMERATORS``: the denominators a unit of mass (ending in one of the
  numerators: 微克, 毫克, 吨) may take after 每 instead of a slash ("35微克每立方米", "0.5毫克每升"): only
  measures of volume, area and energy, so that "3个每年" stays a count and "200万平方米每平方米补助50元" an area.
- ``RATE_BASES``: what a rate "per N of the population" is taken over, written after
  a slash ("9/10万", "1.2/万人"); the slash and base are the unit ("/10万").
- ``PERMILLE``: the unit of 千分之N and N‰ (infant mortality, birth rates).
- ``RESPONSE_TIME_UNITS``: short time units of response-time commitments: "在10秒内接听",
  "3分钟内派出", "1个工作日以内办结", "受理后15日内作出决定" are limits (``<=``), where "5年内" and
  "3个月内" are a plan's time frame.
- ``DATE_BEFORE_DAY``: a 日 right after one of these is a day of the month ("3月15日"), not days.
- ``AGE_UNITS``: units of age; an age is a target only as the value of an indicator
  ("居民平均寿命提高到80.2岁"), never as a population boundary ("3岁以下", "60岁以上的老人").
"""

from __future__ import annotations

COUNTERS: tuple[str, ...] = (
    # people and visits
    "人次", "人", "名", "位", "户次", "户",
    # institutions and places ("家次": inspections of firms, counted per visit)
    "所", "家次", "家", "座", "处", "间", "栋",
    # generic counters
    "个半天", "个学期", "个月", "个", "项", "门", "届", "对", "套", "台", "件", "条", "支", "次", "场次", "场",
    "种", "类", "篇", "部", "册", "本", "张", "块", "片", "班", "节", "轮", "份", "辆", "批次", "车次", "架次", "班次", "亩次",
    "床", "级", "倍", "大类", "大",
    # trees and plants planted ("义务植树8000万株")
    "株", "棵",
    # a return period of a flood or rain standard ("提高到3年一遇", "50-100年一遇内涝可控"), before 年
    "年一遇",
    # time
    "课时", "学时", "小时", "分钟", "秒", "个工作日", "工作日", "学分", "天", "日", "周", "年", "岁", "周岁",
    # issues, sessions of a course
    "期",
    # area, length, volume, mass, energy, money
    "平方公里", "平方米", "立方米", "公顷", "亩", "公里", "千米", "米", "微克", "毫克", "千克", "公斤", "吨",
    "千瓦时", "千瓦小时", "千瓦", "兆瓦时", "兆瓦", "吉瓦时", "吉瓦", "美元", "元", "分", "斤", "克",
    # Taiwan usage (公尺 = 米)
    "平方公尺", "公尺",
    # energy as tonnes of standard coal: the fuel is part of the unit ("5000万吨标准煤")
    "吨标准煤", "吨标煤", "千克标准煤", "千克标煤", "克标准煤", "克标煤",
    # power written in Latin letters
    "GW", "MW", "kW", "kWh",
    # computing power and storage, bandwidth, as written (also in lower case: "EFlops")
    "EFLOPS", "PFLOPS", "TFLOPS", "EFlops", "PFlops", "TFlops", "EB", "PB", "TB", "Gbps", "Mbps", "Tbps",
    # computing power in PFLOPS written with its letter alone, after a multiplier only ("算力规模达到3万P"; a bare
    # "3P" is a name: "3P模式"; see MULTIPLIED_ONLY)
    "P",
    # more counters: buildings, sets, vessels, cases, parcels of land and legal cases (宗), lessons (堂)
    "幢", "组", "艘", "箱", "宗", "堂",
    # models of a product ("推出50款智能终端"); trains run ("中欧班列全年开行3000列")
    "款", "列",
    # buses counted in standard units (a bus fleet per 10,000 people: "万人公共交通车辆保有量达10标台以上")
    "标台",
    # cases treated or served ("实施免费手术2000例")
    "例",
    # livestock (头只: head of cattle and sheep together; 羽: poultry, "存栏1000万羽"), wells and cellars, loads of a crop, containers,
    # cubic metres as spoken (方, 立方)
    "头只", "头", "只", "羽", "口", "担", "标箱", "立方", "方",
    # electricity in kilowatt-hours as spoken, after a multiplier only ("发电量3000亿度"; see MULTIPLIED_ONLY)
    "度",
    # rates; 成 after Arabic digits as written ("提高 7 成": 7 成, the real-set convention; 三成 is a percentage)
    "‰", "成",
)
BARE_WAN_COUNTERS: tuple[str, ...] = ("人次", "名", "家", "项", "个", "户", "所", "件", "场", "套", "台", "座", "辆", "株", "棵")
"""Counters a bare 万 may count when a plan verb governs it ("带动万名青年", "完成万项技改"): 10000 of them (not 人:
"万人" is mostly a rate's base, "万人发明专利拥有量")."""
MULTIPLIERS: dict[str, int] = {"万亿": 10**12, "兆": 10**12, "亿": 10**8, "万": 10**4}
RATE_UNITS: tuple[str, ...] = ("%", "个百分点")
"""The units of a rate (a forecast of one is an outlook, see ``extract.statement_filters.forecast``)."""
MULTIPLIER_PREFIXES = "十百千"
MEGA_UNITS: tuple[str, ...] = ("瓦", "帕", "赫", "焦", "字节", "比特", "伏", "欧姆")
"""After 兆 these make it mega, not the multiplier 万亿 ("40兆瓦" is 40 兆瓦; "2兆帕" is no amount of 万亿)."""
APPROXIMATE_BEFORE = "数几上"
NOT_APPROXIMATE_BEFORE: tuple[str, ...] = ("以上",)
"""Words ending in an ``APPROXIMATE_BEFORE`` character that make no approximation ("二千元以上一万元以下")."""
HALF_UNITS: tuple[str, ...] = ("个月", "个小时", "小时", "个工作日", "年", "天")
HALF_STOP = "上下前后大多过个年月天时一二两三四五六七八九十百千万亿零〇"
AND_A_HALF: dict[str, str] = {
    "年半": "年", "天半": "天", "周半": "周", "小时半": "小时", "个月半": "个月",
    "个半月": "个月", "个半小时": "小时", "个半工作日": "个工作日",
}
TENTHS_STOP = "为立效果熟绩长功本员型品套不都交年像就"
MINUS_SIGNS = "-−－负"
MINUS_AFTER: tuple[str, ...] = (
    "\t", "\n", " ", "\u3000", "：", ":", "，", ",", "；", ";", "（", "(", "为", "是", "=", "|",
    "增长", "增加", "下降", "增速", "增幅", "降幅", "涨幅", "变化", "同比", "环比",
)
ARABIC_ONLY: frozenset[str] = frozenset({"级", "大", "期", "分", "成", "口", "方", "只", "头", "担"})
"""期 after a Chinese numeral is a phase ("一期工程", "二期项目"); 分 a fraction or an adverb ("三分之一", "十分重要");
成 after a Chinese numeral a percentage (三成 = 30 %, see extract/percents.py); 口, 方, 只, 头, 担 mostly words
("一口气", "三方协议", "一头", "一只", "一担")."""
ALIASES: dict[str, str] = {"大": "个"}
ALTERNATE_COUNTERS: tuple[str, ...] = ("间", "个", "段", "片", "套", "处", "座", "栋", "条", "台", "户", "家", "所", "项", "张")
"""Counters a count names as its alternative in brackets after its own ("7万套（间）", "100条（个）", "65处（片）"):
the pair is the unit as written, reported with full-width brackets ("万套（间）")."""
AGE_UNITS: frozenset[str] = frozenset({"岁", "周岁"})
NEVER_TARGET: frozenset[str] = AGE_UNITS
TIME_UNITS: frozenset[str] = frozenset(
    {"年", "天", "日", "周", "个月", "小时", "分钟", "秒", "学时", "课时", "工作日", "个工作日"}
)
RESPONSE_TIME_UNITS: frozenset[str] = frozenset({"秒", "分钟", "小时", "工作日", "个工作日", "日", "天"})
DENOMINATORS: tuple[str, ...] = (
    "年", "日", "天", "小时", "立方米", "平方米", "升", "人", "公里", "千米", "吨", "亩", "户", "千瓦时",
    "亿元", "万元", "万人", "月", "万平方米", "平方公里", "头", "只", "台", "辆", "件", "人次",
    # per hundred million yuan of output (work-safety death rates: "0.6人/百亿元")
    "百亿元",
)
WORDED_DENOMINATORS: tuple[str, ...] = ("立方米", "平方米", "升", "千瓦时")
WORDED_NUMERATORS: tuple[str, ...] = ("克", "吨")
RATE_BASES: tuple[str, ...] = ("万人口", "万人", "万", "千人口", "千人", "千")
PERMILLE = "‰"
DATE_BEFORE_DAY = "月"
DURATION_BEFORE: tuple[str, ...] = ("今后", "未来", "近", "用", "连续", "满", "历时", "前", "后", "再用", "经过", "分")
"""Words right before a number of time units that make it a duration; 分 spreads a sum over the years ("分5年拨付")."""
TERM_EXTENDED_BEFORE: tuple[str, ...] = ("延长", "延期")
"""Before a number of years, a term extended ("承包期再延长30年", "延期2年"): a duration, not an amount to reach
(hours a service is extended by may be one: "延长开放时间2小时")."""
DURATION_AFTER: tuple[str, ...] = (
    "之内", "内", "来", "间", "后", "以后", "时间", "期间", "左右时间",
    # the horizon in the name of a plan or campaign: "三年行动计划", "五年规划", "三年攻坚"
    "行动", "规划", "计划", "攻坚",
    # ... with an abbreviation between ("六年国发计划": the six-year national development plan)
    r"\p{Han}{1,2}(?:计划|规划)",
    # the length of a schooling system in its name: "九年义务教育", "12年国民基本教育", "十二年一贯制"
    r"制?(?:国民基本|义务|免费|基础|一贯制)",
    # the time a sum or an amount is spread over, right before it: "自明年起5年投入30亿元", "持续投入6年90亿元",
    # "预计3年将新增200座"
    r"将?(?:投入|投资|新增|累计)", r"\d",
    # the length of a cycle: "3年一周期的轮训", "3年一轮"
    "一(?:个)?周期", "一轮",
    # the span of years the duration runs over, in brackets: "4年(2024年至2027年)", "3年(114至116年)"
    r"\s*[(（]\s*\d{2,4}\s*年?\s*(?:至|到|-|—|–|~)",
    # no duration but the year of a date, a month right after it ("将于九十年元月一日起": ROC year 90 in words; a
    # duration's months take a classifier: "3年6个月")
    r"(?:元|正|[一二三四五六七八九十]{1,3}|\d{1,2})月",
)
FIGURE_BEFORE: tuple[str, ...] = ("图", "表")
FIGURE_AFTER: tuple[str, ...] = ("所示", "所列")
"""A number between these names a figure or a table referred to ("如图6所示", "表3所列"), no count of 所."""
MULTIPLIED_ONLY: frozenset[str] = frozenset({"P", "度"})
"""Units that are units only after 万/亿: "3万P" (alone a name, "3P模式"), "3000亿度" (kilowatt-hours; alone a
temperature, an angle or a quarter, "一季度")."""
FOLLOW_STOP_EXCEPT: dict[str, tuple[str, ...]] = {
    "个": ("人工", "人才"),  # "10个人工智能园区", "5个人才基地": the counter, then a word opening with 人
    "年": ("下降", "下滑", "下跌", "下调", "下来", "上升", "上涨", "上调", "上下"),  # "连续3年下降": a duration
}
"""Words after a unit that open with one of its ``FOLLOW_STOP`` characters and yet leave the unit a unit."""
FOLLOW_STOP: dict[str, str] = {
    "成": TENTHS_STOP + "一二两三四五六七八九十",  # 成为/成效…; "8成三" (83 %?) is left out
    "个": "性体人案例",
    "人": "才民员口工群大士",
    "名": "义称单额录",
    "周": "期边转末",
    "次": "序要数",
    "条": "件例款线",
    "支": "持撑援出付",  # 支持/支撑/支援/支出/支付: a verb after a row number glued to its task ("17支持…"), no 支 counted
    "部": "门分署",
    "列": "入为表举出席",  # 列入/列为…: a verb, no trains
    "例": "如外行会子句",  # 例如, 例会 …
    "家": "庭长乡",
    "级": "别",
    "分": "类工配别析钟",
    "本": "科地市级",
    "种": "类",
    "组": "织成建团长合件员别",
    "片": "区面段",
    "台": "北湾账风阶",
    "克": "服隆拉",
    "箱": "体",
    "场": "所景地",
    "门": "类",
    "处": "理",
    "项": "目",
    "班": "级子主",
    "节": "约能假日",
    # 年底/年末/年初 after a number date it (a year cut or garbled: "0207年底前"), and so do 上半年/下半年 (a Taiwanese
    # year in Chinese numerals: "八十八年下半年")
    "年": "级度轻龄代会终底末初上下",
    "大": "会型",
    "期": "间末限满刊望待盼货",
    "秒": "杀",
    "日": "常期益报趋志均夜间起",
    "方": "面案式向法针位略阵",
    "口": "径岸号碑罩",
    "头": "部脑",
    "宗": "教旨族师亲",
    "堂": "兄姐弟妹",
}
IDIOMS: tuple[str, ...] = (
    "一条龙", "一站式", "一把手", "一盘棋", "一张网", "一张蓝图", "一次性", "一揽子",
    "一系列", "一校一策", "一人一档", "一生一档", "一岗双责", "一周期", "一部分",
    "一个人", "一人公司", "一年级", "千家万户", "百年", "千年",
    # a dual or single structure, no yuan ("城乡二元经济结构", "一元化管理")
    "二元经济", "二元结构", "一元化",
)


def unit_alternation(units: tuple[str, ...]) -> str:
    """A regex alternation of ``units``, longest first; refuses an empty group.

    >>> unit_alternation(("人", "人次"))
    '人次|人'
    """
    if not units:
        raise ValueError("an empty unit group would match nothing useful")
    return "|".join(sorted(units, key=len, reverse=True))
