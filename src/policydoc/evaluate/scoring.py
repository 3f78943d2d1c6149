"""Scoring per task: headings, targets and parties of one parsed document against its gold record."""

from __future__ import annotations

from typing import Any

from ..models import Document, Party, Section, Target
from .matching import Pairs, greedy_pairs, heading_matches, indicator_agrees, party_differs, target_differs, with_spans
from .misses import heading_items, party_items, target_items
from .report import Agreement, DocResult, Score


def score_headings(gold: list[dict[str, Any]], sections: list[Section]) -> dict[str, Score]:
    """``outline`` and ``level`` scores of predicted sections against gold headings."""
    outline, level = _heading_pairs(gold, sections)
    return {"outline": Score(len(outline), len(sections), len(gold)),
            "level": Score(len(level), len(sections), len(gold))}


def _heading_pairs(gold: list[dict[str, Any]], sections: list[Section]) -> tuple[Pairs, Pairs]:
    def by_level(g: dict[str, Any], s: Section) -> bool:
        return g.get("level") == s.level and heading_matches(g, s)

    return greedy_pairs(gold, sections, heading_matches), greedy_pairs(gold, sections, by_level)


def score_targets(gold: list[dict[str, Any]], targets: list[Target], source: str) -> Score:
    """Targets matched on value, value_max, unit, year (where gold gives one) and quote overlap."""
    return Score(len(_target_pairs(with_spans(gold, source), targets)), len(targets), len(gold))


def _target_pairs(gold: list[dict[str, Any]], targets: list[Target], year: bool = True) -> Pairs:
    return greedy_pairs(gold, targets, lambda g, t: not target_differs(g, t, year))


def score_parties(gold: list[dict[str, Any]], parties: list[Party], source: str) -> Score:
    """Parties matched on quote overlap and equal lead sets."""
    return Score(len(_party_pairs(with_spans(gold, source), parties)), len(parties), len(gold))


def _party_pairs(gold: list[dict[str, Any]], parties: list[Party]) -> Pairs:
    return greedy_pairs(gold, parties, lambda g, p: not party_differs(g, p))


def target_agreement(gold: list[dict[str, Any]], targets: list[Target], pairs: Pairs) -> dict[str, Agreement]:
    """Comparator and indicator agreement among matched (gold, prediction) pairs."""
    cmp, ind = Agreement(), Agreement()
    for i, j in pairs:
        g, t = gold[i], targets[j]
        if g.get("comparator") is not None:
            cmp.add(Agreement(int(g["comparator"] == t.comparator), 1))
        ind.add(Agreement(int(indicator_agrees(str(g.get("indicator") or ""), t.indicator)), 1))
    return {"cmp_agree": cmp, "ind_agree": ind}


def score_document(gold: dict[str, Any], doc: Document, source: str) -> dict[str, Score]:
    """All task scores of one parsed document against its gold record."""
    return compare_document(gold, doc, source).scores


def compare_document(gold: dict[str, Any], doc: Document, source: str, name: str = "") -> DocResult:
    """Scores, secondary figures and misses of one parsed document against its gold record."""
    headings, sections = gold.get("headings", []), doc.iter_sections()
    outline, level = _heading_pairs(headings, sections)
    g_targets = with_spans(gold.get("targets", []), source)
    t_pairs = _target_pairs(g_targets, doc.targets)
    g_parties = with_spans(gold.get("parties", []), source)
    p_pairs = _party_pairs(g_parties, doc.parties)
    n_sec, n_t, n_p = len(sections), len(doc.targets), len(doc.parties)
    return DocResult(
        name or str(gold.get("doc", "")),
        scores={"outline": Score(len(outline), n_sec, len(headings)),
                "level": Score(len(level), n_sec, len(headings)),
                "targets": Score(len(t_pairs), n_t, len(g_targets)),
                "parties": Score(len(p_pairs), n_p, len(g_parties))},
        agreement=target_agreement(g_targets, doc.targets, t_pairs),
        year_ignored=Score(len(_target_pairs(g_targets, doc.targets, year=False)), n_t, len(g_targets)),
        items=(heading_items(headings, sections, outline, level)
               + target_items(g_targets, doc.targets, t_pairs) + party_items(g_parties, doc.parties, p_pairs)))
