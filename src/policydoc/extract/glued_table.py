"""Targets from 主要指标 tables whose cells were glued together when the table was copied as text.

A plan's box of main indicators, scraped or OCR'd onto one line, loses its cell borders::

    专栏1 主要指标 指标 2015年 2020年 属性 空气质量优良天数比率(%)76.7＞80约束性 劣Ⅴ类水体比例(%)9.7＜5约束性 …

Each row is still readable where its target carries its own mark: the indicator name ends with
its unit in brackets, then the values follow, and the target value is the one written with a
comparator (``＞80``, ``≤5``, ``90以上``, ``70左右``) or as a cumulative change in 〔〕 brackets
(``〔18〕`` under a name saying 下降). A row whose values are bare numbers glued together
("21.6623.04": the base and the target) cannot be split with certainty and gives nothing: a
number we are unsure of is left out. A signed change in 个百分点 or % after the target (a
"比2015年增长" column) is a target of its own.

The header must name the years (the largest one is the target year) within ``GLUED_HEADER_REACH``
characters of 主要指标 (``settings``), and the block ends at its notes (注), a sentence end or a line end.
"""

from __future__ import annotations

from typing import Optional

import regex

from ..models import Change, Comparator, Target
from .._lazy import lazy_regex
from ..settings import GLUED_BLOCK_LIMIT, GLUED_HEADER_REACH, GLUED_OWN_NAME_MIN

_ANCHOR = lazy_regex(r"主要\p{Han}{0,6}?指标")
_YEAR = lazy_regex(r"(?<!\d)((?:19|20)\d\d)(?=年)")
_BLOCK_END = lazy_regex(r"注\s*[:：]|。|\n\s*\n|专栏\s*\d")
_UNIT = lazy_regex(r"[(（](?P<unit>[^()（）\d\s]{1,8})[)）]")
_TOKEN = lazy_regex(
    r"\s*(?:(?P<sym>[＞＜>≥≤<])\s*(?P<sv>\d+(?:\.\d+)?)"
    r"|[〔\[［](?P<cum>\d+(?:\.\d+)?)[〕\]］]"
    r"|(?P<glued>\d+\.\d+(?:\.\d+)+)"
    r"|(?P<signed>[-－]?\d+(?:\.\d+)?)(?P<after>左右|以上|以下|个百分点|%)?"
    r"|(?P<dash>[-－—]+))"
)
_HEADER = lazy_regex(
    r"(?:年|\s|比|增长|增减情况|增减|变化|累计|〔累计〕|属性|\d(?=属性)|“?十[一二三四五六七八九]五”?|(?:19|20)\d\d(?=年))*")
_ATTRIBUTE = lazy_regex(r"\s*(?:约束性|预期性)")
_LEADING_ORDINAL = lazy_regex(r"^(?:\d{1,2}[.．、]?|[一二三四五六七八九十]{1,3}[、.．])+")
_SYMBOL: dict[str, Comparator] = {"＞": ">", ">": ">", "＜": "<", "<": "<", "≥": ">=", "≤": "<="}
_AFTER: dict[str, Comparator] = {"左右": "~", "以上": ">=", "以下": "<="}
_DOWN = lazy_regex(r"下降|降低|减少|削减")
_UP = lazy_regex(r"提高|提升|增加|增长")


