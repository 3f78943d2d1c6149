"""DOCX reading: runs, tables, Word automatic numbering, heading styles, bad packages."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx_builder import PLAN_NUMBERING, abstract_num, build_docx, level, num, paragraph, run, table

from policydoc.errors import EmptyDocument, LoadError, UnsupportedFormat
from policydoc.load import load_bytes
from policydoc.load.docx import read_docx
from policydoc.load.docx_numbering import chinese_counting, format_number


def text_of(body: str, numbering: str = "", styles: str = "") -> str:
    return read_docx(build_docx(body, numbering, styles), name="t.docx").text


# --- number formats ------------------------------------------------------------------------------------------------

FORMAT_CASES = [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (12, "chineseCounting", "十二"),
    (21, "chineseCountingThousand", "二十一"), (100, "chineseCountingThousand", "一百"),
    (3, "chineseLegalSimplified", "叁"), (11, "chineseLegalSimplified", "壹拾壹"),
    (1, "ideographTraditional", "甲"), (10, "ideographTraditional", "癸"), (2, "ideographZodiac", "丑"),
    (1, "decimalEnclosedCircle", "①"), (20, "decimalEnclosedCircleChinese", "⑳"), (21, "decimalEnclosedCircle", "21"),
    (3, "decimalEnclosedParen", "⑶"), (4, "decimalEnclosedFullstop", "⒋"), (12, "decimalFullWidth", "１２"),
    (7, "decimalZero", "07"), (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"), (105, "ideographDigital", "一〇五"),
    (5, "decimal", "5"), (5, "someFutureFormat", "5"), (5, "none", ""),
]


@pytest.mark.parametrize("n,fmt,expected", FORMAT_CASES, ids=[f"{c[1]}-{c[0]}" for c in FORMAT_CASES])
def test_format_number(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


@pytest.mark.parametrize("n,expected", [(19, "十九"), (99, "九十九"), (101, "一百零一"), (1001, "一千零一"), (10000, "一万")])
def test_chinese_counting(n: int, expected: str) -> None:
    assert chinese_counting(n) == expected


# --- numbering sequences -------------------------------------------------------------------------------------------


def test_three_level_plan_numbering_restarts_deeper_levels() -> None:
    body = "".join(paragraph(t, num=1, ilvl=k) for k, t in [
        (0, "总体要求"), (1, "指导思想"), (1, "发展目标"), (2, "学前教育"), (2, "义务教育"),
        (0, "主要任务"), (1, "普惠发展"), (2, "扩大资源"), (0, "保障措施"),
    ])
    assert text_of(body, PLAN_NUMBERING).split("\n") == [
        "一、总体要求", "（一）指导思想", "（二）发展目标", "1.学前教育", "2.义务教育",
        "二、主要任务", "（一）普惠发展", "1.扩大资源", "三、保障措施",
    ]


def test_start_value_and_start_override_restart() -> None:
    numbering = abstract_num(3, [level(0, "decimal", "%1.", start=3)]) + num(7, 3) + num(8, 3, overrides={0: 1})
    body = paragraph("甲", num=7) + paragraph("乙", num=7) + paragraph("丙", num=8) + paragraph("丁", num=8)
    assert text_of(body, numbering).split("\n") == ["3.甲", "4.乙", "1.丙", "2.丁"]


def test_instances_sharing_an_abstract_definition_continue_one_list() -> None:
    numbering = abstract_num(0, [level(0, "chineseCounting", "%1、")]) + num(1, 0) + num(2, 0)
    body = paragraph("a", num=1) + paragraph("b", num=2) + paragraph("c", num=1)
    assert text_of(body, numbering).split("\n") == ["一、a", "二、b", "三、c"]


def test_multi_level_text_and_legal_numbering() -> None:
    numbering = abstract_num(0, [
        level(0, "chineseCounting", "第%1章"),
        level(1, "decimal", "%1.%2", extra="<w:isLgl/>"),
    ]) + num(1, 0)
    body = paragraph("总则", num=1) + paragraph("目的", num=1, ilvl=1) + paragraph("范围", num=1, ilvl=1)
    assert text_of(body, numbering).split("\n") == ["第一章 总则", "1.1 目的", "1.2 范围"]


def test_lvl_restart_zero_keeps_counting() -> None:
    numbering = abstract_num(0, [
        level(0, "chineseCounting", "%1、"),
        level(1, "decimalEnclosedCircle", "%2", extra='<w:lvlRestart w:val="0"/>'),
    ]) + num(1, 0)
    body = paragraph("甲", num=1) + paragraph("x", num=1, ilvl=1) + paragraph("乙", num=1) + paragraph("y", num=1, ilvl=1)
    assert text_of(body, numbering).split("\n") == ["一、甲", "① x", "二、乙", "② y"]


def test_suffix_nothing_and_bullets() -> None:
    numbering = abstract_num(0, [
        level(0, "ideographTraditional", "%1", extra='<w:suff w:val="nothing"/>'),
        level(1, "bullet", "\uf0b7"),
    ]) + num(1, 0)
    body = paragraph("项", num=1) + paragraph("要点", num=1, ilvl=1) + paragraph("无编号", num=0)
    assert text_of(body, numbering).split("\n") == ["甲项", "要点", "无编号"]


def test_typed_marker_is_not_doubled_and_empty_numbered_paragraph_counts() -> None:
    body = paragraph("一、总体要求", num=1) + paragraph("", num=1) + paragraph("保障措施", num=1)
    assert text_of(body, PLAN_NUMBERING).split("\n") == ["一、总体要求", "三、保障措施"]


STYLES = """
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>
  <w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="biaoti3"><w:name w:val="标题 3"/></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/></w:style>
