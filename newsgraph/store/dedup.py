"""Duplicate and near-duplicate detection: canonical URLs, content hashes, MinHash LSH, and an
exact comparison of each candidate pair that says why it is (or is not) a near-duplicate.

Candidates share an LSH band of their MinHash signatures (similar texts) or a title band (the
same normalised title: a feed's summary and the page of the same item, a post exported as JSON
Lines and saved as HTML). Each candidate is then compared exactly on the stored body text —
intake has already removed page furniture — word 5-shingles:

* ``same_text``: Jaccard similarity ≥ NEAR_DUPLICATE_JACCARD (a syndicated copy);
* ``contained``: ≥ CONTAINMENT of the shorter text's shingles are in the longer one and the
  shorter has ≥ MIN_CONTAINED_WORDS words (a feed summary, a truncated copy);
* and in both cases the shorter text's names and numbers are found in the longer one: three
  speeches announced with one template ("General X speaks during the Air & Space Conference ...")
  or two yearly notices that differ in their dates are different documents.

``compare_texts`` returns the evidence (scores, shared shingles, the names and numbers that
differ, the relation and a one-line reason), stored with the link so a reader can check it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import asdict, dataclass, field
from typing import Iterable, Optional
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

NUM_HASHES = 64
BANDS = 16                 # 16 bands x 4 rows: pairs above ~0.6 Jaccard almost always share a band
ROWS = NUM_HASHES // BANDS
SHINGLE_WORDS = 5
NEAR_DUPLICATE_JACCARD = 0.6
CONTAINMENT = 0.8
MIN_CONTAINED_WORDS = 15
# Names and numbers of the shorter text missing from the longer one: more than this share (or any
# number) means two documents, however similar their wording.
MAX_MISSING_NAME_SHARE = 0.1
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


def bands(signature: list[int], title: Optional[str] = None) -> list[str]:
    """LSH band keys (and a title band when ``title`` has words): articles sharing one are
    near-duplicate candidates."""
    keys = [
        f"{i}:" + hashlib.blake2b(repr(signature[i * ROWS:(i + 1) * ROWS]).encode(), digest_size=12).hexdigest()
        for i in range(BANDS)
    ]
    title_words = normalised_words(title or "")
    if title_words:
        keys.append("title:" + hashlib.blake2b(" ".join(title_words).encode(), digest_size=12).hexdigest())
    return keys


def estimated_jaccard(a: list[int], b: list[int]) -> float:
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


_NAME_OR_NUMBER = re.compile(r"\b(?:[A-Z][\w'’-]*|\d[\d,.]*\d|\d)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n)$")


def shingles(text: str) -> set[str]:
    """Word 5-shingles of the normalised text (the whole text when shorter)."""
    words = normalised_words(text)
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def names_and_numbers(text: str) -> set[str]:
    """Capitalised words not opening a sentence, and numbers: what tells one report from another."""
    found = set()
    for match in _NAME_OR_NUMBER.finditer(text):
        token = match.group(0)
        if token[0].isalpha() and _SENTENCE_START.search(text[max(0, match.start() - 3):match.start()]):
            continue
        found.add(unicodedata.normalize("NFKC", token).lower().rstrip(".,"))
    return found


@dataclass
class PairEvidence:
    """Why two stored texts are, or are not, near-duplicates.

    ``jaccard``: shared / all distinct shingles; ``containment``: shared / the shorter text's
    shingles; ``missing``: names and numbers of the shorter text absent from the longer one.
    ``relation``: same_text | contained | different. ``score`` is the Jaccard similarity for
    ``same_text``, the containment for ``contained``.
    """

    relation: str
    score: float
    jaccard: float
    containment: float
    shared_shingles: int
    words: tuple[int, int]
    same_title: bool
    missing: list[str] = field(default_factory=list)
    reason: str = ""

    @property
    def linked(self) -> bool:
        return self.relation != "different"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["words"] = list(self.words)
        return data


def compare_texts(text: str, other_text: str, title: Optional[str] = None,
                  other_title: Optional[str] = None) -> PairEvidence:
    """Compare two article bodies exactly (see the module docstring for the rules)."""
    mine, theirs = shingles(text), shingles(other_text)
    shared = len(mine & theirs)
    union = len(mine | theirs) or 1
    jaccard = round(shared / union, 3)
    shorter_text, longer_text = (text, other_text) if len(mine) <= len(theirs) else (other_text, text)
    containment = round(shared / (min(len(mine), len(theirs)) or 1), 3)
    words = (len(normalised_words(text)), len(normalised_words(other_text)))
    same_title = bool(title and other_title and normalised_words(title) == normalised_words(other_title))
    longer_words = set(normalised_words(longer_text))
    names = names_and_numbers(shorter_text)
    missing = sorted(n for n in names if not set(normalised_words(n)) <= longer_words)
    missing_numbers = [n for n in missing if n[0].isdigit()]
    evidence = PairEvidence("different", jaccard, jaccard, containment, shared, words, same_title, missing)
    if jaccard >= NEAR_DUPLICATE_JACCARD:
        evidence.relation, evidence.score = "same_text", jaccard
        evidence.reason = f"{shared} shared 5-word shingles, Jaccard {jaccard:.2f}"
    elif containment >= CONTAINMENT and min(words) >= MIN_CONTAINED_WORDS:
        evidence.relation, evidence.score = "contained", containment
        evidence.reason = f"{containment:.0%} of the shorter text ({min(words)} words) is in the longer one"
    else:
        evidence.reason = f"Jaccard {jaccard:.2f} < {NEAR_DUPLICATE_JACCARD}"
        evidence.reason += (f" and containment {containment:.2f} < {CONTAINMENT}" if containment < CONTAINMENT
                            else f"; the shorter text ({min(words)} words) is too short to count as contained")
        return evidence
    if missing_numbers or len(missing) > MAX_MISSING_NAME_SHARE * max(len(names), 1):
        shown = ", ".join((missing_numbers or missing)[:5])
        evidence.reason += f", but the shorter text's {'numbers' if missing_numbers else 'names'} {shown} are not in the other"
        evidence.relation = "different"
        return evidence
    if same_title:
        evidence.reason += ", same title"
    return evidence


def near_duplicates(text: str, title: Optional[str],
                    candidates: Iterable[tuple[int, str, Optional[str]]]) -> list[tuple[int, PairEvidence]]:
    """(id, evidence) for each candidate (id, text, title) that is a near-duplicate of ``text``."""
    found = []
    for other_id, other_text, other_title in candidates:
        evidence = compare_texts(text, other_text or "", title, other_title)
        if evidence.linked:
            found.append((other_id, evidence))
    return found
