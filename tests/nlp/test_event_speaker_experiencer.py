"""Two verb readings (task mediate40): the subjectless infinitive of an extraposed "it is a pleasure /
an honor to V" is the speaker's act (events ``_speaker_experienced_act``, ``SPEAKER_EXPERIENCER``;
the linker's ``_speaker_experiencer`` fills the person speaking), so a visit welcomed that way has
the visitor as actor and the speaker as host (PLOVER CONSULT); a transitive "confer" bestows
(event_detection.yaml bestowal_verbs: CAMEO BESTOW + HONOR 051, PLOVER SUPPORT) and is no meeting.
Sentences are written for these tests."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _of(events, event_type):
    return [e for e in events if e.type == event_type]


def test_a_pleasure_to_welcome_is_the_speaker_hosting_the_visitor(nlp):
    events = linked(nlp, "SECRETARY BLINKEN: Good morning, everyone. It is an honor to welcome President "
                         "Zelenskyy here to the State Department.")
    visits = _of(events, "CONSULT")
    assert len(visits) == 1, show(events)
    visit = visits[0]
    assert (visit.mode, visit.source_key, visit.target_key) == ("visit", "person:zelenskyy", "person:blinken"), \
        show(events)


def test_a_pleasure_to_welcome_to_a_capital_puts_the_visitor_first(nlp):
    # CAMEO 043 "welcome (to)": host a visit, so the visitor is the actor (codebook CONSULT modes)
    events = linked(nlp, "SECRETARY BLINKEN: Good morning, everyone. It's a great pleasure to welcome "
                         "President Zelenskyy to Washington.")
    visits = _of(events, "CONSULT")
    assert [(e.source_key, e.target_key) for e in visits] == [("person:zelenskyy", "person:blinken")], show(events)


def test_a_pleasure_told_in_reported_speech_is_the_reporting_subject_hosting(nlp):
    # "X said it was a pleasure to V": the one who says it is the one pleased, as in direct speech
    events = linked(nlp, "Blinken said it was a pleasure to welcome Foreign Minister Kuleba to Washington.")
    visits = [e for e in _of(events, "CONSULT") if e.mode == "visit"]
    assert [(e.source_key, e.target_key) for e in visits] == [("person:kuleba", "person:blinken")], show(events)


def test_an_evaluation_that_is_no_experience_names_no_doer(nlp):
    # "essential" is no experience of the speaker's: the extraposed "it" still names no one who acts
    events = linked(nlp, "SECRETARY BLINKEN: Good morning, everyone. It is essential to welcome President "
                         "Zelenskyy here.")
    assert not [e for e in _of(events, "CONSULT") if e.target_key == "person:blinken"
                or e.source_key == "person:blinken"], show(events)


def test_conferring_honors_upon_a_party_is_praise_not_a_meeting(nlp):
    events = linked(nlp, "President Macron conferred honors upon Prime Minister Modi.")
    assert not _of(events, "CONSULT"), show(events)
    support = _of(events, "SUPPORT")
    assert support and support[0].source_key == "person:macron", show(events)
    assert support[0].target_key == "person:modi", show(events)  # the "upon" party
    assert "bestow" in support[0].explanation


def test_a_named_award_conferred_is_no_target_its_recipient_is(nlp):
    # the thing bestowed is never the recipient, even when it is a name the NER tags
    events = linked(nlp, "President Biden conferred the Presidential Medal of Freedom on President Zelensky.")
    support = _of(events, "SUPPORT")
    assert [(e.source_key, e.target_key) for e in support] == [("person:biden", "person:zelensky")], show(events)


def test_conferring_with_a_counterpart_is_still_a_meeting(nlp):
    events = linked(nlp, "Secretary Blinken conferred with the French foreign minister on Ukraine.")
    assert [e.source_key for e in _of(events, "CONSULT")] == ["person:blinken"], show(events)


def test_conferring_a_degree_is_no_meeting(nlp):
    events = linked(nlp, "The university conferred an honorary degree on President Zelenskyy.")
    assert not _of(events, "CONSULT"), show(events)
