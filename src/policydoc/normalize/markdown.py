"""Markdown markup of scraped and converted documents, removed so the text reads as written.

Crawlers and converters hand over Markdown: headings wrapped in ``**…**`` or opened
by ``#``, links ``[text](url)``, navigation lines, pipe tables, escaped dots
(``1\\.``) and YAML front matter. The outline and the extractors read plain
text, so each piece of markup is one named rule below, and every removal is an
edit (a Repair of kind ``markdown``) that maps back to the source:

- ``front_matter``: a YAML block ``---`` … ``---`` opening the file;
- ``html_comment``: ``<!-- … -->`` (converters' markers such as ``<!-- INFO END -->``);
- ``nav_line``: a line that is nothing but links or images (breadcrumbs, menus,
  attachment links), with an optional bullet or list number;
- ``rule_line``: a thematic break ``---`` / ``***``, and a table's ``|---|:--:|`` row;
- ``image``: ``![alt](url)`` anywhere;
- ``link``: ``[text](url)`` keeps ``text``;
- ``heading``: the ``#`` opening an ATX heading line;
- ``attributes``: a Pandoc or kramdown attribute list closing a line (``{align="center"}``, ``{: .lead}``);
- ``quote``: the ``>`` opening a block-quote line;
- ``bullet``: the ``-``/``*``/``+`` opening a list item ("- （一）…");
- ``emphasis``: runs of two or more ``*`` (bold, also ``****``) paired around text on one line, or
  opening or closing a line (bold broken over two lines), and ``__`` wrapping text; a redacted
  number ("20**年") is no delimiter;
- ``escape``: a backslash before Markdown punctuation (``1\\.`` -> ``1.``);
- ``table_pipe``: the pipes of a table row: the outer ones removed, the inner ones
  a tab, so a row reads like the tab-separated rows of other sources;
- ``html_break``: ``<br>`` inside a line, a space.

The fixer runs only on text that shows Markdown (:func:`looks_like_markdown`): a
plain document with a stray ``#`` or ``**`` keeps it.
"""

from __future__ import annotations

import heapq
import re
from typing import Callable, Iterator

from .._lazy import lazy_re
from .._text import at_least
from .offsets import Edit

KIND = "markdown"

# The rules' patterns are compiled on first use: a text that does not look like Markdown needs only _SIGNS.
_LINK_TARGET = r"\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)"  # "](url)", one level of parentheses inside
_LINK = lazy_re(r"\[(?<!!\[)(?P<text>[^\[\]\n]*)" + _LINK_TARGET)  # "[" not after "!"
_IMAGE = lazy_re(r"!\[[^\[\]\n]*" + _LINK_TARGET)
_FRONT_MATTER = lazy_re(r"\A---[ \t]*\n(?:[\w-]{1,40}[ \t]*:[^\n]*\n(?:[ \t]+[^\n]*\n|-[^\n]*\n)*){1,60}---[ \t]*(?:\n|\Z)")
_NAV_LINE = lazy_re(
    r"(?m)^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)、][ \t]*)?"
    r"(?:!?\[[^\[\]\n]*" + _LINK_TARGET + r"[ \t]*(?:[>|/·»,，、-][ \t]*)?)+$\n?"
)
_RULE_LINE = lazy_re(
    r"(?m)^[ \t]*+(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$\n?"
    r"|^[ \t]*+\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?\|?[ \t]*$\n?"
)
_HEADING = lazy_re(r"(?m)^[ \t]{0,3}#{1,6}(?:[ \t]+|(?=[^#\s]))")
_ATTR = r"""(?:[#.][A-Za-z][\w-]*|[A-Za-z][\w-]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+))"""
# a Pandoc or kramdown attribute list closing a line ("## 第一章 总则{align="center"}", "{: .lead}", "{#sec-1}"); the
# blanks before it are taken from their first one only (a run of blanks is not tried at each of its positions)
_ATTRIBUTES = lazy_re(rf"(?m)(?<![ \t])[ \t]*\{{(?::[ \t]*)?{_ATTR}(?:[ \t]+{_ATTR})*[ \t]*\}}[ \t]*$")
_QUOTE = lazy_re(r"(?m)^[ \t]{0,3}>(?![=＝\d.])[ \t]?")  # not ">75" or ">=": a bound in a table cell
# "- （一）…", "* **1.**…": a list bullet (not the "- 2 -" of a page number line)
_BULLET = lazy_re(r"(?m)^[ \t]*[-*+][ \t]+(?![\d]{1,4}[ \t]*[-—]+[ \t]*$)")
# Patterns that open with a literal are searched for it at C speed; one that opens with a lookbehind
# is tried at every position (40x slower), so the lookbehinds below stand after the first literal
# characters and look back over them: "\*(?<![\d*]\*)" is "(?<![\d*])\*".
# a pair of ** (or ****) around text on one line; "20**年" (a redacted number) is no delimiter
_EMPHASIS_PAIR = lazy_re(r"(?P<d>\*(?<![\d*]\*)\*+)(?=[^\s*])[^\n]*?(?<=[^\s*])(?P=d)(?![*年])")
# a bold run broken over two lines ("**关于印发\n《…》的通知**"): a delimiter opening a line, or closing one
_EDGE_OPEN = lazy_re(r"(?m)^[ \t]*\*{2,}(?=[^\s*\d])")
_EDGE_CLOSE = lazy_re(r"(?m)\*(?<=[^\s*\d]\*)\*+[ \t]*$")
_UNDERSCORE = lazy_re(r"__(?:(?<![\w_]__)(?=[^\s_])|(?<=[^\s_]__)(?![\w_]))")
_ESCAPE = lazy_re(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~])")
_TABLE_ROW = lazy_re(r"(?m)^[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*$")
_INNER_PIPE = lazy_re(r"[ \t]*(?<!\\)\|[ \t]*")
_BREAK = lazy_re(r"<br\s*/?>", re.I)
_COMMENT = lazy_re(r"<!--.{0,2000}?-->\n?", re.S)

