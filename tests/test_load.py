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


# --- UTF-8 damaged in a few places: read with U+FFFD, each place a Repair and a warning -----------------------

LONG = "".join(f"{i}、第{i}项任务\n到2025年，学前教育毛入园率达到96%。由市教育局牵头负责。\n" for i in range(1, 40))


def _insert(text: str, inserts: dict[str, bytes]) -> tuple[bytes, list[int]]:
    """UTF-8 of ``text`` with raw bytes put before the first occurrence of each key; their byte offsets."""
    data, offsets = b"", []
    last = 0
    for key, raw in sorted(inserts.items(), key=lambda kv: text.index(kv[0])):
        at = text.index(key)
        data += text[last:at].encode("utf-8")
        offsets.append(len(data))
        data += raw
        last = at
    return data + text[last:].encode("utf-8"), offsets


def test_a_cut_last_character_is_one_repair_and_a_warning(tmp_path: Path) -> None:
    import policydoc

    path = tmp_path / "cut.txt"
    path.write_bytes(LONG.encode("utf-8")[:-2])  # '。\n' loses its newline and the last byte of '。'
    loaded = load(path)
    assert loaded.encoding == "utf-8" and loaded.text.endswith("负责\ufffd")
    doc = policydoc.parse(path)
    (repair,) = [r for r in doc.repairs if r.kind == "undecodable"]
    assert (repair.original, repair.replacement) == ("\\xe3\\x80", "\ufffd")
    assert loaded.text[repair.source_span[0] : repair.source_span[1]] == "\ufffd"
    assert doc.text[repair.span[0] : repair.span[1]] == "\ufffd"
    size = len(LONG.encode("utf-8"))
    assert any(f"byte offset {size - 4}-{size - 2}" in w and "cut off" in w for w in doc.warnings)


def test_a_few_undecodable_bytes_are_repairs_with_byte_offsets() -> None:
    import policydoc

    data, offsets = _insert(LONG, {"学前": b"\xff", "9、": b"\x80\x80"})
    doc = policydoc.parse(data)
    repairs = [r for r in doc.repairs if r.kind == "undecodable"]
    assert [r.original for r in repairs] == ["\\xff", "\\x80\\x80"]
    assert [doc.text[r.span[0] : r.span[1] + 2] for r in repairs] == ["\ufffd学前", "\ufffd9、"]
    warnings = [w for w in doc.warnings if "undecodable" in w]
    assert [f"byte offset {offsets[0]}-{offsets[0] + 1}" in warnings[0], f"byte offset {offsets[1]}-{offsets[1] + 2}" in warnings[1]] == [True, True]
    assert len(doc.targets) == 39  # the facts around the damage are all read


def test_damaged_utf8_after_a_bom_is_read_too() -> None:
    data, (at,) = _insert(LONG, {"学前": b"\xfe"})
    loaded = load_bytes(codecs.BOM_UTF8 + data)
    assert loaded.encoding == "utf-8-sig" and loaded.text.count("\ufffd") == 1
    assert loaded.repairs[0].source_span == (loaded.text.index("\ufffd"), loaded.text.index("\ufffd") + 1)
    assert f"byte offset {at + 3}-{at + 4}" in loaded.warnings[0]  # offsets count the 3 bytes of the BOM


@pytest.mark.parametrize(
    "data",
    [
        _insert(LONG, {f"{i}、": b"\xff" for i in range(1, 20)})[0],  # 19 places: more than 16
        LONG.encode("utf-8")[:200] + bytes(range(128, 256)) + LONG.encode("utf-8")[200:],  # 128 bytes: over 0.1%
        "Plan 2025: rate 96 percent, 学前教育\n".encode("gb18030").replace(b"\n", b"") * 3,  # GB text: not UTF-8 at all
    ],
    ids=["too_many_places", "too_many_bytes", "gb18030"],
)
def test_mostly_undecodable_utf8_is_not_read_as_damaged_utf8(data: bytes) -> None:
    try:
        loaded = load_bytes(data)
    except LoadError as exc:
        assert "not valid UTF-8, GB18030 or Big5" in str(exc)
    else:
        assert loaded.encoding != "utf-8" and not loaded.repairs


def test_damaged_html_page_is_read_with_a_warning() -> None:
    page, _ = _insert(f"<html><body><p>{LONG}</p></body></html>", {"学前": b"\xff"})
    loaded = load_bytes(page)
    assert loaded.format == "html" and "\ufffd学前" in loaded.text
    assert any("undecodable byte" in w for w in loaded.warnings)


def test_devices_and_fifos_are_refused_without_reading(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "p.txt")
    for path in (tmp_path / "p.txt", Path("/dev/zero"), Path("/dev/urandom")):
        with pytest.raises(LoadError, match="not a regular file"):
            load(path)


def test_size_limit_is_checked(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from policydoc.load import MAX_INPUT_BYTES, max_input_bytes

    assert MAX_INPUT_BYTES == 200 * 1024 * 1024 == max_input_bytes()
    path = _write(tmp_path / "p.txt", TEXT.encode() * 10)
    with pytest.raises(LoadError, match="over the input limit of 100 bytes"):
        load(path, max_bytes=100)
    with pytest.raises(LoadError, match="over the input limit"):
        load(TEXT.encode() * 10, max_bytes=100)
    monkeypatch.setenv("POLICYDOC_MAX_BYTES", "100")
    with pytest.raises(LoadError, match="over the input limit of 100 bytes"):
        load(path)
    assert load(path, max_bytes=10_000).text.startswith("一、")
