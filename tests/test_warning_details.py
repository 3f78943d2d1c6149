"""Structured warnings (issue 15): every string of ``Document.warnings`` has its ``warning_details`` entry,
with a code, the same message and spans that lie in the text and in the source. All inputs are invented."""

from __future__ import annotations

import pytest

import policydoc
from policydoc.export.markdown import to_markdown
from policydoc.export.view import render_html
from policydoc.load import load_bytes, load_text

PLAN = "".join(f"{i}、第{i}项任务\n到2030年，城乡社区服务覆盖率达到95%。由区民政局牵头负责。\n" for i in range(1, 50))
PAGE = ("<html><head>{head}</head><body><h1>临川县养老服务规划</h1><div class='content'><p>一、总体要求</p>"
        "<p>完善居家社区养老服务网络。</p></div></body></html>")


def _with_bytes(text: str, before: str, raw: bytes, before2: str = "", raw2: bytes = b"") -> bytes:
    """UTF-8 of ``text`` with ``raw`` put before the first ``before`` (and ``raw2`` before a later ``before2``)."""
    at = text.index(before)
    at2 = text.index(before2, at + 1) if before2 else len(text)
    return text[:at].encode() + raw + text[at:at2].encode() + raw2 + text[at2:].encode()


# (label, input: bytes or str, expected codes in order)
CASES = [
    ("undecodable_byte", _with_bytes(PLAN, "城乡", b"\xff"), ["load.undecodable"]),
    ("two_undecodable_runs", _with_bytes(PLAN, "城乡", b"\xfe", "城乡", b"\x80\x80"),
     ["load.undecodable", "load.undecodable"]),
    ("cut_last_character", PLAN.encode()[:-2], ["load.undecodable"]),
    ("html_charset_lie", PAGE.format(head='<meta charset="utf-8">').encode("gbk"), ["html.charset_mismatch"]),
    ("html_undecodable_byte", _with_bytes(PAGE.format(head="") + PLAN, "城乡", b"\xff"), ["html.undecodable"]),
    ("numbering_skip", "一、总体要求\n正文。\n二、主要任务\n正文。\n四、保障措施\n正文。\n", ["outline.numbering_skip"]),
    ("numbering_restart", "一、甲项工作\n二、乙项工作\n另一文件\n一、丙项工作\n", ["outline.numbering_restart"]),
    ("first_heading_not_one", "六、平安城市建设\n（一）完善治安防控体系\n健全防控网络。\n（二）加强应急管理\n提升处置能力。\n"
     "七、智慧城市建设\n推进数据共享。\n", ["outline.first_heading_not_one"]),
    ("mojibake_unrepaired", "本欄目使用私用區字元\ue000作為圖示。", ["normalize.mojibake_unrepaired"]),
    ("mojibake_ambiguous", "要系好人生第一??圩印薄皞鞒屑t色基因”等活動。", ["normalize.mojibake_ambiguous"]),
    ("mojibake_lost_character", "要做到“兩個確?!?實施“十大工程”。", ["normalize.mojibake_lost_character"]),
    ("clean_text", "一、总体要求\n到2030年，覆盖率达到95%。\n二、主要任务\n", []),
]


def _parse(data: "bytes | str") -> tuple[policydoc.Document, str]:
    """The Document and its decoded source (what ``source_span`` points into)."""
    if isinstance(data, bytes):
        return policydoc.parse(data), load_bytes(data).text
    return policydoc.parse_text(data), load_text(data).text


@pytest.mark.parametrize(("label", "data", "codes"), CASES, ids=[c[0] for c in CASES])
def test_codes(label: str, data: "bytes | str", codes: list[str]) -> None:
    doc, _ = _parse(data)
    assert [w.code for w in doc.warning_details] == codes


@pytest.mark.parametrize(("label", "data", "codes"), CASES, ids=[c[0] for c in CASES])
def test_every_warning_has_its_detail_with_spans_in_range(label: str, data: "bytes | str", codes: list[str]) -> None:
    doc, source = _parse(data)
    assert [w.message for w in doc.warning_details] == doc.warnings
    assert all(type(w) is str for w in doc.warnings)  # plain strings in the JSON, as SPEC says
    for w in doc.warning_details:
        assert w.code and "." in w.code
        if w.span is not None:
            assert 0 <= w.span[0] <= w.span[1] <= len(doc.text)
        if w.source_span is not None:
            assert 0 <= w.source_span[0] <= w.source_span[1] <= len(source)


def test_spans_point_at_what_the_warning_is_about() -> None:
    doc, source = _parse(CASES[0][1])
    (w,) = doc.warning_details
    assert doc.text[w.span[0] : w.span[1]] == "\ufffd" == source[w.source_span[0] : w.source_span[1]]
    doc, source = _parse("一、总体要求\n正文。\n二、主要任务\n正文。\n四、保障措施\n正文。\n")
    (w,) = doc.warning_details
    assert doc.text[w.span[0] : w.span[1]] == "四、" == source[w.source_span[0] : w.source_span[1]]
    doc, source = _parse("本欄目使用私用區字元\ue000作為圖示。")
    (w,) = doc.warning_details
    assert source[w.source_span[0] : w.source_span[1]] == "\ue000"
    assert doc.text[w.span[0] : w.span[1]] == "\ue000"  # after t2s, which changed the text around it


def test_details_survive_json() -> None:
    doc, _ = _parse("一、甲项工作\n二、乙项工作\n另一文件\n一、丙项工作\n")
    back = policydoc.Document.model_validate_json(doc.model_dump_json())
    assert back.warning_details == doc.warning_details and back.warnings == doc.warnings


def test_views_show_the_codes() -> None:
    doc, _ = _parse("一、总体要求\n正文。\n二、主要任务\n正文。\n四、保障措施\n正文。\n")
    md = to_markdown(doc)
    assert "1 warning" in md and "- `outline.numbering_skip` outline: numbering skips" in md
    assert "<code>outline.numbering_skip</code>" in render_html(doc)
    clean, _ = _parse("一、总体要求\n正文。\n")
    assert "Warnings" not in to_markdown(clean) and "pd-warnings" not in render_html(clean)
