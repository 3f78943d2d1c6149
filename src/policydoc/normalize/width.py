"""Width folding: full-width digits, Latin letters and a few symbols to ASCII.

Narrower than NFKC on purpose: Chinese punctuation (、，。；：“”) stays, and so do
circled and parenthesised numbers (①, ⑴), which NFKC would turn into other
markers. The table is built in code so its ranges can be read and tested.
"""

from __future__ import annotations

import re

from .offsets import Edit
from .._lazy import lazy_re


def _build_width_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, end in (("０", "９"), ("Ａ", "Ｚ"), ("ａ", "ｚ")):
        for cp in range(ord(start), ord(end) + 1):
            table[cp] = chr(cp - 0xFEE0)
    for ch in "％＋－．（）／＜＞＝～＿＆＃＠＊［］｛｝":
        table[ord(ch)] = chr(ord(ch) - 0xFEE0)
    table[ord("﹪")] = "%"
    return table


def _esc(cp: int) -> str:
    return f"\\u{cp:04x}"


def _char_class(codepoints: list[int]) -> str:
    """A regex class of contiguous ranges (a long list of single characters scans ~6x slower).

    >>> _char_class([0x41, 0x42, 0x43, 0x5A])
    '[\\\\u0041-\\\\u0043\\\\u005a]'
    """
    parts: list[str] = []
    cps = sorted(codepoints)
    start = prev = cps[0]
    for cp in cps[1:] + [-1]:
        if cp == prev + 1:
            prev = cp
            continue
        parts.append(_esc(start) if start == prev else f"{_esc(start)}-{_esc(prev)}")
        start = prev = cp
    return "[" + "".join(parts) + "]"


WIDTH_TABLE = _build_width_table()
_WIDE = _char_class(list(WIDTH_TABLE))
# A run of folded characters, merged across gaps of up to 3 Chinese numerals, so "（一）"
# is one repair rather than two. The gap holds only characters no later step changes,
# so a later repair never lands inside this one.
_RUN = lazy_re(f"{_WIDE}+(?:[一二三四五六七八九十百〇零两]{{1,3}}{_WIDE}+)*")
# The stdlib engine scans a bare class of several ranges ~5x faster than `regex` does,
# and ~3x faster than it scans the run pattern: find the first character, then match.
_FIRST = re.compile(_WIDE)


def fold_width(text: str) -> list[Edit]:
    """One edit per run of full-width characters (numerals between them included: "（一）").

    >>> [e.replacement for e in fold_width("增长１２．５％，（一）")]
    ['12.5%', '(一)']
    """
    edits: list[Edit] = []
    pos = 0
    while (first := _FIRST.search(text, pos)) is not None:
        run = _RUN.match(text, first.start())
        assert run is not None  # the run pattern starts with the class _FIRST found
        edits.append(Edit(run.start(), run.end(), run.group().translate(WIDTH_TABLE), "width"))
        pos = run.end()
    return edits
