"""A stance told in the future (Stop 48, events 0.8.188): a solidarity idiom ("stand with X", "stand
by X": event_detection.yaml held_stance_idioms) under a bare "will" tells a disposition held now
and voiced by the statement, as "will continue to stand with X" and "will always stand with X" do:
SUPPORT, asserted, not a promise of a later act. A transfer or a new cooperative act under "will"
stays a promise (AGREE, planned), as do a frame verb ("plans to"), a negation, a condition, a
modal of possibility and a stance put on a told day. Sentences are my own, in the style of the demo
releases (examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


def _rows(events, trigger_start):
    return [(e.type, e.status, e.source_text, e.target_text) for e in events if e.trigger.startswith(trigger_start)]


@pytest.mark.parametrize("text, source, target", [
    ("The United States will stand with the people of Moldova until they prevail.", "United States",
     "people of Moldova"),
    ("We will stand by our allies in the face of aggression.", "We", "our allies"),
    ("Canada will stand with Moldova for years to come.", "Canada", "Moldova"),
    ("We will stand united with Moldova.", "We", "Moldova"),
    # an object pronoun is a party (coreference may resolve it)
    ("We will stand by them as long as it takes.", "We", None),
])
def test_a_solidarity_idiom_under_will_is_support_voiced_now(nlp, text, source, target):
    found = linked(nlp, text)
    assert _rows(found, "stand") == [("SUPPORT", "asserted", source, target)], show(found)


def test_will_continue_to_stand_with_is_unchanged(nlp):
    found = linked(nlp, "The United States will continue to stand with the people of Moldova.")
    assert _rows(found, "continue") == [("SUPPORT", "asserted", "United States", "people of Moldova")], show(found)


@pytest.mark.parametrize("text, start, mode", [
    ("We will provide Moldova with humanitarian assistance.", "provide", "aid:humanitarian"),
    ("We'll support Moldova with $20 million in aid.", "support", "aid:economic"),
])
def test_a_transfer_under_will_stays_a_promise(nlp, text, start, mode):
    found = [e for e in linked(nlp, text) if e.trigger.startswith(start)]
    assert [(e.type, e.mode, e.status) for e in found] == [("AGREE", mode, "planned")], show(found)


def test_a_transfer_beside_a_future_stance_stays_a_promise(nlp):
    found = linked(nlp, "The United States will stand with Moldova, and Canada will provide aid to Moldova.")
    assert _rows(found, "stand") == [("SUPPORT", "asserted", "United States", "Moldova")], show(found)
    assert _rows(found, "provide") == [("AGREE", "planned", "Canada", "Moldova")], show(found)


@pytest.mark.parametrize("text, start, expected", [
    # a frame verb of planning: the stance is to come
    ("The United States plans to stand with Moldova.", "plans", ("AGREE", "planned")),
    # a condition: only if it holds
    ("If the junta attacks Moldova, we will stand with Moldova.", "stand", ("AGREE", "hypothetical")),
    ("The United States would stand with Moldova if it applied.", "stand", ("SUPPORT", "hypothetical")),
    # a negation
    ("We will never stand with the junta.", "stand", ("SUPPORT", "negated")),
    # an appearance on a told day is an occasion to come
    ("The president will stand with the mayor tomorrow.", "stand", ("AGREE", "planned")),
    ("The president will stand with the mayor at the ceremony on Monday.", "stand", ("AGREE", "planned")),
    # (events 0.8.190) an appearance at an occasion, undated: to come
    ("Canada will stand with Moldova at the summit in Chisinau.", "stand", ("AGREE", "planned")),
    # keeping a commitment backs no party: a promise
    ("The government will stand by its commitments to Moldova.", "stand", ("AGREE", "planned")),
])
def test_a_stance_idiom_framed_conditioned_negated_or_dated_keeps_its_reading(nlp, text, start, expected):
    found = linked(nlp, text)
    assert [r[:2] for r in _rows(found, start)] == [expected], show(found)
