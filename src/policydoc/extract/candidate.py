"""The target candidate and what the target rules read besides it.

A :class:`Candidate` is a number (a percentage, a quantity, a 零X phrase) that may be a target; the
:class:`Context` holds the document around it — its text, sentences, years, quoted names, history and
goal ranges, report paragraphs — with the lookups the filters, comparators and year rules share.

The context does not change while a document's candidates are judged. What one judgement leaves for the next (the
targets kept so far in each sentence, and the words the last one leaves to values listed after it) is a
:class:`KeptTargets` that the runner owns and hands to the judge, so a filter's answer depends on its arguments only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Optional

import regex

from ..data import target_words as words
from ..models import PercentMention, QuantityMention, YearMention
from ..core.sentences import FULL_STOPS, Segmenter
from .._lazy import lazy_re, lazy_regex
from ..analysis.time import CUMULATIVE, clause_time, has_past_cue, present_year
from ..outline.attachments import glossary_regions
from ..settings import AFTER_WORD_REACH, AMOUNTS_IN_WORDS_MIN
from .patterns import any_word


@dataclass
class Candidate:
    """A number that may be a target."""

    value: float
    value_max: Optional[float]
    unit: str
    span: tuple[int, int]
    text: str
    chinese: bool = False
    word_target: bool = False  # 零事故: a target by its very wording

    def bare_magnitude(self, magnitudes: tuple[str, ...] = words.ROUND_MAGNITUDES) -> bool:
        """Written as a bare 百/千/万 and a counter ("千场", "万名"), a round figure; not 百分之/千分之.

        >>> Candidate(1000.0, None, "场", (0, 2), "千场", chinese=True).bare_magnitude()
        True
        """
        return self.chinese and self.text.startswith(magnitudes) and not self.text.startswith(("百分之", "千分之"))


class Intervals:
    """A union of ``[start, end)`` ranges answering "is p inside?" by bisection.

    >>> iv = Intervals([(5, 9), (0, 3), (2, 4)]); iv.holds(3), iv.holds(4), iv.holds(8)
    (True, False, True)
    """

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(ranges):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def holds(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


@dataclass
class KeptTargets:
    """What the judge remembers of the targets it kept before the candidate it judges, by the start of their
    sentence. The runner owns one per document, the judge records each target it keeps into it in document order,
    and the rules that depend on earlier targets are handed it: the list a sentence continues (``no_plan_cue``),
    the whole a part after 其中 is counted out of, the indicator a later value borrows, the words a listed value
    shares.

    >>> kept = KeptTargets(); kept.record(10, 12, "覆盖率", (">=", None))
    >>> kept.in_sentence(10), kept.in_sentence(0), kept.last_indicator(10), kept.binding(10)
    (True, False, '覆盖率', ('>=', None))
    """

    indicators: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    """(position, indicator) of each target kept in the sentence so far, in document order."""
    bindings: dict[int, tuple[Optional[str], Optional[str]]] = field(default_factory=dict)
    """(comparator, change) of the sentence's last target: values listed right after it share them."""

    def in_sentence(self, sentence: int) -> bool:
        """Whether a target was kept in the sentence starting at ``sentence``."""
        return sentence in self.indicators

    def last_indicator(self, sentence: int) -> Optional[str]:
        """The indicator of the last target kept in the sentence, None before its first."""
        found = self.indicators.get(sentence)
        return found[-1][1] if found else None

    def binding(self, sentence: int) -> Optional[tuple[Optional[str], Optional[str]]]:
        """(comparator, change) the sentence's last target leaves to values listed after it."""
        return self.bindings.get(sentence)

    def record(self, sentence: int, pos: int, indicator: str, binding: tuple[Optional[str], Optional[str]]) -> None:
        """Remember a target kept at ``pos`` in the sentence starting at ``sentence``."""
        self.indicators.setdefault(sentence, []).append((pos, indicator))
        self.bindings[sentence] = binding


