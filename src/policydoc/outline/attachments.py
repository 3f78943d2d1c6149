"""Attachment lists: the numbered items after 附件：/附表：/附图： are list items, not headings.

A notice closes with the list of what it attaches ("附件：1.任务分解表  2.考核办法",
on one line or one item a line). Those "1." "2." are not an outline. The list is
recognised from its opening word and colon, then runs over the items:

1. an opener from ``OPENERS`` followed by a colon, its first item numbered 1
   ("1." "1、" or "(1)");
2. the rest of that line, and each following line that starts with the next
   item number and is short (an item name, not a paragraph).

A heading titled 附件 with the attached document below it ("附件：\\n某某办法\\n一、总则")
is untouched: the list must start on the colon's line or the line right after
it with item 1, and a line that is not an item ends it.

>>> t = "二、要求\\n附件：1.任务表 2.考核办法\\n3.名单\\n某县人民政府"
>>> [t[a:b] for a, b in attachment_spans(t)]
['1.任务表 2.考核办法\\n3.名单']
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, TypeVar

from .._lazy import lazy_re
from ..data.marker_words import INDICATOR_SET_TITLES, SPEAKER_ADDRESSES

_C = TypeVar("_C")

OPENERS: tuple[str, ...] = ("附件", "附表", "附图")  # words that open an attachment list (data)
ITEM_MAX = 80  # a line longer than this is prose, not an item name

_OPENER = lazy_re(rf"(?:{'|'.join(OPENERS)})[ \t\u3000]*[：:][ \t\u3000]*\n?[ \t\u3000]*(?=1[.．、]|[(（]1[)）])")
_ITEM_LINE = lazy_re(  # compiled on first use, like _GLOSSARY_OPENER and _NUMBERS: read only after an opener
    r"[ \t\u3000]*(?:(\d{1,2})[.．、]|[(（](\d{1,2})[)）])[^\n]*")


def attachment_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every attachment list's items (from item 1 to the end of the last item line)."""
    spans: list[tuple[int, int]] = []
    for m in _OPENER.finditer(text):
        start = m.end()
        first = _ITEM_LINE.match(text, start)
        if first is None:
            continue
        if len(first.group()) > ITEM_MAX * 4:  # the list runs on into the text (a run-on or OCR document)
            run = _run_on_items(text, start)
            if run is not None:
                spans.append(run)
            continue
        end, number = first.end(), _last_number(first.group())
        while end < len(text) and text[end] == "\n":
            item = _ITEM_LINE.match(text, end + 1)
            if item is None or int(item.group(1) or item.group(2)) != number + 1 or len(item.group()) > ITEM_MAX:
                break
            end, number = item.end(), _last_number(item.group())
        spans.append((start, end))
    return spans


NOTE_OPENERS: tuple[str, ...] = ("注", "备注", "注释", "说明")  # words that open the notes under a table (data)
NOTE_ITEM_MAX = 240  # a note is at most this long
# not after 关/专/投… (关注, 专注): the lookbehind stands after each opener and looks back over it, so the
# pattern opens with the openers' literals (searched in C; a leading lookbehind is tried at every position)
_NOTE_OPENER = lazy_re(
    "(?:" + "|".join(f"{o}(?<![关专投标批贯倾]{o})" for o in NOTE_OPENERS) + ")"
    r"[ \t\u3000]*[：:][ \t\u3000]*(?=1[.．、]|[(（]1[)）]|①)"
)


GLOSSARY_TERMS: tuple[str, ...] = ("名词", "术语")  # what a glossary explains (data)
GLOSSARY_NOTES: tuple[str, ...] = ("解释", "注释", "释义", "说明")  # how it says it does (data)
# "名词解释", "术语说明", "名词、术语注释"; the line may name whose glossary it is or say it is attached:
# "有关名词解释", "本报告名词解释", "附：名词解释", "附件2 名词解释", "本规划名词、术语注释", "《政府工作报告》有关名词解释"
_GLOSSARY_TERM = f"(?:{'|'.join(GLOSSARY_TERMS)})"
_GLOSSARY_LINE = (
    rf"(?m)^[ \t\u3000]*(?:附件[ \t\u3000]*\d{{0,2}}[ \t\u3000：:]*|附[：:]?)?(?:[《〈][\u4e00-\u9fff]{{2,12}}[》〉])?"
    rf"[\u4e00-\u9fff]{{0,8}}?{_GLOSSARY_TERM}"
    rf"(?:[、和及与]{_GLOSSARY_TERM})?"
    rf"(?:{'|'.join(GLOSSARY_NOTES)})[ \t\u3000]*[：:]?[ \t\u3000]*\n"
)
_GLOSSARY_OPENER = lazy_re(_GLOSSARY_LINE + r"(?=[ \t\u3000]*1[.．、])")
_GLOSSARY_HEAD = lazy_re(_GLOSSARY_LINE)
"""A glossary's opening line, its entries numbered or not ("六重：指…")."""
GLOSSARY_ITEM_MAX = 600  # a glossary entry explains one term in a paragraph at most