def glued_table_targets(text: str) -> list[tuple[tuple[int, int], list[Target]]]:
    """Every glued 主要指标 block of ``text``: its span and the targets its rows show with certainty.

    >>> t = "专栏1 主要指标指标2015年2020年属性空气质量优良天数比率（%）76.7＞80约束性劣Ⅴ类水体比例（%）9.7＜5约束性"
    >>> t += "细颗粒物浓度下降（%）--〔18〕约束性森林覆盖率（%）21.6623.04预期性。正文"
    >>> [(x.indicator, x.comparator, x.value, x.unit, x.year) for x in glued_table_targets(t)[0][1]]
    [('空气质量优良天数比率', '>', 80.0, '%', 2020), ('劣Ⅴ类水体比例', '<', 5.0, '%', 2020), ('细颗粒物浓度下降', 'decrease', 18.0, '%', 2020)]
    """
    found = []
    for anchor in _ANCHOR.finditer(text):
        years = [int(y) for y in _YEAR.findall(text, anchor.end(), anchor.end() + GLUED_HEADER_REACH)]
        if len(set(years)) == 1 and _ONE_TARGET_COLUMN.match(text, anchor.end()):
            found += _target_column_rows(text, anchor.end(), years[0])
            continue
        if len(set(years)) < 2:
            continue
        last_year = [m.end() for m in _YEAR.finditer(text, anchor.end(), anchor.end() + GLUED_HEADER_REACH)][-1]
        header = _HEADER.match(text, last_year)
        end_mark = _BLOCK_END.search(text, header.end(), header.end() + GLUED_BLOCK_LIMIT)
        end = end_mark.start() if end_mark else min(len(text), header.end() + GLUED_BLOCK_LIMIT)
        if "\t" in text[anchor.end(): end]:
            continue  # cells with borders: a table the tab reader reads
        targets = _rows(text, header.end(), end, max(years))
        if targets:
            found.append(((anchor.start(), end), targets))
    return found


#: a header naming one year, the target column, right after 主要指标: "主要指标2025年属性", "主要指标 2025年目标值 属性"
_ONE_TARGET_COLUMN = lazy_regex(r"\s*(?:(?:19|20)\d\d)年(?:目标值?)?\s*属性")
_BARE_TARGET = lazy_regex(r"\s*(?P<value>\d+(?:\.\d+)?)\s*(?=约束性|预期性)")


def _target_column_rows(text: str, start: int, year: int) -> list[tuple[tuple[int, int], list[Target]]]:
    """The rows of a glued table with one column of targets ("序号主要指标2025年属性") whose unit stands in brackets
    after the name and whose value is bare before the attribute ("每千人托位数（个）4.5预期性"): each a target "=" of
    that year, reported with its own row's span (the other rows, "参保率≥95%约束性", are read as sentences).

    >>> t = "主要指标2025年属性1参保率≥95%约束性2每千人拥有托位数（个）4.5预期性3保育人员（万人）≥0.3预期性。正文"
    >>> [(span, [(x.indicator, x.comparator, x.value, x.unit, x.year) for x in ts]) for span, ts in _target_column_rows(
    ...     t, 4, 2025)]
    [((23, 37), [('每千人拥有托位数', '=', 4.5, '个', 2025)])]
    """
    end_mark = _BLOCK_END.search(text, start, start + GLUED_BLOCK_LIMIT)
    end = end_mark.start() if end_mark else min(len(text), start + GLUED_BLOCK_LIMIT)
    if "\t" in text[start:end]:
        return []
    rows = []
    pos = start
    for unit in _UNIT.finditer(text, start, end):
        if unit.start() < pos:
            continue
        bare = _BARE_TARGET.match(text, unit.end(), end)
        if bare is None:
            continue
        name_start = _name_start(text, pos, unit.start())
        name = _own_name(text[name_start: unit.start()].strip())
        span = (name_start, bare.end())
        rows.append((span, [_target(name, "=", None, float(bare["value"]), unit["unit"], year, span, text)]))
        pos = bare.end()
    return rows


def _rows(text: str, start: int, end: int, year: int) -> list[Target]:
    """The targets of the rows between ``start`` and ``end``: each row is a name, its unit in brackets, values."""
    targets: list[Target] = []
    pos = start
    for unit in _UNIT.finditer(text, start, end):
        if unit.start() < pos:
            continue
        values, stop = _values(text, unit.end(), end)
        if not values:
            continue
        name_start = _name_start(text, pos, unit.start())
        name = _own_name(text[name_start: unit.start()].strip())
        span = (name_start, stop)
        targets += _targets_of(name, unit.group("unit"), values, year, span, text)
        attribute = _ATTRIBUTE.match(text, stop, end)
        pos = attribute.end() if attribute else stop
    return targets


