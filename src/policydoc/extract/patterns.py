"""Regex pieces shared by the mention finders, the mask that keeps them apart, and ``any_word`` (the target
rules' one-pass search for any word of a group).

Mentions are found in a fixed order (years, percentages, quantities); each
finder skips text an earlier one claimed, so "2025年" is a year and never a
duration, and "十四五" is a period and never the numeral 145.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Iterator, Optional, TypeVar

import regex
from pydantic import BaseModel

from .._lazy import lazy_re, lazy_regex
from .._text import at_least
from ..models import lean
from ..data.units import MEGA_UNITS, MINUS_AFTER, MINUS_SIGNS, MULTIPLIER_PREFIXES, MULTIPLIERS
from ..core.numerals import CN_DIGITS, CN_SMALL_UNITS
from ..settings import LETTER_SPACED_RUNS

SPACE_GROUPED = r"(?<!\d)\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+(?![\d.])(?=[\u0020]?[\u4e00-\u9fff])"
"""An integer whose thousands a space separates (Hong Kong government style: "100 000个单位", "约 4 700 个"),
in full groups of three, read only before a Chinese word (its unit or multiplier): a row of numbers a space
apart ("95 100 120") is cells, not one number."""
ARABIC = rf"\d+(?:,\d{{3}})+(?:\.\d+)?|{SPACE_GROUPED}|\d+(?:\.\d+)?"
"""An Arabic number: thousands separators (a comma, or a space before a Chinese word) only in full groups of
three."""

_LS = r"(?:\ \n?\ ?|\n\ ?)"  # between letter-spaced digits: a space, or a line break of wrapped text
SPACED_ARABIC = rf"\d(?:{_LS}\d)+(?:\ ?\.\ ?\d(?:\ ?\d)*)?|\d\ ?\.\ ?\d(?:\ ?\d)*|{ARABIC}"
"""An Arabic number of letter-spaced PDF text ("2 9 0 0", "6 .5", "1 3\\n0 0"); used only in such text
(see ``letter_spaced``)."""

SP = r"[ \u3000]?"
"""The one space PDF and Taiwan text puts between a number, its multipliers and its unit ("116 亿元", "32 万 8,636 人次")."""

WRAP = r"[ \u3000]?(?:\n[ \u3000]?)?"
"""A space, or the line break of hard-wrapped PDF text, between a number or multiplier and what follows it
("300 亿\\n元", "242\\n亿元"); never a blank line."""

_MULTIPLIER_WORDS = [m + (f"(?!{'|'.join(MEGA_UNITS)})" if m == "兆" else "") for m in sorted(MULTIPLIERS, key=len, reverse=True)]
MULT = rf"[{MULTIPLIER_PREFIXES}]?(?:{'|'.join(_MULTIPLIER_WORDS)})"
"""A multiplier run: 万亿, 兆 (not the mega of 兆瓦), 亿, 万, with 十/百/千 before it after Arabic digits ("9千亿")."""

MINUS = (
    f"(?=[{re.escape(MINUS_SIGNS)}])"
    "(?:" + "|".join([r"\A"] + [f"(?<={re.escape(w)})" for w in MINUS_AFTER]) + f")[{re.escape(MINUS_SIGNS)}]"
)
"""A minus sign where a sign can stand: at the start of a cell, line or clause, or after a change word
("同比增长-3.8%", "下降-2%", a table cell "-3.8%"); never between two numbers (3-5% is a range). The sign is
looked for first: the mention patterns try the sign at every number they meet, and most have none (the 27
places a sign may follow, asked first, cost a quarter of each try)."""

_CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS)
CN_CHAR_CLASS = f"[{_CN_CHARS}]"
_CN_DIGIT = "[零〇○一二三四五六七八九]"
CN_GROUPED = (rf"(?:[一二三四五六七八九]{{1,3}}兆{_CN_DIGIT}{{1,3}}|[一二三四五六七八九]{{1,3}})"
              rf"(?:、{_CN_DIGIT}{{3}})+(?:\.{_CN_DIGIT}+)?(?!{_CN_DIGIT})")
"""Digits grouped by thousands with "、" (Taiwanese official style: "二、四一八億元", "一兆二、三○六億元", and after 兆
a first group with zeros: "一兆○、二五六億元")."""
_CN_PLAIN = rf"{CN_CHAR_CLASS}+(?:[万亿兆]{CN_CHAR_CLASS}+)*(?:[点.]{CN_CHAR_CLASS}+)?"
CN = rf"(?:{CN_GROUPED}|{_CN_PLAIN})"
"""A Chinese numeral; a 万/亿/兆 inside it ("一万二千", "一兆二千亿") belongs to it, a final one to the unit; a decimal point is 点 or,
digit by digit, "." ("一二五.三亿元"); or digits grouped by thousands (:data:`CN_GROUPED`)."""
CN_UNGROUPED = rf"(?:{_CN_PLAIN})"
""":data:`CN` without the digits grouped by thousands: the same matches in a text where :func:`grouped_digits` is
false. The grouped branch repeats five CN digit classes, which the stdlib compiler builds one by one; the mention
patterns hold ``CN`` four to eight times, so leaving it out saves 3.5 ms of compiling the quantity pattern and about as
much of the percentage pattern."""
_GROUPED_DIGITS = lazy_re(rf"、{_CN_DIGIT}{{3}}")


def grouped_digits(text: str) -> bool:
    """Whether ``text`` holds what every match of :data:`CN_GROUPED` holds: 、 before three CN digits.

    >>> grouped_digits("二、四一八億元"), grouped_digits("一、二、三、总则")
    (True, False)
    """
    return "、" in text and _GROUPED_DIGITS.search(text) is not None

RANGE_SEP = r"\s*(?:[-—–~～－]+|至|到)\s*"
"""Between the bounds of a range: 3—5, 3-5, 3~5, 3至5, 3到5."""


def amount(number: str, chinese: str) -> str:
    """An amount: Arabic groups with multiplier runs between them, or a Chinese numeral, and an optional
    final multiplier run (read by ``numbers.parse_amount``): 1.3万亿, 1亿3,000万, 8,897 万 890, 十万."""
    return rf"(?:(?:{number})(?:{SP}{MULT}{SP}(?:{number}))*|{chinese})(?:{WRAP}{MULT})?"


_LETTER_SPACED = regex.compile(r"(?<![\d.,])\d \d \d(?![\d.,])")  # regex: ~10x faster than re here


def letter_spaced(text: str, least: int = LETTER_SPACED_RUNS) -> bool:
    """Whether ``text`` spaces the digits of its numbers out ("2 0 0 5 年", "1 6 0 0 万吨"), as the text
    layer of some PDFs does: ``least`` runs of three single spaced digits.

    >>> letter_spaced("到 2 0 0 5 年达到 1 6 0 0 万吨 , 比 2 0 0 0 年"), letter_spaced("1 2 3")
    (True, False)
    """
    return at_least(_LETTER_SPACED, text, least)


M = TypeVar("M", bound=BaseModel)


def validated(model: type[M], **fields: Any) -> M:
    """``model(**fields)`` through its validator directly: the same checks, a third cheaper.

    Mentions are built by the tens of thousands per megabyte of number-dense text;
    ``model_construct`` would skip the checks but is slower still (it runs in Python).

    >>> from policydoc.models import QuantityMention
    >>> validated(QuantityMention, value=3, unit="所", text="3所", span=(0, 2)).value
    3.0
    """
    built: M = model.__pydantic_validator__.validate_python(fields)
    lean((built,))
    return built


class Mask:
    """Character positions already claimed by a mention.

    >>> m = Mask(10); m.claim(2, 5); m.free(0, 2), m.free(4, 6)
    (True, False)
    """

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size)

    def claim(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) < 0

    def taken(self, pos: int) -> bool:
        """Whether the character at ``pos`` is claimed."""
        return bool(self._taken[pos])


def gated_matches(
    pattern: re.Pattern[str], gate: re.Pattern[str], text: str, before: int, after: int,
    starts: Optional[re.Pattern[str]] = None, keep: Optional[Callable[[str, int], bool]] = None,
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that hold a hit of the cheap ``gate``, searched only near the hits.

    A full pattern run at every position is the slow part of mention finding;
    the gate (a literal such as 年 or %) is found by a fast scan, and the
    pattern runs in a window of ``before``/``after`` characters around each hit.
    ``starts`` (a character class holding every first character a match can
    have) lets the pattern be tried only there, and only up to the hit: a match
    starting after the hit cannot hold it. The matches are those of
    ``pattern.finditer`` over the window. ``keep(text, hit_start)`` drops gate hits cheaply: a literal
    gate with a check by hand scans faster than a gate with a character class or lookbehind.

    >>> [m.group() for m in gated_matches(re.compile(r"\\d+%"), re.compile("%"), "a 12% b 7%", 5, 1)]
    ['12%', '7%']
    >>> [m.group() for m in gated_matches(re.compile(r"\\d+%"), re.compile("%"), "a 12% b 7%", 5, 1, re.compile(r"\\d"))]
    ['12%', '7%']
    """
    last_end = 0
    hits: Iterable[re.Match[str]] = gate.finditer(text)
    if keep is not None:
        hits = (hit for hit in hits if keep(text, hit.start()))
    if starts is None:
        for hit in hits:
            if hit.start() < last_end:
                continue
            for m in pattern.finditer(text, max(last_end, hit.start() - before), hit.end() + after):
                if m.start() <= hit.start() < m.end():
                    last_end = m.end()
                    yield m
                    break
        return
    match, first = None, starts.search
    for hit in hits:
        at = hit.start()
        if at < last_end:
            continue
        if match is None:
            match = pattern.match  # at the first hit: a lazy pattern compiles only for a text that needs it
        endpos, stop = hit.end() + after, at + 1
        pos = max(last_end, at - before)
        while pos <= at:
            s = first(text, pos, stop)
            if s is None:
                break
            pos = s.start()
            m = match(text, pos, endpos)
            if m is None:
                pos += 1
            elif m.end() > at:  # it starts at or before the hit, so it holds it
                last_end = m.end()
                yield m
                break
            else:
                pos = m.end()


def any_word(group: tuple[str, ...]) -> re.Pattern[str]:
    """One pass for "any word of ``group`` in the range": ``search(text, start, end)`` without a slice.

    Compiled with the stdlib ``re``: an alternation of literals finds the same words in either engine, and ``re``
    answers the short searches the target rules make (a clause, a sentence) in half the time of ``regex``.

    >>> any_word(("罚款", "没收")).search("处二千元罚款", 2, 6).group()
    '罚款'
    """
    return lazy_re("|".join(re.escape(w) for w in group))  # compiled on first use: most groups serve rare cases


def han_count(text: str) -> int:
    """How many CJK unified ideographs (U+4E00–U+9FFF) ``text`` holds: what a name's length is counted in.

    >>> han_count("5G基站（a）")
    2
    """
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def last_match(
    pattern: "regex.Pattern[str] | re.Pattern[str]", text: str, start: int, end: int
) -> "Optional[regex.Match[str] | re.Match[str]]":
    """The last match of ``pattern`` in ``text[start:end]`` (as ``finditer`` finds them), None when there is none:
    the nearest cue before a number.

    >>> last_match(any_word(("分别",)), "A分别3%，B分别4%", 0, 9).start()
    7
    """
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found