def glossary_spans(text: str) -> list[tuple[int, int]]:
    """The numbered entries under a line that is only "名词解释" (a glossary at the back): no headings.

    >>> t = "正文完。\\n名词解释\\n1.“两新”：设备更新和以旧换新。\\n2.零碳园区：碳排放近零的园区。\\n"
    >>> [t[a:b] for a, b in glossary_spans(t)]
    ['1.“两新”：设备更新和以旧换新。\\n2.']
    >>> len(glossary_spans(t.replace("名词解释", "有关名词解释"))), len(glossary_spans(t.replace("名词解释", "附：名词解释")))
    (1, 1)
    >>> len(glossary_spans(t.replace("名词解释", "本规划名词、术语注释")))
    1
    >>> len(glossary_spans(t.replace("名词解释", "《政府工作报告》有关名词解释")))
    1
    >>> len(glossary_spans(t.replace("名词解释", "附件2 名词解释")))
    1
    """
    spans = []
    if not any(word in text for word in GLOSSARY_TERMS):  # the line-anchored pattern would try every position
        return spans
    for m in _GLOSSARY_OPENER.finditer(text):
        start = m.end()
        while text[start : start + 1] in (" ", "\t", "\u3000"):
            start += 1
        run = _run_on_items(text, start, GLOSSARY_ITEM_MAX)
        if run is not None:
            spans.append(run)
    return spans


_GLOSSARY_ENTRY_LINE = lazy_re(r"[ \t\u3000]*(?:\d{1,2}[.．、]|\n|[^\n：:。，；]{1,30}[：:])")
"""A line of a glossary's entries: numbered, blank, or a term and a colon ("BT-IT融合：指…")."""


def glossary_regions(text: str) -> list[tuple[int, int]]:
    """The whole entries of each glossary at the back: from its opener to the end of the last line in a row
    that opens with an item number ("1.14个产业：…" too, whose number a decimal reading would swallow) or with a
    term and a colon ("六重：指…").

    >>> t = "正文。\\n名词解释\\n1.14项工程：计划分3年完成。\\n2.某机制：指…。\\n附件"
    >>> [t[a:b] for a, b in glossary_regions(t)]
    ['1.14项工程：计划分3年完成。\\n2.某机制：指…。']
    >>> g = "正文。\\n名词解释\\n六大工程：指新建6所学校等。\\n双百：指…。\\n"
    >>> [g[a:b] for a, b in glossary_regions(g)]
    ['六大工程：指新建6所学校等。\\n双百：指…。']
    """
    regions = []
    if not any(word in text for word in GLOSSARY_TERMS):
        return regions
    for m in _GLOSSARY_HEAD.finditer(text):
        end = pos = m.end()
        while pos < len(text) and _GLOSSARY_ENTRY_LINE.match(text, pos):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if text[pos:line_end].strip():
                end = line_end
            pos = line_end + 1
        if end > m.end():
            regions.append((m.end(), end))
    return regions


def note_spans(text: str) -> list[tuple[int, int]]:
    """The numbered notes under a table ("注：1.…。2.…", "注：①…②…"), item 1 on the colon's line: no headings.

    A label on a line of its own ("注释：" then "1." on the next line) opens notes that are
    headings in their own right and is left alone.

    >>> t = "表格末行预期性注：1.数据为初步统计。\\n2.增速按可比价格计算。\\n三、下一部分"
    >>> [t[a:b] for a, b in note_spans(t)]
    ['1.数据为初步统计。\\n2.']
    """
    spans = []
    for m in _NOTE_OPENER.finditer(text):
        run = _run_on_items(text, m.end(), NOTE_ITEM_MAX, circled=text.startswith("①", m.end()))
        if run is not None:
            spans.append(run)
    return spans


