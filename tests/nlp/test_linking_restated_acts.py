"""One act recounted in several sentences is one event once linking knows its actors (task dupacts;
PLOVER codes one event per source, action and target): a standing warning restated in a briefing
("We've made clear ... would impose swift and severe consequences" / "as we've said all along ...
it will face the massive consequences"), an agreement's signing told of the states and of their
ministers. Every telling's sentence is the kept event's evidence; a warning to another party or an
agreement with another state stays apart. Sentences from the demo corpus, shortened; the
contrasts are written for the tests."""

from __future__ import annotations

import datetime as dt

from tests.nlp.linked_events import linked, show

WARNINGS = ("We’ve made clear that if Russia invaded, the United States and our allies and partners would impose "
            "swift and severe consequences. Now that Russia has moved, we are responding. "
            "As we’ve said all along, if Russia pursues its aggression against Ukraine, it will face the massive "
            "consequences that our allies and partners have made clear would follow.")


def test_a_warning_restated_in_a_briefing_is_one_threat(nlp):
    events = linked(nlp, WARNINGS, published=dt.date(2022, 2, 22))
    threats = [e for e in events if e.type == "THREATEN"]
    assert [(e.source_key, e.target_key) for e in threats] == [("country:USA", "country:RUS")], show(events)
    assert len(threats[0].evidence_spans) == 2, threats[0].evidence_spans


def test_warnings_to_two_parties_stay_two(nlp):
    # near miss: the second warning is aimed at another state
    text = WARNINGS.replace("if Russia pursues its aggression against Ukraine, it will face",
                            "if Belarus joins the aggression against Ukraine, it will face")
    threats = [e for e in linked(nlp, text, published=dt.date(2022, 2, 22)) if e.type == "THREATEN"]
    assert {e.target_key for e in threats} == {"country:RUS", "country:BLR"}, show(threats)


TREATY = ("Iran is strengthening its push for power through strategic agreements, such as the recent security "
          "and defense cooperation treaty signed with Bolivia. The treaty, signed on July 26 between Iran’s "
          "Defense Minister Mohammad Reza Ashtiani and his Bolivian counterpart Edmundo Novillo, provides for "
          "the deployment of Iranian-made drones in Bolivia.")


def test_a_treaty_told_of_the_states_and_of_their_ministers_is_one_signing(nlp):
    events = linked(nlp, TREATY, outlet="Diálogo Américas", published=dt.date(2023, 8, 26))
    signed = [e for e in events if e.type == "SUPPORT" and e.mode == "agreement"]
    # the telling the text dates (July 26) is kept, the states' sentence its evidence
    assert [(e.source_acts_for, e.target_acts_for, e.date) for e in signed] == [("IRN", "BOL", "2023-07-26")], \
        show(events)
    assert len(signed[0].evidence_spans) == 2, signed[0].evidence_spans


def test_agreements_with_two_states_stay_two(nlp):
    # near miss: the second treaty is signed with another state
    text = TREATY.replace("his Bolivian counterpart Edmundo Novillo", "his Venezuelan counterpart Vladimir Padrino")
    signed = [e for e in linked(nlp, text, outlet="Diálogo Américas", published=dt.date(2023, 8, 26))
              if e.type == "SUPPORT" and e.mode == "agreement"]
    assert {e.target_acts_for for e in signed} == {"BOL", "VEN"}, show(signed)


def test_another_agreement_with_the_same_state_stays_apart(nlp):
    # review 34 finding 2: "also signed another agreement" is a second signing, no retelling
    # (event_dates.yaml repeat_marks), as a bilateral readout lists several MoUs of one day
    text = ("Iran's Defense Minister signed a defense agreement with his Bolivian counterpart in Tehran. "
            "Iran also signed another agreement with Bolivia on energy cooperation.")
    signed = [e for e in linked(nlp, text, outlet="Diálogo Américas", published=dt.date(2023, 8, 26))
              if e.type == "SUPPORT" and e.mode == "agreement"]
    assert len(signed) == 2, show(signed)


def test_a_folded_threat_made_marks_its_face():
    # review 34 finding 2: the face of a folded warning is a threat made when any telling is, so
    # ``threats_made`` stores it asserted whichever telling came first
    from newsgraph.nlp.events import THREAT_MADE_NOTE, _carry_threat_made, threats_made
    from newsgraph.nlp.types import Event

    face = Event(type="THREATEN", sentence_start=0, sentence_end=10, trigger="warned", trigger_start=0,
                 trigger_end=6, status="planned", explanation="trigger 'warned'; status=planned; checks passed: x")
    telling = Event(type="THREATEN", sentence_start=20, sentence_end=30, trigger="impose", trigger_start=20,
                    trigger_end=26, status="planned", threat_made=True,
                    explanation=f"trigger 'impose'; status=planned{THREAT_MADE_NOTE}; checks passed: x")
    _carry_threat_made(face, telling)
    assert threats_made([face])[0].status == "asserted", face.explanation
    assert f"status=asserted{THREAT_MADE_NOTE}" in face.explanation
