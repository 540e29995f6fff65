"""Bytes to text: reject binary data, then decode UTF-8, a declared encoding, or a detected one.

Every decoding other than plain UTF-8 is recorded rather than hidden (``Decoded.notes``, copied
into the article's ``raw_metadata``; ``decoding_note`` makes the one line ``ingest`` says about
the source): a byte-order mark's encoding, a declared one (HTTP header, XML declaration, HTML
meta tag), a detected one, and two repairs:

* UTF-16 without a byte-order mark is recognised by where its zero bytes fall, not called binary
  (``encoding: "utf-16-le (no byte-order mark)"``): most bytes at one parity zero (mostly-ASCII
  text), or some, with the other characters in one script's block; a few scattered NUL bytes in
  ASCII data (``hello\0world\x01``) are binary input, not UTF-16.
* UTF-8 with a few bad bytes (more valid multi-byte characters than bad bytes) stays UTF-8: the
  bad bytes become U+FFFD and the article is flagged (``bad_bytes_replaced``, ``first_bad_byte``)
  instead of the whole file being decoded as cp1252 (``Señor`` → ``SeÃ±or``).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

import charset_normalizer

from newsgraph.errors import BinaryInputError, EmptyInputError, EncodingError

# File signatures of common binary formats people point a text tool at by mistake.
_MAGIC_NUMBERS = {
    b"%PDF-": "PDF document",
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"PK\x03\x04": "ZIP archive (or DOCX/XLSX/EPUB)",
    b"\x1f\x8b": "gzip archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "legacy MS Office document",
    b"\x7fELF": "executable (ELF)",
    b"MZ\x90\x00": "Windows executable",
    b"Rar!\x1a\x07": "RAR archive",
    b"7z\xbc\xaf\x27\x1c": "7-Zip archive",
    b"OggS": "Ogg media",
    b"\x00\x00\x00\x18ftyp": "MP4 media",
    b"\x00\x00\x00\x20ftyp": "MP4 media",
    b"SQLite format 3\x00": "SQLite database",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {9, 10, 12, 13}
_CONTROL_RATIO_LIMIT = 0.05     # text has tabs and newlines, almost never other C0 controls
_SNIFF_BYTES = 8192
# UTF-16 without BOM: at least this share of the bytes at one parity are zero (spaces, digits and
# Latin letters have a zero high byte), and almost none at the other.
_UTF16_ZERO_SHARE = 0.1
_UTF16_OTHER_ZERO_SHARE = 0.01
# Mostly-ASCII UTF-16 has most bytes at one parity zero. Below this share (text in another script,
# whose only zero high bytes are spaces, digits and punctuation), the other characters must share
# one high byte (one 256-code-point block: Cyrillic is U+04xx, Greek U+03xx, Arabic U+06xx), as
# one script's letters do; ASCII bytes paired up ("hello\0world" → "敨汬o潷汲") scatter over many.
_UTF16_MOSTLY_ASCII_SHARE = 0.5
_UTF16_ONE_BLOCK_SHARE = 0.8
# Damaged UTF-8: give up counting bad bytes past this many (then it is not UTF-8 with a few errors).
_MAX_BAD_BYTES = 200

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)
# Characters that betray a wrong decoding: C1 controls, replacement char, private use.
_SUSPICIOUS = re.compile("[\u0080-\u009f\ufffd\ue000-\uf8ff]")


def _bom_encoding(data: bytes) -> Optional[str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


@dataclass
class Decoded:
    """Decoded text, the encoding used, and notes on repairs (for the article's raw_metadata)."""

    text: str
    encoding: str
    notes: dict = field(default_factory=dict)


def utf16_without_bom(data: bytes) -> Optional[str]:
    """"utf-16-le" or "utf-16-be" when ``data`` reads as UTF-16 text without a byte-order mark."""
    head = data[:_SNIFF_BYTES]
    if len(head) < 8 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    even_zero, odd_zero = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_zero >= _UTF16_ZERO_SHARE and even_zero <= _UTF16_OTHER_ZERO_SHARE:
        encoding, zero_share = "utf-16-le", odd_zero
    elif even_zero >= _UTF16_ZERO_SHARE and odd_zero <= _UTF16_OTHER_ZERO_SHARE:
        encoding, zero_share = "utf-16-be", even_zero
    else:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    sample = text[:_SNIFF_BYTES]
    # Binary data can decode as UTF-16 too; real text has few controls and no unassigned or
    # private-use code points.
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ord(ch) not in _ALLOWED_CONTROLS)
              or unicodedata.category(ch) in ("Cn", "Co"))
    if odd > _CONTROL_RATIO_LIMIT * len(sample):
        return None
    if zero_share < _UTF16_MOSTLY_ASCII_SHARE:
        blocks = [ord(ch) >> 8 for ch in sample if ord(ch) > 0xFF]
        if not blocks or max(blocks.count(b) for b in set(blocks)) < _UTF16_ONE_BLOCK_SHARE * len(blocks):
            return None
    return encoding


