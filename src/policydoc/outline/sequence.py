"""The sequence-aware parser: which marker candidates are headings.

A candidate becomes a heading only where it may stand and only if it continues
a numbering sequence:

- *where*: at the start of a line; after 。；：！？ inside a paragraph (``run_in``
  rules only); right after a heading whose title is still open (no
  terminator yet, as in "三、组织实施(一)明确责任分工"); or, opening a list,
  right after a document title run into the text ("…消防宣传月活动方案一、活动主题":
  a stretch from a line start or terminator that ends in a document-type word)
  — never in the middle of a sentence ("按照(三)的要求");
- *sequence*: n = previous + 1 of a list that is open at this place, or 1 to
  open a child list, or previous + 1 of a list closed by its parent (items
  numbered on across sections: 1.–4. under 一、, 5. under 二、); on a line of
  its own also previous + 2 when the skipped number is not the next marker of
  its style (a heading lost or misnumbered: 二、 then 四、, warned). The top list
  restarting at 1 starts a new top-level run (documents run together) and is
  reported in a warning — unless the run so far was a table of contents: a
  block of headings, one a line with nothing between them, that the body then
  repeats from its first entry (目录 / 第一章 总则 / 第二章 … / 第一章 总则 …).
  Those lines are dropped, not headings.

A line the source marks as a heading (a Word heading style, see
:mod:`.hints`) is a heading whatever its numbering, and ranks by its style
level: it closes every list opened since the last hinted heading of a higher
style level (a Heading 1 never nests under a Heading 2), and the lists that
follow nest under it.

The depth of each heading in the stack of open lists is kept; levels are
assigned afterwards from the depths at which each numbering style appears,
counted from the nearest hinted heading above it when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import Callable, Iterable, NamedTuple, Optional, Sequence

from .doctitle import is_title_line
from .markers import Candidate
from .noise import CLOSERS, TERMINATORS, Noise, clean_window
from .title_words import DOC_TYPE_WORDS, DUTY_NOTE_WORDS, SENTENCE_OPENERS
from .._lazy import lazy_re
from ..notes import Note

LINE, RUN_IN, AFTER_TITLE, MID, GLUED = "line", "run_in", "after_title", "mid", "glued"
RUN_ON_LINE = 2000  # a line this long is a whole document run together (scraped or OCR text)
GLUED_RULE = "cn_dun_glued_marker"  # a marker glued to the text before it: the next top heading of run-on text


class HintedLine(NamedTuple):
    """A line the source styles as a heading: the candidate at its start (or a marker-less stand-in)."""

    cand: Candidate
    level: int  # heading-style level, 1 = Heading 1
    line_end: int
OPEN_TITLE_MAX = 60  # a heading title still "open" this far after its marker bounds the next marker


# a document title run into the text: from a line start or terminator, not a sentence opener, no comma,
# ending in 规划/方案/计划…
TITLE_MIN, TITLE_MAX = 6, 60
_TITLE_BEFORE = lazy_re(
    rf"(?:\A|(?<=[{re.escape(TERMINATORS)}\n]))(?!{'|'.join(SENTENCE_OPENERS)})"
    rf"[^{re.escape(TERMINATORS)}\n,，]{{{TITLE_MIN - 2},{TITLE_MAX}}}"
    rf"(?:{'|'.join(DOC_TYPE_WORDS)})\Z"
)


def after_document_title(text: str, pos: int) -> bool:
    """Whether a document title, run into the text, ends right at ``pos``.

    >>> after_document_title("白云镇小学年度体育工作计划一、目标", 13), after_document_title("按照年度工作计划一、", 8)
    (True, False)
    """
    return _TITLE_BEFORE.search(text, max(0, pos - TITLE_MAX - 4), pos) is not None


_CLOSES_TITLE = re.compile(f"[{re.escape(TERMINATORS)}\n]")  # a terminator or line end closes an open title

LEGAL_STYLES = frozenset({"division", "part", "chapter", "section", "article"})
NO_RESTART_RULES = frozenset({"cn_dun_numeral_title_marker"})  # weak readings: may open or continue, never restart
EXCERPT_STYLES = frozenset({"division", "part", "chapter", "tw_formal", "cn_dun"})  # may open an excerpt past 1


def default_tier(family: str) -> int:
    """0 for the legal structure markers (第X章 …), 1 for the plain lists (一、 (一) 1. …)."""
    return 0 if family in LEGAL_STYLES else 1


@dataclass
class Heading:
    """A candidate accepted as a heading."""

    cand: Candidate
    depth: int  # 0 = top list of its run
    parent: int  # index of the parent heading, -1 for none
    context: str
    hint: int = 0  # heading-style level of the line (1 = Heading 1), 0 when the source gives none
    line_end: int = -1  # end of a hinted line: its title runs to there


@dataclass
class _Frame:
    family: str
    last: int
    heading: int  # index of the heading that last advanced this list
    hint: int = 0  # the heading-style level of a hinted heading's frame


def context_at(text: str, pos: int, noise: Noise) -> str:
    """Where ``pos`` stands: at a line start, after a sentence terminator, or mid-sentence.

    >>> from policydoc.outline.noise import Noise
    >>> [context_at(t, 2, Noise()) for t in ("。\\n(一)", "。”(一)", "按照(三)", "性.二、")]
    ['line', 'run_in', 'mid', 'run_in']
    """
    j = noise.start_if_ends_at(pos) - 1
    while j >= 0 and text[j] in " \t\u3000":
        j -= 1
    if j < 0 or (text[j] == "\n" and not noise.covering(j)):
        return LINE
    if text[j] == "\n":
        j -= 1
    ch = text[j]
    if ch in TERMINATORS or (ch in CLOSERS and j > 0 and text[j - 1] in TERMINATORS):
        return RUN_IN
    if ch in ")）" and _after_closed_note(text, j):
        return RUN_IN
    if ch == "." and j > 0 and "\u4e00" <= text[j - 1] <= "\u9fff":
        return RUN_IN  # OCR and typists' ASCII full stop after Han text ("…权威性.二、…"): never a decimal point
    return MID


NOTE_MAX = 300  # the longest parenthetical note a task closes with: "(A、B、C…按职责分工负责)"


def _after_closed_note(text: str, close: int) -> bool:
    """Whether the parenthesis closing at ``close`` opened right after a sentence end or a line start.

    Run-on task lists close each item with a note, so the next marker follows the
    note: "…到位。(甲部门牵头，各地区负责)2.完善…". The note is balanced (one level of
    parentheses inside) and holds no line break.

    >>> _after_closed_note("落实。(甲部门牵头)", 9), _after_closed_note("按照(三)", 4)
    (True, False)
    >>> _after_closed_note("比重超过10(乙厅按职责分工负责)", 16)  # OCR lost "%。": the duty note still closes
    True
    """
    depth = 0
    for k in range(close, max(-1, close - NOTE_MAX), -1):
        c = text[k]
        if c == "\n":
            return False
        if c in ")）":
            depth += 1
        elif c in "(（":
            depth -= 1
            if depth == 0:
                if k == 0 or text[k - 1] in TERMINATORS or text[k - 1] == "\n":
                    return True
                return _DUTY_NOTE.search(text, k, close) is not None  # a duty note closes its item anyway
    return False


# a parenthetical naming who is responsible closes a task, even where OCR lost the full stop before it
_DUTY_NOTE = re.compile("|".join(DUTY_NOTE_WORDS))


class SequenceParser:
    """Feeds candidates in document order; keeps the stack of open lists."""

    def __init__(self, text: str, noise: Noise) -> None:
        self.text, self.noise = text, noise
        self.stack: list[_Frame] = []
        self.ran_on: dict[str, int] = {}  # family -> last number of its list when a parent closed it
        self.inside: set[tuple[str, str]] = set()  # (outer, inner) nestings seen in this document
        self.headings: list[Heading] = []
        self.run_start = 0  # index in ``headings`` of the first heading of the current top-level run
        self.warnings: list[str] = []
        self.attached_opens = False  # the next candidate is the first after an attached document's start
        self.last_decimal: Optional[tuple[int, ...]] = None  # path of the last decimal heading taken

    def feed(self, cand: Candidate, next_number: Optional[int] = None,
             next_on_line: Callable[[], Optional[Candidate]] = lambda: None) -> Optional[Heading]:
        """Take ``cand`` as a heading or not.

        ``next_number`` is the number of the next candidate of its family; ``next_on_line()``
        finds the next candidate that opens its line (asked only when ``cand`` may open an excerpt).
        """
        ctx = context_at(self.text, cand.start, self.noise)
        if ctx == RUN_IN and not cand.run_in and not self._glued_decimal(cand):
            return None
        if self.attached_opens and cand.number == 1:  # opening an attached document, even glued to its title
            cand = cand._replace(continue_only=False)
            ctx = AFTER_TITLE if ctx == MID else ctx
        elif ctx == MID and not cand.continue_only and cand.number == 1 and after_document_title(self.text, cand.start):
            ctx = AFTER_TITLE
        self.attached_opens = False
        if ctx == MID and self._glued_continuation(cand):
            ctx = GLUED
        if ctx == MID and (cand.continue_only or not self._title_open_before(cand.start)):
            return None
        if cand.number == 1 and self.headings and self._new_document_before(cand, ctx):
            self.start_afresh()
        depth = self._place(cand, ctx, next_number)
        if depth is None and self._opens_excerpt(cand, ctx, next_on_line):
            self.stack.append(_Frame(cand.family, cand.number, -1))
            depth = 0
        if depth is None:
            return None
        parent = self.stack[depth - 1].heading if depth > 0 else -1
        heading = Heading(cand, depth, parent, ctx)
        self.headings.append(heading)
        self.stack[depth].heading = len(self.headings) - 1
        if cand.style == "decimal_path":
            self.last_decimal = _decimal_path_of(cand.marker)
        return heading

    def feed_hint(self, cand: Candidate, level: int, line_end: int) -> Heading:
        """Take the line ``cand`` opens as a heading of style level ``level``, whatever its numbering.

        Every list opened since the last hinted heading of a higher level (a
        smaller number) closes; the hinted heading's own list opens on top, so a
        plain marker that continues its numbering is its sibling.
        """
        keep = next((i + 1 for i in range(len(self.stack) - 1, -1, -1) if 0 < self.stack[i].hint < level), 0)
        self._close_above(keep - 1)
        parent = self.stack[-1].heading if self.stack else -1
        heading = Heading(cand, len(self.stack), parent, LINE, level, line_end)
        self.headings.append(heading)
        self.stack.append(_Frame(cand.family, cand.number, len(self.headings) - 1, level))
        return heading

    def _new_document_before(self, cand: Candidate, ctx: str) -> bool:
        """Whether a document title stands right before ``cand`` (numbered 1): a new document opens.

        A cover notice's own items ("1.…2.…") are no parent of the plan it transmits: the
        plan's title, on the line before or run into the text ("…工作安排一、"), starts its
        outline afresh. A heading line that ends in a document word ("二、工作计划") is no title.
        """
        if cand.style not in EXCERPT_STYLES or any(f.family == cand.family for f in self.stack):
            return False
        if ctx == AFTER_TITLE:
            return True
        if ctx != LINE:
            return False
        text = self.text
        end = text.rfind("\n", 0, cand.start)
        if end <= 0:
            return False
        line = text[text.rfind("\n", 0, end) + 1 : end].strip()
        return bool(line) and not _MARKER_OPENS.match(line) and is_title_line(line)

    def _glued_continuation(self, cand: Candidate) -> bool:
        """Whether ``cand``, glued to the text before it, is the next top-level heading of a run-on text.

        Run-on and OCR texts lose the full stop before a heading ("…确保报表准确三、不断推进…").
        A 一、-style marker there is taken only when it is the next number of the open top
        list and its line is a whole document run together (``RUN_ON_LINE``).
        """
        if cand.style == "decimal_path":
            return self._glued_decimal(cand)
        if cand.rule != GLUED_RULE or not self.stack:
            return False
        top = self.stack[0]
        if top.family != cand.family or cand.number != top.last + 1 or top.hint:
            return False
        return self._on_run_on_line(cand.start)

    def _glued_decimal(self, cand: Candidate) -> bool:
        """A decimal marker in a whole document run together, the next step of its decimal outline."""
        return cand.style == "decimal_path" and self._next_decimal(cand) and self._on_run_on_line(cand.start)

    def _on_run_on_line(self, pos: int) -> bool:
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        return (len(text) if end < 0 else end) - start >= RUN_ON_LINE

    def _next_decimal(self, cand: Candidate) -> bool:
        """Whether a decimal marker glued to the text before it ("…总则1.1编制目的…") is the next step of the
        decimal outline so far: the first top "1", a first child of the last path, or the next number at its
        depth or at an ancestor's (1.4.1 after 1.4; 1.5 or 2 after 1.4.4)."""
        path = _decimal_path_of(cand.marker)
        last = self.last_decimal
        if not path:
            return False
        if last is None:
            return path == (1,)
        if path == last + (1,):
            return True
        depth = len(path)
        return depth <= len(last) and path[:-1] == last[: depth - 1] and path[-1] == last[depth - 1] + 1

    def _opens_excerpt(self, cand: Candidate, ctx: str,
                       next_on_line: Callable[[], Optional[Candidate]]) -> bool:
        """Whether ``cand`` opens an excerpt: the first heading, numbered past 1 ("六、", "肆、").

        Only a top-level style on a line of its own, whose next candidate standing on a line
        of its own opens its first child list ("六、安全城市" then "(一)…"), warned.
        """
        if self.headings or self.stack or ctx != LINE or cand.style not in EXCERPT_STYLES:
            return False
        next_cand = next_on_line()  # sought only now: most candidates never get here
        if next_cand is None or next_cand.number != 1 or next_cand.family == cand.family or next_cand.continue_only:
            return False
        self.warnings.append(Note(
            f"outline: the first heading {cand.marker!r} (offset {cand.start}) is numbered {cand.number}; "
            "kept as the top of an excerpt",
            "outline.first_heading_not_one", span=(cand.start, cand.end),
        ))
        return True

    def _title_open_before(self, pos: int) -> bool:
        """True when the last heading's title runs up to ``pos`` without a terminator or line end."""
        if not self.headings:
            return False
        start = self.headings[-1].cand.title_start
        if pos - start > OPEN_TITLE_MAX:
            return False
        if self.noise.plain(self.text, start, pos):  # the gap is its own clean window: search it in place
            return _CLOSES_TITLE.search(self.text, start, pos) is None
        gap, _ = clean_window(self.text, start, pos, self.noise)
        return _CLOSES_TITLE.search(gap) is None

    def _place(self, cand: Candidate, ctx: str, next_number: Optional[int] = None) -> Optional[int]:
        """The depth at which ``cand`` continues or opens a list, updating the stack; None to reject."""
        n, fam = cand.number, cand.family
        d = None
        for i, frame in enumerate(self.stack):
            if frame.family == fam:
                d = i
                break
        if d is not None:
            if n == self.stack[d].last + 1:
                self._close_above(d)
                self.stack[d].last = n
                return d
            if n == 1 and d == 0 and not cand.continue_only and ctx != MID and cand.rule not in NO_RESTART_RULES:
                self._restart(cand)
                return 0
            if n == 1 and d > 0 and ctx == LINE and not cand.continue_only and self._after_lead_in(cand.start):
                self._close_above(d)  # a second list under the same heading ("儿童符合下列任何一条：" 1. 2. …)
                self.stack[d].last = n
                return d
            if self._skips_one(cand, ctx, self.stack[d].last, next_number):
                self._close_above(d)
                self.stack[d].last = n
                return d
            return None
        if cand.continue_only:
            ok = n == self.ran_on.get(fam, -9) + 1
        else:
            ok = n == 1 or n == self.ran_on.get(fam, -9) + 1
        if not ok and self._follows_implied_parent(cand):
            self._close_above(-1)
            self.stack.append(_Frame(fam, n, -1))
            return 0
        if not ok:
            return None
        while self.stack and not self.stack[-1].hint and self._outranks(fam, self.stack[-1].family):
            self._close_above(len(self.stack) - 2)
        for frame in self.stack:
            self.inside.add((frame.family, fam))
        self.stack.append(_Frame(fam, n, -1))
        return len(self.stack) - 1

    def _after_lead_in(self, pos: int) -> bool:
        """Whether the line before ``pos`` is a lead-in that opens a list: it ends with a colon and is no heading.

        A heading may hold two lists, each introduced by its own sentence ("成人出现下列任何一条：
        1.… 4.…", then "儿童符合下列任何一条：1.… 6.…"): the second restarts at 1 beside the first.
        """
        text = self.text
        end = text.rfind("\n", 0, pos)
        if end <= 0:
            return False
        line = text[text.rfind("\n", 0, end) + 1 : end].strip()
        return len(line) > 1 and line[-1] in "：:" and not _MARKER_OPENS.match(line)

    def _follows_implied_parent(self, cand: Candidate) -> bool:
        """Whether a decimal top ``N`` follows items ``N-1.x`` whose own top ``N-1`` was lost.

        The paths name their parent: "2 组织体系" after "1.5 …" continues the top list
        that "1.1" … "1.5" imply, though "1 总则" itself was not found (run into a
        table of contents' last line, say).
        """
        if cand.family != "decimal_path:1" or cand.number < 2 or not self.stack:
            return False
        bottom = self.stack[0]
        if bottom.family != "decimal_path:2" or bottom.heading < 0:
            return False
        return self.headings[bottom.heading].cand.marker.startswith(f"{cand.number - 1}.")

    def _skips_one(self, cand: Candidate, ctx: str, last: int, next_number: Optional[int]) -> bool:
        """Whether ``cand`` continues a list past one lost number (warned)."""
        if cand.number != last + 2 or ctx != LINE or cand.continue_only or next_number == last + 1:
            return False
        self.warnings.append(Note(
            f"outline: numbering skips from {last} to {cand.number} at {cand.marker!r} (offset {cand.start}); "
            "kept (a heading lost or misnumbered?)",
            "outline.numbering_skip", span=(cand.start, cand.end),
        ))
        return True

    def _outranks(self, fam: str, other: str) -> bool:
        """Whether a new list of ``fam`` closes an open list of ``other`` rather than nesting in it.

        The document's own nesting decides where it has shown one; else a legal
        structure marker (第X编/部分/章/节/条) closes a plain list, and any other new
        style nests in the open list: levels follow the order in which styles appear.
        """
        if (other, fam) in self.inside:
            return False
        if (fam, other) in self.inside:
            return True
        return default_tier(fam) < default_tier(other)

    def _close_above(self, d: int) -> None:
        for frame in self.stack[d + 1 :]:
            self.ran_on[frame.family] = frame.last
        del self.stack[d + 1 :]

    def start_afresh(self) -> None:
        """An attached document opens: its numbering starts a new top-level run."""
        self.run_start = len(self.headings)
        self.stack.clear()
        self.ran_on.clear()

    def _restart(self, cand: Candidate) -> None:
        if self._run_is_contents(cand):
            del self.headings[self.run_start :]
        else:
            self.warnings.append(Note(
                f"outline: numbering restarts at {cand.marker!r} (offset {cand.start}); "
                "kept as a new top-level run (documents run together?)",
                "outline.numbering_restart", span=(cand.start, cand.end),
            ))
        self.run_start = len(self.headings)
        self.stack.clear()
        self.ran_on.clear()
        self.stack.append(_Frame(cand.family, cand.number, -1))


    def _run_is_contents(self, cand: Candidate) -> bool:
        """Whether the current run is a table of contents that ``cand`` starts to repeat.

        Every heading of the run stands alone on its line, the next line holding the
        next heading, and the run's first line reads as ``cand``'s line (a preface may
        stand between the contents and the body).
        """
        run = self.headings[self.run_start :]
        if len(run) < 2 or run[0].cand.family != cand.family:
            return False
        text = self.text
        for h, nxt in zip(run, [h.cand for h in run[1:]]):  # the body may open with a preface before ``cand``
            if not _BLANK_LINES.fullmatch(text, _line_end(text, h.cand.start), nxt.start):
                return False
        first = _entry_key(text, run[0].cand)
        return bool(first) and _entry_key(text, cand).startswith(first)


