"""Reading Word ``.docx`` packages with zipfile and lxml, no conversion tools.

The body of ``word/document.xml`` is read in document order: one line per
paragraph, one line per table row with the cells separated by a tab (merged
cells padded so columns stay aligned, text boxes and drawings skipped). Inside
a paragraph the text of every run counts, including runs inside ``w:hyperlink``,
``w:smartTag``, ``w:ins``, fields and content controls; deleted runs (``w:del``,
``w:moveFrom``) and hidden runs (``w:vanish``) do not. ``w:tab`` is a tab,
``w:br`` and ``w:cr`` a line break.

Word's automatic numbering is rendered into the text, so that a heading whose
"一、" or "（一）" comes from ``numbering.xml`` reads like a typed one (see
:class:`Numbering`): the paragraph's ``w:numPr`` (or the one of its style, up
the ``basedOn`` chain) names a ``w:num``, which points at a ``w:abstractNum``
whose ``w:lvl`` gives the format, the level text ("%1、", "（%1）", "%1.%2"),
the start value and the suffix. Heading styles (Heading 1-9, 标题 1-9, or an
outline level) are reported in :attr:`Loaded.headings` as a hint for levels.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Iterator, Optional

import regex
from lxml import etree

from .._text import CJK_CHAR
from ..errors import EmptyDocument, LoadError, UnsupportedFormat
from . import Loaded
from .docx_numbering import Numbering

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_MAX_PART = 64 * 1024 * 1024  # refuse parts that inflate beyond this (zip bombs; a real plan's document.xml is a few MB)

# Subtrees whose text is not body text: deletions, properties, drawings and text boxes, field instructions.
_SKIP = frozenset({
    W + "del", W + "moveFrom", W + "pPr", W + "rPr", W + "drawing", W + "pict", W + "object", W + "instrText",
    W + "delText", W + "footnoteReference", W + "endnoteReference", W + "commentReference", _MC + "AlternateContent",
})
_P, _TBL, _TC, _R, _T, _PPR, _RPR = W + "p", W + "tbl", W + "tc", W + "r", W + "t", W + "pPr", W + "rPr"
_PSTYLE, _NUMPR, _OUTLINE, _VANISH = W + "pStyle", W + "numPr", W + "outlineLvl", W + "vanish"
_BLOCK_WRAPPERS = frozenset({W + "sdt", W + "customXml", W + "sdtContent", W + "ins", W + "moveTo"})
_CHARS = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
_CELL_BREAK = regex.compile(rf"(?<={CJK_CHAR})\n+(?={CJK_CHAR})")
_HEADING_NAME = regex.compile(r"^(?:heading|标题)\s*([1-9])$", regex.IGNORECASE)


# --- the package ---------------------------------------------------------------------------------------------------


def _open_package(data: bytes, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        raise LoadError(f"{name}: not a valid .docx (the zip package is damaged); re-save it from Word as .docx") from None


def _main_part(package: zipfile.ZipFile, name: str) -> str:
    """The main document part named by ``_rels/.rels``, else ``word/document.xml``."""
    names = set(package.namelist())
    if "_rels/.rels" in names:
        rels = _xml(package, "_rels/.rels", name)
        for rel in rels.iter(_REL + "Relationship"):
            target = (rel.get("Target") or "").lstrip("/")
            if rel.get("Type") == _OFFICE_DOCUMENT and target in names and target.startswith("word/"):
                return target
    if "word/document.xml" in names:
        return "word/document.xml"
    raise UnsupportedFormat(
        f"{name}: a zip archive without word/document.xml is not a Word document; pass a .docx, .html or .txt file"
    )


def _xml(package: zipfile.ZipFile, part: str, name: str) -> etree._Element:
    info = package.getinfo(part)
    if info.file_size > _MAX_PART:
        raise LoadError(f"{name}: {part} inflates to {info.file_size} bytes; too large to read")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return etree.fromstring(package.read(part), parser=parser)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise LoadError(f"{name}: {part} is damaged ({exc}); re-save the file from Word") from None


def _optional_xml(package: zipfile.ZipFile, part: str, name: str) -> Optional[etree._Element]:
    return _xml(package, part, name) if part in package.namelist() else None


# --- styles --------------------------------------------------------------------------------------------------------


@dataclass
class _Style:
    based_on: Optional[str] = None
    num_id: Optional[str] = None
    ilvl: Optional[int] = None
    heading: Optional[int] = None  # 1-9 for heading styles and styles with an outline level


@dataclass
class Styles:
    """Paragraph styles: numbering and heading level, with ``basedOn`` inheritance."""

    styles: dict[str, _Style] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: Optional[etree._Element]) -> "Styles":
        out = cls()
        if root is None:
            return out
        for st in root.iter(W + "style"):
            if st.get(W + "type") not in (None, "paragraph"):
                continue
            out.styles[st.get(W + "styleId") or ""] = _read_style(st)
        return out

    def numbering(self, style_id: Optional[str]) -> tuple[Optional[str], Optional[int]]:
        """(numId, ilvl) a style gives its paragraphs, inherited along ``basedOn``."""
        for st in self._chain(style_id):
            if st.num_id is not None:
                return st.num_id, st.ilvl
        return None, None

    def heading(self, style_id: Optional[str]) -> Optional[int]:
        return next((st.heading for st in self._chain(style_id) if st.heading), None)

    def _chain(self, style_id: Optional[str]) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            yield self.styles[style_id]
            style_id = self.styles[style_id].based_on


def _read_style(st: etree._Element) -> _Style:
    style = _Style(based_on=_val(st.find(W + "basedOn")))
    num_pr = st.find(f"{W}pPr/{W}numPr")
    if num_pr is not None:
        style.num_id = _val(num_pr.find(W + "numId"))
        style.ilvl = _int(_val(num_pr.find(W + "ilvl")))
    name = _val(st.find(W + "name")) or ""
    m = _HEADING_NAME.match(name.strip())
    outline = _int(_val(st.find(f"{W}pPr/{W}outlineLvl")))
    if m:
        style.heading = int(m.group(1))
    elif outline is not None and outline < 9:
        style.heading = outline + 1
    return style


def _val(el: Optional[etree._Element]) -> Optional[str]:
    return None if el is None else el.get(W + "val")


def _int(s: Optional[str]) -> Optional[int]:
    try:
        return int(s) if s is not None else None
    except ValueError:
        return None


# --- the body ------------------------------------------------------------------------------------------------------


@dataclass
class _Reader:
    numbering: Numbering
    styles: Styles
    lines: list[str] = field(default_factory=list)
    headings: list[tuple[int, int, int]] = field(default_factory=list)
    offset: int = 0

    def add_line(self, line: str, heading: Optional[int] = None) -> None:
        if not line.strip():
            return
        if heading:
            self.headings.append((self.offset, self.offset + len(line), heading))
        self.lines.append(line)
        self.offset += len(line) + 1

    def block(self, el: etree._Element) -> None:
        """One block-level element of the body (or of a content control)."""
        for child in el:
            tag = child.tag
            if tag == _P:
                line, heading = self.paragraph(child)
                self.add_line(line, heading)
            elif tag == _TBL:
                self.table(child)
            elif tag in _BLOCK_WRAPPERS:
                self.block(child)

    def paragraph(self, p: etree._Element) -> tuple[str, Optional[int]]:
        """The paragraph's text with its automatic number in front, and its heading level if styled as one."""
        ppr = p.find(_PPR)
        style_id = None if ppr is None else _val(ppr.find(_PSTYLE))
        num_id, ilvl = self._num_pr(ppr, style_id)
        out: list[str] = []
        _run_text(p, out)
        text = "".join(out)
        marker = self.numbering.next_marker(num_id, ilvl, style_id) if num_id else ""
        if marker and text.startswith(marker.strip()):
            marker = ""  # the number was typed as well; do not repeat it
        outline = None if ppr is None else _int(_val(ppr.find(_OUTLINE)))
        heading = outline + 1 if outline is not None and outline < 9 else self.styles.heading(style_id)
        return (marker + text) if text.strip() else "", heading

    def _num_pr(self, ppr: Optional[etree._Element], style_id: Optional[str]) -> tuple[Optional[str], Optional[int]]:
        num_pr = None if ppr is None else ppr.find(_NUMPR)
        style_num, style_lvl = self.styles.numbering(style_id) if style_id else (None, None)
        if num_pr is None:
            return style_num, style_lvl
        num_id = _val(num_pr.find(W + "numId")) or style_num
        ilvl = _int(_val(num_pr.find(W + "ilvl")))
        return num_id, ilvl if ilvl is not None else style_lvl

    def table(self, tbl: etree._Element) -> None:
        rows = [self.row(tr) for tr in tbl.iterchildren(W + "tr")]
        if all(len(r) <= 1 for r in rows):  # a one-column table is a box around text: read it as lines
            for r in rows:
                for line in (r[0].split("\n") if r else []):
                    self.add_line(line)
            return
        for cells in rows:
            while cells and not cells[-1]:
                cells.pop()
            self.add_line("\t".join(c.replace("\n", " ") for c in cells))

    def row(self, tr: etree._Element) -> list[str]:
        cells: list[str] = []
        for tc in _row_cells(tr):
            sub = _Reader(self.numbering, self.styles)
            sub.block(tc)
            text = _CELL_BREAK.sub("", "\n".join(sub.lines)).replace("\t", " ").strip()
            span = _int(_val(tc.find(f"{W}tcPr/{W}gridSpan"))) or 1
            cells.extend([text] + [""] * (max(1, min(span, 100)) - 1))
        return cells


