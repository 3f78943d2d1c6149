"""The one word segmenter and part-of-speech tagger: rjieba, with every organ-lexicon name added.

One private rjieba instance per process, created on first use, with every name of the organ lexicon
(:mod:`.lexicon`) added as an ``nt`` (organisation) word, so that every stage cuts a body name where the lexicon
does. rjieba (Rust) tags about 8–10 M characters a second; the stages segment only the short stretches they must
read word by word (a heading phrase, an indicator phrase, a clause's subject).

Building rjieba's whole dictionary (349,046 words) costs a fresh process about 0.1 s, most of a first small parse,
which tags a few dozen characters. The tagger therefore starts from an empty rjieba and adds, before it tags a
text, the dictionary words of every character of that text it has not seen yet: all the words that open with
that character, read from jieba's ``dict.txt`` (the dictionary rjieba embeds, byte for byte) at the ranges
``data/jieba_index.tsv`` names for it (:func:`_dictionary`). rjieba reads a text's words only at the text's own
characters, and scores a word by its frequency against the dictionary's total, which one placeholder word that
no text can contain (``@@``: ``@`` falls outside every block rjieba segments) keeps at the whole dictionary's
total: every text is tagged as by the whole dictionary, whatever was tagged before it. The lexicon's names are
added with their first character, as rjieba's ``add_word`` treats them (a dictionary word keeps its own tag and
takes the name's frequency). Where jieba's file is not the one indexed, rjieba's own dictionary is built as before.

``import rjieba`` builds the package's own default tokenizer (about 110 ms and 30 MB) that policydoc never uses;
the tokenizer class is therefore taken from rjieba's extension module directly, registered under its own name, so
that a later ``import rjieba`` by the caller finds it and builds its default as usual.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import mmap
import sys
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..data import read_text
from .lexicon import lexicon

__all__ = ["tag"]

NAME_FREQ = 100000  # an organ name's frequency: above any dictionary word's, so the name is cut whole
_PLACEHOLDER = "@@"  # holds the frequency of the words not added yet; "@" never enters a block rjieba segments


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


class _Dictionary:
    """jieba's ``dict.txt`` read by first character through ``data/jieba_index.tsv``."""

    def __init__(self, data: Any, index: str, total: int) -> None:
        self.data = data  # the file's bytes (mapped)
        self.index = index  # the index's rows, each after a line end
        self.total = total  # the summed frequency of the whole dictionary, each word once

    def block(self, char: str) -> bytes:
        """The lines of the words that open with ``char``, in file order, each ending with a line end."""
        at = self.index.find(f"\n{char}\t")
        if at < 0:
            return b""
        row = self.index[at + len(char) + 2 : self.index.index("\n", at + 1)]
        return b"".join(self.data[int(start) : int(end)] for start, end in (part.split("-") for part in row.split(",")))

    def freqs(self, char: str, words: list[str]) -> dict[str, int]:
        """The frequency of each of ``words`` (which open with ``char``): its last line's, as rjieba's loader
        keeps it; 0 for a word the dictionary lacks."""
        block = b"\n" + self.block(char)
        found = {}
        for word in words:
            key = b"\n" + word.encode("utf-8") + b" "
            at = block.rfind(key) + len(key)
            found[word] = int(block[at : block.index(b" ", at)]) if at >= len(key) else 0
        return found


@lru_cache(maxsize=1)
def _dictionary() -> _Dictionary | None:
    """jieba's dictionary with its index, or ``None`` when the installed file is not the one indexed."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    _title, size, total, rows = read_text("jieba_index.tsv").split("\n", 3)
    if not path.is_file() or f"#size\t{path.stat().st_size}" != size:
        return None
    with path.open("rb") as file:
        data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    dictionary = _Dictionary(data, "\n" + rows, int(total.split("\t")[1]))
    return dictionary if _matches(dictionary, rows.splitlines()[:: _SAMPLE_EVERY]) else None


_SAMPLE_EVERY = 97  # an index row in so many is checked against the file: about 120 rows, a fraction of a ms


def _matches(dictionary: _Dictionary, rows: list[str]) -> bool:
    """Do the sampled index ``rows`` name runs of whole lines whose first and last open with their character? (A file
    of the indexed size but other content fails at once.)"""
    data = dictionary.data
    for row in rows:
        char, ranges = row.split("\t")
        first = char.encode("utf-8")
        for part in ranges.split(","):
            start, end = map(int, part.split("-"))
            last = data.rfind(b"\n", start, end - 1) + 1 or start  # the range's last line
            if (start and data[start - 1 : start] != b"\n") or data[end - 1 : end] != b"\n":
                return False
            if data[start : start + len(first)] != first or data[last : last + len(first)] != first:
                return False
    return True


class _LazyTagger:
    """An rjieba tokenizer that holds the dictionary words of the characters it has been given so far."""

    def __init__(self, dictionary: _Dictionary) -> None:
        self._jieba = _jieba_class().empty()
        self._dictionary = dictionary
        self._names: dict[str, list[str]] = {}
        for name in lexicon().names:
            if name not in self._names.get(name[0], ()):
                self._names.setdefault(name[0], []).append(name)
        gained = sum(
            NAME_FREQ - freq for char, names in self._names.items() for freq in dictionary.freqs(char, names).values()
        )
        self._total = dictionary.total + gained  # the whole dictionary's total once every name is added
        self._added = 0
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self._jieba.add_word(_PLACEHOLDER, self._total, "x")

    def _add(self, char: str) -> int:
        """Add the words that open with ``char``, then the names that do; their summed frequency."""
        fields = self._dictionary.block(char).decode("utf-8").split()
        words, poses = fields[0::3], fields[2::3]
        freqs = dict(zip(words, map(int, fields[1::3])))
        add_word = self._jieba.add_word
        for word, pos in zip(words, poses):
            add_word(word, freqs[word], pos)
        for name in self._names.get(char, ()):
            freqs[name] = add_word(name, NAME_FREQ, "nt")
        return sum(freqs.values())

    def tag(self, text: str) -> list[tuple[str, str]]:
        with self._lock:
            if not self._seen.issuperset(text):
                for char in set(text) - self._seen:
                    self._added += self._add(char)
                    self._seen.add(char)
                self._jieba.add_word(_PLACEHOLDER, self._total - self._added, "x")
            return list(self._jieba.tag(text))


class _WholeTagger:
    """rjieba's own dictionary, built whole: where jieba's ``dict.txt`` is not the file the index describes."""

    def __init__(self) -> None:
        self._jieba = _jieba_class()()
        for name in lexicon().names:
            self._jieba.add_word(name, NAME_FREQ, "nt")

    def tag(self, text: str) -> list[tuple[str, str]]:
        return list(self._jieba.tag(text))


@lru_cache(maxsize=1)
def _tagger() -> _LazyTagger | _WholeTagger:
    dictionary = _dictionary()
    return _LazyTagger(dictionary) if dictionary is not None else _WholeTagger()


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs of ``text``.

    >>> tag("市教育局负责")[0]
    ('市教育局', 'nt')
    """
    return _tagger().tag(text) if text else []
