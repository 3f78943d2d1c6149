"""GBK byte-shift mojibake: runs decoded one byte out of step, re-decoded.

How the damage arises: a stretch of GB18030/GBK text lost one byte, the lead
byte of a character, which shows as ``?``. From there every character is made
of the trail byte of one original character and the lead byte of the next
(``。“十四五”時`` reads ``?！笆\\ue1a2奈濉睍r``), until a trail byte is ASCII
and the decoder is back in step. Along the way:

- GBK user-defined codes decode to Private Use Area characters (U+E000–U+E765);
- full-width forms (``！`` = A3 A1) may since have been folded to ASCII
  (``!``), so ASCII punctuation inside a run stands for A3 + (byte | 0x80);
- the run ends in one of four ways: an ASCII character 0x40–0x7E (the last
  trail byte itself); a character whose second byte is ASCII (the last trail
  byte plus the next, real, ASCII character); ``€`` (a lone trail byte 0x80);
  or ``?`` (a trail byte followed by an ASCII byte that is no trail byte: the
  decoder replaced both, so that trail byte is guessed and the ASCII
  character is lost; when a pinyin syllable and ``)`` follow, it was ``(``).

Repair: re-encode the run, try every lost lead byte, decode, and keep the
reading the frequency model (:mod:`.mojibake_model`: :func:`policydoc.data.char_log_freq`,
plus two-character words of jieba's dictionary) scores clearly above the garbled
run. One :class:`Edit` per repaired run; a run that is detected (it holds
PUA characters) but cannot be repaired is reported with ``ctx.warn``.

A repair must never change the meaning: when the chosen lost bytes do not lead
the best rival reading by :data:`MIN_MARGIN`, the run is left as it stands and
warned about; an ASCII character the damage swallowed (often a comma) becomes
U+FFFD in the repair, with a warning, instead of disappearing.

>>> from policydoc.normalize.pipeline import FixContext
>>> garbled = "黨之大計" + "。“十四五”時".encode("gb18030")[1:].decode("gb18030") + "期"
>>> garbled
'黨之大計！笆\\ue1a2奈濉睍r期'
>>> garbled = garbled.replace("！", "?!")
>>> [(garbled[e.start:e.end], e.replacement) for e in repair_mojibake(garbled, FixContext())]
[('?!笆\\ue1a2奈濉睍r', '。“十四五”時')]
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from .mojibake_model import (
    ESTIMATE_ERROR, LOST_MARK, SYLLABLE, Prefix, char_score, doc_bonus, estimate_score, left_context, pair_score,
    prefix_scores, right_context, simplified, strip_annotations, suffix_scores, text_score,
)
from .offsets import Edit
from .._lazy import lazy_re

KIND = "mojibake"
MAX_RUN = 48  # characters after the '?' a run may span
MIN_GAIN = 4.0  # log10 units the repair must beat the garbled run by
# log10 units the chosen lost bytes must lead the best rival reading by (a rival that is the
# same text once simplified is no rival). 0.3 is a factor of two in likelihood: below it the
# model is tossing a coin between two words, and a coin toss must not change the meaning,
# so the damaged run is kept and warned about. Measured on seed 003 and the invented runs of
# tests/normalize/test_mojibake.py: right guesses lead by 0.33 and more, the wrong ones by
# 0.2 and less (a wrong word such as 以来 for 以内 among them).
MIN_MARGIN = 0.3
# A candidate reading's gain is not worked out alone: :func:`best_reading` reads every candidate
# of a run in one common window, and only that gain decides.
CANDIDATE_GAIN = math.nan
LOST_CHAR = "\ufffd"  # stands in the repair for an ASCII character the damage swallowed

# The only pass over clean text: a '?' followed by something that can continue a
# run, or a Private Use Area character (a GBK user-defined code).
_ANCHOR = lazy_re(
    r"\?(?=[^\x00-\x20a-zA-Z\?])"  # '?' then a character that can continue a run
    r"|\?(?=[a-zA-Z][^\x00-\x7f])"  # '?' then a folded full-width letter ('？Ｔ…'), not a URL query
    r"|\?(?=\?[^\x00-\x20])"  # '??': the lost byte, then a folded '？'
    rf"|\?(?={SYLLABLE} ?\)[^\x00-\x20(])"  # '?' then a bogus annotation
    r"|[\ue000-\ue765]"  # a GBK user-defined code
)
_LEAD_BYTES = tuple(range(0x81, 0xFF))
_TRAIL_BYTES = tuple(b for b in range(0x40, 0xFF) if b != 0x7F)
_ANNOTATED = lazy_re(rf"([\u3400-\u9fff])\(({SYLLABLE}) ?\)")  # an intact annotation: the character, its syllable
_SYLLABLE_PAREN = lazy_re(rf"{SYLLABLE} ?\)")  # a syllable and the bracket closing it: an annotation's tail


@dataclass(frozen=True)
class Reading:
    """One way to read a run ``text[start:end]``: the original it stood for."""

    start: int
    end: int
    original: str
    gain: float  # over the garbled run, read in a window common to the run's readings (:func:`best_reading`)
    lost: bool = False  # an ASCII character after ``original`` was lost for good
    margin: float = math.inf  # lead of the chosen lost bytes over the best rival reading (to within rounding)


def repair_mojibake(text: str, ctx: object) -> list[Edit]:
    """One edit per repaired run; detected runs left as they are are warned about."""
    if "?" not in text and not has_private_use(text):
        return []  # the common case, at memory speed
    edits: list[Edit] = []
    covered = 0
    repaired = (0, "")  # the last repair, so the next run's left context reads repaired text
    for m in _ANCHOR.finditer(text):
        if m.start() < covered:
            continue
        reading = best_reading(text, m.start(), repaired) if m.group() == "?" else None
        if reading is not None and reading.margin < MIN_MARGIN:
            _warn(ctx, reading.start, reading.end, AMBIGUOUS, "normalize.mojibake_ambiguous")
            covered = reading.end  # no overlapping guess from a later '?' of the same run
        elif reading is not None:
            if reading.lost:
                _warn(ctx, reading.start, reading.end, LOST, "normalize.mojibake_lost_character")
            edits.append(Edit(reading.start, reading.end, reading.original, KIND))
            covered = reading.end
            repaired = (reading.end, left_context(text, reading.start, repaired) + reading.original)
        elif m.group() != "?":
            _warn(ctx, m.start(), m.end(), UNREPAIRED, "normalize.mojibake_unrepaired")
            covered = m.end()
    return edits


UNREPAIRED = "unrepaired mojibake run (Private Use Area character left as is)"
AMBIGUOUS = "unrepaired mojibake run (no reading clearly better than another; left as is)"
LOST = "mojibake run repaired, one character it swallowed is unknown (shown as U+FFFD)"


def has_private_use(text: str) -> bool:
    """Whether ``text`` holds a character GB18030 gives to a GBK user-defined code.

    Those are U+E000–U+E765, all with the UTF-8 lead byte 0xEE, so encoding and
    one byte search beat a regex scan over the characters (~3x).

    >>> has_private_use("十\ue1a2奈"), has_private_use("，十四五")
    (True, False)
    """
    return b"\xee" in text.encode("utf-8")


def _warn(ctx: object, start: int, end: int, message: str, code: str) -> None:
    warn = getattr(ctx, "warn", None)
    if warn is not None:
        warn(start, end, message, code)


def best_reading(text: str, start: int, repaired: tuple[int, str] = (0, "")) -> Optional[Reading]:
    """The best repair of a run starting with the lost-byte ``?`` at ``start``, if clearly better.

    Readings that end at different places are compared over one common window,
    so a reading does not win merely by swallowing more garbled characters.
    """
    left = left_context(text, start, repaired)
    readings = list(candidate_readings(text, start, left))
    if not readings:
        return None
    end = max(r.end for r in readings)
    right = right_context(text, end)
    head = _context_prefix(left)  # every string scored here begins with ``left`` (unless a '(' there opens an annotation)
    garbled = text_score(strip_annotations(left + text[start:end] + right), head)

    def gain(r: Reading) -> float:
        original = r.original.removesuffix(LOST_CHAR) + LOST_MARK if r.lost else r.original
        return text_score(strip_annotations(left + original + text[r.end : end] + right), head) - garbled

    gains = [gain(r) for r in readings]  # each scored once: max(key=gain) and gain(best) scored the best twice
    score = max(gains)
    best = readings[gains.index(score)]  # the first best, as max gives it
    return Reading(best.start, best.end, best.original, score, best.lost, best.margin) if score >= MIN_GAIN else None



def candidate_readings(text: str, start: int, left: str) -> Iterator[Reading]:
    """Every way the run at ``start`` can end, each decoded with its best lost bytes.

    A bogus annotation may stand right after the '?' (``?yōu)榛…``): an annotator
    that was itself out of step wrote it between a lead and a trail byte. It is
    skipped and dropped with the run.
    """
    phantom = _SYLLABLE_PAREN.match(text, start + 1)
    first_k = phantom.end() if phantom else start + 1
    leads = _phantom_leads(text, left, phantom.group()) if phantom else _LEAD_BYTES
    middle = bytearray()
    for k in range(first_k, min(len(text), first_k + MAX_RUN)):
        for tail, last, consumed, lost in _endings(text, k):
            if middle or last is not None or phantom:
                reading = _decode(text, start, k + consumed, left, bytes(middle), last, tail, lost, leads)
                if reading is not None:
                    yield reading
        if text[k] == "?" and k > start + 1:  # only a '??' start reads '?' as a folded '？'
            return
        pair = _middle_bytes(text[k])
        if pair is None:
            return
        middle += pair


def _endings(text: str, k: int) -> Iterator[tuple[str, Optional[int], int, bool]]:
    """How ``text[k]`` may end a run: (ASCII kept after, last trail byte, chars used, ASCII lost)."""
    ch = text[k]
    if "\x40" <= ch <= "\x7e":
        yield "", ord(ch), 1, False
    elif ch == "€":
        yield "", 0x80, 1, False
    elif ch == "?":
        yield "", None, 1, True
    elif ch > "\x7f":
        raw = _encode2(ch)
        if raw is not None and raw[1] < 0x80:
            yield chr(raw[1]), raw[0], 1, False


def _middle_bytes(ch: str) -> Optional[bytes]:
    """The two bytes a character inside a run was decoded from, or None if it cannot be inside one."""
    if "\x21" <= ch <= "\x7e":  # a full-width form folded to ASCII
        return bytes((0xA3, ord(ch) | 0x80))
    raw = _encode2(ch) if ch > "\x7f" else None
    if raw is None or raw[1] < 0x81:
        return None
    return raw


def _encode2(ch: str) -> Optional[bytes]:
    try:
        raw = ch.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return raw if len(raw) == 2 else None


def _phantom_leads(text: str, left: str, annotation: str) -> tuple[int, ...]:
    """The lost lead bytes that fit a bogus annotation: the annotator read the previous
    character's trail byte and that lead byte as one character it annotates, i.e. one the
    document annotates with the same syllable elsewhere, or at least a traditional-only one."""
    prev = _encode2(left[-1:] or "?")
    known = _annotation_map(text).get(annotation.rstrip(") "), set())
    if prev is None:
        return _LEAD_BYTES
    trail = prev[1]

    def ok(lead: int) -> bool:
        ch = _pairs(bytes((trail, lead)))
        return bool(ch) and (ch in known if known else simplified(ch) != ch)

    return tuple(filter(ok, _LEAD_BYTES))


def _final_chars(text: str, end: int) -> frozenset[str]:
    """The characters a run that lost the '(' of its own annotation may end with: those the document
    annotates so, or where it annotates none so (the empty set), any traditional-only one."""
    syllable = _SYLLABLE_PAREN.match(text, end)
    return frozenset(_annotation_map(text).get(syllable.group().rstrip(") "), ()) if syllable else ())


@lru_cache(maxsize=2)
def _annotation_map(text: str) -> dict[str, set[str]]:
    """Syllable -> the characters the document annotates with it (from its intact annotations)."""
    found: dict[str, set[str]] = {}
    for m in _ANNOTATED.finditer(text):
        found.setdefault(m.group(2), set()).add(m.group(1))
    return found


def _decode(
    text: str,
    start: int,
    end: int,
    left: str,
    middle: bytes,
    last: Optional[int],
    tail: str,
    lost: bool,
    leads: tuple[int, ...] = _LEAD_BYTES,
) -> Optional[Reading]:
    """Decode one reading: lost lead byte + middle bytes + last trail byte, lost bytes chosen by score.

    With an open end (the run ends in '?') the last trail byte is unknown too.
    """
    if last is None:
        body = _pairs(middle[1:-1]) if len(middle) >= 2 else ""
    else:
        body = _pairs(middle[1:] + bytes((last,))) if middle else ""
    if body is None:
        return None
    right = right_context(text, end)
    syllable = _SYLLABLE_PAREN.match(text, end) if lost else None
    if syllable is not None:
        tail, lost = "(", False
        right = right_context(text, syllable.end())
    elif lost:
        right = LOST_MARK + right  # no word runs across the lost character
        if end < len(text) and not text[end].isspace():
            tail = LOST_CHAR  # it may have been punctuation: a repair must not delete it silently
        else:
            lost = False  # at the end of a line nothing followed: no character was lost
    final = _final_chars(text, end) if syllable is not None else None
    if not middle and last is not None:  # '?' and the trail byte: a run of one character
        firsts = _shortlist(leads, (last,), left[-1:], right[:1])
    elif not middle:  # a bogus annotation and then '?': both bytes of one character are unknown
        firsts = _shortlist(leads, _TRAIL_BYTES, left[-1:], right[:1], final)
    else:
        firsts = _shortlist(leads, (middle[0],), left[-1:], body[:1])
    lasts = [""]
    if last is None and len(middle) >= 2:
        lasts = _shortlist((middle[-1],), _TRAIL_BYTES, body[-1:], right[:1], final)
    head = _context_prefix(left)
    scored = _leading_guesses(text, head, firsts, body, lasts, right)
    if not scored:
        return None
    _, f, b = scored[0]
    return Reading(start, end, f + body + b + tail, CANDIDATE_GAIN, lost, _margin(scored))


def _guess_scores(
    text: str, head: Prefix, firsts: list[str], body: str, lasts: list[str], right: str
) -> Iterator[tuple[float, str, str]]:
    """(score, first, last) of every guess of the lost bytes: the run read in its context, plus the cache bonus.

    All guesses begin with the left context, and those sharing a first character
    also share the body, so that much is segmented once (:class:`Prefix`) and each
    guess costs only what follows it.
    """
    left = head.text
    for f in firsts:
        shared = prefix_scores(left + f + body, head) if len(lasts) > 1 else head
        for b in lasts:
            yield text_score(left + f + body + b + right, shared) + doc_bonus(text, f + b), f, b


def _leading_guesses(
    text: str, head: Prefix, firsts: list[str], body: str, lasts: list[str], right: str
) -> list[tuple[float, str, str]]:
    """The guesses of the lost bytes that decide a reading, best first, with their :func:`_guess_scores`:
    the best one and every one down to its best rival (:func:`_margin`).

    Each guess is estimated from what it shares with the others (:func:`estimate_score`: with one
    last character the guesses differ in their first; otherwise, for each first character, in
    their last). Where the estimates decide (:func:`_decisive`, nearly always) they are the
    answer. Else a guess is scored in full only while its estimate may still reach the best
    rival found so far: a guess below that rival can change neither the reading chosen nor its
    margin, and most guesses are far below it.
    """
    estimates = sorted(_estimates(text, head, firsts, body, lasts, right), reverse=True)
    if _decisive(estimates):
        return estimates
    scored: list[tuple[float, str, str]] = []
    for estimate, f, b in estimates:
        if estimate + ESTIMATE_ERROR < _rival_score(scored):
            break  # and so are all later ones
        scored.extend(_guess_scores(text, head, [f], body, [b], right))
        scored.sort(reverse=True)
    return scored


def _decisive(estimates: list[tuple[float, str, str]]) -> bool:
    """Whether estimates (best first) choose the reading and judge its margin as the scores would.

    They do when the best leads every other guess by more than the two estimates' error, so
    the scores put the same guess first, and when its margin over the best rival is not within
    that error of :data:`MIN_MARGIN`, so the scores' margin falls on the same side. (The margin
    kept is then the estimates': off by rounding only, and read nowhere but against MIN_MARGIN.)
    """
    if len(estimates) < 2:
        return True
    top = estimates[0][0]
    if top - estimates[1][0] <= 2 * ESTIMATE_ERROR:
        return False
    return abs(top - _rival_score(estimates) - MIN_MARGIN) > 2 * ESTIMATE_ERROR


def _estimates(
    text: str, head: Prefix, firsts: list[str], body: str, lasts: list[str], right: str
) -> Iterator[tuple[float, str, str]]:
    """(estimated score, first, last) of every guess of :func:`_guess_scores`, each within :data:`ESTIMATE_ERROR`."""
    if len(lasts) == 1:
        b = lasts[0]
        tail = suffix_scores(body + b + right)
        for f in firsts:
            yield estimate_score(head, f, tail) + doc_bonus(text, f + b), f, b
        return
    tail = suffix_scores(right)
    for f in firsts:
        shared = prefix_scores(head.text + f + body, head)
        for b in lasts:
            yield estimate_score(shared, b, tail) + doc_bonus(text, f + b), f, b


@lru_cache(maxsize=64)
def _context_prefix(left: str) -> Prefix:
    """The segmentation of a run's left context, which every reading of the run begins with."""
    return prefix_scores(left)


