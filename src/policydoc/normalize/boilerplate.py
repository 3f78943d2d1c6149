"""Boilerplate removal: site chrome, sharing-site banners, stamps and spam.

An ordered table of named finders, each returning :class:`Hit` spans:

1. ``inline`` — banners and footers that may sit inside a long line
   (``INLINE_RULES`` in :mod:`.boilerplate_rules`);
2. ``lines`` — lines that are nothing but chrome (``LINE_RULES``);
3. ``site_title`` — the site's name on the line just above its welcome banner;
4. ``spam`` — keyword-stuffed fragments, by the density of a spam lexicon;

and the page furniture of PDF/Word page dumps (page numbers, running headers,
锟斤拷 footers: :func:`.pages.page_furniture_spans`), whose removal joins a
sentence a page break split.

Every hit becomes one ``boilerplate`` edit (overlapping hits are merged); a hit
that covers a whole line takes its line break with it, so no blank line is left.
Patterns are written in simplified characters and widened here to traditional
variants and optional pinyin annotations (the rules run before t2s and may run
with the pinyin fixer off).

>>> from policydoc.normalize.offsets import apply_edits
>>> text = "首页 > 新闻中心 > 通知公告\\n一、总体要求\\n链接地址:http://example.com/a.html"
>>> apply_edits(text, remove_boilerplate(text, None))[0]
'一、总体要求'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Callable, Iterable, Iterator, Optional

import regex

from .._lazy import lazy_re, lazy_regex
from ..core.sentences import FULL_STOPS
from . import boilerplate_rules as R
from .boilerplate_variants import traditional_forms as _variants
from .offsets import Edit
from .pages import page_furniture_spans

_PINYIN = r"(?:\([^()\n\p{Han}]{1,8}\))?"  # 訪(fǎng): an annotation the pinyin fixer may have left
_HAN = regex.compile(r"\p{Han}")
_BLANK = " \t\u3000\u00a0"
_FRAGMENT_END = lazy_regex(f"[\n{regex.escape(FULL_STOPS)}]")


@dataclass(frozen=True, slots=True)
class Hit:
    """One stretch of boilerplate: ``text[start:end]`` found by ``rule``."""

    rule: str
    start: int
    end: int


def widen(pattern: str) -> str:
    """Let each Han literal of ``pattern`` match its traditional variants and a pinyin annotation.

    >>> bool(regex.fullmatch(widen("链接地址"), "鏈接地址"))
    True
    >>> bool(regex.fullmatch(widen("欢迎访问[^\\n]{1,9}"), "歡迎訪(fǎng)問(wèn)某局"))
    True
    """
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
            ch = ch + _variants(ch) if _HAN.match(ch) else ch
        elif ch == "[":
            in_class = True
        elif _HAN.match(ch):
            variants = _variants(ch)
            ch = f"(?:[{ch}{variants}]{_PINYIN})" if variants else f"(?:{ch}{_PINYIN})"
        out.append(ch)
    return "".join(out)


def _union(rules: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?P<{name}>{widen(pattern)})" for name, pattern in rules)


def _literal_forms(terms: Iterable[str]) -> list[str]:
    """Every simplified/traditional spelling of each term, longest first.

    >>> _literal_forms(["链接"])
    ['鏈接', '链接']
    """
    forms = {"".join(p) for t in terms for p in product(*[(c, *_variants(c)) for c in t])}
    return sorted(forms, key=lambda f: (-len(f), f))


def _literal_pass(terms: Iterable[str]) -> "re.Pattern[str]":
    """One pass finding any of ``terms`` (stdlib ``re``: fastest on plain literal alternations)."""
    return lazy_re("|".join(map(re.escape, _literal_forms(terms))))  # compiled at its first use


class _LineRules:
    """The line rules that may start with a character, each compiled on its first use.

    Widened patterns (every Han character may be traditional or carry pinyin) are
    long, and the ``regex`` module takes 2-50 ms to compile one; a document starts
    its short lines with only a handful of distinct characters, and a rule is
    compiled only when a line is tried against it. Rules are compiled one by one,
    not as one union per first character: the unions shared rules, so a fresh
    process compiled the largest (meta_line) up to four times.

    Trying the rules one by one, in table order, finds the rule the union
    found: no rule can match a blank first (``test_line_rules_never_open_with_a_blank``),
    so every rule starts its match after the line's leading blanks, and the union's first
    alternative that matched the line is the first rule that matches it.
    """

    def __init__(self) -> None:
        self._rules_of: dict[str, tuple[tuple[str, str], ...]] = {}
        for name, first, pattern in R.LINE_RULES:
            for ch in first:
                for form in (ch, *_variants(ch)):
                    self._rules_of[form] = (*self._rules_of.get(form, ()), (name, pattern))
        self._compiled: dict[str, regex.Pattern[str]] = {}
        # a line whose first non-blank character opens some rule: searched from the line break before it
        # (a literal: found in C), and at the start of the text for the first line
        opener = f"[{_BLANK}]*+([{re.escape(''.join(sorted(self._rules_of)))}])"
        self._opening = re.compile("\n" + opener)
        self._first_opening = re.compile(opener)

    def openings(self, text: str) -> Iterator[tuple[int, str]]:
        """Where each line that may match a rule starts, and its first non-blank character, in order."""
        first = self._first_opening.match(text)
        if first is not None:
            yield 0, first.group(1)
        for m in self._opening.finditer(text):
            yield m.start() + 1, m.group(1)

    def first_match(self, line: str, ch: str) -> Optional[str]:
        """The name of the first rule (in table order) that ``line`` matches whole, its first non-blank
        character being ``ch``; None when none does."""
        for name, pattern in self._rules_of.get(ch, ()):
            compiled = self._compiled.get(name)
            if compiled is None:
                blank = f"[{_BLANK}]*"
                compiled = self._compiled[name] = regex.compile(rf"{blank}(?:{widen(pattern)}){blank}")
            if compiled.fullmatch(line):
                return name
        return None


@dataclass(frozen=True)
class _Passes:
    """The compiled rules (built once, on first use)."""

    line_by_first: _LineRules  # first character -> the line rules it allows
    markers: tuple[tuple[str, "re.Pattern[str]", int], ...]
    inline_anchor: "re.Pattern[str]"
    spam_strong: "re.Pattern[str]"
    spam_any: "re.Pattern[str]"


@lru_cache(maxsize=1)
def _inline_union() -> regex.Pattern[str]:
    """The inline rules as one union, compiled only when a document has an anchor word."""
    return regex.compile(_union(R.INLINE_RULES))


@lru_cache(maxsize=1)
def _passes() -> _Passes:
    return _Passes(
        line_by_first=_LineRules(),
        markers=tuple((name, _literal_pass(terms), limit) for name, terms, limit in R.MARKER_LINE_RULES),
        inline_anchor=_literal_pass(R.INLINE_ANCHORS),
        spam_strong=_literal_pass(R.SPAM_STRONG),
        spam_any=_literal_pass((*R.SPAM_STRONG, *R.SPAM_WEAK)),
    )


def _inline_hits(text: str, found: list[Hit]) -> Iterable[Hit]:
    """Inline rules, run only in windows around their anchor words."""
    passes = _passes()
    seen: set[tuple[int, int]] = set()
    for lo, hi in _windows(text, passes.inline_anchor, R.INLINE_WINDOW):
        for m in _inline_union().finditer(text, lo, hi):
            if (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                yield Hit(m.lastgroup or "inline", m.start(), m.end())


def _windows(text: str, anchor: "re.Pattern[str]", radius: int) -> list[tuple[int, int]]:
    """Merged stretches within ``radius`` of an anchor, never past the anchor's line."""
    out: list[tuple[int, int]] = []
    for m in anchor.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = _line_end(text, m.end())
        lo, hi = max(line_start, m.start() - radius), min(line_end, m.end() + radius)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _line_hits(text: str, found: list[Hit]) -> Iterable[Hit]:
    """Whole-line rules, tried only on short lines that start with a possible first character (those lines
    are found by one search, not by walking every line)."""
    by_first = _passes().line_by_first
    for start, ch in by_first.openings(text):
        end = _line_end(text, start)
        if end - start <= R.MAX_LINE:
            name = by_first.first_match(text[start:end], ch)
            if name:
                yield Hit(name, start, end)


