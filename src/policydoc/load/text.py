"""Decoding plain-text bytes in any common Chinese encoding.

The chain, first match wins:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. UTF-16 without a BOM, when every other byte of a sample is NUL;
3. binary data (NUL bytes, or many control characters) is refused;
4. strict UTF-8;
5. UTF-8 with a little damage (:func:`lenient_utf8`): a last character cut off
   (a truncated download) or a few undecodable bytes, each run replaced by one
   U+FFFD and reported as a :class:`Damage`;
6. strict GB18030 and strict Big5-HKSCS, scored by how common their characters
   are in jieba's dictionary when both decode;
7. otherwise a :class:`~policydoc.errors.LoadError` naming the fix.

GB18030 is a superset of GBK and GB2312, so one decoder covers all three.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
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


MAX_DAMAGED_PLACES = 16
"""Most runs of undecodable bytes a UTF-8 text may hold and still be read (each becomes U+FFFD)."""

MAX_DAMAGED_SHARE = 0.001
"""Largest share of undecodable bytes in a UTF-8 text that is still read; beyond it the text is refused."""

VALID_PER_PLACE = 8
"""Non-ASCII characters a damaged text must decode per damaged place to show it is UTF-8 at all."""

_ASCII = bytes(range(128))
_ESCAPED = regex.compile(r"[\udc80-\udcff]+")


@dataclass(frozen=True)
class Damage:
    """A run of undecodable bytes, replaced by one U+FFFD at ``at`` of the decoded text."""

    at: int
    byte_start: int
    byte_end: int
    raw: bytes
    cut: bool = False
    """True for an incomplete character at the very end of the data (a truncated file)."""

    @property
    def spelled(self) -> str:
        r"""The bytes as ``\xNN`` escapes (what a Repair of kind "undecodable" gives as its original).

        >>> Damage(0, 5, 7, b"\xe4\xb8").spelled
        '\\xe4\\xb8'
        """
        return "".join(f"\\x{b:02x}" for b in self.raw)

    def describe(self, name: str) -> str:
        what = "the last character is cut off: incomplete UTF-8 sequence" if self.cut else \
            f"{self.byte_end - self.byte_start} undecodable byte{'s' if self.byte_end - self.byte_start > 1 else ''}"
        return f"{name}: {what} {self.spelled} at byte offset {self.byte_start}-{self.byte_end} replaced with U+FFFD"


def lenient_utf8(data: bytes, offset: int = 0) -> Optional[tuple[str, list[Damage]]]:
    r"""Decode UTF-8 that is damaged in a few places only, or return None.

    Accepted: an incomplete character at the very end (the rest decoding, with at
    least one non-ASCII character), or at most MAX_DAMAGED_PLACES runs of bad bytes
    making at most MAX_DAMAGED_SHARE of the data, with VALID_PER_PLACE non-ASCII
    characters per run decoded around them. Each run becomes one U+FFFD; byte
    offsets count from ``offset`` (the length of a byte-order mark stripped before).

    >>> text, damage = lenient_utf8("规划目标".encode()[:-1])
    >>> text, [(d.at, d.byte_start, d.byte_end, d.cut) for d in damage]
    ('规划目\ufffd', [(3, 9, 11, True)])
    >>> lenient_utf8(b"abc\x80\xffdef" * 30) is None
    True
    """
    escaped = data.decode("utf-8", "surrogateescape")
    runs = list(_ESCAPED.finditer(escaped))
    if not runs:
        return None
    bad = sum(m.end() - m.start() for m in runs)
    ascii_bytes = len(data) - len(data.translate(None, _ASCII))
    non_ascii = len(escaped) - ascii_bytes - bad  # characters decoded from multi-byte sequences
    last = runs[-1]
    cut = last.end() == len(escaped) and _incomplete(last.group().encode("utf-8", "surrogateescape"))
    only_cut = cut and len(runs) == 1 and non_ascii > 0
    few = len(runs) <= MAX_DAMAGED_PLACES and bad <= len(data) * MAX_DAMAGED_SHARE
    if not (only_cut or (few and non_ascii >= VALID_PER_PLACE * len(runs))):
        return None
    pieces: list[str] = []
    damage: list[Damage] = []
    char_pos = byte_pos = out_len = 0
    for m in runs:
        before = escaped[char_pos : m.start()]
        pieces.append(before)
        out_len += len(before)
        byte_pos += len(before.encode("utf-8", "surrogateescape"))
        raw = m.group().encode("utf-8", "surrogateescape")
        damage.append(Damage(out_len, offset + byte_pos, offset + byte_pos + len(raw), raw, cut and m is last))
        pieces.append("\ufffd")
        out_len += 1
        byte_pos += len(raw)
        char_pos = m.end()
    pieces.append(escaped[char_pos:])
    return "".join(pieces), damage


def _incomplete(tail: bytes) -> bool:
    """Whether ``tail`` is the start of a UTF-8 character that the data ends before finishing."""
    if not 1 <= len(tail) <= 3:
        return False
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(tail, final=False) == ""
    except UnicodeDecodeError:
        return False


def decode_text(
    data: bytes, *, name: str = "input", encoding: Optional[str] = None, damage: Optional[list[Damage]] = None
) -> tuple[str, str]:
    """Decode ``data``; return the text and the name of the encoding used.

    UTF-8 damaged in a few places is read with U+FFFD in their place; each place
    is appended to ``damage`` when a list is given.

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
                lenient = lenient_utf8(data[len(bom):], len(bom)) if enc == "utf-8-sig" else None
                if lenient is None:
                    raise LoadError(f"{name}: has a {enc} byte-order mark but is not valid {enc}") from None
                return _damaged(lenient, name, damage), enc
    enc16 = _bomless_utf16(data)
    if enc16:
        return _checked(data.decode(enc16, errors="replace"), name), enc16
    if b"\x00" in data[:_SAMPLE]:
        raise BinaryInput(f"{name}: looks like binary data, not a text document")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = lenient_utf8(data)
    if lenient is not None:
        return _damaged(lenient, name, damage), "utf-8"
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


def _damaged(decoded: tuple[str, list[Damage]], name: str, damage: Optional[list[Damage]]) -> str:
    text, places = decoded
    if damage is not None:
        damage.extend(places)
    return _checked(text, name)


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
