"""PDF input: pages per second of reading, and a parse of the PDF against a parse of its text.

Documents: the text-layer PDFs of ../shared/realdev that have their pdftotext ``.txt``
beside them; without ../shared, PDFs built here with reportlab (a test dependency)
from the corpus's invented plans, with the plain text they were built from. Figures:
pages/s of ``load`` (PDFium text plus ruled tables on pages naming table headers;
goal ≥ 20 pages/s per core) and the time of ``parse(pdf)`` as a multiple of
``parse(txt)`` on the same documents in the same run.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REALDEV = REPO.parent / "shared" / "realdev" / "docs"


def _pairs() -> tuple[str, list[tuple[bytes, str]]]:
    """(what they are, [(pdf bytes, text)])."""
    if REALDEV.is_dir():
        pairs = [(p.read_bytes(), p.with_suffix(".txt").read_text(encoding="utf-8"))
                 for p in sorted(REALDEV.glob("*.pdf")) if p.with_suffix(".txt").is_file()]
        if pairs:
            return "realdev PDFs", pairs
    sys.path.insert(0, str(REPO / "tests" / "inputs"))
    from pdf_builder import build_pdf, typeset  # reportlab: installed with the test extra

    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus" / "outline").glob("*.txt"))[:8]]
    return "PDFs built from the corpus", [(build_pdf(typeset(t.split("\n"))), t) for t in texts]


def _seconds(fn, items) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - start


def run() -> dict[str, object]:
    import pypdfium2 as pdfium

    from policydoc import parse, parse_text
    from policydoc.load import load_bytes

    what, pairs = _pairs()
    pdfs, texts = [p for p, _ in pairs], [t for _, t in pairs]
    pages = sum(len(pdfium.PdfDocument(p)) for p in pdfs)
    parse_text(texts[0])  # warm
    parse(pdfs[0])
    load_s = min(_seconds(lambda p: load_bytes(p, path="x.pdf"), pdfs) for _ in range(2))
    pdf_s = min(_seconds(parse, pdfs) for _ in range(2))
    txt_s = min(_seconds(parse_text, texts) for _ in range(2))
    return {
        "documents": f"{len(pairs)} {what}, {pages} pages",
        "load pages/s (goal >= 20)": round(pages / load_s, 1),
        "parse(pdf) / parse(txt) time": round(pdf_s / txt_s, 2),
        "parse(pdf) pages/s": round(pages / pdf_s, 1),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
