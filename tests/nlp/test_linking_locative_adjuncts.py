"""A locative "in"/"at" phrase after a person, title or body noun says where the actor is or the
act happened, not who acts (nlp/linking/names.py ``_actor_key_for_span``, ``_drop_locative_tail``):
the place does not key the actor. Named bodies, "of" phrases and demonym people keep their codes.
Invented sentences."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
DAY = dt.date(2022, 3, 2)


def _event(nlp, text, type_):
    return next(e for e in extract(text, DAY, nlp=nlp, outlet=STATE).events if e.type == type_)


def test_the_meetings_place_after_a_title_does_not_key_the_title_holder(nlp):
    meet = _event(nlp, "The Dutch trade minister met the German chancellor in Berlin on Tuesday.", "CONSULT")
    assert meet.target_text == "German chancellor"
    assert (meet.target_key, meet.target_acts_for, meet.target_sector) == (None, "DEU", "GOV")


def test_the_bare_title_is_coded_the_same(nlp):
    # control: no place phrase, the same code
    meet = _event(nlp, "The Dutch trade minister met the German chancellor on Tuesday.", "CONSULT")
    assert (meet.target_text, meet.target_key, meet.target_acts_for) == ("German chancellor", None, "DEU")


def test_a_body_noun_located_in_a_district_is_not_keyed_as_the_district(nlp):
    charge = _event(nlp, "A federal grand jury in the Eastern District indicted the trafficker.", "DISAPPROVE")
    assert not (charge.source_key or "").startswith("place:")
    assert charge.source_sector == "JUD"


def test_a_named_body_before_its_seat_keeps_its_own_key(nlp):
    # near miss: the head is a name ("Embassy" of "the U.S. Embassy"), keyed by the name as before
    statement = _event(nlp, "The U.S. Embassy in Madrid condemned the bombing.", "DISAPPROVE")
    assert statement.source_key == "org:u-s-embassy"


def test_an_of_phrase_names_the_owner_and_still_keys_the_actor(nlp):
    # near miss: "of" is no locative preposition: the Government of Moldova is Moldova's
    threat = _event(nlp, "Russia threatened the Government of Moldova.", "THREATEN")
    assert (threat.target_key, threat.target_acts_for) == ("country:MDA", "MDA")


def test_without_a_demonym_the_place_stays_in_the_span_as_the_cue_to_the_state(nlp):
    # near miss: no demonym gives the state, so the phrase stays and the capital places the officials
    statement = _event(nlp, "Officials in Moscow condemned the sanctions.", "DISAPPROVE")
    assert statement.source_text == "Officials in Moscow"
    assert statement.source_acts_for == "RUS"