PENALTY = any_word(words.PENALTY_WORDS)
"""Sanctions of regulations (罚款, 没收 …): the context notes once whether the document names any."""
_CN_DIGIT_AMOUNT = lazy_re(r"[零〇○一二三四五六七八九](?:[.．]|、(?=[零〇○一二三四五六七八九]{3}(?![零〇○一二三四五六七八九])))"
                              r"[零〇○一二三四五六七八九]")
"""An amount written in Chinese digits, as Taiwanese official texts do: a decimal point or a thousands "、" between them
(stdlib ``re``: literal classes only, the same matches as ``regex`` at three quarters of the cost)."""
_CN_NUMERAL_RUN_BEFORE_MULTIPLIER = lazy_re(r"[零〇○一二两三四五六七八九十百千]{2,}多?[万亿]")
_CN_NONZERO_DIGIT = lazy_re(r"[一二两三四五六七八九]")
_ARABIC_PERCENT = lazy_regex(r"\d\s*[%％]")
_FULL_STOP_BACK = regex.compile(f"[{regex.escape(FULL_STOPS)}\n]", regex.REVERSE)
_FULL_STOP = regex.compile(f"[{regex.escape(FULL_STOPS)}\n]")


def _large_amounts(text: str) -> int:
    """How many amounts of ten thousands or more ``text`` writes in Chinese numerals ("四十亿元", "二十九万人",
    "三百六十多亿"): a run of two numerals or more before 万/亿 (多 between them allowed), a digit among them, so that
    "千万" alone (an adverb) is none.

    Every match is a whole run of numerals and what follows it (a run ends at a character that is no numeral, and
    多/万/亿 are none; where the try at a run's start fails, every try inside the run fails too), so the digit is
    looked for in the few matches, not by a lookahead at every position: the count of the lookbehind-and-lookahead
    pattern this replaces.

    >>> _large_amounts("四十亿元、二十九万人、三百六十多亿，千万不要，百千万")
    3
    """
    return sum(1 for m in _CN_NUMERAL_RUN_BEFORE_MULTIPLIER.finditer(text) if _CN_NONZERO_DIGIT.search(m.group()))


