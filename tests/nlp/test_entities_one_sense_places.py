"""A name's type from the article's other readings and from its grammar (entities 0.4.135): one
sense per discourse for gazetteer cities, a U.S. city before its state, an address, a verb of
motion's way, a strike's target; a surname after an initial; a date token; a thing's name."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsgraph.nlp.entities import find_mentions
from newsgraph.resolve.countries import lookup_country


def _typed(doc):
    return {(m.text, m.type) for m in find_mentions(doc)}


def _retag(doc, word, label, nth=0):
    """``doc`` with the ``nth`` token ``word`` tagged ``label`` (the model's reading varies)."""
    i = [t.i for t in doc if t.text == word][nth]
    doc.ents = [e for e in doc.ents if not (e.start <= i < e.end)] + [Span(doc, i, i + 1, label=label)]
    return doc


def test_a_city_read_as_a_place_once_is_a_place_in_its_other_mentions(base_nlp):
    doc = base_nlp("Evansville, Indiana - Rain closed schools this week. The museum, which is located "
                   "in Evansville, reopened on Monday. Officials said Evansville would recover.")
    doc = _retag(doc, "Evansville", "PERSON", 0)
    doc = _retag(doc, "Evansville", "GPE", 1)
    doc = _retag(doc, "Evansville", "ORG", 2)
    types = [m.type for m in find_mentions(doc) if m.text == "Evansville"]
    assert types and set(types) == {"place"}


def test_a_surname_of_a_full_name_is_no_place_by_another_mention(base_nlp):
    # contrast: "Austin" is a GeoNames city, but the article names Lloyd Austin in full
    doc = base_nlp("Defense Secretary Lloyd Austin arrived on Monday. Reporters waited in Austin for "
                   "hours. Austin said the talks had gone well.")
    doc = _retag(doc, "Austin", "GPE", 1)
    doc = _retag(doc, "Austin", "PERSON", 2)
    typed = _typed(doc)
    assert ("Austin", "person") in typed


def test_a_titled_city_name_stays_a_person(base_nlp):
    doc = base_nlp("Secretary Austin spoke to troops. Later, fighting was reported near Austin.")
    doc = _retag(doc, "Austin", "PERSON", 0)
    doc = _retag(doc, "Austin", "GPE", 1)
    spans = [(m.text, m.type) for m in find_mentions(doc) if m.text == "Austin"]
    assert spans[0] == ("Austin", "person")


def test_a_capital_used_for_its_government_is_left_to_the_capital_rule(base_nlp):
    doc = base_nlp("Washington said it would respond. Protesters marched in Washington on Sunday.")
    types = {m.type for m in find_mentions(doc) if m.text == "Washington"}
    assert "place" not in types or "country" in types


def test_a_us_city_before_its_state_is_a_place(base_nlp):
    doc = _retag(base_nlp("Evansville, Indiana, United States - This past week marked the opening of "
                          "an exhibit."), "Evansville", "PERSON")
    assert ("Evansville", "place") in _typed(doc)


def test_a_town_in_an_address_is_a_place(base_nlp):
    doc = base_nlp("The mathematician is in Levico Terme, Trento, Italy for a conference.")
    lev = [t.i for t in doc if t.text == "Levico"][0]
    doc.ents = [e for e in doc.ents if not (e.start <= lev + 1 and lev < e.end)] + \
        [Span(doc, lev, lev + 2, label="ORG")]
    assert ("Levico Terme", "place") in _typed(doc)


@pytest.mark.parametrize("text, name, label", [
    ("Instead of going directly to Herat, the delegation stopped in Kabul.", "Herat", "PERSON"),
    ("The team had to travel about 500 miles from Herat to reach the border.", "Herat", "ORG"),
    ("Russia kept up its attacks, including a July 14 strike on Vinnytsya that killed three people.",
     "Vinnytsya", "ORG"),
    ("The government has no plans to evacuate Mariupol or Kharkiv in the coming days.", "Kharkiv", "PERSON"),
])
def test_a_city_by_the_word_it_depends_on_is_a_place(base_nlp, text, name, label):
    doc = _retag(base_nlp(text), name, label)
    typed = _typed(doc)
    assert (name, "place") in typed
    assert (name, "organization") not in typed and (name, "person") not in typed


def test_a_list_closes_at_its_and_item(base_nlp):
    doc = base_nlp("To address wastewater issues affecting Tijuana and San Diego, the Environmental "
                   "Protection Agency signed an agreement.")
    doc = _retag(doc, "Tijuana", "ORG")
    assert ("Tijuana", "place") in _typed(doc)


def test_a_surname_after_an_initial_is_a_person(base_nlp):
    doc = base_nlp("US Secretary of State Antony J.\u202fBlinken said the initiative would help.")
    i = [t.i for t in doc if t.text == "Blinken"][0]
    doc.ents = [e for e in doc.ents if not (e.start <= i < e.end)] + [Span(doc, i, i + 1, label="GPE")]
    typed = _typed(doc)
    assert not any(text.endswith("Blinken") and type_ == "place" for text, type_ in typed)
    assert any(text.endswith("Blinken") and type_ == "person" for text, type_ in typed)


def test_a_date_token_is_no_organization(base_nlp):
    doc = _retag(base_nlp("A senior official testified Jan.7 before the House Armed Services Committee."),
                 "Jan.7", "ORG")
    assert not any(text == "Jan.7" for text, _ in _typed(doc))


def test_a_name_a_naming_verb_gives_a_thing_is_no_person(base_nlp):
    doc = _retag(base_nlp("What will your lecture be about? I called it Memory, maps and voices."),
                 "Memory", "PERSON")
    assert ("Memory", "person") not in _typed(doc)


def test_a_person_called_by_a_name_stays_a_person(base_nlp):
    # contrast: the object is a person, not "it"
    doc = _retag(base_nlp("Friends called him Tolya when he was a boy."), "Tolya", "PERSON")
    assert ("Tolya", "person") in _typed(doc)


def test_a_capital_spelled_with_a_cedilla_is_found():
    assert lookup_country("Chişinău") == lookup_country("Chișinău")
    assert lookup_country("Chişinău") is not None


def test_a_name_the_model_alone_calls_a_place_leaves_the_others_alone(base_nlp):
    # contrast: "Gloria" is a GeoNames city, but no word around its GPE-tagged mention reads it
    # as a place; the girl's other mentions stay a person
    doc = base_nlp("The parents were charged over the death of their baby daughter, Gloria. "
                   "Doctors said Gloria had been ill for months. Gloria died in hospital.")
    doc = _retag(doc, "Gloria", "GPE", 0)
    doc = _retag(doc, "Gloria", "PERSON", 1)
    doc = _retag(doc, "Gloria", "PERSON", 2)
    types = [m.type for m in find_mentions(doc) if m.text == "Gloria"]
    assert types.count("person") >= 2 and "place" not in types[1:]
