"""(In progress: the outline parser.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..models import Section


@dataclass
class Outline:
    sections: list[Section] = field(default_factory=list)
    title: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


def build_outline(text: str) -> Outline:
    return Outline()
