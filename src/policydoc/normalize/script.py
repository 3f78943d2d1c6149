"""Traditional to simplified with the official OpenCC binding, and script detection.

OpenCC's t2s table maps characters and phrases; for the texts we meet it keeps
the length, so a converted run maps 1:1 onto its source. The text is converted
whole (no dictionary entry holds a line break: each line converts as it would
alone) and compared with its conversion in C, to emit one edit per run of changed
characters. A line whose length changes becomes a single edit.
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache
from operator import add, ne, or_
from typing import Callable, Literal, TYPE_CHECKING

from ..core.sentences import STOPS
from .offsets import Edit
from .._lazy import lazy_re

if TYPE_CHECKING:  # pragma: no cover
    import opencc

Script = Literal["simplified", "traditional", "mixed"]
_SAMPLE = 20_000  # characters read to decide whether a document is written in traditional script
RUN_GAP = 8
"""Unchanged characters a t2s repair bridges between two changed ones (never across a sentence end)."""
_SENTENCE_ENDS = frozenset(STOPS + "\n")
_NON_HAN = lazy_re(r"[^\u3400-\u9fff\uf900-\ufaff]+")  # ranges scan far faster than \p{Han}
_COUNT_CHUNK = 1 << 16  # characters copied at a time to count the Han ones


@lru_cache(maxsize=4)
def _converter(config: str) -> "opencc.OpenCC":
    import opencc  # imported lazily: it loads its dictionaries on first use

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """OpenCC t2s of ``text``.

    >>> to_simplified("許昌市教育事業發展規劃")
    '许昌市教育事业发展规划'
    """
    return _converter("t2s").convert(text)


def convert_traditional(text: str) -> list[Edit]:
    """One ``t2s`` edit per run of changed characters (up to ``RUN_GAP`` unchanged ones inside a sentence included).

    A document written in traditional script is converted with OpenCC's
    ``tw2s``, which also reads 著 as 着 where Taiwan and Hong Kong usage writes it
    so (著力 → 着力, 隨著 → 随着, but 顯著 and 著作 stay); plain ``t2s`` would
    keep 著, and ``tw2s`` on simplified or mixed text would turn 显著 into 显着.

    >>> [(e.start, e.replacement) for e in convert_traditional("一、總則\\n教育發展，為人民服務")]
    [(2, '总则'), (7, '发展，为人民服务')]
    >>> [e.replacement for e in convert_traditional("著力提升顯著成效，隨著發展")]
    ['着力提升显著成效，随着发']
    """
    conv = _converter("t2s").convert
    out = conv(text)
    if out == text:
        return []
    if len(text) <= _SAMPLE:
        sample, sample_out = text, out
    else:  # the sample's conversion and s2t count read off the whole text's, not converted again
        sample, sample_out = text[:_SAMPLE], _converted_prefix(text, out, _SAMPLE, conv)
    changed = _differing(sample, sample_out) if len(sample) == len(sample_out) else len(sample)
    config = "t2s"
    if len(text) <= _SAMPLE:
        script = detect_script(text, changed)
    else:
        script = _script(changed, _han_count(sample), lambda: _prefix_s2t_changed(text, _SAMPLE)) if changed else "simplified"
    if script == "traditional":
        config = "tw2s"
        conv = _converter(config).convert
        out = conv(text)
    if len(out) == len(text):
        edits = _runs_by_character_class(text, out, config)
        if edits is not None:
            return edits
    return _edits_by_line(text, out, conv)


def _runs_by_character_class(text: str, out: str, config: str) -> "list[Edit] | None":
    """Find changed runs with one regex pass over the characters t2s maps 1:1.

    Returns None when phrase-level conversions changed characters outside those
    runs, so the caller falls back to the line-by-line comparison.
    """
    uniq = sorted(set(text) - {"\n"})
    mapped = _each_converted(uniq, config)
    if mapped is None:
        return None
    changing = [c for c, m in zip(uniq, mapped) if m != c]
    if not changing:
        return None
    cls = "[" + re.escape("".join(changing)) + "]"
    # Runs of changed characters, merged across up to RUN_GAP unchanged characters inside a
    # sentence: dense traditional text then gives one repair per phrase instead of per character.
    # (stdlib re: this plain pattern, new for every document, compiles and runs ~5x faster than in regex)
    ends = re.escape("".join(sorted(_SENTENCE_ENDS)))
    runs = re.compile(f"{cls}(?:[^{ends}]{{0,{RUN_GAP}}}?{cls})*")
    edits = [Edit(m.start(), m.end(), out[m.start() : m.end()], "t2s") for m in runs.finditer(text)]
    return edits if _spliced(text, edits) == out else None


def _each_converted(chars: list[str], config: str) -> "list[str] | None":
    """Each character converted on its own with ``config`` (None if the conversion of them one per line does not
    give one line each).

    The conversions are remembered (``_CONVERTED``): documents share most of their characters, and OpenCC
    converts a short line at several times the cost of a look-up.
    """
    known = _CONVERTED.setdefault(config, {})
    if len(known) > _CONVERTED_MAX:
        known.clear()
    new = [c for c in chars if c not in known]
    if new:
        mapped = _converter(config).convert("\n".join(new)).split("\n")
        if len(mapped) != len(new):
            return None
        known.update(zip(new, mapped))
    return [known[c] for c in chars]


_CONVERTED: dict[str, dict[str, str]] = {}
_CONVERTED_MAX = 50_000  # characters remembered per configuration (a text's repertoire is a few thousand)


def _spliced(text: str, edits: list[Edit]) -> str:
    """``text`` with sorted, non-overlapping ``edits`` applied (no offset map: only the text is wanted)."""
    pieces: list[str] = []
    last = 0
    for e in edits:
        pieces.append(text[last : e.start])
        pieces.append(e.replacement)
        last = e.end
    pieces.append(text[last:])
    return "".join(pieces)


def _edits_by_line(text: str, out: str, conv: "object") -> list[Edit]:
    """One edit per run of changed characters in a line ``conv`` keeps the length of, one per line it does not.

    ``out`` is ``conv(text)``, split into its lines: no OpenCC dictionary entry holds a
    line break, so each line converts as it would alone (converted one by one if the
    line counts ever differ). When every line keeps its length, the runs are found in
    the whole text at once; they never cross a line break, a sentence end.
    """
    lines, out_lines = text.split("\n"), out.split("\n")
    if len(lines) != len(out_lines):  # never seen; converted line by line, as the lines convert
        out_lines = [conv(line) for line in lines]  # type: ignore[operator]
        out = "\n".join(out_lines)
    if len(out) == len(text) and list(map(len, lines)) == list(map(len, out_lines)):
        return _changed_runs(text, out, 0)
    edits: list[Edit] = []
    pos = 0
    for line, new in zip(lines, out_lines):
        if new != line:
            if len(new) != len(line):
                edits.append(Edit(pos, pos + len(line), new, "t2s"))
            else:
                edits.extend(_changed_runs(line, new, pos))
        pos += len(line) + 1
    return edits


# A byte per character: 1 where t2s changed it, 2 where an unchanged character ends a sentence, 3 where a changed
# one does (it counts as changed), 0 elsewhere. A run opens and closes on a changed character and bridges up to
# RUN_GAP unchanged ones that end no sentence.
_CHANGED_RUN = re.compile(rb"[\x01\x03](?:\x00{0,%d}[\x01\x03])*" % RUN_GAP)


def _changed_runs(old: str, new: str, base: int) -> list[Edit]:
    """One edit per run of changed characters, merged across up to ``RUN_GAP`` unchanged ones in a sentence.

    Dense traditional text then gives one repair per phrase or sentence, not
    one per character (100,000 repairs a megabyte, a hundred times the input
    in memory). The characters are compared and classed in C (a byte each), and
    the runs found by a pattern over those bytes: no Python code runs per character.

    >>> [(e.start, e.end, e.replacement) for e in _changed_runs("教育發展，為人民服務。共同發展", "教育发展，为人民服务。共同发展", 0)]
    [(2, 10, '发展，为人民服务'), (13, 14, '发')]
    """
    changed = bytes(map(ne, old, new))
    ends = bytes(map(_SENTENCE_ENDS.__contains__, old))
    marks = bytes(map(or_, changed, map(add, ends, ends)))
    return [Edit(base + m.start(), base + m.end(), new[m.start() : m.end()], "t2s")
            for m in _CHANGED_RUN.finditer(marks)]


def detect_script(text: str, t2s_changed: int) -> Script:
    """Classify the input script from how many Han characters t2s changed.

    ``mixed`` means traditional characters stand beside characters that exist
    only in simplified form.

    >>> detect_script("教育发展规划", 0)
    'simplified'
    >>> detect_script("教育發展規劃", 3)
    'traditional'
    """
    if t2s_changed == 0:  # the common case: no need to count anything
        return "simplified"
    return _script(t2s_changed, _remembered(_LAST_HAN, text, _han_count), lambda: _s2t_changed(text))


def _script(t2s_changed: int, han: int, simplified_only: Callable[[], int]) -> Script:
    """:func:`detect_script` of a text with ``han`` Han characters, ``t2s_changed`` of them changed by t2s;
    ``simplified_only`` counts those s2t would change (asked only when needed: it converts the text)."""
    if han == 0 or t2s_changed <= max(1, han // 500):
        return "simplified"
    if simplified_only() <= max(1, t2s_changed // 20):
        return "traditional"
    return "mixed"


def _converted_prefix(text: str, out: str, n: int, conv: Callable[[str], str]) -> str:
    """``conv(text[:n])`` read off ``out``, ``conv(text)``: the whole lines before the cut as ``out`` has them (no
    OpenCC dictionary entry holds a line break, so each line converts as it would alone), and the line the cut
    falls in converted up to the cut. Converted afresh if the lines of ``out`` do not line up with those of ``text``.

    >>> conv = _converter("t2s").convert
    >>> text = "發展規劃\\n一、總則\\n教育發展"
    >>> _converted_prefix(text, conv(text), 12, conv) == conv(text[:12]) == "发展规划\\n一、总则\\n教育"
    True
    """
    cut = text.rfind("\n", 0, n) + 1
    lines = out.split("\n", text.count("\n", 0, cut))
    if cut == 0 or out.count("\n") != text.count("\n"):
        return conv(text[:n])
    return out[: len(out) - len(lines[-1])] + conv(text[cut:n])


def _differing(a: str, b: str) -> int:
    """How many characters of ``a`` and ``b`` (of one length) differ, counted in C.

    The two texts are XORed as integers of four bytes a character (UTF-32) and the
    zero words counted: several times faster than comparing them character by character.

    >>> _differing("發展規劃", "发展规划"), _differing("", "")
    (3, 0)
    """
    diff = int.from_bytes(a.encode("utf-32-le", "surrogatepass"), "little") ^ int.from_bytes(
        b.encode("utf-32-le", "surrogatepass"), "little")
    if not diff:
        return 0
    return len(a) - array(_WORD, diff.to_bytes(4 * len(a), "little")).count(0)


_WORD = next(code for code in "IL" if array(code).itemsize == 4)  # an array of four-byte words


def _han_count(text: str) -> int:
    """How many Han characters ``text`` holds: what is left once the others are removed, in C.

    One match per stretch between Han characters made a Python object each (a
    traditional text of 10,000 characters has thousands); the copies made here hold
    at most ``_COUNT_CHUNK`` characters at a time.

    >>> _han_count("2024年發展規劃，ab")
    5
    """
    return sum(len(_NON_HAN.sub("", text[i : i + _COUNT_CHUNK])) for i in range(0, len(text), _COUNT_CHUNK))


def _s2t_changed(text: str) -> int:
    """:func:`_count_s2t_changed`, remembered for the last text (see :func:`_remembered`)."""
    return _remembered(_LAST_S2T, text, _count_s2t_changed)


def _remembered(last: dict[str, int], text: str, count: Callable[[str], int]) -> int:
    """``count(text)``, remembered in ``last`` for the last text of at most ``_SAMPLE`` characters: the t2s fixer
    detects the script of its input's sample, and the normaliser, after it, the script of the same text. (A longer
    text is found there when :func:`_prefix_s2t_changed` left its count.)"""
    value = last.get(text)
    if value is None:
        value = count(text)
        if len(text) <= _SAMPLE:
            last.clear()
            last[text] = value
    return value


_LAST_S2T: dict[str, int] = {}
_LAST_HAN: dict[str, int] = {}


def _count_s2t_changed(text: str) -> int:
    """How many characters s2t would change in the lines it keeps the length of (counted, not kept: a whole
    text's worth of edits is big).

    The text is converted at once: no OpenCC dictionary entry holds a line break, so each line converts
    as it would alone.

    >>> _s2t_changed("发展规划\\n發展\\n乾")
    3
    """
    return sum(_s2t_line_counts(text))


def _s2t_line_counts(text: str) -> list[int]:
    """:func:`_count_s2t_changed` of each line of ``text``."""
    conv = _converter("s2t").convert
    lines, out_lines = text.split("\n"), conv(text).split("\n")
    if len(lines) != len(out_lines):  # never seen; counted line by line, as the lines were converted
        out_lines = [conv(line) for line in lines]
    # only the lines s2t changed are compared character by character: in traditional text, a few
    return [_differing(line, out) if line != out and len(line) == len(out) else 0 for line, out in zip(lines, out_lines)]


def _prefix_s2t_changed(text: str, n: int) -> int:
    """``_count_s2t_changed(text[:n])``, read off the counts of the whole lines of ``text`` (each line converts as
    it would alone); the line the cut falls in is converted up to the cut. The whole text's count is left in
    :data:`_LAST_S2T`: the normaliser asks it next, and it was converted for this count anyway.

    >>> text = "发展规划\\n發展\\n乾坤发展"
    >>> _prefix_s2t_changed(text, 10) == _count_s2t_changed(text[:10]) == 3, _s2t_changed(text) == 4
    (True, True)
    """
    counts = _s2t_line_counts(text)
    _LAST_S2T.clear()
    _LAST_S2T[text] = sum(counts)
    cut = text.rfind("\n", 0, n) + 1
    return sum(counts[: text.count("\n", 0, cut)]) + _count_s2t_changed(text[cut:n])
