"""``policydoc eval``: score the parser against gold annotations (SPEC.md, "Gold annotation format").

Three tasks, each with precision, recall and F1 per document and in total
(micro-averaged over the documents that could be scored):

- **headings** — ``outline``: a predicted heading matches a gold one when the
  titles are equal after OpenCC t2s and dropping punctuation and white space,
  or one is a prefix of the other and both are at least 6 characters; a gold
  heading with an empty title (an untitled law article "第五条 …") matches a
  predicted heading with the same marker (after t2s, width folding and dropping
  white space), whatever title the prediction gives it; ``level``: the same and
  the levels equal. Matching is greedy and one-to-one in document order.
- **targets** — value, value_max and unit equal, year equal where gold gives
  one, and the prediction's ``source_span`` overlaps an occurrence of the gold
  quote in the decoded original file.
- **parties** — ``source_span`` overlaps the quote and the lead sets are equal
  (names compared after t2s).

Secondary figures, reported beside F1 and not part of it (SPEC "Secondary figures"):
among the matched targets, the share whose comparator equals gold's (``cmp_agree``)
and the share whose indicator names what gold's names (``ind_agree``, see
:func:`indicator_agrees`); and targets scored with the year ignored.

Every gold item no prediction matched, every prediction that matched nothing and
every disagreement is kept as an :class:`Item`, one line each (``policydoc eval
--misses``), so that an analyst can see what went wrong.

A gold document whose file is missing or unreadable is listed with its reason and
left out of the totals; a run that can score no document at all is an
:class:`EvalError`, never a total of 1.000 over nothing.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence, TypeVar

import regex

from .errors import PolicydocError
from .models import Document, Party, Section, Target

if TYPE_CHECKING:
    from .pipeline import ParseOptions

TASKS = ("outline", "level", "targets", "parties")
AGREEMENTS = ("cmp_agree", "ind_agree")
MIN_PREFIX = 6
IND_MIN_KEPT = 0.6
"""An indicator names what gold's names when it keeps at least this share of gold's characters in order…"""
IND_MAX_RATIO = 2
"""…and is at most this many times as long as gold's."""
_NOISE = regex.compile(r"[\p{P}\p{S}\s]+")
_SPACE = regex.compile(r"\s+")
G = TypeVar("G")
P = TypeVar("P")
Pairs = list[tuple[int, int]]


class EvalError(PolicydocError):
    """Nothing could be scored: no gold folder, no gold files, or no document found."""


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
        show = _SHOW[self.task]
        g, p = self.gold or {}, self.pred or {}
        if self.kind == "missed":
            body = show(g)
        elif self.kind == "false":
            body = show(p)
        elif self.kind == "off":
            body = f"{show(g)}  <- predicted at L{p.get('level')}"
        elif self.kind == "cmp":
            body = f"gold {g.get('comparator')} / predicted {p.get('comparator')}: {_show_target(g, comparator=False)}"
        elif self.kind == "ind":
            body = (f"gold 「{g.get('indicator')}」 / predicted 「{p.get('indicator')}」: "
                    f"{_show_target(g, indicator=False)}")
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
        out = {task: Score() for task in TASKS}
        for d in self.docs:
            for task, s in d.scores.items():
                out[task].add(s)
        return out

    def total_agreement(self) -> dict[str, Agreement]:
        out = {name: Agreement() for name in AGREEMENTS}
        for d in self.docs:
            for name, a in d.agreement.items():
                out[name].add(a)
        return out

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


def _secondary(agreement: dict[str, Agreement], year_ignored: Optional[Score]) -> dict[str, Any]:
    out: dict[str, Any] = {name: a.as_dict() for name, a in agreement.items()}
    if year_ignored is not None:
        out["targets_year_ignored"] = year_ignored.as_dict()
    return out


# ---- keys and matching rules -------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _simplified(s: str) -> str:
    from .normalize.script import to_simplified

    return to_simplified(s)


