"""Tables of contents: a block of heading lines that the body repeats is not the outline.

A plan, an emergency plan or a law often opens with its contents: one heading a
line, nothing between them ("第一章 总则 / 第一节 … / 第二章 …" or "1 总则 / 1.1 编制目的
/ …"), sometimes with dot leaders and page numbers. The sequence parser drops a
contents run when the body restarts its numbering on a line of its own
(:meth:`.sequence.SequenceParser._run_is_contents`); this module finds the block
from the text alone, so it is dropped also where the body's first heading is run
into the block's last line or the body is an excerpt:

1. *entry lines*: short lines (``ENTRY_MAX``, dot leaders and page number aside) that open with
   a marker candidate and hold no sentence punctuation, or, inside a block, lines with dot leaders
   and no marker ("总    则 ........ 1"); a "目录" line opens a block too, and a line right after
   it holding MIN_ENTRIES markers and no sentence end is a whole table run together;
2. a *block* is a run of at least ``MIN_ENTRIES`` entry lines, blank lines and page numbers
   between them allowed;
3. it is a table of contents when its first title stands again after it (as a heading
   line: a marker at a line start, then the same title) and either a
   "目录" line opened it or at least ``REPEATED_SHARE`` of its titles stand again after it
   (an excerpt's body repeats only the entries of its own part); or, whatever the body
   repeats (its headings wrapped over two lines, its "目录" glued to the line before), when
   ``LEADERED_SHARE`` of its lines end in dot leaders and a page number.

Every candidate inside such a block is dropped.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional, Sequence

from .._lazy import lazy_re
from .markers import Candidate

ENTRY_MAX = 64  # a contents line is at most this long (marker, title, leaders, page number)
MIN_ENTRIES = 4
REPEATED_SHARE = 0.6
LEADER_TAIL = 80  # dot leaders are sought in a line's last characters only (a line of dots may be very long)
LEADERED_SHARE = 0.8  # a block whose lines end in dot leaders and a page number this often is contents as it stands
_PROSE = lazy_re(r"[。；！？]")  # a contents line may hold a comma (a title of two clauses), no sentence end
_CONTENTS_WORD = re.compile(r"[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*")
_LEADER = lazy_re(r"[\s.…·．_—-]+\d*$")  # dot leaders and a page number closing a contents line
_LEADER_END = re.compile(r"[\s.…·．_—\-\d]")  # what ends a line _LEADER matches in: a leader or a digit
_BLANKS = lazy_re(r"[ \t\u3000]+")
_LEADERS_ONLY = lazy_re(r"[.…·．_]{3,}")  # dot leaders on a line of their own, between an entry and its page
_BLANK_OPENERS = frozenset(" \t\u3000")  # a line opening with one of these may hold its marker further on
_LEADERED = lazy_re(r"[.…·．]{5,}[ \t\u3000]*\d{0,4}[ \t\u3000]*$")  # dot leaders and a page number close it
_PAGE_ONLY = lazy_re(r"(?:[IVXivx]{1,5}|\d{1,3}|-[ \t]*\d{1,3}[ \t]*-|\d{1,3}[ \t]*[–—-][ \t]*\d{1,3})")
"""A page number on a line of its own ("II", "- 3 -"), or a range of pages or paragraphs ("2–26")."""
UNMARKED_ENTRY_MAX = 30
"""After a "目录" line, a line this short with no sentence end and no marker is an entry too (a subhead the body
sets without a number, a column head such as "段落"): the table goes on."""


def contents_blocks(text: str, candidates: Sequence[Candidate]) -> list[tuple[int, int]]:
    """``(start, end)`` of every table of contents in ``text`` (see the module docstring).

    >>> t = "目录\\n1 总则\\n1.1 目的\\n2 体系\\n2.1 机构\\n1 总则\\n1.1 目的\\n正文。\\n2 体系\\n2.1 机构\\n正文。"
    >>> from policydoc.outline.markers import scan_candidates
    >>> [t[a:b] for a, b in contents_blocks(t, list(scan_candidates(t)))]
    ['目录\\n1 总则\\n1.1 目的\\n2 体系\\n2.1 机构\\n']
    >>> t = ("目录\\n第一编 总则\\n第一章 基本规定\\n第二章 法人\\n第一节 一般规定\\n第二编 物权\\n第三章 担保\\n"
    ...      "第一节 一般规定\\n第一编 总则\\n第一章 基本规定\\n第一条 正文。\\n")  # an excerpt of a code: its first part
    >>> [t[a:b].count("\\n") for a, b in contents_blocks(t, list(scan_candidates(t)))]
    [8]
    """
    starts = {c.start: c for c in candidates}
    starts_sorted = sorted(starts)
    later = _LaterTitles(text, candidates)
    blocks: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []  # (line start, line end, title) of the current run of entries
    seen: set[str] = set()  # the titles of the current run
    opened_by_word = False
    leadered = False  # the run has dot leaders on lines of their own
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not run and start not in starts and "目" not in line and line[:1] not in _BLANK_OPENERS:
            continue  # no table open, and the line can open none: no marker at its start, no "目录"
        body = line.strip(" \t\u3000")
        if not body:
            continue
        lead = start + len(line) - len(line.lstrip(" \t\u3000"))
        if _CONTENTS_WORD.fullmatch(line):
            _close(later, run, opened_by_word or leadered, blocks)
            run, opened_by_word, seen, leadered = [(start, end, "")], True, set(), False
            continue
        if opened_by_word and not run[1:] and _run_together(text, starts_sorted, start, end, body):
            blocks.append((run[0][0], min(end + 1, len(text))))  # the whole contents run into one line
            run, opened_by_word, seen, leadered = [], False, set(), False
            continue
        if run and _PAGE_ONLY.fullmatch(body):
            continue  # a page number between entries ("II", "- 3 -"): the table goes on
        if run and _LEADERS_ONLY.fullmatch(body):
            leadered = True  # dot leaders on a line of their own (a page's contents cell by cell): contents, as
            continue  # surely as under a "目录" line
        cand = starts.get(lead)
        if cand is None and run and not _PROSE.search(body) and (
                _LEADERED.search(body[-LEADER_TAIL:]) or len(body) <= UNMARKED_ENTRY_MAX and (
                    opened_by_word or leadered and _leaders_next(text, pos))):
            run.append((start, end, ""))  # an entry without a marker ("总    则 ........ 1"): the table goes on
            continue
        if cand is not None and not _PROSE.search(body) and _short_entry(body):
            title = _title(text, cand, end)
            if title and title in seen and not (opened_by_word and title != _first_title(run)):
                # the body starts repeating the contents; under a "目录" line only where it repeats the first entry
                # (a code's contents name "一般规定" in many parts: a title seen again is another entry)
                _close(later, run, opened_by_word or leadered, blocks, repeated=True)
                run, opened_by_word, seen, leadered = [], False, set(), False
            run.append((start, end, title))
            seen.add(title)
            continue
        _close(later, run, opened_by_word or leadered, blocks)
        run, opened_by_word, seen, leadered = [], False, set(), False
    _close(later, run, opened_by_word or leadered, blocks)
    return blocks


def _first_title(run: list[tuple[int, int, str]]) -> str:
    """The first entry's title of a run (the "目录" line itself holds none)."""
    return next((title for *_, title in run if title), "")


