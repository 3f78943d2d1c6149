"""Quantities: a number with a unit that is neither a percentage nor a year.

"3.8万人" -> 3.8 万人; "3—5所" -> 3..5 所; "3500余人", "约20所", "250万人次左右" keep
their approximation words in the text. Compound units keep their slash ("33微克/立方米",
"5万吨/年"), rates per population their base ("9/10万" -> 9 "/10万"), and 千分之N is N ‰.
Chinese numerals count too ("一届", "十万"), except ordinals (第三个), "每一所", set phrases
(一条龙) and ranks (一级幼儿园, 十六届五中全会).

Amounts follow ``numbers.parse_amount``: the multiplier run stays in the unit as written
("1.3万亿斤" -> 1.3 万亿斤, "9千亿元" -> 9000 亿元), a composite is given in its smallest written
multiplier ("1亿3,000万元" -> 13000 万元); a range in the multiplier of its upper bound ("3—5万元").
A space or a hard line wrap may stand between number, multiplier and unit ("116 亿元", "300 亿\\n元").
What is not one exact number gives nothing: approximations (两三年, 数十家, 几百人), 十分, 三分之一.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Iterator, Optional

import re

import regex

from ..data.units import (
    ALIASES, AND_A_HALF, APPROXIMATE_BEFORE, ARABIC_ONLY, COUNTERS, DATE_BEFORE_DAY, DENOMINATORS, FIGURE_AFTER,
    FIGURE_BEFORE, FOLLOW_STOP, FOLLOW_STOP_EXCEPT, HALF_STOP, HALF_UNITS, IDIOMS, MINUS_SIGNS, MULTIPLIED_ONLY,
    ALTERNATE_COUNTERS, MULTIPLIERS, NOT_APPROXIMATE_BEFORE, PERMILLE, RATE_BASES, WORDED_DENOMINATORS, WORDED_NUMERATORS, unit_alternation,
    BARE_WAN_COUNTERS, TIME_UNITS,
)
from ..data import target_words as words
from ..models import QuantityMention, Span, trusted
from ..settings import HALF_REACH, IDIOM_REACH, LONGEST_DURATION, ORDINAL_LIST_REACH, RANGE_MARK_REACH
from ..core.numerals import parse_cn_positional
from .numbers import parse_amount, parse_number, plain_number
from .patterns import (
    ARABIC, CN, CN_CHAR_CLASS, CN_UNGROUPED, MINUS, MULT, RANGE_SEP, SPACED_ARABIC, WRAP, Mask, amount, grouped_digits,
    letter_spaced,
)
from .._lazy import lazy_re

_NEW_QUANTITY = trusted(QuantityMention)


def _quantity(value: float, unit: str, text: str, span: Span, value_max: Optional[float] = None) -> QuantityMention:
    """A QuantityMention of the values this module made (a number, the unit and text as str, a span of ints), built
    without pydantic's validation (:func:`policydoc.models.trusted`): mentions come by the thousand, and their
    numbers are made floats here as validation would make them.

    >>> _quantity(3, "所", "3所", (0, 2)) == QuantityMention(value=3, unit="所", text="3所", span=(0, 2))
    True
    """
    return _NEW_QUANTITY(float(value), unit, None if value_max is None else float(value_max), text, span)


_UNITS = unit_alternation(COUNTERS)
_ALTERNATES = "|".join(ALTERNATE_COUNTERS)
_PER = unit_alternation(DENOMINATORS)
_WORDED_PER = unit_alternation(WORDED_DENOMINATORS)
_MASS_ENDS = "".join(sorted({u[-1] for u in WORDED_NUMERATORS}))
_RATE_BASE = unit_alternation(RATE_BASES)
_MULT_END = "".join(sorted({m[-1] for m in MULTIPLIERS}))


def _quantity_source(number: str, grouped: bool = True, permille: bool = True) -> str:
    """The quantity pattern's source (``re.VERBOSE``) for numbers written as ``number``; without ``grouped``, Chinese
    numerals without their digits grouped by thousands (``patterns.CN_UNGROUPED``), without ``permille``, a 千分之
    branch that never matches (its groups kept): the same matches in a text without grouped digits or 千分之."""
    cn = CN if grouped else CN_UNGROUPED
    num = rf"(?:{number}|{cn})" if permille else "(?!)"
    amt = amount(number, cn)
    return (
        rf"""
        (?P<pre>约|近|逾)?
        (?P<neg>{MINUS})?
        (?<![\d.A-Za-z第每*/])(?<!第\ )(?<!{CN_CHAR_CLASS})  # not inside a longer number or a rate, not an ordinal
        (?<!\d[∶:：])                                 # nor the second term of a ratio or a map's scale (1∶5万)
        (?: 千分之(?P<pm_a>{num})                      # 千分之五: a permille
            (?:(?:到|至|[-—–~])千分之(?P<pm_b>{num}))?
          | (?P<a>{amt})
            (?:{RANGE_SEP}(?P<b>{amt}))?               # a range: 3—5所, 1万-5万元
            (?P<approx>余|多)?                          # 3500余人, 3万余人
            (?P<amult>{WRAP}{MULT})?                   # 10余万人: the multiplier after the approximation
            (?: (?P<rate>/\s*\d*\s*(?:{_RATE_BASE}))    # 9/10万: a rate per population
              | (?P<gap>{WRAP}) (?P<kilo>(?<=\d)千)? (?P<unit>{_UNITS})  # 3所, 116 亿元, 1.3万亿斤, 300 亿\n元, 6千张
                (?P<alt>[（(](?:{_ALTERNATES})[)）])?     # 7万套（间）: an alternative counter in brackets
              | (?<=[{_MULT_END}]) )                    # 3.8万: a multiplier alone
            (?P<per>/(?:{_PER})|(?<=[{_MASS_ENDS}])每(?:{_WORDED_PER}))?   # 33微克/立方米, 35微克每立方米: one unit
        )
        (?P<post>左右)?
        """
    )


QUANTITY_PATTERN = lazy_re(_quantity_source(ARABIC), re.VERBOSE)
SPACED_QUANTITY_PATTERN = lazy_re(_quantity_source(SPACED_ARABIC), re.VERBOSE)
"""The same, for letter-spaced PDF text ("2 9 0 0 亿元"): used only where ``patterns.letter_spaced`` holds."""


@lru_cache(maxsize=8)
def _quantity_pattern(spaced: bool, grouped: bool, permille: bool) -> re.Pattern[str]:
    """The quantity pattern a text needs (see :func:`_quantity_source`), compiled once a process.

    A text without digits grouped by thousands ("二、四一八") or 千分之, nearly every one, gets the pattern without
    them: 4.5 ms to compile instead of 10.5. Any text gets the same matches from it as from the whole pattern, so
    the result does not depend on what the process parsed before."""
    if grouped and permille:
        return SPACED_QUANTITY_PATTERN if spaced else QUANTITY_PATTERN
    return re.compile(_quantity_source(SPACED_ARABIC if spaced else ARABIC, grouped, permille), re.VERBOSE)
_NUMBER_RUN = regex.compile(rf"[\d{CN_CHAR_CLASS[1:-1]}]+")
"""Gate: maximal runs of digits and numeral characters.

