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


def test_a_party_in_another_clause_on_the_issuing_verb_is_no_addressee(base_nlp):
    # events 0.8.143: only the verb's own phrases can name whom the order binds; a place or party in
    # a clause hung on the verb (an adverbial or a clause the parser attached to it) does not
    for text in ("After a long hearing in Denver ended this morning, a judge issued a restraining order.",
                 "There was another hearing in Denver this morning – a judge issued a restraining order on this.",
                 "A judge issued a restraining order on Tuesday, as the hearing in Denver ended."):
        events = _events(base_nlp, text, "DEMAND")
        assert events == [], (text, _explain(events))


def test_an_addressee_beside_another_clause_stays(base_nlp):
    # contrast: the verb's own phrase names the addressee
    text = "When the hearing in Denver ended, the judge issued a restraining order against the city council."
    events = _events(base_nlp, text, "DEMAND")
    assert [e.target_text for e in events] == ["city council"], _explain(events)
