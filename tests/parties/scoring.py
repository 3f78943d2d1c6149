"""Party scoring as SPEC.md defines it, for the corpus and seed gates.

A predicted party matches a gold party when its ``source_span`` overlaps the gold
quote's position in the original file and its lead set equals the gold lead set
(names compared after t2s); each gold item matches at most one prediction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policydoc.load import load
from policydoc.pipeline import parse


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s").convert


@dataclass
class Score:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)


def score_document(gold_path: Path, docs_dir: Path) -> Score:
    """Score the parties of one document against its gold file."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc_path = docs_dir / gold["doc"]
    source = load(doc_path).text
    conv = _t2s()
    wanted = []
    for g in gold["parties"]:
        at = source.find(g["quote"])
        assert at >= 0, f"gold quote not in {gold['doc']}: {g['quote']!r}"
        wanted.append(((at, at + len(g["quote"])), {conv(n) for n in g["lead"]}))
    used: set[int] = set()
    parties = parse(doc_path).parties
    for party in parties:
        span = party.source_span
        lead = {conv(n) for n in party.lead}
        for k, ((start, end), gold_lead) in enumerate(wanted):
            if k not in used and span and span[0] < end and start < span[1] and lead == gold_lead:
                used.add(k)
                break
    return Score(len(used), len(parties), len(wanted))
