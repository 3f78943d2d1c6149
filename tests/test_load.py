"""The loader: one entry point for paths, bytes and str; a documented decoding chain; typed errors."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from policydoc.errors import BinaryInput, EmptyDocument, LoadError, UnsupportedFormat
from policydoc.load import load, load_bytes
from policydoc.load.text import decode_text

TEXT = "一、总体要求\n到2025年,学前教育毛入园率达到96%。\n"
TRAD = "一、總體要求\n到2025年,學前教育毛入園率達到96%。\n"

# (id, bytes, expected text, expected encoding)
DECODING = [
    ("utf8", TEXT.encode("utf-8"), TEXT, "utf-8"),
    ("utf8_bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, "utf-8-sig"),
    ("utf16_le_bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, "utf-16"),
    ("utf16_be_bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, "utf-16"),
    ("gb18030", TEXT.encode("gb18030"), TEXT, "gb18030"),
    ("gbk", TEXT.encode("gbk"), TEXT, "gb18030"),
    ("big5", TRAD.encode("big5"), TRAD, "big5hkscs"),
    ("utf16_no_bom_ascii", "Plan 2025: rate 96%\n".encode("utf-16-le"), "Plan 2025: rate 96%\n", "utf-16-le"),
]


@pytest.mark.parametrize("data,text,encoding", [c[1:] for c in DECODING], ids=[c[0] for c in DECODING])
def test_decoding_chain(data: bytes, text: str, encoding: str) -> None:
    assert decode_text(data) == (text, encoding)


def test_explicit_encoding_wins() -> None:
    assert decode_text(TEXT.encode("gbk"), encoding="gbk") == (TEXT, "gbk")
    with pytest.raises(LoadError, match="omit --encoding"):
        decode_text(TEXT.encode("utf-8"), encoding="ascii")


def test_load_from_path_bytes_and_str(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    for source in (path, str(path)):
        loaded = load(source)
        assert (loaded.text, loaded.encoding, loaded.path) == (TEXT, "gb18030", str(path))
        assert loaded.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert load(TEXT.encode("utf-8")).text == TEXT
    from_str = load(TEXT)
    assert (from_str.text, from_str.encoding, from_str.format) == (TEXT, None, "text")


def test_load_refuses_other_types() -> None:
    with pytest.raises(TypeError, match="pass a path, bytes or str"):
        load(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "make,error,message",
    [
        (lambda d: d, LoadError, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), EmptyDocument, "empty"),
        (lambda d: _write(d / "blank.txt", b" \r\n\t"), EmptyDocument, "empty"),
        (lambda d: _write(d / "bin.txt", b"\x00\x01\x02" * 100), BinaryInput, "binary"),
        (lambda d: _write(d / "bad.txt", b"abc\x80\xffdef" * 30), LoadError, "--encoding"),
        (lambda d: _write(d / "old.doc", b"\xd0\xcf\x11\xe0 word 97 bytes"), UnsupportedFormat, "convert"),
    ],
    ids=["directory", "empty", "blank", "binary", "undecodable", "doc"],
)
def test_bad_files(tmp_path: Path, make, error: type[Exception], message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=message):
        load(Path(make(tmp_path)))


def test_missing_file_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read"):
        load(tmp_path / "missing.txt")


def test_empty_str_is_an_empty_document() -> None:
    with pytest.raises(EmptyDocument):
        load("  \n ")


def test_format_sniffed_from_content() -> None:
    assert load_bytes(b"<!DOCTYPE html><html><body><p>" + TEXT.encode() + b"</p></body></html>").format == "html"
    assert load_bytes(TEXT.encode(), path="notes.html").format == "html"
    assert load_bytes(TEXT.encode(), path="plan.txt").format == "text"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
