"""Attachment lists (附件：1.… 2.…) are list items, never headings; real headings stay."""

from __future__ import annotations

import pytest

from policydoc.outline import build_outline
from policydoc.outline.attachments import attachment_spans

BODY = "某县关于做好防汛工作的通知\n一、总体要求\n各单位要高度重视。\n二、工作措施\n（一）排查隐患\n全面排查。\n（二）值班值守\n严格值班。\n"

# (id, closing text after BODY, item markers that must not be headings)
CASES = [
    ("one_line", "附件：1.防汛责任人名单 2.应急物资清单\n某县防汛办\n", ["1.", "2."]),
    ("slash_separated", "附件：1.防汛责任人名单／2.应急物资清单\n", ["1.", "2."]),
    ("one_a_line", "附件：1.防汛责任人名单\n2.应急物资清单\n3.值班表\n某县防汛办\n", ["1.", "2.", "3."]),
    ("list_on_next_line", "附表：\n1.隐患点位表\n2.转移安置表\n", ["1.", "2."]),
    ("paren_items", "附件：（1）防汛责任人名单（2）应急物资清单\n（3）值班表\n", ["(1)", "(2)", "(3)", "（1）"]),
    ("ascii_colon_dun", "附图:1、水库分布图 2、转移路线图\n", ["1、", "2、"]),
]


@pytest.mark.parametrize("tail,markers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_attachment_items_are_not_headings(tail: str, markers: list[str]) -> None:
    sections = build_outline(BODY + tail).sections
    flat = [s for top in sections for s in [top, *top.children, *(g for c in top.children for g in c.children)]]
    assert [s.marker for s in sections] == ["一、", "二、"]
    assert not any(s.marker in markers for s in flat)
    assert [c.title for c in sections[1].children] == ["排查隐患", "值班值守"]


def test_numbered_headings_before_the_list_stay() -> None:
    text = "规划\n一、目标\n1.总量目标\n2.结构目标\n二、附则\n附件：1.指标表\n"
    top = build_outline(text).sections
    assert [c.title for c in top[0].children] == ["总量目标", "结构目标"]
    assert top[1].children == []


@pytest.mark.parametrize(
    "text",
    [
        "附件：考核办法\n1.总则\n",  # the attached document itself, not a list
        "附件：\n某某考核办法\n一、总则\n",
        "附件：2.第二份\n",  # a list starts with item 1
        "详见附件1.2节\n",
    ],
)
def test_not_an_attachment_list(text: str) -> None:
    assert attachment_spans(text) == []


def test_a_long_line_ends_the_list() -> None:
    text = "附件：1.名单\n2." + "很长的一段正文" * 20 + "\n"
    spans = attachment_spans(text)
    assert [text[a:b] for a, b in spans] == ["1.名单"]


def test_paren_numbered_items_form_a_list() -> None:
    text = "附件：（1）名单（2）清单\n（3）值班表\n某县防汛办\n"
    assert [text[a:b] for a, b in attachment_spans(text)] == ["（1）名单（2）清单\n（3）值班表"]
