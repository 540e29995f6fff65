"""Senses read off the clause rather than the literal trigger verb (task senses41, events 0.8.0):
a party denied access to a market or system is a sanction (PETRARCH2 REFUSE block "DENY * ACCESS"
[160] -> PLOVER SANCTION), a verb of speaking with no one talked with is the medium of the stance
its purpose clause says (CAMEO 046 needs a partner; the stance is made by saying it), and organs
of one government named "A and other Bs" cooperate with no second party. Sentences are written
for this test."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_denying_a_state_access_to_markets_is_a_sanction(base_nlp):
    events = _events(base_nlp, "Canada denied Iran access to its ports and financial markets.")
    assert [(e.type, e.mode, e.target_text) for e in events] == [("SANCTION", "discontinue", "Iran")], _explain(events)


def test_refusing_banks_access_to_a_payment_system_is_a_sanction(base_nlp):
    events = _events(base_nlp, "Japan refused the Russian banks access to the payment network.", "SANCTION")
    assert [(e.source_text, e.mode) for e in events] == [("Japan", "discontinue")], _explain(events)


def test_denying_charges_stays_a_rejection(base_nlp):
    events = _events(base_nlp, "Russia denied the charges brought by Ukraine.")
    assert not [e for e in events if e.type == "SANCTION"], _explain(events)


def test_speaking_alone_to_denounce_is_the_denouncing(base_nlp):
    text = "Germany has spoken with one voice to denounce Russia's invasion of Georgia."
    events = _events(base_nlp, text)
    assert [(e.type, e.source_text, e.target_text) for e in events if e.trigger.startswith("denounce")] \
        == [("DISAPPROVE", "Germany", "Russia")], _explain(events)
    assert not [e for e in events if e.type == "CONSULT"], _explain(events)


def test_a_named_partner_keeps_the_call_and_the_stance(base_nlp):
    events = _events(base_nlp, "Germany spoke with Poland to condemn Russia's attacks on Ukraine.")
    assert {e.type for e in events} >= {"CONSULT", "DISAPPROVE"}, _explain(events)
    assert [e.target_text for e in events if e.type == "CONSULT"] == ["Poland"], _explain(events)


def test_demand_said_in_a_perfect_talk_is_made(base_nlp):
    events = _events(base_nlp, "Italy has spoken with Egypt to demand the release of the detained reporters.",
                     "DEMAND")
    assert [(e.source_text, e.status) for e in events] == [("Italy", "asserted")], _explain(events)


def test_organs_of_one_government_coordinating_are_no_cooperation(base_nlp):
    text = "The relief will be coordinated by the Ministry of Health and other relevant government agencies."
    events = _events(base_nlp, text)
    assert not [e for e in events if e.trigger.startswith("coordinat")], _explain(events)


def test_states_coordinating_with_a_partner_still_cooperate(base_nlp):
    events = _events(base_nlp, "The Ministry of Defence and other agencies will coordinate with France on the response.")
    assert [(e.type, e.target_text) for e in events if e.trigger.startswith("coordinat")] == [("AGREE", "France")], \
        _explain(events)


def test_access_to_a_person_or_a_document_is_no_sanction(base_nlp):
    # the "to" object must name a market, system or space (events 0.8.51, access_domains)
    for text in ("The court denied the defendant access to his lawyer.",
                 "Hungary denied access to the documents.",
                 "The bank denied Russia access to its credit lines."):
        events = _events(base_nlp, text)
        assert not any(e.type == "SANCTION" for e in events), _explain(events)


def test_denied_access_to_a_port_is_a_sanction_on_the_passive_subject(base_nlp):
    events = _events(base_nlp, "Russian ships were denied access to the port.", "SANCTION")
    assert [e.mode for e in events] == ["discontinue"], _explain(events)


def test_met_virtually_with_is_a_remote_consultation(base_nlp):
    # the parser hangs "virtually" on the preposition "with", not on "met" (events 0.8.51)
    for text in ("Biden met virtually with Xi Jinping.", "The two presidents met virtually on Tuesday."):
        events = _events(base_nlp, text, "CONSULT")
        assert events and events[0].mode == "phone", _explain(events)


def test_meeting_with_no_remote_adverb_keeps_no_mode(base_nlp):
    events = _events(base_nlp, "Biden met with Xi Jinping.", "CONSULT")
    assert events and events[0].mode != "phone", _explain(events)
