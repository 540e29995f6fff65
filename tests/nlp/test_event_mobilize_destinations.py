"""Where forces are sent names whom a mobilisation is directed at (PLOVER MOBILIZE): the
destination of the infinitive an order or dispatch of forces takes ("ordered troops to deploy
into X": English object control, the troops deploy), and a part of a place "the ... regions of X",
whose state X is the target whatever name the part has. Invented sentences; contrasts must stay."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


@pytest.mark.parametrize("text, target", [
    # the destination of the ordered forces' infinitive
    ("Moscow has ordered troops to deploy to Georgia.", "Georgia"),
    ("Russia has ordered troops to deploy into the so-called eastern regions of Moldova.", "Moldova"),
    # a named part of a place: the state whose part it is
    ("Russia deployed troops into the Narva and Ida regions of Estonia.", "Estonia"),
    ("Russia has ordered troops to deploy into the so-called Narva and Ida regions of Estonia.", "Estonia"),
    # contrast: a direct destination stays as it was
    ("Russia deployed troops to Belarus.", "Belarus"),
])
def test_mobilisation_destination_state_is_the_target(base_nlp, text, target):
    events = coded(base_nlp, text, "MOBILIZE")
    assert events and all(e.target_text == target for e in events), explain(events)


@pytest.mark.parametrize("text", [
    # contrasts: a capital or a base may be the forces' own ground; their own regions name no one else
    "Russia has ordered troops to deploy into Moscow.",
    "Russia ordered troops to return to their bases.",
    "Russia has ordered troops to deploy to its western regions.",
])
def test_own_ground_destination_names_no_target(base_nlp, text):
    events = coded(base_nlp, text, "MOBILIZE")
    assert events and all(e.target_text is None for e in events), explain(events)


def test_money_mobilized_into_a_states_sector_sends_no_force(base_nlp):
    # a place inside the phrase of the thing mobilized says where money goes, not whom a force is
    # directed at (the "in" of an investment links a recipient only for aid); contrast: forces
    # deployed in a state's regions keep the state
    money = coded(base_nlp, "The two ministers reviewed areas where Canada and Chile can strengthen their cooperation, "
                  "including on mobilizing private sector investment in Chile's mining and energy sectors.", "MOBILIZE")
    assert money == [], explain(money)
    forces = coded(base_nlp, "Russia deployed troops in Chile's northern regions.", "MOBILIZE")
    assert [e.target_text for e in forces] == ["Chile"], explain(forces)