_MARKER_OPENS = re.compile(
    r"(?:第[一二三四五六七八九十百零〇\d]{1,5}(?:[章节条篇编]|部分)|[一二三四五六七八九十百]{1,4}[、.．]"
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、]|[①-⑳]|[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}、)"
)
_BLANK_LINES = re.compile(r"[ \t\u3000]*\n\s*")  # a line end, then nothing but blank lines and indent
_LEADER = re.compile(r"[\s.…·．_—-]+\d*$|\s+")  # dot leaders and page numbers of a contents line; blanks


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _decimal_path_of(marker: str) -> tuple[int, ...]:
    """(1, 4, 1) for "1.4.1", (2,) for "2"; () when the marker is no plain decimal path.

    >>> _decimal_path_of("1.4.1"), _decimal_path_of("2 "), _decimal_path_of("1.a")
    ((1, 4, 1), (2,), ())
    """
    parts = marker.strip().rstrip(".．").split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else ()


def _entry_key(text: str, cand: Candidate) -> str:
    """The line of a heading without its blanks, dot leaders and page number: "第一章总则"."""
    return _LEADER.sub("", text[cand.start : _line_end(text, cand.start)])


def parse_sequence(
    text: str, candidates: Iterable[Candidate], noise: Noise, hints: Sequence[HintedLine] = (),
    fresh_starts: Sequence[int] = (),
) -> tuple[list[Heading], list[str]]:
    """The headings among ``candidates`` (in document order) and hinted lines, and the warnings raised on the way.

    ``hints`` are the hinted lines (:func:`.hints.hinted_lines`), sorted, each holding the
    candidate at its start (or a marker-less stand-in); no other candidate lies inside one.
    ``fresh_starts`` are where attached documents open ("附件1 …"): the first candidate
    after one that is numbered 1 starts a new top-level run (no warning), even a marker glued to
    the text before it (the attached document's title, in run-on text).
    """
    parser = SequenceParser(text, noise)
    cands = list(candidates)
    following: list[Optional[int]] = [None] * len(cands)  # number of the next candidate of the same family
    seen: dict[str, int] = {}
    for i in range(len(cands) - 1, -1, -1):
        following[i] = seen.get(cands[i].family)
        seen[cands[i].family] = cands[i].number
    h, n_hints = 0, len(hints)
    f, n_fresh = 0, len(fresh_starts)
    for i, (cand, nxt) in enumerate(zip(cands, following)):
        while h < n_hints and hints[h].cand.start <= cand.start:
            parser.feed_hint(*hints[h])
            h += 1
        if f < n_fresh and fresh_starts[f] <= cand.start:
            while f < n_fresh and fresh_starts[f] <= cand.start:
                f += 1
            if cand.number == 1 and parser.headings:
                parser.start_afresh()
            # run-on text ("…附件某某情形一、…"): the first item glued to the attached title opens its outline
            parser.attached_opens = cand.number == 1 and "\n" not in text[fresh_starts[f - 1]: cand.start]
        parser.feed(cand, nxt, partial(_next_on_line, text, cands, i, noise))
    for hint in hints[h:]:
        parser.feed_hint(*hint)
    return parser.headings, parser.warnings


