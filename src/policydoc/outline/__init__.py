"""The outline stage: numbered headings found in normalised text, as a section tree.

Data flow, one pass each::

    text ──scan_candidates──▶ marker candidates (markers.py: one rule per numbering style)
         ──parse_sequence───▶ headings (sequence.py: position + numbering sequence decide)
         ──find_titles──────▶ titles and title spans (titles.py)
         ──Block list───────▶ build_tree (tree.py) ──▶ [Section]

Soft line breaks, page numbers and pinyin that normalisation missed are read
through (noise.py); the numbered items of an attachment list (附件：1.… 2.…) are
not candidates (attachments.py), nor are the lines of a table of contents that the body repeats
(contents.py); the document title comes from the preamble (doctitle.py).
Lines the source styles as headings (``hints``: Word's Heading 1-9) are headings
with or without a marker and rank by their style level (hints.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Optional, Sequence

from ..models import Section
from .._text import outside_spans
from .attachments import (
    attached_document_starts, attached_table_spans, attachment_spans, glossary_spans, note_spans, speaker_starts,
)
from .contents import contents_blocks, cut_at_contents_title, leadered_titles
from .decimal import confirm_decimal_tops
from .doctitle import find_document_title
from .contents_heads import Indent, contents_hints
from .hints import Hint, hinted_lines
from .markers import Candidate, number_inserted_articles, ordinal, scan_candidates
from .noise import Noise, find_noise
from .paragraphs import numbered_paragraphs
from .sequence import Heading, heading_levels, parse_sequence
from .titles import find_titles, line_title
from .tree import Block, build_tree
from .._lazy import lazy_re

__all__ = ["Outline", "Hint", "build_outline", "extract_blocks", "build_tree", "Block"]


@dataclass
class Outline:
    """What the outline stage hands to the pipeline."""

    sections: list[Section] = field(default_factory=list)
    title: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


def extract_blocks(text: str, hints: Optional[Sequence[Hint]] = None, indent_of: Optional[Indent] = None
                   ) -> tuple[list[Block], list[str]]:
    """The headings of ``text`` as flat blocks in document order, and warnings.

    ``hints`` are ``(start, end, level)`` spans of lines the source styles as headings; ``indent_of`` gives the
    indentation the source wrote a line of ``text`` with (normalisation drops it), for a contents page's levels.
    """
    noise = find_noise(text)
    candidates: Iterator[Candidate] | list[Candidate] = number_inserted_articles(
        text, list(confirm_decimal_tops(text, outside_spans(scan_candidates(text), noise.spans))))
    paragraphs = numbered_paragraphs(text, candidates)
    if paragraphs:  # a speech's paragraph numbers are no outline
        candidates = list(outside_spans(candidates, paragraphs))
    if not hints and "目" in text:  # a contents page naming subheads the body sets without numbers
        hints = contents_hints(text, candidates, indent_of)
    blocks = contents_blocks(text, candidates)
    if blocks:  # a table of contents the body repeats is not the outline
        candidates = list(outside_spans(candidates, blocks))
    if "附" in text or "注" in text or "说明" in text or "解释" in text:  # lists that are no outline
        lists = attachment_spans(text) + note_spans(text) + glossary_spans(text)
        candidates = outside_spans(candidates, sorted(lists))
    lines = []
    if hints:
        candidates, lines = hinted_lines(text, candidates, hints)
    fresh = attached_document_starts(text) if "附" in text else []
    if fresh:  # attached tables: their flattened cells are no outline
        tables = attached_table_spans(text, fresh)
        if tables:
            candidates = outside_spans(candidates, tables)
    speakers = speaker_starts(text)
    if speakers:  # a transcript: each speaker's report starts its outline afresh
        fresh = sorted(set(fresh) | set(speakers))
    headings, warnings = parse_sequence(text, candidates, noise, lines, fresh)
    levels = heading_levels(headings)
    titles = find_titles(text, headings, noise)
    titles = [line_title(text, h.cand.title_start, h.line_end) if h.hint else t for h, t in zip(headings, titles)]
    toc = leadered_titles(text) if "目录" in text else set()
    if toc:  # headings run into their text take the title their table of contents gives
        titles = [_contents_title(t, toc) for t in titles]
    return [_block(h, lvl, t) for h, lvl, t in zip(headings, levels, titles) if not _cites_a_page(t[0])], warnings


# a glossary or index entry cites the pages it explains: "1.虹桥商务区(第13页)", "STEM(第17页、第47页)"
_PAGE_CITATION = lazy_re(r"[(（]第\s*\d{1,4}\s*页(?:\s*[、，,]\s*第\s*\d{1,4}\s*页)*[)）]$")


def _cites_a_page(title: str) -> bool:
    """Whether a title ends by citing page numbers: a glossary entry at the back, not a heading.

    >>> _cites_a_page("适数化改革(第15页)"), _cites_a_page("STEM(第17页、第47页)"), _cites_a_page("加强管理")
    (True, True, False)
    """
    return bool(_PAGE_CITATION.search(title))


def _contents_title(title: tuple[str, tuple[int, int]], toc: set[str]) -> tuple[str, tuple[int, int]]:
    cut = cut_at_contents_title(title[0], toc)
    return title if cut == title[0] else (cut, (title[1][0], title[1][0] + len(cut)))


def _block(h: Heading, level: int, title: tuple[str, tuple[int, int]]) -> Block:
    c = h.cand
    end = max(c.end, title[1][1])
    return Block("heading", level, c.marker, title[0], (c.start, end), c.style, ordinal(c), title[1])


def build_outline(text: str, hints: Optional[Sequence[Hint]] = None, indent_of: Optional[Indent] = None) -> Outline:
    """Headings, section tree and document title of normalised text.

    ``hints``: ``(start, end, level)`` spans of lines the source styles as headings
    (level 1 = Heading 1), in ``text`` coordinates; none for plain text.

    >>> o = build_outline("某市教育发展规划\\n一、总体要求\\n(一)指导思想。坚持…。(二)基本原则。二、主要任务\\n")
    >>> o.title, [(s.id, s.marker, s.title) for s in o.sections]
    ('某市教育发展规划', [('1', '一、', '总体要求'), ('2', '二、', '主要任务')])
    >>> [(s.id, s.level, s.title) for s in o.sections[0].children]
    [('1.1', 2, '指导思想'), ('1.2', 2, '基本原则')]
    """
    blocks, warnings = extract_blocks(text, hints, indent_of)
    sections = build_tree(blocks, len(text))
    title = find_document_title(text, blocks[0].span[0] if blocks else len(text))
    return Outline(sections, title, warnings)
