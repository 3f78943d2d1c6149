"""Look-alike characters that PDF producers and typists put where a Han character belongs.

- Kangxi radicals and CJK radical supplements (U+2F00–U+2FDF, U+2E80–U+2EFF): PDF
  fonts map many characters to these code points ("⼀" U+2F00 for 一, "⼈" for 人);
  read as they are, "⼀、" is no marker and "⼈⼝" no word. Each is replaced by the
  unified ideograph Unicode's compatibility mapping gives (NFKC).
- Bopomofo ㄧ (U+3127) typed for 一 by Taiwanese input methods ("ㄧ、原則", "第ㄧ次").
- Small form variants of punctuation (U+FE50–U+FE6B: ﹐﹑﹒﹔﹕﹖﹗﹙﹚ …) that legal databases and converters
  emit ("1﹒加快建设…"): read as they are, "1﹒" is no marker. Each is replaced by its NFKC form (", 、 . ; : ?").

- The hyphenation point ‧ (U+2027) that Taiwanese official texts write as the decimal point between numerals
  ("百分之六‧三", "四‧五億元"): read as it is, "百分之六" ends the number and "‧三" is lost. Between two numerals
  it becomes "." (an edit of kind ``decimal_point``); elsewhere it separates names ("喬治‧華盛頓") and stays.

Every replacement is one character for one (an edit of kind ``lookalike``), so
offsets map character by character.
"""

from __future__ import annotations

import re
import unicodedata

from .._lazy import lazy_re
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
_RUN = lazy_re("[" + "".join(sorted(LOOKALIKES)) + "]+")
# The blocks the table is drawn from, as three ranges: the stdlib engine scans for a class of a few ranges ~2.5x
# faster than for the table's 243 characters, and most texts hold none of them.
_BLOCKS = re.compile("[%s]" % "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in (
    (_RADICALS[0][0], _RADICALS[-1][1]), (_BOPOMOFO_I, _BOPOMOFO_I), _SMALL_FORMS)))


_NUMERAL = "0-9０-９〇○零一二两三四五六七八九十百千"
_DECIMAL_POINT = lazy_re(f"(?<=[{_NUMERAL}])\u2027(?=[{_NUMERAL}])")


def fix_lookalikes(text: str) -> list[Edit]:
    """One edit per run of look-alike characters, and one per hyphenation point used as a decimal point.

    >>> [e.replacement for e in fix_lookalikes("\\u2f00、\\u2f08\\u53e3；ㄧ、原则；1﹒加快")]
    ['一', '人', '一', '.']
    >>> [(e.replacement, e.kind) for e in fix_lookalikes("增加百分之六\u2027三；喬治\u2027華盛頓")]
    [('.', 'decimal_point')]
    """
    edits = []
    if "\u2027" in text:
        edits = [Edit(m.start(), m.end(), ".", "decimal_point") for m in _DECIMAL_POINT.finditer(text)]
    first = _BLOCKS.search(text)
    if first is None:
        return edits
    edits += [Edit(m.start(), m.end(), "".join(LOOKALIKES[c] for c in m.group()), "lookalike")
              for m in _RUN.finditer(text, first.start())]
    return sorted(edits, key=lambda e: e.start) if len(edits) > 1 else edits


_LOST_NUMERAL = re.compile("[\ue000-\uf8ff]、")
_LINE_FORMAL = re.compile("(?m)^(?:[*+-] )?[ \t\u3000]*([壹贰貳叁參叄参肆伍陆陸柒捌玖]|[\ue000-\uf8ff])、")
_FORMAL_VALUE = {c: i + 1 for i, c in enumerate("壹贰叁肆伍陆柒捌玖")} | {c: i + 1 for i, c in enumerate("壹貳參肆伍陸柒捌玖")} \
    | {"叄": 3, "参": 3}
_TRADITIONAL_FORMAL = "壹貳參肆伍陸柒捌玖"
_SIMPLIFIED_FORMAL = "壹贰叁肆伍陆柒捌玖"


def lost_numerals(text: str) -> list[Edit]:
    """A private-use glyph where a font lost the formal numeral of a top heading ("貳、…" / "\ue5d0、…" / "肆、…": 參):
    read as the numeral between its neighbours, in the script the one before is written in (kind ``lost_numeral``).
    Only a glyph that opens a line before 、, after a heading numbered N and before one numbered N + 2 or none.

    >>> [e.replacement for e in lost_numerals("貳、甲\\n正文。\\n\\ue5d0、乙\\n正文。\\n肆、丙")]
    ['參']
    >>> lost_numerals("\\ue5d0、乙\\n肆、丙")
    []
    """
    if _LOST_NUMERAL.search(text) is None:
        return []
    found = list(_LINE_FORMAL.finditer(text))
    edits = []
    for i, m in enumerate(found):
        if m.group(1) in _FORMAL_VALUE or i == 0 or found[i - 1].group(1) not in _FORMAL_VALUE:
            continue
        before = found[i - 1].group(1)
        n = _FORMAL_VALUE[before] + 1
        after = found[i + 1].group(1) if i + 1 < len(found) else None
        if n > 9 or after is not None and _FORMAL_VALUE.get(after) != n + 1:
            continue
        digits = _TRADITIONAL_FORMAL if before in _TRADITIONAL_FORMAL and before not in _SIMPLIFIED_FORMAL else _SIMPLIFIED_FORMAL
        edits.append(Edit(m.start(1), m.end(1), digits[n - 1], "lost_numeral"))
    return edits


def lookalike_fixer(text: str, ctx: object) -> list[Edit]:
    """The fixer-table entry: :func:`fix_lookalikes` and :func:`lost_numerals`."""
    edits = fix_lookalikes(text)
    lost = lost_numerals(text) if "、" in text else []
    return sorted(edits + lost, key=lambda e: e.start) if lost else edits
