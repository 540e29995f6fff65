"""An order issued with no addressee is no DEMAND (issue 6, stop 44; events/candidates.py
_unaddressed_order; event_detection.yaml instrument_order_nouns): PLOVER REQUEST is directed at a
recipient. Invented sentences; contrasts marked."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_an_order_issued_to_no_one_named_is_no_demand(base_nlp):
    for text in ("A judge in Texas issued a temporary order this morning.",
                 "QUESTION: A judge issued a restraining order on this."):
        events = _events(base_nlp, text, "DEMAND")
        assert events == [], (text, _explain(events))


def test_an_order_against_or_to_a_party_stays(base_nlp):
    # contrasts: the order names whom it binds
    for text in ("The court issued an order against the ministry.",
                 "The judge issued an order that the ministry release the documents."):
        events = _events(base_nlp, text, "DEMAND")
        assert [e.target_text for e in events] == ["ministry"], (text, _explain(events))
