"""Heading-style hints: .docx headings styled 标题 1-3 / Heading 1-3, with and without numbering markers.

The documents are built here with python-docx; each is also parsed as plain
text (no hints) to show that text input keeps its marker-only outline.
"""

from __future__ import annotations

import io
from typing import Optional, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydoc import parse, parse_text
from policydoc.models import Document, Section
from policydoc.outline import build_outline

from .tree_checks import assert_well_formed

docx = pytest.importorskip("docx")

Para = tuple[Optional[str], str]  # (paragraph style name or None, text)


def build(paras: Sequence[Para], chinese_names: bool = True) -> bytes:
    """A .docx whose paragraphs carry the given styles; 标题 N styles are added as the Chinese Word names them."""
    from docx.enum.style import WD_STYLE_TYPE

    doc = docx.Document()
    if chinese_names:
        for level in (1, 2, 3):
            doc.styles.add_style(f"标题 {level}", WD_STYLE_TYPE.PARAGRAPH)
    for style, text in paras:
        doc.add_paragraph(text, style=style)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def flat(sections: Sequence[Section]) -> list[tuple[str, int, str, str, int, str]]:
    out: list[tuple[str, int, str, str, int, str]] = []
    for s in sections:
        out.append((s.id, s.level, s.marker, s.style, s.number, s.title))
        out.extend(flat(s.children))
    return out


def spans_hold_titles(doc: Document) -> bool:
    return all(doc.text[a:b] == title for (_, _, _, _, _, title), (a, b) in
               zip(flat(doc.sections), _title_spans(doc.sections)))


