"""The work of one batch chunk, done in a worker process (see :mod:`policydoc.workers`).

Each chunk function parses its paths and hands back, per path, what the batch writes: a JSON line
(:func:`json_chunk`), rows already written to this chunk's Parquet parts (:func:`parquet_chunk`), or the
Document or exception itself (:func:`doc_chunk`, for :func:`policydoc.batch.iter_parse`). A file that cannot be
parsed becomes its error, never an exception out of the chunk.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Sequence, Union

from .errors import LoadError, one_line
from .load import display_path
from .models import Document
from .pipeline import ParseOptions, parse


def parse_one(path: str, options: ParseOptions) -> Union[Document, Exception]:
    try:
        doc = parse(Path(path), options)
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop the batch
        return exc
    doc.source.path = display_path(path)  # a name with bytes that are not UTF-8 must still serialise
    return doc


def _result(path: str, options: ParseOptions, refused: Optional[dict[str, str]]) -> Union[Document, Exception]:
    """The Document of ``path``, or its error: a refused path is not read, its message is the error."""
    return LoadError(refused[path]) if refused and path in refused else parse_one(path, options)


def json_chunk(
    paths: Sequence[str], options: ParseOptions, refused: Optional[dict[str, str]] = None,
    exclude: frozenset[str] = frozenset(),
) -> list[tuple[str, int, bool]]:
    """Parse ``paths``; per path its JSON line (without the fields in ``exclude``), its number of targets
    and whether it failed.

    A path in ``refused`` is not read: its message is the error.
    """
    from .export.jsondoc import json_pieces

    lines = []
    for path in paths:
        result = _result(path, options, refused)
        if isinstance(result, Document):
            lines.append(("".join(json_pieces(result, None, exclude)) + "\n", len(result.targets), False))
        else:
            record = {"path": display_path(path), "error": one_line(result)}
            lines.append((json.dumps(record, ensure_ascii=False) + "\n", 0, True))
    return lines


def doc_chunk(paths: Sequence[str], options: ParseOptions) -> list[tuple[str, Union[Document, Exception]]]:
    return [(path, parse_one(path, options)) for path in paths]


def parquet_chunk(
    paths: Sequence[str], options: ParseOptions, out: str, run: str, refused: Optional[dict[str, str]] = None
) -> list[tuple[str, int, bool]]:
    """Parse ``paths`` and write their rows as this chunk's Parquet parts under ``out`` (in the worker)."""
    from .export.parquet import part_name, write_chunk

    results: list[tuple[str, Union[Document, str]]] = []
    for path in paths:
        result = _result(path, options, refused)
        results.append((display_path(path), result if isinstance(result, Document) else one_line(result)))
    write_chunk(Path(out), part_name(run, [p for p, _ in results]), results)
    return [("", len(r.targets) if isinstance(r, Document) else 0, not isinstance(r, Document)) for _, r in results]
