"""A person named by the weapon he carries is no equipment (task actorfix, s19): "a suicide bomber"
is the attacker (Phoenix agents: "suicide bomber" ~REB), while "a B-52 bomber" stays equipment.
Fixture sentences are from the demo corpus (examples/, af.mil) unless marked as a contrast."""

from __future__ import annotations

import pytest

from newsgraph.nlp.entities import find_mentions
from tests.nlp.linked_events import linked


def _equipment(base_nlp, text):
    return [m.text for m in find_mentions(base_nlp(text)) if m.type == "equipment"]


@pytest.mark.parametrize("text", [
    # af.mil (OSI eulogy)
    "More than 650 people mourned the six Airmen killed by a suicide bomber near Bagram Airfield, "
    "Afghanistan, Dec. 21.",
    # the plural (contrast, news style)
    "Two suicide bombers attacked the checkpoint on Sunday.",
])
def test_a_suicide_bomber_is_no_equipment(base_nlp, text):
    assert _equipment(base_nlp, text) == []


@pytest.mark.parametrize("text, equipment", [
    # aircraft named "bomber" keep the equipment kind (contrast, af.mil style)
    ("A B-52 bomber flew over South Korea.", "B-52 bomber"),
    ("Russia launched a strategic bomber toward the border.", "strategic bomber"),
    # another modifier before the same head is no person (contrast)
    ("The stealth bombers returned to Whiteman Air Force Base.", "stealth bombers"),
])
def test_aircraft_called_bombers_stay_equipment(base_nlp, text, equipment):
    assert _equipment(base_nlp, text) == [equipment]


def test_the_bomber_who_killed_is_no_equipment_source(nlp):
    text = ("More than 650 people mourned the six Airmen killed by a suicide bomber near Bagram Airfield, "
            "Afghanistan, Dec. 21.")
    events = [e for e in linked(nlp, text) if e.trigger == "killed"]
    assert [(e.type, e.source_text, e.source_key) for e in events] == [("ASSAULT", "suicide bomber", None)]
