"""Word's automatic numbering (``word/numbering.xml``), rendered as text.

A paragraph's ``w:numPr`` names a numbering instance (``w:num``, by ``numId``)
and a level (``ilvl`` 0-8). The instance points at an abstract definition
(``w:abstractNum``), whose ``w:lvl`` gives for each level:

- ``w:numFmt``: how a counter is written (``FORMATS``: decimal 1, chineseCounting 一,
  ideographTraditional 甲, decimalEnclosedCircle ①, …);
- ``w:lvlText``: the marker, where ``%1``…``%9`` stand for the counters of levels
  1…9 ("%1、", "（%1）", "%1.", "%1.%2", "第%1章");
- ``w:start``: the first value; ``w:suff``: tab (default), space or nothing after it;
- ``w:isLgl``: write every counter in decimal; ``w:lvlRestart``: restart only after
  that level (0 = never).

A definition with ``w:numStyleLink`` borrows the levels (and counters) of the
definition whose ``w:styleLink`` names the same list style.

Counters belong to the abstract definition, so instances sharing one continue a
single list, as Word does; an instance with ``w:lvlOverride/w:startOverride``
restarts the overridden levels when it is first used. A counter restarts when a
shallower level advances.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Optional

import regex
from lxml import etree

from ..core.numerals import DIGITS_WRITTEN, FORMAL_WRITTEN

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9
_COUNTER = regex.compile(r"%([1-9])")

# --- number formats ------------------------------------------------------------------------------------------------

_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def chinese_counting(n: int, digits: str = DIGITS_WRITTEN, units: str = "十百千", short_ten: bool = True) -> str:
    """Chinese counting numerals, as Word's chineseCounting writes them.

    >>> [chinese_counting(n) for n in (1, 10, 11, 20, 105, 110, 1010, 20001)]
    ['一', '十', '十一', '二十', '一百零五', '一百一十', '一千零一十', '二万零一']
    >>> chinese_counting(12, FORMAL_WRITTEN, "拾佰仟", short_ten=False)
    '壹拾贰'
    """
    if n <= 0:
        return "〇" if n == 0 else str(n)
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = chinese_counting(low, digits, units, short_ten=False) if low else ""
        return chinese_counting(high, digits, units, short_ten) + "万" + ("零" if 0 < low < 1000 else "") + rest
    out: list[str] = []
    places = [(n // 10**k) % 10 for k in range(3, -1, -1)]
    pending_zero = False
    for k, d in zip(range(3, -1, -1), places):
        if d == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append(digits[0])
            pending_zero = False
        out.append(digits[d] + (units[k - 1] if k else ""))
    text = "".join(out)
    return text[1:] if short_ten and 10 <= n < 20 else text


def _enclosed(first: int, count: int) -> Callable[[int], str]:
    return lambda n: chr(first + n - 1) if 1 <= n <= count else str(n)


def _cycle(chars: str) -> Callable[[int], str]:
    return lambda n: chars[(n - 1) % len(chars)] if n >= 1 else str(n)


def _letters(n: int) -> str:
    """Word repeats the letter: 1 -> A, 26 -> Z, 27 -> AA."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n >= 1 else str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += numeral * count
    return out


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "taiwaneseCountingThousand": chinese_counting,
    "japaneseCounting": chinese_counting,
    "chineseLegalSimplified": lambda n: chinese_counting(n, FORMAL_WRITTEN, "拾佰仟", short_ten=False),
    "ideographLegalTraditional": lambda n: chinese_counting(n, "零壹貳參肆伍陸柒捌玖", "拾佰仟", short_ten=False),
    "ideographDigital": lambda n: "".join("〇一二三四五六七八九"[int(d)] for d in str(n)),
    "taiwaneseDigital": lambda n: "".join("〇一二三四五六七八九"[int(d)] for d in str(n)),
    "ideographTraditional": _cycle(_STEMS),
    "ideographZodiac": _cycle(_BRANCHES),
    "decimalEnclosedCircle": _enclosed(0x2460, 20),
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 20),
    "ideographEnclosedCircle": lambda n: chr(0x3280 + n - 1) if 1 <= n <= 10 else str(n),
    "decimalEnclosedParen": _enclosed(0x2474, 20),
    "decimalEnclosedFullstop": _enclosed(0x2488, 20),
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "none": lambda n: "",
}
_NO_GAP_AFTER = tuple("、）).．:：,，]】〕")


MAX_COUNTER = 9999
"""Counters beyond this are written in decimal: a letter format repeats its letter n/26 times and a roman one
writes n/1000 Ms, so a start value of 2,000,000,000 (a damaged or hostile numbering.xml) would grow a marker of
gigabytes. Real lists stop far below."""


def format_number(n: int, fmt: str) -> str:
    """A counter written in a ``w:numFmt``; unknown formats, and counters past ``MAX_COUNTER``, in decimal.

    >>> format_number(3, "chineseCounting"), format_number(2, "decimalEnclosedCircle"), format_number(4, "ideographTraditional")
    ('三', '②', '丁')
    >>> format_number(2_000_000_000, "upperLetter"), format_number(2_000_000_000, "lowerRoman")
    ('2000000000', '2000000000')
    """
    if abs(n) > MAX_COUNTER:
        return str(n)
    return FORMATS.get(fmt, str)(n)


