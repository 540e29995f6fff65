"""The language an article is written in, detected offline, and whether extraction supports it.

Detection uses py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams,
97 languages, bundled with the package — nothing is downloaded). A text with fewer than
``MIN_LETTERS`` letters, or a guess below ``MIN_CONFIDENCE``, is left undetected.

``RawArticle.language`` becomes the detected ISO 639-1 code when the source declared none or
declared another language (``raw_metadata["language_declared"]`` keeps what it said); a declared
tag that agrees (``en-US`` for English text) is kept as written. ``raw_metadata`` records
``language_detected`` and, for a text in several languages (a bilingual release),
``language_shares`` ({code: share of letters}).

Extraction is English-only for now (Spanish is planned): ``unsupported_language`` gives the
reason to store an article in another language without running the English pipeline on it.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from newsgraph.intake.model import RawArticle

SUPPORTED_LANGUAGES = frozenset({"en"})
MIN_LETTERS = 40
MIN_CONFIDENCE = 0.9
# A bilingual text is extracted when this share of it is in a supported language.
MIN_SUPPORTED_SHARE = 0.3
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SAMPLE_CHARS = 10_000
# Tags that name no particular language: undetermined, multiple, no linguistic content.
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def primary_subtag(tag: Optional[str]) -> Optional[str]:
    """"en" for "en-US", "en_GB" or "EN"; None for an empty tag."""
    if not tag or not tag.strip():
        return None
    return tag.strip().replace("_", "-").split("-")[0].lower() or None


def _classify(sample: str) -> tuple[str, float]:
    letters = [ch for ch in sample if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) > 0.7 * len(letters):
        sample = sample.lower()  # telex and headline capitals: the model learned mixed-case text
    code, confidence = _identifier().classify(sample)
    return code, float(confidence)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def language_shares(text: str) -> dict[str, float]:
    """Share of the letters (0–1) in each language, paragraph by paragraph.

    Paragraphs (blocks between blank lines) of at least ``MIN_LETTERS`` letters whose language
    is detected with ``MIN_CONFIDENCE`` count; shorter ones are too uncertain. When no paragraph
    is long enough the whole text is one block. Empty when nothing could be detected.
    """
    sample = text[:SAMPLE_CHARS]
    blocks = [b for b in _PARAGRAPH_BREAK.split(sample) if _letters(b) >= MIN_LETTERS]
    if not blocks and _letters(sample) >= MIN_LETTERS:
        blocks = [sample]
    counts: dict[str, int] = {}
    for block in blocks:
        code, confidence = _classify(block)
        if confidence >= MIN_CONFIDENCE:
            counts[code] = counts.get(code, 0) + _letters(block)
    total = sum(counts.values())
    return {code: round(n / total, 3) for code, n in sorted(counts.items(), key=lambda kv: -kv[1])} if total else {}


def detect_language(text: str) -> Optional[tuple[str, float]]:
    """(ISO 639-1 code, share of the text in it, 0–1) of the main language of ``text``, or None
    when it is too short or too uncertain to tell."""
    shares = language_shares(text)
    if not shares:
        return None
    code = next(iter(shares))
    return code, shares[code]


def apply_detected_language(article: RawArticle) -> RawArticle:
    """Set ``article.language`` from its text (see the module docstring); returns ``article``."""
    shares = language_shares(article.text)
    if not shares:
        return article
    code = next(iter(shares))
    article.raw_metadata["language_detected"] = code
    if len(shares) > 1:
        article.raw_metadata["language_shares"] = shares  # a bilingual release, quoted passages
    if primary_subtag(article.language) != code:
        if article.language:
            article.raw_metadata["language_declared"] = article.language
        article.language = code
    return article


def unsupported_language(language: Optional[str], shares: Optional[dict] = None) -> Optional[str]:
    """Why extraction must skip an article in ``language`` (one line), or None when it is
    supported or unknown (an article of unknown language is treated as English), or when at
    least ``MIN_SUPPORTED_SHARE`` of it (``shares``, from ``language_shares``) is supported."""
    code = primary_subtag(language)
    if code is None or code in SUPPORTED_LANGUAGES or code in _NO_LANGUAGE:
        return None
    if shares and sum(share for lang, share in shares.items() if lang in SUPPORTED_LANGUAGES) >= MIN_SUPPORTED_SHARE:
        return None
    supported = ", ".join(sorted(SUPPORTED_LANGUAGES))
    return f"language {code!r} is not supported yet (extraction supports: {supported}); stored without extraction"
