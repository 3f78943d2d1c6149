"""Reading text-layer PDFs with pypdfium2 (PDFium, the PDF engine of Chromium).

The text is laid out the way ``pdftotext`` lays it out, so that the normaliser's
PDF fixers apply to it unchanged: one line per printed line, in PDFium's reading
order; a form feed opens every page after the first. Joining hard-wrapped lines,
removing page numbers ("— 3 —", "- 3 -", "第3页") and running headers is left to
normalisation (``reflow`` and ``boilerplate``), where every change is a recorded
repair. :attr:`Loaded.pages` gives each page's ``(start, end)`` in the text.

What PDFium marks rather than writes is written plainly: its line breaks
``\\r\\n`` become ``\\n``, and the ``\\x02`` it puts for a hyphen that ends a line
becomes ``-``.

Bad input never escapes as a PDFium error or a traceback; each case is a
:class:`~policydoc.errors.LoadError` with one line saying what to do:

- a PDF that PDFium cannot open (truncated beyond repair, malformed, not a PDF);
- an encrypted PDF that needs a password to open;
- more than :data:`MAX_PAGES` pages, refused before any page is read;
- reading that takes longer than :data:`MAX_SECONDS` (checked between pages);
- fewer than :data:`MIN_CHARS_PER_PAGE` characters per page: a scan, which needs OCR first.

A font without a usable ToUnicode map gives private-use code points or U+FFFD
instead of characters; when they are more than :data:`MAX_ODD_SHARE` of the text,
the load carries a warning (the text is still read, and the normaliser's
mojibake check runs over it as over any text).
"""

from __future__ import annotations

import time
from typing import Optional

from ..errors import LoadError
from ..notes import Note
from . import Loaded
from .pdf_tables import TableFinder, may_hold_table

MAX_PAGES = 5000  # a plan, report or gazette issue has far fewer; more is refused before reading
MAX_SECONDS = 120.0  # reading stops with an error past this (checked after every page)
MIN_CHARS_PER_PAGE = 8  # fewer non-blank characters per page on average: no text layer (a scan)
MAX_ODD_SHARE = 0.05  # more private-use / replacement characters than this: fonts without ToUnicode
PAGE_BREAK = "\f"

_ODD = frozenset("\ufffd\ufffe")


def read_pdf(data: bytes, *, name: str = "input", max_pages: int = MAX_PAGES,
             max_seconds: float = MAX_SECONDS) -> Loaded:
    """Read a PDF's text layer into a :class:`Loaded` with ``format="pdf"`` and its page spans.

    Raises :class:`~policydoc.errors.LoadError` (one line) for every PDF that cannot be read.
    """
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a core dependency
        raise LoadError(f"{name}: reading PDF needs pypdfium2 (pip install pypdfium2)") from None
    pdf = _open(pdfium, data, name)
    finder = TableFinder(data)
    try:
        count = len(pdf)
        if count == 0:
            raise LoadError(f"{name}: the PDF has no pages")
        if count > max_pages:
            raise LoadError(f"{name}: the PDF has {count} pages, more than the limit of {max_pages}; split it first")
        deadline = time.monotonic() + max_seconds
        pages = []
        follows_table = False  # a table found on the page before may run on over the break
        for index in range(count):
            text, follows_table = _page_text(pdf, index, name, finder, follows_table)
            pages.append(text)
            if time.monotonic() > deadline:
                raise LoadError(f"{name}: reading the PDF took longer than {max_seconds:g} s "
                                f"(stopped at page {index + 1} of {count}); the file may be damaged")
    finally:
        finder.close()
        pdf.close()
    text, spans = join_pages(pages)
    solid = sum(1 for ch in text if not ch.isspace())
    if solid < MIN_CHARS_PER_PAGE * count:
        raise LoadError(f"{name}: the PDF has no text layer; it needs OCR first (scanned pages or images only)")
    loaded = Loaded(text=text, format="pdf", encoding=None, sha256="", pages=spans)
    odd = sum(1 for ch in text if ch in _ODD or "\ue000" <= ch <= "\uf8ff")
    if odd > MAX_ODD_SHARE * solid:
        loaded.warnings.append(Note(
            f"{name}: {odd} of {solid} characters of the PDF's text are unmapped glyphs "
            "(fonts without a usable ToUnicode map); the text may be garbled",
            "load.pdf_unmapped_glyphs",
        ))
    return loaded