@dataclass
class Context:
    """What the recognisers read of the document besides the candidate; the judge never changes it (its caches,
    of report paragraphs with a past cue and of the clause text before each number, only remember answers that
    depend on the text alone)."""

    text: str
    seg: Segmenter
    years: list[YearMention]
    quotes: list[tuple[int, int]]
    history: list[tuple[int, int]]
    goals: list[tuple[int, int, int]]
    reference_year: Optional[int]
    section_id_at: Callable[[int], Optional[str]] = lambda pos: None
    section_span_at: Callable[[int], Optional[tuple[int, int]]] = lambda pos: None
    section_title_at: Callable[[int], str] = lambda pos: ""
    section_titles_at: Callable[[int], list[str]] = lambda pos: []
    """The titles of every section holding a position, the deepest first."""
    reports: list[tuple[int, int]] = field(default_factory=list)
    present: Optional[int] = -1
    """The document's present when the caller computed it already (see :func:`present_year`); -1: compute it."""
    planned: list[tuple[int, int, str]] = field(default_factory=list)
    """Tables whose items are planned quantities by their header, with the header's action (``analysis.tables``)."""
    plan_start: Optional[int] = None
    """The first year of the plan period the document's title names (``analysis.scopes.plan_period``), if any."""
    cue_required: bool = False
    """The document commits only where a sentence says so (a report to a legislature: ``analysis.reports_to_legislature``)."""
    statutes: list[tuple[int, int]] = field(default_factory=list)
    """The rules in articles a notice carries (``analysis.statutes``): standing rules, no targets."""

    def __post_init__(self) -> None:
        self.year_starts = [y.span[0] for y in self.years]
        self.quote_starts = [q[0] for q in self.quotes]
        self._history = Intervals(self.history)
        self._statutes = Intervals(self.statutes)
        self._glossary = Intervals(glossary_regions(self.text))
        self._reports = Intervals(self.reports)
        self._planned = Intervals([(s, e) for s, e, _ in self.planned])
        self._goals = sorted(self.goals, key=lambda g: (g[0], -g[1]))
        self.present_year = (
            present_year(self.text, self.years, self.seg, self.reference_year) if self.present == -1 else self.present
        )
        self._report_paragraphs: dict[tuple[int, int], bool] = {}
        self._leads: dict[int, str] = {}
        self.has_penalties = PENALTY.search(self.text) is not None

    @cached_property
    def amounts_in_words(self) -> bool:
        """The document writes its amounts in words ("百分之五", "十四亿吨", "四十亿元") or in Chinese digits
        ("四.七%", "二、四一八亿元"), not in Arabic digits. Counted on first use: three scans of the whole text that
        only a Chinese numeral without a cue asks for (most documents have none that gets so far)."""
        in_words = self.text.count("百分之") + len(_CN_DIGIT_AMOUNT.findall(self.text)) + _large_amounts(self.text)
        return in_words >= AMOUNTS_IN_WORDS_MIN and in_words > len(_ARABIC_PERCENT.findall(self.text))

    def full_sentence_start(self, pos: int) -> int:
        """Start of the sentence ended by 。！？ or a line break (a ；-part belongs to it)."""
        m = _FULL_STOP_BACK.search(self.text, 0, pos)
        return m.end() if m else 0

    def years_in(self, start: int, end: int) -> list[YearMention]:
        """The year mentions starting in ``[start, end)``, in document order."""
        return self.years[bisect_left(self.year_starts, start): bisect_left(self.year_starts, end)]

    def current_period_in(self, start: int, end: int) -> bool:
        """The latest five-year period ("“十四五”期间累计…") is a forward-looking time."""
        return any(y.kind == "period" and y.year == self.reference_year for y in self.years_in(start, end))

    def past_time_before(self, pos: int) -> bool:
        """A year at or before the document's present stated as the time of a clause before ``pos``
        in its sentence ("2023年，全县达标率为91.2%，优良率为46.8%"); the present year inside a part planning it
        is the year planned ("2019年主要工作" … "2019年全面完成…土地整备任务")."""
        if self.present_year is None:
            return False
        for y in reversed(self.years_in(self.full_sentence_start(pos), pos)):
            if y.kind == "deadline" and not y.text.startswith("截"):
                return False  # "2023年…，到2026年…": the nearer deadline governs
            year = clause_time(self.text, y, self.seg.clause(y.span[0])[0])
            if year is not None:
                if year == self.present_year and self._later_deadline_after(pos):
                    return False  # "2020年，试点建设3个；到2022年，建成…": the first stage of a plan
                return year < self.present_year or year == self.present_year and self.goal_year(pos) != year
        return False

    def _later_deadline_after(self, pos: int) -> bool:
        """A deadline after the document's present later in the sentence of ``pos`` ("…；到2022年，…")."""
        m = _FULL_STOP.search(self.text, pos)
        end = m.start() if m else len(self.text)
        return any(y.kind == "deadline" and y.year is not None and y.year > self.present_year
                   for y in self.years_in(pos, end))

    def later_time_before(self, pos: int) -> bool:
        """A year after the document's present stated before ``pos`` in its sentence ("…已成共识，因此2027年度编列
        经费30亿元，合共35亿元"): the sentence plans from there on, whatever an earlier clause reports."""
        if self.present_year is None:
            return False
        return any(y.year is not None and y.year > self.present_year and y.year_end is None
                   for y in self.years_in(self.seg.sentence(pos)[0], pos))

    def in_report_paragraph_with_past(self, pos: int) -> bool:
        if not self._reports.holds(pos):
            return False
        lo, hi = self.section_span_at(pos) or (0, len(self.text))
        nl = self.text.rfind("\n", lo, pos)
        start = lo if nl < 0 else nl + 1
        nl = self.text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        key = (start, end)
        if key not in self._report_paragraphs:
            self._report_paragraphs[key] = bool(
                has_past_cue(self.text, start, end) or CUMULATIVE.search(self.text, start, end)
                or self._past_time_in(start, end)
            )
        return self._report_paragraphs[key]

    def _past_time_in(self, start: int, end: int) -> bool:
        if self.present_year is None:
            return False
        for y in self.years_in(start, end):
            year = clause_time(self.text, y, self.seg.clause(y.span[0])[0])
            if year is not None and year <= self.present_year:
                return True
        return False

    def in_planned_table(self, pos: int) -> bool:
        """Inside a table whose header plans its rows (see ``planned``)."""
        return self._planned.holds(pos)

    def planned_action(self, pos: int) -> str:
        """The header's action of the planned table holding ``pos``, else ""."""
        return next((action for s, e, action in self.planned if s <= pos < e), "")

    def in_glossary(self, pos: int) -> bool:
        """Whether ``pos`` is in an entry of a glossary at the back ("名词解释" then "1.…：指…")."""
        return self._glossary.holds(pos)

    def in_history(self, pos: int) -> bool:
        return self._history.holds(pos)

    def in_statute(self, pos: int) -> bool:
        return self._statutes.holds(pos)

    @cached_property
    def only_year(self) -> Optional[int]:
        """The one calendar year the document names, at least twice ("2015年重点项目", "2015年投资计划", "2015年6月29日";
        a span it names holds it: "“十二五”"): the year its "全年"/"年内" mean; None where it names another year."""
        named = [y.year for y in self.years if y.kind in ("point", "deadline")]
        if len(named) < 2 or len(set(named)) != 1 or named[0] is None:
            return None
        year = named[0]
        spans = [y for y in self.years if y.kind in ("range", "period")]
        return year if all(y.year is not None and y.year <= year <= (y.year_end or y.year) for y in spans) else None

    def goal_year(self, pos: int) -> Optional[int]:
        """The year of the innermost goal range holding ``pos`` (a goal list inside a 目标 section wins)."""
        found = None
        for s, e, year in self._goals:
            if s > pos:
                break
            if pos < e:
                found = year
        return found

    def in_dated_part(self, pos: int) -> bool:
        """Inside a part of the document that plans for one year (a section titled or opened with it, a goal
        list), narrower than the whole text (a one-year plan's title dates everything, its rules too)."""
        return any(s <= pos < e and (s, e) != (0, len(self.text)) for s, e, _ in self._goals)

    def lead(self, c: Candidate) -> str:
        """Clause text before the candidate (remembered: a dozen rules read it for each number)."""
        pos = c.span[0]
        found = self._leads.get(pos)
        if found is None:
            found = self._leads[pos] = self.text[self.seg.clause(pos)[0]: pos]
        return found

    def after(self, c: Candidate, size: int = AFTER_WORD_REACH) -> str:
        """The text right after the candidate, ``size`` characters at most."""
        return self.text[c.span[1]: c.span[1] + size]


_ZERO_TARGET = lazy_regex("|".join(words.ZERO_TARGETS))


def candidates(percents: list[PercentMention], quantities: list[QuantityMention], text: str) -> list[Candidate]:
    """Percentages, quantities and 零X phrases as candidates, in document order."""
    found = [Candidate(p.value, p.value_max, p.unit, p.span, p.text, chinese=_is_chinese(p.text)) for p in percents]
    found += [Candidate(q.value, q.value_max, q.unit, q.span, q.text, chinese=_is_chinese(q.text)) for q in quantities]
    if "零" in text:  # every zero target starts with 零; most documents have none
        for m in _ZERO_TARGET.finditer(text):
            found.append(Candidate(0.0, None, "", m.span(), m.group(), word_target=True))
    return sorted(found, key=lambda c: c.span)


def _is_chinese(mention_text: str) -> bool:
    return not any(ch.isdigit() for ch in mention_text)

