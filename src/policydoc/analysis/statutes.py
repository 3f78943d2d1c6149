"""Statutes inside a document that is not one: a notice or an opinion with rules in articles after its own parts.

A ministry's notice often states its tasks in parts of its own ("一、总体目标 二、主要任务 三、工作要求") and then carries
the rules it issues, in chapters and articles ("第一章 总则 第一条 …"), in the same text. The notice plans and
assigns; the rules are standing ones (SPEC's real-set convention for laws: their limits and duties are no targets
and no tasks). Such a document is not a law (:func:`leading_parts`), and the stretches of its rules are
(:func:`statute_spans`): the extraction stages read nothing there.
"""

from __future__ import annotations

from typing import Sequence

from ..models import Section, Span
from ..settings import LEADING_PARTS_MIN, MIN_ARTICLES

STATUTE_STYLES = frozenset({"division", "part", "chapter", "section", "article"})
"""The styles of a statute's own outline: 编, 部分, 章, 节 and the articles (第X条)."""
_PART_STYLES = frozenset({"cn_dun", "tw_formal"})
"""The styles of a notice's own top-level parts (一、, 壹、)."""


def leading_parts(flat: Sequence[Section]) -> int:
    """How many top-level parts of a notice's own (一、 …) open the document before its first chapter or article.

    >>> def s(i, style, level=1): return Section(id=str(i), level=level, marker="", style=style, number=i, title="",
    ...                                         span=(i, i + 1), title_span=(i, i))
    >>> leading_parts([s(1, "cn_dun"), s(2, "cn_paren", 2), s(3, "cn_dun"), s(4, "chapter"), s(5, "article", 2)])
    2
    >>> leading_parts([s(1, "chapter"), s(2, "article", 2), s(3, "cn_dun")])
    0
    """
    count = 0
    for section in flat:
        if section.style in STATUTE_STYLES:
            break
        if section.level == 1 and section.style in _PART_STYLES:
            count += 1
    return count


def opens_with_own_parts(flat: Sequence[Section]) -> bool:
    """Does the document open with parts of its own (``LEADING_PARTS_MIN`` or more) before any chapter or article?
    Then it is a notice or an opinion that carries rules, not a statute."""
    return leading_parts(flat) >= LEADING_PARTS_MIN


def statute_spans(flat: Sequence[Section]) -> list[Span]:
    """The stretches of rules in articles inside a document that opens with parts of its own: every chapter (or
    part, section) holding an article, and every article outside one. None unless the document has
    ``MIN_ARTICLES`` articles and opens with its own parts.

    >>> def s(i, style, level, span): return Section(id=str(i), level=level, marker="", style=style, number=i,
    ...                                              title="", span=span, title_span=(span[0], span[0]))
    >>> flat = [s(1, "cn_dun", 1, (0, 10)), s(2, "cn_dun", 1, (10, 20)), s(3, "cn_dun", 1, (20, 30)),
    ...         s(4, "chapter", 1, (30, 80))] + [s(5 + i, "article", 2, (31 + 10 * i, 41 + 10 * i)) for i in range(5)]
    >>> statute_spans(flat)
    [(30, 80)]
    >>> statute_spans(flat[3:])  # a statute from its start: the kind says law, no stretch is needed
    []
    """
    articles = [s for s in flat if s.style == "article"]
    if len(articles) < MIN_ARTICLES or not opens_with_own_parts(flat):
        return []
    frames = [s for s in flat if s.style in STATUTE_STYLES - {"article"}
              and any(s.span[0] <= a.span[0] < s.span[1] for a in articles)]
    loose = [a for a in articles if not any(f.span[0] <= a.span[0] < f.span[1] for f in frames)]
    spans = sorted((s.span[0], s.span[1]) for s in frames + loose)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
