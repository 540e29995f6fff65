"""Duplicate and near-duplicate detection: canonical URLs, content hashes, MinHash LSH."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

NUM_HASHES = 64
BANDS = 16                 # 16 bands x 4 rows: pairs above ~0.6 Jaccard almost always share a band
ROWS = NUM_HASHES // BANDS
SHINGLE_WORDS = 5
NEAR_DUPLICATE_JACCARD = 0.6
_MERSENNE = (1 << 61) - 1
_rng = np.random.default_rng(20231127)  # fixed seed: signatures must be comparable across runs
_A = _rng.integers(1, _MERSENNE, NUM_HASHES, dtype=np.uint64)
_B = _rng.integers(0, _MERSENNE, NUM_HASHES, dtype=np.uint64)
_TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$)")
_WORD = re.compile(r"\w+", re.UNICODE)


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip()
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    path = parts.path.rstrip("/") or "/"
    host = parts.netloc.lower().removeprefix("www.")
    scheme = parts.scheme.lower()
    if scheme == "http":  # the same page is often linked over both
        scheme = "https"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def normalised_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    return _WORD.findall(text)


def content_hash(text: str) -> str:
    """SHA-256 of the text's words: the same article with other spacing or punctuation hashes alike."""
    return hashlib.sha256(" ".join(normalised_words(text)).encode("utf-8")).hexdigest()


def minhash(text: str) -> list[int]:
    """A MinHash signature over word 5-shingles."""
    words = normalised_words(text)
    if len(words) < SHINGLE_WORDS:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    values = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64, count=len(shingles))
    hashed = (values[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_MERSENNE)
    return [int(x) for x in hashed.min(axis=0)]


def bands(signature: list[int]) -> list[str]:
    """LSH band keys: articles sharing one are near-duplicate candidates."""
    return [
        f"{i}:" + hashlib.blake2b(repr(signature[i * ROWS:(i + 1) * ROWS]).encode(), digest_size=12).hexdigest()
        for i in range(BANDS)
    ]


def estimated_jaccard(a: list[int], b: list[int]) -> float:
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)