def _marker_line_hits(text: str, found: list[Hit]) -> Iterable[Hit]:
    """Short lines holding a chrome marker anywhere (版权所有, ICP备…)."""
    for name, marker, limit in _passes().markers:
        last = -1
        for m in marker.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = _line_end(text, m.end())
            if start != last and end - start <= limit:
                last = start
                yield Hit(name, start, end)


def _site_title_hits(text: str, found: list[Hit]) -> Iterable[Hit]:
    """A short line directly above a welcome banner that names it ("X学校" / "欢迎访问X学校官网!")."""
    for hit in found:
        if hit.rule != "site_welcome":
            continue
        prev_end = text.rfind("\n", 0, hit.start)
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1  # skip blank lines between the two
        prev_start = text.rfind("\n", 0, prev_end) + 1
        name = text[prev_start:prev_end].strip(_BLANK)
        if prev_end > 0 and 2 <= len(name) <= 40 and name in text[hit.start : hit.end]:
            yield Hit("site_title", prev_start, prev_end)


def _spam_hits(text: str, found: list[Hit]) -> Iterable[Hit]:
    """Fragments (between line breaks and sentence ends) dense with spam-lexicon terms."""
    passes = _passes()
    seen: set[int] = set()
    for m in passes.spam_strong.finditer(text):
        start = _fragment_start(text, m.start())
        if start in seen:
            continue
        seen.add(start)
        end = _fragment_end(text, m.end())
        if _is_spam(text[start:end], passes.spam_strong, passes.spam_any):
            yield Hit("spam", start, end)


def _fragment_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and not _FRAGMENT_END.match(text, i - 1):
        i -= 1
    return i


def _fragment_end(text: str, pos: int) -> int:
    m = _FRAGMENT_END.search(text, pos)
    return m.start() if m else len(text)


