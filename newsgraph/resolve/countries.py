"""Country lookup: names, short names, demonyms and capitals -> ISO 3166 alpha-3.

Two sources, merged once at first use:

* pycountry's ISO 3166 names (official and common names);
* ``newsgraph/nlp/lexicons/countries_extra.yaml``: the short names, aliases, demonyms and
  capitals that news text actually uses (see that file's header for where they come from).

``Country.matched_as`` says which kind of form matched (``name``, ``alias``, ``demonym``,
``capital``), so callers can treat "American" or "Washington" with the care they need.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pycountry
import yaml

LEXICON_PATH = Path(__file__).resolve().parent.parent / "nlp" / "lexicons" / "countries_extra.yaml"

# Demonyms two countries share: the reading news text means far more often.
_PREFERRED_DEMONYM = {"congolese": "COD", "dominican": "DOM", "korean": "KOR"}

# Suffixes of compounds that still point at the country: "Iranian-made", "U.S.-backed".
_COMPOUND_SUFFIXES = (
    "made", "built", "backed", "led", "based", "born", "funded", "supplied", "designed",
    "produced", "manufactured", "owned", "run", "sponsored", "supported", "allied", "aligned",
    "controlled", "occupied", "brokered", "trained", "armed", "linked", "registered", "flagged",
)
_POSSESSIVE = re.compile(r"(?:'s|')$")
_ORDER = {"name": 0, "alias": 1, "demonym": 2, "capital": 3}


@dataclass(frozen=True)
class Country:
    alpha3: str
    name: str          # common English name ("Iran", "Bolivia", "United States")
    matched_as: str    # name | demonym | capital | alias


# Romanian s and t with a cedilla (U+015F, U+0163), the legacy spelling of s and t with a comma
# below (U+0219, U+021B) that fonts long lacked: "Chişinău" is "Chișinău" (Unicode, Romanian notes)
_CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "ș", "Ţ": "ț"})


def _normalise(text: str) -> str:
    text = " ".join(text.replace("’", "'").replace("‘", "'").translate(_CEDILLA_TO_COMMA).strip().lower().split())
    if text.startswith("the "):
        text = text[4:]
    return text


def _plural(demonym: str) -> Optional[str]:
    lower = demonym.lower()
    if lower.endswith(("s", "sh", "ch", "ese", "man", "men", "i-kiribati")):
        return None
    return demonym + "s"


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    with open(LEXICON_PATH, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, Country]:
    entries: dict[str, Country] = {}

    def add(form: Optional[str], alpha3: str, name: str, kind: str) -> None:
        if not form:
            return
        key = _normalise(form)
        old = entries.get(key)
        if kind == "demonym" and key in _PREFERRED_DEMONYM:
            if alpha3 != _PREFERRED_DEMONYM[key]:
                return
            old = None
        # A name beats an alias beats a demonym beats a capital ("Georgia", "Djibouti").
        if old is None or _ORDER[kind] < _ORDER[old.matched_as]:
            entries[key] = Country(alpha3, name, kind)

    extra = _lexicon()
    common = {code: info["name"] for code, info in extra.items()}
    for c in pycountry.countries:
        name = common.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
        for form in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            add(form, c.alpha_3, name, "name")
    for code, info in extra.items():
        name = info["name"]
        add(name, code, name, "name")
        for alias in info.get("aliases") or []:
            add(alias, code, name, "alias")
        for demonym in info.get("demonyms") or []:
            add(demonym, code, name, "demonym")
            add(_plural(demonym), code, name, "demonym")
        for capital in info.get("capitals") or []:
            add(capital, code, name, "capital")
    return entries


# memoised: the components look the same few hundred words up tens of thousands of times per
# batch (a gazetteer pass, every actor's name); the index is fixed once built and Country is frozen
@functools.lru_cache(maxsize=65536)
def lookup_country(text: str) -> Optional[Country]:
    """The country that ``text`` names (or whose demonym/capital it is), else None.

    Case-insensitive, except that all-lowercase text never matches a demonym or capital
    ("pole", "nice" are words, not places). Leading "the" and a possessive "'s" are ignored.
    """
    if not text:
        return None
    text = text.replace("’", "'")
    stripped = _POSSESSIVE.sub("", text.strip()) if len(text.strip()) > 2 else text
    for candidate in (text, stripped):
        found = _index().get(_normalise(candidate))
        if found is not None:
            if candidate.islower() and found.matched_as in ("demonym", "capital"):
                return None
            return found
    return None


def lookup_country_in_token(token: str) -> Optional[Country]:
    """The country inside a compound or possessive token: "Iranian-made", "Iran's", "U.S.-backed".

    A "<country>-made"-style compound counts as a demonym mention (it says where from).
    """
    text = token.replace("’", "'").strip()
    found = lookup_country(text)
    if found is not None:
        return found
    if "-" in text:
        head, _, tail = text.rpartition("-")
        if tail.lower() in _COMPOUND_SUFFIXES:
            found = lookup_country(head)
            if found is not None:
                return Country(found.alpha3, found.name, "demonym")
    return None


def is_origin_suffix(word: str) -> bool:
    """True for the second half of an origin compound: "made" in "Iran-made", "backed" ..."""
    return word.lower() in _COMPOUND_SUFFIXES


def country_of_demonym(text: str) -> Optional[Country]:
    """The country whose demonym ``text`` is ("Bolivian" -> BOL), else None."""
    found = lookup_country(text)
    return found if found is not None and found.matched_as == "demonym" else None


def capital_of(alpha3: str) -> Optional[str]:
    """The (first listed) capital of the country with this alpha-3 code, else None."""
    info = _lexicon().get(alpha3.upper())
    capitals = (info or {}).get("capitals") or []
    return capitals[0] if capitals else None


def sovereign_of(alpha3: str) -> Optional[str]:
    """The alpha-3 code of the state a territory with its own code belongs to ("HKG" -> "CHN":
    countries_extra.yaml ``sovereign``), else None (a sovereign state, or an unknown code)."""
    info = _lexicon().get((alpha3 or "").upper())
    return (info or {}).get("sovereign")


def country_name(alpha3: str) -> Optional[str]:
    """The common English short name for an alpha-3 code ("IRN" -> "Iran"), else None."""
    info = _lexicon().get(alpha3.upper())
    if info:
        return info["name"]
    found = pycountry.countries.get(alpha_3=alpha3.upper())
    return (getattr(found, "common_name", None) or found.name) if found else None


def is_capital(text: str) -> bool:
    """True when ``text`` is a country's capital ("Tehran", "La Paz")."""
    found = lookup_country(text)
    return found is not None and found.matched_as == "capital"
