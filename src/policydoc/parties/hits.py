"""The record every recogniser returns, and how one is made from bodies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..settings import PARTY_TASK_MAX
from .names import Body
from .stops import PUNCTUATION

_TRIMMED = PUNCTUATION + " \t"


@dataclass
class Hit:
    """One task assignment found in the text (positions in the normalised text)."""

    lead: list[str]
    support: list[str]
    start: int
    end: int
    task: str
    kind: str
    """Name of the recogniser that found it (for tests and debugging)."""
    extra: dict[str, str] = field(default_factory=dict)


def make_hit(bodies: list[Body], start: int, end: int, task: str, kind: str, support: Optional[list[Body]] = None) -> Hit:
    """The named bodies lead; the generic remainder after 等 ("X、Y等有关部门") supports."""
    named = [b for b in bodies if not b.remainder] or bodies
    rest = [b for b in bodies if b not in named]
    return Hit([b.name for b in named], [b.name for b in rest + (support or [])], start, end, trim(task)[:PARTY_TASK_MAX], kind)


def trim(text: str) -> str:
    """``text`` without punctuation and spaces at either end.

    >>> trim("做好评估工作。")
    '做好评估工作'
    >>> trim(",负责经费保障。")
    '负责经费保障'
    """
    return text.strip().strip(_TRIMMED)
