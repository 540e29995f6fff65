"""Hypothetical acts that are only a possibility described, asked or a purpose (task embed3,
check not-possibility-frame, events.possibility_check): the issue's rule that an event passes only
if it is "not inside a demand, question, purpose or condition". Sentences are constructed after
the readouts and Entity List releases of the demo corpus (examples/whitehouse,
examples/statedept); the contrasts are hypotheticals PLOVER's mode keeps (a prediction, a
condition)."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events


def _explain(events):
    return [(e.type, e.trigger, e.source_text, e.target_text, e.status) for e in events]


def test_a_relative_clause_of_what_a_party_can_do_is_no_event(base_nlp):
    events = _events(base_nlp, "The two leaders reviewed areas where Brazil and Chile can deepen their "
                     "energy cooperation.")
    assert not [e for e in events if e.type == "COOPERATE"], _explain(events)


def test_items_a_buyer_can_use_to_support_an_army_are_no_aid(base_nlp):
    events = _events(base_nlp, "The Commerce Department will impose export controls on companies in third "
                     "countries in order to deny them access to items they can use to support Belarus's military.")
    assert not [e for e in events if e.type in ("AID", "SUPPORT")], _explain(events)


def test_how_a_party_can_help_is_an_indirect_question(base_nlp):
    events = _events(base_nlp, "The resolution sets out how the international community can best support "
                     "Mozambique during the recovery.")
    assert not [e for e in events if e.type in ("SUPPORT", "AID")], _explain(events)


def test_a_purpose_with_so_that_is_no_event(base_nlp):
    events = _events(base_nlp, "The forum was created in 2015 so that our ministers could discuss trade "
                     "policy every year.")
    assert not [e for e in events if e.type == "CONSULT" and e.status == "hypothetical"], _explain(events)


def test_a_prediction_stays_hypothetical(base_nlp):
    # contrast: a guess at what a party would do under a condition is the hypothetical mode, not a
    # purpose (with no condition, events 0.7.185 check not-speculation drops the writer's "would")
    events = _events(base_nlp, "If invited, Morocco would be proud to host President Barack Obama at the summit.")
    assert [e for e in events if e.type == "CONSULT" and e.status == "hypothetical"], _explain(events)
    assert _frame_of(base_nlp, "Morocco would be proud to host President Barack Obama at the summit.", "host") is None


def test_a_predicted_accusation_in_a_relative_clause_stays(base_nlp):
    # contrast: "will" in a relative clause is a prediction of the act, not what the party can do
    # (with no condition, events 0.7.185 check not-speculation reads the copula's "could")
    events = _events(base_nlp, "If Russia invades, this could be a staged incident that Russia will blame on Ukraine.")
    assert [e for e in events if e.type == "DISAPPROVE"], _explain(events)
    assert _frame_of(base_nlp, "This could be a staged incident that Russia will blame on Ukraine.", "blame") is None


def _frame_of(nlp, text, word):
    from newsgraph.nlp.events import _possibility_frame

    doc = nlp(text)
    return _possibility_frame(next(t for t in doc if t.text == word))


def test_the_purpose_of_an_obligation_is_a_frame(base_nlp):
    assert _frame_of(base_nlp, "This is a serious loophole that must be closed to prevent Russian oil exports "
                     "from reaching European markets.", "prevent") is not None


def test_the_purpose_of_a_done_act_is_no_frame(base_nlp):
    # contrast: no obligation, no possibility modal -- the purpose of an act that happened
    assert _frame_of(base_nlp, "The port was reopened last week to allow grain exports to reach Africa.",
                     "allow") is None
