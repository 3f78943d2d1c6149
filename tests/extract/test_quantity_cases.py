"""Quantity mentions: labelled written forms (in the spirit of price-parser's example tables).

Each case is (label, text, expected) where expected lists (mention text, value, value_max, unit)
in order; an empty list means "no quantity": the right answer is nothing rather than a wrong value.
All examples are invented.
"""

from __future__ import annotations

import pytest

from policydoc.extract.patterns import Mask
from policydoc.extract.quantities import extract_quantities

Q = tuple[str, float, object, str]

CASES: list[tuple[str, str, list[Q]]] = [
    # livestock, wells, loads, containers, spoken cubic metres; per month; the same characters as words
    ("livestock_head", "牲畜存栏达到120万头只", [("120万头只", 120, None, "万头只")]),
    # models of a product; computing power as 万P, a bare letter being a name
    ("product_models", "推出50款智能终端", [("50款", 50, None, "款")]),
    ("trains_run", "全年开行班列1200列", [("1200列", 1200, None, "列")]),
    ("cases_served", "开展免费筛查3000例，例如乳腺筛查", [("3000例", 3000, None, "例")]),
    ("per_hundred_million_yuan", "死亡率控制在0.5人/百亿元以下", [("0.5人/百亿元", 0.5, None, "人/百亿元")]),
    # amounts listed with their multiplier only share the unit the last one writes
    ("shared_trailing_unit", "产值分别达2.1万亿、9500亿元", [("2.1万亿", 2.1, None, "万亿元"), ("9500亿元", 9500, None, "亿元")]),
    ("trap_listed_verb", "将8个项目列入计划，12项列为重点", [("8个", 8, None, "个"), ("12项", 12, None, "项")]),
    # a figure or a table referred to is no count of schools
    ("figure_referred_to", "如图6所示，新建学校3所", [("3所", 3, None, "所")]),
    # kilowatt-hours as spoken after a multiplier; 度 alone is a temperature, an angle or a quarter
    # a row number glued to a task opening with 支持 counts no 支; a team still does
    ("row_number_before_support", "2014年底前完成17支持社会力量办学，组建3支队伍", [("3支", 3, None, "支")]),
    # the second term of a map's scale or a ratio is no amount; an amount after a label's colon is
    ("map_scale", "完成1∶5万区域地质调查和1:25万航空调查，目标：5000万元", [("5000万元", 5000, None, "万元")]),
    ("kwh_after_multiplier", "发电量超3000亿度，一季度增长，气温35度", [("3000亿度", 3000, None, "亿度")]),
    ("computing_power_letter", "算力规模达到3万P，推广3P模式", [("3万P", 3, None, "万P")]),
    ("wells_and_loads", "新打机井300口，收购茶叶5万担", [("300口", 300, None, "口"), ("5万担", 5, None, "万担")]),
    ("containers_cubic", "吞吐量达260万标箱，日供气12万方", [("260万标箱", 260, None, "万标箱"), ("12万方", 12, None, "万方")]),
    ("per_month", "补助标准提高到每人650元/月", [("650元/月", 650, None, "元/月")]),
    ("per_head", "保额由900元/头提高至1200元/头", [("900元/头", 900, None, "元/头"), ("1200元/头", 1200, None, "元/头")]),
    ("parcels_and_lessons", "出让工业用地8宗，推出20堂示范课", [("8宗", 8, None, "宗"), ("20堂", 20, None, "堂")]),
    ("zong_as_word", "开展5宗教育活动", []),
    ("words_not_units", "签订三方协议，做好1方面工作，一口气完成", []),
    # computing power and storage in Latin letters; a counter before a word opening with 人 (人工智能, 人才)
    ("compute_and_storage", "算力达到12EFLOPS，存储10EB", [("12EFLOPS", 12, None, "EFLOPS"), ("10EB", 10, None, "EB")]),
    ("counter_before_ren_words", "打造10个人工智能园区、5个人才驿站", [("10个", 10, None, "个"), ("5个", 5, None, "个")]),
    # digit by digit before a multiplier (Taiwanese official style), with a decimal point or a zero; 三五 stays vague
    ("positional_amounts", "甲署编列一二五.三亿元，乙部编列三○○亿元，丙会编列○.四亿元，约三五亿元",
     [("一二五.三亿元", 125.3, None, "亿元"), ("三○○亿元", 300, None, "亿元"), ("○.四亿元", 0.4, None, "亿元")]),
    # 年底/年末 after a number date it: a year cut short or garbled in the source, no duration
    # a half of a year dates it, while a change over years keeps the duration
    ("half_year_is_a_date", "较八十八年下半年增加，用3年上半年时间，连续3年下降", [("3年", 3, None, "年")]),
    ("year_end_is_a_date", "0207年底前建成平台，用3年时间完成", [("3年", 3, None, "年")]),
    # multipliers stay in the unit as written
    ("wan_yi_yuan", "发行1万亿元", [("1万亿元", 1, None, "万亿元")]),
    # an alternative counter in brackets after the counter is part of the unit, reported with full-width brackets
    ("alternate_counter", "筹集住房3万套（间），整治河湖20条(段)，建成公园（一期）",
     [("3万套（间）", 3, None, "万套（间）"), ("20条(段)", 20, None, "条（段）")]),
    ("bracket_not_a_counter", "建成公园5个（含口袋公园）", [("5个", 5, None, "个")]),
    # a thousand written after Arabic digits stays in the unit, as 万 does ("6千张" is 6 千张)
    ("kilo_after_digits", "新增床位6千张，文化活动8千场以上，路网5千米", [("6千张", 6, None, "千张"), ("8千场", 8, None, "千场"),
                                                            ("5千米", 5, None, "千米")]),
    ("mega_watt_is_no_multiplier", "新增装机40兆瓦，储能2吉瓦时，预算2.66兆元",
     [("40兆瓦", 40, None, "兆瓦"), ("2吉瓦时", 2, None, "吉瓦时"), ("2.66兆元", 2.66, None, "兆元")]),
    ("tenths_arabic_as_written", "加给提高 7 成", [("7 成", 7, None, "成")]),
    ("tenths_arabic_decimal", "比例达到9.5成", [("9.5成", 9.5, None, "成")]),
    ("tenths_then_cn_digit_left_out", "8 成三高患者", []),
    ("tenths_word", "3成为", []),
    ("tenths_cn_is_a_share", "七成以上", []),
    ("wan_yi_decimal", "规模4.06万亿元", [("4.06万亿元", 4.06, None, "万亿元")]),
    ("wan_yi_jin", "产量1.3万亿斤以上", [("1.3万亿斤", 1.3, None, "万亿斤")]),
    ("wan_alone", "达到3.8万", [("3.8万", 3.8, None, "万")]),
    ("qian_yi_prefix", "总额9千亿元", [("9千亿元", 9000, None, "亿元")]),
    ("qian_yi_spaced", "总额 9 千亿元", [("9 千亿元", 9000, None, "亿元")]),
    ("bai_wan_prefix", "补助5百万元", [("5百万元", 500, None, "万元")]),
    # composites: in the smallest written multiplier
    ("composite_yi_wan", "安排1亿3,000万元", [("1亿3,000万元", 13000, None, "万元")]),
    ("composite_wan_units", "编列8,897万890元", [("8,897万890元", 88970890, None, "元")]),
    ("composite_spaced", "服务 32 万 8,636 人次", [("32 万 8,636 人次", 328636, None, "人次")]),
    ("composite_zhao", "总额为3兆1,325亿元", [("3兆1,325亿元", 31325, None, "亿元")]),
    ("zhao_as_written", "产值 2.66 兆元", [("2.66 兆元", 2.66, None, "兆元")]),
    ("zhao_after_chinese", "一兆瓦", [("一兆瓦", 1, None, "兆瓦")]),  # mega: 兆瓦 is a unit of its own
    ("cn_composite", "共四十五亿四千零四万人", [("四十五亿四千零四万人", 454004, None, "万人")]),
    ("cn_wan", "十万名", [("十万名", 10, None, "万名")]),
    ("cn_ling_shi", "一千零十个", [("一千零十个", 1010, None, "个")]),
    ("cn_wan_yi", "一万亿元", [("一万亿元", 1, None, "万亿元")]),
    ("cn_leading_qian", "建成千座公园", [("千座", 1000, None, "座")]),
    # ranges
    ("range_wan_both", "资助1万-5万元", [("1万-5万元", 1, 5, "万元")]),
    ("range_wan_zhi", "资助1万至5万元", [("1万至5万元", 1, 5, "万元")]),
    ("range_wan_high_only", "奖励3—5万元", [("3—5万元", 3, 5, "万元")]),
    ("range_mixed_multipliers", "投入5000万-1亿元", [("5000万-1亿元", 0.5, 1, "亿元")]),
    ("range_falling", "5000—1万元", []),
    ("range_after_every", "每3～5年", []),
    ("range_after_ordinal", "第3至5条", []),
    # 余/多 before the multiplier (the value is the number written, as for 3500余人)
    ("approx_before_multiplier", "服务10余万人", [("10余万人", 10, None, "万人")]),
    ("approx_after_multiplier", "服务3万余人", [("3万余人", 3, None, "万人")]),
    ("approx_cn_before_multiplier", "二十多万人", [("二十多万人", 20, None, "万人")]),
    ("approx_cn_qian_wan", "两千余万元", [("两千余万元", 2000, None, "万元")]),
    # approximations and words: nothing
    ("approx_two_three_years", "用两三年时间", []),
    ("approx_three_five", "建成三五所", []),
    ("approx_ten_odd", "十几个", []),
    ("approx_tens", "数十家企业", []),
    ("approx_hundreds", "几百人", []),
    ("approx_over_hundred", "上百家", []),
    ("previous_year", "较上一年增加", []),
    ("above_then_number", "处二千元以上一万元以下罚款", [("二千元", 2000, None, "元"), ("一万元", 1, None, "万元")]),
    ("approx_twenty_thirty", "二三十个", []),
    ("fraction_not_score", "三分之一", []),
    ("adverb_shifen", "十分重要", []),
    ("percent_system", "实行百分制", []),
    ("percent_ratio", "百分比", []),
    ("adverb_qianwan", "千万不要", []),
    ("idiom_households", "千家万户", []),
    ("colloquial_wan_digit", "1万5元", []),
    # halves
    ("half_month", "压缩至半个月", [("半个月", 0.5, None, "个月")]),
    ("half_year", "每半年评估", [("半年", 0.5, None, "年")]),
    ("first_half_year", "上半年", []),
    ("year_and_half", "用一年半时间", [("一年半", 1.5, None, "年")]),
    ("hours_and_half", "两个半小时", [("两个半小时", 2.5, None, "小时")]),
    ("half_days_counter", "每周3个半天", [("3个半天", 3, None, "个半天")]),
    # spaces and line wraps of PDF and Taiwan text
    ("space_before_unit", "政府投入 116 亿元", [("116 亿元", 116, None, "亿元")]),
    ("space_thousands", "降埋 6,500 座", [("6,500 座", 6500, None, "座")]),
    # thousands a space apart before the unit (Hong Kong style), in full groups; a row of cells stays apart
    ("space_grouped_thousands", "新建约 12 300 个车位，资助10\u00a0000人", [("12 300 个", 12300, None, "个"), ("10\u00a0000人", 10000, None, "人")]),
    ("space_grouped_needs_full_groups", "改建 12 30个", [("30个", 30, None, "个")]),
    ("row_of_cells", "床位 85 120 160\n", []),
    ("wrap_in_unit", "投入 300 亿\n元", [("300 亿\n元", 300, None, "亿元")]),
    ("wrap_before_unit", "编列 242\n亿元", [("242\n亿元", 242, None, "亿元")]),
    ("lone_number_line", "57\n人才培养", []),
    ("heading_number", "2 组织保障", []),
    ("heading_decimal", "前言\n3.3 处置措施", []),
    ("place_after_year", "(1)2014\n台北音乐节", []),
    ("machines", "新增2000台", [("2000台", 2000, None, "台")]),
    ("ordinal_spaced", "第 3 名", []),
    # years are not durations
    ("roc_year_like", "104年", []),
    ("wrapped_year", "2025\n年", []),
    ("roc_year_range", "114-119 年中程计划", []),
    ("years_run_together", "(114117 年)", []),
    ("centenary", "建校100年", [("100年", 100, None, "年")]),
    ("date_spaced", "于 8 月 27 日举行", []),
    # the last day of a span of dates is a date; a span of days stays days
    ("date_span_end", "动员阶段(5月6日-9日)完成部署", []),
    ("date_span_end_zhi", "展期3月2日至3日", []),
    ("day_span", "会期3日至5日", [("3日", 3, None, "日"), ("5日", 5, None, "日")]),
    ("date", "于8月27日举行", []),
    ("days", "用时 27 日", [("27 日", 27, None, "日")]),
    # signs
    ("minus_after_change", "增加-3万元", [("-3万元", -3, None, "万元")]),
    ("hyphen_between_numbers", "3所-5所", [("3所", 3, None, "所"), ("5所", 5, None, "所")]),
    # units
    ("standard_coal", "节能量约5000万吨标准煤", [("约5000万吨标准煤", 5000, None, "万吨标准煤")]),
    ("per_hundred_million", "死亡人数0.006人/亿元", [("0.006人/亿元", 0.006, None, "人/亿元")]),
    ("gigawatt", "新增1.2GW", [("1.2GW", 1.2, None, "GW")]),
    ("kilowatt_hours_in_full", "发电量6450亿千瓦小时", [("6450亿千瓦小时", 6450, None, "亿千瓦小时")]),
    ("taiwan_metre", "面积约为 356 万平方公尺", [("356 万平方公尺", 356, None, "万平方公尺")]),
    ("group_counter", "配备呼吸器20 组", [("20 组", 20, None, "组")]),
    ("group_word", "组织3组人员", [("3组", 3, None, "组")]),
    ("piece_word", "另一片区", []),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_quantities(label: str, text: str, expected: list[Q]) -> None:
    got = [(q.text, q.value, q.value_max, q.unit) for q in extract_quantities(text, Mask(len(text)))]
    assert got == expected


LETTER_SPACED = "到 2 0 0 5 年 , 总值达到 2 9 0 0\n亿元左右 , 公路 1 3\n0 0 公里 , 比 2 0 0 0 年增长 1 2 种"


def test_letter_spaced_text() -> None:
    got = [(q.value, q.unit) for q in extract_quantities(LETTER_SPACED, Mask(len(LETTER_SPACED)))]
    assert got == [(2900, "亿元"), (1300, "公里"), (12, "种")]


def test_digits_spaced_only_in_letter_spaced_text() -> None:
    text = "分为 1 2 种"
    assert [(q.value, q.unit) for q in extract_quantities(text, Mask(len(text)))] == [(2, "种")]
