"""Aid to people in flight named by "those" and a clause of flight (events 0.7.146, linking 0.3.75;
issue 6, recipient named but missed): "assistance to those who have fled Venezuela", "hosting those
fleeing Ukraine". PLOVER AID's target is the recipient; the people in flight are REF (Phoenix
REFUGEE ~REF) of the state they fled, when the clause names it as the place fled. Each with the
near miss the rule must leave alone."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _aid(events, trigger):
    return [(e.target_text, e.target_key, e.target_acts_for, e.target_sector)
            for e in events if e.type == "AID" and e.trigger.startswith(trigger)]


def test_aid_to_those_who_fled_a_state_reaches_its_refugees(nlp):
    events = linked(nlp, "Colombia has provided temporary protection to those who fled Venezuela.")
    assert _aid(events, "provided") == [("those who fled Venezuela", None, "VEN", "REF")], show(events)


def test_those_fleeing_as_the_object_of_a_refuge_verb(nlp):
    # the place fled gives the state, never the key: the recipient is the people, not Ukraine
    events = linked(nlp, "Moldova is hosting those fleeing Ukraine.")
    assert _aid(events, "hosting") == [("those fleeing Ukraine", None, "UKR", "REF")], show(events)


def test_a_war_fled_names_no_state_of_the_people(nlp):
    # "Russia's war": the possessor waged the war; the people who fled it are not Russia's
    events = linked(nlp, "Several countries have provided safe haven for those who have fled from Russia's war.")
    found = _aid(events, "provided")
    assert found and all(t == (found[0][0], None, None, "REF") for t in found), show(events)
    assert found[0][0].startswith("those who have fled"), show(events)


def test_those_without_a_clause_of_flight_stay_no_recipient(nlp):
    # "those who need it", "those seeking to undermine democracy": no people in flight, no actor named
    events = linked(nlp, "Relief workers deliver care to those who need it.")
    assert all(e.target_text is None for e in events if e.type == "AID"), show(events)
    events = linked(nlp, "The United States will impose costs on those seeking to undermine democracy in Sudan.")
    assert all(e.target_sector != "REF" for e in events), show(events)


def test_aid_to_people_of_a_sector_is_their_aid(nlp):
    # events 0.7.178 (issue 6, AID with no recipient): "to migrants" names people of a Phoenix
    # sector (agents: migrants CVL) the aid goes to, though the place after them is the giver's own
    events = linked(nlp, "Panama is offering Temporary Protected Status to migrants in Panama.")
    found = _aid(events, "offering")
    assert found and found[0][0].startswith("migrants") and found[0][3] == "CVL", show(events)
