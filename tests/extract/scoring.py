"""Target matching as SPEC.md defines it, for the tests (policydoc eval scores the same way)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import policydoc
from policydoc.models import Target


@dataclass
class Score:
    gold: int
    predicted: int
    matched: int
    missed: list[dict]
    extra: list[Target]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _occurrences(source: str, quote: str) -> list[tuple[int, int]]:
    out, i = [], source.find(quote)
    while i >= 0:
        out.append((i, i + len(quote)))
        i = source.find(quote, i + 1)
    return out


def _matches(pred: Target, gold: dict, spans: list[tuple[int, int]]) -> bool:
    if (pred.value, pred.value_max, pred.unit) != (gold["value"], gold["value_max"], gold["unit"]):
        return False
    if gold["year"] is not None and pred.year != gold["year"]:
        return False
    src = pred.source_span
    return src is not None and any(src[0] < e and s < src[1] for s, e in spans)


def score_document(gold_path: Path, docs_dir: Path) -> tuple[Score, list[tuple[Target, dict]]]:
    """Score one gold file; also return the matched (prediction, gold) pairs."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = docs_dir / gold["doc"]
    source = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    preds = policydoc.parse(path).targets
    used: set[int] = set()
    pairs: list[tuple[Target, dict]] = []
    missed: list[dict] = []
    for g in gold["targets"]:
        spans = _occurrences(source, g["quote"])
        hit = next((k for k, p in enumerate(preds) if k not in used and _matches(p, g, spans)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            pairs.append((preds[hit], g))
    extra = [p for k, p in enumerate(preds) if k not in used]
    return Score(len(gold["targets"]), len(preds), len(pairs), missed, extra), pairs
