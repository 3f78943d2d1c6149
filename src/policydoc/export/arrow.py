"""Documents as Arrow tables: one table per kind of row, one schema each (``policydoc schema --arrow``).

Tables (``TABLES``): ``documents``, ``sections``, ``targets``, ``parties``,
``years``, ``percentages``, ``quantities`` and ``errors``. Every row carries
``doc``, the document's path as the JSONL records and CSV tables give it, which
links it to its ``documents`` row (that row also holds the ``sha256`` of the
input); facts carry ``section_id``, which links them to their ``sections`` row
(``doc`` + ``id``). Spans are two integer columns (``start``, ``end``, and
``source_start``, ``source_end`` where there is a source span), so that they can
be filtered and joined on; lead and support bodies are lists of strings.

Needs pyarrow (``pip install 'policydoc[dask]'`` or ``pyarrow``).
"""

from __future__ import annotations

from typing import Any, Iterable, Optional, Union

from ..models import Document

_STR, _INT, _FLOAT = "string", "int64", "float64"

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("doc", _STR), ("sha256", _STR), ("format", _STR), ("encoding", _STR), ("title", _STR), ("script", _STR),
        ("chars", _INT), ("pages", _INT), ("sections", _INT), ("targets", _INT), ("parties", _INT),
        ("years", _INT), ("percentages", _INT), ("quantities", _INT), ("repairs", _INT), ("warnings", "list"),
    ),
    "sections": (
        ("doc", _STR), ("id", _STR), ("parent_id", _STR), ("level", _INT), ("marker", _STR), ("style", _STR),
        ("number", _INT), ("title", _STR), ("start", _INT), ("end", _INT), ("title_start", _INT),
        ("title_end", _INT), ("page", _INT), ("page_end", _INT),
    ),
    "targets": (
        ("doc", _STR), ("id", _STR), ("section_id", _STR), ("indicator", _STR), ("comparator", _STR),
        ("change", _STR), ("value", _FLOAT), ("value_max", _FLOAT), ("unit", _STR), ("year", _INT), ("text", _STR),
        ("start", _INT), ("end", _INT), ("source_start", _INT), ("source_end", _INT), ("attribute", _STR),
        ("page", _INT),
    ),
    "parties": (
        ("doc", _STR), ("section_id", _STR), ("task", _STR), ("lead", "list"), ("support", "list"), ("text", _STR),
        ("start", _INT), ("end", _INT), ("source_start", _INT), ("source_end", _INT), ("page", _INT),
    ),
    "years": (
        ("doc", _STR), ("year", _INT), ("year_end", _INT), ("kind", _STR), ("text", _STR), ("start", _INT),
        ("end", _INT),
    ),
    "percentages": (
        ("doc", _STR), ("value", _FLOAT), ("value_max", _FLOAT), ("unit", _STR), ("text", _STR), ("start", _INT),
        ("end", _INT),
    ),
    "quantities": (
        ("doc", _STR), ("value", _FLOAT), ("value_max", _FLOAT), ("unit", _STR), ("text", _STR), ("start", _INT),
        ("end", _INT),
    ),
    "errors": (("doc", _STR), ("error", _STR)),
}
"""Every table's columns and their types, in order (``list`` is a list of strings)."""

TABLES: tuple[str, ...] = tuple(COLUMNS)

Result = Union[Document, str]
"""A parsed Document, or the one-line message of a file that could not be parsed."""


def schema(table: str) -> Any:
    """The pyarrow schema of ``table``."""
    import pyarrow as pa

    types = {_STR: pa.string(), _INT: pa.int64(), _FLOAT: pa.float64(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table]])


def describe_schemas() -> str:
    """Every table's schema as text (what ``policydoc schema --arrow`` prints)."""
    return "\n\n".join(f"{name}\n{schema(name).to_string(show_schema_metadata=False)}" for name in TABLES) + "\n"


def rows(results: Iterable[tuple[str, Result]]) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for ``(doc path, Document or error message)`` pairs.

    >>> from policydoc import parse_text
    >>> out = rows([("a.txt", parse_text("一、目标\\n到2025年，覆盖率达到90%。")), ("b.txt", "b.txt: empty file")])
    >>> [(t["doc"], t["section_id"], t["value"], t["year"]) for t in out["targets"]], out["errors"]
    ([('a.txt', '1', 90.0, 2025)], [{'doc': 'b.txt', 'error': 'b.txt: empty file'}])
    """
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for doc_path, result in results:
        if isinstance(result, str):
            out["errors"].append({"doc": doc_path, "error": result})
        else:
            _document_rows(doc_path, result, out)
    return out


def tables(results: Iterable[tuple[str, Result]]) -> dict[str, Any]:
    """Every table as a pyarrow Table (empty tables keep their schema)."""
    import pyarrow as pa

    return {name: pa.Table.from_pylist(table_rows, schema=schema(name)) for name, table_rows in rows(results).items()}


def _span(span: Optional[tuple[int, int]], prefix: str = "") -> dict[str, Optional[int]]:
    start, end = span if span is not None else (None, None)
    return {f"{prefix}start": start, f"{prefix}end": end}


def _document_rows(doc_path: str, doc: Document, out: dict[str, list[dict[str, Any]]]) -> None:
    sections = doc.iter_sections()
    out["documents"].append({
        "doc": doc_path, "sha256": doc.source.sha256, "format": doc.source.format, "encoding": doc.source.encoding,
        "title": doc.title, "script": doc.script, "chars": len(doc.text),
        "pages": len(doc.source.pages) if doc.source.pages else None, "sections": len(sections),
        "targets": len(doc.targets), "parties": len(doc.parties), "years": len(doc.years),
        "percentages": len(doc.percentages), "quantities": len(doc.quantities), "repairs": len(doc.repairs),
        "warnings": list(doc.warnings),
    })
    for s in sections:
        out["sections"].append({
            "doc": doc_path, "id": s.id, "parent_id": s.id.rpartition(".")[0] or None, "level": s.level,
            "marker": s.marker, "style": s.style, "number": s.number, "title": s.title, **_span(s.span),
            "title_start": s.title_span[0], "title_end": s.title_span[1], "page": s.page, "page_end": s.page_end,
        })
    for t in doc.targets:
        out["targets"].append({
            "doc": doc_path, "id": t.id, "section_id": t.section_id, "indicator": t.indicator,
            "comparator": t.comparator, "change": t.change, "value": t.value, "value_max": t.value_max,
            "unit": t.unit, "year": t.year, "text": t.text, **_span(t.span), **_span(t.source_span, "source_"),
            "attribute": t.attribute, "page": t.page,
        })
    for p in doc.parties:
        out["parties"].append({
            "doc": doc_path, "section_id": p.section_id, "task": p.task, "lead": list(p.lead),
            "support": list(p.support), "text": p.text, **_span(p.span), **_span(p.source_span, "source_"),
            "page": p.page,
        })
    for y in doc.years:
        out["years"].append({"doc": doc_path, "year": y.year, "year_end": y.year_end, "kind": y.kind, "text": y.text,
                             **_span(y.span)})
    for name, mentions in (("percentages", doc.percentages), ("quantities", doc.quantities)):
        for m in mentions:
            out[name].append({"doc": doc_path, "value": m.value, "value_max": m.value_max, "unit": m.unit,
                              "text": m.text, **_span(m.span)})
