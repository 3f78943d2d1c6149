"""(In progress: extraction of targets, years, percentages and quantities.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import PercentMention, QuantityMention, Section, Target, YearMention


@dataclass
class Facts:
    targets: list[Target] = field(default_factory=list)
    years: list[YearMention] = field(default_factory=list)
    percentages: list[PercentMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_facts(text: str, sections: list[Section]) -> Facts:
    return Facts()
