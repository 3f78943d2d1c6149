"""The one word segmenter and part-of-speech tagger: rjieba, with every organ-lexicon name added.

One private rjieba instance per process, created on first use, with every name of the organ lexicon
(:mod:`.lexicon`) added as an ``nt`` (organisation) word, so that every stage cuts a body name where the lexicon
does. rjieba (Rust) tags about 8–10 M characters a second; the stages segment only the short stretches they must
read word by word (a heading phrase, an indicator phrase, a clause's subject).

``import rjieba`` builds the package's own default tokenizer (about 110 ms and 30 MB) that policydoc never uses;
the tokenizer class is therefore taken from rjieba's extension module directly, registered under its own name, so
that a later ``import rjieba`` by the caller finds it and builds its default as usual.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon import lexicon

__all__ = ["tag"]


def _jieba_class() -> Any:
    """rjieba's tokenizer class, without running the package's ``__init__`` when it is not imported yet."""
    if "rjieba" not in sys.modules and "rjieba.rjieba" not in sys.modules:
        spec = importlib.util.find_spec("rjieba")  # finds the package without importing it
        for folder in (spec.submodule_search_locations or []) if spec else []:
            for so in sorted(Path(folder).glob("rjieba*.so")) + sorted(Path(folder).glob("rjieba*.pyd")):
                loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(so))
                native = importlib.util.module_from_spec(importlib.util.spec_from_loader("rjieba.rjieba", loader))
                loader.exec_module(native)
                sys.modules["rjieba.rjieba"] = native
                return native.Jieba
    import rjieba  # already imported, or an installation laid out otherwise: the ordinary import

    return rjieba.Jieba


@lru_cache(maxsize=1)
def _tagger() -> Any:
    jieba = _jieba_class()()
    for name in lexicon().names:
        jieba.add_word(name, 100000, "nt")
    return jieba


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs of ``text``.

    >>> tag("市教育局负责")[0]
    ('市教育局', 'nt')
    """
    return list(_tagger().tag(text)) if text else []