def title_key(title: str) -> str:
    """A title as compared: t2s, no punctuation, no white space.

    >>> title_key("（一）強化組織領導。 ")
    '一强化组织领导'
    """
    return _NOISE.sub("", _simplified(title))


def titles_match(a: str, b: str) -> bool:
    """Equal keys, or one a prefix of the other with both at least 6 characters.

    >>> titles_match("提升学生劳动素养", "提升学生劳动素养。"), titles_match("指导思想", "指导思想直属高校")
    (True, False)
    >>> titles_match("增强教育引领支撑功能", "增强教育引领支撑功能,提升服务社会能级水平")
    True
    """
    a, b = title_key(a), title_key(b)
    if a == b:
        return True
    return min(len(a), len(b)) >= MIN_PREFIX and (a.startswith(b) or b.startswith(a))


def marker_key(marker: str) -> str:
    """A marker as compared: t2s, full-width digits, letters and brackets folded, no white space.

    >>> marker_key(" 第五條　"), marker_key("（１）")
    ('第五条', '(1)')
    """
    from .normalize.width import WIDTH_TABLE

    return _SPACE.sub("", _simplified(marker).translate(WIDTH_TABLE))


def heading_matches(gold: dict[str, Any], pred: Section) -> bool:
    """A gold heading and a predicted one name the same heading (titles, or markers of an untitled gold heading).

    >>> untitled = {"level": 2, "marker": "第五条", "title": ""}
    >>> sec = Section(id="1", level=2, marker="第五条", style="article", number=5, title="县级人民政府应当",
    ...               span=(0, 9), title_span=(4, 9))
    >>> heading_matches(untitled, sec), heading_matches({**untitled, "marker": "第六条"}, sec)
    (True, False)
    """
    if title_key(str(gold.get("title") or "")):
        return titles_match(gold["title"], pred.title)
    key = marker_key(str(gold.get("marker") or ""))
    return bool(key) and key == marker_key(pred.marker)


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence (characters of ``a`` kept in order in ``b``).

    >>> lcs_length("学前教育毛入园率", "学前三年毛入园率"), lcs_length("", "率")
    (6, 0)
    """
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def indicator_agrees(gold: str, pred: str) -> bool:
    """The predicted indicator names what gold's names (SPEC "Secondary figures").

    It keeps at least 60% of gold's characters in order and is at most twice as long, both
    compared after t2s and dropping punctuation and white space.

    >>> indicator_agrees("地区生产总值", "地区生产总值增速"), indicator_agrees("學前教育毛入園率", "学前三年毛入园率")
    (True, True)
    >>> indicator_agrees("单位产值能耗", "以来"), indicator_agrees("能耗", "全市单位产值综合能耗")
    (False, False)
    """
    g, p = title_key(gold), title_key(pred)
    if not g:
        return not p
    return lcs_length(g, p) >= IND_MIN_KEPT * len(g) and len(p) <= IND_MAX_RATIO * len(g)


def greedy_pairs(gold: Sequence[G], pred: Sequence[P], same: Callable[[G, P], bool]) -> Pairs:
    """(gold index, prediction index) pairs, taking each gold item in order and pairing it with the
    first unused matching prediction."""
    used = [False] * len(pred)
    pairs: Pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if not used[j] and same(g, p):
                used[j] = True
                pairs.append((i, j))
                break
    return pairs


def greedy_match(gold: Sequence[G], pred: Sequence[P], same: Callable[[G, P], bool]) -> int:
    """How many one-to-one matches :func:`greedy_pairs` finds."""
    return len(greedy_pairs(gold, pred, same))


def quote_spans(source: str, quote: str) -> list[tuple[int, int]]:
    """Every occurrence of ``quote`` in ``source``.

    >>> quote_spans("ab ab", "ab")
    [(0, 2), (3, 5)]
    """
    out, i = [], source.find(quote) if quote else -1
    while i >= 0:
        out.append((i, i + len(quote)))
        i = source.find(quote, i + 1)
    return out


def _overlaps(span: Optional[Sequence[int]], spans: list[tuple[int, int]]) -> bool:
    return span is not None and any(span[0] < b and a < span[1] for a, b in spans)


def _same_number(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def _target_differs(g: dict[str, Any], t: Target, year: bool = True) -> list[str]:
    """The scored fields where a prediction differs from a gold target (``span`` when it misses the quote)."""
    out = [name for name, same in (
        ("value", _same_number(g.get("value"), t.value)),
        ("value_max", _same_number(g.get("value_max"), t.value_max)),
        ("unit", _simplified(str(g.get("unit", ""))) == _simplified(t.unit)),
        ("year", not year or g.get("year") is None or g.get("year") == t.year),
    ) if not same]
    return out if _overlaps(t.source_span, g["_spans"]) else out + ["span"]


def _party_differs(g: dict[str, Any], p: Party) -> list[str]:
    same_lead = {_simplified(x) for x in g.get("lead", [])} == {_simplified(x) for x in p.lead}
    return ([] if same_lead else ["lead"]) + ([] if _overlaps(p.source_span, g["_spans"]) else ["span"])


def _with_spans(gold: list[dict[str, Any]], source: str) -> list[dict[str, Any]]:
    return [{**g, "_spans": quote_spans(source, g.get("quote", ""))} for g in gold]


# ---- scoring per task --------------------------------------------------------------------------

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
    return Score(len(_target_pairs(_with_spans(gold, source), targets)), len(targets), len(gold))


def _target_pairs(gold: list[dict[str, Any]], targets: list[Target], year: bool = True) -> Pairs:
    return greedy_pairs(gold, targets, lambda g, t: not _target_differs(g, t, year))


def score_parties(gold: list[dict[str, Any]], parties: list[Party], source: str) -> Score:
    """Parties matched on quote overlap and equal lead sets."""
    return Score(len(_party_pairs(_with_spans(gold, source), parties)), len(parties), len(gold))


def _party_pairs(gold: list[dict[str, Any]], parties: list[Party]) -> Pairs:
    return greedy_pairs(gold, parties, lambda g, p: not _party_differs(g, p))


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
    g_targets = _with_spans(gold.get("targets", []), source)
    t_pairs = _target_pairs(g_targets, doc.targets)
    g_parties = _with_spans(gold.get("parties", []), source)
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


# ---- misses ------------------------------------------------------------------------------------

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
    out += _missed_and_false("targets", gold, targets, pairs, _gold_target, _target, _target_differs)
    return sorted(out, key=lambda item: item.at)


def party_items(gold: list[dict[str, Any]], parties: list[Party], pairs: Pairs) -> list[Item]:
    """Missed, wrong and false parties, in source order."""
    out = _missed_and_false("parties", gold, parties, pairs, _gold_party, _party, _party_differs)
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
        near = next((j for j in free if _overlaps(preds[j].source_span, g["_spans"])), None)
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


def _clip(text: str, n: int = 48) -> str:
    """One line of at most ``n`` characters.

    >>> _clip("一二三\\n四五", 4), _clip("  短 ")
    ('一二三…', '短')
    """
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def _num(v: Optional[float]) -> str:
    return "-" if v is None else f"{v:g}"


def _show_heading(h: dict[str, Any], where: bool = True) -> str:
    return f"L{h.get('level')} {h.get('marker') or ''} {_clip(h.get('title') or '') or '(untitled)'}"


def _where(item: dict[str, Any]) -> str:
    """The quote (gold) or text (prediction) in guillemets."""
    where = item["quote"] if "quote" in item else item.get("text", "")
    return f" «{_clip(where)}»" + ("" if item.get("found", True) else " (quote not in the file)")


def _show_target(t: dict[str, Any], where: bool = True, comparator: bool = True, indicator: bool = True) -> str:
    value = _num(t.get("value")) + (f"-{_num(t['value_max'])}" if t.get("value_max") is not None else "")
    parts = [str(t.get("comparator"))] if comparator else []
    parts += [value, str(t.get("unit")), f"y{t.get('year') or '-'}"]
    parts += [f"「{t.get('indicator')}」"] if indicator else []
    return " ".join(parts) + (_where(t) if where else "")


def _show_party(p: dict[str, Any], where: bool = True) -> str:
    support = f" support {'、'.join(p.get('support') or [])}" if p.get("support") else ""
    return f"lead {'、'.join(p.get('lead') or []) or '-'}{support}" + (_where(p) if where else "")


_SHOW: dict[str, Callable[..., str]] = {
    "outline": _show_heading, "level": _show_heading, "targets": _show_target, "parties": _show_party}


# ---- running over folders ----------------------------------------------------------------------

def _evaluate_one(gold_path: Path, docs_dir: Path, options: Optional["ParseOptions"] = None) -> DocResult:
    from .load import load
    from .pipeline import ParseOptions, run_pipeline

    options = options or ParseOptions()

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return DocResult(gold_path.name, f"bad gold file: {exc}")
    name = str(gold.get("doc") or gold_path.stem)
    path = docs_dir / name
    if not path.is_file():
        return DocResult(name, f"missing: {path} not found")
    try:
        loaded = load(path)
    except PolicydocError as exc:
        return DocResult(name, f"error: {exc}")
    status = "ok"
    try:
        doc = run_pipeline(loaded, options)
    except Exception as exc:  # a crashing fact stage must not hide the outline score
        status = f"partial: {type(exc).__name__}: {exc} (targets and parties not extracted)"
        try:
            doc = run_pipeline(loaded, options.model_copy(update={"disable": [*options.disable, "extract", "parties"]}))
        except Exception as again:  # the outline crashed too: the document is reported, never the traceback
            return DocResult(name, f"error: {type(again).__name__}: {again} (not scored)")
    result = compare_document(gold, doc, loaded.text, name)
    result.status = status
    return result


def gold_files(gold_dir: Path) -> list[Path]:
    """The gold files of a folder, sorted; an :class:`EvalError` when there are none to score."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvalError(f"gold folder {gold_dir} not found (or not a folder): "
                        "--gold takes a folder of <stem>.json gold files")
    golds = sorted(gold_dir.glob("*.json"))
    if not golds:
        raise EvalError(f"gold folder {gold_dir} holds no *.json gold files: nothing to score")
    return golds


