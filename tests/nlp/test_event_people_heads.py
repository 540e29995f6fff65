"""People named by the head noun of an object phrase are its participant (events 0.7.430; issue 6,
a place or possessor taken as the participant): "the contributions of migrants to the strength of
the United States", "thousands of persons from Ukraine", "Russia's athletes". A plural noun of a
Phoenix sector's people heads the phrase; a state or place deeper in it, or its possessor, only
says whose the people are. Each with the near miss the rule must leave alone."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _targets(events, trigger):
    return [(e.target_text, e.target_acts_for, e.target_sector) for e in events if e.trigger.startswith(trigger)]


def test_people_an_object_noun_is_of_outrank_a_place_deeper_in_the_phrase(nlp):
    events = linked(nlp, "Both leaders praised the contributions of migrants to the economic growth of Canada and Chile.")
    # (which state the migrants are of is the linker's reading; the target is no longer a state)
    assert [(t, s) for t, _state, s in _targets(events, "praised")] == [("migrants", "CVL")], show(events)


def test_counted_people_from_a_state_are_the_recipient_not_the_state(nlp):
    events = linked(nlp, "Slovakia is welcoming thousands of persons from Ukraine.")
    found = _targets(events, "welcoming")
    assert found == [("persons from Ukraine", "UKR", "CVL")], show(events)


def test_a_possessor_of_people_says_whose_they_are(nlp):
    events = linked(nlp, "The ministry banned Belarus's athletes from the games.")
    found = _targets(events, "banned")
    assert found == [("Belarus's athletes", "BLR", "CVL")], show(events)


def test_a_possessor_of_a_thing_is_still_the_target(nlp):
    # near miss: "Belarus's exports" are a thing; the state they are of is the one acted on
    events = linked(nlp, "The ministry banned Belarus's exports of potash.")
    found = _targets(events, "banned")
    assert found and found[0][1] == "BLR" and found[0][0] == "Belarus", show(events)


def test_a_building_a_sector_serves_is_no_people(nlp):
    # near miss: Phoenix codes "hospitals" HLH, but a donated hospital is a thing, and the state
    # it goes to is the recipient
    events = linked(nlp, "The army donated four field hospitals to Honduras.")
    found = _targets(events, "donated")
    assert found and found[0][1] == "HND" and "hospitals" not in (found[0][0] or ""), show(events)


def test_the_doer_of_a_named_act_is_not_replaced_by_its_victims(nlp):
    # near miss: "for justice for the victims" is no phrase of the people's; the crimes' doer stays
    events = linked(nlp, "We call for an end to Syria's crimes and for justice for the many victims.")
    found = _targets(events, "call")
    assert found and found[0][1] == "SYR" and "victims" not in (found[0][0] or ""), show(events)
