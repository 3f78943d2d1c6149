"""Decoding plain-text bytes in any common Chinese encoding.

The chain, first match wins:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. UTF-16 without a BOM, when every other byte of a sample is NUL;
3. binary data (NUL bytes, or many control characters) is refused;
4. strict UTF-8;
5. strict GB18030 and strict Big5-HKSCS, scored by how common their characters
   are in jieba's dictionary when both decode;
6. otherwise a :class:`~policydoc.errors.LoadError` naming the fix.

GB18030 is a superset of GBK and GB2312, so one decoder covers all three.
"""

from __future__ import annotations

import codecs
from typing import Optional

import regex

from ..data import char_log_freq
from ..errors import BinaryInput, LoadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HAN = regex.compile(r"\p{Han}")
_SAMPLE = 64 * 1024


def decode_text(data: bytes, *, name: str = "input", encoding: Optional[str] = None) -> tuple[str, str]:
    """Decode ``data``; return the text and the name of the encoding used.

    >>> decode_text("教育".encode("gb18030"))
    ('教育', 'gb18030')
    >>> decode_text(codecs.BOM_UTF8 + "规划".encode())
    ('规划', 'utf-8-sig')
    """
    if encoding:
        try:
            return _checked(data.decode(encoding), name), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise LoadError(f"{name}: cannot decode as {encoding} ({exc}); omit --encoding to detect it") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), name), enc
            except UnicodeDecodeError:
                raise LoadError(f"{name}: has a {enc} byte-order mark but is not valid {enc}") from None
    enc16 = _bomless_utf16(data)
    if enc16:
        return _checked(data.decode(enc16, errors="replace"), name), enc16
    if b"\x00" in data[:_SAMPLE]:
        raise BinaryInput(f"{name}: looks like binary data, not a text document")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), enc, text))
    if not candidates:
        raise LoadError(
            f"{name}: not valid UTF-8, GB18030 or Big5 text; pass --encoding NAME if you know the encoding"
        )
    score, enc, text = max(candidates)
    return _checked(text, name), enc


def _bomless_utf16(data: bytes) -> Optional[str]:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    # ASCII-heavy UTF-16 has NULs on one side; Chinese UTF-16 rarely does, so this only
    # catches the ASCII-rich case, which is the one that would otherwise look binary.
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _plausibility(text: str) -> float:
    """Mean log-frequency of the Han characters of a sample (rare or unknown ones score 0)."""
    freq = char_log_freq()
    han = _HAN.findall(text[:_SAMPLE])
    if not han:
        return 0.0
    return sum(freq.get(ch, 0.0) for ch in han) / len(han)


def _checked(text: str, name: str) -> str:
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 50):
        raise BinaryInput(f"{name}: looks like binary data, not a text document")
    return text
