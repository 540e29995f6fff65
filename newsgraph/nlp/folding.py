"""Folded forms of names and words for comparing them: accents dropped, ASCII, lower case.

One helper a use, so the modules that compare names agree on what "the same" means:

* ``ascii_lower("Ličen")`` -> "licen": NFKD-decomposed, non-ASCII dropped, lower-cased;
* ``fold_word("Biden,")`` -> "biden": a name word, without the full stop or comma after it
  (coref's name tokens, turn labels);
* ``fold_phrase("the U.S.-led coalition")`` -> "the usled coalition": letters, digits and spaces
  only (linking's lexicon look-ups: first-person plurals, voice words, surnames);
* ``slugify("Edmundo Novillo")`` -> "edmundo-novillo": a readable key part for entity keys.

All take and return ``str``; none raises.
"""

from __future__ import annotations

import re
import unicodedata


def ascii_lower(text: str) -> str:
    """``text`` decomposed (NFKD), without what is not ASCII, lower case: "López" -> "lopez"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def fold_word(word: str) -> str:
    """A name word folded, without a full stop or comma at either end: "Jr.," -> "jr"."""
    return ascii_lower(word).strip(".,")


_NOT_ALNUM_SPACE_RE = re.compile(r"[^a-z0-9 ]+")
_NOT_ALNUM_RE = re.compile(r"[^a-z0-9]+")


def fold_phrase(text: str) -> str:
    """A phrase folded to letters, digits and spaces: "U.S.-led" -> "usled"."""
    return _NOT_ALNUM_SPACE_RE.sub("", ascii_lower(text)).strip()


def slugify(text: str) -> str:
    """Readable ASCII key part: "Edmundo Novillo" -> "edmundo-novillo"."""
    return _NOT_ALNUM_RE.sub("-", ascii_lower(text)).strip("-")