def damaged_utf8(data: bytes) -> Optional[Decoded]:
    """``data`` as UTF-8 with its bad bytes replaced by U+FFFD, when it is UTF-8 with a few bad
    bytes: more valid multi-byte characters than bad bytes. None otherwise."""
    pieces, position, bad, first_bad = [], 0, 0, None
    while True:
        try:
            pieces.append(data[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            pieces.append(data[position:position + exc.start].decode("utf-8"))
            pieces.append("\ufffd")
            if first_bad is None:
                first_bad = position + exc.start
            bad += exc.end - exc.start
            position += exc.end
            if bad > _MAX_BAD_BYTES:
                return None
    text = "".join(pieces)
    valid_multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if bad == 0 or valid_multibyte < bad:
        return None
    return Decoded(text, "utf-8", {"encoding": "utf-8", "bad_bytes_replaced": bad, "first_bad_byte": first_bad})


def check_not_binary(data: bytes, source: str) -> None:
    """Raise BinaryInputError for known binary signatures, NUL bytes or many control bytes."""
    for magic, what in _MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise BinaryInputError(f"binary file ({what}), not text", source=source)
    if _bom_encoding(data) in ("utf-16", "utf-32") or utf16_without_bom(data):
        return  # NUL bytes are expected in UTF-16/32 text
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise BinaryInputError("binary file (contains NUL bytes), not text", source=source)
    controls = sum(1 for byte in head if byte < 32 and byte not in _ALLOWED_CONTROLS)
    if head and controls / len(head) > _CONTROL_RATIO_LIMIT:
        raise BinaryInputError("binary file (many control bytes), not text", source=source)


def declared_encoding(data: bytes) -> Optional[str]:
    """The encoding an XML declaration or HTML meta tag declares, if any (and Python knows it)."""
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _plausible(text: str) -> bool:
    return len(_SUSPICIOUS.findall(text)) <= max(1, len(text) // 1000)


def _detected_encoding(data: bytes) -> Optional[str]:
    matches = charset_normalizer.from_bytes(data[:200_000])
    best = matches.best()
    if best is None:
        return None
    # Short Western text is often equally plausible in several single-byte code pages;
    # prefer windows-1252, the web's default for undeclared Western text (WHATWG).
    candidates = {best.encoding, *best.could_be_from_charset, *(m.encoding for m in matches)}
    if "cp1252" in candidates:
        return "cp1252"
    return best.encoding


def charset_from_content_type(content_type: Optional[str]) -> Optional[str]:
    """The ``charset=`` of an HTTP Content-Type header, if Python knows it."""
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type or "", re.I)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1)).name
    except LookupError:
        return None


def decoding_note(notes: dict) -> Optional[str]:
    """The one line ``ingest`` says about a source that was not read as plain UTF-8, from
    ``Decoded.notes``: "not UTF-8: read as cp1252 (guessed from its bytes)", "UTF-8 with 3 bad
    byte(s) replaced by U+FFFD (the first at byte 120)", ...; None for plain UTF-8."""
    if notes.get("bad_bytes_replaced"):
        return (f"UTF-8 with {notes['bad_bytes_replaced']} bad byte(s) replaced by U+FFFD "
                f"(the first at byte {notes.get('first_bad_byte')})")
    encoding = notes.get("encoding")
    if not encoding:
        return None
    basis = notes.get("encoding_basis") or "guessed: no byte-order mark"
    return f"not UTF-8: read as {str(encoding).split(' (')[0]} ({basis})"


def decode_bytes(data: bytes, source: str, content_type: Optional[str] = None) -> str:
    """Decode ``data`` (see ``decode_text``); the text only."""
    return decode_text(data, source, content_type).text


def decode_text(data: bytes, source: str, content_type: Optional[str] = None) -> Decoded:
    """Decode ``data``: BOM, UTF-16 without BOM, UTF-8, UTF-8 with a few bad bytes (replaced and
    noted), then the declared encoding (HTTP header, XML declaration or HTML meta), then detection.

    Raises EmptyInputError, BinaryInputError or EncodingError (naming ``source``).
    """
    if not data.strip():
        raise EmptyInputError("empty input", source=source)
    check_not_binary(data, source)
    bom = _bom_encoding(data)
    if bom:
        try:
            notes = {} if bom == "utf-8-sig" else {"encoding": bom, "encoding_basis": "byte-order mark"}
            return Decoded(data.decode(bom), bom, notes)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"not valid {bom} despite its byte-order mark: {exc.reason}", source=source)
    utf16 = utf16_without_bom(data)
    if utf16:
        return Decoded(data[: len(data) // 2 * 2].decode(utf16), utf16, {"encoding": f"{utf16} (no byte-order mark)"})
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        first_error = utf8_error
    repaired = damaged_utf8(data)
    if repaired is not None:
        return repaired
    for encoding, basis in ((charset_from_content_type(content_type), "declared by the HTTP header"),
                            (declared_encoding(data), "declared in the document"),
                            (_detected_encoding(data), "guessed from its bytes")):
        if not encoding or encoding in ("utf-8", "utf_8"):
            continue
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return Decoded(text, encoding, {"encoding": encoding, "encoding_basis": basis})
    raise EncodingError(
        f"not valid UTF-8 (byte {first_error.start}) and no other encoding fits", source=source
    )
