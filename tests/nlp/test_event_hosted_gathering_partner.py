"""The partners of a hosted gathering (events 0.8.172; issue 6, a CONSULT with no target although
the sentence names whom the host met):

A gathering the host holds (event_detection.yaml hosted_gathering_nouns: "a listening session", "a
workshop") is an event, as "meeting" is: nothing inside its phrase is a party ("from several
countries" says where the attendees come from). Its partners are met "with" it, read with the head
the parser split off coordinated modifiers ("public health and public safety officials"), and
coded as visitors of the host (PLOVER CONSULT), as "hosted a meeting with ..." already is.

Each with the near miss the rule must leave alone."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _consult(events):
    return sorted((e.source_text, e.target_text, e.target_acts_for, e.mode) for e in events if e.type == "CONSULT")


def test_those_met_with_at_a_hosted_session_are_its_visitors(nlp):
    events = linked(nlp, "The Health Minister of Canada hosted a listening session with public health and public "
                         "safety officials and community advocates from several countries on the opioid crisis.")
    assert _consult(events) == [
        ("community advocates", "Health Minister of Canada", "CAN", "visit"),
        ("public safety officials", "Health Minister of Canada", "CAN", "visit"),
    ], show(events)


def test_those_met_with_at_a_hosted_workshop_are_its_visitors(nlp):
    events = linked(nlp, "The Foreign Minister of Kenya hosted a workshop with private sector and civil society "
                         "leaders from several countries on vaccine supply.")
    assert _consult(events) == [("civil society leaders", "Foreign Minister of Kenya", "KEN", "visit")], show(events)


def test_a_hosted_meeting_with_the_same_partners_is_coded_alike(nlp):
    # the contrast the rule follows: "meeting" (plover_frames gathering_nouns) was never searched inside
    events = linked(nlp, "The Health Minister of Canada hosted a meeting with public health and public "
                         "safety officials and community advocates from several countries on the opioid crisis.")
    assert _consult(events) == [
        ("community advocates", "Health Minister of Canada", "CAN", "visit"),
        ("public safety officials", "Health Minister of Canada", "CAN", "visit"),
    ], show(events)


def test_the_attendees_a_hosted_workshop_is_of_still_meet_the_host(nlp):
    events = linked(nlp, "The Foreign Minister of Kenya hosted a workshop of Ugandan ministers on vaccine supply.")
    found = [(e.source_text, e.source_key, e.target_text, e.mode) for e in events if e.type == "CONSULT"]
    assert found == [("Ugandan ministers", "country:UGA", "Foreign Minister of Kenya", "visit")], show(events)


def test_a_workshop_attended_is_no_hosted_visit(nlp):
    # not the hosting frame: the one who attends hosts no one
    events = linked(nlp, "The Foreign Minister of Kenya attended a workshop with private sector and civil society "
                         "leaders from several countries on vaccine supply.")
    assert not any(e.mode == "visit" or e.target_acts_for == "KEN" for e in events), show(events)
