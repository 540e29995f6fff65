"""Recipients a verbal or promised act's sentence names outside its own phrase (task recipA): a
stance said as the purpose of a call or meeting is addressed to the partner talked with, and an
aid promise takes the beneficiary its purpose clause names. Sentences are realistic readout
wording (State Department style), not copied from the gold files."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


@pytest.mark.parametrize("text, trigger, target", [
    # condolences said in a call go to the one called (CAMEO 018: to whom)
    ("Secretary Blinken spoke by phone today with Polish Foreign Minister Zbigniew Rau to express his "
     "condolences over the victims of the floods.", "express", "Zbigniew Rau"),
    # appreciation voiced in a meeting, and the first of two conjoined purposes
    ("Mr. Sullivan met with Indian Foreign Secretary Vinay Kwatra to express appreciation for the progress "
     "in the partnership.", "express", "Vinay Kwatra"),
    ("The Secretary spoke today with Moldovan Foreign Minister Nicu Popescu to offer support and condemn "
     "reports of attacks on civilians.", "offer", "Nicu Popescu"),
])
def test_a_stance_said_in_a_call_goes_to_the_partner(base_nlp, text, trigger, target):
    events = [e for e in coded(base_nlp, text) if e.trigger.startswith(trigger) and e.type == "SUPPORT"]
    assert events and events[0].target_text == target, explain(events)


def test_a_criticism_said_in_a_call_is_not_aimed_at_the_partner(base_nlp):
    # "to condemn reports of attacks": what is condemned, never the partner spoken with
    text = ("The Secretary spoke today with Moldovan Foreign Minister Nicu Popescu to offer support and condemn "
            "reports of attacks on civilians.")
    events = [e for e in coded(base_nlp, text) if e.type == "DISAPPROVE"]
    assert all(e.target_text != "Nicu Popescu" for e in events), explain(events)


def test_a_meeting_with_no_partner_gives_no_recipient(base_nlp):
    events = [e for e in coded(base_nlp, "The ministers met to express support for the ceasefire.")
              if e.type == "SUPPORT"]
    assert events and events[0].target_text is None, explain(events)


def test_promised_aid_goes_to_the_beneficiary_of_its_purpose(base_nlp):
    text = ("The United States intends to provide an additional $50 million in security assistance to enhance "
            "the capacity of the Moldovan Border Police to protect the border.")
    events = [e for e in coded(base_nlp, text) if e.type == "AGREE"]
    assert events and events[0].target_text == "Moldovan Border Police", explain(events)


def _event(target_text, target_key, target_acts_for, source_key="org:department-of-state"):
    from newsgraph.nlp.types import Event

    return Event(type="SUPPORT", sentence_start=0, sentence_end=10, trigger="thanks", trigger_start=0,
                 trigger_end=6, source_text="The Department", source_key=source_key, source_acts_for="USA",
                 target_text=target_text, target_key=target_key, target_acts_for=target_acts_for)


def test_him_resolved_to_another_named_person_is_no_own_side_pronoun():
    # "The Department congratulates Special Envoy Foote ... and thanks him": "him" is the envoy, a
    # person of his own, though he serves the same state
    from newsgraph.nlp.events import _own_side_pronoun

    assert not _own_side_pronoun(_event("him", "person:daniel-foote", "USA"))
    # the same person as the source, and a plural resolved to the source's state, stay own side
    assert _own_side_pronoun(_event("him", "person:daniel-foote", "USA", source_key="person:daniel-foote"))
    assert _own_side_pronoun(_event("them", "country:USA", "USA"))
