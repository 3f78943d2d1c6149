"""What the time-scope rules read: :class:`Reading`, and the title patterns and helpers both tables share.

The history rules (:mod:`.history`) and the goal rules (:mod:`.goals`) each take a :class:`Reading` — the text,
its sections and year mentions, and the time found so far — and read section titles and lines standing alone with
the patterns here (a report part, a plan or goal part, a review line, one year named).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Optional

import regex

from ..core.sentences import CLAUSE_STOPS, COLONS, COMMAS, STOPS, Segmenter
from ..data import target_words as words
from ..models import Section, YearMention
from ..outline.locate import SectionLocator
from ..settings import GOAL_LIST_GAP, GOAL_LIST_LEAD, PART_LINE_MAX, PART_LINE_MIN, REVIEW_WORD_REACH
from .._lazy import lazy_re, lazy_regex
from .tables import YearGroupedList, year_grouped_lists
from .time import has_past_cue

HISTORY_TITLE = lazy_regex("|".join(words.HISTORY_TITLES))
REPORT_PART = lazy_regex("|".join(words.REPORT_PART_TITLES))
TITLE_YEAR = regex.compile(r"(?<!\d)(20\d\d)年")
PLAN_OR_GOAL = lazy_re("|".join(words.PLAN_PART_TITLES) + r"|目标|任务|展望|预期")
PART_LINE = lazy_re(
    rf"(?m)^[ \t\u3000]*([^\n{re.escape(STOPS + COMMAS + COLONS)}]{{{PART_LINE_MIN},{PART_LINE_MAX}}}?)[ \t\u3000]*$")
"""A line standing alone as a title: short, no sentence punctuation (unnumbered part heads of a report). Stdlib
``re``, which scans a whole text for it five times faster than ``regex`` (the same matches)."""
YEAR_PART_LINE = lazy_re(
    rf"(?m)^[ \t\u3000]*((?<!\d)(?:19|20)\d\d年[{re.escape(COLONS)}][ \t\u3000]*"
    rf"[^\n{re.escape(STOPS + COMMAS + COLONS)}]{{2,{PART_LINE_MAX}}}?)[ \t\u3000]*$")
"""A line standing alone that heads a part of a report with a year and a slogan ("2024年：攻坚克难谋发展")."""
GOAL_LIST_OPENER = lazy_re(
    rf"(?m)(?:^[^\n。]{{0,{GOAL_LIST_LEAD}}}?|(?<=[{COMMAS}]))(?<!\d)((?:19|20)\d\d)年"
    rf"[^\n。{re.escape(COLONS)}]{{0,{GOAL_LIST_GAP}}}?(?:目标(?:任务)?|指标)(?:是|为|如下)?[{re.escape(COLONS)}]")
"""A line opening a goal list: "2024年全市…工作的主要预期目标是：", "2025年主要目标如下：", "1995年，主要农产品的
产量指标如下：", "综合考虑…，2008年我市…主要预期目标和约束指标是：" (a year opening the line or a clause, 目标 or 指标, a
colon)."""
REVIEW_LINE = lazy_regex(r"(?:(?<!\d)(?:19|20)\d\d年|过去\S{0,2}年|去年|上年)"
                         + f".{{0,{REVIEW_WORD_REACH}}}?(?:" + "|".join(words.REVIEW_LINE_WORDS) + ")")


BEFORE_BODY = "。" + COLONS + CLAUSE_STOPS + " \t\n"
"""What may stand between a section's title and its body: a full stop, a colon or a clause stop, and blanks."""


def title_year(title: str) -> Optional[int]:
    """The first year 20xx a title names, else None."""
    m = TITLE_YEAR.search(title)
    return int(m.group(1)) if m else None


def body_start(text: str, sec: Section) -> int:
    """Where a section's body starts: past its title and the punctuation and blanks after it."""
    body = sec.title_span[1]
    while body < sec.span[1] and text[body] in BEFORE_BODY:
        body += 1
    return body



def one_year(years: list[YearMention]) -> Optional[int]:
    """The one year named by ``years`` (points and deadlines of one year), else None."""
    named = {y.year for y in years if y.kind in ("point", "deadline")}
    if len(named) != 1 or any(y.kind in ("range", "period", "redacted") for y in years):
        return None
    return named.pop()


