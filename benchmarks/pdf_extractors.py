"""Side-by-side PDF text extraction: pypdfium2 (policydoc's reader) and pdfplumber/pdfminer.six.

    python benchmarks/pdf_extractors.py DIR_OR_PDF...

For every PDF that has a pdftotext ``.txt`` beside it (the form the shared dev set keeps),
prints pages, seconds and pages/s of each extractor, and how close its characters are to
the ``.txt``: ``chars`` is the share of the .txt's non-blank characters (as a multiset)
that the extractor gives too, ``odd`` counts characters that are no text (Kangxi radicals,
private-use code points, U+FFFD, control characters) - the marks of a font without a usable
ToUnicode map. pdfplumber is optional (``pip install pdfplumber``); without it only
pypdfium2 is measured. The texts are never printed.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path


def _pdfium(path: Path) -> tuple[str, int]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        out.append(tp.get_text_bounded())
        tp.close()
        page.close()
    n = len(pdf)
    pdf.close()
    return "\f".join(out), n


def _pdfplumber(path: Path) -> tuple[str, int]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        texts = [p.extract_text() or "" for p in pdf.pages]
    return "\f".join(texts), len(texts)


def _odd(text: str) -> int:
    return sum(1 for ch in text if "\u2f00" <= ch <= "\u2fdf" or "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd"
               or (ord(ch) < 32 and ch not in "\n\r\t\f"))


def _share(got: str, want: str) -> float:
    g = Counter(ch for ch in got if not ch.isspace())
    w = Counter(ch for ch in want if not ch.isspace())
    return sum((g & w).values()) / max(1, sum(w.values()))


def main(args: list[str]) -> None:
    pdfs: list[Path] = []
    for a in args:
        p = Path(a)
        pdfs.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    tools = [("pypdfium2", _pdfium)]
    try:
        import pdfplumber  # noqa: F401

        tools.append(("pdfplumber", _pdfplumber))
    except ImportError:
        pass
    print(f"{'document':<14} {'tool':<10} {'pages':>5} {'sec':>7} {'pages/s':>8} {'chars':>6} {'odd':>5}")
    totals: dict[str, list[float]] = {}
    for pdf in pdfs:
        txt = pdf.with_suffix(".txt")
        want = txt.read_text(encoding="utf-8") if txt.is_file() else ""
        for name, func in tools:
            t0 = time.perf_counter()
            try:
                text, pages = func(pdf)
            except Exception as exc:  # noqa: BLE001 - a reader that fails on a document is a result
                print(f"{pdf.name[:14]:<14} {name:<10} failed: {type(exc).__name__}: {str(exc)[:60]}")
                continue
            sec = time.perf_counter() - t0
            tot = totals.setdefault(name, [0, 0.0])
            tot[0] += pages
            tot[1] += sec
            share = f"{_share(text, want):.3f}" if want else "-"
            print(f"{pdf.name[:14]:<14} {name:<10} {pages:>5} {sec:>7.3f} {pages / sec:>8.1f} {share:>6} {_odd(text):>5}")
    for name, (pages, sec) in totals.items():
        print(f"{'TOTAL':<14} {name:<10} {int(pages):>5} {sec:>7.3f} {pages / sec:>8.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
