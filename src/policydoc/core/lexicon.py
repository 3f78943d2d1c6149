"""The organ lexicon (``data/organs.txt``), read and validated once per process.

Extra files named in the environment variable ``POLICYDOC_ORGANS`` (separated by ``os.pathsep``) are merged into
it. The parties stage builds its name patterns from it and :mod:`.tagger` adds its names to the tagger.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..data import read_text

__all__ = ["GROUPS", "Lexicon", "parse_lexicon", "lexicon"]

GROUPS = ("names", "suffixes", "weak", "not_heads", "prefixes", "joined")


@dataclass(frozen=True)
class Lexicon:
    """Groups of organ words, each kept in file order."""

    names: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    not_heads: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    joined: tuple[str, ...] = ()
    name_set: frozenset[str] = field(default=frozenset(), compare=False)


def parse_lexicon(text: str, base: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Read the ``[group]`` sections of one lexicon file into ``base``.

    >>> parse_lexicon("# c\\n[names]\\n市教育局\\n[suffixes]\\n局\\n")["names"]
    ['市教育局']
    """
    groups = base if base is not None else {g: [] for g in GROUPS}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            if name not in groups:
                raise ValueError(f"unknown lexicon group [{name}]; known: {', '.join(GROUPS)}")
            current = groups[name]
        elif current is None:
            raise ValueError(f"lexicon line {line!r} stands before any [group] header")
        elif line not in current:
            current.append(line)
    return groups


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon merged with the files in ``POLICYDOC_ORGANS``."""
    groups = parse_lexicon(read_text("organs.txt"))
    for path in filter(None, os.environ.get("POLICYDOC_ORGANS", "").split(os.pathsep)):
        parse_lexicon(Path(path).read_text(encoding="utf-8"), groups)
    return Lexicon(**{g: tuple(groups[g]) for g in GROUPS}, name_set=frozenset(groups["names"]))