def _margin(scored: list[tuple[float, str, str]]) -> float:
    """How far the best guess of the lost bytes leads the best guess that reads differently.

    Two guesses that are the same characters once simplified (a traditional form and
    its simplified one) are one reading, not a rival.
    """
    rival = _rival_score(scored)
    return scored[0][0] - rival if rival > -math.inf else math.inf


def _rival_score(scored: list[tuple[float, str, str]]) -> float:
    """The score of the best guess that reads otherwise than the first of ``scored`` (sorted, best first), or -inf."""
    if not scored:
        return -math.inf
    _, f, b = scored[0]
    reading = simplified(f + b)
    for score, f2, b2 in scored[1:]:
        if simplified(f2 + b2) != reading:
            return score
    return -math.inf


def _pairs(raw: bytes) -> Optional[str]:
    """Decode ``raw`` as whole two-byte characters, or None if any pair is not a character."""
    if len(raw) % 2:
        return None
    try:
        out = raw.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return out if len(out) * 2 == len(raw) else None


def _shortlist(
    leads: tuple[int, ...],
    trails: tuple[int, ...],
    before: str,
    after: str,
    final: Optional[frozenset[str]] = None,
    size: int = 12,
) -> list[str]:
    """The likeliest characters the byte pairs (lead, trail) decode to: the most frequent, and any forming a word
    with a neighbour; with ``final`` (:func:`_final_chars`), only the characters it lets end a run.

    The readings of one run ask for the same shortlist again and again (the same
    guessed byte beside the same neighbours), so it is remembered.
    """
    if final is None:
        return list(_plain_shortlist(_ranked(leads, trails), before, after, size))
    return _frequent_or_word(_ranked_final(leads, trails, final), before, after, size)


