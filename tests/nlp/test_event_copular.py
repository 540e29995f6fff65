"""Descriptions stored as events (task copular, s16): a standing relation named by an event noun
under a copula ("the partnership ... is vital", check not-evaluation) and a simple-present passive
with its agent ("is supported by", check not-standing-passive) describe their subject; no act
happens. Fixture sentences are from the demo corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


@pytest.mark.parametrize("text, trigger", [
    # State Department remarks on Colombia: COOPERATE at 0.77
    ("The partnership between the United States and Colombia is absolutely vital.", "partnership"),
    # contrast wording: the relation noun under "remain"
    ("Our alliance with Japan remains strong.", "alliance"),
    # State Department release on Peru: COOPERATE at 0.77 (a relation noun as subject of a change-of-state verb)
    ("Cooperation between the United States and Peru has improved public health, livelihoods, security, and "
     "environmental protections in both our countries and throughout the region.", "cooperation"),
    # task wording (s17 smallkinds)
    ("Cooperation between the United States and Peru has improved significantly.", "cooperation"),
    # INL/GCJ release: SUPPORT at 0.95
    ("The ACA is supported by the U.S. State Department's Office of Global Criminal Justice (GCJ) and "
     "Bureau of International Narcotics and Law Enforcement Affairs (INL).", "support"),
])
def test_a_described_relation_is_no_event(base_nlp, text, trigger):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger.lower()]
    assert not events, show(events)


@pytest.mark.parametrize("text, trigger, event_type", [
    # contrast: a dated passive act keeps its event
    ("The agreements were signed by Russia in 2015.", "signed", "SUPPORT"),
    # contrast: a relation noun as the object of an act
    ("The United States and Colombia launched a new partnership on security.", "partnership", "COOPERATE"),
    # contrast: the actors as subject deepen their cooperation (the noun is the object)
    ("The United States and Peru deepened their cooperation on security.", "cooperation", "COOPERATE"),
])
def test_an_enacted_relation_keeps_the_event(base_nlp, text, trigger, event_type):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger.lower()]
    assert any(e.type == event_type for e in events), show(coded(base_nlp, text))


@pytest.mark.parametrize("text", [
    # State Department remarks on China: COOPERATE at 0.92
    "Last year, despite the pandemic, we issued more than 100,000 visas to Chinese students in just four months.",
    # White House fact sheet on migration: COOPERATE at 0.92
    "Mexico has issued over 17,500 temporary visas to individuals seeking international protection.",
])
def test_a_count_of_visas_issued_is_no_event(base_nlp, text):
    events = [e for e in coded(base_nlp, text) if "issue" in e.trigger.lower()]
    assert not events, show(events)
