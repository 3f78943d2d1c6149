"""PDF text: page breaks, hard wraps, number spacing and look-alike characters (invented texts)."""

from __future__ import annotations

import pytest

from policydoc.normalize import normalize
from policydoc.normalize.lookalike import fix_lookalikes
from policydoc.normalize.offsets import apply_edits
from policydoc.normalize.reflow import reflow, wrap_width
from policydoc.normalize.spacing import fix_number_spacing

LINE = "这是一段排版后的正文，每行写满页面宽度后换行继续"  # 24 wide characters: a full page line


def page(*lines: str) -> str:
    return "\n".join(lines)


def wrapped(body: str) -> str:
    """Twenty full lines of filler, so the text is hard-wrapped, then ``body``."""
    return "\n".join([LINE] * 20) + "\n" + body


def _apply(text: str) -> str:
    return apply_edits(text, reflow(text))[0]


REFLOW_CASES = [
    ("form feed and page number go", "写到一半\n2\n\n\f接着写完。", "写到一半\n接着写完。"),
    ("form feed alone", "上一页完。\n\f第四节 下一节", "上一页完。\n第四节 下一节"),
    ("pushed comma joins", "推动「韧性计划」\n，致力推动合作。", "推动「韧性计划」，致力推动合作。"),
    ("paragraph lines stay", "第一段写完。\n第二段写完。", "第一段写完。\n第二段写完。"),
    ("marker alone on its line", "一、\n总体要求\n正文。", "一、总体要求\n正文。"),
    ("marker and a year", "(1)2014\n城市音乐节：7月举办。", "(1)2014城市音乐节：7月举办。"),
    ("marker and an ordinal start", "(2)第9\n届数字艺术节", "(2)第9届数字艺术节"),
    ("two markers stay apart", "一、\n(一)指导思想", "一、\n(一)指导思想"),
    ("a page number is no stub", "第一段写完。\n12\n第二段写完。", "第一段写完。\n12\n第二段写完。"),
]


@pytest.mark.parametrize(("label", "text", "expected"), REFLOW_CASES, ids=[c[0] for c in REFLOW_CASES])
def test_reflow_any_document(label: str, text: str, expected: str) -> None:
    assert _apply(text) == expected


WRAP_CASES = [
    ("full line runs on", LINE + "\n下一行接着写完。", LINE + "下一行接着写完。"),
    ("number cut from its unit", LINE[:-4] + "300 亿\n元。", LINE[:-4] + "300 亿元。"),
    ("a decimal opening a wrapped line", LINE[:-6] + "全长约\n1.2 公里的道路。", LINE[:-6] + "全长约1.2 公里的道路。"),
    ("traditional count continues", LINE[:-6] + "預計創造約\n3 萬個工作機會。", LINE[:-6] + "預計創造約3 萬個工作機會。"),
    ("sentence end keeps the break", LINE[:-1] + "。\n下一段。", LINE[:-1] + "。\n下一段。"),
    ("marker keeps the break", LINE + "\n（二）下一项", LINE + "\n（二）下一项"),
    ("decimal heading keeps the break", LINE + "\n2.1 领导机构", LINE + "\n2.1 领导机构"),
    ("decimal top keeps the break", LINE + "\n2 组织体系", LINE + "\n2 组织体系"),
    ("box keeps the break", LINE + "\n专栏1 重大工程", LINE + "\n专栏1 重大工程"),
    ("short line keeps the break", "短的标题行\n正文开始。", "短的标题行\n正文开始。"),
    ("heading line keeps the break", "一、推动能源转型：新绿能新节能新储能持续推进\n正文。", "一、推动能源转型：新绿能新节能新储能持续推进\n正文。"),
    ("page break inside a sentence", LINE + "\n12\n\n\f" + "接着写完。", LINE + "接着写完。"),
]


@pytest.mark.parametrize(("label", "body", "expected"), WRAP_CASES, ids=[c[0] for c in WRAP_CASES])
def test_reflow_hard_wrapped(label: str, body: str, expected: str) -> None:
    text = wrapped(body)
    assert wrap_width(text) is not None
    out = _apply(text)
    assert out.endswith(expected), out[-80:]


def test_paragraph_documents_have_no_wrap_width() -> None:
    assert wrap_width("\n".join(["一段完整的话写完了。"] * 40)) is None
    assert wrap_width("\n".join(["很长的一段话" * 30 + "。"] * 40)) is None  # paragraphs wider than a page


SPACING_CASES = [
    ("year and unit", "于 2024 年投入 300 亿元", "于2024年投入300亿元"),
    ("percent", "成长 22.4 %", "成长22.4%"),
    ("composite amount", "计 32 万 8,636 人次", "计32万8,636人次"),
    ("tab between cells stays", "序号\t2025年", "序号\t2025年"),
    ("ideographic space stays", "目标\u30003", "目标\u30003"),
    ("two spaces stay", "单位  2025", "单位  2025"),
    ("latin words stay", "Page 3 of 4", "Page 3 of 4"),
]


@pytest.mark.parametrize(("label", "text", "expected"), SPACING_CASES, ids=[c[0] for c in SPACING_CASES])
def test_number_spacing(label: str, text: str, expected: str) -> None:
    assert apply_edits(text, fix_number_spacing(text))[0] == expected


def test_spaced_digits_only_where_the_document_spaces_them() -> None:
    spaced = "到 2 0 0 5 年，增长 6 .5 %。" * 6
    out = apply_edits(spaced, fix_number_spacing(spaced))[0]
    assert out.startswith("到2005年，增长6.5%。")
    once = "编号为 1 2 的文件。年产 1200 万吨。"
    assert "1 2" in apply_edits(once, fix_number_spacing(once))[0]


@pytest.mark.parametrize(("text", "expected"), [("\u2f00、总则", "一、总则"), ("\u2f08\u53e3", "人口"),
                                                ("ㄧ、原则", "一、原则"), ("第ㄧ次", "第一次")])
def test_lookalikes(text: str, expected: str) -> None:
    assert apply_edits(text, fix_lookalikes(text))[0] == expected


def test_pdf_text_end_to_end_maps_back() -> None:
    source = wrapped("这是一段排版后的正文到 2025 年，完成投资\n这是一段排版后的正文共计完成投资300 亿\n元。\n3\n\n\f一、下一部分")
    result = normalize(source)
    assert "到2025年，完成投资这是一段排版后的正文共计完成投资300亿元。\n一、下一部分" in result.text
    start = result.text.index("300亿元")
    a, b = result.offsets.span_to_source((start, start + 3))
    assert source[a:b] == "300"
