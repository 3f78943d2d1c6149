"""Typographic spaces inside and around numbers.

Two named rules:

- ``number_spacing``: one space between a Han character (or CJK punctuation) and a
  digit, either way round, is typesetting, not content: Taiwanese and PDF texts
  write "于 2024 年投入 300 亿元". Without it numbers meet their units and years
  their 年 as in any other text. Only a single plain space goes: a tab, a run of
  spaces or an ideographic space may separate table cells and stay.
- ``spaced_digits``: some producers (newspaper archives) put a space after every
  digit and around the decimal point ("2 0 0 5 年", "6 .5 %"). Where a document
  does that throughout (``SPACED_MIN`` times or more and more often than it writes
  two digits together), the spaces inside numbers go.
"""

from __future__ import annotations

import re

from .._lazy import lazy_re
from .offsets import Edit

SPACED_MIN = 10  # spaced digit pairs a document needs before its numbers are read as spaced throughout
_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_CJK_PUNCT = "，。、；：！？“”《》【】"  # full-width （）％ are ASCII by now (width folding runs first)
# Each pattern opens with the space it matches and looks back over it ("(?<=\d )" is "(?<=\d)" before
# the space): a pattern opening with a lookbehind is tried at every position, one opening with a
# character is searched for it in C. One pattern per kind of space: the engine finds a single
# character ~10x faster than a class of two.
_SPACES = (" ", "\u00a0")


def _number_spacing(space: str) -> "re.Pattern[str]":
    """The ``number_spacing`` rule for one kind of space (compiled on first use: most texts hold one kind)."""
    return lazy_re(
        rf"{space}(?:(?<=[{_HAN}{_CJK_PUNCT}]{space})(?=\d)"  # 于 2024
        rf"|(?<=\d{space})(?=[{_HAN}{_CJK_PUNCT}%]))"  # 2024 年, 5 %
    )


_NUMBER_SPACING = tuple((space, _number_spacing(space)) for space in _SPACES)
_SPACED_PAIR = re.compile(r" (?<=\d )(?=\d)")
# compiled on first use: read only in a text with SPACED_MIN spaced digit pairs
_GLUED_PAIR = lazy_re(r"\d\d")
_SPACED_NUMBER = lazy_re(r" (?:(?<=\d )(?=[\d.%])|(?<=\d\. )(?=\d)|(?<=\d )(?=\.\d))")


def fix_number_spacing(text: str) -> list[Edit]:
    """Edits removing the spaces of both rules.

    >>> from policydoc.normalize.offsets import apply_edits
    >>> apply_edits("于 2024 年投入 300 亿元", fix_number_spacing("于 2024 年投入 300 亿元"))[0]
    '于2024年投入300亿元'
    >>> t = "增长 6 .5 %，" + "达到 1 2 0 0 万" * 10
    >>> apply_edits(t, fix_number_spacing(t))[0][:21]
    '增长6.5%，达到1200万达到1200万'
    >>> fix_number_spacing("序号\\t2025年\\u30003")  # tabs and ideographic spaces separate cells
    []
    """
    spans = {(m.start(), m.end()) for space, rule in _NUMBER_SPACING if space in text for m in rule.finditer(text)}
    edits = [Edit(a, b, "", "number_spacing") for a, b in spans]
    spaced = len(_SPACED_PAIR.findall(text))
    if spaced >= SPACED_MIN and spaced > len(_GLUED_PAIR.findall(text)):
        edits.extend(Edit(m.start(), m.end(), "", "spaced_digits")
                     for m in _SPACED_NUMBER.finditer(text) if (m.start(), m.end()) not in spans)
    return sorted(edits, key=lambda e: e.start)


def spacing_fixer(text: str, ctx: object) -> list[Edit]:
    """The fixer-table entry: :func:`fix_number_spacing`."""
    return fix_number_spacing(text)