def _leaders_next(text: str, pos: int) -> bool:
    """Does the next line holding anything after ``pos`` hold only dot leaders or a page number (an entry's own
    leaders: "第一章 指导思想和工 / 作方针 / ... / 2" wraps a title, where a body's short line is followed by text)?"""
    for line in text[pos: pos + 200].split("\n"):
        body = line.strip(" \t\u3000")
        if body:
            return bool(_LEADERS_ONLY.fullmatch(body) or _PAGE_ONLY.fullmatch(body))
    return False


def _run_together(text: str, starts: list[int], start: int, end: int, body: str) -> bool:
    """Whether the line after a "目录" line holds a whole table of contents run together.

    At least MIN_ENTRIES markers in a line with no sentence end ("第一章　总则　第一节　…第二章　…").
    """
    from bisect import bisect_left

    inside = bisect_left(starts, end) - bisect_left(starts, start)
    return inside >= MIN_ENTRIES and not _PROSE.search(body)


def _short_entry(body: str) -> bool:
    """Whether ``body`` is at most ``ENTRY_MAX`` long once its dot leaders and page number are cut off.

    Only a body ending in a leader character or a digit has them (``_LEADER`` is anchored at the end): a longer
    one ending otherwise is no entry, without a scan of it from every position.
    """
    if len(body) <= ENTRY_MAX:
        return True
    return _LEADER_END.match(body, len(body) - 1) is not None and len(_LEADER.sub("", body)) <= ENTRY_MAX


