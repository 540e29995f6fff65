"""An act one is still waiting to do follows the wait and is not done: the "to" infinitive of a
progressive, present or modal "wait" is no event (events 0.8.170, event_detection.yaml
awaiting_verbs), as the complement of "hope to" or "expect to" is none."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


@pytest.mark.parametrize("text, word", [
    ("Syrian troops are waiting to attack the border town.", "attack"),
    ("Syrian troops have been waiting to attack the border town for a week.", "attack"),
    ("The Syrian minister is waiting to meet the Turkish envoy.", "meet"),
    # a conjunct of the awaited infinitive is awaited too
    ("The Syrian minister is waiting to thank the Turks and meet the Turkish envoy.", "meet"),
    # under a belief in the writer's own voice, still awaited
    ("He has said nothing, all the more reason to think the Syrian minister is waiting to meet the "
     "Turkish envoy.", "meet"),
])
def test_an_act_still_awaited_is_no_event(nlp, text, word):
    events = [e for e in coded(nlp, text) if word in e.trigger]
    assert not events, show(events)


@pytest.mark.parametrize("text, event_type, status", [
    # the act done while others wait is told
    ("Syrian troops attacked the border town while Turkish envoys waited.", "ASSAULT", "asserted"),
    # an intention stays the planned act it was
    ("The Syrian minister is planning to meet the Turkish envoy.", "AGREE", "planned"),
])
def test_acts_beside_a_wait_are_unchanged(nlp, text, event_type, status):
    events = coded(nlp, text, event_type)
    assert events and all(e.status == status for e in events), show(events)