_SIGNS = lazy_re(r"(?<![\d*])\*\*(?![*年])|(?m:^[ \t]{0,3}#{1,6}[ \t])|\]\(|(?m:^[ \t]*\|.*\|[ \t]*$)|\\\.|\A---[ \t]*\n"
                 r"|(?m:^\* (?=\S))")  # ... or an asterisk bullet opening a line (a gazette's paragraphs, "* 壹、…")
MIN_SIGNS = 2  # a single "**" or "#" in plain text is not Markdown


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` shows Markdown markup in at least MIN_SIGNS places.

    >>> looks_like_markdown("# 某市方案\\n**一、总体要求**"), looks_like_markdown("价格上涨**")
    (True, False)
    """
    return _most_signs(text) >= MIN_SIGNS and at_least(_SIGNS, text, MIN_SIGNS)


def _most_signs(text: str) -> int:
    """How many signs (matches of ``_SIGNS``) ``text`` could show at most, from counts of their literals.

    Each sign holds its own "**", "#", "](", "\\." or two "|" (a table row), or a line-opening "* ", or is the
    "---" opening the text, and signs do not overlap; counting substrings is done in C,
    while ``_SIGNS`` opens with lookbehinds and line starts and is tried at every position.

    >>> _most_signs("| a | b |\\n价格上涨**"), _most_signs("第1\\\\. 条")
    (2, 1)
    """
    return (text.count("**") + text.count("#") + text.count("](") + text.count("|") // 2 + text.count("\\.")
            + text.startswith("---") + text.count("\n* ") + text.startswith("* "))


Rule = Callable[[str], Iterator[Edit]]


def _whole(pattern: re.Pattern[str], replacement: str = "", needs: str = "", opens: str = "") -> Rule:
    """Every (non-empty) match of ``pattern`` replaced; not searched for in a text without ``needs``,
    a literal every match holds (a line-anchored pattern is tried at every position). A pattern whose
    every match starts a line opening (after blanks) with a character of the class ``opens`` is tried
    only at such lines (:func:`_line_matches`)."""

    def rule(text: str) -> Iterator[Edit]:
        if needs not in text:
            return
        for m in _line_matches(pattern, text, opens) if opens else pattern.finditer(text):
            if m.end() > m.start():
                yield Edit(m.start(), m.end(), replacement, KIND)

    return rule


def _line_matches(pattern: re.Pattern[str], text: str, opens: str) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives for a pattern that matches only at the start of a line opening,
    after blanks, with a character of the class ``opens`` (and never matches empty).

    Those lines are found by a search that opens with the line break (a literal: found in C), and the
    pattern is tried at each in turn past the last match, as finditer would try it; a multi-line ^ is
    tried at every position of the text.
    """
    last = 0
    for start in _line_starts(text, opens):
        if start >= last:
            m = pattern.match(text, start)
            if m is not None:
                last = m.end()
                yield m


def _line_starts(text: str, opens: str) -> Iterator[int]:
    """Where each line opening (after blanks) with a character of the class ``opens`` starts, in order."""
    patterns = _OPENINGS.get(opens)
    if patterns is None:
        patterns = _OPENINGS[opens] = (re.compile(f"[ \\t]*+[{opens}]"), re.compile(f"\\n[ \\t]*+[{opens}]"))
    first, later = patterns
    if first.match(text):
        yield 0
    for m in later.finditer(text):
        yield m.start() + 1


_OPENINGS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}  # compiled on first use, per class


def links(text: str) -> Iterator[Edit]:
    """``[text](url)``: the brackets and the target go, the text stays."""
    if "](" not in text:
        return
    for m in _LINK.finditer(text):
        yield Edit(m.start(), m.start() + 1, "", KIND)
        yield Edit(m.end("text"), m.end(), "", KIND)


def emphasis(text: str) -> Iterator[Edit]:
    """``**text**`` (any run of two or more asterisks, paired on one line): both delimiters go."""
    for m in _EMPHASIS_PAIR.finditer(text):
        yield Edit(m.start("d"), m.end("d"), "", KIND)
        yield Edit(m.end() - len(m.group("d")), m.end(), "", KIND)


def emphasis_edges(text: str) -> Iterator[Edit]:
    """A run of ``**`` opening a line before text, or closing one after text (bold broken over lines).

    The two kinds never overlap (an opening run has only blanks before it on its line, a closing one
    follows a character), so they are found apart and taken in order.
    """
    if "**" not in text:
        return
    for m in heapq.merge(_line_matches(_EDGE_OPEN, text, "*"), _EDGE_CLOSE.finditer(text), key=lambda m: m.start()):
        yield Edit(m.start(), m.end(), "", KIND)


def table_pipes(text: str) -> Iterator[Edit]:
    """``| a | b |``: outer pipes (and their blanks) go, inner pipes become tabs."""
    if "|" not in text:
        return
    for m in _line_matches(_TABLE_ROW, text, "|"):
        cells_start, cells_end = m.span("cells")
        lead = len(m.group("cells")) - len(m.group("cells").lstrip(" \t"))
        trail = len(m.group("cells")) - len(m.group("cells").rstrip(" \t"))
        if lead == len(m.group("cells")):  # a row of blanks: it goes whole
            yield Edit(m.start(), m.end(), "", KIND)
            continue
        yield Edit(m.start(), cells_start + lead, "", KIND)
        for p in _INNER_PIPE.finditer(text, cells_start + lead, cells_end - trail):
            yield Edit(p.start(), p.end(), "\t", KIND)
        yield Edit(cells_end - trail, m.end(), "", KIND)


# Ordered: where two rules touch the same characters the earlier one wins (a navigation
# line goes whole, so its links are not unwrapped first).
RULES: tuple[tuple[str, Rule], ...] = (
    ("front_matter", _whole(_FRONT_MATTER)),
    ("html_comment", _whole(_COMMENT)),
    ("nav_line", _whole(_NAV_LINE, needs="](", opens=r"-*+!\[\d")),
    ("rule_line", _whole(_RULE_LINE, opens="-*_|:")),
    ("image", _whole(_IMAGE)),
    ("link", links),
    ("heading", _whole(_HEADING, needs="#", opens="#")),
    ("attributes", _whole(_ATTRIBUTES, needs="{")),
    ("quote", _whole(_QUOTE, needs=">", opens=">")),
    ("bullet", _whole(_BULLET, opens="-*+")),
    ("emphasis", emphasis),
    ("emphasis_edge", emphasis_edges),
    ("underscore", _whole(_UNDERSCORE)),
    ("escape", _whole(_ESCAPE)),
    ("table_pipe", table_pipes),
    ("html_break", _whole(_BREAK, " ")),
)


def strip_markdown(text: str) -> list[Edit]:
    r"""The edits that remove Markdown markup from ``text`` (none unless it looks like Markdown).

    >>> from policydoc.normalize.offsets import apply_edits
    >>> md = "# 某市方案\n**一、总体要求**\n1. [首页](https://x.cn/)\n| 指标 | 目标 |\n|---|---|\n| 覆盖率 | 95% |\n第1\\. 条"
    >>> apply_edits(md, strip_markdown(md))[0]
    '某市方案\n一、总体要求\n指标\t目标\n覆盖率\t95%\n第1. 条'
    """
    if not looks_like_markdown(text):
        return []
    taken = bytearray(len(text) + 1)  # 1 where an earlier rule already edits the text
    out: list[Edit] = []
    for _, rule in RULES:
        for e in rule(text):
            if not taken[e.start : max(e.end, e.start + 1)].count(1):
                taken[e.start : e.end] = b"\x01" * (e.end - e.start)
                out.append(e)
    return sorted(out, key=lambda e: (e.start, e.end))


def strip_markdown_fixer(text: str, ctx: object) -> list[Edit]:
    """The fixer-table entry: :func:`strip_markdown` (no warnings to report)."""
    return strip_markdown(text)
