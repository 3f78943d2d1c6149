"""One plan written as .txt, GBK .html and auto-numbered .docx parses to the same outline and targets.

The .docx is built here from the text version: every "一、", "（一）" and "1."
marker is taken off the paragraph and given to Word's automatic numbering
(docx_builder.PLAN_NUMBERING), and tab lines become Word tables, the category
column vertically merged. The HTML page is written by hand (corpus/inputs).
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex
from docx_builder import PLAN_NUMBERING, build_docx, paragraph, table
from html_eval import CORPUS

from policydoc.models import Document
from policydoc.pipeline import parse

_MARKERS = [
    (regex.compile(r"^[一二三四五六七八九十]+、"), 0),
    (regex.compile(r"^（[一二三四五六七八九十]+）"), 1),
    (regex.compile(r"^\d+\.(?=\D)"), 2),
]


def plan_as_docx(text: str) -> bytes:
    body: list[str] = []
    rows: list[list[str]] = []
    for line in text.split("\n") + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            body.append(table(rows, merge_first_column=True))
            rows = []
        if line:
            body.append(_numbered(line))
    return build_docx("".join(body), PLAN_NUMBERING)


def _numbered(line: str) -> str:
    for pattern, ilvl in _MARKERS:
        m = pattern.match(line)
        if m:
            return paragraph(line[m.end():], num=1, ilvl=ilvl)
    return paragraph(line)


def outline(doc: Document) -> list[tuple[str, int, str, str, str]]:
    return [(s.id, s.level, s.marker, s.style, s.title) for s in doc.iter_sections()]


def targets(doc: Document) -> list[tuple]:
    return [(t.indicator, t.comparator, t.value, t.value_max, t.unit, t.year, t.attribute, t.section_id) for t in doc.targets]


@pytest.fixture(scope="module")
def three_formats(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Document]:
    txt = CORPUS / "plan_sample.txt"
    docx = tmp_path_factory.mktemp("plan") / "plan_sample.docx"
    docx.write_bytes(plan_as_docx(txt.read_text(encoding="utf-8")))
    return {"txt": parse(txt), "html": parse(CORPUS / "plan_sample_gbk.html"), "docx": parse(docx)}


def test_source_reports_format_and_encoding(three_formats: dict[str, Document]) -> None:
    got = {k: (d.source.format, d.source.encoding) for k, d in three_formats.items()}
    assert got == {"txt": ("text", "utf-8"), "html": ("html", "gb18030"), "docx": ("docx", None)}


def test_docx_text_equals_text_file() -> None:
    from policydoc.load import load_bytes

    text = (CORPUS / "plan_sample.txt").read_text(encoding="utf-8").rstrip("\n")
    assert load_bytes(plan_as_docx(text), path="p.docx").text == text


def test_same_outline(three_formats: dict[str, Document]) -> None:
    txt = outline(three_formats["txt"])
    assert [s[2] for s in txt][:5] == ["一、", "二、", "(一)", "(二)", "1."]
    assert outline(three_formats["html"]) == txt
    assert outline(three_formats["docx"]) == txt


def test_same_targets(three_formats: dict[str, Document]) -> None:
    txt = targets(three_formats["txt"])
    table_rows = [t for t in txt if t[6] is not None]
    assert len(table_rows) == 6  # one per indicator row of 表1
    assert targets(three_formats["html"]) == txt
    assert targets(three_formats["docx"]) == txt


def test_spans_point_into_the_text(three_formats: dict[str, Document]) -> None:
    for doc in three_formats.values():
        for t in doc.targets:
            assert doc.text[t.span[0] : t.span[1]] == t.text


# --- bad files: typed errors from the library, exit 2 and one stderr line from the CLI -----------------------------

BAD_FILES = [
    ("not_a_zip.docx", b"PK\x03\x04 definitely not a zip archive", "not a valid .docx"),
    ("no_document.docx", None, "without word/document.xml"),
    ("empty_body.html", (CORPUS / "empty_body.html").read_bytes(), "no body text"),
]


def _zip_without_document() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    return buf.getvalue()


@pytest.mark.parametrize("name,data,message", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files(tmp_path, name: str, data: bytes | None, message: str) -> None:
    from policydoc.errors import LoadError

    path = tmp_path / name
    path.write_bytes(data if data is not None else _zip_without_document())
    with pytest.raises(LoadError, match=message):
        parse(path)
    proc = subprocess.run([sys.executable, "-m", "policydoc", "parse", str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().split("\n")
    assert len(lines) == 1 and message in lines[0]
