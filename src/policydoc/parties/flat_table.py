"""A task-division table flattened into running text: header and cells glued together.

A scrape without separators turns "序号 | 重点任务 | 具体内容 | 牵头单位 | 配合单位" into
"序号重点任务具体内容牵头单位配合单位", and every row into its content cell followed by the
names of its responsibility cells: "…完成摸底。区民政局区财政局、区卫健委2建立台账。…".
Inside a cell names are joined by 、 or ，; two names glued with nothing between them stand in
different cells; "/" is an empty cell.

:func:`flattened` finds such a header (task header words and at least two label words glued,
see :data:`HEADER`), then reads every row after it: a run of glued names right after the end
of a content sentence (。；) is that row's cells. The first responsibility column gives its
bodies the column's role (牵头单位: every body leads; 责任单位: the first leads), the next
column, when it is a support column (配合单位), its bodies support; further columns (an
organ's internal divisions) are not read.

>>> text = "附件序号重点任务牵头单位配合单位1开展排查。全面摸清底数。区民政局区财政局、区卫健委2建立台账。按月更新。区卫健委/"
>>> [(h.lead, h.support) for h in flattened(text)]
[(['区民政局'], ['区财政局', '区卫健委']), (['区卫健委'], [])]
"""

from __future__ import annotations

from typing import Iterator, Optional

import regex

from .hits import Hit, trim
from .labels import has_label_word
from .lexicon import head_ends
from .names import grade_of, parse_bodies
from .nominal import is_nominal
from .notes import Chunk, assign
from .._lazy import lazy_regex
from ..settings import (
    CELL_HEADER_LINES_MIN, CELL_HEADER_WORDS_MIN, CELL_LINE_GAP, CELL_NAMES_MAX, DIVISION_NAME_MAX, FLAT_NAME_MAX, FLAT_PLAIN_NAME, FLAT_READ_CELLS,
    FLAT_ROW_GAP, HEADER_CELL_MAX, OFFICE_NAME_MIN, PARTY_TASK_MAX,
)
from ..core.sentences import COMMAS, ENUMERATION
from .stops import STOPS, none_of, one_of
from .words import (
    LABEL_WORDS, LEAD_LABELS, SUPPORT_LABELS, TABLE_OTHER_HEADERS, TABLE_TASK_HEADERS, TIME_CELL_OPENERS, alt,
)

#: a glued header: task header words, then two or more label words (each perhaps after a
#: short qualifier such as "市卫健委内"), no punctuation or space between them
HEADER = lazy_regex(
    rf"(?:序号)?(?:{alt(TABLE_TASK_HEADERS)})(?:{alt(TABLE_TASK_HEADERS)})*"
    rf"(?P<cols>(?:\p{{Han}}{{0,8}}?{alt(LABEL_WORDS)})"
    rf"(?:\p{{Han}}{{0,8}}?{alt(LABEL_WORDS)}|{alt(TABLE_OTHER_HEADERS)}){{1,8}})"
)
_COLUMN = lazy_regex(alt(LABEL_WORDS))
_OTHER = lazy_regex(alt(TABLE_OTHER_HEADERS))
#: the end of a content cell, after which a row's names may follow
_CONTENT_END = regex.compile(one_of(STOPS))
#: characters that join two names inside one cell, and the empty-cell mark
_IN_CELL = ENUMERATION + COMMAS
_EMPTY = "/"
#: where a name may be followed by the next name without a separator: a place or scope
#: word opening it (市, 区, 各 …)
_NAME_OPENERS = "省市县区各国中"
_HAN = regex.compile(r"\p{Han}")
#: what ends the run of a row's names: a character neither Han nor a bracket
_NOT_IN_NAME = regex.compile(r"[^\p{Han}()]")


def flattened(text: str) -> Iterator[Hit]:
    """Rows of every glued task-division table in ``text``, and of every table written one
    cell per line (:func:`cell_lines`); none without a label word, which both kinds of header hold."""
    if not has_label_word(text):
        return
    headers = list(HEADER.finditer(text))
    for header, following in zip(headers, headers[1:] + [None]):
        columns = _COLUMN.findall(header["cols"]) + _OTHER.findall(header["cols"])
        bound = following.start() if following is not None else len(text)  # a table ends where the next begins
        yield from _rows(text, header.end(), columns, bound)
    if "\n" in text:
        yield from cell_lines(text)


