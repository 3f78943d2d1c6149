"""Format detection from content first, extension second."""

from __future__ import annotations

import pytest

from policydoc.errors import UnsupportedFormat
from policydoc.load import sniff_format


@pytest.mark.parametrize(
    "data, path, expected",
    [
        (b"PK\x03\x04....", None, "docx"),
        (b"PK\x03\x04....", "plan.txt", "docx"),  # content wins over a wrong extension
        (b"<!DOCTYPE html><html><body>x</body></html>", "page.txt", "html"),
        ("\ufeff<html lang='zh'>".encode(), None, "html"),
        ("<p>一、总则</p>".encode(), "a.htm", "html"),
        ("一、总则".encode(), "a.txt", "text"),
        ("一、总则".encode("gb18030"), None, "text"),
    ],
)
def test_sniff(data, path, expected):
    assert sniff_format(data, path) == expected


@pytest.mark.parametrize("suffix", [".doc", ".xlsx", ".ppt"])
def test_unsupported_extensions_say_what_to_do(suffix):
    with pytest.raises(UnsupportedFormat, match="convert to .docx, .html or .txt"):
        sniff_format(b"\xd0\xcf\x11\xe0 binary", f"report{suffix}")


@pytest.mark.parametrize("data,path", [
    (b"%PDF-1.7 binary", "report.pdf"),
    (b"%PDF-1.4 binary", "report.txt"),  # content wins over a wrong extension
    (b"\n%PDF-1.4 binary", None),
    (b"not a pdf at all", "report.pdf"),  # the extension says PDF: the PDF reader gives the error
])
def test_pdf_by_content_or_extension(data, path):
    assert sniff_format(data, path) == "pdf"
