"""Explicit responsibility labels: "（责任单位：…）", "牵头单位：…；配合单位：…",
"（市发展改革委牵头，市财政局、市人社局配合）" and task tables with a responsibility column.

Roles follow SPEC.md: bodies marked 牵头 lead and the rest support; a plain list after
责任单位/责任部门 has its first body lead and the others support.
"""

from __future__ import annotations

from typing import Iterator, Optional

import regex

from .hits import Hit, trim
from .names import parse_bodies, split_items
from .words import (
    LABEL_WORDS, LEAD_LABELS, LEAD_ROLES, SUPPORT_LABELS, SUPPORT_ROLES, TABLE_RESP_HEADERS,
    TABLE_TASK_HEADERS, alt,
)
from .._lazy import lazy_regex

_ITEMS = r"(?:[^；;。\n()（）:：]|\([^()]*\))+"
_LABEL = lazy_regex(rf"(?P<label>{alt(LABEL_WORDS)})(?:\([^()]*\))?\s*[:：]\s*(?P<list>{_ITEMS})")
_GROUP = regex.compile(rf"(?:\(\s*)?{_LABEL.pattern}(?:\s*[；;，,]?\s*{_LABEL.pattern.replace('?P<label>', '').replace('?P<list>', '')})*\s*\)?")
_PAREN = regex.compile(r"\((?P<inner>(?:[^()]|\([^()]*\)){2,80})\)")
#: "X(按职责分工|分别|共同)负责": the bodies, an optional manner adverbial, the role word
_ROLE_CHUNK = lazy_regex(
    rf"^(?P<x>.+?)(?:按照?(?:各自)?职责(?:分工)?|分别|共同)?(?P<role>{alt(LEAD_ROLES + SUPPORT_ROLES)})$"
)
_ITEM_MARKER = lazy_regex(r"^\s*(?:\((?:\p{N}{1,3}|[一二三四五六七八九十]{1,3})\)|\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、)\s*")
_SPACES = regex.compile(r"\s+")
_CHUNK_SEP = regex.compile(r"\s*[，,；;]\s*")
_HEADER_NOISE = regex.compile(r"\s|\(.*\)")
_MARKED = lazy_regex(rf"\((?P<role>{alt(LEAD_ROLES + SUPPORT_ROLES)})\)$")


def parse_label_list(label: str, items: str) -> Optional[tuple[list[str], list[str]]]:
    """(lead, support) of one labelled list.

    >>> parse_label_list("责任单位", "市教育局、市财政局、市人社局")
    (['市教育局'], ['市财政局', '市人社局'])
    >>> parse_label_list("责任单位", "市财政局、市教育局(牵头)")
    (['市教育局'], ['市财政局'])
    """
    marked: list[tuple[str, str]] = []
    for raw in _SPACES.split(items.strip()):
        for piece in split_items(raw):
            m = _MARKED.search(piece)
            marked.append((piece[: m.start()] if m else piece, m["role"] if m else ""))
    names: list[str] = []
    roles: list[str] = []
    for piece, role in marked:
        bodies = parse_bodies(piece)
        if not bodies:
            return None
        names.extend(b.name for b in bodies)
        roles.extend(role for _ in bodies)
    return _assign(label, names, roles) if names else None


def _assign(label: str, names: list[str], roles: list[str]) -> tuple[list[str], list[str]]:
    if any(r in LEAD_ROLES for r in roles):
        lead = [n for n, r in zip(names, roles) if r in LEAD_ROLES]
        return lead, [n for n, r in zip(names, roles) if r not in LEAD_ROLES]
    if label in SUPPORT_LABELS:
        return [], names
    if label in LEAD_LABELS:
        return names, []
    return names[:1], names[1:]


_LAST_STOP = lazy_regex(r"[。；;！？!?](?=[^。；;！？!?]*$)")


def _task_before(text: str, pos: int) -> tuple[int, str]:
    """Start and text of the task that a label closes: the sentence right before it, on its
    line or (for a label on a line of its own) on the line before.

    >>> text = "（一）深化改革。建立联席会议制度。推进学分互认（市教育局负责）"
    >>> _task_before(text, text.index("（市"))
    (17, '推进学分互认')
    """
    line_start = text.rfind("\n", 0, pos) + 1
    if not trim(text[line_start:pos]).strip("(（ "):
        line_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    body = text[line_start:pos].rstrip("(（ \n。；;")
    stop = _LAST_STOP.search(body)
    start = line_start + (stop.end() if stop else 0)
    task = _ITEM_MARKER.sub("", trim(text[start:pos]).rstrip("(（ "))
    return start, task


