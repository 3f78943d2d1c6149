"""Build src/policydoc/data/jieba_index.tsv: where each first character's words stand in jieba's dict.txt.

Source: jieba's dict.txt (word, frequency, POS), the same dictionary rjieba embeds. The tagger
(:mod:`policydoc.core.tagger`) gives rjieba only the words a text can use, read from the byte ranges
this index names for the text's characters, instead of building rjieba's whole dictionary (about
0.1 s) in every process. Header lines: the file's size in bytes (the tagger falls back to rjieba's own
dictionary when the installed file differs) and the dictionary's total frequency (each word counted
once, at its last line's frequency, as rjieba's loader counts it). Then one line per first character:
the character, a tab, its byte ranges ``start-end`` in file order, comma-separated. Run it again only
when jieba's dictionary changes:

    .venv/bin/python scripts/build_dict_index.py
"""

from __future__ import annotations

import importlib.util
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[1] / "src/policydoc/data/jieba_index.tsv"


def dict_path() -> pathlib.Path:
    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.origin is not None, "jieba is not installed"
    return pathlib.Path(spec.origin).parent / "dict.txt"


def build(data: bytes) -> str:
    """The index of ``data`` (jieba's dict.txt) as text."""
    ranges: dict[str, list[list[int]]] = {}
    freqs: dict[bytes, int] = {}
    start = 0
    while start < len(data):
        end = data.index(b"\n", start) + 1
        word, freq, _tag = data[start:end].split()
        first = word.decode("utf-8")[0]
        assert first not in "#\t\n\r ", f"a word opens with {first!r}"
        runs = ranges.setdefault(first, [])
        if runs and runs[-1][1] == start:
            runs[-1][1] = end
        else:
            runs.append([start, end])
        freqs[word] = int(freq)
        start = end
    lines = [
        "# first character\tbyte ranges of its lines in jieba's dict.txt (built by scripts/build_dict_index.py)",
        f"#size\t{len(data)}",
        f"#total\t{sum(freqs.values())}",
    ]
    lines += [f"{ch}\t" + ",".join(f"{a}-{b}" for a, b in runs) for ch, runs in sorted(ranges.items())]
    return "\n".join(lines) + "\n"


def main() -> None:
    OUT.write_text(build(dict_path().read_bytes()), encoding="utf-8")


if __name__ == "__main__":
    main()
