"""The Markdown fixer: one case per rule, what must stay, and the offsets back to the source."""

from __future__ import annotations

import pytest

from policydoc.normalize import normalize
from policydoc.normalize.markdown import looks_like_markdown, strip_markdown
from policydoc.normalize.offsets import apply_edits

MD_SIGN = "# **某县实施方案**\n"  # every case opens like a Markdown file (two signs), so the fixer runs

CASES = [
    ("bold heading", "**一、总体要求**", "一、总体要求"),
    ("quadruple asterisks", "****二、主要任务****", "二、主要任务"),
    ("bold marker only", "**三、** 推进质量建设", "三、 推进质量建设"),
    ("bold run-in head", "**（一）信息核验。**未能通过的", "（一）信息核验。未能通过的"),
    ("atx heading", "## 第一章 总 则", "第一章 总 则"),
    ("atx without space", "###（一）工作目标", "（一）工作目标"),
    ("bullet", "- （一）擴大再生能源\n* **（二）提升效率**", "（一）擴大再生能源\n（二）提升效率"),
    ("page number line stays", "正文\n- 2 -\n正文", "正文\n- 2 -\n正文"),
    ("block quote", "> 来源：某市人民政府", "来源：某市人民政府"),
    ("a bound in a cell stays", "目标\n>75\n≥80", "目标\n>75\n≥80"),
    ("link keeps text", "详见[附件1](https://example.cn/a.pdf)。", "详见附件1。"),
    ("image goes", "文字![图](https://example.cn/a.png)文字", "文字文字"),
    ("breadcrumb line goes", "1. [首页](https://example.cn/)\n2. [政务公开](https://example.cn/z)\n正文", "正文"),
    ("attachment link line goes", "[1.申请表.docx](https://example.cn/1.docx)\n正文", "正文"),
    ("thematic break goes", "上文\n---\n下文", "上文\n下文"),
    ("escaped dot", "注：1\\. 数据为初步统计", "注：1. 数据为初步统计"),
    ("table row to tabs", "| 指标 | 单位 | 目标 |\n| --- | :---: | ---: |\n| 覆盖率 | % | 95 |",
     "指标\t单位\t目标\n覆盖率\t%\t95"),
    ("br in a cell", "| 任务 | 备注<br>说明 |", "任务\t备注 说明"),
    ("redacted year stays", "到20*年，完成*项", "到20*年，完成*项"),
    ("redacted years stay", "某县20**年工作要点\n到20**年，完成20**年目标", "某县20**年工作要点\n到20**年，完成20**年目标"),
    ("bold broken over two lines", "**某省关于印发\n《某办法》的通知**\n正文", "某省关于印发\n《某办法》的通知\n正文"),
    ("fill-in blank stays", "姓名：______", "姓名：______"),
    ("heading attributes go", '## 第一章 总则{align="center"}\n### 目标 {#sec-1 .lead}\n{: .note}',
     "第一章 总则\n目标\n"),
    ("braces in text stay", "正文{x}。\n公式{a}=1", "正文{x}。\n公式{a}=1"),
]


@pytest.mark.parametrize(("label", "source", "expected"), CASES, ids=[c[0] for c in CASES])
def test_markdown_rule(label: str, source: str, expected: str) -> None:
    text = MD_SIGN + source
    out, _ = apply_edits(text, strip_markdown(text))
    assert out == "某县实施方案\n" + expected


def test_front_matter_opening_the_file_goes() -> None:
    text = "---\ntitle: 某市方案\ndate: 2024-01-01\n---\n# 某市方案\n正文"
    assert apply_edits(text, strip_markdown(text))[0] == "某市方案\n正文"


@pytest.mark.parametrize("text", ["价格上涨**", "注：表中#号为估算值", "一、总体要求\n二、主要任务", "* 注：估算值。"])
def test_plain_text_is_left_alone(text: str) -> None:
    assert not looks_like_markdown(text)
    assert strip_markdown(text) == []


def test_asterisk_bullets_alone_show_markdown() -> None:
    # a gazette kept as Markdown opens every paragraph with "* ": the bullets alone show it
    text = "* 院长：主席、各位委员。\n\n* 壹、经济发展\n\n* 景气回升。"
    assert looks_like_markdown(text)
    assert apply_edits(text, strip_markdown(text))[0] == "院长：主席、各位委员。\n\n壹、经济发展\n\n景气回升。"


def test_repairs_map_back_to_the_markup() -> None:
    source = "# 某县方案\n**一、总体要求**\n到2025年达到[95%](https://x.cn)。"
    result = normalize(source)
    assert result.text == "某县方案\n一、总体要求\n到2025年达到95%。"
    kinds = {r.kind for r in result.repairs}
    assert "markdown" in kinds
    for r in result.repairs:
        if r.kind == "markdown":
            assert source[r.source_span[0]:r.source_span[1]] == r.original
    start = result.text.index("95%")
    assert source[slice(*result.offsets.span_to_source((start, start + 3)))] == "95%"


def test_the_fixer_can_be_switched_off() -> None:
    from policydoc.normalize import NormalizeOptions

    result = normalize("# 方案\n**一、总体要求**", NormalizeOptions.without("markdown"))
    assert "**" in result.text


HTML_CASES = [
    ("block tags break lines", "<p>一、回顾</p><p>二、任务</p><p>三、保障</p>", "一、回顾\n二、任务\n三、保障"),
    ("glued attributes", '<divclass="t"><h2>某市报告</h2></div><p>正文</p><p>完</p>', "某市报告\n正文\n完"),
    ("inline tags go", "<p>增长<span>5%</span></p><p>a</p><p>b</p><p>c</p>", "增长5%\na\nb\nc"),
    ("entities", "<p>增长&nbsp;5%&lt;6%</p><p>a</p><p>b</p><p>c</p>", "增长\xa05%<6%\na\nb\nc"),
    ("Chinese in angle brackets stays", "<p>按照<若干措施>执行</p><p>a</p><p>b</p><p>c</p>", "按照<若干措施>执行\na\nb\nc"),
]


@pytest.mark.parametrize(("label", "source", "expected"), HTML_CASES, ids=[c[0] for c in HTML_CASES])
def test_html_fragment_rule(label: str, source: str, expected: str) -> None:
    from policydoc.normalize.htmlfrag import strip_html_fragments

    out, _ = apply_edits(source, strip_html_fragments(source))
    assert "\n".join(line for line in out.split("\n") if line) == expected


def test_plain_text_with_angle_brackets_is_no_html() -> None:
    from policydoc.normalize.htmlfrag import strip_html_fragments

    assert strip_html_fragments("按照<若干措施>和<实施细则>执行，a<b 且 c>d。") == []
