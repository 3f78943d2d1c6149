"""Loading: one entry point that turns a path, bytes or str into decoded text.

The format is sniffed from content first and from the extension second
(``sniff_format``); each format has its own reader module. Every reader returns
a :class:`Loaded`, whose ``text`` is what normalisation starts from and what
``source_span`` offsets point into.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional, Union

import regex

from ..errors import EmptyDocument, LoadError, UnsupportedFormat
from ..notes import Note

Format = Literal["text", "html", "docx", "pdf"]
SourceLike = Union[str, bytes, bytearray, os.PathLike]


@dataclass
class Loaded:
    """Decoded input, before normalisation."""

    text: str
    format: Format
    encoding: Optional[str]
    sha256: str
    path: Optional[str] = None
    pages: list[tuple[int, int]] = field(default_factory=list)
    """``(start, end)`` of each page in ``text`` (PDF input; empty for formats without pages)."""
    warnings: list[str] = field(default_factory=list)
    headings: list[tuple[int, int, int]] = field(default_factory=list)
    """Hint for the outline: ``(start, end, level)`` of lines styled as headings (.docx Heading 1-9 / 标题 1-9)."""
    repairs: list[LoadRepair] = field(default_factory=list)
    """Changes made while decoding (undecodable bytes read as U+FFFD), before normalisation."""


@dataclass(frozen=True)
class LoadRepair:
    """A change made while decoding: ``source_span`` is where ``replacement`` stands in ``Loaded.text``."""

    kind: str
    source_span: tuple[int, int]
    original: str
    replacement: str


def sniff_format(data: bytes, path: Optional[str] = None) -> Format:
    """Guess the format from the bytes, falling back on the extension.

    >>> sniff_format(b"PK\\x03\\x04rest")
    'docx'
    >>> sniff_format(b"  <!DOCTYPE html><html>")
    'html'
    >>> sniff_format("一、总则".encode())
    'text'
    >>> sniff_format(b"%PDF-1.7\\n%binary")
    'pdf'
    """
    if data[:4] == b"PK\x03\x04":
        return "docx"
    if data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(b"%PDF-"):
        return "pdf"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512] or b"<body" in head:
        return "html"
    suffix = Path(path).suffix.lower() if path else ""
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix in {".doc", ".xls", ".xlsx", ".ppt", ".pptx", ".rtf"}:
        raise UnsupportedFormat(
            f"{path}: {suffix} files are not supported; convert to .docx, .html or .txt first"
        )
    return "text"


MAX_INPUT_BYTES = 200 * 1024 * 1024
"""Largest input read by default (200 MiB): checked on the file's size before reading, and the
read itself stops there. Raise it with ``ParseOptions(max_bytes=...)``, ``--max-bytes`` or the
environment variable ``POLICYDOC_MAX_BYTES``."""

ENV_MAX_BYTES = "POLICYDOC_MAX_BYTES"


def max_input_bytes(override: Optional[int] = None) -> int:
    """The input size limit: ``override``, else ``$POLICYDOC_MAX_BYTES``, else MAX_INPUT_BYTES.

    >>> max_input_bytes(1000)
    1000
    """
    if override:
        return override
    env = os.environ.get(ENV_MAX_BYTES, "").strip()
    if env:
        try:
            return parse_size(env)
        except ValueError:
            raise LoadError(f"{ENV_MAX_BYTES}={env!r} is not a size (say 500000000 or 500M)") from None
    return MAX_INPUT_BYTES


def parse_size(text: str) -> int:
    """Bytes from ``"1000"``, ``"500K"``, ``"300M"`` or ``"2G"`` (powers of 1024).

    >>> parse_size("300M"), parse_size("1000")
    (314572800, 1000)
    """
    m = regex.fullmatch(r"\s*(\d+)\s*([KMG]?)i?B?\s*", text, flags=regex.I)
    if not m or int(m.group(1)) <= 0:
        raise ValueError(f"not a size: {text!r}")
    return int(m.group(1)) * 1024 ** " KMG".index(m.group(2).upper() or " ")


def display_path(path: Union[str, os.PathLike]) -> str:
    r"""A file name that is always valid text: bytes of the name that are not UTF-8 (kept by
    Python as surrogate escapes) are spelled ``\xNN``.

    >>> display_path("plan.txt"), display_path(os.fsdecode(b"\xff\xfe.txt"))
    ('plan.txt', '\\xff\\xfe.txt')
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_file(path: Union[str, os.PathLike], max_bytes: Optional[int] = None) -> bytes:
    """The bytes of a regular file, refused before opening when it is anything else or too large.

    The type and size are checked with ``os.stat`` first (a FIFO would block an open, a
    device such as /dev/zero never ends); the file is then opened without blocking,
    checked again and read in pieces up to the limit.
    """
    name = display_path(path)
    limit = max_input_bytes(max_bytes)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            target = display_path(os.readlink(path))
            raise LoadError(f"{name}: dangling symbolic link (its target {target} does not exist)") from None
        raise LoadError(f"{name}: cannot read file (No such file or directory)") from None
    except OSError as exc:
        raise LoadError(f"{name}: cannot read file ({exc.strerror or exc})") from None
    _check_kind(name, st.st_mode)
    if st.st_size > limit:
        raise LoadError(_too_large(name, f"{st.st_size} bytes", limit))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise LoadError(f"{name}: cannot read file ({exc.strerror or exc})") from None
    try:
        _check_kind(name, os.fstat(fd).st_mode)  # replaced between stat and open
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # the file grew while being read
                raise LoadError(_too_large(name, "more", limit))
        return b"".join(chunks)
    except OSError as exc:
        raise LoadError(f"{name}: cannot read file ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _check_kind(name: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise LoadError(f"{name}: is a directory; pass a file (use `policydoc batch` for folders)")
    if not stat.S_ISREG(mode):
        kind = next((what for test, what in _FILE_KINDS if test(mode)), "not a regular file")
        raise LoadError(f"{name}: is {kind}, not a regular file; pass a file")


def _too_large(name: str, size: str, limit: int) -> str:
    return (f"{name}: {size} is over the input limit of {limit} bytes; raise it with --max-bytes "
            f"or {ENV_MAX_BYTES} if you mean it")


def load(
    source: SourceLike, *, path: Optional[str] = None, encoding: Optional[str] = None, max_bytes: Optional[int] = None
) -> Loaded:
    """Read ``source`` into a :class:`Loaded`.

    ``source`` is a filesystem path (``str`` naming an existing file, or
    ``PathLike``), raw ``bytes``, or a ``str`` of document text. A ``str`` that
    names no file but looks like a path (:func:`looks_like_path`, e.g.
    ``"docs/plan.docx"``) raises :class:`LoadError`: a mistyped file name must not
    be parsed as the text of a document. Pass text through :func:`load_text`
    (``policydoc.parse_text``) to be sure it is never taken for a path.

    Files must be regular files of at most ``max_bytes`` (:func:`max_input_bytes`,
    200 MiB by default); bytes are held to the same limit.
    """
    if isinstance(source, (bytes, bytearray)):
        limit = max_input_bytes(max_bytes)
        if len(source) > limit:
            raise LoadError(_too_large(path or "input", f"{len(source)} bytes", limit))
        return load_bytes(bytes(source), path=path, encoding=encoding)
    if isinstance(source, str) and not _exists(source) and looks_like_path(source):
        raise LoadError(
            f"{display_path(source)}: no such file (a str that looks like a path is read as one; "
            "pass document text with parse_text)"
        )
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _exists(source)):
        data = read_file(source, max_bytes)
        return load_bytes(data, path=display_path(source), encoding=encoding)
    if isinstance(source, str):
        return load_text(source, path=path)
    raise TypeError(f"cannot load a {type(source).__name__}; pass a path, bytes or str")


