"""Every year, percentage and quantity mention of each extraction corpus document, enumerated."""

from __future__ import annotations

from pathlib import Path

import pytest

import policydoc

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "extract"

# (text, kind, year, year_end)
YEARS: dict[str, list[tuple[str, str, object, object]]] = {
    "annual_plan": [("20*年", "redacted", None, None)] * 3,
    "history_traps": [
        ("“十三五”", "period", 2016, 2020), ("“十三五”", "period", 2016, 2020), ("2018年", "point", 2018, None),
        ("“十二五”", "period", 2011, 2015), ("“十四五”", "period", 2021, 2025), ("到2025年", "deadline", 2025, None),
    ],
    "plan_targets": [
        ("“十五五”", "period", 2026, 2030), ("到2030年", "deadline", 2030, None),
        ("“十五五”", "period", 2026, 2030), ("2029年底前", "deadline", 2029, None),
    ],
    "years_numbers": [
        ("2019年7月至2019年10月", "range", 2019, 2019), ("2017-2020年", "range", 2017, 2020),
        ("二〇三五年", "point", 2035, None), ("二○三五年", "point", 2035, None),
        ("2024年底前", "deadline", 2024, None), ("“十四五”", "period", 2021, 2025),
        ("“十三五”", "period", 2016, 2020), ("十五五", "period", 2026, 2030), ("20*年", "redacted", None, None),
    ],
    "number_forms": [("2007年与2009年间", "range", 2007, 2009), ("2025年底前", "deadline", 2025, None)],
}
# (text, value, value_max, unit)
PERCENTAGES: dict[str, list[tuple[str, float, object, str]]] = {
    "annual_plan": [("3.4%", 3.4, None, "%"), ("20%", 20, None, "%")],
    "history_traps": [("92%", 92, None, "%"), ("88%", 88, None, "%"), ("95%", 95, None, "%")],
    "plan_targets": [
        ("98%", 98, None, "%"), ("90%", 90, None, "%"), ("99%", 99, None, "%"), ("95%", 95, None, "%"),
        ("2%", 2, None, "%"), ("0.5个百分点", 0.5, None, "个百分点"), ("6.5%", 6.5, None, "%"), ("一半", 50, None, "%"),
    ],
    "years_numbers": [
        ("百分之十五", 15, None, "%"), ("三成", 30, None, "%"), ("一半", 50, None, "%"),
        ("2个百分点", 2, None, "个百分点"), ("1.5%-2.5%", 1.5, 2.5, "%"),
    ],
    "number_forms": [
        ("-3.8%", -3.8, None, "%"), ("-2%", -2, None, "%"), ("一百二十个百分点", 120, None, "个百分点"),
        ("四分之一", 25, None, "%"), ("八点五成", 85, None, "%"), ("八成五", 85, None, "%"),
    ],
}
QUANTITIES: dict[str, list[tuple[str, float, object, str]]] = {
    "annual_plan": [
        ("6.2万人", 6.2, None, "万人"), ("8000人", 8000, None, "人"), ("5.4万人", 5.4, None, "万人"),
        ("2亿元", 2, None, "亿元"), ("15所", 15, None, "所"), ("800名", 800, None, "名"),
        ("5000人次", 5000, None, "人次"), ("120万人次左右", 120, None, "万人次"), ("30所左右", 30, None, "所"),
        ("0—3岁", 0, 3, "岁"), ("8大", 8, None, "个"),
    ],
    "history_traps": [
        ("100所", 100, None, "所"), ("3.6万个", 3.6, None, "万个"), ("三年", 3, None, "年"), ("12所", 12, None, "所"),
        ("1.5万人次", 1.5, None, "万人次"), ("4000人次", 4000, None, "人次"), ("3所", 3, None, "所"),
        ("2所", 2, None, "所"), ("3500余人", 3500, None, "人"), ("约20所", 20, None, "所"), ("1.5亿元", 1.5, None, "亿元"),
    ],
    "plan_targets": [
        ("3至5所", 3, 5, "所"), ("6~8个", 6, 8, "个"), ("4个", 4, None, "个"), ("5.5万人", 5.5, None, "万人"),
        ("60所", 60, None, "所"), ("1.2万个", 1.2, None, "万个"), ("800万元", 800, None, "万元"),
        ("1200万元", 1200, None, "万元"), ("一届", 1, None, "届"), ("1小时", 1, None, "小时"), ("2项", 2, None, "项"),
        ("1名", 1, None, "名"), ("2000人", 2000, None, "人"), ("10名", 10, None, "名"), ("20名", 20, None, "名"),
        ("5个", 5, None, "个"), ("六个", 6, None, "个"), ("一支", 1, None, "支"), ("3岁", 3, None, "岁"),
        ("15年", 15, None, "年"),
    ],
    "years_numbers": [
        ("一百二十所", 120, None, "所"), ("两所", 2, None, "所"), ("十二个", 12, None, "个"), ("十万名", 10, None, "万名"),
        ("3.8万名", 3.8, None, "万名"), ("1.5亿元", 1.5, None, "亿元"), ("近3000人", 3000, None, "人"),
        ("3500余人", 3500, None, "人"), ("10,000册", 10000, None, "册"),
    ],
    # multipliers stay in the unit as written; composites in their smallest written multiplier;
    # approximations (两三年, 三五所, 十几个, 数十家, 几百人), 三分之一 and 百分制 give nothing; spaces and
    # line wraps are tested on extract_quantities directly (normalisation may take the spaces out first)
    "number_forms": [
        ("1.2万亿元", 1.2, None, "万亿元"), ("4.06万亿元", 4.06, None, "万亿元"), ("9千亿元", 9000, None, "亿元"),
        ("1亿3,000万元", 13000, None, "万元"), ("8,897万890元", 88970890, None, "元"),
        ("四十五亿四千零四万人", 454004, None, "万人"), ("1.3万亿斤", 1.3, None, "万亿斤"), ("1万-5万元", 1, 5, "万元"),
        ("3—5万元", 3, 5, "万元"), ("2成", 2, None, "成"), ("9.5成", 9.5, None, "成"),
    ],
}


