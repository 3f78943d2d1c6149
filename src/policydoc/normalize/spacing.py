"""Typographic spaces inside and around numbers.

Four named rules:

- ``number_spacing``: one space between a Han character (or CJK punctuation) and a
  digit, either way round, is typesetting, not content: Taiwanese and PDF texts
  write "于 2024 年投入 300 亿元". Without it numbers meet their units and years
  their 年 as in any other text. Only a single plain space goes: a tab, a run of
  spaces or an ideographic space may separate table cells and stay.
- ``spaced_digits``: some producers (newspaper archives) put a space after every
  digit and around the decimal point ("2 0 0 5 年", "6 .5 %"). Where a document
  does that throughout (``SPACED_MIN`` times or more and more often than it writes
  two digits together), the spaces inside numbers go.
- ``letter_spaced_han``: a title set with a space after every character ("电 力 体 制 改 革 方 案"): four or more
  single Han characters parted by single spaces are one word; words parted by spaces ("今年 我们") stay.
- ``joined_line_space``: text taken from a PDF whose lines were joined with a space instead of a line break
  ("加快构建权责明晰、严密有力、安全规范、 法治高效的…体系，以零容忍态度严厉打击欺 诈骗保"): a space between two Han
  characters every line's length. Where a document does that throughout (``JOINED_MIN`` times or more, at least
  ``JOINED_DENSITY`` per thousand characters, the median distance between two on a line a printed line's length,
  ``JOINED_GAP``), such a space goes ("欺诈骗保", "国家医保局"), except one that parts a marker opening its line
  from its title ("第三条 飞行检查").
"""

from __future__ import annotations

import re

import regex

from .._lazy import lazy_re
from .offsets import Edit

SPACED_MIN = 10  # spaced digit pairs a document needs before its numbers are read as spaced throughout
JOINED_MIN = 20  # spaces between Han characters a document needs before they are read as joined line breaks
JOINED_DENSITY = 10  # … and at least this many per thousand characters
JOINED_GAP = (15, 60)  # … with the median distance between two on one line in this range (a printed line)
_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_CJK_PUNCT = "，。、；：！？“”《》【】"  # full-width （）％ are ASCII by now (width folding runs first)
# Each pattern opens with the space it matches and looks back over it ("(?<=\d )" is "(?<=\d)" before
# the space): a pattern opening with a lookbehind is tried at every position, one opening with a
# character is searched for it in C. One pattern per kind of space: the engine finds a single
# character ~10x faster than a class of two.
_SPACES = (" ", "\u00a0")


def _number_spacing(space: str) -> "re.Pattern[str]":
    """The ``number_spacing`` rule for one kind of space (compiled on first use: most texts hold one kind)."""
    return lazy_re(
        rf"{space}(?:(?<=[{_HAN}{_CJK_PUNCT}]{space})(?=\d)"  # 于 2024
        rf"|(?<=\d{space})(?=[{_HAN}{_CJK_PUNCT}%]))"  # 2024 年, 5 %
    )


def _number_spacing_gate(space: str) -> "re.Pattern[str]":
    """What every match of :func:`_number_spacing` stands in: a space between a digit and a non-ASCII character (Han
    and CJK punctuation are) or %, either way round. It holds no CJK class (the rule's ranges cost 2.5 ms to compile),
    so a text with spaces but no such pair (a date "2021-07-02 00:00:00", English) never compiles the rule."""
    return re.compile(rf"{space}(?:(?<=[^\x00-\x7f]{space})(?=\d)|(?<=\d{space})(?=[^\x00-\x7f]|%))")  # opens with the space: found in C


_NUMBER_SPACING = tuple((space, _number_spacing_gate(space), _number_spacing(space)) for space in _SPACES)
_SPACED_PAIR = re.compile(r" (?<=\d )(?=\d)")
# compiled on first use: read only in a text with SPACED_MIN spaced digit pairs
_GLUED_PAIR = lazy_re(r"\d\d")
_SPACED_NUMBER = lazy_re(r" (?:(?<=\d )(?=[\d.%])|(?<=\d\. )(?=\d)|(?<=\d )(?=\.\d))")


#: what may stand before a space that parts a marker from its title, from the line's start ("第三条 飞行检查")
_MARKER_BEFORE = lazy_re(
    r"[ \t\u3000]*(?:第[一二三四五六七八九十百零〇\d]{1,5}[章节条编篇款]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}(?:[.．]\d{1,2})*[、.．]?)"
)
# The two searches of every text with a space run once per text on ``regex``: the stdlib compiler spends about 1 ms
# on each CJK range of a class (a first parse's cost), ``regex`` a tenth of that; they hold only literals and
# ranges, which both engines read alike, and scan the 28 real documents about 1 ms slower in all
_HAN_SPACE = regex.compile(rf" (?<=[{_HAN}{_CJK_PUNCT}] )(?=[{_HAN}])")


