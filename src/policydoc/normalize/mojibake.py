"""(In progress: filled in by the normalisation work.)"""

from __future__ import annotations

from .offsets import Edit


def repair_mojibake(text: str, ctx: object) -> list[Edit]:
    return []
