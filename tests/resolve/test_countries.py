"""Country lookup: names, short names, demonyms, capitals and compounds."""

from __future__ import annotations

import pytest

from newsgraph.resolve.countries import (
    capital_of, country_name, country_of_demonym, lookup_country, lookup_country_in_token,
)


@pytest.mark.parametrize("text, alpha3", [
    ("Britain", "GBR"), ("U.S.", "USA"), ("United States", "USA"), ("America", "USA"),
    ("Russia", "RUS"), ("Iran", "IRN"), ("South Korea", "KOR"), ("North Korea", "PRK"),
    ("Syria", "SYR"), ("Venezuela", "VEN"), ("Bolivia", "BOL"), ("Taiwan", "TWN"),
    ("Vietnam", "VNM"), ("Laos", "LAO"), ("the Netherlands", "NLD"), ("Germany", "DEU"),
])
def test_names_and_short_names(text, alpha3):
    found = lookup_country(text)
    assert found is not None and found.alpha3 == alpha3
    assert found.matched_as in ("name", "alias")


@pytest.mark.parametrize("text, alpha3", [
    ("Iranian", "IRN"), ("Bolivian", "BOL"), ("Argentine", "ARG"), ("Argentinian", "ARG"),
    ("British", "GBR"), ("American", "USA"), ("Dutch", "NLD"), ("Iranians", "IRN"),
    ("Chinese", "CHN"), ("Filipino", "PHL"),
])
def test_demonyms(text, alpha3):
    found = country_of_demonym(text)
    assert found is not None and found.alpha3 == alpha3 and found.matched_as == "demonym"


@pytest.mark.parametrize("text, alpha3", [
    ("Tehran", "IRN"), ("La Paz", "BOL"), ("Caracas", "VEN"), ("Buenos Aires", "ARG"),
    ("Washington", "USA"), ("Moscow", "RUS"), ("Beijing", "CHN"), ("Kyiv", "UKR"),
])
def test_capitals(text, alpha3):
    found = lookup_country(text)
    assert found is not None and found.alpha3 == alpha3 and found.matched_as == "capital"


def test_capital_of_and_names():
    assert capital_of("BOL") == "La Paz"
    assert country_name("IRN") == "Iran"


def test_possessives_and_compounds():
    assert lookup_country("Iran’s").alpha3 == "IRN"
    made = lookup_country_in_token("Iranian-made")
    assert made.alpha3 == "IRN" and made.matched_as == "demonym"
    assert lookup_country_in_token("U.S.-backed").alpha3 == "USA"
    assert lookup_country_in_token("well-made") is None


def test_common_words_are_not_countries():
    assert lookup_country("pole") is None  # "Pole" the demonym, lower case: a word
    assert lookup_country("drones") is None
    assert lookup_country("") is None
