"""The stack of open numbered lists: :class:`SequenceParser` takes candidates in document order and decides
which are headings (see :mod:`.sequence` for the rules it follows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from .doctitle import is_title_line
from .markers import Candidate
from .noise import TERMINATORS, Noise, clean_window
from .position import (
    AFTER_TITLE, GLUED, LINE, MARKER_OPENS, MID, RUN_IN, after_document_title, context_at, end_of_line, line_before,
)
from ..core.sentences import COMMAS
from ..notes import Note
from ..settings import LOST_STOP_TITLE_MAX, OPEN_TITLE_MAX, RUN_ON_LINE
from .._lazy import lazy_re

GLUED_RULE = "cn_dun_glued_marker"  # a marker glued to the text before it: the next top heading of run-on text

_CLOSES_TITLE = lazy_re(f"[{re.escape(TERMINATORS)}\n]")  # a terminator or line end closes an open title

LEGAL_STYLES = frozenset({"division", "part", "chapter", "section", "article"})
LEGAL_RANK = {"division": 0, "part": 1, "chapter": 2, "section": 3, "article": 4}
"""The legal structure markers from the largest (编) to the smallest (条)."""
FRAME_FAMILIES = frozenset({"division", "part", "chapter", "section"})  # legal styles that hold articles
_BLANK_OR_END = frozenset(" \t\u3000。；;！？!?")
_RUN_IN_TITLE = lazy_re(rf"[\u4e00-\u9fff“”、]{{2,{LOST_STOP_TITLE_MAX}}}。")  # "优化服务。": an item's run-in title
_LINE_TITLE = lazy_re(rf"[\u4e00-\u9fff“”、，]{{4,{LOST_STOP_TITLE_MAX * 2}}}\n")  # "保障措施", "强化保障，推动…落实" to the line end
_REFERRING = frozenset("见如详参照")  # "见专栏3": a box named, not opened
_CITING = frozenset("第条款项见照")  # "第三条(二)项", "按照(二)": an item named, not opened
BOX = "box"
ITEM_FAMILIES = frozenset({"arabic_dot", "arabic_paren", "circled", "latin_upper", "latin_lower"})
LOST_FIRST_FAMILIES = frozenset({"cn_paren", "cn_dun"})  # lists that may open at their second item, its first lost
ITEM_DEPTH = 3
"""The numbered items of a section, beside which a box (专栏) stands: lists of these styles at the third level or
deeper (一、 (一) 1.); a list at the second level ("四、" then "（11）") holds sections, in which a box nests."""
NO_RESTART_RULES = frozenset({"cn_dun_numeral_title_marker"})  # weak readings: may open or continue, never restart
EXCERPT_STYLES = frozenset({"division", "part", "chapter", "article", "tw_formal", "cn_dun"})  # may open an excerpt past 1


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
    resumes: Optional[tuple[str, int]] = None  # a box's: the item list it interrupted, (family, last number)


class SequenceParser:
    """Feeds candidates in document order; keeps the stack of open lists."""

    def __init__(self, text: str, noise: Noise) -> None:
        self.text, self.noise = text, noise
        self.stack: list[_Frame] = []
        self.ran_on: dict[str, int] = {}  # family -> last number of its list when a parent closed it
        self.inside: set[tuple[str, str]] = set()  # (outer, inner) nestings seen in this document
        self.under: set[tuple[str, str]] = set()  # (parent, child) direct nestings seen in this document
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
        if ctx == MID and (cand.continue_only or self._article_in_article(cand)
                           or not self._title_open_before(cand.start)):
            return None
        if cand.number == 1 and self.headings and self._new_document_before(cand, ctx):
            self.start_afresh()
        if (cand.number == 1 or cand.number == self.ran_on.get(cand.family, -9) + 1) and self._opens_under_title(cand):
            self.inside.add((self.headings[-1].cand.family, cand.family))
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
        line = line_before(self.text, cand.start)
        return bool(line) and not MARKER_OPENS.match(line) and is_title_line(line)

    def _glued_continuation(self, cand: Candidate) -> bool:
        """Whether ``cand``, glued to the text before it, is the next top-level heading of a run-on text.

        Run-on and OCR texts lose the full stop before a heading ("…确保报表准确三、不断推进…").
        A 一、-style marker there is taken only when it is the next number of the open top
        list and its line is a whole document run together (``RUN_ON_LINE``).
        """
        if cand.style == "decimal_path":
            return self._glued_decimal(cand)
        if cand.style in LEGAL_STYLES:
            return self._glued_legal(cand)
        if cand.style == BOX:
            return self._glued_box(cand)
        if cand.style == "cn_paren":
            return self._glued_paren(cand)
        if self._lost_stop_before(cand):
            return True
        if cand.rule != GLUED_RULE or not self.stack:
            return False
        top = self.stack[0]
        if top.family != cand.family or cand.number != top.last + 1 or top.hint:
            return False
        return self._on_run_on_line(cand.start)

    def _lost_stop_before(self, cand: Candidate) -> bool:
        """A 1.- or 一、-style marker glued to the sentence before it where the full stop was lost ("…推动落地见效3.优化
        服务。…", "…的格局，9.加强宣传。…", "…推动高质量发展三、保障措施" then a line break), in a text set out in lines:
        the next number of its open list, and a short title right after it that a full stop closes (an item's run-in
        title) or, for a 一、 heading, the line's end."""
        if cand.style not in ("arabic_dot", "cn_dun") or cand.number != self._next_number(cand.family, open_only=True):
            return False
        before = self._char_before(cand)
        if not (before in COMMAS or "\u4e00" <= before <= "\u9fff"):
            return False
        closer = _RUN_IN_TITLE if cand.style == "arabic_dot" else _LINE_TITLE
        return closer.match(self.text, cand.end) is not None

    def _glued_legal(self, cand: Candidate) -> bool:
        """A chapter, section or article marker glued to the text before it ("…总则第一条 为加强…") in a whole
        document run together, the next number of its list (the next of its open list, the next after the list a
        parent closed: articles run on across chapters; or 1 where its list has not begun), right after a blank,
        a sentence end or the open title of a chapter or section ("第二章  申请第三条"). A reference in a sentence
        ("参照第二条执行") is none."""
        if cand.number != self._next_number(cand.family) or not self._on_run_on_line(cand.start):
            return False
        if self._char_before(cand) in _BLANK_OR_END:
            return True
        last = self.headings[-1].cand if self.headings else None
        return last is not None and last.family in FRAME_FAMILIES and self._title_open_before(cand.start)

    def _glued_paren(self, cand: Candidate) -> bool:
        """A (二)-style marker glued to the text before it in a whole document run together ("…完成时限：2021年9月31日
        (二)设备购置"): the next number of its open list; not an item named in a sentence ("第三条(二)项")."""
        return (cand.number == self._next_number(cand.family, open_only=True)
                and self._char_before(cand) not in _CITING and self._on_run_on_line(cand.start))

    def _glued_box(self, cand: Candidate) -> bool:
        """A box heading glued to the text before it ("…55.6个百分点专栏3　环境保护重点城市名单"): "专栏N", a blank and
        its title, the next number of the boxes; not a reference ("见专栏3", "如专栏2所示")."""
        return (cand.number == self._next_number(BOX) and cand.title_start > cand.end
                and self._char_before(cand) not in _REFERRING)

    def _next_number(self, family: str, open_only: bool = False) -> Optional[int]:
        """The number that continues ``family``: its open list's next, else (unless ``open_only``) the next after the
        list a parent closed, or 1 where it has not begun; None where only an open, unhinted list counts and none is."""
        frame = next((f for f in self.stack if f.family == family), None)
        if frame is not None:
            return None if open_only and frame.hint else frame.last + 1
        return None if open_only else self.ran_on.get(family, 0) + 1

    def _char_before(self, cand: Candidate) -> str:
        return self.text[cand.start - 1: cand.start]

    def _article_in_article(self, cand: Candidate) -> bool:
        """An article marker inside the open title of the article before it is a reference ("第一条 为加强管理，
        参照第二条执行"), not the next article (that follows a sentence end: see ``_glued_legal``)."""
        return cand.style == "article" and bool(self.headings) and self.headings[-1].cand.style == "article"

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
        self._warn(cand, f"the first heading {cand.marker!r} (offset {cand.start}) is numbered {cand.number}; "
                   "kept as the top of an excerpt", "outline.first_heading_not_one")
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
        if d is not None:  # a box's own items, in the style of the list around it, continue first, unless the
            # outer list continues too and only it is set out as this one is (inline items, then one on its line)
            inner = next((i for i in range(len(self.stack) - 1, d, -1) if self.stack[i].family == fam), None)
            if inner is not None and n == self.stack[inner].last + 1 and not (
                n == self.stack[d].last + 1 and self._set_out(d) == ctx != self._set_out(inner)
            ):
                d = inner
        if d is not None:
            if n == self.stack[d].last + 1:
                self._close_above(d)
                self.stack[d].last = n
                return d
            resumed = self._resumes_after_box(fam, n, d)
            if resumed is not None:
                return resumed
            if n == 1 and self.stack[-1].family == BOX and d < len(self.stack) - 1 and not cand.continue_only:
                self.stack.append(_Frame(fam, n, -1))  # a box's own items, numbered afresh in the style around it
                return len(self.stack) - 1
            if n == 1 and d == 0 and not cand.continue_only and ctx != MID and cand.rule not in NO_RESTART_RULES:
                self._restart(cand)
                return 0
            if n == 1 and d > 0 and ctx == LINE and not cand.continue_only and self._after_lead_in(cand.start):
                self._close_above(d)  # a second list under the same heading ("儿童符合下列任何一条：" 1. 2. …)
                self.stack[d].last = n
                return d
            if n == 1 and ctx == LINE and not cand.continue_only and self._opens_under_child(cand, d, next_number):
                self.stack.append(_Frame(fam, n, -1))  # "1. 甲" "(一)乙：" "1.丙": the style again, one level down
                return len(self.stack) - 1
            if self._skips_one(cand, ctx, self.stack[d].last, next_number):
                self._close_above(d)
                self.stack[d].last = n
                return d
            return None
        resumed = self._resumes_after_box(fam, n, len(self.stack))
        if resumed is not None:
            return resumed
        if cand.continue_only:
            ok = n == self.ran_on.get(fam, -9) + 1
        else:
            ok = n == 1 or n == self.ran_on.get(fam, -9) + 1 or self._runs_on_past_lost(cand, ctx, next_number)
        if not ok and self._follows_implied_parent(cand):
            self._close_above(-1)
            self.stack.append(_Frame(fam, n, -1))
            return 0
        if not ok and not self._opens_past_lost_first(cand, ctx, next_number):
            return None
        resumes = None
        if fam == BOX and len(self.stack) >= ITEM_DEPTH and self.stack[-1].family in ITEM_FAMILIES and not self.stack[-1].hint:
            # a box stands beside the items of the section it sits in, not inside the item before it
            top = self.stack[-1]
            resumes = (top.family, top.last)
            self._close_above(len(self.stack) - 2)
        while self.stack and not self.stack[-1].hint and self._outranks(fam, self.stack[-1].family):
            self._close_above(len(self.stack) - 2)
        if (len(self.stack) >= 2 and self.stack[-1].family == BOX and not self.stack[-1].hint
                and self.stack[-1].resumes is None and (self.stack[-2].family, fam) in self.under):
            self._close_above(len(self.stack) - 2)  # the list the box's parent holds ("四、" 专栏1 "（一）"): the box is
            # closed, not opened by it; a box's own items are a list its parent never held ("专栏二" "1.远程医疗"), or
            # follow a list of the parent's that the box interrupted (its frame ``resumes`` that list)
        for frame in self.stack:
            self.inside.add((frame.family, fam))
        if self.stack:
            self.under.add((self.stack[-1].family, fam))
        self.stack.append(_Frame(fam, n, -1, resumes=resumes))
        return len(self.stack) - 1

    def _set_out(self, depth: int) -> Optional[str]:
        """Where the last heading of the list at ``depth`` stood (``position.LINE``, ``RUN_IN`` …)."""
        heading = self.stack[depth].heading
        return self.headings[heading].context if heading >= 0 else None

    def _resumes_after_box(self, fam: str, n: int, d: int) -> Optional[int]:
        """The depth at which an item continues the list a box below depth ``d`` interrupted ("1.…" 专栏1 "1.…8."
        then "2.…", or "3.…" 专栏2 "4.…"): the box and its own items close, the item list reopens where the box
        stood."""
        for b in range(d - 1, -1, -1):
            box = self.stack[b]
            if box.resumes is not None and box.resumes[0] == fam and n == box.resumes[1] + 1:
                self._close_above(b - 1)
                self.stack.append(_Frame(fam, n, -1))
                return b
        return None

    def _opens_under_title(self, cand: Candidate) -> bool:
        """Whether a legal structure list opens (or its articles run on) right under the title of the first plain heading
        before it: parts numbered 一、 that hold articles ("一、机构设置第一条…第三条… 二、工作职责第四条…"), or the
        (一) of a part whose articles run on from the part before ("一、总则 第1条… 二、范围 (一)奖励 第2条…"). The
        document shows that nesting here, so the articles nest in the part rather than close its list (``_outranks``)."""
        if not self.headings or cand.family not in LEGAL_STYLES:
            return False
        last = self.headings[-1].cand
        if last.family in LEGAL_STYLES or last.family == cand.family or last.number != 1:
            return False  # the first part's title right before the first article: "二、范围\n第一章" closes a preface
        between = self.text[last.end:cand.start]
        return len(between.strip()) <= OPEN_TITLE_MAX and not _CLOSES_TITLE.search(between.strip())

    def _opens_under_child(self, cand: Candidate, d: int, next_number: Optional[int]) -> bool:
        """Whether ``cand`` (numbered 1, its style open at depth ``d``) opens a list of its style again under the heading
        just taken, one of a deeper list of another style ("1. 產業創新" "(一)以服務業為就業引擎：" "1.金融服務業" "2.…"):
        that heading's line is the one before, nothing between them, and the next of the style is 2. Taiwanese plans
        number 1. / (一) / 1. down their outline."""
        if d >= len(self.stack) - 1 or next_number != 2 or not self.headings:
            return False
        top = self.stack[-1]
        last = self.headings[-1]
        if top.family == cand.family or top.heading != len(self.headings) - 1 or top.hint:
            return False
        return self.text[end_of_line(self.text, last.cand.start) : cand.start].strip() == ""

    def _after_lead_in(self, pos: int) -> bool:
        """Whether the line before ``pos`` is a lead-in that opens a list: it ends with a colon and is no heading.

        A heading may hold two lists, each introduced by its own sentence ("成人出现下列任何一条：
        1.… 4.…", then "儿童符合下列任何一条：1.… 6.…"): the second restarts at 1 beside the first.
        """
        line = line_before(self.text, pos)
        return len(line) > 1 and line[-1] in "：:" and not MARKER_OPENS.match(line)

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

    def _opens_past_lost_first(self, cand: Candidate, ctx: str, next_number: Optional[int]) -> bool:
        """Whether ``cand`` opens a list of Chinese numerals at "（二）"/"二、" whose first item lost its marker (the
        first paragraph after the heading reads "实施…工程。" with no "（一）"): on its own line, and the next
        candidate of its style continues it ("（三）") (warned)."""
        if (cand.number != 2 or ctx != LINE or cand.continue_only or next_number != 3
                or cand.family not in LOST_FIRST_FAMILIES):
            return False
        self._warn(cand, f"a list opens at {cand.marker!r} (offset {cand.start}); kept (its first marker lost?)",
                   "outline.numbering_skip")
        return True

    def _skips_one(self, cand: Candidate, ctx: str, last: int, next_number: Optional[int]) -> bool:
        """Whether ``cand`` continues a list past one lost number (warned)."""
        if cand.number != last + 2 or ctx != LINE or cand.continue_only or next_number == last + 1:
            return False
        self._warn_skip(cand, last)
        return True

    def _runs_on_past_lost(self, cand: Candidate, ctx: str, next_number: Optional[int]) -> bool:
        """Whether ``cand`` opens its line and continues, past one lost number, a list numbered on across its
        parents ("6." under 二、, then 三、 and "8." on its line, 7 glued to the text before it; 9 follows): warned."""
        ran_on = self.ran_on.get(cand.family)
        if ran_on is None or cand.number != ran_on + 2 or ctx != LINE or next_number != cand.number + 1:
            return False
        self._warn_skip(cand, ran_on)
        return True

    def _warn_skip(self, cand: Candidate, last: int) -> None:
        self._warn(cand, f"numbering skips from {last} to {cand.number} at {cand.marker!r} (offset {cand.start}); "
                   "kept (a heading lost or misnumbered?)", "outline.numbering_skip")

    def _warn(self, cand: Candidate, message: str, code: str) -> None:
        """Warn about ``cand`` (the message prefixed "outline: "), with its span."""
        self.warnings.append(Note(f"outline: {message}", code, span=(cand.start, cand.end)))

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
        if fam in LEGAL_RANK and other in LEGAL_RANK:
            return LEGAL_RANK[fam] < LEGAL_RANK[other]  # a chapter closes the sections of a preface chapter without one
        return default_tier(fam) < default_tier(other)

    def _close_above(self, d: int) -> None:
        """Close the lists above depth ``d``; each family's list may run on from its outermost one closed, and a box
        leaves the list it interrupted to run on (its own items 1.–10., after items 1. 2. of the section, leave 2)."""
        closed: set[str] = set()
        for frame in self.stack[d + 1 :]:
            if frame.resumes is not None and frame.resumes[0] not in closed:
                self.ran_on[frame.resumes[0]] = frame.resumes[1]
                closed.add(frame.resumes[0])
            if frame.family not in closed:
                self.ran_on[frame.family] = frame.last
                closed.add(frame.family)
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
            self._warn(cand, f"numbering restarts at {cand.marker!r} (offset {cand.start}); "
                       "kept as a new top-level run (documents run together?)", "outline.numbering_restart")
            self.inside.clear()  # a document of its own nests its styles its own way (a contents' body keeps them)
            self.under.clear()
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
            if not _BLANK_LINES.fullmatch(text, end_of_line(text, h.cand.start), nxt.start):
                return False
        first = _entry_key(text, run[0].cand)
        return bool(first) and _entry_key(text, cand).startswith(first)


_BLANK_LINES = lazy_re(r"[ \t\u3000]*\n\s*")  # a line end, then nothing but blank lines and indent
_LEADER = lazy_re(r"[\s.…·．_—-]+\d*$|\s+")  # dot leaders and page numbers of a contents line; blanks


def _decimal_path_of(marker: str) -> tuple[int, ...]:
    """(1, 4, 1) for "1.4.1", (2,) for "2"; () when the marker is no plain decimal path.

    >>> _decimal_path_of("1.4.1"), _decimal_path_of("2 "), _decimal_path_of("1.a")
    ((1, 4, 1), (2,), ())
    """
    parts = marker.strip().rstrip(".．").split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else ()


def _entry_key(text: str, cand: Candidate) -> str:
    """The line of a heading without its blanks, dot leaders and page number: "第一章总则"."""
    return _LEADER.sub("", text[cand.start : end_of_line(text, cand.start)])
