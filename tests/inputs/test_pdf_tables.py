"""Ruled tables of a PDF read as rows of cells: targets and parties come from them as from the same rows
written as tab-separated text (the way .docx tables are read). Every table is invented."""

from __future__ import annotations

import pytest

import policydoc
from policydoc.load.pdf import read_pdf
from policydoc.load.pdf_tables import TableFinder

pytest.importorskip("reportlab")
from pdf_builder import build_pdf, ruled_table_pdf  # noqa: E402

INDICATORS = [
    ["序号", "指标", "单位", "2020年", "2025年目标", "属性"],
    ["1", "学前教育毛入园率", "%", "90", "95", "预期性"],
    ["2", "新增公办学位", "万个", "1.2", "3.5", "约束性"],
    ["3", "义务教育巩固率", "%", "95", "≥97", "约束性"],
]
TASKS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "新建改扩建中小学校舍", "区教育局", "区财政局、区住建局", "2025年底"],
    ["2", "建成智慧校园示范校", "区教育局", "区科技局", "2024年底"],
]
BEFORE = ["一、发展目标", "到2025年，主要指标如下。"]
AFTER = ["二、保障措施", "加强组织领导。"]


def _as_text(rows: list[list[str]]) -> str:
    return "\n".join([*BEFORE, *("\t".join(r) for r in rows), *AFTER])


def _facts(doc: policydoc.Document) -> tuple[list[tuple], list[tuple]]:
    targets = [(t.indicator, t.comparator, t.value, t.unit, t.year, t.attribute) for t in doc.targets]
    parties = [(p.task, p.lead, p.support) for p in doc.parties]
    return targets, parties


@pytest.mark.parametrize("rows, widths", [
    (INDICATORS, [30, 110, 40, 50, 70, 50]),
    (TASKS, [30, 120, 60, 100, 60]),
], ids=["indicator_table", "task_table"])
def test_a_ruled_table_reads_as_its_rows(rows: list[list[str]], widths: list[int]) -> None:
    pdf = ruled_table_pdf(BEFORE, rows, widths, AFTER)
    assert read_pdf(pdf).text == _as_text(rows)
    from_pdf, from_text = _facts(policydoc.parse(pdf)), _facts(policydoc.parse_text(_as_text(rows)))
    assert from_pdf == from_text and (from_pdf[0] or from_pdf[1])


def test_a_cell_wrapped_in_its_box_is_one_cell() -> None:
    rows = [["序号", "重点任务", "牵头单位"], ["1", "推进城乡义务教育一体化改革发展", "区教育局"]]
    pdf = ruled_table_pdf(BEFORE, rows, [30, 100, 80], AFTER, wrap_at=7)
    assert "1\t推进城乡义务教育一体化改革发展\t区教育局" in read_pdf(pdf).text.split("\n")


def test_pages_without_table_headers_are_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(TableFinder, "tables", lambda self, index: calls.append(index) or [])
    read_pdf(build_pdf([["一、总体要求", "到2025年，全面建成教育强区。"], ["二、主要任务", "推进学校建设和教师队伍建设。"]]))
    assert calls == []


def test_a_table_finder_failure_leaves_the_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("damaged content stream")

    monkeypatch.setattr(pdfplumber, "open", broken)
    text = read_pdf(ruled_table_pdf(BEFORE, INDICATORS, [30, 110, 40, 50, 70, 50], AFTER)).text
    assert "学前教育毛入园率" in text and "\t" not in text
