"""The plausibility model of the mojibake repair (:mod:`.mojibake`): how likely a string is as Chinese text.

Characters score by their frequency (:func:`policydoc.data.char_log_freq`; punctuation by rough frequencies of
its own), two- to four-character words by their count in jieba's dictionary; a string scores by its best
segmentation (:func:`text_score`), with a penalty for quotation marks that cannot pair up. Pinyin annotations are
no evidence either way and are left out of the context read around a run.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from .._lazy import lazy_re

LOG_TOTAL = 8.12  # log10 of the summed character counts in charfreq.tsv
# Rough log10 frequencies of Chinese punctuation in running text (jieba's dictionary has none).
PUNCTUATION_SCORES = {
    **dict.fromkeys("，", -1.5), **dict.fromkeys("。", -1.8), **dict.fromkeys("、", -2.2),
    **dict.fromkeys("“”", -2.3), **dict.fromkeys("：；（）《》", -3.0), **dict.fromkeys("？！—…", -3.5),
    **dict.fromkeys("‘’·", -4.0),
}
_SCORE_UNKNOWN = -9.0  # a character the model has never seen
_SCORE_PUA = -12.0
_SCORE_ASCII = -6.0
MAX_WORD = 4
LOST_MARK = "\x00"  # stands for a lost ASCII character while scoring
WORD_LOG_TOTAL = 7.78  # log10 of the summed word counts in jieba's dictionary
CONTEXT = 10
SHORT_QUOTE = 10  # a quoted phrase this short is a name or slogan, not a sentence
SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}"
"""A pinyin syllable as the annotations of the documents write it: lower-case letters with tone marks, up to 6."""
_ANNOTATION = lazy_re(rf"\((?:{SYLLABLE}) ?\)")
# A '。' in an item of a list of quoted names or slogans ("A”“B”): such items hold no full stop.
_QUOTED_LIST_STOP = lazy_re("。[^“”。]{0,%d}”“" % SHORT_QUOTE)
_QUOTE_MARK = lazy_re("[“”]")


def strip_annotations(s: str) -> str:
    """``s`` without pinyin annotations (they are no evidence either way)."""
    return _ANNOTATION.sub("", s)


@lru_cache(maxsize=4096)
def doc_bonus(text: str, chars: str) -> float:
    """A cache model: Han characters the document itself uses often are likelier here too.

    Remembered: every guess of a run's lost bytes asks it of its own characters.
    """
    return sum(0.5 * math.log10(1 + _doc_count(text, c)) for c in chars if c > "\u33ff")


@lru_cache(maxsize=4096)
def _doc_count(text: str, ch: str) -> int:
    return text.count(ch)


@lru_cache(maxsize=None)
def char_score(ch: str) -> float:
    """log10 probability-like score of one character on its own."""
    freq = _char_freq().get(ch)
    if freq is not None:
        return freq - LOG_TOTAL
    punct = PUNCTUATION_SCORES.get(ch)
    if punct is not None:
        return punct
    if "\ue000" <= ch <= "\uf8ff":
        return _SCORE_PUA
    return _SCORE_ASCII if ch < "\x7f" else _SCORE_UNKNOWN


@lru_cache(maxsize=1 << 16)
def pair_score(a: str, b: str) -> float:
    """Bonus for two characters that form a word of jieba's dictionary (traditional forms too).

    Remembered: the repair asks it of the same neighbours for every guess of a lost byte.
    """
    if not a or not b:
        return 0.0
    return 1.0 if simplified(a + b) in _words() else 0.0


_WORD_SCORES: dict[str, float] = {}
"""Word scores by count (as the dictionary writes it), worked out once for each count :func:`text_score` meets."""


@dataclass(frozen=True)
class Prefix:
    """The segmentation of the opening of many strings :func:`text_score` reads, done once.

    The repair scores every guess of the lost bytes inside the same context, so
    the strings it scores share their beginning. Scores up to the end of the
    prefix do not depend on what follows it, as long as the longer string's
    simplified form begins with the same simplified characters (OpenCC converts
    phrases, so that is checked, not assumed).
    """

    text: str
    simple: str  # the simplified form the scores were read with
    best: tuple[float, ...]  # best[i]: the best segmentation score of text[:i]


EMPTY = Prefix("", "", (0.0,))


def text_score(s: str, prefix: Prefix = EMPTY) -> float:
    """Score of the best segmentation of ``s`` into dictionary words and single characters.

    Words score by their jieba count, single characters by their character
    count; a closing quote without an opening one (and the reverse) costs extra.
    ``prefix``, a :func:`prefix_scores` of the start of ``s``, saves segmenting that
    start again; the score is the same to the last bit with or without it.

    >>> text_score("“十四五”時期") > text_score("?!笆\ue1a2奈濉睍r期")
    True
    >>> text_score("“十四五”時期", prefix_scores("“十四")) == text_score("“十四五”時期")
    True
    """
    return _segment(s, _simple_form(s), prefix)[-1] + _quote_penalty(s)


def prefix_scores(s: str, prefix: Prefix = EMPTY) -> Prefix:
    """The segmentation of ``s`` to continue from (:func:`text_score`), itself continuing ``prefix``."""
    simple = _simple_form(s)
    return Prefix(s, simple, tuple(_segment(s, simple, prefix)))


ESTIMATE_ERROR = 1e-9
"""How far :func:`estimate_score` may be from :func:`text_score`: both are the best segmentation's score summed in
another order, so they differ by rounding only (below 1e-12 for the few dozen terms of a scored window, each of
them below 20 in size); 1e-9 is far above that and far below any difference the repair reads (0.3)."""


@dataclass(frozen=True)
class Suffix:
    """The segmentation of the end of many strings, read backward once.

    The guesses of a run's lost byte differ in one character and share what follows it.
    ``rest[i]`` is the best score of ``text[i:]`` on its own, so the best segmentation of
    a guess is found by trying only the pieces that cover its own character
    (:func:`estimate_score`).
    """

    text: str
    simple: str  # the simplified form the scores were read with
    rest: tuple[float, ...]


def suffix_scores(s: str) -> Suffix:
    """rest[i], the best score of ``s[i:]``, for every i (:func:`_segment` read from the end)."""
    simple = _simple_form(s)
    n = len(s)
    rest = [0.0] * (n + 1)
    for j in range(n - 1, -1, -1):
        here = _char(s[j]) + rest[j + 1]
        for length, word in _words_at(simple[j : j + MAX_WORD]):
            if word + rest[j + length] > here:
                here = word + rest[j + length]
        rest[j] = here
    return Suffix(s, simple, tuple(rest))


def estimate_score(head: Prefix, ch: str, tail: Suffix) -> float:
    """:func:`text_score` of ``head.text + ch + tail.text`` to within :data:`ESTIMATE_ERROR`.

    Every segmentation covers ``ch`` with one piece: the character itself, or a word that starts
    at most three characters before it and ends at most three after. The best segmentation is
    then the best over those pieces of (the best score before the piece, from ``head``) + (the
    piece) + (the best score after it, from ``tail``). Where the string's simplified form does
    not begin and end as ``head``'s and ``tail``'s (OpenCC converts phrases), the score is
    read in full.

    >>> head, tail = prefix_scores("“十四"), suffix_scores("”時期")
    >>> abs(estimate_score(head, "五", tail) - text_score("“十四五”時期")) < ESTIMATE_ERROR
    True
    """
    s = head.text + ch + tail.text
    simple = _simple_form(s)
    at = len(head.text)
    if not (simple.startswith(head.simple) and simple.endswith(tail.simple)):
        return text_score(s, head)
    before, after = head.best, tail.rest
    best = before[at] + _char(ch) + after[0]
    for j in range(max(0, at - MAX_WORD + 1), at + 1):
        for length, word in _words_at(simple[j : j + MAX_WORD]):
            if j + length > at and before[j] + word + after[j + length - at - 1] > best:
                best = before[j] + word + after[j + length - at - 1]
    return best + (_quote_penalty(s) if ch in _QUOTE_CHARS else _neutral_quote_penalty(head.text, tail.text))


_QUOTE_CHARS = "“”。"
"""The characters :func:`_quote_penalty` reads; with any other character between the same two strings it is the same."""


@lru_cache(maxsize=256)
def _neutral_quote_penalty(before: str, after: str) -> float:
    """:func:`_quote_penalty` of ``before``, one character it does not read, and ``after``."""
    return _quote_penalty(before + "一" + after)


def _char(ch: str) -> float:
    """:func:`char_score`, read from :data:`_CHAR_SCORES`."""
    c = _CHAR_SCORES.get(ch)
    if c is None:
        c = _CHAR_SCORES[ch] = char_score(ch)
    return c


def _simple_form(s: str) -> str:
    """``s`` simplified for word look-up, or ``s`` itself when simplifying changes its length."""
    simple = simplified(s)
    return simple if len(simple) == len(s) else s


def _segment(s: str, simple: str, prefix: Prefix) -> list[float]:
    """best[i], the best score of ``s[:i]``, for every i; the part ``prefix`` covers is taken from it.

    Read forward: position j offers best[j] + (its character's score) to j + 1 and best[j] + (a
    word's score) to the end of each word starting at j; a position keeps the largest offer.
    Which offer is largest does not depend on the order they come in, and a position up to
    the end of the prefix gets offers from inside the prefix only, so the prefix's scores are
    bit for bit those of the longer string. Left to add: the rest of the string, and the words
    that start in the prefix and end after it (a word is at most :data:`MAX_WORD` long).
    A prefix read with other simplified characters (or not a prefix at all) is not used.
    """
    done = len(prefix.text)
    if done and not (s.startswith(prefix.text) and simple.startswith(prefix.simple)):
        prefix, done = EMPTY, 0
    n = len(s)
    best = list(prefix.best)
    best += [-math.inf] * (n + 1 - len(best))
    for j in range(max(0, done - MAX_WORD + 1), done):  # words across the end of the prefix
        here = best[j]
        for length, word in _words_at(simple[j : j + MAX_WORD]):
            if j + length > done and here + word > best[j + length]:
                best[j + length] = here + word
    chars = _CHAR_SCORES
    for j in range(done, n):
        here = best[j]
        ch = s[j]
        c = chars.get(ch)
        if c is None:
            c = chars[ch] = char_score(ch)
        if here + c > best[j + 1]:
            best[j + 1] = here + c
        for length, word in _words_at(simple[j : j + MAX_WORD]):
            if here + word > best[j + length]:
                best[j + length] = here + word
    return best


@lru_cache(maxsize=1 << 16)
def _words_at(window: str) -> tuple[tuple[int, float], ...]:
    """(length, score) of the dictionary words ``window`` begins with (its first :data:`MAX_WORD` characters).

    Looked up once per window rather than once per position of every string scored:
    a position where no word's first two characters start opens no word, so most
    positions of garbled text come back empty.
    """
    if window[:2] not in _word_openers():
        return ()
    words = _words()
    found = []
    for end in range(2, len(window) + 1):
        count = words.get(window[:end])
        if count:
            found.append((end, _word_score(count)))
    return tuple(found)


def _word_score(count: str) -> float:
    """The score of a word the dictionary counts ``count`` times."""
    word = _WORD_SCORES.get(count)
    if word is None:
        word = _WORD_SCORES[count] = math.log10(int(count)) - WORD_LOG_TOTAL
    return word


_CHAR_SCORES: dict[str, float] = {}
""":func:`char_score` of the characters :func:`text_score` has met (a dict read, not a cached call)."""


@lru_cache(maxsize=1)
def _word_openers() -> dict[str, None]:
    """The first two characters of every word of :func:`_words`, as the keys of a dict.

    A dict, not a frozenset: a dict of strings only is untracked by the cyclic garbage
    collector, whereas every full collection walks a set's 178,000 members (15 ms each
    time, in whichever stage the collection falls).
    """
    return dict.fromkeys(w[:2] for w in _words())


def _quote_penalty(s: str) -> float:
    """Quotation marks: -3 for one that cannot pair up, +1 for one that closes an open quote,
    -2.5 for a short quoted phrase (a name, a slogan) that holds a '。' (a slogan has no full stop),
    and -2.5 for a '。' inside an item of a list of quoted phrases (``…。…”“…``)."""
    state: Optional[str] = None  # unknown before the first mark
    opened = -100
    score = 0.0
    for mark in _QUOTE_MARK.finditer(s):  # most strings scored hold none: one scan in C
        i, ch = mark.start(), mark.group()
        if state == ch:
            score -= 3.0
        elif state == "“":
            score += 1.0 - (2.5 if "。" in s[opened + 1 : i] and i - opened <= SHORT_QUOTE else 0.0)
        state, opened = ch, i
    return score - 2.5 * len(_QUOTED_LIST_STOP.findall(s))


def left_context(text: str, start: int, repaired: tuple[int, str] = (0, "")) -> str:
    """Up to :data:`CONTEXT` characters before ``start``, pinyin annotations left out.

    ``repaired`` is (end, repaired text) of a run that ended shortly before ``start``.
    """
    lo = max(0, start - 4 * CONTEXT)
    done, fixed = repaired
    prefix = fixed if done > lo else ""
    piece = _ANNOTATION.sub("", prefix + text[max(lo, done if prefix else lo) : start])
    return piece.rsplit("\n", 1)[-1][-CONTEXT:]


def right_context(text: str, end: int) -> str:
    """Up to :data:`CONTEXT` characters after ``end``, pinyin annotations left out."""
    piece = _ANNOTATION.sub("", text[end : end + 4 * CONTEXT])
    return piece.split("\n", 1)[0][:CONTEXT]


@lru_cache(maxsize=1)
def _char_freq() -> dict[str, float]:
    """:func:`policydoc.data.char_log_freq`, imported on first use only."""
    from ..data import char_log_freq

    return char_log_freq()


_DICT_LINE = re.compile(r"^(\S{2,%d}) (\d+)" % MAX_WORD, re.M)


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """Words of two to four characters in jieba's dictionary and their counts, as text.

    Loaded on first use with one regex pass over the file; counts stay strings
    until a word is actually scored (about half the load time).
    """
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    return dict(_DICT_LINE.findall(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=65536)
def simplified(s: str) -> str:
    """``s`` in simplified script (OpenCC t2s), remembered."""
    return _to_simplified()(s)


@lru_cache(maxsize=1)
def _to_simplified() -> Callable[[str], str]:
    """:func:`.script.to_simplified`, imported once (an import statement per call costs more than most calls)."""
    from .script import to_simplified

    return to_simplified
