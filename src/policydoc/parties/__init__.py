"""(In progress: responsible parties.)"""

from __future__ import annotations

from ..models import Party, Section


def extract_parties(text: str, sections: list[Section]) -> list[Party]:
    return []
