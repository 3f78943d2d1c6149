"""Targets from 主要指标 tables: one :class:`Target` per indicator row.

Five-year plans carry a table of main indicators::

    类别      指标                    2020年   2025年   属性
    学前教育  学前教育毛入园率(%)     92.5     ≥96      预期性

The HTML and DOCX readers write table rows as lines with tab-separated cells
(plain-text files sometimes do too). ``find_indicator_targets`` finds blocks of
such lines whose header names an indicator column (指标) and a target column
(the largest year, or a column headed 目标值), and reads each row below it:

- ``extract_*`` functions find things (table blocks, header roles);
- ``parse_*`` functions turn a cell into values, keeping the cell text beside them.

Comparators follow the gold conventions (``/work/shared/gold/NOTES.md``): "≥96",
"96以上", "不低于96" -> ">="; "≤1", "1以内", "1以下" -> "<="; ">"/"<" strict;
"96左右" -> "~"; "95-97" -> "range"; a plain number -> "=".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator, Optional, cast

import regex

from ..data.target_words import AFTER_COMPARATORS, AFTER_WORDS
from ..models import Change, Comparator, Span, Target
from .._lazy import lazy_regex
from ..settings import HEADER_ROWS, HEADER_WORD_ROWS, MAX_CELL, MAX_FLAT_CELLS, MAX_HEADER_CELLS, MIN_HEADER_CELLS
from ..settings import NEXT_ORDINAL_REACH, REMARK_HAN
from .glued_table import glued_table_targets
from .years import five_year_period

_TAB_LINES = lazy_regex(r"(?m)^[^\n]*\t[^\n]*$(?:\n(?:[^\n\t。；;，,]{1,12}\n)?[^\n]*\t[^\n]*$)*")
"""Consecutive tab-separated lines; a short line without a tab between two of them is a group row ("电力方面")
spanning the table, and stays in it."""
_YEAR = lazy_regex(r"(?<!\d)((?:19|20)\d{2})(?!\d)\s*年?")

# Header words, in the order they are tried. Sources: the 主要指标 tables of national, provincial and city
# 十四五 plans (指标 / 单位 / 2020年 / 2025年 / 年均增长 / 属性, sometimes 类别 and 目标值).
_INDICATOR_HEADER = lazy_regex(r"^(?:主要)?指标(?:名称)?$|^(?:指标)?项目$|^指标内容$")
_UNIT_HEADER = lazy_regex(r"^(?:计量)?单位$")
_ATTRIBUTE_HEADER = lazy_regex(r"属性|^性质$")
_TARGET_HEADER = lazy_regex(r"目标值?|规划值|预期值")
_NON_TARGET_HEADER = lazy_regex(r"年均|增长|增速|基期|现状|完成|实际")
_RESULT_HEADER = lazy_regex(r"完成|实际|执行|实现")
_PERIOD = lazy_regex(r"十([一二三四五六七八九])五")
_PERIOD_ORDINALS = "一二三四五六七八九"
_ATTRIBUTES = ("预期性", "约束性")
_INDICATOR_WORD, _ITEM_WORD = "指", "项目"
_HEADER_LABEL = lazy_regex(r"(?:(?:19|20)\d{2}年?(?:底|末)?)?(?:目标值?|规划值|预期值|基期值?|现状值?|年均增长(?:率)?|单位|属性)?")

# Comparator words around a number, in the order they are tried.
_VALUE = lazy_regex(
    r"""
    ^(?:(?P<change>增长|增加|提高|提升|扩大|下降|降低|减少|压减|缩减|降|增)(?P<to>到|至)?)?  # "增长5%左右", "提高到3.2"
    (?P<pre>≥|>=|≧|＞=|不低于|不少于|至少|达到|大于等于
            |≤|<=|≦|不高于|不超过|小于等于
            |>|＞|超过|大于|<|＜|小于|低于
            |约|左右)?                                   # comparator before the number
    \s*[\[〔［(（]?\s*                                     # [5] 〔5〕: five-year cumulative values
    (?P<num>\d+(?:\.\d+)?)
    (?:\s*(?:-|—|–|~|～|至|到)\s*(?P<max>\d+(?:\.\d+)?))?  # 95-97: a range
    \s*[\]〕］)）]?
    \s*(?P<unit>%|‰|个百分点|[^\d\s≥≤<>以左及]{0,4}?)        # a unit written in the cell: 96%, 1.5万人
    \s*(?P<post>""" + "|".join(AFTER_WORDS) + r""")?$          # comparator after the number
    """,
    regex.VERBOSE,
)
_PRE: dict[str, Comparator] = {
    "≥": ">=", ">=": ">=", "≧": ">=", "＞=": ">=", "不低于": ">=", "不少于": ">=", "至少": ">=", "达到": ">=",
    "大于等于": ">=", "≤": "<=", "<=": "<=", "≦": "<=", "不高于": "<=", "不超过": "<=", "小于等于": "<=",
    ">": ">", "＞": ">", "超过": ">", "大于": ">", "<": "<", "＜": "<", "小于": "<", "低于": "<",
    "约": "~", "左右": "~",
}
_POST: dict[str, Comparator] = {word: cast(Comparator, cmp) for word, cmp in AFTER_COMPARATORS}
_LONG_HAN = lazy_regex(rf"\p{{Han}}{{{REMARK_HAN},}}")  # a parenthesis this long is a remark, not a unit
_UNIT_IN_NAME = lazy_regex(r"\s*[(（]\s*(?P<unit>[^()（）]{1,8}?)\s*[)）]\s*$")


@dataclass(frozen=True)
class CellValue:
    """A parsed target cell, with the cell text kept beside the values."""

    text: str
    comparator: Comparator
    value: float
    value_max: Optional[float]
    unit: str
    change: Optional[Change] = None


_DIRECTION: dict[str, Change] = {
    "增长": "increase", "增加": "increase", "提高": "increase", "提升": "increase", "扩大": "increase", "增": "increase",
    "下降": "decrease", "降低": "decrease", "减少": "decrease", "压减": "decrease", "缩减": "decrease", "降": "decrease",
}


def parse_cell_value(cell: str) -> Optional[CellValue]:
    """The comparator, number(s) and unit of a target cell; ``None`` when it holds no single target.

    >>> [(v.comparator, v.value) for v in map(parse_cell_value, ["≥96", "90以上", "99", "≤1.5", "约60"])]
    [('>=', 96.0), ('>=', 90.0), ('=', 99.0), ('<=', 1.5), ('~', 60.0)]
    >>> v = parse_cell_value("95-97%"); (v.comparator, v.value, v.value_max, v.unit)
    ('range', 95.0, 97.0, '%')
    >>> parse_cell_value("—") is None, parse_cell_value("逐步提高") is None
    (True, True)
    >>> [(v.comparator, v.value, v.change) for v in map(parse_cell_value, ["增长6%左右", "下降3%", "提高5%以上"])]
    [('~', 6.0, 'increase'), ('decrease', 3.0, 'decrease'), ('>=', 5.0, 'increase')]
    """
    text = cell.strip()
    m = _VALUE.match(text.replace(",", ""))
    if not m:
        return None
    value = float(m["num"])
    value_max = float(m["max"]) if m["max"] else None
    if value_max is not None:
        comparator: Comparator = "range"
    elif m["pre"] and m["post"] and _PRE[m["pre"]] != _POST[m["post"]]:
        return None  # contradictory words: not a value we can read
    else:
        comparator = _PRE.get(m["pre"] or "") or _POST.get(m["post"] or "") or "="
    change = _DIRECTION.get(m["change"] or "")
    if change is not None and comparator == "=" and not m["to"]:
        comparator = change  # a change with no bound (SPEC: "下降15%" is "decrease"); "提高到3.2" is a level
    return CellValue(text, comparator, value, value_max, (m["unit"] or "").strip(), change)


def parse_indicator_name(cell: str) -> tuple[str, str]:
    """Split a unit in trailing parentheses off an indicator name.

    >>> parse_indicator_name("学前教育毛入园率(%)")
    ('学前教育毛入园率', '%')
    >>> parse_indicator_name("每年培训教师（万人次）"), parse_indicator_name("高中阶段毛入学率")
    (('每年培训教师', '万人次'), ('高中阶段毛入学率', ''))
    """
    name = cell.strip()
    m = _UNIT_IN_NAME.search(name)
    if m and not _LONG_HAN.search(m["unit"]):
        return name[: m.start()].strip(), m["unit"].strip()
    return name, ""


# --- tables --------------------------------------------------------------------------------------------------------


@dataclass
class _Row:
    cells: list[str]
    span: Span
    text: str


@dataclass(frozen=True)
class Columns:
    """What the columns of an indicator table hold."""

    indicator: int
    target: int
    year: Optional[int]
    unit: Optional[int] = None
    attribute: Optional[int] = None
    result: Optional[int] = None  # a column of results for the same period: the table reports on its targets
    later: tuple[tuple[int, int], ...] = ()  # (column, year) of further target columns for later years (2035年目标值)


def extract_table_blocks(text: str) -> Iterator[list[_Row]]:
    """Blocks of consecutive tab-separated lines, each line with its span."""
    for m in _TAB_LINES.finditer(text):
        rows: list[_Row] = []
        pos = m.start()
        for line in m.group().split("\n"):
            rows.append(_Row([c.strip() for c in line.split("\t")], (pos, pos + len(line)), line))
            pos += len(line) + 1
        yield rows


def _header_key(cell: str) -> str:
    return "".join(cell.split())


def _merge_headers(rows: list[_Row]) -> list[str]:
    width = max(len(r.cells) for r in rows)
    return [" ".join(_header_key(r.cells[i]) for r in rows if i < len(r.cells) and r.cells[i]) for i in range(width)]


def extract_columns(headers: list[str]) -> Optional[Columns]:
    """Column roles from the (merged) header cells; ``None`` if this is no indicator table.

    >>> extract_columns(["类别", "指标", "2020年", "2025年", "属性"])
    Columns(indicator=1, target=3, year=2025, unit=None, attribute=4, result=None, later=())
    >>> extract_columns(["指标", "2020年", "目标值（2025年）", "目标值（2035年）"]).later
    ((3, 2035),)
    >>> extract_columns(["序号", "重点任务", "责任单位"]) is None
    True

    A results column for the target's own period makes the table a report on last period's targets
    ("全年目标" beside "全年完成"); a base year's results ("2020年实际" beside "2025年目标") do not:

    >>> extract_columns(["指标", "属性", "全年目标", "全年完成"]).result, extract_columns(["指标", "2020年实际", "2025年目标"]).result
    (3, None)
    """
    keys = [h.split(" ") for h in headers]
    indicator = next((i for i, ks in enumerate(keys) if any(_INDICATOR_HEADER.search(k) for k in ks)), None)
    if indicator is None:
        return None
    target, year = _target_column(headers, indicator)
    if target is None:
        return None
    unit = next((i for i, ks in enumerate(keys) if any(_UNIT_HEADER.search(k) for k in ks)), None)
    attribute = next((i for i, h in enumerate(headers) if _ATTRIBUTE_HEADER.search(h)), None)
    result = next((i for i, h in enumerate(headers) if i != target and _RESULT_HEADER.search(h)
                   and (year is None or (_header_year(h) or year) >= year)), None)
    later = tuple((i, y) for i, h in enumerate(headers) if i not in (target, indicator) and _TARGET_HEADER.search(h)
                  and (y := _header_year(h)) is not None and year is not None and y > year)
    return Columns(indicator, target, year, unit, attribute, result, later)


def _header_year(header: str) -> Optional[int]:
    """The largest year a header names: "2025年" -> 2025, "“十五五”目标" -> 2030 (the period's last year)."""
    years = [int(m.group(1)) for m in _YEAR.finditer(header)]
    years += [five_year_period(_PERIOD_ORDINALS.index(m.group(1)) + 11)[1] for m in _PERIOD.finditer(header)]
    return max(years, default=None)


def _target_column(headers: list[str], indicator: int) -> tuple[Optional[int], Optional[int]]:
    """The column headed 目标值, else the one with the largest year (base-year and growth columns excluded)."""
    years: list[tuple[int, int]] = []
    for i, h in enumerate(headers):
        if i == indicator:
            continue
        y = _header_year(h)
        if _TARGET_HEADER.search(h):
            return i, y
        if y is not None and not _NON_TARGET_HEADER.search(h):
            years.append((y, i))
    if not years:
        return None, None
    year, col = max(years)
    return col, year


def _split_header(rows: list[_Row]) -> Optional[tuple[Columns, list[_Row]]]:
    """Find the header (one or two lines, within the first four) and return the columns and the data rows."""
    if not any(_INDICATOR_WORD in cell or _ITEM_WORD in cell for row in rows[:HEADER_WORD_ROWS] for cell in row.cells):
        return None  # cheap test first: most tables (task lists, schedules) have no 指标 header
    for start in range(min(HEADER_ROWS, len(rows))):
        for depth in (2, 1):
            head = rows[start : start + depth]
            if len(head) < depth:
                continue
            cols = extract_columns(_merge_headers(head))
            if cols is not None and (depth == 1 or _is_header_only(head[1], cols)):
                return cols, rows[start + depth :]
    return None


def _is_header_only(row: _Row, cols: Columns) -> bool:
    """A second header line holds labels only (years, 目标值, 单位), no indicator and no value."""
    if _cell(row, cols.indicator):
        return False
    labels = [_header_key(c) for c in row.cells if c.strip()]
    return bool(labels) and all(_HEADER_LABEL.fullmatch(c) for c in labels)


def _cell(row: _Row, col: Optional[int]) -> str:
    return row.cells[col] if col is not None and col < len(row.cells) else ""


_NO_UNIT = lazy_regex(r"^[\s—–\-－/／]+$")
"""A unit cell of dashes ("——", "-") says the value has no unit."""


def parse_indicator_row(row: _Row, cols: Columns) -> Optional[Target]:
    """One data row as a Target; ``None`` for category rows, empty or unreadable target cells."""
    name, name_unit = parse_indicator_name(_cell(row, cols.indicator))
    value = parse_cell_value(_cell(row, cols.target))
    if not name or value is None:
        return None
    unit = _NO_UNIT.sub("", _cell(row, cols.unit)) or name_unit or value.unit
    attribute = _cell(row, cols.attribute).strip("[]〔〕()（） ")
    return Target(
        id="",
        section_id=None,
        indicator=name,
        comparator=value.comparator,
        change=value.change,
        value=value.value,
        value_max=value.value_max,
        unit=unit,
        year=cols.year,
        text=row.text,
        span=row.span,
        attribute=attribute if attribute in _ATTRIBUTES else None,
        rule="indicator_table",
        evidence={"comparator": "cell", "year": "table_column" if cols.year is not None else "none"},
    )


@dataclass
class IndicatorTable:
    """One 主要指标 table: where it stands, its rows as targets, and whether it reports on them."""

    span: Span
    targets: list[Target]
    reports: bool = False
    """A results column beside the target column: the targets are last period's, reported (no targets now)."""


def find_indicator_tables(text: str) -> list[IndicatorTable]:
    """Every 主要指标 table of ``text``: tab-separated lines, and tables flattened one cell per paragraph.

    >>> flat = "序号\\n\\n指标名称\\n\\n单位\\n\\n2025年目标\\n\\n1\\n\\n森林覆盖率\\n\\n%\\n\\n≥45\\n\\n2\\n\\n新增绿地\\n\\n公顷\\n\\n120\\n\\n正文。"
    >>> [(t.indicator, t.comparator, t.value, t.unit, t.year) for t in find_indicator_tables(flat)[0].targets]
    [('森林覆盖率', '>=', 45.0, '%', 2025), ('新增绿地', '=', 120.0, '公顷', 2025)]
    """
    tables: list[IndicatorTable] = []
    blocks = list(extract_table_blocks(text)) if "\t" in text else []
    blocks += list(extract_cell_blocks(text))
    for rows in blocks:
        found = _split_header(rows)
        if found is None:
            continue
        cols, data = found
        targets = [t for t in (parse_indicator_row(r, cols) for r in data) if t is not None]
        for col, year in cols.later:  # a table with a target column per horizon (2025年, 2035年)
            later = replace(cols, target=col, year=year, later=())
            targets += [t for t in (parse_indicator_row(r, later) for r in data) if t is not None]
        tables.append(IndicatorTable((rows[0].span[0], rows[-1].span[1]), targets, cols.result is not None))
    if "指标" in text:  # a box whose cells were glued together on one line (see .glued_table)
        tables += [IndicatorTable(span, targets) for span, targets in glued_table_targets(text)
                   if not any(t.span[0] < span[1] and span[0] < t.span[1] for t in tables)]
    return sorted(tables, key=lambda t: t.span)


_SEQUENCE_WORDS = ("序号", "编号", "项次")
_SEQUENCE_HEADER = lazy_regex(r"(?m)^[ \t\u3000]*(?:" + "|".join(_SEQUENCE_WORDS) + r")[ \t\u3000]*$")
_BLANK_LINE = lazy_regex(r"\n[ \t\u3000]*\n")
_LINE_BREAK = regex.compile(r"\n")


def _cells_from(
    text: str, start: int, between: regex.Pattern[str], limit: int = MAX_FLAT_CELLS
) -> list[tuple[int, int, str]]:
    """Cells (start, end, text with its line breaks removed) from ``start``, separated by ``between`` (blank
    lines, or single line breaks), while they are short enough to be table cells (at most MAX_CELL
    characters on at most two lines: a cell may wrap once between blank lines)."""
    cells: list[tuple[int, int, str]] = []
    pos = start
    while pos < len(text) and len(cells) < limit:
        gap = between.search(text, pos)
        end = gap.start() if gap else len(text)
        raw = text[pos:end]
        if len(raw) > MAX_CELL or raw.count("\n") > 1 or not raw.strip():
            break
        lead = len(raw) - len(raw.lstrip())
        cells.append((pos + lead, pos + len(raw.rstrip()), "".join(raw.split("\n")).strip()))
        if gap is None:
            break
        pos = gap.end()
    return cells


_BRACKET_CELL = regex.compile(r"^[(（][^()（）]{1,12}[)）]$")
_NUMBER_CELL = regex.compile(r"^[≥≤<>＞＜]?\s*\d+(?:\.\d+)?$")
_UNIT_CELL = regex.compile(
    r"^(?:%|％|‰|(?:万|亿|千|百)?(?:平方|立方)?(?:公里|千米|米|公顷|亩|吨|元|人次|人|个|座|户|家|所|条|处|张|辆|台|套|项|千瓦时|千瓦"
    r"|小时|天|年)(?:/(?:年|日|天|人|户))?)$"
)


def _wrapped_header(cells: list[tuple[int, int, str]]) -> list[str]:
    """Header cells a narrow column wrapped into two paragraphs, joined: a bracketed year under its label ("基准值" +
    "（2020年）"), 属性 under a second 指标 ("指标" + "属性" beside "指标名称").

    >>> _wrapped_header([(0, 0, c) for c in ("序号", "指标名称", "指标", "属性", "目标值", "（2025年）")])
    ['序号', '指标名称', '指标属性', '目标值（2025年）']
    """
    out: list[str] = []
    for _, _, cell in cells:
        if out and (_BRACKET_CELL.match(cell) or cell == "属性" and out[-1] == "指标" and len(out) > 1
                    and any(_INDICATOR_HEADER.search(h) for h in out[:-1])):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _units_joined(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Data cells with a unit a narrow column wrapped under its number joined to it ("120.14" + "平方公里")."""
    out: list[tuple[int, int, str]] = []
    for cell in cells:
        if (out and _UNIT_CELL.match(cell[2]) and cell[2] not in _ATTRIBUTES and _NUMBER_CELL.match(out[-1][2])):
            out[-1] = (out[-1][0], cell[1], out[-1][2] + cell[2])
        else:
            out.append(cell)
    return out


def extract_cell_blocks(text: str) -> Iterator[list[_Row]]:
    """Tables flattened one cell per paragraph or per line (a Word or PDF table copied as text): header
    cells from a 序号/编号/项次 cell on, then rows each opened by its ordinal (1, 2, 3 …). A column before the ordinal one
    (类别) spans rows and stands only in some of them: the cells read are those after each ordinal."""
    if not any(word in text for word in _SEQUENCE_WORDS):
        return  # most documents hold no such table: three literal scans, not a try at every line start
    for m in _SEQUENCE_HEADER.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        blank = _BLANK_LINE.match(text, m.end()) is not None
        cells = _cells_from(text, start, _BLANK_LINE if blank else _LINE_BREAK)
        first = next((i for i, c in enumerate(cells[:MAX_HEADER_CELLS + 1]) if c[2] == "1"), None)
        if first is None or first < MIN_HEADER_CELLS:
            continue
        header = _wrapped_header(cells[:first])
        width = len(header)  # header cells: the ordinal column first, then the others
        rows = [_Row(header, (cells[0][0], cells[first - 1][1]), text[cells[0][0]: cells[first - 1][1]])]
        cells = cells[:first] + _units_joined(cells[first:])
        i, n = first, 1
        while i < len(cells) and cells[i][2] == str(n):
            own = cells[i + 1: i + width]
            if len(own) < width - 1:
                break
            span = (cells[i][0], own[-1][1])
            rows.append(_Row([str(n)] + [c[2] for c in own], span, text[span[0]: span[1]]))
            reach = range(i + width, min(i + width + NEXT_ORDINAL_REACH, len(cells)))
            nxt = next((j for j in reach if cells[j][2] == str(n + 1)), None)
            if nxt is None:
                break
            i, n = nxt, n + 1
        if len(rows) > 1:
            yield rows


def find_indicator_targets(text: str) -> list[Target]:
    """One Target per indicator row of every 主要指标 table written as tab-separated lines.

    ``id`` is left empty and ``section_id`` None: the caller numbers targets and
    places them in sections.

    >>> rows = "指标\\t2020年\\t2025年\\t属性\\n学前教育毛入园率(%)\\t92\\t≥96\\t预期性"
    >>> [(t.indicator, t.comparator, t.value, t.unit, t.year, t.attribute) for t in find_indicator_targets(rows)]
    [('学前教育毛入园率', '>=', 96.0, '%', 2025, '预期性')]
    """
    return [t for table in find_indicator_tables(text) if not table.reports for t in table.targets]
