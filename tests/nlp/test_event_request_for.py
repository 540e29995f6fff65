"""A verb of asking names with "for" what is sought or whom it is for, not whom it asks (task
`types`; CAMEO 02 APPEAL "appeal for", request event_detection.yaml request_for_verbs). Sentences
from the demo corpus (examples/)."""

from __future__ import annotations

from tests.nlp.linked_events import linked as _linked, show as _show


def _demands(nlp, text: str):
    return [e for e in _linked(nlp, text) if e.type == "DEMAND"]


def test_money_requested_for_a_state_does_not_ask_that_state(nlp):
    text = ("The Administration is requesting $20.4 billion in additional security and military assistance for "
            "Ukraine and for U.S. efforts to strengthen European security.")
    assert all(e.target_key != "country:UKR" for e in _demands(nlp, text)), _show(_demands(nlp, text))


def test_weapons_asked_for_are_no_recipient_of_the_request(nlp):
    text = "President Zelenskyy asked for fighter and attack aircraft."
    assert all(e.target_text != "fighter and attack aircraft" for e in _demands(nlp, text)), _show(_demands(nlp, text))


def test_whom_a_request_is_made_to_stays_the_target(nlp):
    # near miss: the object of "ask" is the one asked
    text = "Secretary Blinken asked the Government of Mexico for additional support at the border."
    assert any(e.target_key == "country:MEX" for e in _demands(nlp, text)), _show(_demands(nlp, text))


def test_a_call_for_a_states_withdrawal_still_aims_at_it(nlp):
    # near miss: "call for" is no verb of asking for a thing; the act's agent is the target
    text = "The United States called for Russia's immediate withdrawal from Ukraine."
    assert any(e.target_key == "country:RUS" for e in _demands(nlp, text)), _show(_demands(nlp, text))
