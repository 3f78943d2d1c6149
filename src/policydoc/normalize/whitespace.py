"""White space: line breaks unified first, tidied last.

``unify_newlines`` runs before every other step so that line-based rules see
``\\n`` only; ``tidy_whitespace`` runs last. Neither joins lines, so a heading on
its own line stays on its own line.
"""

from __future__ import annotations

import re

import regex

from .offsets import Edit
from .._lazy import lazy_regex

_NEWLINES = lazy_regex(r"\r\n?|[\u2028\u2029\u0085]|[\u200b\u200c\u200d\u2060\ufeff]+")

# White space as the `regex` module reads \s (U+3000 among it), spelled out for the stdlib engine, whose own \s
# holds \x1c-\x1f besides (and is checked ~2x slower than ranges).
_SPACE = r"\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # a class's body

# Ordered: each pattern is a named kind of untidiness. (Stdlib re: tried run by run, see _tidy_matches.)
_TIDY = re.compile(
    rf"""
    (?=[{_SPACE}])                                            # cheap first-character filter
    (?:
    (?P<lead>\A[{_SPACE}]+)                                   # white space before the text
  | (?P<trail>[{_SPACE}]+\Z)                                  # white space after the text
  | (?P<eol>[ \t\u00a0\u3000\u2002-\u200a]+(?=\n))            # trailing blanks on a line
  | (?P<blank>\n[{_SPACE}]*\n)                                # blank lines and indentation
  | (?P<indent>(?<=\n)[ \u00a0\u3000\u2002-\u200a]+)         # indentation of a line
  | (?P<paragraph>(?<=[^{_SPACE}]{{2}})\u3000{{2,}}(?=[^{_SPACE}]))  # the indent of a paragraph run on into a line
  | (?P<spaces>[ \u00a0\u3000\u2002-\u200a]{{2,}}|[\u00a0\u3000\u2002-\u200a])  # runs of blanks inside a line
    )
    """,
    re.VERBOSE,
)


# Every match of _NEWLINES starts with one of these, and most texts have none: each is looked for with
# str.find, which runs several times faster than a scan for the class of them.
_NEWLINE_FIRST = "\r\u0085\u2028\u2029\u200b\u200c\u200d\u2060\ufeff"


def unify_newlines(text: str) -> list[Edit]:
    r"""``\r\n``, ``\r`` and Unicode line separators to ``\n``; zero-width characters removed.

    >>> [e.replacement for e in unify_newlines("a\r\nb\u200bc")]
    ['\n', '']
    """
    found = [at for at in map(text.find, _NEWLINE_FIRST) if at >= 0]
    if not found:
        return []
    return [
        Edit(m.start(), m.end(), "" if m.group()[0] in "\u200b\u200c\u200d\u2060\ufeff" else "\n", "whitespace")
        for m in _NEWLINES.finditer(text, min(found))
    ]


PARAGRAPH_MIN = 6  # characters a stretch needs before an indent inside the line ends it as a paragraph
_BLANK_CHARS = " \t\u3000\u00a0"


def _ends_a_paragraph(text: str, pos: int) -> bool:
    """Whether the stretch before the indent at ``pos`` is a paragraph or title run on into the line.

    A sentence end before it always is; otherwise the stretch since the line start needs
    PARAGRAPH_MIN characters, so letter spacing ("第一章　　总则", "第一条　　为了…") stays in its line.
    """
    before = text[pos - 1]
    if before in "。！？；…”」":
        return True
    line_start = text.rfind("\n", max(0, pos - 200), pos) + 1
    if line_start == 0 and pos > 200:
        return True  # a long stretch: far past any marker
    return sum(1 for c in text[line_start:pos] if c not in _BLANK_CHARS) >= PARAGRAPH_MIN


def tidy_whitespace(text: str) -> list[Edit]:
    r"""Strip the ends, drop blank lines and indentation, fold runs of blanks to one space.

    Scraped pages often lose their line breaks but keep each paragraph's indent, two
    ideographic spaces, inside the line ("…新局面　　“十二五”时期…"): there the
    indent becomes the line break it stood for. Letter spacing ("总　　则", "第一章　　总则") stays
    a space: the stretch before an indent must end a sentence or hold PARAGRAPH_MIN characters.

    >>> from policydoc.normalize.offsets import apply_edits
    >>> apply_edits("  一、总则  \n\n\u3000\u3000正文　内容\n", tidy_whitespace("  一、总则  \n\n\u3000\u3000正文　内容\n"))[0]
    '一、总则\n正文 内容'
    """
    edits: list[Edit] = []
    for m in _tidy_matches(text):
        kind = m.lastgroup
        if kind in ("lead", "trail", "eol", "indent"):
            replacement = ""
        elif kind == "blank" or (kind == "paragraph" and _ends_a_paragraph(text, m.start())):
            replacement = "\n"
        else:
            replacement = " "
        if m.group() != replacement:
            edits.append(Edit(m.start(), m.end(), replacement, "whitespace"))
    return edits


# Every match of _TIDY is white space and lies inside one run of it; a run of one character can match only as
# a lone special space, or at the start or the end of the text. Such runs are found in C far faster than _TIDY
# is tried at every white character (most are single line breaks).
_WHITE_RUN = re.compile(f"[{_SPACE}]+")
_TIDY_RUN = re.compile(f"[{_SPACE}](?:[{_SPACE}]+|(?<=[\u00a0\u3000\u2002-\u200a])|\\Z)")


def _tidy_matches(text: str) -> list["re.Match[str]"]:
    """The matches ``_TIDY.finditer(text)`` gives, the pattern tried only inside runs of white space it may match.

    Inside a run every position is tried in turn, as finditer tries them.

    >>> [m.lastgroup for m in _tidy_matches("\\n a\\n\\nb\\u3000c ")]
    ['lead', 'blank', 'spaces', 'trail']
    """
    found: list["re.Match[str]"] = []
    for start, end in _white_runs(text):
        pos = start
        while pos < end:
            m = _TIDY.match(text, pos)
            if m is None:
                pos += 1
            else:
                found.append(m)
                pos = m.end()
    return found


def _white_runs(text: str) -> list[tuple[int, int]]:
    """The runs of white space a tidy rule may match in: the run opening the text, runs of two or more
    characters, lone special spaces and a lone character closing the text."""
    head = _WHITE_RUN.match(text)
    runs = [head.span()] if head else []
    runs.extend(m.span() for m in _TIDY_RUN.finditer(text, head.end() if head else 0))
    return runs
