"""Build src/policydoc/data/charfreq.tsv from jieba's dictionary.

Source: jieba's dict.txt (word, frequency, POS), the character/word frequency
model the normaliser scores candidate decodings with. Each character's count is
the sum of the frequencies of the words it occurs in; the traditional forms
(OpenCC s2t) get the count of their simplified form, so traditional text scores
like simplified text. Run it again only when jieba's dictionary changes:

    .venv/bin/python scripts/build_charfreq.py
"""

from __future__ import annotations

import collections
import pathlib

import jieba
import opencc

OUT = pathlib.Path(__file__).resolve().parents[1] / "src/policydoc/data/charfreq.tsv"


def main() -> None:
    dict_path = pathlib.Path(jieba.__file__).parent / "dict.txt"
    counts: collections.Counter[str] = collections.Counter()
    with dict_path.open(encoding="utf-8") as fh:
        for line in fh:
            word, freq = line.split()[:2]
            for ch in word:
                counts[ch] += int(freq)
    s2t = opencc.OpenCC("s2t")
    for ch, n in list(counts.items()):
        for trad in s2t.convert(ch):
            if trad != ch:
                counts[trad] = max(counts[trad], n)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# char\tcount  (built by scripts/build_charfreq.py from jieba dict.txt + OpenCC s2t)\n")
        for ch, n in counts.most_common():
            fh.write(f"{ch}\t{n}\n")


if __name__ == "__main__":
    main()
