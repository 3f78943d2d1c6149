"""The indicator of a target: the thing measured, found around its number.

When a noun phrase follows the number ("建成3—5所高水平职业院校") it is the
indicator; otherwise the words before the number are ("学前教育毛入园率达到96%"),
trimmed of time phrases, scope words and verbs. Word boundaries come from
rjieba's POS tags; rjieba is imported on first use and only the few target
items are ever segmented.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import regex

from ..data.target_words import AFTER_COMPARATORS, BEFORE_COMPARATORS, CHANGE_WORDS, FROM_TO, PLAN_VERBS

_TAIL_LEAD = regex.compile("^(?:" + "|".join(w for w, _ in AFTER_COMPARATORS) + r"|的)+")
_COMPARE_WORDS = sorted({w for w, _ in (*BEFORE_COMPARATORS, *CHANGE_WORDS)} | set(FROM_TO), key=len, reverse=True)
_LEAD_TRIM = regex.compile(
    r"^(?:(?:到|至|截至)?(?:\d{4}|20\*)年(?:年?底|末)?(?:前|以前)?|“[^”]{1,8}”(?:期间|时期)?|期间|其中|全市|全省|确保|"
    r"力争|推动|引导|使|每年|均|要|还|并|共|累计)+"
)
_LEAD_TAIL = regex.compile("(?:" + "|".join(_COMPARE_WORDS) + r"|每年|年均|累计|均|要|将|的)+$")
_FROM_OR_BASE = regex.compile(r"(?:由|从|(?<!占)比|较).*$")
"""A from-value or comparison base and what follows it: "资金由每年800万元" -> "资金"."""
_FUNCTION_FLAGS = frozenset({"p", "d", "c", "u", "ul", "uj"})


@lru_cache(maxsize=1)
def _tagger() -> Callable[[str], list[tuple[str, str]]]:
    import rjieba

    return rjieba.tag  # type: ignore[no-any-return]


def noun_head(phrase: str) -> str:
    """The leading noun phrase of ``phrase``: words up to the first verb after a noun.

    >>> noun_head("中小学成为省级立德树人示范校")
    '中小学'
    """
    words: list[str] = []
    for word, flag in _tagger()(phrase):
        if words and flag[:1] == "v" and flag != "vn":
            break
        words.append(word)
    return "".join(words).rstrip("的")


def trim_lead(phrase: str) -> str:
    """``phrase`` without leading time/scope words and trailing comparators or verbs.

    >>> trim_lead("到2025年学前教育毛入园率达到")
    '学前教育毛入园率'
    """
    phrase = _FROM_OR_BASE.sub("", phrase).replace("“", "").replace("”", "")
    phrase = _LEAD_TRIM.sub("", _LEAD_TAIL.sub("", phrase))
    tags = _tagger()(phrase) if phrase else []
    while tags and (tags[0][1] in _FUNCTION_FLAGS or tags[0][0] in PLAN_VERBS) and len(tags) > 1:
        tags = tags[1:]
    return "".join(w for w, _ in tags)


def find_indicator(lead: str, tail: str) -> str:
    """The indicator from the item text before (``lead``) and after (``tail``) the number.

    >>> find_indicator("全市建成", "高水平职业院校")
    '高水平职业院校'
    >>> find_indicator("学前教育毛入园率达到", "")
    '学前教育毛入园率'
    """
    tail = _TAIL_LEAD.sub("", tail)
    if sum(1 for ch in tail if "\u4e00" <= ch <= "\u9fff") >= 2:
        head = noun_head(tail)
        if head:
            return head
    return trim_lead(lead) or tail
