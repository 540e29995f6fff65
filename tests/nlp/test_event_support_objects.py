"""What the verb "support" is done to decides its PLOVER type (task typefix, s18): SUPPORT is "only for
political, diplomatic, and non-material support"; keeping up a public service for someone (the converse
of COERCE 'withhold': "shut off power/internet/water/utilities") is material help, AID; commerce
supported (a sanctions-evasion network's trade) is an exchange, neither aid nor backing: no event.
Fixture sentences are from the demo corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


def _supported(nlp, text):
    events = _events(nlp, text)
    return [e for e in events if "support" in e.trigger.lower()], events


def test_access_to_a_public_service_supported_is_aid(nlp):
    # State Department fact sheet on U.S. cyber assistance to Ukraine
    text = ("Leading up to and during Russia's unprovoked and illegal further invasion of Ukraine, the United "
            "States is supporting Ukraine's continued access to the Internet and to enhance Ukraine's cyber "
            "defenses.")
    found, events = _supported(nlp, text)
    assert found and all(e.type == "AID" and e.target_text == "Ukraine" for e in found), _explain(events)
    assert not [e for e in events if e.type == "SUPPORT"], _explain(events)


@pytest.mark.parametrize("text", [
    # State Department designations of Iranian petroleum trade networks
    "These entities, located in Iran, Vietnam, Singapore, the United Arab Emirates (UAE), and Hong Kong, have "
    "supported Iranian energy trade generating millions of dollars' worth of illicit revenue.",
    "The network used front companies to effectuate international transactions and evade sanctions, supporting "
    "the sale of Iranian petrochemical products to customers in East Asia.",
])
def test_commerce_supported_is_no_event(nlp, text):
    found, events = _supported(nlp, text)
    assert not found, _explain(events)


@pytest.mark.parametrize("text, target", [
    # verbal backing stays SUPPORT (State Department statements)
    ("We support the energy security of Ukraine and Central and Eastern Europe.", "Ukraine"),
    ("The United States supports the people of Cuba in their brave call for freedom.", "people of Cuba"),
])
def test_backing_a_cause_or_people_stays_support(nlp, text, target):
    found, events = _supported(nlp, text)
    assert found and all(e.type == "SUPPORT" for e in found), _explain(events)
    assert target in {e.target_text for e in found}, _explain(found)


@pytest.mark.parametrize("text", [
    "The United States will support the energy security of Ukraine and Central and Eastern Europe.",
    "The United States will support the energy security of Central and Eastern Europe and Ukraine.",
])
def test_a_region_conjoined_with_a_state_leaves_one_event_in_either_order(nlp, text):
    # review 34 finding 3: the region's copy (its target cleared) goes whichever conjunct comes first
    events = _events(nlp, text)
    assert [(e.type, e.target_text) for e in events] == [("AGREE", "Ukraine")], _explain(events)


@pytest.mark.parametrize("text", [
    "Secretary Blinken will visit Central and Eastern Europe next week.",
    "Secretary Blinken will make a trip to Central and Eastern Europe next week.",
])
def test_a_trip_to_an_unplaced_place_is_no_targetless_visit(nlp, text):
    # review 34 finding 3: a trip to a place with no host is rejected (``_trip_to_place``), not kept
    # with its target cleared by the region check
    events = _events(nlp, text)
    assert not events, _explain(events)
