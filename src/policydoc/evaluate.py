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

A gold document whose file is missing or unreadable is listed with its reason
and left out of the totals.
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
MIN_PREFIX = 6
_NOISE = regex.compile(r"[\p{P}\p{S}\s]+")
_SPACE = regex.compile(r"\s+")
G = TypeVar("G")
P = TypeVar("P")


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
class DocResult:
    doc: str
    status: str = "ok"  # "ok", or why the document could not be scored
    scores: dict[str, Score] = field(default_factory=dict)


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

    def to_json(self) -> str:
        return json.dumps(
            {"documents": [{"doc": d.doc, "status": d.status, "scores": {t: s.as_dict() for t, s in d.scores.items()}}
                           for d in self.docs],
             "total": {t: s.as_dict() for t, s in self.total().items()}},
            ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        width = max([len(d.doc) for d in self.docs] + [5])
        head = f"{'doc':<{width}}  {'task':<8} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"
        lines = [head, "-" * len(head)]
        for name, status, scores in [(d.doc, d.status, d.scores) for d in self.docs] + [("TOTAL", "ok", self.total())]:
            if status != "ok":
                lines.append(f"{name:<{width}}  {status}")
            for task, s in scores.items():
                lines.append(f"{name:<{width}}  {task:<8} {s.gold:>5} {s.pred:>5} {s.tp:>5} "
                             f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
        return "\n".join(lines) + "\n"


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


def greedy_match(gold: Sequence[G], pred: Sequence[P], same: Callable[[G, P], bool]) -> int:
    """Matches found taking each gold item in order and pairing it with the first unused matching prediction."""
    used = [False] * len(pred)
    tp = 0
    for g in gold:
        for j, p in enumerate(pred):
            if not used[j] and same(g, p):
                used[j] = True
                tp += 1
                break
    return tp


def score_headings(gold: list[dict[str, Any]], sections: list[Section]) -> dict[str, Score]:
    def by_level(g: dict[str, Any], s: Section) -> bool:
        return g.get("level") == s.level and heading_matches(g, s)

    n_g, n_p = len(gold), len(sections)
    return {"outline": Score(greedy_match(gold, sections, heading_matches), n_p, n_g),
            "level": Score(greedy_match(gold, sections, by_level), n_p, n_g)}


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


def score_targets(gold: list[dict[str, Any]], targets: list[Target], source: str) -> Score:
    def same(g: dict[str, Any], t: Target) -> bool:
        return (_same_number(g.get("value"), t.value) and _same_number(g.get("value_max"), t.value_max)
                and _simplified(str(g.get("unit", ""))) == _simplified(t.unit)
                and (g.get("year") is None or g.get("year") == t.year)
                and _overlaps(t.source_span, g["_spans"]))

    return Score(greedy_match(_with_spans(gold, source), targets, same), len(targets), len(gold))


def score_parties(gold: list[dict[str, Any]], parties: list[Party], source: str) -> Score:
    def same(g: dict[str, Any], p: Party) -> bool:
        return (_overlaps(p.source_span, g["_spans"])
                and {_simplified(x) for x in g.get("lead", [])} == {_simplified(x) for x in p.lead})

    return Score(greedy_match(_with_spans(gold, source), parties, same), len(parties), len(gold))


def _with_spans(gold: list[dict[str, Any]], source: str) -> list[dict[str, Any]]:
    return [{**g, "_spans": quote_spans(source, g.get("quote", ""))} for g in gold]


def score_document(gold: dict[str, Any], doc: Document, source: str) -> dict[str, Score]:
    """All task scores of one parsed document against its gold record."""
    scores = score_headings(gold.get("headings", []), doc.iter_sections())
    scores["targets"] = score_targets(gold.get("targets", []), doc.targets, source)
    scores["parties"] = score_parties(gold.get("parties", []), doc.parties, source)
    return scores


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
        doc = run_pipeline(loaded, options.model_copy(update={"disable": [*options.disable, "extract", "parties"]}))
    return DocResult(name, status, score_document(gold, doc, loaded.text))


def run_eval(gold_dir: Path, docs_dir: Path, jobs: Optional[int] = None,
             options: Optional["ParseOptions"] = None) -> Report:
    """Score every ``GOLD_DIR/*.json`` against the document it names in ``docs_dir``.

    Documents are parsed in ``jobs`` worker processes (default: one per CPU,
    at most one per document); ``jobs=1`` runs in this process. ``options`` are
    the parse options (default: every stage on).
    """
    golds = sorted(Path(gold_dir).glob("*.json"))
    jobs = min(jobs or os.cpu_count() or 1, len(golds))
    if jobs <= 1:
        return Report([_evaluate_one(p, Path(docs_dir), options) for p in golds])
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs) as pool:
        return Report(list(pool.map(_evaluate_one, golds, [Path(docs_dir)] * len(golds), [options] * len(golds))))
