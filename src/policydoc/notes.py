"""Warnings as the stages raise them: a message that also carries its code and position.

A :class:`Note` *is* its message (a ``str``), so every list of warnings can still be read,
joined and searched as text; the pipeline turns each into a ``Document.warnings`` string
and a ``Document.warning_details`` entry (code, message, span, source_span). A stage sets
the positions it knows: ``span`` in the normalised text (outline), ``source_span`` in the
decoded input (loader), or both (normaliser); the pipeline maps the missing one.

Codes are short, stable identifiers, ``<origin>.<what>``; docs/document-format.md lists them.

>>> n = Note("outline: numbering skips", "outline.numbering_skip", span=(3, 5))
>>> n.startswith("outline"), n.code, n.span, n.source_span
(True, 'outline.numbering_skip', (3, 5), None)
>>> import pickle; pickle.loads(pickle.dumps(n)).code
'outline.numbering_skip'
"""

from __future__ import annotations

from typing import Optional

Span = tuple[int, int]


class Note(str):
    """A warning message with its ``code`` and, where known, ``span`` and ``source_span``."""

    code: str
    span: Optional[Span]
    source_span: Optional[Span]

    def __new__(cls, message: str, code: str, span: Optional[Span] = None,
                source_span: Optional[Span] = None) -> "Note":
        note = super().__new__(cls, message)
        note.code, note.span, note.source_span = code, span, source_span
        return note

    def __reduce__(self) -> tuple[object, ...]:
        return (Note, (str(self), self.code, self.span, self.source_span))


def code_of(message: str, default: str = "other") -> str:
    """The code of a warning: its own for a :class:`Note`, ``default`` for a plain string.

    >>> code_of(Note("x", "load.undecodable")), code_of("x")
    ('load.undecodable', 'other')
    """
    return message.code if isinstance(message, Note) else default