def _run_on_items(text: str, start: int, gap: int = ITEM_MAX, circled: bool = False) -> "tuple[int, int] | None":
    """Items 1. 2. … of a list run on into the text: each next number within ITEM_MAX of the last.

    The span ends after the last item's marker (its name runs on into whatever follows).

    >>> t = "附件:1.单位名单2.行动方案(送审稿)某厅2021年9月1日附件1单位名单省发展改革委…"
    >>> a, b = _run_on_items(t, 3); t[a:b]
    '1.单位名单2.'
    """
    pos, number, end = start, 1, None
    while True:
        item = re.escape(chr(0x245F + number)) if circled and number <= 20 else (
            rf"(?<![\d.．]){number}[.．、](?!\d)|[(（]{number}[)）]")
        m = re.compile(item).search(text, pos, pos + gap)
        if m is None or (number == 1 and m.start() != start):
            break
        end, pos, number = m.end(), m.end(), number + 1
    return (start, end) if end is not None and number > 2 else None


_NUMBERS = lazy_re(r"(?<![\d.．])(\d{1,2})[.．、](?!\d)|[(（](\d{1,2})[)）]")


def _last_number(line: str) -> int:
    """The number of the last item on an item line ("1.任务表 2.考核办法" -> 2).

    >>> _last_number("1.任务表 2.考核办法"), _last_number("3.名单"), _last_number("1.X/2.Y 3.5万元"), _last_number("(1)X(2)Y")
    (2, 3, 2, 2)
    """
    nums = [int(a or b) for a, b in _NUMBERS.findall(line)]
    return nums[-1] if nums else 0


# "附件1 某某标准" / "附件2" opening an attached document (at a line start or after a sentence end or a blank),
# not a reference "(附件1)" / "见附件1", not an attachment list "附件：1.", not a file name "附件1.docx"
# (each opener first, then a look back over it at what precedes it: searched for the literal in C)
_ATTACHED_DOCUMENT = lazy_re(
    "(?:" + "|".join(rf"{o}(?:(?<=^{o})|(?<=[。；\s]{o}))" for o in OPENERS) + ")"
    r"[ \t\u3000]*\d{0,2}(?![\d.．、)）])(?![ \t\u3000]*[：:][ \t\u3000]*\d)",
    re.M,
)


_SPEAKER_LINE = lazy_re(
    r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{2,10}[：:][ \t\u3000]*[(（]\d{1,2}[时時]\d{1,2}分[)）][ \t\u3000]*"
    rf"(?:{'|'.join(SPEAKER_ADDRESSES)})"
)
SPEAKERS_MIN = 2  # a transcript gives the floor to several speakers


def speaker_starts(text: str) -> list[int]:
    """Where a speaker of a transcript takes the floor ("许主计长璋瑶：（11时6分）主席、各位委员…", a legislature's
    gazette): each speaker's report has an outline of its own, starting afresh.

    Only a speaker who addresses the chair ("主席、各位委员"), and only where two or more do: a meeting's agenda
    ("主持人：（9时30分）" then "1.市领导讲话") is an item list, not a transcript.

    >>> speaker_starts("甲院长某某：（10时45分）主席、各位委员。\\n1.控制支出。\\n乙部长某某：(11时6分)主席、各位委员。\\n壹、岁入\\n")
    [0, 31]
    >>> speaker_starts("二、会议议程\\n主持人：（9时30分）\\n1.市领导讲话\\n2.各区汇报工作\\n")
    []
    """
    if "分）" not in text and "分)" not in text:
        return []
    starts = [m.start() for m in _SPEAKER_LINE.finditer(text)]
    return starts if len(starts) >= SPEAKERS_MIN else []


def attached_document_starts(text: str) -> list[int]:
    """Where an attached document opens ("附件1 …" after the main text): its outline starts afresh.

    >>> attached_document_starts("正文见附件1。\\n附件：1.标准\\n附件1 分级标准\\n一、特别重大")
    [16]
    """
    starts = {m.start() for m in _ATTACHED_DOCUMENT.finditer(text)}
    starts.update(_repeated_title_starts(text))
    return sorted(starts)


_LISTED_TITLE = lazy_re(rf"(?:{'|'.join(OPENERS)})[ \t\u3000]*[：:][ \t\u3000]*([^\d\s：:（(][^\n。；]{{5}})")
REPEAT_WINDOW = 120
"""How far after an attachment list's one name the attached document may open with that name again."""


