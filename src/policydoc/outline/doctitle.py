"""The document title: the first short line naming a 规划/方案/计划/报告/意见/通知/办法….

A transmittal notice ("关于印发…的通知") gives way to the title of the document it
transmits when that stands on a line of its own further down. With no such
line, a title run into the first line of text is taken ("…实施方案3篇【参考指引】…",
"《…报告.docx》由会员分享…").
"""

from __future__ import annotations

import re
from typing import Optional

from .noise import PINYIN_ANNOTATION
from ..data.marker_words import ASSEMBLY_ADDRESSES
from .title_words import DOC_TYPE_WORDS
from .._lazy import lazy_re

_DOC = "|".join(DOC_TYPE_WORDS)
_LINE_TITLE = lazy_re(rf"^(?:【[^】]{{1,8}}】)?\s*(.{{2,58}}?(?:{_DOC}))((?:\s*[(（][^)）]{{1,8}}[)）])?)(?:\d{{1,2}})?$")
# a title run into the text stops at a digit, punctuation or a sentence opener (为做好…, 根据…)
_RUN_IN_STRETCH = lazy_re(r"^\s*《?((?:(?!为了|为做好|根据|按照|现将|此文档)(?:(?:19|20)\d\d年|[^\d\n。，,.:：；;!！?？【】《》])){2,48})")
_LAST_DOC_WORD = lazy_re(rf"^.*(?:{_DOC})", re.S)
_TRANSMITTAL = lazy_re(r"(关于|印发|转发).*(通知|函|批复)$|》的(通知|函|批复)$")  # "》的通知": the notice title broken over two lines
PREAMBLE_LINES = 40
ADDRESS_LINE = lazy_re(rf"(?m)^[ \t\u3000]*(?:{'|'.join(ASSEMBLY_ADDRESSES)})(?:[！!：:]|[ \t\u3000]*$)")
"""A speaker addressing the assembly at a line's start (``ASSEMBLY_ADDRESSES``): the speech has begun, and a line after
it is a part of it ("过去五年工作的基本总结"), no title of the document."""
TITLE_FRAGMENTS_MAX = 8
"""At most this many lines of a title's pieces stand above its last line."""
_NUMBER = re.compile(r"[〔\[（(]\d{4}[〕\]）)]\d{1,5}号")
"""A document number's year and ordinal ("〔2018〕46号"); right after a run-in title's last word, that word was the
number's issuer ("国办函")."""


def is_title_line(line: str) -> bool:
    """Whether ``line`` on its own reads as a document title.

    >>> is_title_line("青山区学前教育三年行动计划"), is_title_line("主要任务"), is_title_line("落实年度计划。")
    (True, False, False)
    """
    m = _LINE_TITLE.match(line.strip())
    return m is not None and "。" not in m.group(0)


def _simplified_view(preamble: str) -> Optional[str]:
    """The preamble in simplified script when it holds traditional characters and converting keeps every
    position (OpenCC's t2s is character for character here), else None."""
    from ..normalize.script import to_simplified

    view = to_simplified(preamble)
    return view if view != preamble and len(view) == len(preamble) else None