EXCERPT_LOOKAHEAD = 20
"""Candidates looked at after an excerpt's first heading for the first one standing on its own line."""


def _next_on_line(text: str, cands: list[Candidate], i: int, noise: Noise) -> Optional[Candidate]:
    """The first candidate after ``cands[i]`` that opens its line: an excerpt opening at "二、" shows its
    first child list there, whatever markers its opening paragraph holds run into sentences ("之一、")."""
    for cand in cands[i + 1 : i + 1 + EXCERPT_LOOKAHEAD]:
        if context_at(text, cand.start, noise) == LINE:
            return cand
    return None


def heading_levels(headings: list[Heading]) -> list[int]:
    """The level of every heading: its depth in the nesting this document shows.

    A hinted heading's level is the rank of its style level among those used
    (Heading 1 and 3 only: levels 1 and 2). Any other heading sits one level
    below its parent heading (the list it nests in), level 1 without one — so a
    style that sits directly under the top list in one section and one level
    deeper in another takes the level of the place where it stands (a skipped
    level: "一、" then "(1)" is levels 1 and 2, "一、" "(一)" "(1)" levels 1 to 3).
    """
    rank = {lvl: i + 1 for i, lvl in enumerate(sorted({h.hint for h in headings if h.hint}))}
    levels: list[int] = []
    for h in headings:
        if h.hint:
            levels.append(rank[h.hint])
        else:
            levels.append(levels[h.parent] + 1 if h.parent >= 0 else 1)
    return levels
