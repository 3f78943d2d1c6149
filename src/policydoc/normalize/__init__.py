"""Normalisation: an ordered table of named fixers, each accountable for its edits.

Each fixer is ``str -> list[Edit]`` (edits in the coordinates of its own input).
:func:`normalize` runs the enabled fixers in order, applies their edits, chains
the offset maps and turns every edit into a :class:`~policydoc.models.Repair`
whose ``span`` points into the final text and whose ``source_span`` points into
the decoded source.
"""

from .pipeline import FIXERS, Fixer, NormalizeOptions, NormalizeResult, normalize

__all__ = ["FIXERS", "Fixer", "NormalizeOptions", "NormalizeResult", "normalize"]