def _open(pdfium: object, data: bytes, name: str) -> object:
    try:
        return pdfium.PdfDocument(data)  # type: ignore[attr-defined]
    except pdfium.PdfiumError as exc:  # type: ignore[attr-defined]
        message = str(exc).lower()
        if "password" in message:
            raise LoadError(f"{name}: the PDF is encrypted; decrypt it (or give its password to a PDF tool) "
                            "and try again") from None
        raise LoadError(f"{name}: not a readable PDF (damaged, truncated or malformed: {_reason(exc)}); "
                        "re-save or re-download it") from None


def _reason(exc: Exception) -> str:
    """PDFium's reason in a few words: "Failed to load document (PDFium: Data format error)." -> "data format error".

    >>> _reason(RuntimeError("Failed to load document (PDFium: Data format error)."))
    'data format error'
    """
    text = str(exc).strip().rstrip(".")
    if "PDFium:" in text:
        text = text.split("PDFium:", 1)[1].strip().rstrip(")")
    return text[:1].lower() + text[1:] if text else type(exc).__name__


def _page_text(pdf: object, index: int, name: str, finder: Optional[TableFinder] = None,
               follows_table: bool = False) -> tuple[str, bool]:
    """One page's text, PDFium's line breaks and hyphen marks written plainly, its ruled tables as rows of
    cells (see :mod:`.pdf_tables`); and whether a table was found on it."""
    try:
        page = pdf[index]  # type: ignore[index]
    except Exception as exc:  # PDFium fails on a page whose objects are damaged
        raise LoadError(f"{name}: page {index + 1} of the PDF cannot be read ({exc}); "
                        "re-save or re-download it") from None
    try:
        textpage = page.get_textpage()
        try:
            raw = textpage.get_text_bounded()
            tables = finder.tables(index) if finder and (follows_table or may_hold_table(raw)) else []
            if tables:
                return _with_tables(page, textpage, tables), True
        finally:
            textpage.close()
    except LoadError:
        raise
    except Exception as exc:
        raise LoadError(f"{name}: the text of page {index + 1} of the PDF cannot be read ({exc})") from None
    finally:
        page.close()
    return clean_page(raw), False


def _with_tables(page: object, textpage: object, tables: list[tuple[float, float, list[str]]]) -> str:
    """The page read band by band: PDFium's text above, between and below the tables, each table's rows
    in its place. Table boxes are measured from the page's top (pdfplumber), PDFium's from its bottom."""
    left, bottom, right, top = page.get_mediabox()  # type: ignore[attr-defined]
    parts = []
    upper = top
    for t_top, t_bottom, lines in tables:
        band = textpage.get_text_bounded(left=left, bottom=top - t_top, right=right, top=upper)  # type: ignore[attr-defined]
        parts += [clean_page(band), "\n".join(lines)]
        upper = top - t_bottom
    parts.append(clean_page(textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=upper)))  # type: ignore[attr-defined]
    return "\n".join(p for p in parts if p)


def clean_page(raw: str) -> str:
    r"""PDFium's page text as plain lines: ``\r\n`` to ``\n``, ``\x02`` to ``-``, NULs and form feeds gone.

    >>> clean_page("到2025\x02\r\n2030年\r\n")
    '到2025-\n2030年'
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-")
    return text.replace("\x00", "").replace(PAGE_BREAK, "").rstrip()


def join_pages(pages: list[str]) -> tuple[str, list[tuple[int, int]]]:
    r"""The pages as one text, a form feed opening each page after the first, and each page's span.

    >>> join_pages(["一、总则", "正文。"])
    ('一、总则\n\x0c正文。', [(0, 4), (6, 9)])
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, page in enumerate(pages):
        if i:
            parts.append("\n" + PAGE_BREAK)
            pos += 2
        parts.append(page)
        spans.append((pos, pos + len(page)))
        pos += len(page)
    return "".join(parts), spans


def page_of(pages: list[tuple[int, int]], pos: int) -> Optional[int]:
    """The 1-based number of the page holding position ``pos`` (the page before, between two pages).

    >>> page_of([(0, 4), (6, 9)], 5), page_of([(0, 4), (6, 9)], 7), page_of([], 0)
    (1, 2, None)
    """
    from bisect import bisect_right

    if not pages:
        return None
    return max(1, bisect_right([a for a, _ in pages], pos))