def _title(text: str, cand: Candidate, end: int) -> str:
    line = text[cand.title_start : end]
    if line and _LEADER_END.match(line, len(line) - 1) is not None:  # else no leaders to cut (see _short_entry)
        line = _LEADER.sub("", line)
    return _BLANKS.sub("", line)


class _LaterTitles:
    """The titles of the heading lines after a position: "stands again after it" means as a heading line.

    Read on the first question (a run of contents entries to judge), which most texts never ask.
    """

    def __init__(self, text: str, candidates: Sequence[Candidate]) -> None:
        self.length = len(text)
        self.text = text
        self._candidates = candidates
        self._last: Optional[dict[str, int]] = None  # title -> start of its last heading line

    def _read(self) -> dict[str, int]:
        text, last = self.text, {}
        for c in self._candidates:  # every candidate that opens a line, in order
            if c.start == 0 or text[c.start - 1] == "\n":
                end = text.find("\n", c.start)
                last[_title(text, c, len(text) if end < 0 else end)] = c.start
        return last

    def stands_after(self, title: str, pos: int) -> bool:
        if self._last is None:
            self._last = self._read()
        return self._last.get(title, -1) >= pos


def _close(later: _LaterTitles, run: list[tuple[int, int, str]], opened_by_word: bool, out: list[tuple[int, int]],
           repeated: bool = False) -> None:
    """Keep ``run`` as a table of contents if the body repeats it (``repeated``: a repeat closed the run)."""
    titles = [t for _, _, t in run if t]
    if len(titles) < MIN_ENTRIES:
        return
    end = run[-1][1]
    leadered = [b for a, b, _ in run if _LEADERED.search(later.text, max(a, b - LEADER_TAIL), b)]
    if len(leadered) >= LEADERED_SHARE * len(run):  # dot leaders and page numbers on (nearly) every line: contents,
        out.append((run[0][0], min(leadered[-1] + 1, later.length)))  # up to its last such line
        return
    share = sum(1 for t in titles if later.stands_after(t, end))
    # the body repeats the contents from their first entry; a "目录" line vouches for the rest (an excerpt's body
    # repeats only its own part)
    if (repeated or later.stands_after(titles[0], end)) and (opened_by_word or share >= REPEATED_SHARE * len(titles)):
        out.append((run[0][0], min(run[-1][1] + 1, later.length)))


# a contents entry run together with the next ("1总则......一11.1编制目的......"): the title is the words before
# the dot leaders, after the marker's last digit or dot
_LEADERED_TITLE = lazy_re(  # compiled on first use (a text with "目录")
    r"(?<=[\d.．])([^\d.．…·\s，。；：:、(（][^.．…·\n，。；]{1,30}?)\s*[.．…·]{3,}")
_LEADER_RUN = re.compile(r"[.．…·]{3}")  # the dot leaders every title of _LEADERED_TITLE ends at
CONTENTS_REACH = 8000
"""How far after "目录" a table of contents with dot leaders is read for its titles."""


def leadered_titles(text: str) -> set[str]:
    """The titles of a table of contents written with dot leaders after "目录" (one entry a line or all run
    together): a run-on body whose headings run into their text ("1.2编制依据本预案依据…") takes its titles from
    it (see :func:`cut_at_contents_title`).

    >>> sorted(leadered_titles("目录1总则..........11.1编制目的.........12体系......3正文"))
    ['体系', '总则', '编制目的']
    """
    at = text.find("目录")
    if at < 0 or _LEADER_RUN.search(text, at, at + CONTENTS_REACH) is None:
        return set()  # every title ends at dot leaders: none within reach, none to find (the lookbehind that opens
        # the title pattern makes it costly to try at every position)
    return {m.group(1).strip() for m in _LEADERED_TITLE.finditer(text, at, at + CONTENTS_REACH)}


def cut_at_contents_title(title: str, titles: set[str]) -> str:
    """The longest contents title that ``title`` runs on from ("编制依据本预案依据以下…" -> "编制依据"); else ``title``.

    >>> cut_at_contents_title("编制依据本预案依据以下法律", {"编制依据", "总则"}), cut_at_contents_title("总则", {"总则"})
    ('编制依据', '总则')
    """
    best = ""
    for t in titles:
        if len(t) > len(best) and len(t) < len(title) and title.startswith(t):
            best = t
    return best or title
