"""The sentences the statement recognisers read.

A sentence ends at 。；！？ or a line break (:func:`sentences`). Only the sentences holding a head word of the
organ lexicon, or a place addressed as a group (各市), are read (:func:`head_sentences`, from one scan of the
text), and a short heading title glued to its body in run-on text ends a sentence where the outline says it
ends (:func:`glued_title_ends`, :func:`split_at`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterator

import regex

from .._lazy import lazy_regex
from ..models import Section
from ..settings import GLUED_TITLE_LOOKAHEAD, GLUED_TITLE_MAX
from .lexicon import head_words, trie_alt
from .nominal import ends_at_boundary
from .stops import PUNCTUATION, SENTENCE_END, STOPS, none_of, one_of
from .words import ADDRESSED_PLACES

_SENTENCE = lazy_regex(f"{none_of(SENTENCE_END)}+{one_of(STOPS)}?")


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs; a sentence ends at 。；！？ or a newline.

    >>> list(sentences("甲负责。乙配合；\\n丙"))
    [(0, '甲负责。'), (4, '乙配合；'), (9, '丙')]
    """
    for m in _SENTENCE.finditer(text, start, len(text) if end is None else end):
        yield m.start(), m.group(0)


_TITLE_PUNCTUATION = lazy_regex(one_of(PUNCTUATION, r"\s"))


def glued_title_ends(text: str, sections: list[Section]) -> tuple[int, ...]:
    """Where a short heading title ends with its body glued right after it, no stop between
    ("4.2物资保障市商务局要…" in run-on text): a sentence starts again there. Not
    inside a word: a title cut short inside a name ("(2)市发展改|革委…") cuts nothing.

    >>> from policydoc.models import Section
    >>> t = "6.5运输保障市交通局要调配车辆。"
    >>> sec = Section(id="1", level=1, marker="6.5", style="decimal_path", number=5, title="运输保障",
    ...               span=(0, len(t)), title_span=(3, 7))
    >>> glued_title_ends(t, [sec])
    (7,)
    """
    out = []
    stack = list(sections)
    while stack:
        sec = stack.pop()
        stack.extend(sec.children)
        start, end = sec.title_span
        title = text[start:end]
        if 0 < len(title) <= GLUED_TITLE_MAX and not _TITLE_PUNCTUATION.search(title) and end < len(text):
            if not _TITLE_PUNCTUATION.match(text[end]) and ends_at_boundary(text[start : end + GLUED_TITLE_LOOKAHEAD], end - start):
                out.append(end)
    return tuple(sorted(out))


def split_at(found: Iterator[tuple[int, str]], cuts: tuple[int, ...]) -> Iterator[tuple[int, str]]:
    """The sentences of ``found``, each cut again at the positions of ``cuts`` inside it."""
    if not cuts:
        yield from found
        return
    for at, sentence in found:
        i = bisect_right(cuts, at)
        start = at
        while i < len(cuts) and cuts[i] < at + len(sentence):
            yield start, sentence[start - at : cuts[i] - at]
            start = cuts[i]
            i += 1
        yield start, sentence[start - at :]


_TERMINATOR = regex.compile(one_of(SENTENCE_END))
_TERMINATOR_BEFORE = regex.compile(one_of(SENTENCE_END), regex.REVERSE)


def head_sentences(text: str) -> Iterator[tuple[int, str]]:
    """The ``sentences(text)`` that hold a head word, found from one head scan of the text.

    No head word holds a sentence terminator (checked by ``_heads_stay_inside``), so every
    head match lies inside one sentence, and a sentence holds a head iff a match of the
    whole-text scan starts in it. Its bounds are those of :func:`sentences`: from after the
    previous terminator to its own terminator (kept unless it is a newline).
    """
    search = candidate_pattern().search
    if not _heads_stay_inside():
        yield from ((at, s) for at, s in sentences(text) if search(s))
        return
    # resuming the head search at each sentence's end gives the matches ``finditer`` would
    # (a skipped match lies inside the sentence, so none runs past its end)
    end = 0
    while (m := search(text, end)) is not None:
        pos = m.start()
        before = _TERMINATOR_BEFORE.search(text, end, pos)
        start = before.end() if before else end
        after = _TERMINATOR.search(text, pos)
        end = len(text) if after is None else after.start() + (after.group() != "\n")
        yield start, text[start:end]


@lru_cache(maxsize=1)
def _heads_stay_inside() -> bool:
    return not any(_TERMINATOR.search(w) for w in head_words() + ADDRESSED_PLACES)


@lru_cache(maxsize=1)
def candidate_pattern() -> "re.Pattern[str]":
    """A head word of the lexicon or a place addressed as a group (各市, 各地区), or rather the least of them.

    A word holding another word of the set (委员会 holds 委) is left out: a text holds a word of the set iff it
    holds one of those left, and in the same sentence, since no word holds a terminator (``_heads_stay_inside``),
    so :func:`head_sentences` finds the same sentences. Factored as a trie (``lexicon.trie_alt``) on stdlib
    ``re``: about half the scan of the flat alternation of every word.
    """
    return re.compile(trie_alt(_least_words(head_words() + ADDRESSED_PLACES)))


def _least_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``words`` that hold no other word of it.

    >>> _least_words(("委员会", "委", "局", "市教育局", "学校"))
    ('委', '局', '学校')
    """
    unique = tuple(dict.fromkeys(words))
    known = frozenset(unique)
    # another word inside ``w`` is a shorter substring of it: looked up, not searched for in every word of the set
    return tuple(w for w in unique
                 if not any(w[i:j] in known for i in range(len(w)) for j in range(i + 1, len(w) + 1) if j - i < len(w)))
