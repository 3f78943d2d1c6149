"""Run-on lines of a page a scraper joined with spaces: paragraph gaps become line breaks, nothing else moves.

All examples are invented.
"""

from __future__ import annotations

import pytest

from policydoc.normalize import normalize
from policydoc.normalize.runon import RUN_ON_LINE_MIN, run_on_fixer

_PARAGRAPHS = "某某预案 1　总则 1.1　目的 为规范工作，制定本预案。 1.2　依据 依据有关法律，时间2015-09-03 16:36。 "


def _apply(text: str) -> str:
    for e in sorted(run_on_fixer(text, None), key=lambda e: e.start, reverse=True):
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


def test_a_run_on_page_breaks_at_its_paragraph_gaps() -> None:
    line = _PARAGRAPHS * 60
    fixed = _apply(line)
    assert fixed.split("\n")[:6] == ["某某预案", "1　总则", "1.1　目的", "为规范工作，制定本预案。", "1.2　依据",
                                     "依据有关法律，时间2015-09-03 16:36。"]
    assert len(fixed) == len(line)  # a space for a line break, one for one


@pytest.mark.parametrize("label, text", [
    ("short_line", _PARAGRAPHS * 2),
    ("long_line_without_spaced_stops", "为规范工作，制定本预案。" * (RUN_ON_LINE_MIN // 12 + 1)),
])
def test_other_text_is_untouched(label: str, text: str) -> None:
    assert run_on_fixer(text, None) == []


@pytest.mark.parametrize("label, kept", [
    ("number_no_heading", "新建约 4 700 个车位"),
    ("after_opening_bracket", "第二阶段（ 2017年起）"),
    ("latin_words", "使用 Open Data 标准"),
])
def test_gaps_inside_a_paragraph_stay(label: str, kept: str) -> None:
    line = (_PARAGRAPHS + kept + "。 ") * 50
    assert kept in _apply(line)


def test_the_gap_after_a_chapter_or_article_number_is_no_paragraph_break() -> None:
    rules = "某镇消防工作规定 第一章 总 则 第一条 为做好消防工作，制定本规定。 第二条 本规定适用于全镇各单位。 "
    fixed = _apply(rules * 40)
    assert fixed.split("\n")[:5] == ["某镇消防工作规定", "第一章 总 则", "第一条 为做好消防工作，制定本规定。",
                                      "第二条 本规定适用于全镇各单位。", "某镇消防工作规定"]


def test_normalise_records_each_break_and_maps_it_back() -> None:
    line = _PARAGRAPHS * 60
    result = normalize(line)
    assert result.text.startswith("某某预案\n1 总则\n")
    breaks = [r for r in result.repairs if r.kind == "run_on"]
    assert breaks and all(r.original == " " for r in breaks)


_BODY = "对照清单逐项核查，发现问题及时整改，做到不漏一户、不留死角。" * 16


def test_a_run_on_page_without_gaps_breaks_before_its_numbered_parts() -> None:
    line = (f"某镇燃气安全排查工作方案 一、排查范围{_BODY}二、职责分工(一)压实责任。{_BODY}"
            f"三、工作要求{_BODY}四、时间安排{_BODY}")
    fixed = _apply(line)
    assert [ln[:6] for ln in fixed.split("\n")] == ["某镇燃气安全", "一、排查范围", "二、职责分工", "三、工作要求", "四、时间安排"]
    assert "。\n二、" in fixed  # the full stop stays, the break follows it


def test_a_part_glued_to_the_text_before_it_fills_the_gap_of_a_run() -> None:
    """二、 and 三、 glued to the last word or number of the part before them (a list item, a time of day) are the parts
    the run skipped between 一、 and 四、; 二、 before a numeral (二、三级) is no part."""
    line = (f"某镇核酸检测演练方案 一、演练范围甲村、乙村二、演练时间上午8:00-11:30三、采样流程{_BODY}"
            f"四、采样点设置{_BODY}五、人员配置二、三级网格员到岗。{_BODY}")
    fixed = _apply(line)
    assert [ln[:6] for ln in fixed.split("\n")] == ["某镇核酸检测", "一、演练范围", "二、演练时间", "三、采样流程", "四、采样点设",
                                                   "五、人员配置"]


@pytest.mark.parametrize("label, text", [
    # two numbered parts are an enumeration inside the text, no outline
    ("two_parts", f"某镇方案 一、排查范围{_BODY}二、职责分工{_BODY}"),
    # parts out of order are no run
    ("out_of_order", f"某镇方案 一、排查范围{_BODY}五、职责分工{_BODY}二、工作要求{_BODY}"),
])
def test_a_run_on_page_without_a_run_of_parts_is_untouched(label: str, text: str) -> None:
    assert run_on_fixer(text, None) == []
