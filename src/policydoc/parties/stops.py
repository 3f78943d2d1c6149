"""The punctuation that ends sentences, clauses and phrases in the parties stage.

Every set is built from the names of :mod:`policydoc.core.sentences`, once:

- :data:`SENTENCE_END` 。！？!?；; and a line break: a sentence the statements are read in. A tab ends none (unlike
  the core ``SENTENCE_END``): a table row is read whole by the table recognisers and skipped by the statements,
  so :class:`~policydoc.core.sentences.Segmenter`, which ends a sentence at a tab, gives other boundaries here;
- :data:`STOPS` 。！？!?；;: a stop inside a line (a task that a label closes starts after the last one, a content
  cell of a flattened table ends at one);
- :data:`PERIODS` 。；;: the stops that the recognisers' phrase patterns do not cross (they stop at no ！？);
- :data:`CLAUSE_MARKS` ，,：: end a clause inside a sentence; :data:`PHRASE_ENDS` ，,。；; end the phrase a
  pattern reads (a comma or a period);
- :data:`PUNCTUATION` all of these and 、: what :func:`~policydoc.parties.hits.trim` takes off a task's ends.

:func:`one_of` and :func:`none_of` write a set as a regex character class.

>>> one_of(PERIODS), none_of(PHRASE_ENDS, "的")
('[。；;]', '[^，,。；;的]')
"""

from __future__ import annotations

import regex

from ..core.sentences import CLAUSE_STOPS, COLONS, COMMAS, ENUMERATION, FULL_STOPS
from ..core.sentences import STOPS as CORE_STOPS

STOPS = CORE_STOPS
"""。！？!?；;: a stop inside a line."""
SENTENCE_END = STOPS + "\n"
"""A sentence of the parties stage ends at a stop or a line break (never at a tab)."""
PERIODS = "。" + CLAUSE_STOPS
"""。；;: the stops the recognisers' phrase patterns do not cross."""
assert "。" in FULL_STOPS
CLAUSE_MARKS = COMMAS + COLONS
"""，,：:: a clause ends at a comma or a colon."""
PHRASE_ENDS = COMMAS + PERIODS
"""，,。；;: a phrase a pattern reads ends at a comma or a period."""
PUNCTUATION = COMMAS + STOPS + COLONS + ENUMERATION
"""Every stop, comma, colon and 、."""


def one_of(chars: str, also: str = "") -> str:
    """A regex character class of ``chars`` (escaped) and ``also`` (written as regex)."""
    return f"[{_escaped(chars)}{also}]"


def none_of(chars: str, also: str = "") -> str:
    """A negated regex character class of ``chars`` (escaped) and ``also`` (written as regex)."""
    return f"[^{_escaped(chars)}{also}]"


def _escaped(chars: str) -> str:
    r"""``chars`` escaped for a character class, a line break as ``\n``.

    >>> _escaped("。?\n")
    '。\\?\\n'
    """
    return "".join("\\n" if c == "\n" else regex.escape(c) for c in chars)
