"""Explicit responsibility labels: "（责任单位：…）", "牵头单位：…；配合单位：…",
"（市发展改革委牵头，市财政局、市人社局配合）" and task tables with a responsibility column.

Roles follow SPEC.md: bodies marked 牵头 lead and the rest support; a plain list after
责任单位/责任部门 has its first body lead and the others support.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

import regex

from .hits import Hit, trim
from .lexicon import tail_of
from .names import parse_bodies, split_items
from .nominal import is_nominal
from .notes import (
    ROLE_CLASSES, ROLE_WORDS, Chunk, assign, before_comma_leads, before_comma_rule_at, first_listed_rule_at,
    has_role_word, parse_note, strip_stated_rule,
)
from .words import (
    ADDRESSING_SCOPES, LABEL_WORDS, LEAD_LABELS, NOTE_LEAD_ROLES, NOTE_SUPPORT_ROLES, SUPPORT_LABELS, TABLE_RESP_HEADERS,
    TABLE_TASK_HEADERS, alt,
)
from .._lazy import lazy_re, lazy_regex
from ..core.sentences import CLAUSE_STOPS, COLONS, COMMAS
from ..settings import NAME_BEFORE_BRACKET, NOTE_FIELD_MAX, NOTE_MAX_CHARS, PARTY_TASK_MAX
from .stops import PERIODS, STOPS, none_of, one_of

_ITEM_CHAR = none_of(PERIODS + "\n" + COLONS, r"()（）【】\[\]〔〕")
#: a list runs up to the next label, even one after a comma ("（牵头单位：A，责任单位：B、C）"), or up to another
#: field of the note ("（负责部门：A、B，适用范围：…）", "…；完成时限：…"): a short name and a colon
#: or straight after the last name, where a page run together on one line lost the separator ("牵头处室：A配合处室：B")
_NEXT_LABEL = (rf"(?:{one_of(COMMAS + CLAUSE_STOPS)}\s*(?:{alt(LABEL_WORDS)}|\p{{Han}}{{2,{NOTE_FIELD_MAX}}})|(?:{alt(LABEL_WORDS)}))"
               rf"(?:\([^()]*\))?\s*[:：]")
#: ... and up to the next item's marker, where a text run together on one line glues it to the list ("责任单位：A处
#: (60日)(2)烟花爆竹企业：…", "…B处3.行政处罚…")
_NEXT_ITEM = r"\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)(?=\p{Han})|(?<!\d)\d{1,2}[.．、](?=\p{Han})"
_ITEMS = rf"(?:(?!{_NEXT_LABEL}|{_NEXT_ITEM})(?:{_ITEM_CHAR}|\([^()]*\)))+"
_LABEL = lazy_regex(rf"(?P<label>{alt(LABEL_WORDS)})(?:\([^()]*\))?\s*[:：]\s*(?P<list>{_ITEMS})")
_GROUP = lazy_regex(
    rf"(?:[(【\[〔]\s*)?{_LABEL.pattern}"
    rf"(?:\s*{one_of(CLAUSE_STOPS + COMMAS + '。')}?\s*{_LABEL.pattern.replace('?P<label>', '').replace('?P<list>', '')})*"
    r"\s*[)】\]〕]?"  # "牵头单位：A。责任单位：B" is one group too
)
#: what every label group opens with: a label word and its colon (a cheap gate before the group pattern, which costs a
#: first parse about 5 ms to compile: a text holding a label word without a colon has no group)
_LABEL_COLON = lazy_regex(rf"{alt(LABEL_WORDS)}(?:\([^()]*\))?\s*[:：]")
#: a bracketed note; national task-division notes list a dozen ministries (up to ~240 chars)
#: 〔…〕 (tortoise-shell brackets) hold the notes of some local schemes too ("…工作经费。〔市发展改革委牵头，市级相关部门
#: 配合〕"); a document number's year ("川府发〔2014〕66号") holds no role word and closes no task
_PAREN = lazy_regex(
    rf"\((?P<inner>(?:[^()]|\([^()]*\)){{2,{NOTE_MAX_CHARS}}})\)"
    rf"|〔(?P<shell>(?:[^〔〕()]|\([^()]*\)){{2,{NOTE_MAX_CHARS}}})〕"
)
_ITEM_MARKER = lazy_regex(r"^\s*(?:\((?:\p{N}{1,3}|[一二三四五六七八九十]{1,3})\)|\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、)\s*")
_SPACES = regex.compile(r"\s+")
_HEADER_NOISE = lazy_regex(r"\s|\(.*\)")
_MARKED = lazy_regex(rf"\((?P<role>{alt(ROLE_WORDS)})\)$")
_MARKED_INSIDE = lazy_regex(rf"\((?:{alt(ROLE_WORDS)})\)")


def parse_label_list(label: str, items: str, first_listed: bool = False) -> Optional[tuple[list[str], list[str]]]:
    """(lead, support) of one labelled list (the lead rules of :mod:`.notes`).

    >>> parse_label_list("责任单位", "市教育局、市财政局、市人社局")
    (['市教育局'], ['市财政局', '市人社局'])
    >>> parse_label_list("责任单位", "市财政局、市教育局(牵头)")
    (['市教育局'], ['市财政局'])
    >>> parse_label_list("牵头单位", "市教育局、市财政局")
    (['市教育局', '市财政局'], [])
    """
    chunks = label_chunks(label, items)
    return assign(chunks, first_listed) if chunks else None


def label_chunks(label: str, items: str) -> Optional[list[Chunk]]:
    """The chunks of one labelled list: the label's role for every body ("牵头单位：" lead,
    "配合单位：" support, "责任单位：" none), a "(牵头)" mark or a role phrase as written.

    >>> label_chunks("责任单位", "市民政局牵头，市财政局配合")
    [Chunk(names=('市民政局',), role='lead'), Chunk(names=('市财政局',), role='support')]
    """
    own = "lead" if label in LEAD_LABELS else "support" if label in SUPPORT_LABELS else ""
    if has_role_word(items):
        phrase = parse_note(items)
        if phrase:
            return [c if c.role else Chunk(c.names, own) for c in phrase]
    chunks: list[Chunk] = []
    for raw in _SPACES.split(items.strip()):
        pieces = split_items(raw, strong_only=True) if _MARKED_INSIDE.search(raw) else [raw]
        for piece in pieces:
            m = _MARKED.search(piece)
            bodies = parse_bodies(piece[: m.start()] if m else piece)
            if not bodies:
                return None
            role = ROLE_CLASSES.get(m["role"], own) if m else own
            chunks.append(Chunk(tuple(b.name for b in bodies), role))
    return chunks or None


#: where a task closed by a note may begin: after a sentence end, or after the previous
#: task's note ("…(A负责)具体措施：1.…(B负责)" — B's task does not hold A's note)
_LAST_STOP = lazy_regex(rf"{one_of(STOPS)}|(?<={alt(ROLE_WORDS)})\)", regex.REVERSE)


#: brackets that may open a label or note after its task
_OPENERS = "(（【[〔 "


def _task_before(text: str, pos: int) -> tuple[int, str]:
    """Start and text of the task that a label closes: the sentence right before it, on its
    line or (for a label on a line of its own) on the line before.

    >>> text = "（一）深化改革。建立联席会议制度。推进学分互认（市教育局负责）"
    >>> _task_before(text, text.index("（市"))
    (17, '推进学分互认')
    >>> text = "建立台账。(市民政局负责)1.开展排查(市卫健委负责)"
    >>> _task_before(text, text.rindex("("))
    (13, '开展排查')
    """
    line_start = text.rfind("\n", 0, pos) + 1
    if not trim(text[line_start:pos]).strip(_OPENERS):
        line_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    body = text[line_start:pos].rstrip(_OPENERS + "\n" + PERIODS)
    stop = _LAST_STOP.search(body)
    start = line_start + (stop.end() if stop else 0)
    task = _ITEM_MARKER.sub("", trim(text[start:pos]).rstrip(_OPENERS))
    return start, task


#: any label word: a label group holds one, and so does the header of a task table
_LABEL_WORD = lazy_re(alt(LABEL_WORDS))


@lru_cache(maxsize=2)
def has_label_word(text: str) -> bool:
    """Does ``text`` hold a label word (责任单位, 牵头单位 …)? Without one it has no label group and no
    task table with a responsibility column (most documents: a scan of the text spared). Kept for the last
    texts asked about: the label and the table recognisers both ask about the whole text."""
    return _LABEL_WORD.search(text) is not None


def labelled(text: str) -> Iterator[Hit]:
    """Every label group ("牵头单位：A；配合单位：B" counts as one) with the task it closes."""
    if not has_label_word(text) or _LABEL_COLON.search(text) is None:
        return
    rule_at = first_listed_rule_at(text)
    comma_at = before_comma_rule_at(text)
    for g in _GROUP.finditer(text):
        chunks: list[Chunk] = []
        labels = list(_LABEL.finditer(g.group(0)))
        for m in labels:
            chunks += label_chunks(m["label"], strip_stated_rule(trim(m["list"]))) or []
        lead, support = assign(chunks, rule_at is not None and rule_at < g.end())
        if comma_at is not None and _stated_by(text, comma_at, g.end()) and len(labels) == 1:
            # "〔责任单位：A、B，C、D〕" where the document states "逗号前为牵头单位": A and B lead
            items = strip_stated_rule(trim(labels[0]["list"]))
            if not has_role_word(items):
                lead, support = before_comma_leads(items) or (lead, support)
        if lead or support:
            start, task = _task_before(text, g.start())
            yield Hit(lead, support, start, g.end(), task[:PARTY_TASK_MAX], "label")


def parse_role_phrase(inner: str, first_listed: bool = False) -> Optional[tuple[list[str], list[str]]]:
    """(lead, support) of a note with role words ("X牵头，Y、Z配合", "A、B按职责分工负责");
    None unless every piece of it names bodies.

    >>> parse_role_phrase("市发展改革委牵头，市财政局、市人社局配合")
    (['市发展改革委'], ['市财政局', '市人社局'])
    >>> parse_role_phrase("区卫健委、区住房和城乡建设局按职责分工负责")
    (['区卫健委'], ['区住房和城乡建设局'])
    """
    chunks = parse_note(strip_stated_rule(inner))
    return assign(chunks, first_listed) if chunks else None


def parenthesised(text: str) -> Iterator[Hit]:
    """"（X牵头，Y配合）", "（A、B负责）" after a task: the lead rules of :mod:`.notes`."""
    rule_at = first_listed_rule_at(text)
    for m in _PAREN.finditer(text):
        inner = _without_fields(m["inner"] or m["shell"])
        first_listed = rule_at is not None and rule_at < m.end()
        if has_role_word(inner):
            parsed = parse_role_phrase(inner, first_listed)
        elif _closes_task(text, m.start(), m.end()) and not _after_name(text, m.start()) \
                and not _CONTACT_BEFORE.search(text, max(0, m.start() - CONTACT_REACH), m.start()):
            parsed = parse_bare_list(inner, first_listed)
        else:
            continue
        if parsed and (parsed[0] or parsed[1]):
            start, task = _task_before(text, m.start())
            yield Hit(parsed[0], parsed[1], start, m.end(), task[:PARTY_TASK_MAX], "paren")


_SENTENCE_END = STOPS
def _stated_by(text: str, rule_at: int, end: int) -> bool:
    """Does a rule stated at ``rule_at`` hold for a note ending at ``end``: stated before it, or inside the same
    bracket, right after its list ("〔责任单位：A，B（逗号前为牵头单位，下同）〕")?"""
    return rule_at < end or not any(c in text[end:rule_at] for c in ")）〕】]")


#: another field of a note after its bodies: "，完成时限：2021年10月", "；责任人：…", or the deadline alone
#: ("，2023年10月底前完成并持续推进", "，长期坚持")
_FIELD_AFTER = lazy_regex(
    rf"{one_of(COMMAS + CLAUSE_STOPS)}\s*(?:\p{{Han}}{{2,{NOTE_FIELD_MAX}}}\s*[:：]|(?:20\d\d年|\d{{1,2}}月|年底|长期|持续))"
)


def _without_fields(inner: str) -> str:
    """A note up to the first field after its bodies.

    >>> _without_fields("市科委、中关村管委会负责落实，完成时限：2021年10月")
    '市科委、中关村管委会负责落实'
    >>> _without_fields("市政务服务局牵头，市各相关部门按分管领域负责，2023年12月底前完成")
    '市政务服务局牵头，市各相关部门按分管领域负责'
    """
    m = _FIELD_AFTER.search(inner)
    return inner[: m.start()] if m and m.start() > 0 else inner


def _after_name(text: str, start: int) -> bool:
    r"""Does the bracket at ``start`` follow a body's name (line breaks and spaces aside)? Then
    it belongs to that name ("交通部\n(铁路局)": the unit of the ministry), no note.

    >>> _after_name("主题演练：市交通局\n(市轨道办)", 10), _after_name("做好保障。(市交通局)", 5)
    (True, False)
    """
    before = text[max(0, start - NAME_BEFORE_BRACKET) : start].rstrip(" \t\n")
    return bool(before) and before[-1] not in _SENTENCE_END and tail_of(before) is not None


#: a telephone number right before a bracket: "17757528797（教科室）" names whose line it is, no task's bodies
_CONTACT_BEFORE = lazy_regex(r"\d[\d\-－ ]{5,}\d\s*$")
CONTACT_REACH = 24


def _closes_task(text: str, start: int, end: int) -> bool:
    """Does a bracket stand where a note closes a task: right after a sentence end, or right
    before one (or a line end, or the end of the text)?"""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    return (i >= 0 and text[i] in _SENTENCE_END) or j == len(text) or text[j] in _SENTENCE_END + "\n"


def parse_bare_list(inner: str, first_listed: bool = False) -> Optional[tuple[list[str], list[str]]]:
    """(lead, support) of a bracketed list of bodies without role words closing a task
    ("（市教育局、市财政局）", SPEC rule 3: the body named first leads); None unless every item
    is a named body or an organ (no place, school or other weak head, no verb inside), or a group of
    administrative units addressed with 各 ("各区县", "各县（市、区）") beside at least one such body.

    >>> parse_bare_list("市应急管理局、市财政局")
    (['市应急管理局'], ['市财政局'])
    >>> parse_bare_list("市、区"), parse_bare_list("含民办学校"), parse_bare_list("2024年"), parse_bare_list("各区县")
    (None, None, None, None)
    >>> parse_bare_list("市教育局、各区县")
    (['市教育局'], ['各区县'])
    """
    bodies = parse_bodies(inner)
    if not bodies or any(not is_nominal(b.name) for b in bodies):
        return None
    if all(b.grade == "weak" for b in bodies) or any(b.grade == "weak" and not b.name.startswith(ADDRESSING_SCOPES)
                                                      for b in bodies):
        return None
    return assign([Chunk(tuple(b.name for b in bodies), "")], first_listed)


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
                yield Hit(lead, support, start, start + len(line), trim(task)[:PARTY_TASK_MAX], "table")


def _row_roles(cells: list[str], resp: list[tuple[int, str]]) -> tuple[list[str], list[str]]:
    chunks: list[Chunk] = []
    for index, label in resp:
        if index < len(cells) and cells[index]:
            chunks += _cell_chunks(label, cells[index])
    return assign(chunks)


def _cell_chunks(label: str, cell: str) -> list[Chunk]:
    inner = list(_LABEL.finditer(cell))
    if inner:
        return [c for m in inner for c in label_chunks(m["label"], trim(m["list"])) or []]
    return label_chunks(label, trim(cell)) or []


#: a body marked as the lead right after its name: "…设施市住房城乡规划建设局(牵头)、市民政局和各区县人民政府…"
_LEAD_MARK = lazy_re(r"[(（]牵头[)）]")
#: a label opening a list ("责任单位：…"): a mark after it is the label's to read
_LABEL_LIST = lazy_re(rf"(?:{alt(LABEL_WORDS)})\s*[:：]")
#: the characters a body's name may open with in a task table glued to its task: a level of government
_SCOPE_OPENERS = "市省县区州"
#: the bodies listed after a lead mark run up to a number (the table's time column, the next row) or a stop
_LIST_END = lazy_regex(rf"[\d{re.escape(PERIODS)}\n(（〔]|\s{{2,}}")


def marked_leads(text: str) -> Iterator[Hit]:
    """A task table glued into running text, each row "task + lead(牵头)、supporters + time": the body right before
    "(牵头)" leads, the bodies listed after it support (SPEC rule 2). The lead's name is glued to its task, so it
    is read from the last level word (市, 县 …) before the mark where the rest reads as one body.

    >>> t = "1加快推进公共设施无障碍改造市住房城乡建设局(牵头)、市民政局和各区县人民政府2014年启动实施"
    >>> [(h.lead, h.support, h.task) for h in marked_leads(t)]
    [(['市住房城乡建设局'], ['市民政局', '各区县人民政府'], '加快推进公共设施无障碍改造')]
    >>> list(marked_leads("责任单位：市财政局、市教育局(牵头)"))  # inside a labelled note: the label reads it
    []
    """
    if "牵头" not in text:
        return
    for m in _LEAD_MARK.finditer(text):
        start = _marked_name_start(text, m.start())
        if start is None:
            continue
        line_head = text[text.rfind("\n", 0, start) + 1 : start]
        if _LABEL_LIST.search(line_head[-NOTE_MAX_CHARS:]) or _open_bracket_before(line_head):
            continue  # a labelled or bracketed note holds the mark: its own recogniser reads it
        end = _LIST_END.search(text, m.end())
        stop = end.start() if end else len(text)
        support = _listed_bodies(text[m.end() : stop])
        task_start, task = _task_after_previous(text, start)
        if task:
            yield Hit([text[start : m.start()]], support, task_start, stop, task[:PARTY_TASK_MAX], "marked_lead")


def _marked_name_start(text: str, mark: int) -> Optional[int]:
    """Where the lead's name before a lead mark starts: the last level word before it from which the rest reads as
    one body, within ``NAME_BEFORE_BRACKET`` characters; None where none does."""
    for start in range(mark - 2, max(-1, mark - NAME_BEFORE_BRACKET), -1):
        if text[start] in "\n。；;":
            return None
        if text[start] in _SCOPE_OPENERS:
            bodies = parse_bodies(text[start:mark])
            if bodies and len(bodies) == 1 and bodies[0].name == text[start:mark] and is_nominal(text[start:mark]):
                return start
    return None


def _open_bracket_before(head: str) -> bool:
    """Is a bracket opened before the end of ``head`` and not closed (the mark stands inside a note)?"""
    return max(head.rfind("("), head.rfind("（")) > max(head.rfind(")"), head.rfind("）"))


def _listed_bodies(listed: str) -> list[str]:
    """The supporting bodies listed after a lead mark, up to the last item that names a body."""
    items = listed.lstrip("、，, ")
    while items:
        bodies = parse_bodies(items)
        if bodies:
            return [b.name for b in bodies]
        cut = max(items.rfind("、"), items.rfind("和"))
        items = items[:cut] if cut > 0 else ""
    return []


#: the previous row of a glued task table ends with its time column: a year, a quarter or a month, then 完成/实施 …
_ROW_BEFORE = lazy_regex(r"(?:[。；;\n]|(?:\d{4}年|季度|月底?前?|长期|持续)[\p{Han}]{0,8}?(?:完成|实施|措施|推进|开展)\d{0,3})",
                         regex.REVERSE)


def _task_after_previous(text: str, name_start: int) -> tuple[int, str]:
    """The task a glued row names before its lead: from the end of the previous row (its time column and the row
    number after it) or sentence, up to the lead's name."""
    m = _ROW_BEFORE.search(text, max(0, name_start - 2 * PARTY_TASK_MAX), name_start)
    start = m.end() if m else text.rfind("\n", 0, name_start) + 1
    while start < name_start and (text[start].isdigit() or text[start] in " \t、.．"):
        start += 1
    return start, _ITEM_MARKER.sub("", trim(text[start:name_start]))


