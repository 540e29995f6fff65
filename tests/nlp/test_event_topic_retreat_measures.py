"""Four event-coding rules (events 0.8.126), each with contrasts; invented sentences.

1. A discussion by one side's plural staff whose only complement is an embedded question
   ("Administration officials discussed how ...") is a talk on a topic, no CONSULT: PLOVER CONSULT
   needs two parties (candidates._one_side_topic_talk).
2. A retreat "from" a place is RETREAT withdraw (PLOVER manual, RETREAT modes: "Retreat from
   territory or withdraw forces from an area"), not the disarm of CAMEO 0874's crosswalk; the verbs
   of giving up arms keep disarm (senses._retreat_from_place).
3. A measure whose own purpose infinitive is a cooperative act ("measures to finance the army") is
   no coercive measure: no CAMEO 130 THREATEN, whatever the verb (senses._announced_measure).
4. Costs imposed with no party take the "against" party of the coordinated predicate of the same
   subject (targets._coordinated_against_party).
"""

from __future__ import annotations

from tests.nlp.linked_events import coded, explain


# 1. one side discussing a topic

def test_one_side_discussing_how_is_no_consult(base_nlp):
    events = coded(base_nlp, "Administration officials discussed how the new tax credits are helping working families.")
    assert not [e for e in events if e.type == "CONSULT"], explain(events)


def test_one_side_discussing_whether_is_no_consult(base_nlp):
    events = coded(base_nlp, "Pentagon officials discussed whether to send more air defense systems.")
    assert not [e for e in events if e.type == "CONSULT"], explain(events)


def test_discussion_with_a_partner_stays_consult(base_nlp):
    # contrast: a "with" partner makes it a meeting
    events = coded(base_nlp, "Administration officials discussed with their Mexican counterparts how to curb "
                             "fentanyl trafficking.")
    assert [e.type for e in events if e.trigger.startswith("discuss")] == ["CONSULT"], explain(events)


def test_discussion_of_a_thing_is_left_to_the_other_rules(base_nlp):
    # contrast: a noun object (no embedded question) is not this rule's case
    events = coded(base_nlp, "Administration officials discussed the new sanctions package.")
    assert [e.type for e in events if e.trigger.startswith("discuss")] == ["CONSULT"], explain(events)


def test_bare_plural_that_may_name_both_sides_is_left(base_nlp):
    # contrast: "the ministers" names no one side
    events = coded(base_nlp, "The ministers discussed how to reopen the border crossings.")
    assert [e.type for e in events if e.trigger.startswith("discuss")] == ["CONSULT"], explain(events)


def test_discussion_in_a_meeting_told_before_is_left(base_nlp):
    # contrast: talks told in the sentence before: the readout's participants speak inside a meeting
    events = coded(base_nlp, "Secretary Blinken met with Foreign Minister Kuleba in Kyiv. State Department "
                             "officials discussed how to speed up deliveries of air defense systems.")
    assert [e.type for e in events if e.trigger.startswith("discuss")] == ["CONSULT"], explain(events)


# 2. retreat from a place

def test_retreat_from_a_capital_is_withdraw(base_nlp):
    events = coded(base_nlp, "Russian forces retreat from Kyiv after weeks of heavy fighting.", "RETREAT")
    assert [e.mode for e in events] == ["withdraw"], explain(events)


def test_withdrawal_from_a_city_is_withdraw(base_nlp):
    events = coded(base_nlp, "The rebel fighters withdrew from the city on Tuesday.", "RETREAT")
    assert [e.mode for e in events] == ["withdraw"], explain(events)


def test_disarming_keeps_disarm(base_nlp):
    # contrast: giving up arms is PLOVER RETREAT disarm
    events = coded(base_nlp, "The militia disarmed under the terms of the peace accord.", "RETREAT")
    assert [e.mode for e in events] == ["disarm"], explain(events)


def test_demobilizing_from_a_region_keeps_disarm(base_nlp):
    # contrast: a verb whose own mode is disarm keeps it whatever its "from" phrase
    events = coded(base_nlp, "The rebel group demobilized its fighters from the region last year.", "RETREAT")
    assert all(e.mode == "disarm" for e in events), explain(events)


# 3. measures with a cooperative purpose

def test_proposed_measures_to_finance_are_no_threat(base_nlp):
    events = coded(base_nlp, "The Ukrainian government proposed new measures to finance the army.")
    assert not [e for e in events if e.type in ("THREATEN", "SANCTION", "COERCE")], explain(events)
    assert [e.type for e in events if e.trigger == "finance"] == ["AID"], explain(events)


def test_measures_to_help_that_will_be_announced_are_no_threat(base_nlp):
    events = coded(base_nlp, "The ministry will announce measures to help farmers hit by the drought.")
    assert not [e for e in events if e.type == "THREATEN"], explain(events)


def test_proposed_measures_to_punish_stay_a_threat(base_nlp):
    # contrast: a hostile purpose keeps CAMEO 130
    events = coded(base_nlp, "The government proposed new measures to punish Russia.")
    assert [e.type for e in events if e.trigger.startswith("proposed")] == ["THREATEN"], explain(events)


# 4. costs imposed, coordinated with charges against a party

def test_costs_take_the_party_of_coordinated_charges(base_nlp):
    events = coded(base_nlp, "The Justice Department imposed costs and announced criminal charges against "
                             "four Chinese hackers on Monday.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions and all("hackers" in (e.target_text or "") for e in sanctions), explain(events)


def test_costs_with_their_own_party_keep_it(base_nlp):
    # contrast: "on Moscow" names the party the costs fall on
    events = coded(base_nlp, "The Treasury imposed costs on Moscow and announced charges against four hackers.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert [e.target_text for e in sanctions] == ["Moscow"], explain(events)


def test_costs_coordinated_with_a_subjected_clause_take_no_party(base_nlp):
    # contrast: a second clause with its own subject is not the same predicate's coordination
    events = coded(base_nlp, "The Justice Department imposed costs, and prosecutors announced criminal charges "
                             "against four Chinese hackers.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert not any("hackers" in (e.target_text or "") for e in sanctions), explain(events)


def test_noun_after_the_question_is_no_object_of_the_discussion(base_nlp):
    # a long topic clause whose last noun phrase the parser may hang on the verb as its object
    events = coded(base_nlp, "In the second session, Treasury officials discussed how the new tax credits are "
                             "helping families and outlined programs available for small businesses including "
                             "the Small Business Administration's Community Advantage Loan Program.")
    assert not [e for e in events if e.trigger.startswith("discuss")], explain(events)


def test_object_before_the_question_is_left(base_nlp):
    # contrast: a thing discussed before the question is the verb's object, not this rule's case
    events = coded(base_nlp, "Administration officials discussed the sanctions and how to enforce them.")
    assert [e.type for e in events if e.trigger.startswith("discuss")] == ["CONSULT"], explain(events)
