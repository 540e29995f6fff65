"""An appeal "call / press for X to V" (English "for ... to" infinitival clause, CGEL 14.1) is
a DEMAND ("push" has no trigger sense: PETRARCH2's CAMEO dictionary gives it no code), as "call for X" is, and the clause's active subject X is the one asked to act, its target
(PLOVER REQUEST is coded toward the party asked to act; events/senses.py _for_infinitives,
_called_act_subject). Invented sentences."""

from __future__ import annotations

from tests.nlp.linked_events import coded, explain


def _demands(nlp, text):
    return coded(nlp, text, "DEMAND")


def test_the_subject_of_the_act_called_for_is_the_one_asked(base_nlp):
    events = _demands(base_nlp, "The foreign ministers called for Russia to withdraw its troops from Moldova.")
    assert [e.target_text for e in events] == ["Russia"], explain(events)
    assert events[0].source_text == "foreign ministers", explain(events)


def test_a_pressing_appeal_names_its_addressee_the_same_way(base_nlp):
    events = _demands(base_nlp, "Canada is pressing for the Iranian government to free the detained journalists.")
    assert [e.target_text for e in events] == ["Iranian government"], explain(events)


def test_a_passive_clause_names_nobody_asked(base_nlp):
    # the passive subject is what is acted on; who is to act is not named, so no target is made up
    events = _demands(base_nlp, "The senator called for the prisoners to be released.")
    assert [e.target_text for e in events] == [None], explain(events)


def test_a_call_for_a_thing_to_happen_is_an_appeal_with_no_addressee(base_nlp):
    events = _demands(base_nlp, "The envoy called for the negotiations to resume next month.")
    assert [e.target_text for e in events] == [None], explain(events)


def test_a_plain_call_with_no_for_stays_no_appeal(base_nlp):
    # contrast: "call" with neither "for" nor "on" is no appeal (a phone call, a naming)
    assert _demands(base_nlp, "The President called the Prime Minister to discuss the summit.") == []