def _values(text: str, pos: int, end: int) -> tuple[list["regex.Match[str]"], int]:
    """The value tokens after a unit (dashes of empty cells dropped) and where they end. A decimal written with
    its own mark as the first value ("15.7415左右") may be the base glued to the target (15.74 | 15): unsure, so
    the row's values are dropped."""
    tokens = []
    while pos < end:
        m = _TOKEN.match(text, pos, end)
        if m is None or m.end() == pos:
            break
        tokens.append(m)
        pos = m.end()
    if tokens and tokens[0].group("after") in _AFTER and "." in tokens[0].group("signed"):
        return [], pos
    return [t for t in tokens if t.group("dash") is None], pos


_NAME_STOP = lazy_regex(r"(?:约束性|预期性|属性|[)）〕\]］%])")


_LAST_NUMBERED = lazy_regex(r".*\d[.．、]?")


def _own_name(name: str) -> str:
    """A row's own name, without the group labels and row numbers glued before it ("水环境质量3劣Ⅴ类水体比例" ->
    "劣Ⅴ类水体比例"), unless too little is left."""
    m = _LAST_NUMBERED.match(name)
    own = name[m.end():] if m else name
    return own if len(own) >= GLUED_OWN_NAME_MIN else _LEADING_ORDINAL.sub("", name)


def _name_start(text: str, pos: int, unit_start: int) -> int:
    """Where a row's name starts: after the last attribute word, bracket or value before its unit."""
    start = pos
    for m in _NAME_STOP.finditer(text, pos, unit_start):
        start = m.end()
    while start < unit_start and (text[start].isdigit() or text[start] in ".．、 \t\u3000-－"):
        start += 1
    return start


def _targets_of(name: str, unit: str, values: list["regex.Match[str]"], year: int, span: tuple[int, int],
                text: str) -> list[Target]:
    """The target a row's values show with certainty, and the signed changes after it ("-8%", "-2.7个百分点"; an
    unsigned one only after a certain target). A marked value glued to the change after it (">605个百分点": 60
    and 5, or 605?) makes the row unsure: nothing."""
    target: Optional[tuple[Comparator, Optional[Change], float, str]] = None
    rest = values
    for i, m in enumerate(values):
        if m.group("sym"):
            if text.startswith(("个百分点", "%"), m.end()):
                return []
            target = (_SYMBOL[m.group("sym")], None, float(m.group("sv")), unit)
        elif m.group("after") in _AFTER:  # "-90以上": the dash is an empty base cell, not a sign
            target = (_AFTER[m.group("after")], None, float(m.group("signed").lstrip("-－")), unit)
        elif m.group("cum") and (_DOWN.search(name) or _UP.search(name)):
            change: Change = "decrease" if _DOWN.search(name) else "increase"
            target = (change, change, float(m.group("cum")), unit)
        else:
            continue
        rest = values[i + 1:]
        break
    found = [] if target is None else [_target(name, *target, year, span, text)]
    for m in rest:
        signed = m.group("signed")
        if signed and m.group("after") in ("个百分点", "%") and (target is not None or signed[0] in "-－"):
            value = float(signed.replace("－", "-"))
            change = "decrease" if value < 0 else "increase"
            found.append(_target(name, change, change, abs(value), m.group("after"), year, span, text))
    return found


def _target(name: str, comparator: Comparator, change: Optional[Change], value: float, unit: str, year: int,
            span: tuple[int, int], text: str) -> Target:
    return Target(
        id="", section_id=None, indicator=name, comparator=comparator, change=change, value=value, value_max=None,
        unit=unit, year=year, text=text[span[0]: span[1]], span=span,
        rule="glued_table", evidence={"comparator": "cell", "year": "table_column" if year is not None else "none"},
    )
