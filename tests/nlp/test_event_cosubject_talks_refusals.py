"""Stop 44 (issue 6), fix49b: co-subjects who discuss a topic with a destination meet each other
(the place is no party), and a negated "be going to" refusal is made now, as "will not" is.
Invented sentences of the shapes seen in the demo corpus, with contrasts that must not change."""

from __future__ import annotations

from tests.nlp.linked_events import coded, linked, show

MET = "Deputy Foreign Minister Anna Keller met with Kenyan Defense Minister Peter Omondi on Monday. "


# ---------------------------------------------------------------- 1: co-subjects who discuss

def test_cosubjects_discussing_a_deployment_to_a_place_meet_each_other(base_nlp):
    events = coded(base_nlp, "Ms. Varga and Mr. Osei discussed the deployment of the border mission to Haiti.",
                   "CONSULT")
    assert [(e.source_text, e.target_text) for e in events] == [("Varga", "Osei")], show(events)
    assert "conjoined subjects" in events[0].explanation


def test_a_destination_parsed_inside_the_topic_stays_no_target(base_nlp):
    # contrast: "to" hung on the topic noun was never a party; the co-subjects stay each other's
    events = coded(base_nlp, "Mr. Osei and Ms. Varga discussed the return of the observers to Mali and Niger.",
                   "CONSULT")
    assert [(e.source_text, e.target_text) for e in events] == [("Osei", "Varga")], show(events)


def test_after_a_readout_meeting_the_place_of_the_topic_is_no_consult_target(nlp):
    events = linked(nlp, MET + "Ms. Keller and Mr. Omondi discussed the deployment of the border mission to Haiti.")
    consults = [e for e in events if e.type == "CONSULT"]
    assert consults, show(events)
    assert not [e for e in consults if e.target_text == "Haiti"], show(events)
    assert ("person:anna-keller", "person:peter-omondi") in {(e.source_key, e.target_key) for e in consults}, show(events)


def test_a_single_subject_discussing_a_mission_to_a_place_is_unchanged(nlp):
    # contrast: one subject names no counterpart in the clause; its reading stays as it was
    events = linked(nlp, MET + "Ms. Keller discussed the deployment of the border mission to Haiti.")
    discussed = [e for e in events if e.trigger == "discussed"]
    assert [(e.source_key, e.target_key) for e in discussed] == [("person:anna-keller", "country:HTI")], show(events)


def test_cosubjects_who_speak_to_or_visit_a_place_keep_it_as_target(base_nlp):
    # contrasts: "to" names whom one speaks to (no object topic) or the place visited
    spoke = coded(base_nlp, "Ms. Varga and Mr. Osei spoke to Ukraine on Monday.", "CONSULT")
    assert sorted((e.source_text, e.target_text) for e in spoke) == [("Osei", "Ukraine"), ("Varga", "Ukraine")], \
        show(spoke)
    visit = coded(base_nlp, "Ms. Varga and Mr. Osei paid a visit to Ukraine on Monday.", "CONSULT")
    assert sorted((e.source_text, e.target_text) for e in visit) == [("Osei", "Ukraine"), ("Varga", "Ukraine")], \
        show(visit)


def test_cosubjects_discussing_with_a_partner_keep_the_partner(base_nlp):
    events = coded(base_nlp, "Ms. Varga and Mr. Osei discussed the mission with Kenya.", "CONSULT")
    assert sorted((e.source_text, e.target_text) for e in events) == [("Osei", "Kenya"), ("Varga", "Kenya")], \
        show(events)


# ---------------------------------------------------------------- 2: "not going to ... to accept"

def _rejects(base_nlp, text):
    return [(e.type, e.status, e.source_text) for e in coded(base_nlp, text) if e.type in ("REJECT", "AGREE")]


def test_a_negated_going_to_future_refusal_is_asserted_as_will_not_is(base_nlp):
    assert _rejects(base_nlp, "We will not accept Iranian ultimatums.") == [("REJECT", "asserted", "We")]
    assert _rejects(base_nlp, "We are not going to accept Iranian ultimatums.") == [("REJECT", "asserted", "We")]


def test_a_negated_motion_whose_purpose_is_the_acceptance_is_a_refusal_made_now(base_nlp):
    assert _rejects(base_nlp, "Baku is not going to the summit to accept Yerevan's demands.") \
        == [("REJECT", "asserted", "Baku")]


def test_going_to_accept_without_negation_stays_a_plan(base_nlp):
    # contrasts: no negation, no refusal; a refusal under "plan" stays planned
    assert _rejects(base_nlp, "We are going to these talks to accept the Iranian proposal.") \
        == [("AGREE", "planned", "We")]
    assert _rejects(base_nlp, "We do not plan to accept Iranian ultimatums.") == [("REJECT", "planned", "We")]
