"""HTML left inside text: tags, comments and entities of pages saved or scraped without cleaning.

Datasets and crawlers often store a page's markup in a text field ("<p>一、总体要求</p><p>…"),
and Markdown converters pass HTML comments and ``<span>`` through. A whole HTML
file is read by the HTML loader; this fixer handles markup inside *text*. It runs
only where the text shows markup (``MIN_TAGS`` tags, one of them a closing tag or
a comment), with five named rules:

- ``html_comment``: ``<!-- … -->`` goes;
- ``html_code``: a ``<script>`` or ``<style>`` element goes whole, its code with it (pages, and template files of
  web front ends whose markup holds a document);
- ``html_block``: a block tag (p, div, br, h1–h6, li, tr, td, center, section,
  table…) becomes a line break — scrapers glue attributes to the name
  (``<divclass="title">``), so the name is matched as a prefix;
- ``html_inline``: any other tag with an ASCII name goes, quoted attribute values and all, a ">" in them too (``<span …>``, ``</a>``);
  Chinese in angle brackets (``<关于…的意见>``, OCR for 《》) is no tag and stays;
- ``html_entity``: ``&nbsp;`` ``&lt;`` ``&#12288;`` … become their characters.
"""

from __future__ import annotations

import re

from .._lazy import lazy_re
from .._text import at_least
from .offsets import Edit

MIN_TAGS = 5
CODE_REACH = 200_000
"""The longest script or style block dropped whole (a page's or a template file's code is no text)."""
_BLOCK_NAMES = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
                "center", "section", "article", "dd", "dt", "dl", "blockquote", "header", "footer", "tbody", "thead")
# compiled on first use: only a text holding a closing tag or a comment (_CLOSING) needs them
# a tag's inside: quoted attribute values may hold ">" (a template's v-if="items.some(i => i > 1)"), the rest may not
_INSIDE = r"""(?:"[^"\n]{0,400}"|'[^'\n]{0,400}'|[^<>\n]){0,400}?"""
_TAG = lazy_re(rf"</?([a-zA-Z][a-zA-Z0-9]*){_INSIDE}/?>")
_MARKUP = lazy_re(
    r"(?P<comment><!--.{0,2000}?-->)"
    rf"|(?P<code><(?P<code_name>script|style)\b{_INSIDE}>.{{0,{CODE_REACH}}}?</(?P=code_name)\s*>)"
    rf"|(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*){_INSIDE}/?>)"
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});)",
    re.S | re.I,
)
_CLOSING = re.compile(r"</[a-zA-Z][a-zA-Z0-9]*\s*>|<!--")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds markup: MIN_TAGS tags, a closing tag or comment among them.

    >>> looks_like_html("<p>一、总则</p><p>正文</p><p>二、附则</p>"), looks_like_html("按照<若干措施>执行")
    (True, False)
    """
    if _CLOSING.search(text) is None:
        return False
    return at_least(_TAG, text, MIN_TAGS)


def _block(name: str) -> bool:
    low = name.lower()
    return any(low == b or (low.startswith(b) and len(b) > 1) for b in _BLOCK_NAMES)


def strip_html_fragments(text: str) -> list[Edit]:
    r"""Edits removing markup from ``text`` (none unless it shows markup).

    One scanner finds comments, tags and entities, so no two edits overlap (an entity
    inside a tag's attributes goes with the tag).

    >>> from policydoc.normalize.offsets import apply_edits
    >>> t = '<divclass="t"><h2>某市报告</h2></div><p>一、回顾</p><p>增长&nbsp;5%<span>。</span></p><!-- x -->'
    >>> apply_edits(t, strip_html_fragments(t))[0]
    '\n\n某市报告\n\n\n一、回顾\n\n增长\xa05%。\n'
    >>> t = '<div><h1 v-if="list.some(i => i > 1)">1 总则</h1><p>正文</p></div><script>if (a > b) { x() }</script><p>二</p>'
    >>> apply_edits(t, strip_html_fragments(t))[0]
    '\n\n1 总则\n\n正文\n\n\n\n二\n'
    """
    if not looks_like_html(text):
        return []
    import html  # imported here: its entity tables and pattern cost a text without markup 2.5 ms

    edits: list[Edit] = []
    for m in _MARKUP.finditer(text):
        kind = m.lastgroup
        if kind == "comment":
            edits.append(Edit(m.start(), m.end(), "", "html_comment"))
        elif kind == "code":
            edits.append(Edit(m.start(), m.end(), "\n", "html_code"))
        elif kind == "tag":
            block = _block(m.group("name"))
            edits.append(Edit(m.start(), m.end(), "\n" if block else "", "html_block" if block else "html_inline"))
        else:
            char = html.unescape(m.group())
            if char != m.group():
                edits.append(Edit(m.start(), m.end(), char, "html_entity"))
    return edits


def html_fragment_fixer(text: str, ctx: object) -> list[Edit]:
    """The fixer-table entry: :func:`strip_html_fragments`."""
    return strip_html_fragments(text)