@lru_cache(maxsize=1024)
def _ranked(leads: tuple[int, ...], trails: tuple[int, ...]) -> tuple[str, ...]:
    """The characters the byte pairs (lead, trail) decode to, leads outer, most frequent first.

    The sort is stable, so filtering the result keeps the order a sort of the
    filtered characters would give.
    """
    chars = [c for c in map(_pairs, [bytes((x, t)) for x in leads for t in trails]) if c]
    chars.sort(key=char_score, reverse=True)
    return tuple(chars)


@lru_cache(maxsize=256)
def _ranked_final(leads: tuple[int, ...], trails: tuple[int, ...], final: frozenset[str]) -> tuple[str, ...]:
    """:func:`_ranked` narrowed to the characters ``final`` lets end a run (:func:`_final_chars`), remembered:
    with both bytes unknown there are 24,000 pairs to decode and rank."""
    ranked = _ranked(leads, trails)
    return tuple(c for c in ranked if c in final) if final else tuple(c for c in ranked if simplified(c) != c)


@lru_cache(maxsize=1024)
def _plain_shortlist(ranked: tuple[str, ...], before: str, after: str, size: int) -> tuple[str, ...]:
    """:func:`_frequent_or_word` remembered, for shortlists no filter narrows."""
    return tuple(_frequent_or_word(ranked, before, after, size))


def _frequent_or_word(ranked: Sequence[str], before: str, after: str, size: int) -> list[str]:
    """The ``size`` first of ``ranked`` (most frequent first), and any later one forming a word with a neighbour."""
    words = [c for c in ranked[size:] if pair_score(before, c) or pair_score(c, after)]
    return list(ranked[:size]) + words
