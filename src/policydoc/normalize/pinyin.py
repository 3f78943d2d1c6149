"""Pinyin annotations inserted after characters: ``學(xué)``, ``會(huì )``, ``專(zhuān)``.

Some sites that convert simplified text to traditional append the pinyin of
each converted character in parentheses. An annotation is a parenthesised group
directly after a Han character whose content is one pinyin syllable (Latin
letters, tone marks allowed, a stray space before ``)`` allowed). Real
parentheses such as ``各縣(市、區)``, ``(一)``, ``(附件1)`` or ``(GDP)`` hold
no syllable and are kept.

Syllables are tested against the Hanyu Pinyin inventory (汉语拼音方案, 1958):
the initials, the finals, and which finals each group of initials combines
with (the standard syllable table), built here in code.

Toneless syllables (``(de)``, ``(men)``): a neutral-tone annotation is
indistinguishable from a short Latin word by itself, so it is removed only
inside a run of annotations, i.e. when a tone-marked annotation stands within
:data:`NEUTRAL_TONE_REACH` characters on the same line. A lone ``(ban)`` or
``(a)`` after a character is kept.

>>> from policydoc.normalize.pipeline import FixContext
>>> text = "教(jiào)育的(de)發(fā)展(GDP)各縣(市、區)"
>>> [text[e.start:e.end] for e in remove_pinyin(text, FixContext())]
['(jiào)', '(de)', '(fā)']
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from functools import lru_cache

import regex

from .offsets import Edit
from .._lazy import lazy_regex

KIND = "pinyin_annotation"
NEUTRAL_TONE_REACH = 40

# Finals each group of initials combines with (written forms, ü after n/l and
# for the zero initial's yu-row; j q x write ü as u).
_OPEN = "a o e ai ei ao ou an en ang eng ong"
FINALS_BY_INITIALS: tuple[tuple[str, str], ...] = (
    ("b p", "a o ai ei ao an en ang eng i ie iao ian in ing u"),
    ("m", "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u"),
    ("f", "a o ei ou an en ang eng u"),
    ("d t", "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian in ing u uo ui uan un"),
    ("n l", _OPEN + " i ia ie iao iu ian in iang ing u uo uan un ü üe ue"),
    ("g k h", "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"),
    ("j q x", "i ia ie iao iu ian in iang ing iong u ue uan un"),
    ("zh ch sh r", "a e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang"),
    ("z c s", "a e ai ei ao ou an en ang eng ong i u uo ui uan un"),
)
# The zero initial: bare open finals, and the y/w spellings of i-, u- and ü-finals.
ZERO_INITIAL_SYLLABLES = (
    "a o e ai ei ao ou an en ang eng er "
    "yi ya ye yao you yan yin yang ying yong yu yue yuan yun "
    "wu wa wo wai wei wan wen wang weng"
)

# Tone-marked vowels and what they are without the mark.
TONE_VOWELS = {
    **dict.fromkeys("āáǎà", "a"),
    **dict.fromkeys("ēéěè", "e"),
    **dict.fromkeys("īíǐì", "i"),
    **dict.fromkeys("ōóǒò", "o"),
    **dict.fromkeys("ūúǔù", "u"),
    **dict.fromkeys("ǖǘǚǜ", "ü"),
}
_TONE_TABLE = str.maketrans({**TONE_VOWELS, "v": "ü"})

# A parenthesised run of Latin letters (tone marks included) directly after a Han character.
_CANDIDATE = regex.compile(r"(?<=\p{Han})\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüv]{1,6}) ?\)")
_TONE_MARK = lazy_regex("[" + "".join(TONE_VOWELS) + "]")


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless syllable of the inventory (ü written ü).

    >>> s = pinyin_syllables()
    >>> all(x in s for x in ("zhuan", "xue", "lü", "er", "yuan", "chuang"))
    True
    >>> any(x in s for x in ("gdp", "app", "bü", "zhi" + "i"))
    False
    """
    syllables = set(ZERO_INITIAL_SYLLABLES.split())
    for initials, finals in FINALS_BY_INITIALS:
        syllables.update(i + f for i in initials.split() for f in finals.split())
    return frozenset(syllables)


@lru_cache(maxsize=4096)
def parse_syllable(content: str) -> tuple[str, bool] | None:
    """``(toneless syllable, has tone mark)`` if ``content`` is one pinyin syllable (memoised: an annotated
    text repeats a few hundred syllables thousands of times).

    >>> parse_syllable("zhuān"), parse_syllable("de"), parse_syllable("app")
    (('zhuan', True), ('de', False), None)
    """
    toned = _TONE_MARK.search(content) is not None
    if toned and len(_TONE_MARK.findall(content)) > 1:
        return None
    plain = unicodedata.normalize("NFC", content).translate(_TONE_TABLE)
    return (plain, toned) if plain in pinyin_syllables() else None


def remove_pinyin(text: str, ctx: object) -> list[Edit]:
    """One deletion per annotation; toneless ones only beside tone-marked ones."""
    found: list[tuple[int, int, bool]] = []
    for m in _CANDIDATE.finditer(text):
        parsed = parse_syllable(m.group(1))
        if parsed is not None:
            found.append((m.start(), m.end(), parsed[1]))
    toned_at = [start for start, _, toned in found if toned]
    return [
        Edit(start, end, "", KIND)
        for start, end, toned in found
        if toned or _near_toned(text, start, end, toned_at)
    ]


def _near_toned(text: str, start: int, end: int, toned_at: list[int]) -> bool:
    """Whether a tone-marked annotation stands within reach on the same line."""
    lo = max(text.rfind("\n", 0, start) + 1, start - NEUTRAL_TONE_REACH)
    line_end = text.find("\n", end)
    hi = min(line_end if line_end >= 0 else len(text), end + NEUTRAL_TONE_REACH)
    i = bisect_left(toned_at, lo)
    return i < len(toned_at) and toned_at[i] < hi
