"""Percentage mentions: labelled written forms, value or nothing (invented examples).

Each case is (label, text, expected) with expected a list of (mention text, value, value_max, unit).
"""

from __future__ import annotations

import pytest

from policydoc.extract.patterns import Mask
from policydoc.extract.percents import extract_percentages

P = tuple[str, float, object, str]

CASES: list[tuple[str, str, list[P]]] = [
    ("arabic", "达到96%", [("96%", 96, None, "%")]),
    # Chinese digits before % (Taiwanese official style); "三五%" is three or five
    ("cn_digits_decimal", "增幅六.一%", [("六.一%", 6.1, None, "%")]),
    ("cn_digits_zero", "成长二○%", [("二○%", 20, None, "%")]),
    ("cn_numeral", "约三十%", [("三十%", 30, None, "%")]),
    ("cn_digits_vague", "三五%", []),
    ("arabic_space", "增长 8 %左右", [("8 %", 8, None, "%")]),
    ("range", "1.5%-2.5%", [("1.5%-2.5%", 1.5, 2.5, "%")]),
    ("range_no_first_sign", "3—5%", [("3—5%", 3, 5, "%")]),
    ("plus_minus_words", "提升为28%加减2%", [("28%加减2%", 26, 30, "%")]),
    ("plus_minus_sign", "控制在5±1%", [("5±1%", 4, 6, "%")]),
    # negatives keep their sign where written
    ("minus_after_growth", "同比增长-3.8%", [("-3.8%", -3.8, None, "%")]),
    ("minus_after_fall", "下降-2%", [("-2%", -2, None, "%")]),
    ("minus_in_cell", "指标\t-3.8%\t", [("-3.8%", -3.8, None, "%")]),
    ("minus_at_start", "-3.8%", [("-3.8%", -3.8, None, "%")]),
    ("cells_run_together", "2347.6-8%", [("-8%", -8, None, "%")]),
    ("negative_growth_words", "负增长", []),
    ("fu_sign", "增速为负3%", [("负3%", -3, None, "%")]),
    ("fu_sign_after_growth", "增长负3.8%", [("负3.8%", -3.8, None, "%")]),
    # points
    ("points", "降低1个百分点", [("1个百分点", 1, None, "个百分点")]),
    ("points_chinese_hundreds", "提高一百二十个百分点", [("一百二十个百分点", 120, None, "个百分点")]),
    ("points_two", "提高两个百分点", [("两个百分点", 2, None, "个百分点")]),
    ("points_cells_run_together", "17.7<15-2.7个百分点", [("-2.7个百分点", -2.7, None, "个百分点")]),
    # 百分之 and fractions
    ("baifenzhi", "百分之十五", [("百分之十五", 15, None, "%")]),
    ("baifenzhi_range", "百分之十五到百分之二十", [("百分之十五到百分之二十", 15, 20, "%")]),
    ("quarter", "四分之一以上", [("四分之一", 25, None, "%")]),
    ("eighth", "八分之一", [("八分之一", 12.5, None, "%")]),
    ("third_inexact", "三分之一", []),
    ("two_thirds_inexact", "三分之二以上", []),
    ("permille_is_not_percent", "千分之五", []),
    ("percent_system", "百分制", []),
    ("percent_ratio", "百分比", []),
    ("percent_points_word", "百分点", []),
    # tenths 成
    ("tenths_cn", "七成", [("七成", 70, None, "%")]),
    ("tenths_cn_hundredths", "八成五", [("八成五", 85, None, "%")]),
    ("tenths_cn_hundredths_98", "九成八", [("九成八", 98, None, "%")]),
    # Arabic N成 is a quantity in the unit 成 as written (test_quantity_cases); Chinese tenths are a share
    ("tenths_arabic", "2成", []),
    ("tenths_arabic_decimal", "9.5成", []),
    ("tenths_cn_decimal", "八点五成", [("八点五成", 85, None, "%")]),
    ("tenths_arabic_space", "提高 7 成", []),
    ("tenths_arabic_then_cn_word", "8 成三高患者", []),
    ("tenths_too_many", "12成", []),
    ("tenths_idiom", "一成不变", []),
    ("tenths_become", "3成为", []),
    ("tenths_city", "5成都", []),
    # halves
    ("half", "一半以上", [("一半", 50, None, "%")]),
    ("half_number", "至少半数", [("半数", 50, None, "%")]),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_percentages(label: str, text: str, expected: list[P]) -> None:
    got = [(p.text, p.value, p.value_max, p.unit) for p in extract_percentages(text, Mask(len(text)))]
    assert got == expected


def test_fraction_claims_its_span() -> None:
    """三分之一 gives no percentage, and its 三分 is claimed so that no quantity "3 分" is found."""
    mask = Mask(4)
    assert extract_percentages("三分之一", mask) == []
    assert not mask.free(0, 4)


def test_letter_spaced_percent() -> None:
    text = "到 2 0 0 5 年 , 1 9 9 8 年 , 2 0 0 0 年 , 人均年均增长 6 .5 %左右 , 达到 1 2 %以上"
    assert [(p.value, p.unit) for p in extract_percentages(text, Mask(len(text)))] == [(6.5, "%"), (12, "%")]
