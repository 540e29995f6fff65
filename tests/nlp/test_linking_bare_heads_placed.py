"""A title or people noun the event span leaves bare ("foreign minister") takes the state its
"from <country>" phrase names, and a bare definite plural ("the parties") the state of the
earlier noun phrase it repeats ("the Yemeni parties"); neither reads a state that is only the
verb's source, a region's, or one of two groups named before."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _events(nlp, text: str):
    return extract(text, dt.date(2022, 5, 2), nlp=nlp, outlet=STATE).events


def _with_target(events, part: str):
    return [e for e in events if e.target_text and part in e.target_text]


def _with_source(events, part: str):
    return [e for e in events if e.source_text and part in e.source_text]


def test_a_guest_from_a_country_after_a_hosting_verb_is_of_that_country(nlp):
    # the parser hangs "from Kenya" on "welcome"; the guest comes from there either way
    events = _events(nlp, "The Secretary said: It is an honor to welcome the foreign minister from Kenya here to "
                          "the Department.")
    guests = _with_source(events, "foreign minister")
    assert guests, [(e.type, e.source_text, e.target_text) for e in events]
    assert {e.source_acts_for for e in guests} == {"KEN"}


def test_a_from_phrase_on_another_noun_places_no_one(nlp):
    # "aid from Kenya": the thing's origin, not the minister's
    events = _events(nlp, "The Secretary thanked the foreign minister for the generous aid from Kenya.")
    thanked = _with_target(events, "foreign minister")
    assert thanked, [(e.type, e.source_text, e.target_text) for e in events]
    assert {e.target_acts_for for e in thanked} == {None}


def test_a_bare_definite_plural_takes_the_state_of_the_phrase_it_repeats(nlp):
    events = _events(nlp, "The United States urges the Sudanese parties to extend the ceasefire. The parties must "
                     "negotiate with the mediators to reach agreement on a lasting truce.")
    repeated = [e for e in events if (e.target_text or "").strip() in ("parties", "the parties")
                or (e.source_text or "").strip() in ("parties", "the parties")]
    assert repeated, [(e.type, e.source_text, e.target_text) for e in events]
    for e in repeated:
        side = "target" if (e.target_text or "").strip() in ("parties", "the parties") else "source"
        assert getattr(e, f"{side}_acts_for") == "SDN", (e.type, e.source_text, e.target_text)


def test_a_bare_definite_plural_after_two_states_groups_takes_neither(nlp):
    events = _events(nlp, "Ukrainian negotiators and Russian negotiators met in Istanbul on Monday. The United States "
                     "urged the negotiators to reach agreement on a ceasefire.")
    for e in _with_target(events, "negotiators"):
        if e.target_text.strip() in ("negotiators", "the negotiators"):
            assert e.target_acts_for is None, (e.type, e.target_text, e.target_acts_for)
