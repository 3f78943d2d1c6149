"""Score the PDF path against the gold of the same documents' pdftotext ``.txt``.

    python benchmarks/pdf_accuracy.py GOLD_DIR DOCS_DIR [GOLD_DIR DOCS_DIR ...]

For every gold file whose document ``X.txt`` has an ``X.pdf`` beside it, the gold is copied
to a temporary folder with ``doc`` naming the .pdf, and each target and party quote is
re-anchored in the text policydoc reads from the PDF (the same characters, found with
whitespace ignored: PDFium and pdftotext break lines and space words differently). A quote
not found there is kept as it was (it then counts as missed). Both folders are then scored
with ``policydoc eval`` and the outline/level/targets/parties F1 of the .txt and the .pdf are
printed side by side. Nothing of the documents' text is printed.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from policydoc.evaluate import run_eval
from policydoc.load import load

TASKS = ("outline", "level", "targets", "parties")


def _squeeze(text: str) -> tuple[str, list[int]]:
    keep = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in keep), keep


def reanchor(quote: str, source: str, squeezed: tuple[str, list[int]]) -> tuple[str, bool]:
    """``quote`` as it stands in ``source`` with whitespace ignored, and whether it was found."""
    if not quote or quote in source:
        return quote, True
    flat, index = squeezed
    q, _ = _squeeze(quote)
    at = flat.find(q)
    if not q or at < 0:
        return quote, False
    return source[index[at] : index[at + len(q) - 1] + 1], True


def excerpt_pages(pdf: Path, out_docs: Path) -> Path:
    """``pdf`` itself, or, where its ``.txt`` is an excerpt, a copy holding only the excerpt's pages."""
    import pypdfium2 as pdfium

    loaded = load(pdf)
    txt = _squeeze(pdf.with_suffix(".txt").read_text(encoding="utf-8"))[0]
    flat, index = _squeeze(loaded.text)
    if len(txt) > 0.8 * len(flat):
        return pdf
    first, last = flat.find(txt[:20]), flat.find(txt[-100:-80])  # not the last line: a page number
    if first < 0 or last < 0:
        return pdf
    starts = [a for a, _ in loaded.pages]
    lo = max(i for i, a in enumerate(starts) if a <= index[first])
    hi = max(i for i, a in enumerate(starts) if a <= index[last + 19])
    whole, part = pdfium.PdfDocument(str(pdf)), pdfium.PdfDocument.new()
    part.import_pages(whole, list(range(lo, hi + 1)))
    out = out_docs / pdf.name
    part.save(str(out))
    print(f"{pdf.stem}: the .txt is an excerpt; scoring pages {lo + 1}-{hi + 1} of the PDF")
    return out


def prepare(gold_dir: Path, docs_dir: Path, out_gold: Path, out_docs: Path) -> list[str]:
    names = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pdf = (docs_dir / gold["doc"]).with_suffix(".pdf")
        if not pdf.is_file():
            continue
        pdf = excerpt_pages(pdf, out_docs)
        source = load(pdf).text
        squeezed = _squeeze(source)
        lost = 0
        for task in ("targets", "parties"):
            for item in gold.get(task, []):
                item["quote"], found = reanchor(item.get("quote", ""), source, squeezed)
                lost += not found
        txt_gold, pdf_gold = out_gold / "txt", out_gold / "pdf"
        txt_gold.mkdir(parents=True, exist_ok=True)
        pdf_gold.mkdir(parents=True, exist_ok=True)
        shutil.copy(gold_path, txt_gold / gold_path.name)
        gold["doc"] = pdf.name
        (pdf_gold / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        for f in (pdf, (docs_dir / pdf.name).with_suffix(".txt")):
            if f.is_file() and f.parent != out_docs:
                shutil.copy(f, out_docs / f.name)
        names.append(f"{pdf.stem}: {lost} quotes not found in the PDF text")
    return names


def main(args: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "docs").mkdir()
        for gold_dir, docs_dir in zip(args[::2], args[1::2]):
            for line in prepare(Path(gold_dir), Path(docs_dir), root / "gold", root / "docs"):
                print(line)
        reports = {kind: run_eval(root / "gold" / kind, root / "docs", jobs=1) for kind in ("txt", "pdf")}
        txt_docs = {d.doc: d for d in reports["txt"].docs}
        print(f"{'document':<40} " + " ".join(f"{t + ' txt/pdf':>17}" for t in TASKS))
        sums = {k: {t: [0, 0, 0] for t in TASKS} for k in reports}
        for pdf_doc in reports["pdf"].docs:
            pair = {"pdf": pdf_doc, "txt": txt_docs.get(pdf_doc.doc[:-4] + ".txt")}
            cells = []
            for t in TASKS:
                f1 = []
                for kind, d in pair.items():
                    s = d.scores.get(t) if d is not None and d.scores else None
                    if s is not None:
                        acc = sums[kind][t]
                        acc[0] += s.tp
                        acc[1] += s.pred
                        acc[2] += s.gold
                    f1.append("-" if s is None else f"{s.f1:.3f}")
                cells.append(f"{f1[1]:>8}/{f1[0]:<8}")
            print(f"{pdf_doc.doc[:40]:<40} " + " ".join(cells) + ("" if pdf_doc.status == "ok" else f" {pdf_doc.status}"))
        cells = []
        for t in TASKS:
            f1 = []
            for kind in ("txt", "pdf"):
                tp, pred, gold = sums[kind][t]
                p, r = tp / pred if pred else 1.0, tp / gold if gold else 1.0
                f1.append(f"{2 * p * r / (p + r) if p + r else 0.0:.3f}")
            cells.append(f"{f1[0]:>8}/{f1[1]:<8}")
        print(f"{'TOTAL (micro)':<40} " + " ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:])