@pytest.fixture(scope="module")
def documents() -> dict[str, policydoc.Document]:
    return {stem: policydoc.parse(CORPUS / f"{stem}.txt") for stem in YEARS}


@pytest.mark.parametrize("stem", sorted(YEARS))
def test_years(stem: str, documents: dict[str, policydoc.Document]) -> None:
    doc = documents[stem]
    assert [(y.text, y.kind, y.year, y.year_end) for y in doc.years] == YEARS[stem]
    assert all(doc.text[y.span[0]: y.span[1]] == y.text for y in doc.years)


@pytest.mark.parametrize("stem", sorted(PERCENTAGES))
def test_percentages(stem: str, documents: dict[str, policydoc.Document]) -> None:
    doc = documents[stem]
    assert [(p.text, p.value, p.value_max, p.unit) for p in doc.percentages] == PERCENTAGES[stem]
    assert all(doc.text[p.span[0]: p.span[1]] == p.text for p in doc.percentages)


@pytest.mark.parametrize("stem", sorted(QUANTITIES))
def test_quantities(stem: str, documents: dict[str, policydoc.Document]) -> None:
    doc = documents[stem]
    assert [(q.text, q.value, q.value_max, q.unit) for q in doc.quantities] == QUANTITIES[stem]
    assert all(doc.text[q.span[0]: q.span[1]] == q.text for q in doc.quantities)


def test_the_half_of_a_share_found_first_is_not_a_duration_s_half() -> None:
    """"3年半数以上": 半数 is the percentage (found before quantities); the duration stays 3 年 and no span overlaps."""
    from policydoc.extract import extract_mentions

    facts = extract_mentions("3年半数以上")
    assert [(q.text, q.value) for q in facts.quantities] == [("3年", 3.0)]
    assert [p.text for p in facts.percentages] == ["半数"]
