"""Text-layer PDFs (pypdfium2): the same outline and targets as the equivalent text, pages, bad PDFs.

Every PDF is built here with reportlab (tests/inputs/pdf_builder.py) from invented text.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

import policydoc  # noqa: E402
from policydoc.errors import LoadError  # noqa: E402
from policydoc.load import load_bytes  # noqa: E402
from policydoc.load.pdf import read_pdf  # noqa: E402

from .pdf_builder import blank_pages_pdf, build_pdf, image_only_pdf, typeset, wrap  # noqa: E402

WIDTH = 24
# 24 characters before 个: the wrap cuts the number 300 from its unit
SPLIT = "到2025年，全县各乡镇共新建社区健身中心300个，"
PLAN = [
    "某县全民健身发展规划",
    "一、总体要求",
    "（一）指导思想",
    "坚持以人民为中心的发展思想，把全民健身作为增进群众健康福祉的基础工程来抓，统筹城乡体育资源配置，"
    "推动全民健身与全民健康深度融合，让体育锻炼成为更多群众的生活方式，为建设健康县城打下坚实基础。",
    "（二）发展目标",
    SPLIT + "经常参加体育锻炼的人数比例达到45%以上，人均体育场地面积达到2.6平方米，"
    "每千人拥有社会体育指导员不少于3名，县级体育赛事活动每年举办20场以上。",
    "二、主要任务",
    "（一）完善场地设施",
    "充分利用公园绿地、闲置厂房和边角空地建设健身步道和多功能运动场，推进学校体育场馆在课余时间和节假日"
    "向社会开放，完善场馆开放的安全管理和保险保障，逐步实现公共体育设施免费或者低收费开放。",
    "（二）丰富赛事活动",
    "围绕传统节日和农闲时节举办群众喜闻乐见的体育比赛，扶持发展乡镇和村级体育组织，培育一批具有地方特色的"
    "品牌赛事，带动体育消费和乡村旅游协同发展，营造人人参与、人人受益的良好氛围。",
    "三、保障措施",
    "各乡镇和县直有关部门要把全民健身工作纳入本地本部门工作计划，明确责任分工，加强督促检查，"
    "确保各项目标任务按期完成，并将落实情况作为年度考核的重要内容。",
]
HEADER = "某县全民健身发展规划"


def _outline(doc: policydoc.Document) -> list[tuple[int, str, str]]:
    return [(s.level, s.marker, s.title) for s in doc.iter_sections()]


def _targets(doc: policydoc.Document) -> list[tuple]:
    return [(t.indicator, t.comparator, t.value, t.unit, t.year) for t in doc.targets]


@pytest.fixture(scope="module")
def pages() -> list[list[str]]:
    return typeset(PLAN, width=WIDTH, lines_per_page=8, header=HEADER)


@pytest.fixture(scope="module")
def plan_pdf(pages: list[list[str]]) -> bytes:
    return build_pdf(pages)


def test_fixture_has_the_hard_cases(pages: list[list[str]]) -> None:
    lines = [line for page in pages for line in page]
    assert any(line.endswith("300") for line in lines), "the wrap splits 300 from 个"
    # a paragraph runs over a page break: some page's last body line ends mid-sentence
    assert any(page[-2][-1] not in "。；：" and not page[-2].startswith(("一", "二", "三", "（")) for page in pages[:-1])
    assert len(pages) >= 4 and all(page[-1] == f"— {n} —" for n, page in enumerate(pages, 1))


def test_same_outline_and_targets_as_the_text(plan_pdf: bytes) -> None:
    from_pdf = policydoc.parse(plan_pdf)
    from_text = policydoc.parse_text("\n".join(PLAN))
    assert from_pdf.source.format == "pdf"
    assert _outline(from_pdf) == _outline(from_text)
    assert len(_outline(from_pdf)) == 7
    assert _targets(from_pdf) == _targets(from_text)
    assert ("社区健身中心", "=", 300.0, "个", 2025) in [(t.indicator[-6:], *x[1:]) for t, x in
                                                     zip(from_pdf.targets, _targets(from_pdf))]
    assert from_pdf.title == from_text.title


def test_text_is_reflowed_without_furniture(plan_pdf: bytes) -> None:
    doc = policydoc.parse(plan_pdf)
    text = doc.text
    for paragraph in PLAN:
        assert paragraph.replace("（", "(").replace("）", ")") in text  # joined again, no spaces, no page numbers
    assert "—" not in text and "\f" not in text
    assert text.count(HEADER) == 1  # the title stays, the running headers go
    kinds = {r.kind for r in doc.repairs}
    assert {"line_wrap", "boilerplate"} <= kinds  # page numbers and headers go with their page breaks
    for r in doc.repairs:  # every repair points back into the text read from the PDF
        if r.source_span is not None:
            assert read_pdf(plan_pdf).text[r.source_span[0] : r.source_span[1]] == r.original


def test_pages_map_every_fact_to_its_page(plan_pdf: bytes, pages: list[list[str]]) -> None:
    doc = policydoc.parse(plan_pdf)
    assert doc.source.pages is not None and [p.number for p in doc.source.pages] == list(range(1, len(pages) + 1))
    spans = [p.span for p in doc.source.pages]
    assert spans[0][0] == 0 and spans[-1][1] == len(doc.text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))  # they follow one another
    source = read_pdf(plan_pdf).text
    for p, lines in zip(doc.source.pages, pages):
        assert source[p.source_span[0] : p.source_span[1]].splitlines() == lines
    for t in doc.targets:  # the page of a fact's text span is the page of its source span
        assert t.source_span is not None
        on = [p.number for p in doc.source.pages if p.source_span[0] <= t.source_span[0] < p.source_span[1]]
        assert [doc.page_of(t.span)] == on and on[0] in doc.pages_of(t.span)
    drawn_on = {line: n for n, page in enumerate(pages, 1) for line in page}
    split = next(t for t in doc.targets if t.value == 300)
    number_at = split.span[0] + split.text.index("300")
    assert doc.page_of((number_at, number_at + 3)) == next(n for x, n in drawn_on.items() if x.endswith("300"))
    for s in doc.iter_sections():
        line = next(x for x in drawn_on if s.title.replace("(", "（").replace(")", "）") in x)
        assert doc.page_of(s.title_span) == drawn_on[line]


def test_sections_targets_and_parties_carry_their_page(plan_pdf: bytes) -> None:
    doc = policydoc.parse(plan_pdf)
    sections = doc.iter_sections()
    assert sections and doc.targets
    for s in sections:
        assert s.page == doc.page_of(s.span) and s.page_end == doc.pages_of(s.span)[-1]
    for fact in (*doc.targets, *doc.parties):
        assert fact.page == doc.page_of(fact.span)
    assert max(s.page_end for s in sections) == len(doc.source.pages)  # the last section runs to the last page
    rows = policydoc.to_records(doc, "targets")
    assert [r["page"] for r in rows] == [t.page for t in doc.targets]


def test_view_shows_page_numbers(plan_pdf: bytes) -> None:
    from policydoc.export.view import render_html

    doc = policydoc.parse(plan_pdf)
    page = render_html(doc)
    for p in doc.source.pages:
        assert f'id="page-{p.number}">第{p.number}页</span>' in page
    assert f'<td class="pgno"><a href="#page-{doc.targets[0].page}">' in page
    assert "<th>页</th>" in page and 'title="page">p.1</span>' in page


def test_text_input_has_no_pages() -> None:
    doc = policydoc.parse_text("一、总则\n正文。")
    assert doc.source.pages is None and doc.page_of((0, 2)) is None and doc.pages_of((0, 2)) == []
    assert doc.sections[0].page is None and doc.sections[0].page_end is None
    from policydoc.export.view import render_html

    assert "<th>页</th>" not in render_html(doc) and 'class="pg"' not in render_html(doc)


def test_other_page_numbers_go_too() -> None:
    paragraphs = PLAN[:6] * 2
    for footer in (lambda n: f"- {n} -", lambda n: f"第{n}页", lambda n: f"第 {n} 页 共 9 页"):
        doc = policydoc.parse(build_pdf(typeset(paragraphs, width=WIDTH, lines_per_page=8, footer=footer)))
        assert "页" not in doc.text and "- 2 -" not in doc.text
        assert SPLIT.replace("，", "") in doc.text.replace("，", "")


# --- bad PDFs: one line, a LoadError, exit 2 from the CLI, within a time bound -------------------------------------


def _encrypted() -> bytes:
    from reportlab.lib import pdfencrypt

    return build_pdf([["一、总则"]], encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))


BAD = {
    "image_only": (lambda: image_only_pdf(), "has no text layer; it needs OCR first"),
    "no_text": (lambda: build_pdf([[""], [""]]), "has no text layer; it needs OCR first"),
    "encrypted": (_encrypted, "is encrypted"),
    "truncated": (lambda: build_pdf([["一、总则", "正文。"]] * 3)[:300], "not a readable PDF"),
    "malformed": (lambda: b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"\x00garbage" * 50,
                  "not a readable PDF"),
    "deep_nesting": (lambda: b"%PDF-1.4\n1 0 obj\n" + b"[" * 100_000 + b"]" * 100_000 + b"\nendobj\ntrailer\n"
                     b"<< /Root 1 0 R >>\n%%EOF\n", "not a readable PDF"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_pdf_is_one_line_load_error(case: str) -> None:
    make, message = BAD[case]
    started = time.monotonic()
    with pytest.raises(LoadError) as info:
        load_bytes(make(), path=f"{case}.pdf")
    assert message in str(info.value) and "\n" not in str(info.value)
    assert str(info.value).startswith(f"{case}.pdf: ")
    assert time.monotonic() - started < 10


def test_page_limit_is_checked_before_reading() -> None:
    data = blank_pages_pdf(10_000)
    started = time.monotonic()
    with pytest.raises(LoadError, match="10000 pages, more than the limit of 5000"):
        load_bytes(data, path="many.pdf")
    assert time.monotonic() - started < 5
    with pytest.raises(LoadError, match="3 pages, more than the limit of 2"):
        read_pdf(build_pdf([["一、总则"]] * 3), name="x.pdf", max_pages=2)


def test_time_limit_stops_reading() -> None:
    with pytest.raises(LoadError, match="took longer than 0 s"):
        read_pdf(build_pdf([["一、总则" * 5]] * 3), name="x.pdf", max_seconds=0)


@pytest.mark.parametrize("case", ["image_only", "encrypted", "truncated"])
def test_cli_exits_2_with_one_line(tmp_path: Path, case: str) -> None:
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(BAD[case][0]())
    res = subprocess.run([sys.executable, "-m", "policydoc", "parse", str(path)], capture_output=True, text=True)
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert BAD[case][1] in res.stderr


def test_cli_parses_a_pdf(tmp_path: Path, plan_pdf: bytes) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(plan_pdf)
    res = subprocess.run([sys.executable, "-m", "policydoc", "outline", str(path)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "一、 总体要求" in res.stdout or "总体要求" in res.stdout


def test_wrap_helper() -> None:
    assert wrap("一二三四五", 2) == ["一二", "三四", "五"]


def test_unmapped_glyphs_warning_has_its_code() -> None:
    """Warning codes (issue 15): a text layer of mostly private-use glyphs warns as load.pdf_unmapped_glyphs."""
    doc = policydoc.parse(build_pdf([["一、总体要求", "推进" + "\ue000" * 30 + "数据共享工作。" * 5]]))
    w = doc.warning_details[0]  # (the glyphs are also private-use characters the mojibake fixer warns about)
    assert (w.code, w.message, w.span, w.source_span) == ("load.pdf_unmapped_glyphs", doc.warnings[0], None, None)
