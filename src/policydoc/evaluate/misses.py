"""The misses of one document: gold items nothing matched, predictions that matched nothing, disagreements.

Each becomes an :class:`~policydoc.evaluate.report.Item` (``policydoc eval --misses``), in document order.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from ..models import Party, Section, Target
from .matching import Pairs, indicator_agrees, overlaps, party_differs, target_differs
from .report import Item


def heading_items(gold: list[dict[str, Any]], sections: list[Section], outline: Pairs, level: Pairs) -> list[Item]:
    """Missed gold headings, unmatched predictions and headings found at another level, merged in
    document order (a gold miss stands before the prediction matched to the next gold heading)."""
    by_pred = {j: i for i, j in outline}
    found, at_level = {i for i, _ in outline}, {i for i, _ in level}
    out: list[Item] = []
    next_gold = 0

    def misses_before(stop: int) -> None:
        nonlocal next_gold
        for i in range(next_gold, stop):
            if i not in found:
                out.append(Item("outline", "missed", _heading(gold[i])))
        next_gold = max(next_gold, stop)

    for j, s in enumerate(sections):
        if j not in by_pred:
            out.append(Item("outline", "false", pred=_section(s)))
            continue
        i = by_pred[j]
        misses_before(i)
        next_gold = max(next_gold, i + 1)
        if i not in at_level:
            out.append(Item("level", "off", _heading(gold[i]), _section(s)))
    misses_before(len(gold))
    return out


def target_items(gold: list[dict[str, Any]], targets: list[Target], pairs: Pairs) -> list[Item]:
    """Missed, wrong and false targets and comparator/indicator disagreements, in source order."""
    out: list[Item] = []
    for i, j in pairs:
        g, t = gold[i], targets[j]
        if g.get("comparator") is not None and g["comparator"] != t.comparator:
            out.append(Item("targets", "cmp", _gold_target(g), _target(t), at=_gold_at(g)))
        if not indicator_agrees(str(g.get("indicator") or ""), t.indicator):
            out.append(Item("targets", "ind", _gold_target(g), _target(t), at=_gold_at(g)))
    out += _missed_and_false("targets", gold, targets, pairs, _gold_target, _target, target_differs)
    return sorted(out, key=lambda item: item.at)


def party_items(gold: list[dict[str, Any]], parties: list[Party], pairs: Pairs) -> list[Item]:
    """Missed, wrong and false parties, in source order."""
    out = _missed_and_false("parties", gold, parties, pairs, _gold_party, _party, party_differs)
    return sorted(out, key=lambda item: item.at)


def _missed_and_false(task: str, gold: list[dict[str, Any]], preds: Sequence[Any], pairs: Pairs,
                      show_gold: Callable[[dict[str, Any]], dict[str, Any]], show_pred: Callable[[Any], dict[str, Any]],
                      differs: Callable[[dict[str, Any], Any], list[str]]) -> list[Item]:
    """A missed gold item is ``wrong`` where an unmatched prediction overlaps its quote (the first such
    prediction is its partner and not listed again), else ``missed``; other unmatched predictions are ``false``."""
    matched_gold, free = {i for i, _ in pairs}, [j for j in range(len(preds)) if j not in {j for _, j in pairs}]
    out: list[Item] = []
    for i, g in enumerate(gold):
        if i in matched_gold:
            continue
        near = next((j for j in free if overlaps(preds[j].source_span, g["_spans"])), None)
        if near is None:
            out.append(Item(task, "missed", show_gold(g), at=_gold_at(g)))
        else:
            free.remove(near)
            out.append(Item(task, "wrong", show_gold(g), show_pred(preds[near]), differs(g, preds[near]), _gold_at(g)))
    out += [Item(task, "false", pred=show_pred(preds[j]), at=_pred_at(preds[j])) for j in free]
    return out


def _gold_at(g: dict[str, Any]) -> int:
    return g["_spans"][0][0] if g["_spans"] else -1


def _pred_at(p: Target | Party) -> int:
    return p.source_span[0] if p.source_span is not None else -1


def _heading(g: dict[str, Any]) -> dict[str, Any]:
    return {"level": g.get("level"), "marker": g.get("marker", ""), "title": g.get("title", "")}


def _section(s: Section) -> dict[str, Any]:
    return {"level": s.level, "marker": s.marker, "title": s.title}


_TARGET_FIELDS = ("comparator", "value", "value_max", "unit", "year", "indicator")


def _gold_target(g: dict[str, Any]) -> dict[str, Any]:
    return {**{k: g.get(k) for k in _TARGET_FIELDS}, "quote": g.get("quote", ""), "found": bool(g["_spans"])}


def _target(t: Target) -> dict[str, Any]:
    return {**{k: getattr(t, k) for k in _TARGET_FIELDS}, "text": t.text}


def _gold_party(g: dict[str, Any]) -> dict[str, Any]:
    return {"lead": g.get("lead", []), "support": g.get("support", []), "quote": g.get("quote", ""),
            "found": bool(g["_spans"])}


def _party(p: Party) -> dict[str, Any]:
    return {"lead": p.lead, "support": p.support, "text": p.text}
