"""Place names with several readings (resolve.places): the article's other places decide."""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.resolve.places import evidence_from, local_reading, readings


def _mentions(*pairs):
    return [SimpleNamespace(type=type_, text=text) for type_, text in pairs]


def test_granada_with_nicaragua_and_managua_is_the_nicaraguan_city():
    evidence = evidence_from(_mentions(("country", "Nicaragua"), ("place", "Managua"), ("place", "Granada")))
    decision = local_reading("Granada", evidence)
    assert (decision.reading.country, decision.reading.kind) == ("NIC", "city")
    assert "Nicaragua" in decision.reason and "Managua" in decision.reason


def test_granada_with_nothing_around_it_stays_undecided():
    assert local_reading("Granada", evidence_from([])) is None


def test_georgia_among_us_places_is_the_state():
    evidence = evidence_from(_mentions(("place", "Atlanta"), ("place", "Savannah"), ("country", "Georgia")))
    decision = local_reading("Georgia", evidence)
    assert (decision.reading.country, decision.reading.kind) == ("USA", "us_state")


def test_georgia_with_tbilisi_stays_the_country():
    evidence = evidence_from(_mentions(("place", "Tbilisi"), ("country", "Georgia"), ("place", "Atlanta")))
    assert local_reading("Georgia", evidence) is None


def test_readings_come_from_the_gazetteers():
    kinds = {(r.country, r.kind) for r in readings("Georgia")}
    assert {("GEO", "country"), ("USA", "us_state")} <= kinds
    assert {"ESP", "NIC"} <= {r.country for r in readings("Granada")}


def test_a_small_namesake_needs_a_place_of_its_state_named():
    # a U.S. release names the U.S.; that alone does not make Geneva the U.S. town (GeoNames:
    # Geneva, CHE 201,741; Geneva, USA 21,806)
    assert local_reading("Geneva", evidence_from(_mentions(("country", "U.S."), ("place", "Geneva")))) is None
    # "Donetsk" in an article naming Russia and Ukraine is Ukraine's city, not the Russian town
    # "Donetsk" where Russia is named more often than Ukraine: not the Russian town of 50,000
    assert local_reading("Donetsk", evidence_from(_mentions(("country", "Russia"), ("country", "Russia"),
                                                            ("country", "Ukraine"), ("place", "Donetsk")))) is None
    # a place of its own state named beside it still picks the small namesake
    decision = local_reading("Paris", evidence_from(_mentions(("place", "Texas"), ("place", "Dallas"), ("place", "Paris"))))
    assert decision.reading.country == "USA"


def test_us_state_postal_codes_come_from_iso_3166_2():
    from newsgraph.resolve.places import is_us_state_code

    assert is_us_state_code("TX") and is_us_state_code("DC")
    assert not is_us_state_code("EU") and not is_us_state_code("Tx") and not is_us_state_code("TEX")


def test_english_names_of_regions_come_from_the_phoenix_country_dictionary():
    from newsgraph.resolve.places import place_states, single_state

    # ISO 3166-2 writes "Lombardia", "Toscana"; the press writes the English names
    assert single_state("Lombardy") == "ITA" and single_state("Bavaria") == "DEU"
    # GeoNames' Tuscany is a Calgary neighbourhood: the Italian region is a reading too
    assert place_states("Tuscany") == {"CAN", "ITA"}
    # the country's own names and its people stay country mentions, not listed places
    assert not any(r.kind == "listed" for r in readings("Italian") + readings("Italy"))


def test_a_listed_region_is_no_minor_namesake():
    # an article naming Italian places reads Tuscany as the region, though GeoNames has only
    # the Canadian place of 19,700 under that name
    decision = local_reading("Tuscany", evidence_from(_mentions(("place", "Pisa"), ("country", "Italy"), ("place", "Tuscany"))))
    assert decision is not None and decision.reading.country == "ITA"
    # with Canadian places named it stays the Canadian one
    decision = local_reading("Tuscany", evidence_from(_mentions(("place", "Calgary"), ("place", "Alberta"), ("place", "Tuscany"))))
    assert decision is not None and decision.reading.country == "CAN"

