"""Width folding: full-width digits, Latin letters and a few symbols to ASCII.

Narrower than NFKC on purpose: Chinese punctuation (、，。；：“”) stays, and so do
circled and parenthesised numbers (①, ⑴), which NFKC would turn into other
markers. The table is built in code so its ranges can be read and tested.
"""

from __future__ import annotations

import regex

from .offsets import Edit


def _build_width_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, end in (("０", "９"), ("Ａ", "Ｚ"), ("ａ", "ｚ")):
        for cp in range(ord(start), ord(end) + 1):
            table[cp] = chr(cp - 0xFEE0)
    for ch in "％＋－．（）／＜＞＝～＿＆＃＠＊［］｛｝":
        table[ord(ch)] = chr(ord(ch) - 0xFEE0)
    table[ord("﹪")] = "%"
    return table


WIDTH_TABLE = _build_width_table()
_WIDE_RUN = regex.compile("[" + regex.escape("".join(chr(c) for c in WIDTH_TABLE)) + "]+")


def fold_width(text: str) -> list[Edit]:
    """One edit per run of full-width characters.

    >>> [e.replacement for e in fold_width("增长１２．５％，（一）")]
    ['12.5%', '(', ')']
    """
    return [
        Edit(m.start(), m.end(), m.group().translate(WIDTH_TABLE), "width") for m in _WIDE_RUN.finditer(text)
    ]
