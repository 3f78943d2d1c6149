"""Year mentions: labelled written forms (invented examples).

Each case is (label, text, roc_years, expected) with expected a list of (text, kind, year, year_end).
"""

from __future__ import annotations

import pytest

from policydoc.extract.patterns import Mask
from policydoc.extract.years import extract_years

Y = tuple[str, str, object, object]

CASES: list[tuple[str, str, bool, list[Y]]] = [
    ("point", "2025年", False, [("2025年", "point", 2025, None)]),
    ("space_before_nian", "2025 年", False, [("2025 年", "point", 2025, None)]),
    ("deadline_spaced", "2025 年底前完成", False, [("2025 年底前", "deadline", 2025, None)]),
    ("deadline_to_spaced", "到 2030 年", False, [("到 2030 年", "deadline", 2030, None)]),
    # a month or a day before 前 keeps a deadline ("2019年6月底前", "2021年5月20日前")
    ("deadline_month_end", "2019年6月底前完成", False, [("2019年6月底前", "deadline", 2019, None)]),
    ("deadline_month", "2020年3月前完成", False, [("2020年3月前", "deadline", 2020, None)]),
    ("deadline_day", "2021年5月20日前上报", False, [("2021年5月20日前", "deadline", 2021, None)]),
    ("range_and_between", "2007年与2009年间", False, [("2007年与2009年间", "range", 2007, 2009)]),
    ("range_he_zhijian", "2007年和2009年之间", False, [("2007年和2009年之间", "range", 2007, 2009)]),
    ("two_points_without_jian", "2007年和2009年", False,
     [("2007年", "point", 2007, None), ("2009年", "point", 2009, None)]),
    ("range_dash", "2021—2025年", False, [("2021—2025年", "range", 2021, 2025)]),
    ("chinese_digits", "二〇三五年", False, [("二〇三五年", "point", 2035, None)]),
    # ROC years: only when the caller says the document is Taiwanese, except after 民国
    # the end of a five-year period is its last year
    ("period_end", "到“十三五”末，研发投入", False, [("到“十三五”末", "deadline", 2020, None)]),
    ("period_end_plain", "十四五期末达到", False, [("十四五期末", "deadline", 2025, None)]),
    ("roc_off", "104年度编列", False, []),
    ("roc_on", "104年度编列", True, [("104年", "point", 2015, None)]),
    ("roc_spaced", "104 年度", True, [("104 年", "point", 2015, None)]),
    ("roc_parenthesised", "本(104)年度", True, [("(104)年", "point", 2015, None)]),
    ("roc_range", "自 104 至 105 年", True, [("104 至 105 年", "range", 2015, 2016)]),
    ("roc_deadline", "至107年达成", True, [("至107年", "deadline", 2018, None)]),
    ("roc_112", "112年度", True, [("112年", "point", 2023, None)]),
    ("roc_out_of_range", "150年", True, []),
    # a fiscal year in Chinese: a numeral or digit by digit, before 年度 or in brackets
    ("roc_chinese_fiscal", "九十五年度预算", True, [("九十五年", "point", 2006, None)]),
    ("roc_chinese_digits_fiscal", "八九年度编列", True, [("八九年", "point", 2000, None)]),
    ("roc_chinese_bracketed", "今（九十六）年三月", True, [("（九十六）年", "point", 2007, None)]),
    ("roc_chinese_101", "一○二年度", True, [("一○二年", "point", 2013, None)]),
    ("roc_chinese_duration", "九十七年来", True, []),
    ("roc_chinese_month", "九十五年三月核定", True, [("九十五年", "point", 2006, None)]),
    ("roc_chinese_off", "九十五年度预算", False, []),
    # a two-digit ROC year dated by its month or closing a span; a duration stays one
    ("roc_two_digit_month", "自98年7月起施行", True, [("98年", "point", 2009, None)]),
    ("roc_two_digit_span", "计划期程为98至101年", True, [("98至101年", "range", 2009, 2012)]),
    ("roc_two_digit_span_both_dated", "自97年至102年投入经费", True, [("97年至102年", "range", 2008, 2013)]),
    ("roc_two_digit_duration", "服务满30年者", True, []),
    ("roc_two_digit_durations_range", "服务满40年至50年者", True, []),
    ("roc_two_digit_off", "自98年7月起施行", False, []),
    ("minguo", "民国38年", False, [("民国38年", "point", 1949, None)]),
    ("minguo_chinese", "中华民国一百零四年", False, [("民国一百零四年", "point", 2015, None)]),
    ("gregorian_in_roc_document", "2028 年", True, [("2028 年", "point", 2028, None)]),
]


@pytest.mark.parametrize("label,text,roc,expected", CASES, ids=[c[0] for c in CASES])
def test_years(label: str, text: str, roc: bool, expected: list[Y]) -> None:
    got = [(y.text, y.kind, y.year, y.year_end) for y in extract_years(text, Mask(len(text)), roc_years=roc)]
    assert got == expected


def test_letter_spaced_years() -> None:
    text = "云南日报 / 2 0 0 1 年 2 月 , 到 2 0 0 5 年 , (2 0 0 1 -2 0 0 5 年 )"
    got = [(y.kind, y.year, y.year_end) for y in extract_years(text, Mask(len(text)))]
    assert got == [("point", 2001, None), ("deadline", 2005, None), ("range", 2001, 2005)]
