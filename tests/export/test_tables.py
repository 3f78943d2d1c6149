"""The targets and parties tables: columns, CSV cells, JSONL values, empty tables."""

from __future__ import annotations

import csv
import io
import json

import pytest

from policydoc.export.records import PARTY_COLUMNS, TARGET_COLUMNS
from policydoc.export.tables import csv_cell, party_rows, target_rows, write_rows
from policydoc.models import Document, Source, Target

CELLS = [
    ("none", None, ""),
    ("span", (12, 30), "12-30"),
    ("names", ["税务部门", "财政部门", "教育部门"], "税务部门、财政部门、教育部门"),
    ("empty list", [], ""),
    ("whole float", 96.0, "96"),
    ("fraction", 3.25, "3.25"),
    ("int", 2025, "2025"),
    ("text", "学前教育毛入园率", "学前教育毛入园率"),
]


@pytest.mark.parametrize("value,expected", [c[1:] for c in CELLS], ids=[c[0] for c in CELLS])
def test_csv_cell(value: object, expected: str) -> None:
    assert csv_cell(value) == expected


def _csv(rows: list[dict], columns: str) -> list[dict]:
    out = io.StringIO()
    write_rows(rows, "csv", out, columns=columns)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_target_rows_carry_context_and_every_field(sample: Document) -> None:
    rows = target_rows(sample)
    assert len(rows) == len(sample.targets) == 11
    assert list(rows[0]) == list(TARGET_COLUMNS)
    assert set(Target.model_fields) <= set(rows[0])
    first = rows[0]
    assert first["doc"] == "corpus/export/city_education_plan.txt"
    assert first["section_path"] == "一、总体要求 > (一)发展目标"
    assert first["section_title"] == "发展目标"
    deep = next(r for r in rows if r["section_id"] == "2.1.2")
    assert deep["section_path"] == "二、主要任务 > (一)扩大优质教育资源 > 2.加强教师队伍建设"


def test_targets_csv_round_trip(sample: Document) -> None:
    rows = _csv(target_rows(sample), "targets")
    assert len(rows) == 11
    t = sample.targets[0]
    assert rows[0]["span"] == f"{t.span[0]}-{t.span[1]}"
    assert rows[0]["value"] == "96" and rows[0]["value_max"] == "" and rows[0]["year"] == "2025"
    assert sample.text[t.span[0]:t.span[1]] == rows[0]["text"]


def test_parties_csv_joins_names(sample: Document) -> None:
    rows = _csv(party_rows(sample), "parties")
    assert [r["lead"] for r in rows] == ["市教育局", "市教育局", "税务部门、财政部门、教育部门"]
    assert rows[0]["support"] == "市财政局、市发展改革委"
    assert rows[2]["support"] == ""
    assert rows[1]["section_path"] == "二、主要任务 > (二)提升治理能力"


def test_jsonl_keeps_lists(sample: Document) -> None:
    out = io.StringIO()
    write_rows(party_rows(sample), "jsonl", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert records[0]["lead"] == ["市教育局"] and records[0]["support"] == ["市财政局", "市发展改革委"]
    assert records[0]["span"] == list(sample.parties[0].span)
    assert list(records[0]) == list(PARTY_COLUMNS)


@pytest.mark.parametrize("table,columns", [("targets", TARGET_COLUMNS), ("parties", PARTY_COLUMNS)])
def test_empty_table_still_has_header(table: str, columns: tuple[str, ...]) -> None:
    out = io.StringIO()
    write_rows([], "csv", out, columns=table)
    assert out.getvalue().strip() == ",".join(columns)


def test_excel_bom_only_when_asked(sample: Document) -> None:
    plain, excel = io.StringIO(), io.StringIO()
    write_rows(target_rows(sample), "csv", plain, columns="targets")
    write_rows(target_rows(sample), "csv", excel, columns="targets", excel=True)
    assert not plain.getvalue().startswith("\ufeff")
    assert excel.getvalue() == "\ufeff" + plain.getvalue()


def test_doc_label_falls_back_to_title() -> None:
    doc = Document(source=Source(format="text", sha256="ab" * 32), script="simplified", title="规划", text="x",
                   targets=[Target(id="t1", indicator="x", comparator="=", value=1, unit="个", text="x", span=(0, 1))])
    assert target_rows(doc)[0]["doc"] == "规划"
    assert target_rows(doc)[0]["section_path"] == ""


@pytest.mark.parametrize("fmt,columns", [("xlsx", "targets"), ("csv", "budgets")])
def test_unknown_format_or_table_is_an_error(fmt: str, columns: str) -> None:
    with pytest.raises(ValueError):
        write_rows([], fmt, io.StringIO(), columns=columns)  # type: ignore[arg-type]
