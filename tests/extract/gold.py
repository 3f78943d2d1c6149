"""Gold scoring for the extract tests, through the official scorer (:mod:`policydoc.evaluate`).

Only document loading lives here; matching is ``policydoc.evaluate.score_targets``, the
function ``policydoc eval`` uses, so the tests and the command can never disagree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from policydoc.evaluate import Score, score_targets
from policydoc.load import load
from policydoc.models import Document
from policydoc.pipeline import ParseOptions, run_pipeline


def parse_gold(gold_path: Path, docs_dir: Path) -> tuple[dict[str, Any], Document, str]:
    """The gold record, the parsed document and the decoded original text (what the quotes index)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    loaded = load(docs_dir / gold["doc"])
    return gold, run_pipeline(loaded, ParseOptions()), loaded.text


def missed_and_extra(gold: dict[str, Any], doc: Document, source: str) -> tuple[list[str], list[str]]:
    """Quotes of gold targets no prediction matches, texts of predictions no gold target matches."""
    missed = [g["quote"] for g in gold["targets"] if score_targets([g], doc.targets, source).tp == 0]
    extra = [t.text for t in doc.targets if score_targets(gold["targets"], [t], source).tp == 0]
    return missed, extra


def comparator_matches(gold: dict[str, Any], doc: Document, source: str) -> Score:
    """Matches that also agree on the comparator: scored one comparator class at a time."""
    total = Score()
    for cmp in {g["comparator"] for g in gold["targets"]} | {t.comparator for t in doc.targets}:
        total.add(score_targets([g for g in gold["targets"] if g["comparator"] == cmp],
                                [t for t in doc.targets if t.comparator == cmp], source))
    return total
