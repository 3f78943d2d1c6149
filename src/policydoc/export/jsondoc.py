"""Document JSON written piece by piece, byte for byte what ``model_dump_json`` gives.

``model_dump_json`` builds the whole JSON as one string (3–6 times the input for a
long document, twice that with the newline added and once more encoded), next
to the Document itself. Writing it a field, and for long lists a run of items, at
a time keeps the peak to the Document and one piece.

>>> from policydoc import parse_text
>>> doc = parse_text("一、目标\\n到2025年，覆盖率达到90%。")
>>> import io
>>> for indent in (None, 2):
...     out = io.StringIO()
...     write_json(doc, out, indent=indent)
...     assert out.getvalue() == doc.model_dump_json(indent=indent)
"""

from __future__ import annotations

from itertools import islice
from typing import Iterator, Optional, TextIO

from pydantic import BaseModel
from pydantic_core import to_json

CHUNK = 256
"""Items of a list serialised per call: large enough to keep calls cheap, small enough to stay a small piece."""


def write_json(model: BaseModel, out: TextIO, indent: Optional[int] = None,
               exclude: frozenset[str] = frozenset()) -> None:
    """Write ``model.model_dump_json(indent=indent, exclude=exclude)`` to ``out`` in pieces."""
    for piece in json_pieces(model, indent, exclude):
        out.write(piece)


def json_pieces(model: BaseModel, indent: Optional[int] = None,
                exclude: frozenset[str] = frozenset()) -> Iterator[str]:
    """The pieces of ``model.model_dump_json(indent=indent, exclude=exclude)``, in order.

    Only the top level is taken apart: each field's value is serialised by
    pydantic itself (lists of models a run of items at a time), then indented
    one level deeper. ``exclude`` leaves out top-level fields (``--no-text``,
    ``--no-repairs``).

    >>> from policydoc import parse_text
    >>> doc = parse_text("一、目标")
    >>> "".join(json_pieces(doc, None, frozenset({"text", "repairs"}))) == doc.model_dump_json(exclude={"text", "repairs"})
    True
    """
    nl, pad, sep = ("\n", " " * indent, ": ") if indent else ("", "", ":")
    fields = [f for f in type(model).model_fields if f not in exclude]
    yield "{"
    for i, name in enumerate(fields):
        yield f"{nl}{pad}{_dumps(name, None)}{sep}"
        value = getattr(model, name)
        if isinstance(value, list) and len(value) > CHUNK:
            yield from _list_pieces(value, indent, nl, pad)
        else:
            yield _indented(_dumps(value, indent), nl, pad)
        if i < len(fields) - 1:
            yield ","
    yield f"{nl}}}" if fields else "}"


def _list_pieces(items: list[object], indent: Optional[int], nl: str, pad: str) -> Iterator[str]:
    """A long list, ``CHUNK`` items per serialisation call."""
    yield "["
    it = iter(items)
    first = True
    while chunk := list(islice(it, CHUNK)):
        body = _dumps(chunk, indent)[1:-1]  # the items without the list's brackets
        if indent:  # "[\n  item,\n  item\n]": every line one level deeper
            body = nl + pad + body.strip("\n").replace("\n", nl + pad)
        yield body if first else "," + body
        first = False
    yield f"{nl}{pad}]"


def _indented(text: str, nl: str, pad: str) -> str:
    return text.replace("\n", nl + pad) if nl else text


def _dumps(value: object, indent: Optional[int]) -> str:
    return to_json(value, indent=indent).decode("utf-8")