The lookbehinds of ``QUANTITY_PATTERN`` forbid a digit or numeral character
before the number, so a match can only start at the start of such a run, or
one character earlier on 约/近/逾 or a minus sign (two on 约-). Trying the pattern
there alone gives the same matches as ``finditer`` over every position, ~5x faster on plan text.
"""
_PRE = "约近逾"
_ORDINAL_CONTEXT = lazy_re(r"[一二三四五六七八九十]*中?全会|次会议")
_IDIOMS = tuple(i for i in IDIOMS if len(i) <= IDIOM_REACH)
_ROC_YEARS = range(101, 131)
"""Whole numbers before 年 that are years, not durations: a Taiwan (ROC) year 101-130 (see
``years.extract_years``), and anything above ``settings.LONGEST_DURATION`` (a year the year finder did not take,
"2025\\n年" split by a line wrap, or two years run together, "114117年")."""


_NOT_CN_UNITS = ARABIC_ONLY | {"本"}


def _reject(m: re.Match[str], text: str) -> bool:
    """Matches that are not quantities: set phrases, ranks, approximations, words that start with a counter."""
    if m.group("pm_a") or m.group("rate"):
        return False
    number, unit = m.group("a"), m.group("unit") or ""
    arabic = number[0].isdigit()
    if not arabic and unit in _NOT_CN_UNITS:
        return True
    if unit == "所" and text.startswith(FIGURE_AFTER, m.start("unit")) and _char_before(text, m.start("a")) in FIGURE_BEFORE:
        return True  # "如图6所示": a figure referred to
    if unit in MULTIPLIED_ONLY and not (m.group("amult") or number.rstrip()[-1:] in _MULT_END):
        return True  # "3P模式": the letter after 万/亿 is a unit ("3万P"), alone a name
    end = m.end()
    if unit and end < len(text) and text[end] in FOLLOW_STOP.get(unit, "") \
            and not text.startswith(FOLLOW_STOP_EXCEPT.get(unit, ()), end):
        return True
    start = m.start("a")
    if unit == "日" and (_char_before(text, start) in DATE_BEFORE_DAY or _ends_day_span(text, start)):
        return True  # "3月15日", "8 月 27 日": a date; "9月18日-22日": the last day of a span of dates
    if m.group("gap") and _heading_number(m, text):
        return True
    if _range_end(text, start) or _ordinal_list_end(text, start):
        return True
    if arabic:
        return unit == "年" and any(_year_like(n) for n in (number, m.group("b")) if n)
    if start > 0 and text[start - 1] in APPROXIMATE_BEFORE and not text.endswith(NOT_APPROXIMATE_BEFORE, 0, start):
        return True  # "数十家", "几百人", "上百家"
    if number[0] in "百千" and not unit:
        return True  # "千万不要": a leading 百/千 is a number only before a counting unit ("千座")
    return text.startswith(_IDIOMS, start) or bool(_ORDINAL_CONTEXT.match(text, end))


_DAY_RANGE_OPENING = lazy_re(r"月[ \t]*\d{1,2}[ \t]*日[ \t]*[-—–~～至到][ \t]*$")
"""The first date of a span of dates and its dash, right before a number of 日 ("9月18日-" before "22日"); not a span of
days ("3日至5日")."""
_DAY_RANGE_REACH = 10
"""How far back the opening date and its dash may stand ("12月31日 — " is ten characters)."""


def _ends_day_span(text: str, start: int) -> bool:
    """Does the number of 日 at ``start`` close a span of dates ("9月18日-22日")?"""
    return _DAY_RANGE_OPENING.search(text, max(0, start - _DAY_RANGE_REACH), start) is not None


def _char_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not a blank ('' at the start): no copy of the prefix."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return text[i] if i >= 0 else ""


_RANGE_MARKS = frozenset("-—–~～－至到")


def _range_end(text: str, start: int) -> bool:
    """"每3～5年", "第3至5条": the number closes a range whose first number was refused (a frequency, an
    ordinal); alone it would be a wrong value."""
    before = text[max(0, start - RANGE_MARK_REACH): start].rstrip(" \u3000")
    return len(before) >= 2 and before[-1] in _RANGE_MARKS and before[-2].isdigit()


_ORDINAL_LIST = lazy_re(r"第\d{1,3}(?:[、,，和及]\d{1,3})*[、,，和及]$")


def _ordinal_list_end(text: str, start: int) -> bool:
    """"第1、2、3、5、7天": the number ends a list of ordinals that only its first names (第), so it is an
    ordinal too (the 7th day), not an amount of days.

    >>> t = "隔离的第1、2、3、5、7天各检测一次"
    >>> _ordinal_list_end(t, t.index("7天")), _ordinal_list_end("用7天完成", 1)
    (True, False)
    """
    return bool(_ORDINAL_LIST.search(text, max(0, start - ORDINAL_LIST_REACH), start))


def _year_like(number: str) -> bool:
    digits = plain_number(number)
    return digits.isdigit() and (int(digits) in _ROC_YEARS or int(digits) > LONGEST_DURATION)


_MARKER_LIKE = re.compile(r"\d{1,2}(?:\.\d{1,2})*")
"""What an outline marker looks like: 3, 12, 3.3, 4.1.2."""


def _heading_number(m: re.Match[str], text: str) -> bool:
    """A number opening its line, then a space or line break: "3 项目管理", "3.3 处置措施" (shaped like an
    outline marker), or a number alone on its line ("57\\n人才…": a table cell or a page number)."""
    start = m.start("a")
    before = _char_before(text, start)
    if (before and before != "\n") or m.group("b"):
        return False
    if "\n" in m.group("gap"):
        return True
    return bool(_MARKER_LIKE.fullmatch(m.group("a")))


def _bounds(low_text: str, high_text: Optional[str]) -> Optional[tuple[float, Optional[float], str]]:
    """Value, upper bound and multiplier of an amount or range; a range's bounds are given in the
    multiplier of its upper bound ("3—5万元" and "1万-5万元" are 1..5 / 3..5 万元, "5000万-1亿" 0.5..1 亿).
    A range whose bounds do not rise is no range: None."""
    low = parse_amount(low_text)
    if low is None:
        return None
    if high_text is None:
        return low[0], None, low[1]
    high = parse_amount(high_text)
    if high is None:
        return None
    (lv, lm), (hv, hm) = low, high
    if lm and lm != hm:
        lv = float(Decimal(str(lv)) * MULTIPLIERS[lm] / (MULTIPLIERS[hm] if hm else 1))
    return (lv, hv, hm) if lv < hv else None


def _digit_by_digit_count(m: re.Match[str]) -> Optional[tuple[float, Optional[float], str]]:
    """A count written digit by digit, as Taiwanese official texts do ("增为二五○家", "一○四家"): three digits or
    more before a counter that is no time (a digit string before 年 is a year). Shorter strings stay approximations.

    >>> [(q.value, q.unit) for q in extract_quantities("由一○四家增为二五○家，二○二○年", Mask(30))]
    [(104.0, '家'), (250.0, '家')]
    """
    number, unit = m.group("a"), m.group("unit") or ""
    if m.group("b") or m.group("amult") or m.group("rate") or not unit or unit in TIME_UNITS or len(number) < 3:
        return None
    value = parse_cn_positional(number)
    return None if value is None else (value, None, "")


def _ends_with_multiplier(amount_text: str) -> bool:
    return amount_text.rstrip().endswith(tuple(MULTIPLIERS))


def _mention(m: re.Match[str]) -> Optional[QuantityMention]:
    if m.group("pm_a"):
        low, high = parse_number(m.group("pm_a")), parse_number(m.group("pm_b")) if m.group("pm_b") else None
        if low is None or (m.group("pm_b") and high is None):
            return None
        value, value_max, unit = low, high, PERMILLE
    else:
        amult = "".join((m.group("amult") or "").split())
        if amult and not m.group("approx"):
            return None  # the amount's own multiplier run takes it; here only after 余/多
        last = m.group("b") or m.group("a")
        if amult and _ends_with_multiplier(last):
            return None  # "3万余万"
        bounds = _bounds(m.group("a"), m.group("b") + amult) if m.group("b") else _bounds(m.group("a") + amult, None)
        if bounds is None:
            bounds = _digit_by_digit_count(m)
        if bounds is None:
            return None
        value, value_max, mult = bounds
        if m.group("rate"):
            if mult:
                return None
            unit = "".join(m.group("rate").split())
        else:
            unit = mult + (m.group("kilo") or "") + ALIASES.get(m.group("unit") or "", m.group("unit") or "")
            if m.group("alt"):
                unit += "（" + m.group("alt")[1:-1] + "）"
    if m.group("neg"):
        value, value_max = -value, (None if value_max is None else -value_max)
        if value_max is not None:
            return None  # "-3—5": which bound the sign belongs to is unclear
    unit += m.group("per") or ""
    if not unit:
        return None
    return _quantity(value, unit, m.group(), m.span(), value_max)


def extract_quantities(text: str, mask: Mask) -> list[QuantityMention]:
    """Every quantity of ``text``, in order; claims their spans in ``mask``.

    >>> [(q.value, q.value_max, q.unit) for q in extract_quantities(
    ...     "新增2万个托额，建成3—5所院校，3500余人，一届运动会，第三个，10大学科群", Mask(60))]
    [(2.0, None, '万个'), (3.0, 5.0, '所'), (3500.0, None, '人'), (1.0, None, '届'), (10.0, None, '个')]
    >>> [(q.value, q.unit) for q in extract_quantities("死亡率7/10万，千分之五，3.2‰，20微克/立方米，5万吨/年", Mask(60))]
    [(7.0, '/10万'), (5.0, '‰'), (3.2, '‰'), (20.0, '微克/立方米'), (5.0, '万吨/年')]
    >>> [(q.value, q.value_max, q.unit) for q in extract_quantities(
    ...     "1.3万亿斤，9千亿元，1亿3,000万元，投入 116 亿元，1万-5万元，数十家，三五所，百分制", Mask(80))]
    [(1.3, None, '万亿斤'), (9000.0, None, '亿元'), (13000.0, None, '万元'), (116.0, None, '亿元'), (1.0, 5.0, '万元')]
    """
    found: list[QuantityMention] = []
    free, claim = mask.free, mask.claim
    pattern = _quantity_pattern(letter_spaced(text), grouped_digits(text), "千分之" in text)
    halves = _halves(text, mask) if "半" in text else []
    halves += _bare_ten_thousands(text, mask) if "万" in text else []
    for m in _matches(text, pattern, mask):
        start, end = m.span()
        if not free(start, end) or _reject(m, text):  # most masked matches are years ("2025年")
            continue
        mention = _mention(m)
        if mention is not None:
            halved = _and_a_half(mention, m, text)
            if halved is not mention and free(*halved.span):  # "0年半数": 半数 is a percentage found before
                mention = halved
            found.append(mention)
            claim(*mention.span)
    found = _share_trailing_unit(found, text) if len(found) > 1 else found
    return sorted(found + halves, key=lambda q: q.span) if halves else found


_LIST_JOIN = frozenset(("、", "和", "及", "与", "，", ","))
_MULTIPLIER_UNIT = lazy_re(rf"(?:{'|'.join(sorted(MULTIPLIERS, key=len, reverse=True))})")


def _share_trailing_unit(found: list[QuantityMention], text: str) -> list[QuantityMention]:
    """Amounts listed with their multiplier only, before one that writes the unit ("产值分别达2.3万亿、9600亿元"):
    the unit after the last multiplier is theirs too (2.3 万亿元). Only amounts joined by a list separator.

    >>> [q.unit for q in extract_quantities("分别达1.2万亿、9000亿元", Mask(20))]
    ['万亿元', '亿元']
    """
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if not _MULTIPLIER_UNIT.fullmatch(q.unit) or text[q.span[1]: nxt.span[0]] not in _LIST_JOIN:
            continue
        lead = _MULTIPLIER_UNIT.match(nxt.unit)
        tail = nxt.unit[lead.end():] if lead else ""
        if tail and not tail.startswith("/"):
            out[i] = _quantity(q.value, q.unit + tail, q.text, q.span, q.value_max)
    return out


_AND_A_HALF = lazy_re(unit_alternation(tuple(AND_A_HALF)))


def _and_a_half(q: QuantityMention, m: re.Match[str], text: str) -> QuantityMention:
    """"一年半" is 1.5 年, "两个半小时" 2.5 小时 (see ``units.AND_A_HALF``); other quantities unchanged."""
    unit = m.group("unit")
    half_after = "半" in text[m.end(): m.end() + HALF_REACH]
    if not unit or q.value_max is not None or m.group("per") or m.group("post") or not half_after:
        return q
    written = _AND_A_HALF.match(text, m.start("unit"))
    if written is None or not written.group().startswith(unit) or written.end() <= m.end():
        return q
    whole = q.unit[: len(q.unit) - len(unit)] + AND_A_HALF[written.group()]
    return _quantity(q.value + 0.5, whole, text[m.start(): written.end()], (m.start(), written.end()))


_HALF = re.compile(rf"半(?P<unit>{unit_alternation(HALF_UNITS)})")  # HALF_STOP is checked by hand: a lookbehind
# before the literal would cost a slow scan of the whole text


def _halves(text: str, mask: Mask) -> list[QuantityMention]:
    """A lone 半 before a unit of time: "半个月" 0.5 个月, "每半年" 0.5 年; claims their spans in ``mask``."""
    found = []
    for m in _HALF.finditer(text):
        unit, start, end = m.group("unit"), m.start(), m.end()
        if start > 0 and text[start - 1] in HALF_STOP:
            continue
        if mask.free(start, end) and not (end < len(text) and text[end] in FOLLOW_STOP.get(unit, "")):
            found.append(_quantity(0.5, unit, m.group(), m.span()))
            mask.claim(*m.span())
    return found


_BARE_WAN = re.compile(rf"万(?P<unit>{unit_alternation(BARE_WAN_COUNTERS)})")
_GOVERNING = tuple(words.PLAN_VERBS + words.LONG_BEFORE_WORDS)


def _bare_ten_thousands(text: str, mask: Mask) -> list[QuantityMention]:
    """A bare 万 before a counter that a plan verb or a comparator governs ("带动万名青年", "完成万项技改", "达到万家
    以上"): 10000 of them, as 千座 is 1000 座. Elsewhere a bare 万 is an idiom (千家万户, 万家灯火), a name
    ("“万人计划”") or a rate's base (万人发明专利拥有量); claims the spans in ``mask``.

    >>> [(q.value, q.unit, q.text) for q in _bare_ten_thousands("带动万名青年返乡，千家万户受益", Mask(20))]
    [(10000.0, '名', '万名')]
    """
    found = []
    for m in _BARE_WAN.finditer(text):  # the rare 万 + counter first, then the verb before it
        start, end, unit = m.start(), m.end(), m.group("unit")
        if not text.endswith(_GOVERNING, 0, start):
            continue
        if end < len(text) and text[end] in FOLLOW_STOP.get(unit, "") or not mask.free(start, end):
            continue
        found.append(_quantity(10000.0, unit, text[start:end], (start, end)))
        mask.claim(start, end)
    return found


_UNIT_FIRST = frozenset(u[0] for u in COUNTERS)
_CONTINUES = _UNIT_FIRST | frozenset(".,、万亿兆点余多/至到-—–~～－")
"""What can follow a number run in a quantity: a unit, a decimal or thousands mark (、 between Chinese digit
groups), a multiplier, 余/多, a rate's slash, a range separator (or a space before one), 千分之's 分."""
_INNER_UNIT = re.compile(
    "[" + re.escape("".join(sorted(ch for ch in _UNIT_FIRST if _NUMBER_RUN.fullmatch(ch)))) + "]"
)
"""Run characters that start a unit too (千 of 千米): a number may end before them, inside its run."""


def _matches(
    text: str, pattern: re.Pattern[str] = QUANTITY_PATTERN, mask: Optional[Mask] = None,
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, tried only at number runs (see ``_NUMBER_RUN``),
    and not at a run that nothing a quantity needs can follow (see ``_CONTINUES``): most runs ("进一步").
    With ``mask``, runs that start in a claimed span (years) are not tried: a match from there
    would hold a claimed character and be dropped."""
    last_end, match, size = 0, pattern.match, len(text)
    inner = _INNER_UNIT.search if _INNER_UNIT.pattern != "[]" else None
    taken = None if mask is None else mask.taken
    for run in _NUMBER_RUN.finditer(text):
        start, end = run.span()
        if start < last_end or (taken is not None and taken(start)):
            continue
        if end < size:
            nxt = text[end]
            if nxt not in _CONTINUES and not nxt.isspace() and (inner is None or inner(text, start + 1, end) is None):
                continue
        elif inner is None or inner(text, start + 1, end) is None:
            continue
        if start > last_end and text[start - 1] in MINUS_SIGNS:
            start -= 1  # a sign: the pattern matches from it exactly when the sign may stand there
        if start > last_end and text[start - 1] in _PRE:
            start -= 1  # the pattern with 约 matches exactly when it matches without it
        m = match(text, start)
        if m is None and start < run.start():
            m = match(text, run.start())
        if m is not None:
            last_end = m.end()
            yield m


BARE_VALUE_PATTERN = regex.compile(
    "(?P<end>" + "|".join(words.BARE_VALUE_ENDS) + ")"
    + "(?:" + "|".join(words.BARE_VALUE_MODALS) + ")?"
    + "(?:" + "|".join(words.BARE_VALUE_COMPARATORS) + ")"
    + r"(?P<num>\d+(?:\.\d+)?)(?=(?:及)?以[上下内]|之内|左右|[，。；、,;：:）)\s]|$)"
)
"""A bare number right after an indicator that is measured without a unit and its comparator."""


def _lost_percent(end: str, num: str) -> bool:
    """A plain rate or share (覆盖率, 普及率, 占比 …, not a rate per amount such as 死亡率) whose bare value ends in "00" ("普及率达到
    96.500", "覆盖率达到8000") is a percentage whose sign a scan read as two zeros: unsure, so no value.

    >>> _lost_percent("率", "8000"), _lost_percent("率", "96.500"), _lost_percent("死亡率", "0.100"), _lost_percent("率", "0.8")
    (True, True, False, False)
    """
    return end in ("率", "比") and num.endswith("00")


def extract_bare_values(text: str, mask: Mask) -> list[QuantityMention]:
    """Values without a unit of coefficients, indices and rates per amount, unit "" (not claimed in ``mask``,
    and not part of ``Facts.quantities``: they are target candidates only).

    >>> [(q.value, q.unit) for q in extract_bare_values("灌溉水有效利用系数提高到0.6以上，死亡率控制在0.02以内。", Mask(40))]
    [(0.6, ''), (0.02, '')]
    """
    found: list[QuantityMention] = []
    for m in BARE_VALUE_PATTERN.finditer(text):
        span = m.span("num")
        if mask.free(*span) and not _lost_percent(m.group("end"), m.group("num")):
            found.append(_quantity(float(m.group("num")), "", m.group("num"), span))
    return found
