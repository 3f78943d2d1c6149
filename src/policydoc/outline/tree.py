"""Flat heading blocks, and the section tree built from them.

The parser emits :class:`Block` objects in document order; :func:`build_tree`
nests them by level in one place, so a skipped level ((1) directly under 一、)
simply becomes a child one step down, and ids are paths of ordinals in the tree.
"""

from __future__ import annotations

from typing import NamedTuple

from ..models import Section, Span, trusted


class Block(NamedTuple):
    """One heading as found in the text (a NamedTuple: one per heading, cheap to build)."""

    kind: str  # "heading"
    level: int  # level of its numbering style in this document (1 = top)
    marker: str  # the marker as it stands in the text
    text: str  # the title
    span: Span  # marker start to title end
    style: str
    number: int  # 0 for a heading without a numbering marker: its ordinal among its siblings is used
    title_span: Span


def section_ends(blocks: list[Block], text_len: int) -> list[int]:
    """Where each block's section ends: the start of the next block of the same or a higher level.

    >>> b = lambda lvl, s: Block("heading", lvl, "", "", (s, s + 1), "x", 1, (s, s + 1))
    >>> section_ends([b(1, 0), b(2, 5), b(2, 9), b(1, 20)], 30)
    [20, 9, 20, 30]
    """
    ends = [text_len] * len(blocks)
    pending: list[int] = []  # indices waiting for their end, levels strictly increasing
    for i, blk in enumerate(blocks):
        while pending and blocks[pending[-1]].level >= blk.level:
            ends[pending.pop()] = blk.span[0]
        pending.append(i)
    return ends


def build_tree(blocks: list[Block], text_len: int) -> list[Section]:
    """Nest blocks into Sections by level.

    >>> b = lambda lvl, s, m: Block("heading", lvl, m, "t", (s, s + 2), "x", 1, (s + 1, s + 2))
    >>> roots = build_tree([b(1, 0, "一、"), b(3, 4, "(1)"), b(2, 8, "(一)"), b(1, 12, "二、")], 20)
    >>> [(s.id, s.level, s.marker, s.span) for s in roots[0].children]
    [('1.1', 3, '(1)', (4, 8)), ('1.2', 2, '(一)', (8, 12))]
    """
    roots: list[Section] = []
    stack: list[Section] = []
    for blk, end in zip(blocks, section_ends(blocks, text_len)):
        while stack and stack[-1].level >= blk.level:
            stack.pop()
        siblings = stack[-1].children if stack else roots
        prefix = f"{stack[-1].id}." if stack else ""
        # every value is already of its field's type (str, int, a tuple of ints): built unvalidated, as pydantic's
        # validation would build it, children appended as they come
        node = _SECTION(f"{prefix}{len(siblings) + 1}", blk.level, blk.marker, blk.style, blk.number or len(siblings) + 1,
                        blk.text, (blk.span[0], end), blk.title_span, None, None, [])
        siblings.append(node)
        stack.append(node)
    return roots


_SECTION = trusted(Section)