"""


def test_numbering_attached_to_heading_styles() -> None:
    numbering = abstract_num(9, [level(0, "chineseCounting", "第%1章"), level(1, "chineseCounting", "第%2节")]) + num(5, 9)
    body = (paragraph("总则", style="1") + paragraph("一般规定", style="2") + paragraph("正文。", style="Body")
            + paragraph("目标", style="biaoti3") + paragraph("发展", style="1"))
    loaded = read_docx(build_docx(body, numbering, STYLES), name="s.docx")
    assert loaded.text.split("\n") == ["第一章 总则", "第一节 一般规定", "正文。", "目标", "第二章 发展"]
    levels = [(loaded.text[s:e], lvl) for s, e, lvl in loaded.headings]
    assert levels == [("第一章 总则", 1), ("第一节 一般规定", 2), ("目标", 3), ("第二章 发展", 1)]


# --- runs and tables -----------------------------------------------------------------------------------------------

RUN_CASES = [
    ("hyperlink", run("详见") + '<w:hyperlink r:id="x" xmlns:r="r">' + run("附件1") + "</w:hyperlink>", "详见附件1"),
    ("smartTag", '<w:smartTag w:element="date">' + run("2025年") + "</w:smartTag>" + run("底前"), "2025年底前"),
    ("insertion kept, deletion skipped", '<w:ins w:id="1">' + run("新增") + '</w:ins><w:del w:id="2"><w:r><w:delText>删去</w:delText></w:r></w:del>' + run("内容"), "新增内容"),
    ("tab and break", run("甲\t乙\n丙"), "甲\t乙\n丙"),
    ("hidden run skipped", '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>' + run("可见"), "可见"),
    ("field code skipped, result kept", '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("3") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>', "3"),
    ("content control", "<w:sdt><w:sdtContent>" + run("控件文字") + "</w:sdtContent></w:sdt>", "控件文字"),
]


@pytest.mark.parametrize("label,inner,expected", RUN_CASES, ids=[c[0] for c in RUN_CASES])
def test_runs(label: str, inner: str, expected: str) -> None:
    assert text_of(paragraph(inner=inner)) == expected


def test_tables_merged_cells_and_numbered_cells() -> None:
    rows = [["类别", "指标", "2025年"], ["学前教育", "毛入园率(%)", "≥96"], ["", "覆盖率(%)", "90以上"]]
    body = table(rows, merge_first_column=True)
    merged = '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>' + run("合计") + "</w:p></w:tc><w:tc><w:p>" + run("9") + "</w:p></w:tc></w:tr></w:tbl>"
    numbered = "<w:tbl><w:tr><w:tc>" + paragraph("任务", num=1, ilvl=2) + "</w:tc><w:tc><w:p>" + run("市教育局") + "</w:p></w:tc></w:tr></w:tbl>"
    assert text_of(body + merged + numbered, PLAN_NUMBERING).split("\n") == [
        "类别\t指标\t2025年", "学前教育\t毛入园率(%)\t≥96", "\t覆盖率(%)\t90以上", "合计\t\t9", "1.任务\t市教育局",
    ]


def test_python_docx_document_with_heading_styles_and_task_table() -> None:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("滨江市教育重点任务清单", level=1)
    doc.add_paragraph("一、重点任务")
    tbl = doc.add_table(rows=3, cols=3)
    for r, cells in enumerate([["序号", "任务", "责任单位"], ["1", "新建幼儿园10所", "市教育局、市财政局"], ["2", "推进课后服务", "各区人民政府"]]):
        for c, value in enumerate(cells):
            tbl.cell(r, c).text = value
    doc.add_heading("保障措施", level=2)
    buf = io.BytesIO()
    doc.save(buf)
    loaded = load_bytes(buf.getvalue(), path="tasks.docx")
    assert loaded.format == "docx" and loaded.encoding is None
    assert loaded.text.split("\n") == [
        "滨江市教育重点任务清单", "一、重点任务", "序号\t任务\t责任单位", "1\t新建幼儿园10所\t市教育局、市财政局",
        "2\t推进课后服务\t各区人民政府", "保障措施",
    ]
    assert [lvl for _, _, lvl in loaded.headings] == [1, 2]


# --- bad packages --------------------------------------------------------------------------------------------------


def _zip(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files.items():
            z.writestr(name, content)
    return buf.getvalue()


BAD_CASES = [
    ("not a zip", b"PK\x03\x04this is not really a zip archive at all", LoadError, "not a valid .docx"),
    ("zip without document.xml", _zip({"xl/workbook.xml": "<workbook/>"}), UnsupportedFormat, "without word/document.xml"),
    ("damaged document.xml", _zip({"word/document.xml": "<w:document><w:body>"}), LoadError, "is damaged"),
    ("no text", build_docx(paragraph("")), EmptyDocument, "no text"),
]


@pytest.mark.parametrize("label,data,error,message", BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_packages(label: str, data: bytes, error: type, message: str) -> None:
    with pytest.raises(error, match=message) as info:
        load_bytes(data, path="bad.docx")
    assert "\n" not in str(info.value)


def test_main_part_found_through_package_relationships() -> None:
    data = build_docx(paragraph("正文"), document_part="word/document2.xml")
    assert read_docx(data, name="x.docx").text == "正文"


def test_num_style_link_borrows_the_list_style_definition() -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>'
        + abstract_num(2, ['<w:styleLink w:val="PlanList"/>', level(0, "chineseCounting", "%1、")])
        + num(1, 1) + num(2, 2)
    )
    body = paragraph("总体要求", num=1) + paragraph("主要任务", num=2)
    assert text_of(body, numbering).split("\n") == ["一、总体要求", "二、主要任务"]


def test_a_huge_numbering_start_is_written_in_decimal() -> None:
    """A damaged or hostile numbering.xml (start 2·10⁹ in a letter or roman format) gives a decimal marker, not a
    marker of gigabytes (issue 15)."""
    numbering = abstract_num(1, [level(0, "upperLetter", "%1.", start=2_000_000_000)]) + num(1, 1)
    numbering += abstract_num(2, [level(0, "lowerRoman", "%1)", start=1_999_999_999)]) + num(2, 2)
    text = text_of(paragraph("加强组织领导", num=1) + paragraph("完善保障措施", num=2), numbering)
    assert "2000000000." in text and "1999999999)" in text and len(text) < 200


def test_a_part_inflating_past_the_limit_is_refused_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A zip bomb (a document.xml that inflates far beyond any real plan's) is refused before it is read."""
    import policydoc.load.docx as docx_module

    monkeypatch.setattr(docx_module, "_MAX_PART", 50_000)
    data = build_docx(paragraph("到2025年，覆盖率达到90%。" * 5000))
    with pytest.raises(LoadError, match="inflates to"):
        read_docx(data, name="bomb.docx")