def find_document_title(text: str, body_start: int) -> Optional[str]:
    """The title found before ``body_start`` (the first heading), else None.

    >>> find_document_title("【通知】市政府关于印发某市教育规划的通知\\n某市教育规划\\n一、总则", 999)
    '某市教育规划'
    >>> find_document_title("教育局年度工作计划(市)\\n时间:2022-04-04", 999)
    '教育局年度工作计划(市)'
    >>> find_document_title("某区学校发展规划实施方案2篇【参考】此文档…", 999)
    '某区学校发展规划实施方案'
    >>> find_document_title("某市職業教育發展規劃\\n一、總體要求", 999)  # traditional, as written
    '某市職業教育發展規劃'
    >>> find_document_title("国务院办公厅关于某地典型做法的通报国办函〔2018〕46号\\n各省：", 999)
    '国务院办公厅关于某地典型做法的通报'
    >>> find_document_title("某市第一中学\\n2025年\\n“县管校聘”实施方案\\n为进一步深化改革，…", 999)
    '某市第一中学2025年“县管校聘”实施方案'
    >>> find_document_title("20\\n21\\n年\\n某市\\n第一中学\\n实施\\n方案\\n根据\\n有关文件，制定本方案。", 999)
    '2021年某市第一中学实施方案'
    >>> find_document_title("各位代表！\\n我代表国务院作政府工作报告。\\n过去五年工作的基本总结\\n五年来，经济持续发展。", 999) is None
    True
    """
    preamble = PINYIN_ANNOTATION.sub("", text[: min(body_start, 4000)])
    simplified = _simplified_view(preamble)
    if simplified is not None:  # traditional text kept as it is (--keep-script): read it simplified, report as written
        found = find_document_title(simplified, body_start)
        at = simplified.find(found) if found else -1
        return preamble[at: at + len(found)] if found and at >= 0 else found
    lines = [ln.strip() for ln in preamble.split("\n")[:PREAMBLE_LINES]]
    pieced = _title_in_fragments(lines)
    if pieced is not None:  # the text opens with its title set in pieces, one a line
        return pieced
    speech = next((k for k, ln in enumerate(lines) if ADDRESS_LINE.match(ln)), len(lines))
    found = [(k, m) for k, m in enumerate(map(_LINE_TITLE.match, lines[:speech])) if m and "。" not in m.group(0)]
    if found:
        plain = [(k, m) for k, m in found if not _TRANSMITTAL.search(m.group(1))]
        k, best = (plain or found)[0]
        title = (best.group(1) + (best.group(2) or "")).strip() if plain else best.group(1)
        return title if title.startswith("关于") else _top_fragments(lines, k) + title  # an issuer above "关于…" stays apart
    return _run_in_title(preamble)


_FRAGMENT = lazy_re(r"[^\s。，,；;：:、！？!?]{1,12}")
"""A piece of a title a page set in spans, each on a line of its own ("绍兴市第一中学", "2025年", "20", "21")."""


def _title_in_fragments(lines: list[str]) -> Optional[str]:
    """A title set in pieces on the text's first lines, none a title by itself ("20\\n21\\n年\\n某市\\n…实施\\n方案"):
    the longest run of pieces from the start that reads as one, else None."""
    pieces: list[str] = []
    for ln in lines[: TITLE_FRAGMENTS_MAX * 2]:
        if not _FRAGMENT.fullmatch(ln):
            break
        pieces.append(ln)
    for k in range(len(pieces), 1, -1):
        joined = "".join(pieces[:k])
        if is_title_line(joined):
            return joined
    return None


def _top_fragments(lines: list[str], k: int) -> str:
    """The pieces of the title on the lines above line ``k`` when every line from the text's start is one
    ("绍兴市第一中学\\n2025年\\n“县管校聘”实施方案": the school and the year belong to the title), else ""."""
    if not 0 < k <= TITLE_FRAGMENTS_MAX:
        return ""
    above = [ln for ln in lines[:k] if ln]
    return "".join(above) if above and all(_FRAGMENT.fullmatch(ln) for ln in above) else ""


def _run_in_title(preamble: str, again: bool = True) -> Optional[str]:
    """A title run into the first line of text, up to its last document word.

    >>> _run_in_title("某厅某便函〔2021〕12号某厅关于请确认某方案目标指标的函省有关部门：按照…")
    '某厅关于请确认某方案目标指标的函'
    >>> _run_in_title("内部事项某公司部门文件营销计量〔2021〕9号某部关于印发2021年计量工作安排的通知各分部，…")
    '某部关于印发2021年计量工作安排的通知'
    """
    stretch = _RUN_IN_STRETCH.match(preamble)
    if stretch is None:
        return None
    m = _LAST_DOC_WORD.match(stretch.group(1))
    if m and _NUMBER.match(preamble, stretch.start(1) + m.end()):
        # the last document word opens a document number ("国办函〔2018〕46号"): the title ends before it
        m = _LAST_DOC_WORD.match(stretch.group(1), 0, m.end() - 1)
    number = _NUMBER.match(preamble, stretch.end(1) - 1)
    if m is None and number and again:
        # nothing before the number ("某厅某便函〔…〕12号某厅关于…的函", "…部门文件营销计量〔2021〕9号某部关于印发…的通知"):
        # the title follows it
        return _run_in_title(preamble[number.end():], again=False)
    return m.group(0).strip() if m else None
