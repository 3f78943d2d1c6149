"""Keys and matching rules of the scorer: when a prediction matches a gold heading, target or party.

Titles and names are compared after OpenCC t2s and dropping punctuation and white space (:func:`title_key`);
matching is greedy and one-to-one in document order (:func:`greedy_pairs`); targets and parties must overlap an
occurrence of the gold quote in the decoded original file (:func:`quote_spans`).
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any, Callable, Optional, Sequence, TypeVar

import regex

from ..models import Party, Section, Target

MIN_PREFIX = 6
IND_MIN_KEPT = 0.6
"""An indicator names what gold's names when it keeps at least this share of gold's characters in order…"""
IND_MAX_RATIO = 2
"""…and is at most this many times as long as gold's."""
_NOISE = regex.compile(r"[\p{P}\p{S}\s]+")
SPACE = regex.compile(r"\s+")
G = TypeVar("G")
P = TypeVar("P")
Pairs = list[tuple[int, int]]


@lru_cache(maxsize=4096)
def _simplified(s: str) -> str:
    from ..normalize.script import to_simplified

    return to_simplified(s)


def title_key(title: str) -> str:
    """A title as compared: t2s, no punctuation, no white space.

    >>> title_key("（一）強化組織領導。 ")
    '一强化组织领导'
    """
    return _NOISE.sub("", _simplified(title))


def titles_match(a: str, b: str) -> bool:
    """Equal keys, or one a prefix of the other with both at least 6 characters.

    >>> titles_match("提升学生劳动素养", "提升学生劳动素养。"), titles_match("指导思想", "指导思想直属高校")
    (True, False)
    >>> titles_match("增强教育引领支撑功能", "增强教育引领支撑功能,提升服务社会能级水平")
    True
    """
    a, b = title_key(a), title_key(b)
    if a == b:
        return True
    return min(len(a), len(b)) >= MIN_PREFIX and (a.startswith(b) or b.startswith(a))


def marker_key(marker: str) -> str:
    """A marker as compared: t2s, full-width digits, letters and brackets folded, no white space.

    >>> marker_key(" 第五條　"), marker_key("（１）")
    ('第五条', '(1)')
    """
    from ..normalize.width import WIDTH_TABLE

    return SPACE.sub("", _simplified(marker).translate(WIDTH_TABLE))


def heading_matches(gold: dict[str, Any], pred: Section) -> bool:
    """A gold heading and a predicted one name the same heading (titles, or markers of an untitled gold heading).

    >>> untitled = {"level": 2, "marker": "第五条", "title": ""}
    >>> sec = Section(id="1", level=2, marker="第五条", style="article", number=5, title="县级人民政府应当",
    ...               span=(0, 9), title_span=(4, 9))
    >>> heading_matches(untitled, sec), heading_matches({**untitled, "marker": "第六条"}, sec)
    (True, False)
    """
    if title_key(str(gold.get("title") or "")):
        return titles_match(gold["title"], pred.title)
    key = marker_key(str(gold.get("marker") or ""))
    return bool(key) and key == marker_key(pred.marker)


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence (characters of ``a`` kept in order in ``b``).

    >>> lcs_length("学前教育毛入园率", "学前三年毛入园率"), lcs_length("", "率")
    (6, 0)
    """
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def indicator_agrees(gold: str, pred: str) -> bool:
    """The predicted indicator names what gold's names (SPEC "Secondary figures").

    It keeps at least 60% of gold's characters in order and is at most twice as long, both
    compared after t2s and dropping punctuation and white space.

    >>> indicator_agrees("地区生产总值", "地区生产总值增速"), indicator_agrees("學前教育毛入園率", "学前三年毛入园率")
    (True, True)
    >>> indicator_agrees("单位产值能耗", "以来"), indicator_agrees("能耗", "全市单位产值综合能耗")
    (False, False)
    """
    g, p = title_key(gold), title_key(pred)
    if not g:
        return not p
    return lcs_length(g, p) >= IND_MIN_KEPT * len(g) and len(p) <= IND_MAX_RATIO * len(g)


def greedy_pairs(gold: Sequence[G], pred: Sequence[P], same: Callable[[G, P], bool]) -> Pairs:
    """(gold index, prediction index) pairs, taking each gold item in order and pairing it with the
    first unused matching prediction."""
    used = [False] * len(pred)
    pairs: Pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if not used[j] and same(g, p):
                used[j] = True
                pairs.append((i, j))
                break
    return pairs


def greedy_match(gold: Sequence[G], pred: Sequence[P], same: Callable[[G, P], bool]) -> int:
    """How many one-to-one matches :func:`greedy_pairs` finds."""
    return len(greedy_pairs(gold, pred, same))


def quote_spans(source: str, quote: str) -> list[tuple[int, int]]:
    """Every occurrence of ``quote`` in ``source``.

    >>> quote_spans("ab ab", "ab")
    [(0, 2), (3, 5)]
    """
    out, i = [], source.find(quote) if quote else -1
    while i >= 0:
        out.append((i, i + len(quote)))
        i = source.find(quote, i + 1)
    return out


def overlaps(span: Optional[Sequence[int]], spans: list[tuple[int, int]]) -> bool:
    return span is not None and any(span[0] < b and a < span[1] for a, b in spans)


def _same_number(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def target_differs(g: dict[str, Any], t: Target, year: bool = True) -> list[str]:
    """The scored fields where a prediction differs from a gold target (``span`` when it misses the quote)."""
    out = [name for name, same in (
        ("value", _same_number(g.get("value"), t.value)),
        ("value_max", _same_number(g.get("value_max"), t.value_max)),
        ("unit", _simplified(str(g.get("unit", ""))) == _simplified(t.unit)),
        ("year", not year or g.get("year") is None or g.get("year") == t.year),
    ) if not same]
    return out if overlaps(t.source_span, g["_spans"]) else out + ["span"]


def party_differs(g: dict[str, Any], p: Party) -> list[str]:
    same_lead = {_simplified(x) for x in g.get("lead", [])} == {_simplified(x) for x in p.lead}
    return ([] if same_lead else ["lead"]) + ([] if overlaps(p.source_span, g["_spans"]) else ["span"])


def with_spans(gold: list[dict[str, Any]], source: str) -> list[dict[str, Any]]:
    return [{**g, "_spans": quote_spans(source, g.get("quote", ""))} for g in gold]
