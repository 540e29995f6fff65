"""The sentence's main act coded beside the act inside it (events 0.7.127): feelings expressed at
an actor's act (CAMEO "EXPRESS + OUTRAGE / DISAPPOINTMENT" 110/111 DISAPPROVE, "+ GRATITUDE /
CONDOLENCES" 051/018 SUPPORT), a stance said in a call or meeting it is the purpose of, and an act
told inside "allegations regarding ..." claimed. Sentences are constructed after the readouts and
releases of the demo corpus (examples/statedept, examples/whitehouse); each has a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events


def _explain(events):
    return [(e.type, e.mode, e.trigger, e.source_text, e.target_text, e.status) for e in events]


def test_outrage_expressed_at_an_actor_is_disapproval(base_nlp):
    events = _events(base_nlp, "The Foreign Minister expressed his outrage at the junta's brutal crackdown and "
                     "reaffirmed support for the opposition.")
    assert [e for e in events if e.type == "DISAPPROVE" and e.source_text == "Foreign Minister"
            and e.target_text == "junta"], _explain(events)


def test_disappointment_expressed_with_a_decision_is_disapproval(base_nlp):
    events = _events(base_nlp, "The minister expressed disappointment with Turkey's decision to buy the system.")
    assert [e for e in events if e.type == "DISAPPROVE" and e.target_text == "Turkey"], _explain(events)


def test_gratitude_expressed_to_a_state_is_praise(base_nlp):
    events = _events(base_nlp, "The Foreign Ministry expressed its gratitude to Japan for the donation of "
                     "medical supplies.")
    assert [e for e in events if e.type == "SUPPORT" and e.mode == "praise" and e.target_text == "Japan"], \
        _explain(events)


def test_a_feeling_with_no_actor_it_is_aimed_at_is_no_event(base_nlp):
    # contrast: alarm at a number names no actor
    events = _events(base_nlp, "Officials expressed alarm at the rising number of cases.")
    assert not [e for e in events if e.type == "DISAPPROVE"], _explain(events)


def test_condolences_expressed_in_a_call_leave_the_call_alone(base_nlp):
    # the call is the act; the condolences are CAMEO 018, which PLOVER does not code (events 0.7.911)
    events = _events(base_nlp, "The Secretary spoke by phone yesterday with Foreign Minister Kuleba to express "
                     "his condolences to the families of the victims.")
    assert [e for e in events if e.type == "CONSULT"], _explain(events)
    assert not [e for e in events if e.trigger.startswith("express")], _explain(events)


def test_the_purpose_of_a_meeting_that_is_no_stance_stays_unrealised(base_nlp):
    # contrast: a deal negotiated is the meeting's aim, not an act done (CONSULT only)
    events = _events(base_nlp, "The two ministers met in Paris to conclude a deal on grain exports.")
    assert not [e for e in events if e.type == "AGREE" and e.trigger.startswith("conclude")], _explain(events)


def test_a_planned_call_makes_no_stance_yet(base_nlp):
    # contrast: a call still to come has said nothing
    events = _events(base_nlp, "The Secretary will speak with Foreign Minister Kuleba to condemn Russia's attacks.")
    assert not [e for e in events if e.type == "DISAPPROVE" and e.status == "asserted"], _explain(events)


def test_an_act_in_allegations_regarding_an_attempt_is_claimed(base_nlp):
    events = _events(base_nlp, "The indictment outlines allegations regarding Iran's repeated attempts to carry "
                     "out an assassination against a former official in Washington.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults and all(e.status == "claimed" for e in assaults), _explain(events)


def test_an_act_in_allegations_about_it_is_claimed(base_nlp):
    events = _events(base_nlp, "There are allegations about Russian forces shooting civilians in Bucha.")
    assert [e for e in events if e.type == "ASSAULT" and e.status == "claimed"], _explain(events)
    # contrast: the same act told by the writer is asserted
    events = _events(base_nlp, "Russian forces shot civilians in Bucha.")
    assert [e for e in events if e.type == "ASSAULT" and e.status == "asserted"], _explain(events)


def test_condolences_are_no_event_with_or_without_a_to_phrase(base_nlp):
    # CAMEO 018 "make empathetic comment": a CAMEO 01 comment, which PLOVER drops (events 0.7.911)
    for text in ("The Minister expressed his condolences to the people of Turkey over the deaths of 40 Syrian "
                 "refugees.", "The Minister expressed his condolences over the deaths of 40 Syrian refugees."):
        events = _events(base_nlp, text)
        assert not [e for e in events if e.type == "SUPPORT"], _explain(events)
