"""An actor the context places (a key or a state, no words of its sentence) is stored with that
actor's name as its text and no span (linking.component.name_placed_actors); the confidence map
counts a slot placed as a state's people (acts_for, no key) as an actor
(event_confidence._filled)."""

from __future__ import annotations

from newsgraph.nlp import event_confidence
from newsgraph.nlp.linking.component import name_placed_actors, placed_actor_name
from newsgraph.nlp.types import Event
from tests.nlp.linked_events import linked, show


def _event(**slots):
    return Event(type="AID", sentence_start=0, sentence_end=60, trigger="provided", trigger_start=10,
                 trigger_end=18, confidence=0.5, **slots)


def test_an_agentless_designation_in_a_state_release_names_its_publisher(nlp):
    # invented release text: the designation has no agent; the publishing state is its source
    events = linked(nlp, "Northwind Freight LLC is being designated pursuant to Section 4 of the order.")
    designation = [e for e in events if e.type == "SANCTION"]
    assert designation, show(events)
    event = designation[0]
    assert event.source_key == "country:USA" and event.source_start is None, show(events)
    assert event.source_text == "United States", show(events)
    assert "its context places" in event.explanation


def test_a_named_source_keeps_its_own_words(nlp):
    events = linked(nlp, "The Treasury designated Northwind Freight LLC pursuant to Section 4 of the order.")
    designation = [e for e in events if e.type == "SANCTION"]
    assert designation and designation[0].source_text == "Treasury", show(events)
    assert "its context places" not in designation[0].explanation


class _Doc:
    class _Ext:
        ng_entities = {}
    _ = _Ext()


def test_a_placed_state_without_key_is_named_by_its_state():
    doc = _Doc()
    people = _event(source_text="Canada", source_start=0, source_end=6, target_acts_for="UKR", target_sector="CVL")
    name_placed_actors(doc, people)
    assert (people.source_text, people.target_text, people.target_start) == ("Canada", "Ukraine", None)
    assert placed_actor_name(doc, "country:FRA", None) == "France"


def test_a_slot_with_no_key_and_no_state_stays_empty():
    doc = _Doc()
    bare = _event(source_text="Canada", source_start=0, source_end=6)
    name_placed_actors(doc, bare)
    assert bare.target_text is None and "context places" not in (bare.explanation or "")


def test_a_recipient_placed_as_a_states_people_counts_as_an_actor():
    people = _event(source_text="Canada", source_key="country:CAN", target_acts_for="UKR", target_sector="CVL")
    assert event_confidence.features(people)["both_actors"] == 1.0
    nobody = _event(source_text="Canada", source_key="country:CAN")
    assert event_confidence.features(nobody)["both_actors"] == 0.0
