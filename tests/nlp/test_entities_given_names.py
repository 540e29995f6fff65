"""A surname the model tagged a place after untagged given names right after a title (or a title
phrase with its portfolio) is a person, whole; a name with a quoted nickname between its given
names and surnames is one person (entities 0.4.50, coref 0.3.40, linking 0.3.330). Own sentences."""

from __future__ import annotations

from newsgraph.nlp.entities import find_mentions
from tests.nlp.linked_events import linked


def _typed(base_nlp, text):
    return {m.text: m.type for m in find_mentions(base_nlp(text))}


def test_given_name_and_placelike_surname_after_a_portfolio_title_is_a_person(base_nlp):
    text = ("Deputy Assistant Secretary for Western Hemisphere Affairs Heide Fulton met officials "
            "from Peru on Monday.")
    typed = _typed(base_nlp, text)
    assert typed.get("Heide Fulton") == "person" and "Fulton" not in typed


def test_a_letterhead_place_after_a_title_stays_a_place(base_nlp):
    # no untagged given name between the title and the place: the dateline of a release
    typed = _typed(base_nlp, "Antony J. Blinken, Secretary of State Washington, D.C. The talks ended.")
    assert typed.get("Washington") == "place"


def test_a_quoted_nickname_inside_a_name_makes_one_person(base_nlp):
    text = "Police arrested gang boss Rafael Ortiz “El Gato” Mendoza Ruiz in Sonora last week."
    typed = _typed(base_nlp, text)
    assert typed.get("Rafael Ortiz “El Gato” Mendoza Ruiz") == "person"


def test_a_nicknamed_person_is_keyed_by_the_name_without_the_nickname(nlp):
    text = ("The Justice Department charged cartel boss Rafael Ortiz “El Gato” Mendoza Ruiz with "
            "trafficking fentanyl.")
    keys = {m.entity_key for m in nlp(text)._.ng_mentions if m.type == "person"}
    assert "person:rafael-ortiz-mendoza-ruiz" in keys


def test_a_list_after_a_colon_takes_the_state_of_the_same_noun_in_the_sentence_before(nlp):
    text = ("The Department of State is sanctioning Belarusian officials and state-owned companies today. "
            "The Department is sanctioning two officials: Pavel Sergeyevich Korol and Ivan Petrovich Dubrov.")
    events = [e for e in linked(nlp, text) if e.target_key == "person:ivan-petrovich-dubrov"]
    assert events and all(e.target_acts_for == "BLR" for e in events), [(e.type, e.target_acts_for) for e in events]


def test_a_person_noun_list_after_a_colon_takes_the_earlier_phrase_state(nlp):
    # "oligarchs" names a designated person (actor_heads.yaml), no actor sector of its own
    text = ("Treasury is sanctioning Belarusian oligarchs and their companies under a new order. "
            "Treasury is sanctioning two oligarchs: Viktor Ivanovich Sorin and Oleg Pavlovich Lutsko.")
    events = [e for e in linked(nlp, text) if e.target_key == "person:oleg-pavlovich-lutsko"]
    assert events and all(e.target_acts_for == "BLR" for e in events), [(e.type, e.target_acts_for) for e in events]


def test_a_colon_list_without_a_placed_noun_gets_no_state_from_it(nlp):
    text = ("Treasury is sanctioning companies under a new order. "
            "Treasury is sanctioning two oligarchs: Viktor Ivanovich Sorin and Oleg Pavlovich Lutsko.")
    events = [e for e in linked(nlp, text) if e.target_key == "person:oleg-pavlovich-lutsko"]
    assert events, [(e.type, e.target_key) for e in linked(nlp, text)]
    assert all(e.target_acts_for is None for e in events), [(e.type, e.target_acts_for) for e in events]


def test_a_colon_list_takes_no_state_from_a_counted_set_of_the_same_noun(nlp):
    # linking 0.3.362: "two Dutch reporters" are other people than the three listed
    text = ("Belarus expelled two Dutch journalists last year. This week Belarus detained three journalists: "
            "Ivan Petrov, Oleg Smirnov and Pavel Volkov.")
    events = [e for e in linked(nlp, text) if e.type == "COERCE" and e.target_key]
    assert len(events) == 3, [(e.type, e.target_text) for e in linked(nlp, text)]
    assert all(e.target_acts_for != "NLD" for e in events), [(e.target_text, e.target_acts_for) for e in events]
    # the bare plural refers back, every name, the last one too
    events = [e for e in linked(nlp, text.replace("two Dutch", "Dutch")) if e.type == "COERCE" and e.target_key]
    assert len(events) == 3 and all(e.target_acts_for == "NLD" for e in events), \
        [(e.target_text, e.target_acts_for) for e in events]


def test_every_name_of_a_colon_list_takes_the_earlier_plurals_state(nlp):
    # the last conjunct too
    text = ("Ukrainian soldiers fought near the river. Russia captured three soldiers: Taras Melnyk, "
            "Ostap Kovalenko and Bohdan Shevchuk.")
    events = [e for e in linked(nlp, text) if e.trigger == "captured"]
    assert {e.target_text for e in events} >= {"Taras Melnyk", "Bohdan Shevchuk"}, [e.target_text for e in events]
    assert all(e.target_acts_for == "UKR" for e in events), [(e.target_text, e.target_acts_for) for e in events]
