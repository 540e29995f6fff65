"""A verb read in its surface sense, not the act (task senses3): an appointment verb whose object
is a role to fill is no sanction designation (PETRARCH2 NAME block: DESIGNATE + ENVOY /
AMBASSADOR are appointments); "set up" with no joint body is no cooperation (PETRARCH2 CONSTRUCT
block: +SET_UP [---]); an act inside "look forward to" is a hope, not asserted. Contrasts keep a
sanction designation and a joint body set up. Sentences after the demo corpus (examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


@pytest.mark.parametrize("text, trigger", [
    # TSA security directive (White House fact sheet): a role the operators must fill
    ("Under this directive, pipeline owners and operators are required to report cybersecurity incidents to "
     "CISA and to designate a Cybersecurity Coordinator, to be available 24 hours a day.", "designat"),
    ("Each agency will designate a senior official to lead the review.", "designat"),
    # a field hospital set up is no cooperation with the hospital (af.mil history)
    ("During Operation Desert Shield, Col. Carlton set up the 1,200-bed Air Force 1702nd Contingency "
     "Hospital near Riyadh.", "set up"),
    ("A website, President Obama to Speak in Morocco, was even set up for that purpose.", "set up"),
    # a hope for cooperation to come (State Department readout)
    ("The Secretary emphasized that the United States looks forward to expanding space cooperation with "
     "international and commercial partners.", "expand"),
])
def test_surface_sense_is_no_event(nlp, text, trigger):
    events = [e for e in _events(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert not events, _explain(events)


@pytest.mark.parametrize("text, trigger, event_type", [
    # contrast: designating people for sanctions stays SANCTION, role nouns included
    ("Once the Secretary of State designates officials of foreign governments for their involvement in "
     "significant corruption, those individuals will be ineligible for entry into the United States.",
     "designat", "SANCTION"),
    ("The Department of State is designating one maritime engineering company that works with Rosneft.",
     "designat", "SANCTION"),
    # contrast: cooperation asserted, not hoped for
    ("The United States and Brazil expanded space cooperation with a new agreement.", "expand", "COOPERATE"),
])
def test_real_act_keeps_its_event(nlp, text, trigger, event_type):
    events = [e for e in _events(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert any(e.type == event_type for e in events), _explain(_events(nlp, text))


def test_the_world_sending_a_signal_demands_nothing(nlp):
    # State Department statement on a UN vote: "the world" is everyone, no identifiable demander
    text = ("The world is sending another clear signal that Russia must immediately cease its war of "
            "aggression against Ukraine.")
    demands = [e for e in _events(nlp, text) if e.type == "DEMAND"]
    assert not demands, _explain(demands)


def test_a_named_sender_of_the_signal_keeps_its_demand(nlp):
    # contrast: the G7 sends the message, its demand on Russia stays
    text = "The G7 sent a clear message that Russia must withdraw its forces from Ukraine."
    demands = [e for e in _events(nlp, text) if e.type == "DEMAND"]
    assert demands and all(e.target_text == "Russia" for e in demands), _explain(_events(nlp, text))
