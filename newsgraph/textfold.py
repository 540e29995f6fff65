"""One accent stripper for every comparison key (names, places, outlets, the gold matcher)."""

from __future__ import annotations

import unicodedata


def strip_diacritics(text: str) -> str:
    """``text`` in Unicode NFKD with its combining marks dropped ("López" -> "Lopez", "São" ->
    "Sao"): how English copy writes foreign names. Case, apostrophes and punctuation are kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
