"""Data files shipped with the package, and their readers.

- ``charfreq.tsv``: character counts from jieba's dictionary (see
  ``scripts/build_charfreq.py``), used to score candidate decodings.
- ``jieba_index.tsv``: where each first character's words stand in jieba's ``dict.txt`` (see
  ``scripts/build_dict_index.py``), so that the tagger reads only the words a text can use.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources


def read_text(name: str) -> str:
    """The text of data file ``name``."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def char_log_freq() -> dict[str, float]:
    """log10 of each character's count in jieba's dictionary (traditional forms included)."""
    table: dict[str, float] = {}
    for line in read_text("charfreq.tsv").splitlines():
        if line.startswith("#"):
            continue
        ch, count = line.split("\t")
        table[ch] = math.log10(int(count))
    return table
