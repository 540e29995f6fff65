"""Targets a held gathering or a protest's purpose names (events 0.7.340, linking 0.3.165; issue 6,
a main actor missing although the sentence names it):

- a gathering convened, hosted or taken part in is "of" the people who meet ("convened a meeting
  of foreign ministers"): they are the CONSULT's other party (a hosted one's visitors, PLOVER);
- a joint body or gathering named by a pair of states ("the India-U.S. Working Group", "the
  U.S.-Brazil Energy Forum") has the pair as its parties, so the host meets the other one;
- a demonstration held "to denounce / decry / oppose X" is aimed at X (PLOVER PROTEST's target).

Each with the near miss the rule must leave alone."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _consult(events):
    return [(e.source_text, e.target_text, e.target_key, e.mode) for e in events if e.type == "CONSULT"]


def test_a_meeting_convened_of_people_has_them_as_the_other_party(nlp):
    events = linked(nlp, "Last week the United States convened a meeting of foreign ministers to discuss food security.")
    assert _consult(events) == [("United States", "foreign ministers", None, None)], show(events)


def test_the_visitors_of_a_hosted_meeting_meet_the_host(nlp):
    # PLOVER CONSULT: the visitor is the actor, the host the recipient
    events = linked(nlp, "Poland hosted a meeting of NATO defense ministers in Warsaw.")
    found = _consult(events)
    assert len(found) == 1 and found[0][0].startswith("NATO defense ministers"), show(events)
    assert found[0][1:] == ("Poland", "country:POL", "visit"), show(events)


def test_the_states_listed_for_a_summit_are_each_met(nlp):
    events = linked(nlp, "The Prime Minister of Canada took part in the summit of the G3 countries – Mexico, Chile and Peru.")
    assert sorted(e.target_key for e in events if e.type == "CONSULT") == \
        ["country:CHL", "country:MEX", "country:PER"], show(events)


def test_a_named_body_meeting_under_its_members_is_no_party(nlp):
    # the members convene their own body's meeting: they meet each other, not the body
    events = linked(nlp, "On June 2, Canada and Mexico convened the second meeting of the Energy Working Group.")
    assert {e.target_key for e in events if e.type == "CONSULT"} <= {"country:CAN", "country:MEX"}, show(events)
    assert not any("Working Group" in (e.target_text or "") for e in events), show(events)


def test_a_summit_named_for_a_place_has_no_attendee(nlp):
    events = linked(nlp, "Mexico hosted the Summit of the Americas in 2022.")
    assert [e.target_text for e in events if e.type == "CONSULT"] == [None], show(events)


def test_a_working_group_of_a_pair_of_states_is_met_by_its_host(nlp):
    events = linked(nlp, "Mexico hosted the first meeting of the U.S.-Mexico Security Group in Mexico City.")
    assert [(e.source_key, e.target_key) for e in events if e.type == "CONSULT"] == \
        [("country:MEX", "country:USA")], show(events)
    events = linked(nlp, "Brazil hosted the U.S.-Brazil Energy Forum in Rio.")
    assert [(e.source_key, e.target_key) for e in events if e.type == "CONSULT"] == \
        [("country:BRA", "country:USA")], show(events)


def test_a_relationship_of_a_pair_of_states_names_no_party(nlp):
    # a partnership is a relation, no joint body or gathering (actor_heads.yaml)
    events = linked(nlp, "Brazil hosted a reception on the U.S.-Brazil Partnership in Rio.")
    assert all(e.target_key != "country:USA" for e in events if e.type == "CONSULT"), show(events)


def test_a_demonstration_to_denounce_a_party_is_aimed_at_it(nlp):
    events = linked(nlp, "Thousands of Iranians took to the streets to denounce the regime's crackdown.")
    found = [(e.target_text, e.target_key) for e in events if e.type == "PROTEST"]
    assert found == [("regime", "country:IRN")], show(events)
    events = linked(nlp, "Hundreds of farmers marched in Delhi to decry the government's new laws.")
    assert [e.target_text for e in events if e.type == "PROTEST"] == ["government"], show(events)


def test_a_demonstration_for_a_cause_names_no_target(nlp):
    events = linked(nlp, "Thousands of Cubans took to the streets to demand their freedoms.")
    assert [e.target_text for e in events if e.type == "PROTEST"] == [None], show(events)


def test_the_place_of_a_meeting_is_no_part_of_its_attendees(nlp):
    # review 36a item 7: "in Washington" / "in London" is where the ministers meet, not which ones
    events = linked(nlp, "The President hosted a meeting of foreign ministers in Washington.")
    assert [e.source_text for e in events if e.type == "CONSULT"] == ["foreign ministers"], show(events)
    events = linked(nlp, "Secretary Blinken attended a meeting of G7 foreign ministers in London.")
    assert [e.target_text for e in events if e.type == "CONSULT"] == ["G7 foreign ministers"], show(events)