# --- definitions ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Level:
    """One ``w:lvl`` of an abstract numbering definition."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"
    legal: bool = False
    restart: Optional[int] = None  # w:lvlRestart: restart after this (1-based) level; 0 = never
    style: Optional[str] = None  # w:pStyle: the paragraph style linked to this level


def _read_level(lvl: etree._Element, base: Optional[Level] = None) -> Level:
    def val(tag: str) -> Optional[str]:
        el = lvl.find(W + tag)
        return None if el is None else el.get(W + "val")

    level = base or Level()
    changes: dict[str, object] = {}
    for attr, tag in (("fmt", "numFmt"), ("text", "lvlText"), ("suffix", "suff"), ("style", "pStyle")):
        if (v := val(tag)) is not None:
            changes[attr] = v
    for attr, tag in (("start", "start"), ("restart", "lvlRestart")):
        if (v := val(tag)) is not None and v.lstrip("-").isdigit():
            changes[attr] = int(v)
    if lvl.find(W + "isLgl") is not None:
        changes["legal"] = val("isLgl") not in ("0", "false", "off")
    return replace(level, **changes)  # type: ignore[arg-type]


@dataclass
class _Instance:
    abstract: str
    levels: dict[int, Level]
    start_overrides: dict[int, int]


@dataclass
class Numbering:
    """The numbering definitions of a document and the running counters."""

    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    instances: dict[str, _Instance] = field(default_factory=dict)
    counters: dict[str, list[Optional[int]]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    aliases: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_xml(cls, root: Optional[etree._Element]) -> "Numbering":
        out = cls()
        if root is None:
            return out
        links: dict[str, str] = {}  # list-style name -> the abstract definition that holds its levels
        for ab in root.iter(W + "abstractNum"):
            ab_id = ab.get(W + "abstractNumId") or ""
            out.abstracts[ab_id] = {int(lvl.get(W + "ilvl") or 0): _read_level(lvl) for lvl in ab.iter(W + "lvl")}
            if (link := ab.find(W + "styleLink")) is not None:
                links[link.get(W + "val") or ""] = ab_id
        for ab in root.iter(W + "abstractNum"):  # w:numStyleLink: the levels live in the list style's definition
            if (link := ab.find(W + "numStyleLink")) is not None and (target := links.get(link.get(W + "val") or "")):
                out.aliases[ab.get(W + "abstractNumId") or ""] = target
        for num in root.iter(W + "num"):
            out.instances[num.get(W + "numId") or ""] = out._read_instance(num)
        return out

    def _read_instance(self, num: etree._Element) -> _Instance:
        ab_el = num.find(W + "abstractNumId")
        abstract = "" if ab_el is None else ab_el.get(W + "val") or ""
        abstract = self.aliases.get(abstract, abstract)
        levels = dict(self.abstracts.get(abstract, {}))
        starts: dict[int, int] = {}
        for ov in num.iter(W + "lvlOverride"):
            ilvl = int(ov.get(W + "ilvl") or 0)
            lvl = ov.find(W + "lvl")
            if lvl is not None:
                levels[ilvl] = _read_level(lvl, levels.get(ilvl))
            start = ov.find(W + "startOverride")
            if start is not None and (v := start.get(W + "val") or "").isdigit():
                starts[ilvl] = int(v)
        return _Instance(abstract, levels, starts)

    def style_level(self, num_id: str, style_id: Optional[str]) -> int:
        """The level a style-linked paragraph takes: the ``w:lvl`` whose ``w:pStyle`` names its style."""
        inst = self.instances.get(num_id)
        if inst and style_id:
            for ilvl, level in inst.levels.items():
                if level.style == style_id:
                    return ilvl
        return 0

    def next_marker(self, num_id: str, ilvl: Optional[int], style_id: Optional[str] = None) -> str:
        """Advance the counter of ``(num_id, ilvl)`` and return the marker with its suffix.

        ``numId`` 0, unknown instances and bullets give ``""`` (bullets carry no ordinal).
        """
        inst = self.instances.get(num_id)
        if num_id == "0" or inst is None:
            return ""
        level_no = ilvl if ilvl is not None else self.style_level(num_id, style_id)
        level_no = max(0, min(_LEVELS - 1, level_no))
        level = inst.levels.get(level_no)
        if level is None or level.fmt == "bullet":
            return ""
        counters = self._advance(num_id, inst, level_no)
        return self._render(inst, level, counters) + self._suffix(level)

    def _advance(self, num_id: str, inst: _Instance, ilvl: int) -> list[Optional[int]]:
        counters = self.counters.setdefault(inst.abstract, [None] * _LEVELS)
        if num_id not in self.used:
            self.used.add(num_id)
            for lvl in inst.start_overrides:
                if 0 <= lvl < _LEVELS:
                    counters[lvl] = None
        current = counters[ilvl]
        counters[ilvl] = self._start(inst, ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            restart = inst.levels.get(deeper, Level()).restart
            if restart is None or (restart and ilvl < restart):
                counters[deeper] = None
        return counters

    def _start(self, inst: _Instance, ilvl: int) -> int:
        if ilvl in inst.start_overrides:
            return inst.start_overrides[ilvl]
        return inst.levels.get(ilvl, Level()).start

    def _render(self, inst: _Instance, level: Level, counters: list[Optional[int]]) -> str:
        def counter(m: regex.Match[str]) -> str:
            k = int(m.group(1)) - 1
            ref = inst.levels.get(k, Level())
            value = counters[k] if counters[k] is not None else self._start(inst, k)
            return format_number(value or 0, "decimal" if level.legal else ref.fmt)

        return _COUNTER.sub(counter, level.text) if "%" in level.text else level.text

    @staticmethod
    def _suffix(level: Level) -> str:
        """Word's tab or space after a number; none after a marker that ends in punctuation ("一、", "（一）")."""
        if level.suffix == "nothing" or not level.text or level.text.endswith(_NO_GAP_AFTER):
            return ""
        return " "