@dataclass
class Reading:
    """What the year-scope rules read: the text, its sections and year mentions, and the time found so far."""

    text: str
    title: Optional[str]
    flat: list[Section]
    years: list[YearMention]
    seg: Segmenter
    locator: SectionLocator
    present: Optional[int]
    plan_year: Optional[int] = None
    roc: bool = False  # the document dates by ROC years (104 is 2015)

    def __post_init__(self) -> None:
        self.year_starts = [y.span[0] for y in self.years]
        self.bodies = {body_start(self.text, sec): sec.span[1] for sec in self.flat}
        """Where each section's body starts -> where the section ends."""

    def years_in(self, start: int, end: int) -> list[YearMention]:
        return self.years[bisect_left(self.year_starts, start): bisect_left(self.year_starts, end)]

    def dated_sections(self) -> Iterator[tuple[Section, int]]:
        """Each section whose title names one year (:func:`one_year`), with that year, in document order."""
        for sec in self.flat:
            year = one_year(self.years_in(*sec.title_span))
            if year is not None:
                yield sec, year

    @cached_property
    def latest_period(self) -> int:
        """The last year of the latest five-year period the document names (0 for none): a period before it is over."""
        return max((y.year or 0 for y in self.years if y.kind == "period"), default=0)

    @cached_property
    def standing_lines(self) -> list["re.Match[str]"]:
        """Every line standing alone as a title (``PART_LINE``), headings included; read once for the review and
        plan rules, which end a part at the next such line."""
        return list(PART_LINE.finditer(self.text))

    @cached_property
    def goal_lists(self) -> list["re.Match[str]"]:
        """Every line opening a goal list (``GOAL_LIST_OPENER``; none without 目标 or 指标), read once for the plan
        year and the goal rule."""
        if "目标" not in self.text and "指标" not in self.text:
            return []
        return list(GOAL_LIST_OPENER.finditer(self.text))

    @cached_property
    def grouped_lists(self) -> list[YearGroupedList]:
        """The planned tables whose year column groups a numbered list (:func:`.tables.year_grouped_lists`), read
        once for the planned lists and the goal rule."""
        return year_grouped_lists(self.text, self.roc)

    @cached_property
    def year_parts(self) -> list[tuple[int, int, int, bool]]:
        """The parts a report heads with a year and a slogan (``YEAR_PART_LINE``, "2024年：攻坚克难谋发展" …
        "2025年：乘势而上开新局"), as (start, end, year, reported): a part runs from its line to the next such
        line, the last one to the end of the text. A part reports when a later year heads a part after it and
        its opening paragraph reads as past ("过去一年，我们…", "…取得了新成效"); parts that merely date the
        phases of a plan ("2024年：试点先行" … "2025年：全面推广") report nothing. Without a reported part no
        part counts (a lone year line dates nothing here)."""
        lines = [m for m in YEAR_PART_LINE.finditer(self.text) if self.is_part_head(m)]
        parts = []
        for i, m in enumerate(lines):
            end = lines[i + 1].start() if i + 1 < len(lines) else len(self.text)
            year = int(m.group(1)[:4])
            later = any(int(n.group(1)[:4]) > year for n in lines[i + 1:])
            parts.append((m.start(), end, year, later and self._opens_as_past(m.end(), end)))
        return parts if any(reported for *_, reported in parts) else []

    def _opens_as_past(self, pos: int, end: int) -> bool:
        """Whether the first paragraph after ``pos`` (up to ``end``) reads as past (``time.has_past_cue``)."""
        while pos < end and self.text[pos] in " \t\u3000\n":
            pos += 1
        stop = self.text.find("\n", pos, end)
        return has_past_cue(self.text, pos, end if stop < 0 else stop)

    @cached_property
    def _title_starts(self) -> list[int]:
        return sorted(sec.title_span[0] for sec in self.flat)

    def is_part_head(self, m: "re.Match[str]") -> bool:
        """A standing line where the outline found no heading and that is not the document's own title (its first
        line, or the title found): an unnumbered part head of a report."""
        starts = self._title_starts
        i = bisect_left(starts, m.start(1))
        first = len(self.text) - len(self.text.lstrip())  # where the first line's words start
        return not (m.start(1) == first or m.group(1) == self.title or (i < len(starts) and starts[i] < m.end(1)))
