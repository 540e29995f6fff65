"""Name normalisation for blocking and comparison across articles.

``normalise(name, type)`` -> ``NormName`` (tokens, the normalised key, a surname for people,
and the country a leading/trailing qualifier names: "U.S. Department of State" is the
organisation "department state" of USA). Organisation keys sort their tokens, so "State
Department" and "Department of State" meet; people keep their order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

from newsgraph.resolve.countries import lookup_country

SETTINGS_PATH = Path(__file__).resolve().parent / "resolution.yaml"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@functools.lru_cache(maxsize=1)
def settings() -> dict:
    """The resolution settings and word lists (``resolution.yaml``)."""
    with open(SETTINGS_PATH, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@dataclass(frozen=True)
class NormName:
    tokens: tuple[str, ...]
    key: str
    surname: Optional[str] = None
    country: Optional[str] = None     # alpha-3 named by a qualifier ("U.S.", "Iranian")
    state: bool = False               # the name is the country's government itself


def fold(text: str) -> str:
    """Casefolded, accents stripped, "U.S." -> "us"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace(".", "")
    return text.casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _strip_country(raw_words: list[str]) -> tuple[list[str], Optional[str]]:
    """Remove a country qualifier at the start ("U.S.", "Iranian", "United States") or the end
    ("of Iran", "of the United States of America") of an organisation name."""
    for n in range(min(6, len(raw_words)), 0, -1):
        found = lookup_country(" ".join(raw_words[:n]).title())
        if found is not None and found.matched_as != "capital":
            return raw_words[n:], found.alpha3
    for n in range(min(6, len(raw_words)), 0, -1):
        tail = raw_words[-n:]
        found = lookup_country(" ".join(tail).title())
        if found is not None and found.matched_as != "capital":
            rest = raw_words[:-n]
            while rest and rest[-1] in ("of", "the", "in"):
                rest = rest[:-1]
            return rest, found.alpha3
    return raw_words, None


def normalise(name: str, type_: str) -> NormName:
    """The comparison key of ``name`` for an entity of ``type_`` (see module docstring)."""
    cfg = settings()
    raw = words(name)
    if raw and raw[0] == "the":
        raw = raw[1:]
    if type_ == "person":
        toks = [w for w in raw if w not in cfg["honorifics"] and w not in cfg["name_suffixes"]]
        # middle initials carry little: "Antony J. Blinken" is "Antony Blinken"
        if len(toks) > 2:
            toks = [toks[0], *[t for t in toks[1:-1] if len(t) > 1], toks[-1]]
        return NormName(tuple(toks), " ".join(toks), surname=toks[-1] if toks else None)
    if type_ in ("organization", "group"):
        rest, country = _strip_country(raw)
        toks = [w for w in rest if w not in cfg["org_stopwords"]]
        state = country is not None and (not toks or all(t in cfg["state_words"] for t in toks))
        if not toks:
            toks = raw
        return NormName(tuple(toks), " ".join(sorted(toks)), country=country, state=state)
    toks = [w[:-1] if type_ == "equipment" and len(w) > 3 and w.endswith("s") else w for w in raw]
    return NormName(tuple(toks), " ".join(toks))


def outlet_name(outlet: str) -> str:
    """The publisher's name without what a feed or site title adds ("... press releases")."""
    text = " ".join(outlet.split())
    changed = True
    while changed:
        changed = False
        for suffix in settings()["publication_suffixes"]:
            if text.casefold().endswith(" " + suffix) and len(text) > len(suffix) + 1:
                text = text[: -len(suffix) - 1].rstrip(" -–:|")
                changed = True
    return text


def acronym(tokens: tuple[str, ...]) -> str:
    return "".join(t[0] for t in tokens if t)
