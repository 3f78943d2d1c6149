"""The analysis stage: the document's kind, decided once, gates what the extractors report."""

from __future__ import annotations

import pytest

import policydoc
from policydoc.analysis import document_kind

LAW = (
    "某市犬只管理条例\n第一章 总则\n第一条 为了规范犬只管理，制定本条例。\n第二条 本条例适用于本市行政区域。\n"
    "第三条 市公安机关负责犬只登记，到2027年登记率达到95%。\n第四条 街道办事处应当配合做好宣传。\n"
    "第五条 违反本条例的，处二百元以上一千元以下罚款。\n第六条 本条例自公布之日起施行。\n"
)
PLAN = (
    "某市犬只管理工作方案\n一、工作目标\n到2027年，犬只登记率达到95%。\n二、职责分工\n"
    "市公安局负责犬只登记工作。\n"
)
BULLETIN = "某县2023年国民经济和社会发展统计公报\n一、综合\n全年地区生产总值增长5.1%，粮食产量达到30万吨。\n"


@pytest.mark.parametrize(
    "text, kind",
    [(LAW, "law"), (PLAN, "plan"), (BULLETIN, "statistics")],
    ids=["law", "plan", "bulletin"],
)
def test_document_kind(text: str, kind: str) -> None:
    doc = policydoc.parse_text(text)
    flat = doc.iter_sections()
    assert document_kind(doc.text, doc.title, flat)[0] == kind


def test_law_and_bulletin_state_no_targets_or_parties_but_keep_mentions() -> None:
    for text in (LAW, BULLETIN):
        doc = policydoc.parse_text(text)
        assert doc.targets == [] and doc.parties == []
        assert doc.percentages, "mentions are still reported"
    plan = policydoc.parse_text(PLAN)
    assert [t.value for t in plan.targets] == [95.0]


def test_the_gate_goes_with_the_analysis_stage() -> None:
    doc = policydoc.parse_text(LAW, disable=["analyse"])
    assert [t.value for t in doc.targets] == [95.0]


def test_a_few_articles_in_a_plan_do_not_make_it_a_law() -> None:
    text = PLAN + "三、附则\n第一条 本方案由市公安局负责解释。\n第二条 本方案自印发之日起施行。\n"
    doc = policydoc.parse_text(text)
    assert document_kind(doc.text, doc.title, doc.iter_sections())[0] == "plan"


def test_a_law_wrapped_in_a_notice_whose_title_breaks_over_two_lines() -> None:
    articles = "".join(f"第{n}条 本办法第{n}项规定，有关部门应当执行。\n" for n in "一二三四五六")
    text = ("**某省人民政府办公厅关于印发\n《某省犬只管理办法》的通知**\n各市人民政府：现印发给你们。\n"
            "**某省犬只管理办法**\n" + articles)
    doc = policydoc.parse_text(text)
    assert doc.title == "某省犬只管理办法"
    assert doc.parties == [] and doc.targets == []
