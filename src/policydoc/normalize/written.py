"""Names and titles in the width the document wrote them.

Normalisation folds full-width digits, letters and brackets to ASCII so that the
recognisers read one form ("（市、区）" -> "(市、区)"). A party's name or a heading's
title is reported as written, in simplified script: where the source stretch it
comes from has the same length, each character that width folding changed takes
back its full-width form; script conversion (t2s) stays.
"""

from __future__ import annotations

from typing import Optional

from .offsets import OffsetMap

_FULLWIDTH_OFFSET = 0xFEE0


def _is_wide_form(source_char: str, char: str) -> bool:
    return ord(source_char) - _FULLWIDTH_OFFSET == ord(char) or (source_char == "\u3000" and char == " ")


def as_written(value: str, span: tuple[int, int], source: str, offsets: Optional[OffsetMap]) -> str:
    """``value`` (the normalised ``text[span]``) with the full-width characters of its source stretch restored.

    >>> from policydoc.normalize import normalize
    >>> src = "各县（市、区）人民政府负责"
    >>> r = normalize(src)
    >>> name = "各县(市、区)人民政府"
    >>> as_written(name, (0, len(name)), src, r.offsets)
    '各县（市、区）人民政府'
    """
    if offsets is None or not value:
        return value
    a, b = offsets.span_to_source(span)
    original = source[a:b]
    if len(original) != len(value) or original == value:
        return value
    return "".join(s if _is_wide_form(s, c) else c for c, s in zip(value, original))
