"""Name normalisation for blocking and comparison across articles.

``normalise(name, type)`` -> ``NormName`` (tokens, the normalised key, a surname for people,
and the country a leading/trailing qualifier names: "U.S. Department of State" is the
organisation "department state" of USA). Organisation keys sort their tokens, so "State
Department" and "Department of State" meet; people keep their order.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

import yaml
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from newsgraph.nlp.name_cues import clipped_given_name
from newsgraph.nlp.roles import title_lexicon
from newsgraph.resolve.countries import lookup_country
from newsgraph.textfold import strip_diacritics

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
    initials: str = ""                # a person's written middle initials: "George H.W. Bush" -> "hw"
    generation: str = ""              # a person's generational suffix: "Martin Luther King Jr." -> "jr"


def fold_accents(text: str) -> str:
    """Accents stripped, typographic apostrophes plain; case and dots kept."""
    return strip_diacritics(text).replace("’", "'")


def fold(text: str) -> str:
    """Casefolded, accents stripped, "U.S." -> "us"."""
    return fold_accents(text).replace(".", "").casefold()


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


def _written_words(name: str) -> list[tuple[str, bool, bool]]:
    """``(word, initial, particle)`` for each word of a person's name, casefolded and accents
    stripped, where ``initial`` says it was written as one letter and a dot ("J." of "Martin J.
    O'Malley"; "H.W." is two), and ``particle`` that it is a surname particle as written: a
    ``name_particles`` word in lower case or joined to the next word by a hyphen ("al-" of
    "al-Assad", "bin" of "bin Laden", "van" of "van Gogh", "El-" of "El-Sisi"). A particle
    written as a given name is one ("Al Gore", "Ben Carson"). A piece before an apostrophe ("O'",
    "d'") is part of a surname, not an initial, and a letter without a dot ("W" of "George W
    Bush") is not read as one."""
    text = fold_accents(name)
    particles = settings()["name_particles"]
    out = []
    for m in _WORD.finditer(text):
        word = m.group().casefold()
        after = text[m.end():m.end() + 1]
        out.append((word, len(word) == 1 and after == ".",
                    word in particles and (m.group().islower() or after == "-")))
    return out


def _person(name: str, cfg: dict) -> NormName:
    """A person's key without honorifics, generational suffix and middle initials ("Antony J.
    Blinken" is "antony blinken", so the two meet), which are kept aside as ``initials`` and
    ``generation`` (see ``name_parts_conflict``). Initials are the one-letter words written with
    a dot (``_written_words``); a leading run of them is the given name ("H.W. Bush" and "J.D.
    Vance" are "hw bush" and "jd vance", as "JD Vance" is). A surname written with its particles
    only ("al-Assad", "bin Laden", "van der Berg": ``_written_words``) is a bare surname ("assad"),
    as "Assad" is: a particle is no given name, so "al-Assad" does not read as a full name that
    agrees with both "Hafez al-Assad" and "Bashar al-Assad" (``first_names_compatible``'s tail)
    and carry a father and son into one identity."""
    raw = _written_words(name)
    if raw and raw[0][0] == "the":
        raw = raw[1:]
    raw = _without_leading_titles(raw)
    generation = "".join(w for w, _dot, _particle in raw if w in cfg["name_suffixes"])
    kept = [(w, dot, particle) for w, dot, particle in raw
            if w not in cfg["honorifics"] and w not in cfg["name_suffixes"]]
    if len(kept) > 1 and all(particle for _w, _dot, particle in kept[:-1]):
        kept = kept[-1:]  # "al-Assad", "bin Laden": the particles and the surname, no given name
    parts = [(w, dot) for w, dot, _particle in kept]
    lead = 0
    while lead < len(parts) - 1 and parts[lead][1]:
        lead += 1
    if lead > 1:  # "H.W. Bush": the initials stand for the given name
        parts = [("".join(w for w, _dot in parts[:lead]), False), *parts[lead:]]
    toks = [w for w, _dot in parts]
    initials = ""
    if len(toks) > 2:
        initials = "".join(w for w, dot in parts[1:-1] if dot)
        toks = [toks[0], *[t for t in toks[1:-1] if len(t) > 1], toks[-1]]
    return NormName(tuple(toks), " ".join(toks), surname=toks[-1] if toks else None,
                    initials=initials, generation=generation)


def _without_leading_titles(raw: list[tuple[str, bool, bool]]) -> list[tuple[str, bool, bool]]:
    """A person's written words without the title words before the name ("Speaker Nancy
    Pelosi", "Counsellor Aung San Suu Kyi"): the mention kept the title the article wrote, the
    article's key did not (coref strips the same words, roles' ``title_words``); two words are
    always left, since a given name may be a title word too ("Major Garrett", "Emir Kusturica",
    "Sultan Al Jaber" keep their given name; a one-word name keeps its word)."""
    titles = title_lexicon().title_words
    while len(raw) > 2 and raw[0][0] in titles:
        raw = raw[1:]
    return raw


def first_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two people's name tokens (``NormName.tokens``) may share a given name: either is
    a bare surname, or the first tokens are equal, one begins the other ("j" / "john"), one is
    the other clipped ("Tony" / "Antony", ``name_cues.clipped_given_name``), Jaro-Winkler
    >= 0.85 ("Volodymyr" / "Wolodymyr"), or the shorter name is the tail of the longer ("Mike
    Pyle" / "Economics Mike Pyle", "López Obrador" / "Andrés Manuel López Obrador")."""
    if len(a) < 2 or len(b) < 2:
        return True
    fa, fb = a[0], b[0]
    short, long_ = sorted((a, b), key=len)
    if len(short) < len(long_) and long_[-len(short):] == short:
        # a word before the name ("Economics Mike Pyle") or a double surname written alone
        # ("López Obrador" / "Andrés Manuel López Obrador"): the shorter name ends the longer;
        # a given name met elsewhere in it says nothing ("Ali Abdullah Saleh" / "Ahmed Ali
        # Saleh", a father and son under patronymic naming)
        return True
    return fa == fb or fa.startswith(fb) or fb.startswith(fa) or clipped_given_name(fa, fb) \
        or JaroWinkler.similarity(fa, fb) >= 0.85


def name_parts_conflict(a: NormName, b: NormName) -> Optional[str]:
    """Why two people's names, alike otherwise, name two people, else None: both carry middle
    initials and neither set begins the other ("George W. Bush" / "George H.W. Bush"; "George
    H. Bush" may be "George H.W. Bush"), or both a generational suffix and they differ ("Jr." /
    "Sr."). Initials are compared only between compatible given names (``first_names_compatible``):
    those of two given names say nothing more. A name without initials or suffix says nothing
    (nomenklatura's name-part practice)."""
    if a.initials and b.initials and not (a.initials.startswith(b.initials) or b.initials.startswith(a.initials)) \
            and first_names_compatible(a.tokens, b.tokens):
        return f"middle initials differ '{a.initials}' vs '{b.initials}'"
    if a.generation and b.generation and a.generation != b.generation:
        return f"generational suffixes differ '{a.generation}' vs '{b.generation}'"
    return None


def family_clash(mine: Iterable[str], theirs: Iterable[str]) -> Optional[str]:
    """``name_parts_conflict`` of any two people's names of the same surname, one from each
    group (an observation's or identity's names: "George W. Bush" against a group holding
    "George H.W. Bush"), else None."""
    # each name once, in the order given (not a set's hash order): the first clash is the reason
    ours = list(dict.fromkeys(normalise(n, "person") for n in mine))
    others = list(dict.fromkeys(normalise(n, "person") for n in theirs))
    for a in ours:
        for b in others:
            if a.surname == b.surname:
                clash = name_parts_conflict(a, b)
                if clash:
                    return clash
    return None


def given_names_differ(mine: Iterable[str], theirs: Iterable[str]) -> Optional[str]:
    """Why two groups of people's names (two identities' ``written_names``) are two people of one
    surname, else None: each holds a full name of that surname and no full name of one agrees in
    its given name with one of the other (``first_names_compatible``: "Jovenel Moïse" / "Martine
    Moïse", "Daniel Ortega" / "Sol Ortega"). A bare surname says nothing: it joined one of them
    by the company it keeps, and must not carry the other along (resolver.absorb, recluster)."""
    ours = [n for n in dict.fromkeys(normalise(x, "person") for x in mine) if len(n.tokens) >= 2]
    others = [n for n in dict.fromkeys(normalise(x, "person") for x in theirs) if len(n.tokens) >= 2]
    for surname in sorted({n.surname for n in ours} & {n.surname for n in others}):
        a = [n for n in ours if n.surname == surname]
        b = [n for n in others if n.surname == surname]
        if not any(first_names_compatible(x.tokens, y.tokens) for x in a for y in b):
            return f"given names differ '{a[0].key}' vs '{b[0].key}'"
    return None


def surname_variant(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two different surnames may be spellings of one ("zelensky" / "zelenskyy",
    "mohamed" / "mohammed"): same first letter, both at least ``surname_variant.min_length``
    long, rapidfuzz ratio at least ``surname_variant.ratio``; a Slavic gendered pair ("lavrov" /
    "lavrova", "zelensky" / "zelenska": one ends in -a where the other does not) is two people."""
    cfg = settings()["surname_variant"]
    if not a or not b or a == b or a[0] != b[0] or min(len(a), len(b)) < cfg["min_length"]:
        return False
    if (a.endswith("a") != b.endswith("a")) and a.rstrip("aeiouy") == b.rstrip("aeiouy"):
        return False
    return fuzz.ratio(a, b) >= cfg["ratio"]


def variant_length_window(length: int) -> tuple[int, int]:
    """``(shortest, longest)`` length a surname of ``length`` letters may have and still pass
    ``surname_variant``'s ratio: ``fuzz.ratio`` is at most ``200 * min / (a + b)``, so a ratio of
    ``r`` needs the other length within ``length * r / (200 - r)`` .. ``length * (200 - r) / r``
    (90: 8 letters meet 7 to 9). A bound the blocking query may use without losing a variant."""
    r = settings()["surname_variant"]["ratio"]
    return math.ceil(length * r / (200 - r) - 1e-9), math.floor(length * (200 - r) / r + 1e-9)


@functools.lru_cache(maxsize=65536)
def normalise(name: str, type_: str) -> NormName:
    """The comparison key of ``name`` for an entity of ``type_`` (see module docstring).
    Cached: the resolver normalises the same names at every comparison and join (``NormName``
    is frozen, so callers may share one)."""
    cfg = settings()
    if type_ == "person":
        return _person(name, cfg)
    raw = words(name)
    if raw and raw[0] == "the":
        raw = raw[1:]
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
