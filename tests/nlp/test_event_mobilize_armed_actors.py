"""PLOVER MOBILIZE is "all military or police moves that fall short of the actual use of force",
by militaries or "any organized armed groups"; "mobilizing supporters to demonstrate" is PROTEST;
"mobilizing weapons, ships, or vehicles" is mode 'weapons', police units 'police', a non-state armed
group 'militia' (Stop 50, check armed-actor). Invented sentences; contrasts must stay."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain, linked


def _mobilized(nlp, text):
    return [e for e in linked(nlp, text) if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    # civilians mobilized by a party: no force moved (the participle belongs to the noun before it)
    "Local officers stood by while unruly mobs mobilized by the mayor roamed the streets.",
    "Violent mobs were mobilized by the ruling party leader in the capital.",
    # a civic mobilization organized by a group of media people
    "A group of bloggers organized a mobilization in Chile against the new tax.",
    # supporters mobilized (the codebook's own PROTEST example), through a quantity head
    "The ruling party mobilized thousands of supporters to demonstrate against the court ruling.",
    # a civilian plane flying into weather moves no force
    "The airliner, with 120 passengers on board, was damaged when it flew into a hailstorm over Spain.",
])
def test_unarmed_mobilization_is_no_mobilize(nlp, text):
    events = _mobilized(nlp, text)
    assert events == [], explain(events)


@pytest.mark.parametrize("text, mode", [
    ("China deployed warships near the disputed islands.", "weapons"),
    ("Russian fighter jets flew into Estonian airspace on Tuesday.", "weapons"),
    ("A Russian reconnaissance plane violated Norwegian airspace twice last week.", "weapons"),
    ("The police deployed riot units to the square.", "police"),
    ("The militia mobilized its fighters near the town.", "militia"),
])
def test_mode_follows_what_is_mobilized(nlp, text, mode):
    events = _mobilized(nlp, text)
    assert events and all(e.mode == mode for e in events), explain(events)


@pytest.mark.parametrize("text", [
    # contrasts: forces mobilized, or a state mobilizing with nothing named, stay 'troops'
    "Russia has massed 100,000 troops along the border with Georgia.",
    "The army mobilized reservists after the border clash with India.",
    # troops named beside the ships and aircraft: troops ("unless there's a separate mention of troops")
    "China deployed troops, warships and aircraft near the disputed islands.",
    # a state or armed group mobilizing generic person nouns (Phoenix CVL for want of a sector): troops
    "Belarus mobilized 50,000 men after the vote.",
    "The navy deployed 300 men to the island.",
    "Armenia mobilized its citizens to defend the border.",
    # people a state enlists join its forces (PLOVER militia is "any non-state entity")
    "Iran mobilized convicts from its jails to fight in Syria.",
    # military police are the military's
    "Turkey deployed military police to the border town.",
])
def test_forces_mobilized_stay_troops(nlp, text):
    events = _mobilized(nlp, text)
    assert events and all(e.mode == "troops" for e in events), explain(events)


def test_an_armed_group_mobilizing_men_stays_mobilize(nlp):
    events = _mobilized(nlp, "The rebel militia deployed dozens of men to the village.")
    assert events and all(e.mode == "militia" for e in events), explain(events)