def labelled(text: str) -> Iterator[Hit]:
    """Every label group ("牵头单位：A；配合单位：B" counts as one) with the task it closes."""
    for g in _GROUP.finditer(text):
        lead: list[str] = []
        support: list[str] = []
        for m in _LABEL.finditer(g.group(0)):
            parsed = parse_label_list(m["label"], trim(m["list"]))
            if parsed:
                lead += parsed[0]
                support += parsed[1]
        if lead or support:
            start, task = _task_before(text, g.start())
            yield Hit(lead, support, start, g.end(), task[:80], "label")


def parse_role_phrase(inner: str) -> Optional[tuple[list[str], list[str]]]:
    """(lead, support) of "X牵头，Y、Z配合"; None unless every chunk is bodies + a role word.

    >>> parse_role_phrase("市发展改革委牵头，市财政局、市人社局配合")
    (['市发展改革委'], ['市财政局', '市人社局'])
    >>> parse_role_phrase("区卫健委、区住房和城乡建设局按职责分工负责")
    (['区卫健委', '区住房和城乡建设局'], [])
    """
    lead: list[str] = []
    support: list[str] = []
    for chunk in _CHUNK_SEP.split(inner.strip()):
        m = _ROLE_CHUNK.match(chunk)
        bodies = parse_bodies(m["x"]) if m else None
        if not m or not bodies:
            return None
        (lead if m["role"] in LEAD_ROLES else support).extend(b.name for b in bodies)
    return (lead, support) if lead else None


def parenthesised(text: str) -> Iterator[Hit]:
    """"（X牵头，Y配合）" after a task: the roles as written."""
    for m in _PAREN.finditer(text):
        inner = m["inner"]
        if "牵头" not in inner and "负责" not in inner:
            continue
        parsed = parse_role_phrase(inner)
        if parsed:
            start, task = _task_before(text, m.start())
            yield Hit(parsed[0], parsed[1], start, m.end(), task[:80], "paren")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _header_columns(cells: list[str]) -> Optional[tuple[int, list[tuple[int, str]]]]:
    """(task column, [(responsibility column, its label)]) of a header row, or None."""
    norm = [_HEADER_NOISE.sub("", c) for c in cells]
    resp = [(i, c) for i, c in enumerate(norm) if c in TABLE_RESP_HEADERS]
    if not resp:
        return None
    task = next((i for i, c in enumerate(norm) if c in TABLE_TASK_HEADERS), None)
    if task is None:
        others = [i for i in range(len(norm)) if i not in dict(resp)]
        task = max(others, key=lambda i: len(norm[i]), default=resp[0][0])
    return task, resp


def tabled(text: str) -> Iterator[Hit]:
    """Rows of a tab-separated table whose header names one or more responsibility columns."""
    columns: Optional[tuple[int, list[tuple[int, str]]]] = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            columns = None
            continue
        cells = _cells(line)
        found = _header_columns(cells)
        if found:
            columns = found
            continue
        if columns:
            lead, support = _row_roles(cells, columns[1])
            if lead or support:
                task = cells[columns[0]] if len(cells) > columns[0] else ""
                yield Hit(lead, support, start, start + len(line), trim(task)[:80], "table")


def _row_roles(cells: list[str], resp: list[tuple[int, str]]) -> tuple[list[str], list[str]]:
    lead: list[str] = []
    support: list[str] = []
    for index, label in resp:
        if index < len(cells) and cells[index]:
            got = _cell_roles(label, cells[index]) or ([], [])
            lead, support = lead + got[0], support + got[1]
    return lead, support


def _cell_roles(label: str, cell: str) -> Optional[tuple[list[str], list[str]]]:
    inner = list(_LABEL.finditer(cell))
    if inner:
        lead: list[str] = []
        support: list[str] = []
        for m in inner:
            got = parse_label_list(m["label"], trim(m["list"])) or ([], [])
            lead, support = lead + got[0], support + got[1]
        return lead, support
    return parse_role_phrase(cell) or parse_label_list(label, trim(cell))
