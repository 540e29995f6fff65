"""Types by the PLOVER codebook (task types8, issue 6 kinds 1 and 11): a restriction one state or body
puts on another state is SANCTION, not COERCE; goods one firm supplies to another are no AID; agreeing
on a view ("agreed that diplomacy is the best way") is no AGREE; property destroyed is ASSAULT
'destroy', never 'seize'; a defensive or joint operation run alongside a partner is COOPERATE with
it; a trip toward a city with no host is no event. Sentences are written after demo-corpus ones
(examples/), with contrasts that keep the old reading."""

from __future__ import annotations

from tests.nlp.linked_events import coded, linked, show


def _of(events, trigger_start):
    return [e for e in events if e.trigger.lower().startswith(trigger_start)]


def test_measure_against_a_foreign_state_is_a_sanction(nlp):
    events = linked(nlp, "The Department of the Treasury acted today to prevent Iran from accessing its "
                         "reserves held abroad.")
    found = _of(events, "prevent")
    assert [(e.type, e.mode, e.target_key) for e in found] == [("SANCTION", "discontinue", "country:IRN")], show(events)


def test_sport_body_barring_a_state_is_a_sanction(nlp):
    events = linked(nlp, "We welcome the International Olympic Committee's decision to prevent Russia's "
                         "athletes from competing in the Games in Paris.")
    found = _of(events, "prevent")
    assert found and all((e.type, e.mode) == ("SANCTION", "discontinue") for e in found), show(events)


def test_blockade_of_a_foreign_state_is_not_made_a_sanction(nlp):
    events = linked(nlp, "Russian forces have blockaded Ukraine's ports since February.")
    assert not [e for e in events if e.type == "SANCTION"], show(events)


def test_views_agreed_on_are_no_agreement(base_nlp):
    events = coded(base_nlp, "The two presidents agreed that dialogue is the only way to settle the dispute.")
    assert not [e for e in events if e.type == "AGREE"], show(events)
    events = coded(base_nlp, "The ministers agreed on the importance of keeping channels of communication open, "
                             "to manage tensions between their two countries.")
    assert not [e for e in events if e.type == "AGREE"], show(events)


def test_agreeing_that_teams_will_act_stays_an_agreement(base_nlp):
    events = coded(base_nlp, "President Biden and Chancellor Scholz agreed that their teams will stay engaged "
                             "in the coming days.")
    assert [e.type for e in _of(events, "agree")] == ["AGREE"], show(events)


def test_property_destroyed_is_assault_destroy_not_seize(base_nlp):
    events = coded(base_nlp, "Last week a Russian missile destroyed a printing house in Kharkiv.")
    found = [e for e in events if e.type == "ASSAULT"]
    assert found and all(e.mode == "destroy" for e in found), show(events)


def test_supply_between_firms_is_no_aid(nlp):
    events = linked(nlp, "Since 2021, Sibtechnologia Limited Liability Company has provided microelectronics "
                         "to Radiozavod Joint Stock Company.")
    assert not [e for e in events if e.type == "AID"], show(events)


def test_defensive_operation_alongside_a_partner_is_cooperation(nlp):
    events = linked(nlp, "In January, cyber specialists from U.S. Cyber Command conducted defensive cyber "
                         "operations alongside Estonian Cyber Command personnel.")
    found = _of(events, "conducted")
    assert [(e.type, e.target_acts_for) for e in found] == [("COOPERATE", "EST")], show(events)


def test_defensive_operation_against_an_adversary_stays_force(nlp):
    events = linked(nlp, "Ukrainian forces conducted defensive operations against Russian troops near Kharkiv.")
    assert [e.type for e in _of(events, "conducted")] == ["ASSAULT"], show(events)


def test_trip_into_a_city_with_no_host_is_no_event(nlp):
    events = linked(nlp, "For about a week now, our diplomats have been making day trips into Kharkiv from "
                         "Poland, where they are currently based.")
    assert not [e for e in events if e.type in ("AGREE", "CONSULT")], show(events)
