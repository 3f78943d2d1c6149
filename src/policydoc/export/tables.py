"""The targets and parties tables, written as CSV or JSONL.

CSV cells are flat text: a span ``(3, 9)`` becomes ``"3-9"``, a list of names is
joined with ``、``, a missing value is an empty cell and a whole number prints
without ``.0``. JSONL keeps spans and name lists as JSON arrays. CSV always
starts with its header, so an empty table is still a valid file.

>>> import io
>>> out = io.StringIO()
>>> write_rows([{"doc": "a.txt", "lead": ["市教育局"], "support": ["市财政局", "市人社局"],
...              "span": (3, 9), "value": 60.0, "year": None}], "csv", out)
>>> print(out.getvalue().replace("\\r", ""), end="")
doc,lead,support,span,value,year
a.txt,市教育局,市财政局、市人社局,3-9,60,
"""

from __future__ import annotations

import csv
import json
from typing import Any, Literal, Sequence, TextIO, Union

from .records import COLUMNS, Row, party_rows, target_rows

__all__ = ["COLUMNS", "csv_cell", "party_rows", "target_rows", "write_rows"]

TableFormat = Literal["csv", "jsonl"]
NAME_JOINER = "、"
EXCEL_BOM = "\ufeff"


def csv_cell(value: Any) -> str:
    """One value as CSV text.

    >>> [csv_cell(v) for v in [None, (0, 12), ["税务部门", "财政部门"], 96.0, 3.5, "≥"]]
    ['', '0-12', '税务部门、财政部门', '96', '3.5', '≥']
    """
    if value is None:
        return ""
    if isinstance(value, (tuple, list)):
        if len(value) == 2 and all(isinstance(v, int) for v in value):
            return f"{value[0]}-{value[1]}"
        return NAME_JOINER.join(str(v) for v in value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def write_rows(
    rows: Sequence[Row],
    fmt: TableFormat,
    out: TextIO,
    *,
    columns: Union[str, Sequence[str], None] = None,
    excel: bool = False,
) -> None:
    """Write ``rows`` as ``fmt`` ("csv" or "jsonl") to ``out``.

    ``columns`` is a column list or a table name ("targets", "parties"); without
    it the first row's keys are used. ``excel`` starts CSV with a byte-order mark
    so that Excel reads it as UTF-8.
    """
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        cols = _columns(rows, columns)
        if excel:
            out.write(EXCEL_BOM)
        writer = csv.writer(out)
        writer.writerow(cols)
        writer.writerows([csv_cell(row.get(c)) for c in cols] for row in rows)
    else:
        raise ValueError(f"unknown table format {fmt!r}; choose csv or jsonl")


def _columns(rows: Sequence[Row], columns: Union[str, Sequence[str], None]) -> list[str]:
    if isinstance(columns, str):
        if columns not in COLUMNS:
            raise ValueError(f"unknown table {columns!r}; choose one of: {', '.join(COLUMNS)}")
        return list(COLUMNS[columns])
    if columns is not None:
        return list(columns)
    return list(rows[0]) if rows else []
