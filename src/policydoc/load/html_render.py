"""Rendering an HTML element as text lines (pass 4 of :mod:`.html`): blocks and ``<br>`` become line breaks, data
tables one line per row with tab-separated cells (row and column spans padded), layout tables are read as blocks.
"""

from __future__ import annotations

from typing import Iterator

import regex
from lxml import etree
from lxml import html as lxml_html

from .._text import CJK_LINE_BREAK

_BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main",
    "header", "footer", "nav", "aside", "blockquote", "address", "figure", "figcaption", "center", "hr", "form",
    "fieldset", "caption", "details", "summary", "tr", "td", "th", "thead", "tbody", "tfoot", "body", "html", "pre",
    # the blocks of XML text formats read as pages (DocBook, TEI, JATS): a policy address kept as DocBook is
    # "<section><title>(一) 前言</title><para>1. …</para>", its title and paragraphs lines of their own
    "title", "para", "simpara", "formalpara", "listitem", "itemizedlist", "orderedlist", "chapter", "sect1", "sect2",
    "sect3", "sect4", "sect5", "info", "head", "item", "list", "sec", "paragraph",
})
_SPACES = regex.compile(r"[ \t\r\n\f]+")
_LINE_BREAKS = regex.compile(r" *\n[ \n]*")


def element_text(el: etree._Element) -> str:
    """The text of an element on one line, white space folded."""
    return " ".join(el.text_content().split())


def _inline(s: str) -> str:
    """Collapse HTML white space; a line break between two CJK characters disappears, as browsers join them."""
    if "\n" in s:
        s = CJK_LINE_BREAK.sub("", s)
    return _SPACES.sub(" ", s)


def _emit(el: etree._Element, out: list[str]) -> None:
    tag = el.tag
    if tag == "br":
        out.append("\n")
        return
    if tag == "table" and not _is_layout_table(el):
        _emit_table(el, out)
        return
    if tag == "pre":
        out.append("\n" + el.text_content().replace("\t", " ") + "\n")
        return
    block = tag in _BLOCKS
    if block:
        out.append("\n")
    _emit_children(el, out)
    if block:
        out.append("\n")


def _emit_children(el: etree._Element, out: list[str]) -> None:
    if el.text:
        out.append(_inline(el.text))
    for child in el:
        if isinstance(child.tag, str):
            _emit(child, out)
        if child.tail:
            out.append(_inline(child.tail))


def _is_layout_table(table: etree._Element) -> bool:
    """Tables that hold tables, or have a single column, lay out a page rather than hold data."""
    if next(table.iterdescendants("table"), None) is not None:
        return True
    return all(len(_cells(tr)) <= 1 for tr in _rows(table))


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    return table.iter("tr")


def _cells(tr: etree._Element) -> list[etree._Element]:
    return [c for c in tr if c.tag in ("td", "th")]


def _cell_text(cell: etree._Element) -> str:
    """A cell's text on one line: inner line breaks between CJK characters vanish, others become spaces."""
    parts: list[str] = []
    _emit_children(cell, parts)
    return _SPACES.sub(" ", CJK_LINE_BREAK.sub("", "".join(parts))).strip()


def _span(cell: etree._Element, attr: str) -> int:
    try:
        return max(1, min(100, int(cell.get(attr) or 1)))
    except ValueError:
        return 1


MAX_COLUMNS = 100
"""Padding for row and column spans stops at this column: spans that pile up across rows (colspan and rowspan
of 100 on every row) would otherwise pad a small page into millions of empty cells; cells with text are kept."""


def table_rows(table: etree._Element) -> list[list[str]]:
    """The rows of a data table as lists of cell texts, row and column spans padded with empty cells (up to
    ``MAX_COLUMNS``).

    >>> bomb = "<table>" + "<tr><td colspan='100' rowspan='100'>甲</td><td>乙</td></tr>" * 50 + "</table>"
    >>> max(len(r) for r in table_rows(lxml_html.fromstring(bomb))) <= MAX_COLUMNS + 2
    True
    """
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    rows: list[list[str]] = []
    for tr in _rows(table):
        line: list[str] = []
        for cell in _cells(tr):
            while len(line) < MAX_COLUMNS and pending.get(len(line), 0) > 0:
                pending[len(line)] -= 1
                line.append("")
            cols, span_rows = _span(cell, "colspan"), _span(cell, "rowspan")
            cols = max(1, min(cols, MAX_COLUMNS - len(line)))
            for k in range(cols):
                if span_rows > 1:
                    pending[len(line) + k] = span_rows - 1
            line.extend([_cell_text(cell)] + [""] * (cols - 1))
        for col in sorted(c for c, n in pending.items() if c >= len(line) and n > 0):
            pending[col] -= 1
        while line and not line[-1]:
            line.pop()
        if line:
            rows.append(line)
    return rows


def _emit_table(table: etree._Element, out: list[str]) -> None:
    out.append("\n")
    caption = table.find("caption")
    if caption is not None:
        out.append(element_text(caption) + "\n")
    for line in table_rows(table):
        out.append("\t".join(line) + "\n")


def render_text(el: etree._Element) -> str:
    r"""The text of an element: blocks and ``<br>`` as line breaks, table rows as tab-separated lines.

    >>> render_text(lxml_html.fromstring("<div><h2>一、总则</h2><p>正文<br>第二行</p></div>"))
    '一、总则\n正文\n第二行'
    >>> render_text(lxml_html.fromstring("<table><tr><th>指标</th><th>2025年</th></tr><tr><td>A</td><td>96</td></tr></table>"))
    '指标\t2025年\nA\t96'
    """
    out: list[str] = []
    _emit(el, out)
    return _LINE_BREAKS.sub("\n", "".join(out)).strip(" \n")