def run_eval(gold_dir: Path, docs_dir: Path, jobs: Optional[int] = None,
             options: Optional["ParseOptions"] = None) -> Report:
    """Score every ``GOLD_DIR/*.json`` against the document it names in ``docs_dir``.

    Documents are parsed in ``jobs`` worker processes (default: one per CPU,
    at most one per document); ``jobs=1`` runs in this process. ``options`` are
    the parse options (default: every stage on). Raises :class:`EvalError` when
    there is nothing to score: no gold folder or gold file, no documents folder,
    or no gold document found and read there.
    """
    golds = gold_files(gold_dir)
    if not Path(docs_dir).is_dir():
        raise EvalError(f"documents folder {docs_dir} not found (or not a folder): "
                        "--docs takes the folder of the documents the gold files name")
    jobs = min(jobs or os.cpu_count() or 1, len(golds))
    if jobs <= 1:
        report = Report([_evaluate_one(p, Path(docs_dir), options) for p in golds])
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs) as pool:
            report = Report(list(pool.map(_evaluate_one, golds, [Path(docs_dir)] * len(golds),
                                          [options] * len(golds))))
    _require_some(report, docs_dir)
    return report


def _require_some(report: Report, docs_dir: Path) -> None:
    missing = report.not_scored()
    if len(missing) == len(report.docs):
        first = missing[0]
        raise EvalError(f"none of the {len(report.docs)} gold documents could be scored in {docs_dir} "
                        f"({first.doc}: {first.status}); check --docs")