def load_text(text: str, *, path: Optional[str] = None) -> Loaded:
    """Document text given as a str (never taken as a path)."""
    if not text.strip():
        raise EmptyDocument("the text is empty; nothing to parse")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Loaded(text=text, format="text", encoding=None, sha256=sha, path=path)


def _exists(s: str) -> bool:
    """Whether ``s`` names something on disk (a dangling symbolic link counts: reading it says why it fails)."""
    if "\n" in s or len(s) > 4096:
        return False
    try:
        return os.path.lexists(s)
    except (OSError, ValueError):
        return False


MAX_PATH_LIKE = 1024
"""Longest str that :func:`looks_like_path` takes for a path."""

_SUFFIX = regex.compile(r"\.[A-Za-z][A-Za-z0-9]{0,5}$")
_SENTENCE_PUNCT = regex.compile(r"[。，；！？]")


def looks_like_path(s: str) -> bool:
    """Whether a str is meant as a file name: short, one line, no sentence punctuation, and a
    path separator or a file suffix.

    >>> [looks_like_path(s) for s in ("docs/plan.docx", "plan.txt", "规划/方案.html")]
    [True, True, True]
    >>> [looks_like_path(s) for s in ("一、总体要求", "增长5.5", "到2025年，达到96%。", "a\\nb.txt")]
    [False, False, False, False]
    """
    if not s or "\n" in s or len(s) > MAX_PATH_LIKE or _SENTENCE_PUNCT.search(s):
        return False
    return "/" in s or "\\" in s or os.sep in s or bool(_SUFFIX.search(s.rstrip()))


def load_bytes(data: bytes, *, path: Optional[str] = None, encoding: Optional[str] = None) -> Loaded:
    """Read raw bytes of any supported format."""
    name = path or "input"
    if not data.strip():
        raise EmptyDocument(f"{name}: the file is empty; nothing to parse")
    sha = hashlib.sha256(data).hexdigest()
    fmt = sniff_format(data, path)
    if fmt == "docx":
        from .docx import read_docx

        loaded = read_docx(data, name=name)
    elif fmt == "pdf":
        from .pdf import read_pdf

        loaded = read_pdf(data, name=name)
    elif fmt == "html":
        from .html import read_html

        loaded = read_html(data, name=name, encoding=encoding)
    else:
        from .text import Damage, decode_text

        damage: list[Damage] = []
        text, enc = decode_text(data, name=name, encoding=encoding, damage=damage)
        loaded = Loaded(text=text, format="text", encoding=enc, sha256=sha)
        for d in damage:
            loaded.repairs.append(LoadRepair("undecodable", (d.at, d.at + 1), d.spelled, "\ufffd"))
            loaded.warnings.append(Note(f"{d.describe(name)} (source offset {d.at}-{d.at + 1})", "load.undecodable",
                                        source_span=(d.at, d.at + 1)))
    loaded.sha256 = sha
    loaded.path = path
    if not loaded.text.strip():
        raise EmptyDocument(f"{name}: no text found in the {fmt} input")
    return loaded