def _title_spans(sections: Sequence[Section]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s in sections:
        out.append(s.title_span)
        out.extend(_title_spans(s.children))
    return out


# A plan whose top headings are styled but unnumbered, with numbered styled and plain headings below them.
MIXED: list[Para] = [
    ("标题 1", "河湾县义务教育优质均衡发展三年行动计划"),  # the title styled as a heading
    ("标题 1", "总体要求"),
    ("标题 2", "指导思想"),
    (None, "以办好每一所家门口的学校为目标，缩小校际差距。"),
    ("标题 2", "基本原则"),
    (None, "(一)坚持规划引领。按学龄人口变化布局学校。"),
    (None, "(二)坚持问题导向。先补齐短板再提升内涵。"),
    ("标题 1", "重点任务"),
    ("标题 2", "一、优化学校布局"),
    (None, "1.新建学校。到2026年新建初中2所。"),
    (None, "2.改造薄弱学校。完成12所学校改造。"),
    ("标题 2", "二、均衡配置师资"),
    (None, "3.推进校长教师交流。每年交流比例不低于15%。"),
    ("标题 1", "保障措施"),
    (None, "健全督导评估，落实专项经费。"),
]
MIXED_OUTLINE = [
    ("1", 1, "", "heading", 1, "总体要求"),
    ("1.1", 2, "", "heading", 1, "指导思想"),
    ("1.2", 2, "", "heading", 2, "基本原则"),
    ("1.2.1", 3, "(一)", "cn_paren", 1, "坚持规划引领"),
    ("1.2.2", 3, "(二)", "cn_paren", 2, "坚持问题导向"),
    ("2", 1, "", "heading", 2, "重点任务"),
    ("2.1", 2, "一、", "cn_dun", 1, "优化学校布局"),
    ("2.1.1", 3, "1.", "arabic_dot", 1, "新建学校"),
    ("2.1.2", 3, "2.", "arabic_dot", 2, "改造薄弱学校"),
    ("2.2", 2, "二、", "cn_dun", 2, "均衡配置师资"),
    ("2.2.1", 3, "3.", "arabic_dot", 3, "推进校长教师交流"),
    ("3", 1, "", "heading", 3, "保障措施"),
]
# the same text without hints: only the numbered headings, nested by their numbering
MIXED_TEXT_OUTLINE = [
    ("1", 1, "(一)", "cn_paren", 1, "坚持规划引领"),
    ("2", 1, "(二)", "cn_paren", 2, "坚持问题导向"),
    ("2.1", 2, "一、", "cn_dun", 1, "优化学校布局"),
    ("2.1.1", 3, "1.", "arabic_dot", 1, "新建学校"),
    ("2.1.2", 3, "2.", "arabic_dot", 2, "改造薄弱学校"),
    ("2.2", 2, "二、", "cn_dun", 2, "均衡配置师资"),
    ("2.2.1", 3, "3.", "arabic_dot", 3, "推进校长教师交流"),
]


def test_styled_headings_with_and_without_markers() -> None:
    doc = parse(build(MIXED))
    assert doc.source.format == "docx"
    assert doc.title == "河湾县义务教育优质均衡发展三年行动计划"
    assert flat(doc.sections) == MIXED_OUTLINE
    assert spans_hold_titles(doc)
    assert not [w for w in doc.warnings if w.startswith("outline")]


def test_same_text_without_hints_keeps_the_marker_outline() -> None:
    text = parse(build(MIXED)).text
    doc = parse_text(text)
    assert flat(doc.sections) != MIXED_OUTLINE
    assert flat(build_outline(text).sections) == flat(build_outline(text, hints=[]).sections) == flat(doc.sections)
    assert flat(doc.sections) == MIXED_TEXT_OUTLINE


def test_heading_1_never_nests_under_heading_2() -> None:
    # a preface subsection styled Heading 2 comes before the first Heading 1: by numbering alone
    # 一、 would open a list inside (一); by style it is a level above
    paras: list[Para] = [
        ("标题 2", "(一)编制背景"),
        (None, "本区人口持续流入，学位需求增长。"),
        ("标题 1", "一、总体目标"),
        ("标题 2", "(一)学位供给"),
        ("标题 3", "1.新增学位"),
        ("标题 1", "二、实施步骤"),
    ]
    doc = parse(build(paras))
    assert [(i, lvl, m) for i, lvl, m, *_ in flat(doc.sections)] == [
        ("1", 2, "(一)"), ("2", 1, "一、"), ("2.1", 2, "(一)"), ("2.1.1", 3, "1."), ("3", 1, "二、"),
    ]
    plain = flat(parse_text(doc.text).sections)
    assert plain[1][:3] == ("1.1", 2, "一、")  # the text alone nests it


def test_english_heading_styles_and_skipped_style_level() -> None:
    doc = docx.Document()
    doc.add_heading("组织实施", level=1)
    doc.add_paragraph("各校成立工作专班。")
    doc.add_heading("职责分工", level=3)  # no Heading 2 in the document: one level below Heading 1
    doc.add_paragraph("(一)教育局负责统筹。")
    doc.add_heading("进度安排", level=1)
    buf = io.BytesIO()
    doc.save(buf)
    parsed = parse(buf.getvalue())
    assert [(i, lvl, m, n, t) for i, lvl, m, _, n, t in flat(parsed.sections)] == [
        ("1", 1, "", 1, "组织实施"), ("1.1", 2, "", 1, "职责分工"), ("1.1.1", 3, "(一)", 1, "教育局负责统筹"),
        ("2", 1, "", 2, "进度安排"),
    ]


def test_marker_inside_a_styled_line_is_title_text() -> None:
    text = "工作要求\n一、落实(二)中的分工\n正文。\n"
    outline = build_outline(text, hints=[(0, 4, 1), (5, 16, 2)])
    assert [(s.marker, s.title) for s in outline.sections[0].children] == [("一、", "落实(二)中的分工")]


def test_hint_spans_are_trimmed_and_empty_ones_ignored() -> None:
    text = "  总体要求  \n正文。\n"
    outline = build_outline(text, hints=[(0, 12, 1), (13, 13, 2), (5, 2, 1)])
    [sec] = outline.sections
    assert (sec.title, text[sec.title_span[0] : sec.title_span[1]], sec.marker) == ("总体要求", "总体要求", "")


# --- any hints give a well-formed tree ------------------------------------------------------------------------------

PIECES = ["一、", "二、", "(一)", "(二)", "1.", "2.", "第一章", "①", "总体要求", "加强领导", "2025年", "。", "，"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5), st.integers(0, 3)),
                max_size=15))
def test_hinted_outline_is_a_well_formed_tree(lines: list[tuple[list[str], int]]) -> None:
    text, hints, pos = "", [], 0
    for pieces, level in lines:
        line = "".join(pieces)
        if level:
            hints.append((pos, pos + len(line), level))
        text += line + "\n"
        pos += len(line) + 1
    outline = build_outline(text, hints=hints)
    assert_well_formed(outline.sections, len(text))