#: a title set with a space after every character ("电 力 体 制 改 革 方 案"): four or more single Han characters, each
#: parted from the next by one space
_LETTER_SPACED = lazy_re(rf"(?<![{_HAN}] )(?:[{_HAN}] ){{3,}}[{_HAN}]")
_ONE_SPACE = re.compile(" ")
#: the first space of such a run, found by a search that opens with the space (a pattern opening with a class is
#: tried at every position: the run pattern alone cost about 15 ms on the real set, this gate under 1)
_LETTER_GATE = regex.compile(rf" (?<=[{_HAN}] )(?=[{_HAN}] [{_HAN}] [{_HAN}])")


def _joined_line_spaces(text: str) -> list[Edit]:
    """The ``joined_line_space`` edits: none unless the document joins its lines with spaces throughout.

    >>> t = ("加快构建权责明晰、严密有力、安全规范、 法治高效的常态化监管体系，以零容忍态度严厉打击欺 诈骗保、套保和挪用贪"
    ...      "占医保基金的违法行为，坚决守住医保基金安 全底线。") * 8
    >>> from policydoc.normalize.offsets import apply_edits
    >>> apply_edits(t, _joined_line_spaces(t))[0][:48]
    '加快构建权责明晰、严密有力、安全规范、法治高效的常态化监管体系，以零容忍态度严厉打击欺诈骗保、套'
    >>> _joined_line_spaces("第一章 总则\\n第一条 为了规范管理，制定本办法。\\n" * 30)
    []
    """
    spaces = [m.start() for m in _HAN_SPACE.finditer(text)]
    if len(spaces) < JOINED_MIN or len(spaces) * 1000 < JOINED_DENSITY * len(text):
        return []
    gaps = sorted(b - a for a, b in zip(spaces, spaces[1:]) if text.find("\n", a, b) < 0)
    if not gaps or not JOINED_GAP[0] <= gaps[len(gaps) // 2] <= JOINED_GAP[1]:
        return []
    return [Edit(at, at + 1, "", "joined_line_space") for at in spaces
            if not _MARKER_BEFORE.fullmatch(text, text.rfind("\n", 0, at) + 1, at)]


def fix_number_spacing(text: str) -> list[Edit]:
    """Edits removing the spaces of both rules.

    >>> from policydoc.normalize.offsets import apply_edits
    >>> apply_edits("于 2024 年投入 300 亿元", fix_number_spacing("于 2024 年投入 300 亿元"))[0]
    '于2024年投入300亿元'
    >>> t = "增长 6 .5 %，" + "达到 1 2 0 0 万" * 10
    >>> apply_edits(t, fix_number_spacing(t))[0][:21]
    '增长6.5%，达到1200万达到1200万'
    >>> fix_number_spacing("序号\\t2025年\\u30003")  # tabs and ideographic spaces separate cells
    []
    >>> apply_edits("附件电 力 体 制 改 革 方 案一、总则", fix_number_spacing("附件电 力 体 制 改 革 方 案一、总则"))[0]
    '附件电力体制改革方案一、总则'
    >>> t = "医 保 局 药 监 局\\n" + ("加快构建权责明晰、严密有力、安全规范、 法治高效的常态化监管体系，以零容忍态度严厉打击欺 "
    ...      "诈骗保、套保和挪用贪占医保基金的违法行为，坚决守住医保基金安 全底线。") * 8
    >>> apply_edits(t, fix_number_spacing(t))[0][:28]  # a space both rules take goes once
    '医保局药监局\\n加快构建权责明晰、严密有力、安全规范、法治'
    """
    spans = {(m.start(), m.end()) for space, gate, rule in _NUMBER_SPACING
             if space in text and gate.search(text) is not None for m in rule.finditer(text)}
    edits = [Edit(a, b, "", "number_spacing") for a, b in spans]
    spaced = len(_SPACED_PAIR.findall(text))
    if spaced >= SPACED_MIN and spaced > len(_GLUED_PAIR.findall(text)):
        edits.extend(Edit(m.start(), m.end(), "", "spaced_digits")
                     for m in _SPACED_NUMBER.finditer(text) if (m.start(), m.end()) not in spans)
    if " " in text:
        joined = _joined_line_spaces(text)
        edits.extend(joined)
        first = _LETTER_GATE.search(text)  # every run holds one at its first space; most texts hold none
        if first is not None:
            taken = {e.start for e in joined}  # a space of both rules goes once, as a joined line's
            edits.extend(Edit(m.start(), m.end(), "", "letter_spaced_han")
                         for run in _LETTER_SPACED.finditer(text, first.start() - 1)
                         for m in _ONE_SPACE.finditer(text, run.start(), run.end()) if m.start() not in taken)
    return sorted(edits, key=lambda e: e.start)


def spacing_fixer(text: str, ctx: object) -> list[Edit]:
    """The fixer-table entry: :func:`fix_number_spacing`."""
    return fix_number_spacing(text)