def _repeated_title_starts(text: str) -> list[int]:
    """In run-on text an attachment list naming one document ("附件：某某名单") is followed by the document, opened
    by "附件" and the same name glued to whatever came before ("…某某名单附件某某名单一、…"): that second "附件"
    opens the attached document.

    >>> t = "正文完。附件：不予提名的情形附件不予提名的情形一、主要情形1.甲。"
    >>> _repeated_title_starts(t)
    [14]
    """
    found = []
    for m in _LISTED_TITLE.finditer(text):
        name = m.group(1)
        window = text[m.end(): m.end() + REPEAT_WINDOW]
        for opener in OPENERS:
            i = window.find(opener)
            while i >= 0:
                after = m.end() + i + len(opener)
                while after < len(text) and text[after] in " \t\u30000123456789":
                    after += 1
                if text.startswith(name, after):
                    found.append(m.end() + i)
                    break
                i = window.find(opener, i + 1)
    return found


TABLE_TITLE_LINES = 2
"""How many non-empty lines after "附件N" may hold the attachment's title (a long title wraps once)."""
_TABLE_TITLE = lazy_re(r"表(?:[(（][^()（）\n]{0,12}[)）])?[ \t\u3000]*$")
"""A title naming a table: "…评核表", "…彙整表", "…一览表（样表）"."""
_INDICATOR_SET_TITLE = lazy_re(rf"(?:{'|'.join(INDICATOR_SET_TITLES)})[ \t\u3000]*$")
"""A title naming a set of indicators ("…体检指标体系"): a table of them when its lines are cells, with no sentence."""
_BLANKS_FF = " \t\u3000\f"


def attached_table_spans(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """Attachments that are tables ("附件2\\n某某演习评核表" …): from their start to the next attachment's (or the
    text's end). Their cells, flattened one a line, may open with "一、" or "1." (row numbers, items of a cell):
    no headings.

    >>> t = "一、目的\\n正文。\\n附件1\\n评核表\\n一、是否落实\\n二、是否可行\\n附件2\\n实施细则\\n一、总则"
    >>> [t[a:b].split("\\n")[1] for a, b in attached_table_spans(t, attached_document_starts(t))]
    ['评核表']
    >>> t = t.replace("评核表", "某年评估指标体系")
    >>> [t[a:b].split("\\n")[1] for a, b in attached_table_spans(t, attached_document_starts(t))]
    ['某年评估指标体系']
    >>> t = t.replace("某年评估指标体系", "三级医院绩效考核指标")
    >>> [t[a:b].split("\\n")[1] for a, b in attached_table_spans(t, attached_document_starts(t))]
    ['三级医院绩效考核指标']
    """
    spans = []
    for k, start in enumerate(starts):
        if start > 0 and text[start - 1] not in "\n\f":
            continue  # run-on text: no lines to read a title from
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        head, *rest = (ln.strip(_BLANKS_FF) for ln in text[start:end].split("\n", 8)[:8])
        head = head[head.rfind("件") + 1:].strip(_BLANKS_FF + "0123456789-－—：:")  # after "附件N" or "附件4-1"
        title_lines = [ln for ln in [head, *rest] if ln][:TABLE_TITLE_LINES]
        table = any(_TABLE_TITLE.search(ln) for ln in title_lines) or (
            any(_INDICATOR_SET_TITLE.search(ln) for ln in title_lines) and _few_sentences(text, start, end))
        if table and _flattened(text, start, end):
            spans.append((start, end))
    return spans


SENTENCE_LINES_MAX = 0.3
"""A set of indicators written as a table has at most this share of lines ending a sentence (cells explaining an
indicator may); one written as sections of prose has more."""


def _few_sentences(text: str, start: int, end: int) -> bool:
    lines = [ln for ln in (raw.strip(_BLANKS_FF) for raw in text[start:end].split("\n")) if ln]
    return bool(lines) and sum(ln.endswith("。") for ln in lines) <= SENTENCE_LINES_MAX * len(lines)


CELL_MAX = 20
"""A line this short (without blanks) is a table cell, or a piece of one wrapped in a PDF's narrow column."""
CELL_SHARE = 0.5
"""A table flattened one cell a line has at least this share of such lines (a table written as a list has few)."""


def _flattened(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a table flattened one cell a line.

    >>> _flattened("附件1\\n评核表\\n项目\\n说明\\n一、是否落实\\n二、是否可行\\n", 0, 33)
    True
    >>> item = "1.新建商业综合体10个，改造步行街5条（牵头单位：市商务局）\\n"
    >>> t = "附件1\\n任务分解表\\n一、扩大内需\\n" + item * 3 + "二、产业升级\\n" + item * 2
    >>> _flattened(t, 0, len(t))
    False
    """
    lines = [ln for ln in (ln.strip(_BLANKS_FF) for ln in text[start:end].split("\n")) if ln]
    return bool(lines) and sum(len(ln) <= CELL_MAX for ln in lines) >= CELL_SHARE * len(lines)

