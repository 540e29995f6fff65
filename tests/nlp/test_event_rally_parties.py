"""Rallying parties and appeals to no one (Stop 49, issue 6): a rally of actors for no one named
is diplomatic cooperation built with the rallied (CAMEO 050, PLOVER SUPPORT), so the rallied are
its recipient; a rally of no party for no one ("the world") is no event; the subject's own side
rallied, or a rally behind a thing, names no recipient (review 49b #6); an appeal whose only
addressee is an indefinite word ("others") keeps its event with no target (PLOVER REQUEST
"Requires recipient: No"); a gathering held by one party is no meeting unless its noun names who
attends (review 49b #4). All sentences are invented."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain, linked


def _by(nlp, text, stem):
    events = linked(nlp, text)
    return [e for e in events if e.trigger.lower().startswith(stem)], events


def test_rallied_nations_are_the_recipient_when_no_one_is_rallied_for(nlp):
    found, events = _by(nlp, "Canada rallied 30 nations to back a resolution.", "rall")
    assert [(e.type, e.source_key, e.target_text) for e in found] == [
        ("SUPPORT", "country:CAN", "30 nations")], explain(events)


def test_mobilized_partners_are_the_recipient(nlp):
    found, events = _by(nlp, "Sweden mobilized its partners to stand up support quickly.", "mobili")
    assert [(e.type, e.source_key, e.target_text) for e in found] == [
        ("SUPPORT", "country:SWE", "its partners")], explain(events)


def test_a_party_rallied_against_is_no_recipient_of_the_support(nlp):
    found, events = _by(nlp, "France rallied its allies against Iran.", "rall")
    assert [(e.type, e.target_text) for e in found] == [("SUPPORT", "its allies")], explain(events)


def test_the_one_rallied_for_stays_the_target(nlp):
    # contrast: a purpose of support names the beneficiary, which stays the target
    found, events = _by(nlp, "Germany rallied European governments to support Moldova.", "rall")
    assert [(e.type, e.target_key) for e in found] == [("SUPPORT", "country:MDA")], explain(events)


def test_world_rallied_behind_a_party_targets_that_party(nlp):
    found, events = _by(nlp, "Australia rallied the world behind Fiji.", "rall")
    assert [(e.type, e.target_key) for e in found] == [("SUPPORT", "country:FJI")], explain(events)


def test_world_rallied_for_no_one_is_no_event(nlp):
    found, events = _by(nlp, "Australia has rallied the world in response.", "rall")
    assert not found, explain(events)


def test_appeal_to_others_keeps_its_event_with_no_target(nlp):
    # PLOVER REQUEST "Requires recipient: No": no one named is asked, the appeal stays (review 49b)
    found, events = _by(nlp, "We ask others to join this effort.", "ask")
    assert [(e.type, e.target_text) for e in found] == [("DEMAND", None)], explain(events)


def test_own_side_rallied_behind_a_thing_is_no_recipient(nlp):
    # review 49b #6: "his party" is the subject's own side, "the bill" no actor
    found, events = _by(nlp, "The governor rallied his party behind the budget.", "rall")
    assert all(e.target_text is None for e in found), explain(events)


def test_own_side_rallied_is_no_recipient(nlp):
    # (the own side rallied for no one: no party on either side, no event)
    # review 49b #6: the subject's own members rallied, no other party
    found, events = _by(nlp, "The chancellor rallied his party on Sunday.", "rall")
    assert all(e.target_text is None for e in found), explain(events)


def test_own_side_rallied_behind_a_party_targets_that_party(nlp):
    # contrast: a party named behind stays the one rallied for
    found, events = _by(nlp, "The chancellor rallied his party behind Ukraine.", "rall")
    assert [(e.type, e.target_key) for e in found] == [("SUPPORT", "country:UKR")], explain(events)


def test_relational_own_side_rallied_stays_the_recipient(nlp):
    # contrast: "our partners" names other parties (a relational head), not the subject's own side
    found, events = _by(nlp, "We rallied our partners.", "rall")
    assert [(e.type, e.target_text) for e in found] == [("SUPPORT", "our partners")], explain(events)


def test_a_thing_rallied_behind_names_no_recipient(nlp):
    # review 49b #6: a non-actor "behind" object means no one is rallied for, not the rallied
    found, events = _by(nlp, "Canada rallied 30 nations behind the resolution.", "rall")
    assert all(e.target_text is None for e in found), explain(events)


def test_appeal_to_a_named_party_and_others_keeps_the_named_one(nlp):
    # contrast: a named conjunct is the addressee
    found, events = _by(nlp, "We ask Canada and others to join this effort.", "ask")
    assert [(e.type, e.target_key) for e in found] == [("DEMAND", "country:CAN")], explain(events)


def test_appeal_to_described_others_stays(nlp):
    # contrast: a modifier says who is meant ("other members of the alliance")
    found, events = _by(nlp, "We ask all other members of the alliance to join this effort.", "ask")
    assert [e.type for e in found] == ["DEMAND"] and found[0].target_text, explain(events)


def test_meeting_convened_by_one_party_with_no_one_met_is_no_event(nlp):
    found, events = _by(nlp, "Convened by Norway, the donor conference will weigh the cost of rebuilding.", "conven")
    assert not [e for e in found if e.type == "CONSULT"], explain(events)


def test_forum_hosted_with_no_guest_party_is_no_event(nlp):
    found, events = _by(nlp, "The Ministry of Economy of Chile hosted a forum on trade in Santiago.", "host")
    assert not [e for e in found if e.type == "CONSULT"], explain(events)


def test_meeting_convened_with_named_attendees_stays(nlp):
    # contrast: the attendees of the meeting are the party met
    found, events = _by(nlp, "Canada convened a meeting of foreign ministers.", "conven")
    assert [(e.type, e.target_text) for e in found] == [("CONSULT", "foreign ministers")], explain(events)


def test_gathering_whose_noun_names_its_attendees_stays(nlp):
    # review 49b #4: a named body's compound ("the NATO summit") names who attends
    found, events = _by(nlp, "Portugal hosted the NATO summit in Lisbon.", "host")
    assert found and all(e.type == "CONSULT" for e in found), explain(events)


def test_ministerial_meeting_convened_stays(nlp):
    # review 49b #4: a ministerial meeting convened by a state convenes other states' ministers
    found, events = _by(nlp, "Japan convened a ministerial meeting on Sudan.", "conven")
    assert found and all(e.type == "CONSULT" for e in found), explain(events)


def test_guest_hosted_stays(nlp):
    # contrast: a guest party hosted
    found, events = _by(nlp, "Spain hosted the Moroccan foreign minister in Madrid.", "host")
    assert [e.type for e in found] == ["CONSULT"] and found[0].target_key == "country:ESP", explain(events)


@pytest.mark.parametrize("text", [
    "Chile hosted a regional ministerial on energy with trade ministers from nine countries.",
    "Kenya hosted a summit with the leaders of Uganda and Tanzania.",
])
def test_a_hosted_gathering_with_its_attendees_in_a_with_phrase_is_kept(nlp, text):
    # the "with" phrase (on the gathering or its verb) and "ministerial" as the noun name attendees
    found, events = _by(nlp, text, "host")
    assert found and all(e.type == "CONSULT" for e in found), explain(events)
