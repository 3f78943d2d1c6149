"""Tables the text holds, as a whole: which of them plan, and for which year.

A table copied from a Word or PDF page comes out one cell per line. When its first
column is a year spanning the rows of a numbered list in its second column ("年度 |
规划采购之装备及数量"), the year cell stands alone on a line somewhere inside its block
(PDF text puts a row-spanning cell at the block's middle), and the list restarts at 1
in every block::

    年度 规划采购之装备及数量
    1、救护车2辆
    2025
    2、消防水带300条
    1、救护车3辆
    2026
    2、消防水带200条

:func:`year_grouped_lists` finds such tables: every block's items take the block's
year, and the items (a name and an amount, no verb) are planned quantities because the
header plans them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

import regex

from .._lazy import lazy_regex
from ..data import target_words as words
from ..settings import PLANNED_HEADER_REACH, TABLE_LINE_MAX

_HEADER = lazy_regex(
    rf"(?m)^[ \t\u3000]*(?:年度|年份|年\s*度)[ \t\u3000]+[^\n]{{0,{PLANNED_HEADER_REACH}}}?(?:"
    + "|".join(words.PLANNED_TABLE_WORDS) + rf")[^\n]{{0,{PLANNED_HEADER_REACH}}}$"
)
_HEADER_WORD = regex.compile(r"年(?:\s*度|份)")
"""The year column's header word, which every ``_HEADER`` holds: a text without it never compiles ``_HEADER`` (2 ms)."""
_ITEM = lazy_regex(r"[ \t\u3000]*(?:\d{1,2}\s*[、.．]|[(（]\d{1,2}[)）])")
_FIRST_ITEM = lazy_regex(r"[ \t\u3000]*(?:1\s*[、.．]|[(（]1[)）])")
_YEAR_CELL = lazy_regex(r"[ \t\u3000]*(?:(?P<g>(?:19|20)\d\d)|(?P<roc>1[0-3]\d))\s*(?:年度?)?[ \t\u3000]*")


@dataclass
class YearGroupedList:
    """A planned table whose year column groups a numbered list: its span and each block with its year."""

    span: tuple[int, int]
    action: str = ""
    """What the header says is done with the items ("规划采购之装备及数量" -> "规划采购")."""
    blocks: list[tuple[int, int, int]] = field(default_factory=list)


def year_grouped_lists(text: str, roc: bool = False) -> list[YearGroupedList]:
    """Planned tables with a year column over numbered lists (see the module docstring); ``roc``: a bare
    three-digit year cell (104) is a ROC year (2015).

    >>> text = "年度 计划新建项目\\n1、学校2所\\n2025\\n2、医院1所\\n1、学校3所\\n2026\\n2、公园4个\\n这一段是正文，说明以上项目的资金来源和建设方式等等内容。"
    >>> [(text[s:e].split("\\n")[0], y) for s, e, y in year_grouped_lists(text)[0].blocks]
    [('1、学校2所', 2025), ('1、学校3所', 2026)]
    """
    found: list[YearGroupedList] = []
    if _HEADER_WORD.search(text) is None:
        return found
    for m in _HEADER.finditer(text):
        lines = list(_lines_after(text, m.end()))
        if not lines:
            continue
        table = YearGroupedList((m.start(), lines[-1][1]), _action(m.group()))
        starts = [i for i, (s, e) in enumerate(lines) if _FIRST_ITEM.match(text, s, e)]
        for a, b in zip(starts, starts[1:] + [len(lines)]):
            years = [y for y in (_year_cell(text, s, e, roc) for s, e in lines[a:b]) if y is not None]
            if len(years) == 1:
                table.blocks.append((lines[a][0], lines[b - 1][1], years[0]))
        if table.blocks:
            found.append(table)
    return found


_HEADER_YEAR = lazy_regex(r"^[ \t\u3000]*(?:年度|年份|年\s*度)[ \t\u3000]+")
_OF_ITEMS = lazy_regex(r"(?:之|的)[^之的]*$")


def _action(header: str) -> str:
    """The header's second column up to 之/的: "年度 规划采购之装备及数量" -> "规划采购"."""
    return _OF_ITEMS.sub("", _HEADER_YEAR.sub("", header)).strip()


def _lines_after(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The short lines after ``pos`` (list items, their wrapped ends, year cells, page numbers), up to running text."""
    while pos < len(text):
        start = pos + 1 if text[pos] == "\n" else pos
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > TABLE_LINE_MAX:
            return
        if start < end:
            yield start, end
        pos = end


def _year_cell(text: str, start: int, end: int, roc: bool) -> Optional[int]:
    m = _YEAR_CELL.fullmatch(text, start, end)
    if not m:
        return None
    if m.group("g"):
        return int(m.group("g"))
    return int(m.group("roc")) + 1911 if roc else None
