"""Decoding an HTML page: the charset it declares, checked against its bytes, else detection.

The chain (first match wins): an explicit ``encoding``; a byte-order mark; the charset the page declares
(``<meta charset>``, ``http-equiv`` Content-Type, an XML declaration), if the bytes really decode with it;
otherwise detection by :func:`policydoc.load.text.decode_text`.
"""

from __future__ import annotations

import codecs
from typing import Optional

import regex

from ..notes import Note
from .text import decode_text

_DECLARED = regex.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)   # <meta charset=gbk> or content="text/html; charset=gbk"
       | <\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)      # <?xml version="1.0" encoding="gbk"?>""",
    regex.IGNORECASE | regex.VERBOSE,
)
# Declared names that are narrower than what pages really hold: GB2312/GBK pages carry GB18030 characters.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "gb_2312-80": "gb18030",
          "big5": "big5hkscs", "x-big5": "big5hkscs"}
_SINGLE_BYTE = frozenset({"iso8859-1", "cp1252", "latin-1", "ascii", "us-ascii"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def declared_charset(data: bytes) -> Optional[str]:
    """The charset a page declares in its first 4 KB, widened to its superset.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')
    'gb18030'
    >>> declared_charset(b'<meta charset="utf-8">'), declared_charset(b"<p>no charset</p>")
    ('utf-8', None)
    """
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        return codecs.lookup(_WIDER.get(name, name)).name
    except LookupError:
        return None


def decode_html(data: bytes, *, name: str, encoding: Optional[str] = None) -> tuple[str, str, list[str]]:
    """Decode page bytes; return the text, the encoding used and any warnings."""
    damage: list = []
    if encoding or data.startswith(_BOMS):
        text, enc = decode_text(data, name=name, encoding=encoding, damage=damage)
        return text, enc, _damaged(damage, name)
    declared = declared_charset(data)
    if declared in _SINGLE_BYTE and not data.isascii():
        declared = None  # Latin-1 decodes anything: a Chinese page mislabelled so is only readable by detection
    if declared:
        try:
            return data.decode(declared), declared, []
        except UnicodeDecodeError:
            text, enc = decode_text(data, name=name, damage=damage)
            if damage and codecs.lookup(enc).name == codecs.lookup(declared).name:
                return text, enc, _damaged(damage, name)
            return text, enc, [Note(f"{name}: the page declares charset {declared} but is not valid {declared}; "
                                    f"read as {enc}", "html.charset_mismatch"), *_damaged(damage, name)]
    text, enc = decode_text(data, name=name, damage=damage)
    return text, enc, _damaged(damage, name)


def _damaged(damage: list, name: str) -> list[str]:
    """The warnings for undecodable bytes of a page: no position (the page's text is not the document's)."""
    return [Note(d.describe(name), "html.undecodable") for d in damage]
