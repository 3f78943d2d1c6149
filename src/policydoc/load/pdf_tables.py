"""Ruled tables of PDF pages read as rows of cells, the way ``.docx`` tables are read.

PDFium gives a table's text line by line, a cell that wraps broken over several
lines and the cells of a row run together with spaces, so an indicator table
(序号/指标/单位/目标值/属性) or a task table (任务/牵头单位/配合单位/完成时限) loses its
columns. On a page whose text names at least ``MIN_HEADER_WORDS`` table headers
(``data.table_words``) — or that follows a page where a table was found, since
tables run over page breaks — pdfplumber's table finder (ruling lines; pdfminer.six
underneath) gives each ruled table's box and cells. The page is then read as the
text above the first table, the table as one line per row with its cells separated
by tabs (the layout of a ``.docx`` table, which the analysis and extraction stages
read as rows), the text between tables, and the text below the last, each text
band read by PDFium within its box.

Finding tables is the slow part (pdfminer.six parses the page again, ~0.1 s a page),
hence the header-word gate. Anything unusual — a rotated page, a table finder
error — leaves the page as PDFium's lines: tables are a refinement, never a reason
to fail.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from typing import Optional

from .._text import CJK_LINE_BREAK
from ..data.table_words import TABLE_HEADER_WORDS

MIN_HEADER_WORDS = 2  # distinct table-header words on a page before its tables are sought
MIN_ROWS = 2  # a ruled box with fewer rows (or fewer than two columns) is a frame, not a table



@lru_cache(maxsize=1)
def _headers() -> "re.Pattern[str]":
    """The header words as written in simplified and in traditional script (序号/項次 are both sought)."""
    import opencc

    words = set(TABLE_HEADER_WORDS)
    for config in ("s2t", "s2tw"):
        words |= {opencc.OpenCC(config).convert(w) for w in TABLE_HEADER_WORDS}
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def may_hold_table(text: str) -> bool:
    """Whether a page's text names enough table headers (in either script) to look for tables.

    >>> may_hold_table("序号 指标 单位 2025年目标"), may_hold_table("序號 工作項目 責任單位"), may_hold_table("一、总体要求")
    (True, True, False)
    """
    return len(set(_headers().findall(text))) >= MIN_HEADER_WORDS


def cell_text(cell: Optional[str]) -> str:
    """One cell on one line: a wrap between Chinese characters joined, other line breaks and tabs a space.

    >>> cell_text("学前教育毛\\n入园率"), cell_text("GDP\\n增速"), cell_text(None)
    ('学前教育毛入园率', 'GDP 增速', '')
    """
    if not cell:
        return ""
    return " ".join(CJK_LINE_BREAK.sub("", cell).replace("\t", " ").split())


def table_lines(rows: list[list[Optional[str]]]) -> list[str]:
    """A table's rows as lines of tab-separated cells (a one-column table: its cells as lines).

    >>> table_lines([["序号", "指标", None], ["1", "入园\\n率", "95"]])
    ['序号\\t指标', '1\\t入园率\\t95']
    """
    lines = []
    width = max((sum(1 for c in row if c) for row in rows), default=0)
    for row in rows:
        cells = [cell_text(c) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        lines.append(" ".join(c for c in cells if c) if width <= 1 else "\t".join(cells))
    return lines


class TableFinder:
    """pdfplumber over the same PDF bytes, opened on first use and kept for the document's pages."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Optional[object] = None
        self.broken = False

    def tables(self, index: int) -> list[tuple[float, float, list[str]]]:
        """The ruled tables of page ``index`` top down: (top, bottom) from the page's top, and their lines."""
        if self.broken:
            return []
        try:
            if self._pdf is None:
                import pdfplumber

                self._pdf = pdfplumber.open(io.BytesIO(self._data))
            page = self._pdf.pages[index]  # type: ignore[attr-defined]
            if page.rotation % 360:
                return []
            found = []
            for table in page.find_tables():
                rows = table.extract()
                if len(rows) < MIN_ROWS or max((len(r) for r in rows), default=0) < 2:
                    continue
                lines = table_lines(rows)
                if lines:
                    _, top, _, bottom = table.bbox
                    found.append((top - page.bbox[1], bottom - page.bbox[1], lines))
            return sorted(found)
        except Exception:  # noqa: BLE001 - a table finder failure leaves the page as lines
            self.broken = True
            return []

    def close(self) -> None:
        if self._pdf is not None:
            try:
                self._pdf.close()  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001
                pass
            self._pdf = None