_HEADER_LINE = lazy_regex(
    rf"^[ \t]*(?:序号|{alt(TABLE_TASK_HEADERS)}|(?P<label>{alt(LABEL_WORDS)})|{alt(TABLE_OTHER_HEADERS)})[ \t]*$"
)
#: the words a stripped line may be to match ``_HEADER_LINE``: it holds one of them and spaces only
_HEADER_WORDS = frozenset(("序号",) + TABLE_TASK_HEADERS + LABEL_WORDS + TABLE_OTHER_HEADERS)
_EMPTY_CELL = frozenset(("/", "-", "—", "无", "－"))
#: a row's number cell: "3", "1—2" (a sub-row), "2.1"
_ROW_NUMBER = regex.compile(r"\d+(?:[—\-－.．]\d+)*")


def cell_lines(text: str) -> Iterator[Hit]:
    """Rows of a task table written one cell per line (a PDF or HTML table flattened): a
    header of three or more header-word lines, one of them a label word (牵头单位 …); then
    in each row, the first line of body names after the task's lines is the first label's
    cell, the next one (where the next header is a support label) the support cell.

    >>> text = "序号\\n重点任务\\n牵头单位\\n配合单位\\n1\\n开展排查\\n区民政局\\n区财政局、区卫健委\\n2\\n建立台账\\n区卫健委\\n/"
    >>> [(h.lead, h.support, h.task) for h in cell_lines(text)]
    [(['区民政局'], ['区财政局', '区卫健委'], '开展排查'), (['区卫健委'], [], '建立台账')]
    """
    lines = _lines(text)
    i = 0
    while i < len(lines):
        labels, after = _header_at(lines, i)
        if not labels:
            i += 1
            continue
        yield from _line_rows(lines, after, labels)
        i = after


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The lines of ``text`` as (start, end, stripped text), a header word a page set one character a line
    ("配\\n合\\n单\\n位") joined into one line.

    >>> [t for _, _, t in _lines("任务\\n配\\n合\\n单\\n位\\n是")]
    ['任务', '配合单位', '是']
    """
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    return _join_spelled_words(out) if "\n" in text else out


def _join_spelled_words(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Runs of one-character lines that spell a header word, joined into one line."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j][2]) == 1 and "\u4e00" <= lines[j][2] <= "\u9fff":
            j += 1
        k = next((k for k in range(j, i + 1, -1) if "".join(t for _, _, t in lines[i:k]) in _HEADER_WORDS), None)
        if k is not None:
            out.append((lines[i][0], lines[k - 1][1], "".join(t for _, _, t in lines[i:k])))
            i = k
        else:
            out.append(lines[i])
            i += 1
    return out


def _header_at(lines: list[tuple[int, int, str]], i: int) -> tuple[list[str], int]:
    """The label words of a header of cell lines starting at line ``i`` (none unless three
    or more header lines, one a label), and the line after it.

    Besides the header words, a header holds the table's own column names ("项目名称", "子项目名称",
    "负责人"; short lines of Han characters) and labels with a qualifier ("负责处室/年段": the label's
    column): at least two lines of the header must be header words or such labels, so that a run of
    short lines of prose or headings is none.
    """
    if _header_cell(lines[i][2]) != "word":  # a header opens with a header word ("序号", a task header …)
        return [], i
    labels: list[str] = []
    known = 0
    j = end = i
    while j < len(lines):
        line = lines[j][2]
        if not line:
            j += 1
            continue
        kind = _header_cell(line)
        if kind is None:
            break
        j += 1
        if kind == "word":  # the header ends at its last header word: a row's first lines may be short too
            known += 1
            end = j
            m = _QUALIFIED_LABEL.match(line)
            if m is not None:
                labels.append(m["label"])
    j = end
    count = sum(1 for _, _, t in lines[i:j] if t)
    ok = labels and count >= CELL_HEADER_LINES_MIN and known >= CELL_HEADER_WORDS_MIN
    return (labels, j) if ok else ([], i)


#: a label word, perhaps qualified: "负责处室/年段", "责任单位（责任人）"
_QUALIFIED_LABEL = lazy_regex(rf"(?P<label>{alt(LABEL_WORDS)})(?:$|[/／（(、]{none_of('。，；：')}{{0,6}}$)")
#: a column name of the table's own: a short run of Han characters
_COLUMN_NAME = lazy_regex(rf"\p{{Han}}{{2,{HEADER_CELL_MAX}}}")


def _header_cell(line: str) -> Optional[str]:
    """"word" for a header word or a qualified label, "other" for a short column name of Han
    characters, None for a line no header holds."""
    if line in _HEADER_WORDS or _QUALIFIED_LABEL.match(line):
        return "word"
    if _COLUMN_NAME.fullmatch(line):
        return "other"
    return None


def _line_rows(lines: list[tuple[int, int, str]], start: int, labels: list[str]) -> Iterator[Hit]:
    lead_label = labels[0]
    support_label = labels[1] if len(labels) > 1 and labels[1] in SUPPORT_LABELS else None
    task: list[tuple[int, int, str]] = []
    cells: list[tuple[int, int, list[str]]] = []
    quiet = 0
    for begin, end, line in lines[start:]:
        if not line:
            continue
        names = [] if line in _EMPTY_CELL else _names_line(line)
        if names is not None and task:
            cells.append((begin, end, names))
            continue
        if cells:
            yield from _line_row(task, cells, lead_label, support_label)
            task, cells, quiet = [], [], 0
        elif _HEADER_LINE.match(line):
            return  # the next table's header
        quiet += 1
        if quiet > CELL_LINE_GAP:
            return
        task.append((begin, end, line))
    if cells:
        yield from _line_row(task, cells, lead_label, support_label)


Line = tuple[int, int, str]


def _line_row(
    task: list[Line], cells: list[tuple[int, int, list[str]]], lead_label: str, support_label: Optional[str]
) -> Iterator[Hit]:
    chunks = _chunks(lead_label, cells[0][2]) if cells[0][2] else []
    if support_label and len(cells) > 1 and cells[1][2]:
        chunks += _chunks(support_label, cells[1][2])
    lead, support = assign(chunks)
    if lead:
        numbers = [k for k, (_, _, t) in enumerate(task) if _ROW_NUMBER.fullmatch(t)]
        words = [t for _, _, t in task[numbers[-1] + 1 if numbers else 0 :]]  # after the row number
        yield Hit(lead, support, task[0][0], cells[-1][1], trim("".join(words))[:PARTY_TASK_MAX], "flat_table")


#: a completion-time cell closing a line of names, where the normaliser joined a cell "2015" "年" to the line before
_TRAILING_DEADLINE = lazy_regex(r"(?<=\p{Han})\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:底|前|以前|年底)?$")
_DEADLINE_LAST = frozenset("年月底前")


def _names_line(line: str) -> Optional[list[str]]:
    """The bodies of a line that is nothing but a list of named bodies or organs, or None; in a cell, names
    may stand apart by spaces ("党政办 总务处 信息处").

    >>> _names_line("党政办 总务处"), _names_line("区民政局、区财政局"), _names_line("寒假前")
    (['党政办', '总务处'], ['区民政局', '区财政局'], None)
    >>> _names_line("区民政局、区财政局2020年")  # the completion-time cell glued on
    ['区民政局', '区财政局']
    """
    if len(line) > CELL_NAMES_MAX:
        return None
    if line[-1:] in _DEADLINE_LAST:
        deadline = _TRAILING_DEADLINE.search(line)
        if deadline is not None and deadline.start() > 0:
            line = line[: deadline.start()]  # "市民政局2015年": the next cell, a deadline, joined to it by the normaliser
    parts = line.split()
    if len(parts) > 1:
        lists = [_names_line(part) for part in parts]
        return None if any(names is None for names in lists) else [n for names in lists for n in names or ()]
    bodies = parse_bodies(line)
    if not bodies or any(b.grade == "weak" and not b.name.startswith("各") for b in bodies):
        return None
    return [b.name for b in bodies] if all(is_nominal(b.name) for b in bodies) else None


def _rows(text: str, start: int, columns: list[str], bound: int) -> Iterator[Hit]:
    labels = columns[:FLAT_READ_CELLS]  # each cell read under its own column's label: 配合单位 may come first
    row_start = start
    for end in _CONTENT_END.finditer(text, start, bound):
        if end.end() - row_start > FLAT_ROW_GAP:
            return
        cells, stop = read_cells(text, end.end(), len(columns))
        if stop > bound:
            return
        if not cells or not cells[0] or len(cells) < 2 and _prose_follows(text, stop):
            continue
        chunks = [chunk for label, cell in zip(labels, cells) if cell for chunk in _chunks(label, cell)]
        lead, support = assign(chunks)
        if lead:
            task = trim(text[row_start : end.end()]).lstrip("0123456789")
            yield Hit(lead, support, row_start, stop, task[:PARTY_TASK_MAX], "flat_table")
        row_start = stop


def _prose_follows(text: str, pos: int) -> bool:
    """A lone cell of names followed by more Han text is the subject of a sentence
    ("各区、各县结合实际，…"); a row's cells are followed by a number, a date, a mark or
    the end of the text, or a time cell in words ("持续实施")."""
    return bool(_HAN.match(text[pos : pos + 1])) and not text.startswith(TIME_CELL_OPENERS, pos)


def _chunks(label: str, names: list[str]) -> list[Chunk]:
    role = "lead" if label in LEAD_LABELS else "support" if label in SUPPORT_LABELS else ""
    return [Chunk(tuple(names), role)]


def read_cells(text: str, pos: int, most: int) -> tuple[list[list[str]], int]:
    """The cells (each a list of names, ``[]`` for an empty cell) of the glued run of names at
    ``pos``, at most ``most`` of them, and where the run ends.

    >>> read_cells("区民政局区财政局、区卫健委规划处/2建立台账", 0, 4)
    ([['区民政局'], ['区财政局', '区卫健委'], ['规划处'], []], 17)
    >>> read_cells("各区要建立台账", 0, 4)
    ([], 0)
    """
    cells: list[list[str]] = []
    current: list[str] = []
    p = pos
    while p < len(text) and len(cells) < most:
        ch = text[p]
        if ch == _EMPTY:
            if current:
                cells.append(current)
                current = []
            if len(cells) < most:
                cells.append([])
            p += 1
            continue
        joined = ch in _IN_CELL and bool(current)
        at = p + 1 if joined else p
        # the first name opens the run only where a boundary is sure; the names of the
        # cells read (lead and support) may end at their shortest office name
        loose = bool(cells or current) and len(cells) + (not joined and bool(current)) < FLAT_READ_CELLS
        end = name_at(text, at, strict=not loose)
        if end is None:
            break
        if current and not joined:
            cells.append(current)
            current = []
            if len(cells) >= most:
                break
        current.append(text[at:end])
        p = end
    if current:
        cells.append(current)
    return (cells, p) if cells else ([], pos)


def name_at(text: str, pos: int, strict: bool = False) -> Optional[int]:
    """Where the body name that starts at ``pos`` ends, or None.

    The shortest body that the next name (a place or scope word opening it, or a short
    office name after a long one), a separator or a sentence mark may follow; else (not
    ``strict``) the shortest body there that is not a bare place.

    >>> t = "各县政府市民政局规划处法规处根据需要"
    >>> name_at(t, 0), name_at(t, 4), name_at(t, 8), name_at(t, 11)
    (4, 8, 11, 14)
    >>> name_at("医联体牵头医院牵头、成员单位参与", 0, strict=True) is None
    True
    """
    shortest: Optional[int] = None
    for end in _body_ends(text, pos):
        if _boundary(text, pos, end):
            return end
        if shortest is None and grade_of(text[pos:end]) != "weak":
            shortest = end
    return None if strict else shortest


def _body_ends(text: str, pos: int) -> Iterator[int]:
    """Ends of the bodies that start at ``pos``, shortest first (Han characters only)."""
    window = text[pos : pos + FLAT_NAME_MAX]
    stop = _NOT_IN_NAME.search(window)
    window = window[: stop.start()] if stop else window
    ends = sorted(head_ends(window))  # the ends of the overlapped head-word scan (``lexicon.head_ends``)
    for end in ends:
        piece = window[:end]
        if end >= 2 and grade_of(piece) is not None and (end <= FLAT_PLAIN_NAME or is_nominal(piece)):
            yield pos + end


def _boundary(text: str, pos: int, end: int) -> bool:
    if end >= len(text) or text[end] in _IN_CELL + _EMPTY or not _HAN.match(text[end]):
        return True
    if text.startswith(TIME_CELL_OPENERS, end):
        return True  # the row's time cell in words ("市民政局持续实施", "…长期坚持")
    if text[end] in _NAME_OPENERS and text[end : end + 2] not in _NOT_OPENERS:
        return any(True for _ in _body_ends(text, end))
    # an internal division after an office name ("市卫生健康委基层科"): a short office name
    return end - pos >= OFFICE_NAME_MIN and any(e - end <= DIVISION_NAME_MAX for e in _body_ends(text, end))


#: two-character words that open with a place character but open no name (区政府 is read
#: as the 政府 of the name before: "各区政府"; 市场 is a market)
_NOT_OPENERS = frozenset(("区政", "市场", "中心"))
