"""Every corpus document gives the same text from every common Chinese encoding; bad input fails cleanly."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

import policydoc
from policydoc import BinaryInput, EmptyDocument, LoadError

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
NORMALISE_ONLY = {"disable": ["outline", "extract", "parties"]}


def _documents() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*.txt") if not p.name.endswith(".expected.txt"))


def _encodings(text: str) -> list[tuple[str, bytes]]:
    out = [
        ("gb18030", text.encode("gb18030")),
        ("utf-16-bom", codecs.BOM_UTF16_LE + text.encode("utf-16-le")),
        ("utf-8-bom", codecs.BOM_UTF8 + text.encode("utf-8")),
    ]
    try:
        out.append(("big5", text.encode("big5")))
    except UnicodeEncodeError:
        pass  # simplified-only characters have no Big5 code
    return out


@pytest.mark.parametrize("doc", _documents(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_same_text_from_every_encoding(doc: Path) -> None:
    raw = doc.read_bytes()
    text = raw.decode("utf-8")
    if any(ord(ch) >= 0xE000 and ord(ch) <= 0xF8FF for ch in text):
        pytest.skip("private-use characters (mojibake samples) have no stable legacy encoding")
    expected = policydoc.parse(raw, **NORMALISE_ONLY).text
    for name, data in _encodings(text):
        assert policydoc.parse(data, **NORMALISE_ONLY).text == expected, name


def test_big5_traditional_document_is_detected() -> None:
    text = (CORPUS / "normalize" / "traditional.txt").read_text(encoding="utf-8")
    doc = policydoc.parse(text.encode("big5"), **NORMALISE_ONLY)
    assert doc.source.encoding in ("big5hkscs", "big5")
    assert doc.script == "traditional"


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", EmptyDocument),
        (b"   \n\t\n", EmptyDocument),
        (codecs.BOM_UTF8 + b"  \n", EmptyDocument),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, BinaryInput),
        (bytes(range(256)) * 20, LoadError),
        (b"abc\x80\xffdef" * 40, LoadError),
    ],
    ids=["empty", "blank", "bom_only", "nul_bytes", "all_bytes", "undecodable"],
)
def test_bad_input_raises_typed_errors(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        policydoc.parse(data)


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00\x01\x02\x03binary\x00\xff" * 50, b"abc\x80\xffdef" * 40],
    ids=["empty", "binary", "undecodable"],
)
def test_cli_exits_2_with_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    python = ROOT / ".venv" / "bin" / "python"
    run = subprocess.run(
        [str(python if python.exists() else sys.executable), "-m", "policydoc", "parse", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr
    assert str(path) in lines[0] or "bad.txt" in lines[0]
