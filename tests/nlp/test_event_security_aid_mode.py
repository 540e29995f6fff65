"""AID to a state's armed or police force is military aid (linking 0.3.837): PLOVER AID lists
"military and police assistance including arms and personnel" as one kind of aid and CAMEO 072
"provide military aid" gives the AID mode military (CAMEO2PLOVER-2021), so vehicles, money,
support or advisers given to a police force, an army or security forces take mode military,
whatever CAMEO's verb default ("donate", "provide + $ million": economic) or no mode; a kind the
text names outright ("economic aid", "humanitarian aid") stays, as does aid to a civilian body.
And a rescue's ship or troops sent (events 0.8.151: "a warship was deployed to retrieve them") are
the rescuer's means, never the aid's recipient. Sentences are invented for the task."""

from __future__ import annotations

from tests.nlp.linked_events import coded, explain, linked


def _aid(nlp, text):
    events = linked(nlp, text)
    return events, [e for e in events if e.type == "AID"]


def test_vehicles_delivered_to_a_national_police_are_military_aid(nlp):
    events, found = _aid(nlp, "The United States has delivered 50 new trucks to the Liberian National Police.")
    assert found and all(e.mode == "military" for e in found), explain(events)


def test_trucks_donated_to_an_army_are_military_aid(nlp):
    # "donate" reads economic by default (plover_triggers.yaml); the army recipient outranks it
    events, found = _aid(nlp, "Canada has donated 30 pickup trucks to the Senegalese army.")
    assert found and all(e.mode == "military" for e in found), explain(events)


def test_support_to_security_forces_is_military_aid(nlp):
    events, found = _aid(nlp, "The European Union provided support to the Malian security forces last year.")
    assert found and all(e.mode == "military" for e in found), explain(events)


def test_money_to_a_police_force_is_military_aid(nlp):
    events, found = _aid(nlp, "Japan has provided $40 million in assistance to strengthen the Kenyan police.")
    assert found and all(e.mode == "military" for e in found), explain(events)


def test_adviser_deployed_to_a_police_force_is_military_aid(nlp):
    events, found = _aid(nlp, "The ministry is deploying an adviser to the Liberian National Police.")
    assert found and all(e.mode == "military" for e in found), explain(events)


def test_trucks_donated_to_a_civilian_ministry_keep_their_mode(nlp):
    events, found = _aid(nlp, "Canada has donated 30 pickup trucks to the Senegalese health ministry.")
    assert found and all(e.mode == "economic" for e in found), explain(events)


def test_named_humanitarian_aid_to_an_army_stays_humanitarian(nlp):
    events, found = _aid(nlp, "Japan provided humanitarian aid to the Pakistani army for flood victims.")
    assert found and all(e.mode == "humanitarian" for e in found), explain(events)


def test_named_economic_aid_to_a_police_force_stays_economic(nlp):
    events, found = _aid(nlp, "Japan has provided $40 million in economic assistance to the Kenyan police.")
    assert found and all(e.mode == "economic" for e in found), explain(events)


RESCUE = ("Colonel Ahmad Rizal, a spokesman for the Malaysian navy, said villagers first saw the refugees "
          "and a warship was deployed to retrieve them.")


def test_ship_sent_on_a_rescue_is_no_recipient(nlp):
    events = linked(nlp, RESCUE)
    assert not [e for e in events if e.type == "AID" and "warship" in (e.target_text or "")], explain(events)
    found = [e for e in coded(nlp, RESCUE) if e.type == "AID"]
    assert found and all("warship" not in (e.target_text or "") for e in found), explain(found)
    assert any("refugees" in (e.target_text or "") for e in found), explain(found)


def test_teams_sent_to_build_capacity_stay_no_recipient(nlp):
    # what is sent is the aid itself, not its recipient (events 0.8.x), unchanged
    text = "Several mobile justice teams were deployed to Guatemala to increase the capacity of the courts."
    found = [e for e in linked(nlp, text) if e.type == "AID"]
    assert all("teams" not in (e.target_text or "") for e in found), explain(found)
