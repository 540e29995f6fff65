"""Text normalisation shared by every format: NFC, Unix newlines, tidy whitespace."""

from __future__ import annotations

import re
import unicodedata

_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.M)
_LEADING_SPACE = re.compile(r"^[ \t\u00a0]+", re.M)
_INNER_SPACE = re.compile(r"[ \t\u00a0]{2,}")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(text: str, *, strip_indent: bool = False) -> str:
    """NFC, ``\\r\\n``/``\\r`` → ``\\n``, no trailing spaces, at most one blank line in a row.

    Paragraph breaks (a blank line) are kept. ``strip_indent`` also removes leading
    indentation and runs of spaces (for text extracted from HTML source layout).
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _TRAILING_SPACE.sub("", text)
    if strip_indent:
        text = _LEADING_SPACE.sub("", text)
        text = _INNER_SPACE.sub(" ", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n")
