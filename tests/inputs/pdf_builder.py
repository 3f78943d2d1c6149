"""Build small text-layer PDFs with reportlab, for tests.

reportlab's built-in CID font ``STSong-Light`` writes Chinese without a font file.
``typeset`` hard-wraps paragraphs the way a printed page does (a fixed number of
characters per line, headings on lines of their own), cuts the lines into pages and
adds page furniture (a running header, a page number such as "— 3 —"); ``build_pdf``
draws the pages. Every text is invented.
"""

from __future__ import annotations

import io
from typing import Callable, Optional, Sequence

FONT = "STSong-Light"


def _canvas(buf: io.BytesIO, encrypt: Optional[str] = None):  # type: ignore[no-untyped-def]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return canvas.Canvas(buf, pagesize=(420, 600), encrypt=encrypt)


def wrap(paragraph: str, width: int) -> list[str]:
    """A paragraph cut into printed lines of ``width`` characters (the last one shorter)."""
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)] or [""]


def typeset(
    paragraphs: Sequence[str],
    width: int = 24,
    lines_per_page: int = 14,
    header: Optional[str] = None,
    footer: Optional[Callable[[int], str]] = lambda n: f"— {n} —",
) -> list[list[str]]:
    """The pages of ``paragraphs`` hard-wrapped at ``width`` characters, with header and footer lines."""
    body = [line for p in paragraphs for line in wrap(p, width)]
    pages = []
    for n, start in enumerate(range(0, len(body), lines_per_page), 1):
        lines = body[start : start + lines_per_page]
        if header and n > 1:
            lines = [header, *lines]
        if footer:
            lines = [*lines, footer(n)]
        pages.append(lines)
    return pages


def build_pdf(pages: Sequence[Sequence[str]], encrypt: Optional[str] = None, size: int = 14) -> bytes:
    """A PDF with one page per entry, each line drawn at the left margin, top down."""
    buf = io.BytesIO()
    c = _canvas(buf, encrypt)
    for lines in pages:
        c.setFont(FONT, size)
        y = 560
        for line in lines:
            if line:
                c.drawString(40, y, line)
            y -= size * 1.6
        c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf(pages: int = 2) -> bytes:
    """A 'scan': pages with drawn shapes (as a scanner's images would be) and no text at all."""
    buf = io.BytesIO()
    c = _canvas(buf)
    for _ in range(pages):
        c.rect(40, 40, 300, 500, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


def blank_pages_pdf(pages: int) -> bytes:
    """``pages`` empty pages (a huge page count is cheap to make this way)."""
    buf = io.BytesIO()
    c = _canvas(buf)
    for _ in range(pages):
        c.showPage()
    c.save()
    return buf.getvalue()


def ruled_table_pdf(before: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int],
                    after: Sequence[str], size: int = 11, wrap_at: int = 0) -> bytes:
    """One page: lines ``before``, a table ruled on every side with ``rows`` (columns ``widths`` points
    wide), then lines ``after``. A cell longer than ``wrap_at`` characters (when set) wraps inside its box."""
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont(FONT, size)
    y = 560
    for line in before:
        c.drawString(30, y, line)
        y -= size * 1.8
    xs = [30]
    for w in widths:
        xs.append(xs[-1] + w)
    top = y + size
    for row in rows:
        cells = [wrap(cell, wrap_at) if wrap_at else [cell] for cell in row]
        height = size * 1.6 * max(len(c_) for c_ in cells) + 6
        for x, lines in zip(xs, cells):
            for k, line in enumerate(lines):
                c.drawString(x + 3, top - size - 2 - k * size * 1.6, line)
        c.line(xs[0], top, xs[-1], top)
        for x in xs:
            c.line(x, top, x, top - height)
        top -= height
    c.line(xs[0], top, xs[-1], top)
    y = top - size * 2
    for line in after:
        c.drawString(30, y, line)
        y -= size * 1.8
    c.showPage()
    c.save()
    return buf.getvalue()
