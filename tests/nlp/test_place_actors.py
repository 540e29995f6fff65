"""Place actors: a city, region or site acting or acted on is coded by the state it lies in
(nlp/place_actors.py); a plural naming several states by their region is a set, no place."""

from __future__ import annotations

from newsgraph.nlp.place_actors import _lexicon
from newsgraph.resolve.places import place_states, subdivision_state
from tests.nlp.linked_events import linked, one

# demo corpus, "Sanctions on Iran's missile program" (State Department, March 2022)
ERBIL = ("We have taken this action following Iran’s recent missile attack on Erbil, Iraq, as well as missile "
         "attacks by Iranian proxies against Saudi Arabia and the United Arab Emirates.")

# demo corpus, Ukraine media-freedom release (State Department, 2024)
KHARKIV = ("On May 23, 2024, a Russian strike destroyed the Faktur-Druk printing house in Kharkiv, one of the "
           "largest printing houses in Europe.")

# demo corpus, "Over 900 asylum seekers rescued off Indonesian coast" (Wikinews, 2015)
SOUTH_EAST_ASIA = ("Jeff Rathke, the State Department Spokesperson, said, \"We urge the governments of the region to work "
                   "together quickly.\" Rathke also asked the governments of South East Asia not to turn away boats of "
                   "people seeking asylum.")


def test_a_place_attacked_takes_the_state_the_article_writes_after_it(nlp):
    attack = one(linked(nlp, ERBIL), "attack")[0]
    assert (attack.type, attack.source_acts_for, attack.target_text, attack.target_acts_for) == \
        ("ASSAULT", "IRN", "Erbil", "IRQ")
    assert attack.target_key.startswith("place:")  # still the place, now placed


def test_a_printing_house_in_a_city_takes_the_citys_state(nlp):
    destroyed = one(linked(nlp, KHARKIV), "destroyed")[0]
    assert destroyed.source_acts_for == "RUS"
    assert "Faktur-Druk" in destroyed.target_text and destroyed.target_acts_for == "UKR"


def test_the_governments_of_a_region_are_a_set_of_states_not_a_place(nlp):
    asked = one(linked(nlp, SOUTH_EAST_ASIA, outlet="Wikinews"), "asked")[0]
    assert asked.target_text == "governments of South East Asia"
    assert asked.target_key is None or not asked.target_key.startswith(("place:", "region:"))
    assert asked.target_acts_for is None


def test_a_subdivision_places_its_name_only_where_one_state_has_it():
    assert subdivision_state("Xinjiang") == "CHN"   # ISO 3166-2 CN-XJ "Xinjiang Uygur Zizhiqu"
    assert subdivision_state("Quebec") == "CAN"     # CA-QC
    assert subdivision_state("Ontario") is None     # also a U.S. city (GeoNames)
    assert subdivision_state("Central") is None     # a province in several states
    assert place_states("Kyiv") == {"UKR"}


def test_embassies_are_no_facility_head():
    assert "embassy" not in _lexicon()["facility_heads"] and "house" in _lexicon()["facility_heads"]


def test_a_region_is_placed_in_no_one_state():
    from newsgraph.nlp.entities import is_region

    # "Central America" is a region (lexicons/entity_regions.yaml), even where coref read "Central" as a town
    assert is_region("Central America") and is_region("the Middle East") and not is_region("Erbil")


def _set_head(nlp, text, phrase, outlet=None):
    import datetime as dt

    from newsgraph.nlp.pipeline import make_doc
    from newsgraph.nlp.place_actors import state_set_head

    doc = nlp(make_doc(nlp, text, dt.date(2024, 3, 2), outlet=outlet))
    start = text.index(phrase)
    end = start + len(phrase)
    keys = {m.entity_key for m in doc._.ng_mentions if m.entity_key and start <= m.start < end}
    entities = [doc._.ng_entities[k] for k in keys if doc._.ng_entities[k].type in ("place", "region")]
    assert entities, [(m.text, m.type, m.entity_key) for m in doc._.ng_mentions]
    return state_set_head(doc, entities[0], start, end)


def test_a_place_deep_inside_the_phrase_makes_no_set_of_states(nlp):
    # demo corpus, White House readout (Jon Finer on Haiti, 2024): "U.S.-based" modifies the
    # groups, not the leaders, who are no set of states; an origin compound is its state's
    # demonym (entities 0.4.8), no place at all, so no place makes a set of states there
    import datetime as dt

    from newsgraph.nlp.pipeline import make_doc

    text = ("Principal Deputy National Security Advisor Jon Finer met today with leaders of U.S.-based Black civil "
            "rights groups to discuss the situation in Haiti.")
    doc = nlp(make_doc(nlp, text, dt.date(2024, 3, 2)))
    based = [m for m in doc._.ng_mentions if m.text == "U.S.-based"]
    assert based and all(m.type == "country" and m.entity_key == "country:USA" for m in based), based
    assert _set_head(nlp, SOUTH_EAST_ASIA, "governments of South East Asia") == "governments"


def test_a_list_of_places_is_no_address(nlp):
    # "Paris, Germany and Italy": Germany is the list's next item, not the state Paris lies in
    events = linked(nlp, "Russia threatened Paris, Germany and Italy with retaliation.")
    threatened = [e for e in events if e.target_text == "Paris"]
    assert all(e.target_acts_for in (None, "FRA") for e in threatened)
