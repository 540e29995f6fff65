"""An act told inside a fronted opinion frame is the holder's characterisation, not the writer's
report (task fixes45): "For them, ...", "To him, ...", "In their view, ...", "in the eyes of X, ..."
make the act claimed (FactBank: factuality relative to a source other than the writer;
event_detection.yaml opinion_frame_nouns, opinion_holder_preps). "For years, ..." and the reason
preposition "in view of" are no opinion frames. Sentences are my own."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _status(events, event_type):
    return [e.status for e in events if e.type == event_type]


def test_for_them_frame_makes_a_call_claimed(nlp):
    events = linked(nlp, "For them, both ministers were calling for a ceasefire.")
    assert _status(events, "DEMAND") == ["claimed"], show(events)


def test_in_their_view_frame_makes_an_attack_claimed(nlp):
    events = linked(nlp, "In the view of the opposition, the army was attacking protesters in the capital.")
    assert _status(events, "ASSAULT") == ["claimed"], show(events)


def test_to_him_frame_makes_a_threat_claimed(nlp):
    events = linked(nlp, "To him, Russia was threatening Georgia.")
    assert _status(events, "THREATEN") == ["claimed"], show(events)


def test_for_years_is_no_opinion_frame(nlp):
    events = linked(nlp, "For years, the army attacked protesters in the capital.")
    assert _status(events, "ASSAULT") == ["asserted"], show(events)


def test_in_view_of_is_a_reason_not_an_opinion(nlp):
    events = linked(nlp, "In view of the attacks, the government imposed sanctions on Russia.")
    assert _status(events, "SANCTION") == ["asserted"], show(events)


def test_for_a_state_frame_is_no_holder(nlp):
    # a fronted "for" naming a state, not a person or people, is a beneficiary
    events = linked(nlp, "For Ukraine, the United States provided $1 billion in aid.")
    assert _status(events, "AID") == ["asserted"], show(events)


def test_a_people_by_its_plural_holds_a_view(nlp):
    events = linked(nlp, "For the Egyptians, Russia was threatening Georgia.")
    assert _status(events, "THREATEN") == ["claimed"], show(events)


def test_a_region_turned_to_is_no_holder(nlp):
    # "to South Caucasus," turns to a topic (the tagger may call the region NORP): no view held
    events = linked(nlp, "And secondly, to South Caucasus, there was a memorandum of understanding signed today "
                         "between the U.S. and Georgia.")
    assert _status(events, "SUPPORT") and set(_status(events, "SUPPORT")) == {"asserted"}, show(events)
