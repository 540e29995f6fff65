"""A criticism with no object of its own voiced "in response / reaction / reply to" a party's act
or words is aimed at that party (events.targets._responded_act_doer; PLOVER ACCUSE: the target is
the actor whose action or policy is criticised). The doer is the act's "by" agent, possessor or
"from" phrase; an act noun's "of" object is its patient, never the target, and only an utterance
noun's "of" names its speaker. Contrasts: an answer to an invitation, a request
or a question is no criticism of its maker; an act whose phrase names no doer gives no target; a
criticism with an object keeps reading its target from the object. Sentences are constructed."""

from __future__ import annotations

from tests.nlp.linked_events import coded, explain


def _criticisms(nlp, text):
    return [e for e in coded(nlp, text) if e.type == "DISAPPROVE"]


def test_speaking_out_in_response_to_remarks_targets_their_speakers(base_nlp):
    events = _criticisms(base_nlp, "Our government objected strongly in reply to the provocative words from Pyongyang.")
    assert [(e.source_text, e.target_text) for e in events] == [("Our government", "Pyongyang")], explain(events)
    assert "responds to" in events[0].explanation, explain(events)


def test_speaking_out_in_reaction_to_a_possessed_act_targets_its_doer(base_nlp):
    events = _criticisms(base_nlp, "The minister spoke out in reaction to the junta's crackdown on students.")
    assert [(e.source_text, e.target_text) for e in events] == [("minister", "junta")], explain(events)


def test_answering_an_invitation_or_a_question_is_no_criticism_of_its_maker(base_nlp):
    for text in ("The senator spoke out in response to the invitation from the Chinese government.",
                 "The senator spoke out in response to questions from reporters."):
        events = _criticisms(base_nlp, text)
        assert [e.target_text for e in events] == [None], explain(events)


def test_an_act_with_no_doer_named_gives_no_target(base_nlp):
    events = _criticisms(base_nlp, "The senator spoke out in response to the attack on the embassy.")
    assert [e.target_text for e in events] == [None], explain(events)


def test_a_criticism_with_an_object_reads_its_target_there(base_nlp):
    events = _criticisms(base_nlp, "The mayor criticized the new curfew in response to the statement by Russia.")
    assert events and all(e.target_text != "Russia" for e in events), explain(events)


def test_an_act_nouns_by_agent_is_the_target_not_its_of_patient(base_nlp):
    for text, doer in (("The deputy spoke out in response to the detention of students by Egypt.", "Egypt"),
                       ("The envoy spoke out in response to the invasion of Kuwait by Iraq.", "Iraq"),
                       ("The deputy spoke out in response to the seizure of the tanker by the coast guard.",
                        "coast guard")):
        events = _criticisms(base_nlp, text)
        assert [e.target_text for e in events] == [doer], (text, explain(events))


def test_an_act_nouns_of_patient_is_no_target(base_nlp):
    for text in ("The deputy spoke out in response to the arrest of Ivan Petrov.",
                 "The deputy spoke out in response to the shelling of Mariupol.",
                 "The deputy spoke out in response to the killing of demonstrators in Sudan."):
        events = _criticisms(base_nlp, text)
        assert [e.target_text for e in events] == [None], (text, explain(events))


def test_an_utterance_nouns_of_names_its_speaker(base_nlp):
    events = _criticisms(base_nlp, "The minister spoke out in response to the comments of the Iranian ambassador.")
    assert len(events) == 1 and "Iranian" in (events[0].target_text or ""), explain(events)
