"""What ``policydoc eval`` reports: counts per task, agreements, misses, per document and in total.

:class:`Score` (precision, recall, F1 from counts), :class:`Agreement` (a secondary figure), :class:`Item` (one
line of the misses listing), :class:`DocResult` (one document) and :class:`Report` (all of them, as the aligned
table or as JSON).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional, Sequence, TypeVar

from .show import SHOW, show_target

TASKS = ("outline", "level", "targets", "parties")
AGREEMENTS = ("cmp_agree", "ind_agree")


@dataclass
class Score:
    """Counts of one task; precision, recall and F1 follow from them."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp, self.pred, self.gold = self.tp + other.tp, self.pred + other.pred, self.gold + other.gold

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Agreement:
    """``agree`` of ``of`` matched items agree with gold on a field that F1 does not score."""

    agree: int = 0
    of: int = 0

    @property
    def share(self) -> Optional[float]:
        """``agree / of``; None when nothing was matched."""
        return self.agree / self.of if self.of else None

    def add(self, other: "Agreement") -> None:
        self.agree, self.of = self.agree + other.agree, self.of + other.of

    def as_dict(self) -> dict[str, Any]:
        share = self.share
        return {"agree": self.agree, "of": self.of, "share": None if share is None else round(share, 4)}


@dataclass
class Item:
    """One line of the misses listing: what gold has and the parser missed, or the reverse, or a disagreement.

    ``kind`` is ``missed`` (a gold item nothing matched), ``wrong`` (a gold item missed where an
    unmatched prediction covers its quote: ``differs`` names the fields that differ), ``false``
    (a prediction that matched nothing), ``off`` (a heading found at another level),
    ``cmp`` / ``ind`` (a matched target whose comparator / indicator disagrees with gold's).
    ``gold`` and ``pred`` are plain dicts of the fields shown; ``at`` orders the lines.
    """

    task: str
    kind: str
    gold: Optional[dict[str, Any]] = None
    pred: Optional[dict[str, Any]] = None
    differs: list[str] = field(default_factory=list)
    at: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"task": self.task, "kind": self.kind, "gold": self.gold, "pred": self.pred, "differs": self.differs}

    def line(self) -> str:
        """The item as one readable line.

        >>> gold = {"level": 2, "marker": "（一）", "title": "指导思想"}
        >>> Item("level", "off", gold, {**gold, "level": 3}).line()
        'level    off    L2 （一） 指导思想  <- predicted at L3'
        >>> t = {"comparator": ">=", "value": 95.0, "value_max": None, "unit": "%", "year": 2025,
        ...      "indicator": "毛入园率", "quote": "毛入园率达到95%以上", "found": True}
        >>> Item("targets", "wrong", t, {**t, "year": None}, ["year"]).line()
        'targets  wrong  >= 95 % y2025 「毛入园率」 «毛入园率达到95%以上»  <- predicted >= 95 % y- 「毛入园率」  (differs: year)'
        >>> Item("targets", "cmp", t, {**t, "comparator": "="}).line()
        'targets  cmp    gold >= / predicted =: 95 % y2025 「毛入园率」 «毛入园率达到95%以上»'
        """
        show = SHOW[self.task]
        g, p = self.gold or {}, self.pred or {}
        if self.kind == "missed":
            body = show(g)
        elif self.kind == "false":
            body = show(p)
        elif self.kind == "off":
            body = f"{show(g)}  <- predicted at L{p.get('level')}"
        elif self.kind == "cmp":
            body = f"gold {g.get('comparator')} / predicted {p.get('comparator')}: {show_target(g, comparator=False)}"
        elif self.kind == "ind":
            body = (f"gold 「{g.get('indicator')}」 / predicted 「{p.get('indicator')}」: "
                    f"{show_target(g, indicator=False)}")
        else:  # wrong: the partner covers the same quote, so its own text is left out
            body = f"{show(g)}  <- predicted {show(p, where=False)}  (differs: {', '.join(self.differs)})"
        return f"{self.task:<8} {self.kind:<6} {body}"


@dataclass
class DocResult:
    doc: str
    status: str = "ok"  # "ok", or why the document could not be (fully) scored
    scores: dict[str, Score] = field(default_factory=dict)
    agreement: dict[str, Agreement] = field(default_factory=dict)
    year_ignored: Optional[Score] = None  # targets matched with the year left out (informative)
    items: list[Item] = field(default_factory=list)

    @property
    def scored(self) -> bool:
        """Whether the document counts in the totals (its file was found and read)."""
        return bool(self.scores)


