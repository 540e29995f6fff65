"""Task `pairs`: the other side of a readout's meeting told by its delegations' leaders ("A led the
U.S. delegation, and B led the Cuban delegation": CONSULT A <-> B), and communication nouns that
reach no party ("made a call for freedom", "sent a message to the world"): no PLOVER CONSULT,
which is meetings, visits, phone calls and talks. Sentences written for the tests."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _leads(events):
    return {(e.source_text, e.target_text) for e in events if e.type == "CONSULT" and e.trigger.startswith("led")}


def test_two_delegation_leaders_in_one_sentence_meet_each_other(nlp):
    # no meeting told beside them: the first leader's event stands for the meeting, its mirror
    # (the other side's leader meeting the first) is the same meeting, evidence of it (task dupacts)
    text = ("Assistant Minister Kenji Tanaka led the Japanese delegation, and Undersecretary "
            "Maria Santos led the Philippine delegation.")
    events = linked(nlp, text)
    assert _leads(events) == {("Kenji Tanaka", "Maria Santos")}, show(events)


def test_a_delegation_leader_meets_the_other_leader_named_a_sentence_before(nlp):
    text = ("Under Secretary Bonnie Denton led the U.S. delegation at the arms control talks in Vienna. "
            "Russian Deputy Foreign Minister Ivan Petrov led the Russian delegation.")
    events = linked(nlp, text)
    assert _leads(events) == {("Bonnie Denton", "Ivan Petrov")}, show(events)
    meeting = next(e for e in events if e.trigger.startswith("led"))
    # the other side's leader is told in the second sentence: evidence of the one meeting
    assert len(meeting.evidence_spans) == 2, meeting.evidence_spans


def test_delegation_leaders_beside_the_meeting_are_its_sides_not_more_meetings(nlp):
    # task dupacts: "X led the Y delegation" is a role in the meeting the readout codes (PLOVER
    # CONSULT, one event per meeting): the leaders' sentence is evidence of that meeting
    text = ("On May 3, Japanese and Philippine officials met in Manila for their annual maritime security "
            "dialogue. Assistant Minister Kenji Tanaka led the Japanese delegation, and Undersecretary "
            "Maria Santos led the Philippine delegation.")
    events = linked(nlp, text)
    assert not _leads(events), show(events)
    meeting = next(e for e in events if e.type == "CONSULT" and e.trigger == "met")
    assert {meeting.source_acts_for, meeting.target_acts_for} == {"JPN", "PHL"}, show(events)
    assert len(meeting.evidence_spans) == 2, meeting.evidence_spans


def test_a_meeting_naming_one_side_gives_way_to_the_leaders_naming_both(nlp):
    # "NCB hosted the meeting" names India only; the leaders' event names both sides: it is kept,
    # the host's sentence and the other leader's mirror its evidence (one meeting)
    text = ("India's Narcotics Control Bureau hosted the third meeting of the Counternarcotics Working Group in "
            "New Delhi on July 7. Director General Sunil Mehta led the Indian delegation, and Senior Advisor "
            "Kemp Chester led the U.S. delegation.")
    events = [e for e in linked(nlp, text) if e.type == "CONSULT"]
    assert [(e.source_text, e.target_text) for e in events] == [("Sunil Mehta", "Kemp Chester")], show(events)
    assert len(events[0].evidence_spans) == 2, events[0].evidence_spans


def test_a_meeting_of_other_states_keeps_its_delegation_leaders_apart(nlp):
    # near miss: the leaders head delegations of states the meeting told beside them does not join
    text = ("On May 3, Japanese and Philippine officials met in Manila. Assistant Secretary John Miller "
            "led the U.S. delegation, and Vice Minister Park Jin led the South Korean delegation.")
    events = linked(nlp, text)
    assert ("John Miller", "Park Jin") in _leads(events), show(events)


def test_a_lone_delegation_or_a_delegation_of_one_state_keeps_no_partner(nlp):
    # a multilateral ministerial told by one delegation only: no other side to pair with
    text = ("On May 7, Guatemala hosted the ministerial with ministers from 21 countries. Secretary of State "
            "Antony Blinken led the U.S. delegation, alongside USAID Administrator Samantha Power.")
    # the host its context places (linker: the actor its context places, named since 0.3.842) is
    # the state met, not a second delegation: no leader and no co-delegate is a partner
    targets = {target for _source, target in _leads(linked(nlp, text))}
    assert targets and targets <= {None, "Guatemala"}, show(linked(nlp, text))


def test_a_leaders_appositions_are_no_partners_of_the_meeting(nlp):
    # the name's office and ministry, hung on it as conjuncts, lead nothing and are not met
    for text, leader in (("Director General Sunil Mehta, Border Security Force, Ministry of Home Affairs, led "
                          "the Indian delegation.", "Sunil Mehta"),
                         ("Director Ana Lopez, National Police, Ministry of Interior, led the Colombian "
                          "delegation.", "Ana Lopez")):
        events = [e for e in linked(nlp, text) if e.trigger.startswith("led")]
        assert events and all(e.source_text == leader and e.target_text is None for e in events), show(events)


def test_a_call_for_something_is_an_appeal_not_a_phone_call(nlp):
    events = linked(nlp, "The protesters made a call for freedom and democracy on Sunday.")
    assert not [e for e in events if e.type == "CONSULT"], show(events)
    # near miss: a call made to someone is a phone call
    events = linked(nlp, "President Biden made a call to President Macron on Tuesday.")
    assert ("CONSULT", "phone") in {(e.type, e.mode) for e in events}, show(events)


def test_a_message_sent_to_the_world_reaches_no_party(nlp):
    text = ("We applaud the bravery of the Belarusian people and the activists who defied the police and sent "
            "a message to the world.")
    assert not [e for e in linked(nlp, text) if e.type == "CONSULT"], show(linked(nlp, text))
    # near miss: a message sent to a named leader is a communication to that party
    events = linked(nlp, "President Biden sent a message to President Putin on Tuesday.")
    assert {(e.type, e.target_text) for e in events} >= {("CONSULT", "Putin")}, show(events)


def test_a_second_clause_whose_leader_the_parser_joined_to_the_first_object_is_paired(nlp):
    # events 0.7.207 (examples/statedept, CNWG readout): "the Indian delegation and Mr. Kemp Chester"
    # parsed as one object leaves the second "led" subjectless; its leader is the name after "and"
    text = ("Mr. Satya Narayan Pradhan, Director General, NCB led the Indian delegation and Mr. Kemp Chester, "
            "Senior Advisor to the Director of National Drug Control Policy at the White House led the U.S. "
            "delegation.")
    events = linked(nlp, text)
    assert ("Mr. Satya Narayan Pradhan", "Kemp Chester") in _leads(events), show(events)



def _agreements(events):
    return [e for e in events if e.type == "AGREE" and "meet" in (e.trigger or "")]


def test_the_two_delegations_are_the_delegation_sent_not_its_sender(nlp):
    # "sent the Canadian delegation": the sender stays home; the delegation held the talks, so
    # "the two delegations" are that delegation (its state) and the host, never the sender
    for text, state, host in (
            ("Prime Minister Lucas Moreau of Canada sent the Canadian delegation to Chile last week. "
             "The two delegations agreed to meet again in Ottawa in March.", "CAN", "CHL"),
            ("President Lucas Moreau thanked President Ana Silva for sending the Chilean delegation to Canada. "
             "The two delegations agreed to meet again in Santiago in March.", "CHL", "CAN")):
        events = _agreements(linked(nlp, text))
        assert [(e.source_text, e.source_key, e.source_acts_for, e.target_acts_for) for e in events] == [
            (f"{'Canadian' if state == 'CAN' else 'Chilean'} delegation", f"country:{state}", state, host)], show(events)


def test_the_two_delegations_after_a_meeting_of_named_leaders_stay_those_leaders(nlp):
    # near miss: leaders who met in person are the sides their delegations stand for
    text = ("Foreign Minister Lucas Moreau of Canada met Foreign Minister Ana Silva of Chile in Santiago. "
            "The two delegations agreed to meet again in Ottawa in March.")
    events = _agreements(linked(nlp, text))
    assert [(e.source_key, e.target_key) for e in events] == [("person:lucas-moreau", "person:ana-silva")], \
        show(events)


def test_delegation_leaders_of_a_virtual_meeting_are_its_sides(nlp):
    # a meeting held remotely (CONSULT mode phone: "met virtually") has delegations as one held in
    # person does: their leaders are its sides, no meetings of their own
    text = ("On May 3, Japanese and Philippine officials met virtually for their annual maritime security "
            "dialogue. Assistant Minister Kenji Tanaka led the Japanese delegation, and Undersecretary "
            "Maria Santos led the Philippine delegation.")
    events = linked(nlp, text)
    assert not _leads(events), show(events)
    meeting = next(e for e in events if e.type == "CONSULT" and e.trigger == "met")
    assert meeting.mode == "phone" and len(meeting.evidence_spans) == 2, show(events)
