"""events 0.7.580: mends of code review 37a (own sentences)."""

from __future__ import annotations

from newsgraph.nlp.events import detection_lexicon
from tests.nlp.linked_events import coded, show


def _read(events):
    return [(e.type, e.source_text, e.target_text) for e in events]


# finding 4: a custody handover with no "to" phrase keeps its event; since events 0.7.910 with no
# target, the person being what is transferred, never the recipient (test_event_extradition)
def test_an_extradition_with_no_receiver_keeps_its_event(base_nlp):
    events = coded(base_nlp, "Peru extradited the smuggler last month.")
    assert ("COOPERATE", "Peru", None) in _read(events), show(events)


def test_an_extradition_to_a_state_still_aims_at_the_receiver(base_nlp):
    events = coded(base_nlp, "Mexico extradited the cartel leader to the United States.")
    assert ("COOPERATE", "Mexico", "United States") in _read(events), show(events)


# finding 8: "surrender" is RETREAT (plover_triggers.yaml), no custody handover verb
def test_surrender_is_no_custody_handover_verb(base_nlp):
    assert "surrender" not in detection_lexicon()["custody_handover_verbs"]
    events = coded(base_nlp, "Austria surrendered the suspect to Swiss authorities.")
    assert [e.type for e in events] == ["RETREAT"], show(events)


# finding 2: a commitment to an act the lexicon does not know as cooperation stays SUPPORT
def test_a_commitment_to_an_unknown_act_is_no_agreement(base_nlp):
    events = coded(base_nlp, "Canada underscored its commitment to defending Ukraine.")
    assert ("SUPPORT", "Canada", "Ukraine") in _read(events), show(events)
    assert not any(e.type == "AGREE" for e in events), show(events)
    events = coded(base_nlp, "Peru reaffirmed its commitment to protecting Bolivia from floods.")
    assert [e.type for e in events] == ["SUPPORT"], show(events)


def test_a_commitment_to_an_act_with_a_partner_is_still_an_agreement(base_nlp):
    events = coded(base_nlp, "Norway underscores its commitment to pursuing constructive talks with Ethiopia.")
    assert ("AGREE", "Norway", "Ethiopia") in _read(events), show(events)


# finding 3: "continue" above a reporting verb carries on the warning, not the vow
def test_a_vow_reported_by_a_verb_carried_on_stays_a_threat(base_nlp):
    events = coded(base_nlp, "The Minister keeps saying that Australia will hold Iran accountable.")
    held = [e for e in events if e.target_text == "Iran"]
    assert held and all((e.type, e.status) == ("THREATEN", "planned") for e in held), show(events)


def test_a_vow_carried_on_through_a_purpose_clause_is_voiced_now(base_nlp):
    events = coded(base_nlp, "Canada will continue to use every tool to hold Syria accountable.")
    held = [e for e in events if e.target_text == "Syria"]
    assert held and all((e.type, e.status) == ("DISAPPROVE", "asserted") for e in held), show(events)


# finding 9: people a possessor names by their tie to a state "in" it are no person-noun actor
def test_possessed_people_in_a_state_give_no_vague_actor_event(base_nlp):
    events = coded(base_nlp, "Our friends in Chile condemned the attack.")
    assert not any(e.source_text and "friends" in e.source_text for e in events), show(events)


# finding 12: the passive partitive relative is read once, with the caller's lexicon (refactor: same output)
def test_a_passive_partitive_relative_stands_for_its_antecedent(base_nlp):
    events = coded(base_nlp, "Police arrested five activists, two of whom were beaten by guards.")
    assert any(e.type == "ASSAULT" and e.target_text == "five activists" for e in events), show(events)

