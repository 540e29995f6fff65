"""Two grants of different sums are two acts of giving (events 0.8.149, ``accusations._aid_sums``).

"One happening, one event" merges an AID told again in a later sentence with the same giver and
recipient; but a sum of money names the act: two different sums given to one recipient are two
gifts, while a mention that names no sum, or the same sum again, is the gift retold. The sentences
are written for these tests in the style of news releases."""

from __future__ import annotations

from tests.nlp.linked_events import coded, explain


def _aid(nlp, text):
    return coded(nlp, text, "AID")


def test_two_sums_to_one_recipient_are_two_gifts(base_nlp):
    text = ("Japan announced $5 million to support Peru in rebuilding its ports. "
            "Japan also supported a $40 million loan to help Peru repair its roads.")
    events = _aid(base_nlp, text)
    assert len(events) == 2, explain(events)
    assert all(len(e.evidence_spans) == 1 for e in events), explain(events)
    assert {e.target_text for e in events} == {"Peru"}, explain(events)


def test_a_sum_given_directly_twice_differently_is_two_gifts(base_nlp):
    text = "Norway gave $3 million to Chad in March. Norway gave $12 million to Chad in May."
    events = _aid(base_nlp, text)
    assert len(events) == 2, explain(events)


def test_a_retelling_without_a_sum_is_the_same_gift(base_nlp):
    text = "Japan sent $5 million to Peru. Japan sent the aid to Peru to rebuild ports."
    events = _aid(base_nlp, text)
    assert len(events) == 1 and len(events[0].evidence_spans) == 2, explain(events)


def test_the_same_sum_told_again_is_the_same_gift(base_nlp):
    text = "Japan sent $5 million to Peru on Monday. The $5 million that Japan sent to Peru arrived on Tuesday."
    events = _aid(base_nlp, text)
    assert len(events) == 1 and len(events[0].evidence_spans) == 2, explain(events)