def _row_cells(tr: etree._Element) -> Iterator[etree._Element]:
    """Cells of a row, also those wrapped in content controls or custom XML."""
    for child in tr:
        if child.tag == _TC:
            yield child
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _row_cells(child)


def _run_text(el: etree._Element, out: list[str]) -> None:
    """Append the visible text under ``el`` in document order."""
    for child in el:
        tag = child.tag
        if tag == _T:
            out.append(child.text or "")
        elif tag in _CHARS:
            out.append(_CHARS[tag])
        elif tag in _SKIP or not isinstance(tag, str):
            continue
        elif tag == _R and _hidden(child):
            continue
        else:
            _run_text(child, out)


def _hidden(run: etree._Element) -> bool:
    rpr = run.find(_RPR)
    vanish = None if rpr is None else rpr.find(_VANISH)
    return vanish is not None and _val(vanish) not in ("0", "false", "off")


# --- entry point ---------------------------------------------------------------------------------------------------


def read_docx(data: bytes, *, name: str) -> Loaded:
    """Read a .docx package into text (see the module docstring)."""
    with _open_package(data, name) as package:
        main = _main_part(package, name)
        document = _xml(package, main, name)
        numbering = Numbering.from_xml(_optional_xml(package, "word/numbering.xml", name))
        styles = Styles.from_xml(_optional_xml(package, "word/styles.xml", name))
    body = document.find(W + "body")
    if body is None:
        raise EmptyDocument(f"{name}: {main} has no body; the document is empty")
    reader = _Reader(numbering, styles)
    reader.block(body)
    text = "\n".join(reader.lines)
    if not text.strip():
        raise EmptyDocument(f"{name}: the Word document has no text; nothing to parse")
    return Loaded(text=text, format="docx", encoding=None, sha256="", warnings=numbering.warnings,
                  headings=reader.headings)