@dataclass
class Report:
    """Per-document and total scores; ``to_text`` is the aligned table, ``to_json`` the same as JSON."""

    docs: list[DocResult]

    def total(self) -> dict[str, Score]:
        return _summed(TASKS, Score, (d.scores for d in self.docs))

    def total_agreement(self) -> dict[str, Agreement]:
        return _summed(AGREEMENTS, Agreement, (d.agreement for d in self.docs))

    def total_year_ignored(self) -> Score:
        out = Score()
        for d in self.docs:
            if d.year_ignored is not None:
                out.add(d.year_ignored)
        return out

    def not_scored(self) -> list[DocResult]:
        """Documents left out of the totals (missing, unreadable, bad gold file)."""
        return [d for d in self.docs if not d.scored]

    def to_json(self, items: bool = False) -> str:
        """The report as JSON; ``items`` adds each document's misses (see :class:`Item`)."""
        def doc(d: DocResult) -> dict[str, Any]:
            out: dict[str, Any] = {"doc": d.doc, "status": d.status,
                                   "scores": {t: s.as_dict() for t, s in d.scores.items()},
                                   "secondary": _secondary(d.agreement, d.year_ignored)}
            if items:
                out["items"] = [i.as_dict() for i in d.items]
            return out

        return json.dumps(
            {"documents": [doc(d) for d in self.docs],
             "total": {t: s.as_dict() for t, s in self.total().items()},
             "total_secondary": _secondary(self.total_agreement(), self.total_year_ignored()),
             "scored": len(self.docs) - len(self.not_scored()),
             "not_scored": [{"doc": d.doc, "status": d.status} for d in self.not_scored()]},
            ensure_ascii=False, indent=2)

    def to_text(self, items: bool = False) -> str:
        """The aligned table; ``items`` appends each document's misses, one line each."""
        width = max([len(d.doc) for d in self.docs] + [5])
        head = f"{'doc':<{width}}  {'task':<9} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"
        lines = [head, "-" * len(head)]
        rows = [(d.doc, d.status, d.scores, d.agreement) for d in self.docs]
        for name, status, scores, agreement in rows + [("TOTAL", "ok", self.total(), self.total_agreement())]:
            if status != "ok":
                lines.append(f"{name:<{width}}  {status}")
            for task, s in scores.items():
                lines.append(f"{name:<{width}}  {task:<9} {s.gold:>5} {s.pred:>5} {s.tp:>5} "
                             f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
            for label, a in agreement.items():
                share = "-" if a.share is None else f"{a.share:.3f}"
                lines.append(f"{name:<{width}}  {label.replace('_', '-'):<9} {f'{a.agree}/{a.of}':>17} "
                             f"{'':>6} {'':>6} {share:>6}")
        y = self.total_year_ignored()
        lines.append(f"targets if the year is ignored: {y.tp} of {y.gold} gold, {y.pred} predicted: "
                     f"P {y.precision:.3f} R {y.recall:.3f} F1 {y.f1:.3f}")
        missing = self.not_scored()
        lines.append(f"scored {len(self.docs) - len(missing)} of {len(self.docs)} documents"
                     + (f"; not scored: {', '.join(d.doc for d in missing)}" if missing else ""))
        if items:
            lines += ["", "Misses (gold items not found, predictions matching nothing, disagreements)"]
            for d in self.docs:
                if d.items:
                    lines.append(f"== {d.doc}")
                    lines += [f"  {i.line()}" for i in d.items]
        return "\n".join(lines) + "\n"


C = TypeVar("C", Score, Agreement)


def _summed(names: Sequence[str], zero: Callable[[], C], parts: Iterable[dict[str, C]]) -> dict[str, C]:
    """The counts of ``parts`` (one dict per document) added up by name, every name of ``names`` present."""
    out = {name: zero() for name in names}
    for part in parts:
        for name, count in part.items():
            out[name].add(count)
    return out


def _secondary(agreement: dict[str, Agreement], year_ignored: Optional[Score]) -> dict[str, Any]:
    out: dict[str, Any] = {name: a.as_dict() for name, a in agreement.items()}
    if year_ignored is not None:
        out["targets_year_ignored"] = year_ignored.as_dict()
    return out
