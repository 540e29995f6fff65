"""Bytes to text: reject binary data, then decode UTF-8, a declared encoding, or a detected one."""

from __future__ import annotations

import codecs
import re
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

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)
# Characters that betray a wrong decoding: C1 controls, replacement char, private use.
_SUSPICIOUS = re.compile("[\u0080-\u009f\ufffd\ue000-\uf8ff]")


def _bom_encoding(data: bytes) -> Optional[str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def check_not_binary(data: bytes, source: str) -> None:
    """Raise BinaryInputError for known binary signatures, NUL bytes or many control bytes."""
    for magic, what in _MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise BinaryInputError(f"binary file ({what}), not text", source=source)
    if _bom_encoding(data) in ("utf-16", "utf-32"):
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


def decode_bytes(data: bytes, source: str, content_type: Optional[str] = None) -> str:
    """Decode ``data``: BOM, then UTF-8, then the declared encoding (HTTP header, XML declaration
    or HTML meta), then detection.

    Raises EmptyInputError, BinaryInputError or EncodingError (naming ``source``).
    """
    if not data.strip():
        raise EmptyInputError("empty input", source=source)
    check_not_binary(data, source)
    bom = _bom_encoding(data)
    if bom:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"not valid {bom} despite its byte-order mark: {exc.reason}", source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        first_error = utf8_error
    for encoding in (charset_from_content_type(content_type), declared_encoding(data), _detected_encoding(data)):
        if not encoding or encoding in ("utf-8", "utf_8"):
            continue
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text
    raise EncodingError(
        f"not valid UTF-8 (byte {first_error.start}) and no other encoding fits", source=source
    )
