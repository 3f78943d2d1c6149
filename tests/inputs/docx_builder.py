"""Build small .docx packages from raw WordprocessingML, for tests.

python-docx cannot write numbering definitions, so the numbered fixtures are
assembled here: ``paragraph``/``table`` make body XML, ``abstract_num``/``num``
make ``numbering.xml`` content, and ``build_docx`` zips a minimal package.
"""

from __future__ import annotations

import io
import zipfile
from typing import Optional, Sequence
from xml.sax.saxutils import escape

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def run(text: str) -> str:
    """A run; ``\\t`` becomes ``w:tab`` and ``\\n`` ``w:br``."""
    parts: list[str] = []
    for chunk in text.replace("\t", "\x00tab\x00").replace("\n", "\x00br\x00").split("\x00"):
        if chunk in ("tab", "br"):
            parts.append(f"<w:{chunk}/>")
        elif chunk:
            parts.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{''.join(parts)}</w:r>"


def paragraph(text: str = "", num: Optional[int] = None, ilvl: int = 0, style: Optional[str] = None,
              inner: Optional[str] = None) -> str:
    """A paragraph with optional numbering (``num`` = numId) and style; ``inner`` replaces the run XML."""
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
    body = inner if inner is not None else (run(text) if text else "")
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{body}</w:p>"


def cell(text: str, vmerge: Optional[str] = None, span: int = 1) -> str:
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        props += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    paras = "".join(paragraph(line) for line in text.split("\n")) or "<w:p/>"
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{paras}</w:tc>"


def table(rows: Sequence[Sequence[str]], merge_first_column: bool = False) -> str:
    """A table; with ``merge_first_column`` an empty first cell continues the one above (``w:vMerge``)."""
    xml_rows = []
    for i, row in enumerate(rows):
        cells = []
        for j, text in enumerate(row):
            vmerge = None
            if merge_first_column and j == 0:
                nxt = rows[i + 1][0] if i + 1 < len(rows) else "x"
                vmerge = "continue" if not text else ("restart" if not nxt else None)
            cells.append(cell(text, vmerge))
        xml_rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return f"<w:tbl><w:tblPr/>{''.join(xml_rows)}</w:tbl>"


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{escape(text)}"/>{extra}</w:lvl>')


def abstract_num(abstract_id: int, levels: Sequence[str]) -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: dict[int, int] | None = None) -> str:
    ov = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                 for k, v in (overrides or {}).items())
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{ov}</w:num>'


def build_docx(body: str, numbering: str = "", styles: str = "", document_part: str = "word/document.xml") -> bytes:
    """Zip a minimal .docx package around body XML, numbering and style definitions."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS.replace("word/document.xml", document_part))
        z.writestr(document_part, f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}'
                   f'<w:sectPr/></w:body></w:document>')
        if numbering:
            z.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}>{numbering}</w:numbering>')
        if styles:
            z.writestr("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:styles {NS}>{styles}</w:styles>')
    return buf.getvalue()


# Three-level outline numbering of Chinese plans: 一、 / （一） / 1. (%N is the counter of level N)
PLAN_NUMBERING = abstract_num(0, [
    level(0, "chineseCounting", "%1、"),
    level(1, "chineseCounting", "（%2）"),
    level(2, "decimal", "%3."),
]) + num(1, 0)
