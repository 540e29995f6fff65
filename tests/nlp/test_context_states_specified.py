"""A generic party ("visa restrictions on individuals") that the next sentence specifies by a
state ("This includes 893 Russian Federation officials ...") acts for that state (linking 0.3.71);
no state where the specification names none or several. Sentences are realistic releases'
wording, not the gold set's."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events

OPENING = "The Department of State is taking action to impose visa restrictions on individuals involved in the war. "


def _sanction(nlp, text):
    return [e for e in _events(nlp, text) if e.type == "SANCTION" and e.target_text == "individuals"]


def test_the_next_sentence_specifies_the_state_of_the_individuals(nlp):
    events = _sanction(nlp, OPENING + "This includes 120 Russian Federation officials, such as members of the Duma, "
                       "for undermining Ukraine’s sovereignty.")
    assert events and all(e.target_acts_for == "RUS" for e in events), _explain(events)


def test_a_demonym_specification_places_them(nlp):
    events = _sanction(nlp, OPENING + "These include 14 Belarusian officials who facilitated the invasion.")
    assert events and all(e.target_acts_for == "BLR" for e in events), _explain(events)


def test_a_specification_without_a_state_places_nothing(nlp):
    events = _sanction(nlp, OPENING + "These include three senior officials of the security services.")
    assert events and all(e.target_acts_for is None for e in events), _explain(events)


def test_a_specification_of_two_states_places_nothing(nlp):
    events = _sanction(nlp, OPENING + "It includes Russian and Belarusian officials.")
    assert events and all(e.target_acts_for is None for e in events), _explain(events)
