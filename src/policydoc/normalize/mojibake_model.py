"""The plausibility model of the mojibake repair (:mod:`.mojibake`): how likely a string is as Chinese text.

Characters score by their frequency (:func:`policydoc.data.char_log_freq`; punctuation by rough frequencies of
its own), two- to four-character words by their count in jieba's dictionary; a string scores by its best
segmentation (:func:`text_score`), with a penalty for quotation marks that cannot pair up. Pinyin annotations are
no evidence either way and are left out of the context read around a run.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

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
_ANNOTATION = re.compile(rf"\((?:{SYLLABLE}) ?\)")
# A '。' in an item of a list of quoted names or slogans ("A”“B”): such items hold no full stop.
_QUOTED_LIST_STOP = re.compile("。[^“”。]{0,%d}”“" % SHORT_QUOTE)


def strip_annotations(s: str) -> str:
    """``s`` without pinyin annotations (they are no evidence either way)."""
    return _ANNOTATION.sub("", s)


def doc_bonus(text: str, chars: str) -> float:
    """A cache model: Han characters the document itself uses often are likelier here too."""
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


def pair_score(a: str, b: str) -> float:
    """Bonus for two characters that form a word of jieba's dictionary (traditional forms too)."""
    if not a or not b:
        return 0.0
    return 1.0 if simplified(a + b) in _words() else 0.0


_WORD_SCORES: dict[str, float] = {}
"""Word scores by count (as the dictionary writes it), worked out once for each count :func:`text_score` meets."""


def text_score(s: str) -> float:
    """Score of the best segmentation of ``s`` into dictionary words and single characters.

    Words score by their jieba count, single characters by their character
    count; a closing quote without an opening one (and the reverse) costs extra.
    Read forward: a position where no word's first two characters start opens no word, so
    most positions of garbled text cost one lookup.

    >>> text_score("“十四五”時期") > text_score("?!笆\ue1a2奈濉睍r期")
    True
    """
    simple = simplified(s)
    if len(simple) != len(s):
        simple = s
    words = _words()
    openers = _word_openers()
    scores = _WORD_SCORES
    chars = _CHAR_SCORES
    n = len(s)
    best = [-math.inf] * (n + 1)
    best[0] = 0.0
    for j, ch in enumerate(s):
        here = best[j]
        c = chars.get(ch)
        if c is None:
            c = chars[ch] = char_score(ch)
        if here + c > best[j + 1]:
            best[j + 1] = here + c
        if simple[j : j + 2] not in openers:
            continue
        for end in range(j + 2, min(j + MAX_WORD, n) + 1):
            count = words.get(simple[j:end])
            if not count:
                continue
            word = scores.get(count)
            if word is None:
                word = scores[count] = math.log10(int(count)) - WORD_LOG_TOTAL
            if here + word > best[end]:
                best[end] = here + word
    return best[-1] + _quote_penalty(s)


_CHAR_SCORES: dict[str, float] = {}
""":func:`char_score` of the characters :func:`text_score` has met (a dict read, not a cached call)."""


@lru_cache(maxsize=1)
def _word_openers() -> frozenset[str]:
    """The first two characters of every word of :func:`_words`."""
    return frozenset(w[:2] for w in _words())


def _quote_penalty(s: str) -> float:
    """Quotation marks: -3 for one that cannot pair up, +1 for one that closes an open quote,
    -2.5 for a short quoted phrase (a name, a slogan) that holds a '。' (a slogan has no full stop),
    and -2.5 for a '。' inside an item of a list of quoted phrases (``…。…”“…``)."""
    state: Optional[str] = None  # unknown before the first mark
    opened = -100
    score = 0.0
    for i, ch in enumerate(s):
        if ch in "“”":
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


def _char_freq() -> dict[str, float]:
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
    from .script import to_simplified

    return to_simplified(s)
