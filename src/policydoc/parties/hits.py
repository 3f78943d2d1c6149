"""The record every recogniser returns, and the sentence splitter they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

import regex
from .._lazy import lazy_regex

_SENTENCE = lazy_regex(r"[^。；;！？!?\n]+[。；;！？!?]?")
_CLAUSE = regex.compile(r"(?:[^，,：:()]|\([^()]*\)|[()])+[，,：:]?")


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


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs; a sentence ends at 。；！？ or a newline.

    >>> list(sentences("甲负责。乙配合；\\n丙"))
    [(0, '甲负责。'), (4, '乙配合；'), (9, '丙')]
    """
    for m in _SENTENCE.finditer(text, start, len(text) if end is None else end):
        yield m.start(), m.group(0)


def clauses(sentence: str) -> Iterator[tuple[int, str]]:
    """(offset, clause) pairs; commas and colons outside brackets split.

    >>> list(clauses("甲(市、区)负责,乙配合"))
    [(0, '甲(市、区)负责,'), (9, '乙配合')]
    """
    for m in _CLAUSE.finditer(sentence):
        yield m.start(), m.group(0)


def trim(text: str) -> str:
    """``text`` without punctuation and spaces at either end.

    >>> trim("做好评估工作。")
    '做好评估工作'
    >>> trim(",负责经费保障。")
    '负责经费保障'
    """
    return text.strip().strip("，,。；;：:！？!?、 \t")