#: a table cell on a line of its own, opened by a tab (a flattened table, one cell a line)
_CELL_LINE = lazy_re(r"(?m)^\t[ \t]*(?P<x>[^\t\n]{2,160}?)[ \t]*$")
#: what closes a cell that is a role note: a lead or support role ("X牵头，Y协助办理", "X牵头办理")
_ROLE_CELL_END = lazy_re("(?:" + "|".join(NOTE_LEAD_ROLES + NOTE_SUPPORT_ROLES) + r")[。.]?$")


def role_cells(text: str) -> Iterator[Hit]:
    """Cells of a flattened task table that hold nothing but a role note ("福田公安分局牵头，各街道办协助办理",
    "文体中心牵头办理"), each on a line of its own after a tab: the note names who does the row's task (SPEC rule 2).

    >>> t = "序号\\t项目\\t牵头单位\\n1\\n\\t建设警务室\\n\\t市公安分局牵头，各街道办协助办理\\n2\\n\\t免费游泳\\n\\t文体中心牵头办理\\n"
    >>> [(h.lead, h.support) for h in role_cells(t)]
    [(['市公安分局'], ['各街道办']), (['文体中心'], [])]
    """
    if "\t" not in text or "牵头" not in text:
        return
    for m in _CELL_LINE.finditer(text):
        cell = m["x"]
        if not _ROLE_CELL_END.search(cell):
            continue
        lead, support = assign(parse_note(cell.rstrip("。.")))
        if lead:
            yield Hit(lead, support, m.start("x"), m.end("x"), cell[:PARTY_TASK_MAX], "role_cell")

