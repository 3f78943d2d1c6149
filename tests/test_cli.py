"""The command line, run as a user would: `python -m policydoc ...` in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from policydoc.export.records import PARTY_COLUMNS, TARGET_COLUMNS
from policydoc.models import Document

REPO = Path(__file__).resolve().parents[1]
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
PLAN = "corpus/export/city_education_plan.txt"
OTHER_PLANS = sorted(str(p.relative_to(REPO)) for p in (REPO / "corpus").rglob("*.txt")
                     if not p.name.endswith(".expected.txt"))


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "policydoc", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_parse_json_is_a_document() -> None:
    res = run("parse", PLAN)
    assert res.returncode == 0, res.stderr
    doc = Document.model_validate_json(res.stdout)
    assert doc.source.path == PLAN and doc.text.startswith("某市")


def test_parse_jsonl_one_document_per_line() -> None:
    paths = [PLAN, *OTHER_PLANS[:3]]
    res = run("parse", *paths, "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert [Document.model_validate_json(line).source.path for line in lines] == paths


def test_parse_md_writes_to_output_file(tmp_path: Path) -> None:
    out = tmp_path / "plan.md"
    res = run("parse", PLAN, "--format", "md", "-o", str(out))
    assert res.returncode == 0 and res.stdout == ""
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# ") and "一、总体要求" in md


def test_multi_file_parse_keeps_going_past_a_bad_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    res = run("parse", PLAN, missing, PLAN, "--format", "jsonl")
    assert res.returncode == 2
    assert len(res.stdout.splitlines()) == 2
    assert res.stderr.count("\n") == 1 and "gone.txt" in res.stderr


BAD_INPUTS = [
    ("empty", "empty.txt", b""),
    ("blank", "blank.txt", b" \n\r\n\t"),
    ("binary", "blob.txt", bytes(range(256)) * 20),
    ("pdf", "scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    ("missing", "nowhere.txt", None),
]


BAD_CASES = [("parse", case) for case in BAD_INPUTS] + [
    ("targets", BAD_INPUTS[2]), ("parties", BAD_INPUTS[0]), ("outline", BAD_INPUTS[4]), ("view", BAD_INPUTS[3]),
]


@pytest.mark.parametrize("command,case", BAD_CASES, ids=[f"{cmd}-{case[0]}" for cmd, case in BAD_CASES])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, command: str, case: tuple) -> None:
    _, name, content = case
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    extra = ["-o", str(tmp_path / "r.html")] if command == "view" else []
    res = run(command, str(path), *extra)
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("policydoc: error: "), res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("table,columns", [("targets", TARGET_COLUMNS), ("parties", PARTY_COLUMNS)])
def test_tables_as_csv(table: str, columns: tuple[str, ...]) -> None:
    res = run(table, PLAN, *OTHER_PLANS[:2])
    assert res.returncode == 0, res.stderr
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert tuple(rows[0]) == columns
    assert all(len(r) == len(columns) for r in rows)
    assert {r[0] for r in rows[1:]} <= {PLAN, *OTHER_PLANS[:2]}


@pytest.mark.parametrize("table", ["targets", "parties"])
def test_tables_as_jsonl(table: str) -> None:
    res = run(table, PLAN, "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    for line in res.stdout.splitlines():
        row = json.loads(line)
        assert row["doc"] == PLAN and isinstance(row["span"], list)
        if table == "parties":
            assert isinstance(row["lead"], list) and isinstance(row["support"], list)


def test_empty_table_prints_the_header(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("这是一段没有任何指标的说明文字。\n", encoding="utf-8")
    res = run("targets", str(plain), "--excel")
    assert res.returncode == 0, res.stderr
    assert res.stdout == "\ufeff" + ",".join(TARGET_COLUMNS) + "\n"


def test_outline_is_indented() -> None:
    res = run("outline", PLAN)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert any(line.startswith("一、总体要求") for line in lines)
    assert any(line.startswith("  (一)发展目标") for line in lines)


def test_view_writes_a_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    res = run("view", PLAN, "-o", str(out))
    assert res.returncode == 0, res.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'href="#sec-1"' in page


def _check(schema: dict, defs: dict, value: object, where: str) -> None:
    """A small JSON Schema check covering what pydantic emits: $ref, anyOf, type, properties, items, enum."""
    if "$ref" in schema:
        return _check(defs[schema["$ref"].rsplit("/", 1)[-1]], defs, value, where)
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:
            try:
                return _check(option, defs, value, where)
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{where}: matches no option: {errors}")
    kind = schema.get("type")
    types = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float),
             "null": type(None), "boolean": bool}
    if kind:
        assert isinstance(value, types[kind]), f"{where}: {value!r} is not {kind}"
    if "enum" in schema or "const" in schema:
        assert value in schema.get("enum", [schema.get("const")]), f"{where}: {value!r} not allowed"
    if kind == "object":
        assert set(schema.get("required", [])) <= set(value), f"{where}: missing {schema.get('required')}"
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(props), f"{where}: unexpected {set(value) - set(props)}"
        for key, item in value.items():
            if key in props:
                _check(props[key], defs, item, f"{where}.{key}")
    if kind == "array":
        items = schema.get("prefixItems") or [schema.get("items", {})] * len(value)
        for i, (sub, item) in enumerate(zip(items, value)):
            _check(sub, defs, item, f"{where}[{i}]")


def test_schema_validates_a_parsed_document() -> None:
    res = run("schema")
    assert res.returncode == 0
    schema = json.loads(res.stdout)
    assert schema["type"] == "object" and "$defs" in schema
    doc = json.loads(run("parse", PLAN).stdout)
    _check(schema, schema["$defs"], doc, "$")
    doc["script"] = "cursive"
    with pytest.raises(AssertionError, match="not allowed"):
        _check(schema, schema["$defs"], doc, "$")


@pytest.mark.parametrize("flags, gone", [(["--no-text"], {"text"}), (["--no-repairs"], {"repairs"}),
                                         (["--no-text", "--no-repairs"], {"text", "repairs"})])
def test_lean_output_leaves_fields_out(tmp_path: Path, flags: list[str], gone: set[str]) -> None:
    src = REPO / "corpus" / "normalize" / "traditional.txt"
    full, lean = tmp_path / "full.json", tmp_path / "lean.json"
    for out, extra in ((full, []), (lean, flags)):
        res = subprocess.run([sys.executable, "-m", "policydoc", "parse", str(src), "-o", str(out), *extra],
                             capture_output=True, text=True)
        assert res.returncode == 0, res.stderr
    a, b = json.loads(full.read_text(encoding="utf-8")), json.loads(lean.read_text(encoding="utf-8"))
    assert set(a) - set(b) == gone and all(a[k] == b[k] for k in b)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(src.read_bytes())
    res = subprocess.run([sys.executable, "-m", "policydoc", "batch", str(tmp_path / "in"), "-o",
                          str(tmp_path / "b.jsonl"), *flags], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    record = json.loads((tmp_path / "b.jsonl").read_text(encoding="utf-8"))
    assert set(a) - set(record) == gone
