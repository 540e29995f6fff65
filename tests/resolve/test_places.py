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
