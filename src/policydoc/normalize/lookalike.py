"""Look-alike characters that PDF producers and typists put where a Han character belongs.

- Kangxi radicals and CJK radical supplements (U+2F00–U+2FDF, U+2E80–U+2EFF): PDF
  fonts map many characters to these code points ("⼀" U+2F00 for 一, "⼈" for 人);
  read as they are, "⼀、" is no marker and "⼈⼝" no word. Each is replaced by the
  unified ideograph Unicode's compatibility mapping gives (NFKC).
- Bopomofo ㄧ (U+3127) typed for 一 by Taiwanese input methods ("ㄧ、原則", "第ㄧ次").
- Small form variants of punctuation (U+FE50–U+FE6B: ﹐﹑﹒﹔﹕﹖﹗﹙﹚ …) that legal databases and converters
  emit ("1﹒加快建设…"): read as they are, "1﹒" is no marker. Each is replaced by its NFKC form (", 、 . ; : ?").

Every replacement is one character for one (an edit of kind ``lookalike``), so
offsets map character by character.
"""

from __future__ import annotations

import re
import unicodedata

from .offsets import Edit


_RADICALS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))  # CJK radicals supplement, Kangxi radicals
_BOPOMOFO_I = 0x3127
_SMALL_FORMS = (0xFE50, 0xFE6B)  # small form variants of punctuation


def _build_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for lo, hi in _RADICALS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            target = unicodedata.normalize("NFKC", ch)
            if target != ch and len(target) == 1 and "\u4e00" <= target <= "\u9fff":
                table[ch] = target
    table[chr(_BOPOMOFO_I)] = "一"  # Bopomofo letter I
    for cp in range(_SMALL_FORMS[0], _SMALL_FORMS[1] + 1):
        ch = chr(cp)
        target = unicodedata.normalize("NFKC", ch)
        if target != ch and len(target) == 1:
            table[ch] = target
    return table


LOOKALIKES = _build_table()
_RUN = re.compile("[" + "".join(sorted(LOOKALIKES)) + "]+")
# The blocks the table is drawn from, as three ranges: the stdlib engine scans for a class of a few ranges ~2.5x
# faster than for the table's 243 characters, and most texts hold none of them.
_BLOCKS = re.compile("[%s]" % "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in (
    (_RADICALS[0][0], _RADICALS[-1][1]), (_BOPOMOFO_I, _BOPOMOFO_I), _SMALL_FORMS)))


def fix_lookalikes(text: str) -> list[Edit]:
    """One edit per run of look-alike characters.

    >>> [e.replacement for e in fix_lookalikes("\\u2f00、\\u2f08\\u53e3；ㄧ、原则；1﹒加快")]
    ['一', '人', '一', '.']
    """
    first = _BLOCKS.search(text)
    if first is None:
        return []
    return [Edit(m.start(), m.end(), "".join(LOOKALIKES[c] for c in m.group()), "lookalike")
            for m in _RUN.finditer(text, first.start())]


def lookalike_fixer(text: str, ctx: object) -> list[Edit]:
    """The fixer-table entry: :func:`fix_lookalikes`."""
    return fix_lookalikes(text)
