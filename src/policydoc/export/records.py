"""Flat records of a Document's targets and parties: the rows behind every table.

One row per fact, with the document (``doc``), the chain of headings above the
fact (``section_path``) and the innermost heading (``section_title``) in front of
the fact's own fields. Values stay native here (spans as ``(start, end)``, lead
and support as lists); :mod:`policydoc.export.tables` decides how a format
writes them.

>>> from policydoc.models import Document, Source, Section, Target
>>> sec = Section(id="1", level=1, marker="一、", style="cn_dun", number=1, title="总体要求",
...               span=(0, 20), title_span=(2, 6))
>>> t = Target(id="t1", section_id="1", indicator="毛入园率", comparator=">=", value=96, unit="%",
...            year=2025, text="毛入园率达到96%", span=(7, 16))
>>> doc = Document(source=Source(path="a.txt", format="text", sha256="0"), script="simplified",
...                text="x" * 20, sections=[sec], targets=[t])
>>> row = to_records(doc)[0]
>>> row["doc"], row["section_path"], row["indicator"], row["span"]
('a.txt', '一、总体要求', '毛入园率', (7, 16))
"""

from __future__ import annotations

from typing import Any, Iterable, Literal, Optional, Union

from ..models import Document, Party, Target

Table = Literal["targets", "parties"]
Row = dict[str, Any]

PATH_SEPARATOR = " > "
"""Joins the headings of ``section_path``: ``"一、总体要求 > (一)发展目标"``."""

CONTEXT_COLUMNS: tuple[str, ...] = ("doc", "section_path", "section_title")
TARGET_COLUMNS: tuple[str, ...] = CONTEXT_COLUMNS + tuple(Target.model_fields)
PARTY_COLUMNS: tuple[str, ...] = CONTEXT_COLUMNS + (
    "section_id", "task", "lead", "support", "text", "span", "source_span", "page",
)
COLUMNS: dict[str, tuple[str, ...]] = {"targets": TARGET_COLUMNS, "parties": PARTY_COLUMNS}


def doc_label(doc: Document) -> str:
    """What the ``doc`` column holds: the source path, else the title, else a short hash."""
    return doc.source.path or doc.title or f"sha256:{doc.source.sha256[:12]}"


class _SectionNames:
    """Caches ``section_id -> (path, title)`` for one document."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._cache: dict[Optional[str], tuple[str, str]] = {None: ("", "")}

    def __call__(self, section_id: Optional[str]) -> tuple[str, str]:
        if section_id not in self._cache:
            chain = self._doc.section_path(section_id)
            path = PATH_SEPARATOR.join(f"{s.marker}{s.title}" for s in chain)
            self._cache[section_id] = (path, chain[-1].title if chain else "")
        return self._cache[section_id]


def target_rows(doc: Document) -> list[Row]:
    """One row per target: context columns, then every Target field."""
    names, label = _SectionNames(doc), doc_label(doc)
    return [_row(label, names(t.section_id), t, TARGET_COLUMNS) for t in doc.targets]


def party_rows(doc: Document) -> list[Row]:
    """One row per party: context columns, then section_id, task, lead, support, text and spans."""
    names, label = _SectionNames(doc), doc_label(doc)
    return [_row(label, names(p.section_id), p, PARTY_COLUMNS) for p in doc.parties]


def _row(label: str, names: tuple[str, str], fact: Union[Target, Party], columns: tuple[str, ...]) -> Row:
    row: Row = {"doc": label, "section_path": names[0], "section_title": names[1]}
    for col in columns[len(CONTEXT_COLUMNS):]:
        value = getattr(fact, col)
        row[col] = list(value) if isinstance(value, list) else value
    return row


ROWS_OF = {"targets": target_rows, "parties": party_rows}


def to_records(docs: Union[Document, Iterable[Document]], table: Table = "targets") -> list[Row]:
    """The rows of ``table`` ("targets" or "parties") for one document or many.

    Spans are ``(start, end)`` tuples and lead/support are lists, as in JSONL.
    """
    if table not in ROWS_OF:
        raise ValueError(f"unknown table {table!r}; choose one of: {', '.join(ROWS_OF)}")
    many = [docs] if isinstance(docs, Document) else list(docs)
    rows_of = ROWS_OF[table]
    return [row for doc in many for row in rows_of(doc)]


PANDAS_MISSING = (
    "to_dataframe needs pandas, which is not installed; run `pip install pandas` "
    "(or use policydoc.to_records for plain lists of dicts)"
)


def to_dataframe(docs: Union[Document, Iterable[Document]], table: Table = "targets") -> Any:
    """The rows of :func:`to_records` as a pandas DataFrame (columns fixed, even when empty)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(PANDAS_MISSING) from exc
    return pd.DataFrame(to_records(docs, table), columns=list(COLUMNS[table]))