def _is_spam(fragment: str, strong: "re.Pattern[str]", every: "re.Pattern[str]") -> bool:
    """At least ``SPAM_MIN_STRONG`` distinct strong terms and a lexicon density of ``SPAM_MIN_DENSITY``.

    >>> s, e = _passes().spam_strong, _passes().spam_any
    >>> _is_spam("亚洲一区中文无码_国产不卡在线视频", s, e), _is_spam("加强与欧美、日韩、亚洲各国的交流", s, e)
    (True, False)
    """
    if len({m.group() for m in strong.finditer(fragment)}) < R.SPAM_MIN_STRONG:
        return False
    covered = sum(m.end() - m.start() for m in every.finditer(fragment))
    words = sum(1 for ch in fragment if ch.isalnum())
    return covered >= R.SPAM_MIN_DENSITY * max(1, words)


Finder = Callable[[str, list[Hit]], Iterable[Hit]]
FINDERS: tuple[tuple[str, Finder], ...] = (
    ("inline", _inline_hits),
    ("lines", _line_hits),
    ("marker_lines", _marker_line_hits),
    ("site_title", _site_title_hits),
    ("spam", _spam_hits),
)


def find_boilerplate(text: str) -> list[Hit]:
    """Every hit of every finder, in document order, overlaps merged (the first rule's name kept).

    >>> [h.rule for h in find_boilerplate("新闻列表\\n正文。\\n2022/7/27")]
    ['nav_line', 'date_stamp']
    """
    found: list[Hit] = []
    for _, finder in FINDERS:
        found.extend(finder(text, found))
    merged: list[Hit] = []
    for hit in sorted(found, key=lambda h: (h.start, -h.end)):
        if hit.end <= hit.start:
            continue
        if merged and hit.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Hit(last.rule, last.start, max(last.end, hit.end))
        else:
            merged.append(hit)
    return merged


def remove_boilerplate(text: str, ctx: object) -> list[Edit]:
    """One ``boilerplate`` edit per hit; a hit that fills its line also removes the line break."""
    spans: list[tuple[int, int]] = []
    for hit in find_boilerplate(text):
        start, end = _with_line_break(text, hit.start, hit.end)
        if spans and start < spans[-1][1]:  # two whole lines claimed the same line break
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    furniture = page_furniture_spans(text)
    if furniture:
        spans = _union_spans(spans, furniture)
    if spans and spans[-1][1] == len(text):
        _take_break_before_closing_run(text, spans)
    return [Edit(start, end, "", "boilerplate") for start, end in spans]


def _union_spans(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two sorted span lists as one, overlapping spans merged.

    >>> _union_spans([(0, 2), (5, 8)], [(1, 3), (8, 9)])
    [(0, 3), (5, 8), (8, 9)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted(a + b):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _take_break_before_closing_run(text: str, spans: list[tuple[int, int]]) -> None:
    """Chrome lines that close the text: the first of them also takes the line break before it."""
    i = len(spans) - 1
    while i > 0 and spans[i - 1][1] == spans[i][0]:
        i -= 1
    start, end = spans[i]
    if start > 0 and text[start - 1] == "\n":
        floor = spans[i - 1][1] if i > 0 else 0
        spans[i] = (max(floor, _before_blank_lines(text, start)), end)


def _with_line_break(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a whole-line span to its blanks and its line break (the following, else the preceding one).

    Blank lines after the removed line go with it, so the paragraph break before
    it is left exactly as it stood in the source.
    """
    s, e = start, end
    while s > 0 and text[s - 1] in _BLANK:
        s -= 1
    while e < len(text) and text[e] in _BLANK:
        e += 1
    if (s > 0 and text[s - 1] != "\n") or (e < len(text) and text[e] != "\n"):
        return start, end  # the hit shares its line with content
    if e < len(text):
        return s, _after_blank_lines(text, e + 1)
    return _before_blank_lines(text, s), e


_BLANK_LINES_AFTER = lazy_regex(rf"(?:[{_BLANK}]*\n)*")


def _after_blank_lines(text: str, pos: int) -> int:
    """``pos`` moved past the blank lines that follow it (they would merge with the ones before).

    >>> _after_blank_lines("a\\n\\n \\nb", 2)
    5
    """
    m = _BLANK_LINES_AFTER.match(text, pos)
    return m.end() if m else pos


def _before_blank_lines(text: str, pos: int) -> int:
    """``pos`` moved back over the line break and blank lines before it: to the first line break of the blanks and
    line breaks that end ``text[:pos]`` (a search for ``(?:\\n[blank]*)*\\Z`` tried that pattern at every position
    from the start of the text: 0.5 ms a call on a long document).

    >>> _before_blank_lines("a \\n\\n \\n", 6), _before_blank_lines("a\\n b", 4), _before_blank_lines("a  ", 3)
    (2, 4, 3)
    """
    first = text.find("\n", len(text[:pos].rstrip(_BLANK_OR_BREAK)), pos)
    return pos if first < 0 else first


_BLANK_OR_BREAK = _BLANK + "\n"
