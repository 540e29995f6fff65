"""Stop 47 (issue 6), events 0.8.178: a definite act noun with no target of its own ("Verona's
request was advanced in 2012"), told after an event of the same type by the same source that names
its target, is that act told again (definite description anaphora: "the" or a possessive presupposes
a referent the reader knows): one event, the mention naming the target its face, the retelling's
sentence among its evidence spans. An indefinite "a request", a definite noun of another source and
one aimed at a party of its own are other acts. Invented sentences."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked

NEWS = "Wikinews"
RULING = ("The regional court, on May 3, recognised as legitimate the request of the Municipality of Verona "
          "asking private clinics to pay the water tax. ")


def _demands(nlp, text):
    return [e for e in linked(nlp, text, outlet=NEWS) if e.type == "DEMAND"]


def _spans(text, event):
    return [text[start:end].strip() for start, end in event.evidence_spans]


def test_a_definite_request_retells_the_request_named_before(nlp):
    retold = "Verona's request was advanced in 2012."
    text = RULING + retold
    events = _demands(nlp, text)
    assert len(events) == 1, explain(events)
    assert events[0].target_text and "clinics" in events[0].target_text, explain(events)
    assert retold in _spans(text, events[0]), explain(events)


def test_an_indefinite_request_is_another_request(nlp):
    text = RULING + "A request was advanced by the Municipality of Verona in 2012."
    events = _demands(nlp, text)
    assert len(events) == 2 and all(len(e.evidence_spans) == 1 for e in events), explain(events)


def test_a_definite_request_of_another_source_is_another_request(nlp):
    text = RULING + "The request was advanced by the Italian government in 2012."
    events = _demands(nlp, text)
    assert len(events) == 2 and all(len(e.evidence_spans) == 1 for e in events), explain(events)
    assert {e.source_text for e in events} == {"Municipality of Verona", "Italian government"}, explain(events)


def test_a_definite_request_aimed_at_its_own_party_is_another_request(nlp):
    text = RULING + "Verona's request to the Italian government was advanced in 2012."
    events = _demands(nlp, text)
    assert len(events) == 2 and all(len(e.evidence_spans) == 1 for e in events), explain(events)


def test_the_retold_act_takes_the_date_its_retelling_gives(nlp):
    # event_dates 0.1.156: the face's own sentence dates it only "before" the article (an act noun
    # a ruling tells of); the retelling's own clause gives the year: one happening, one date
    text = RULING + "Verona's request was advanced in 2012."
    events = _demands(nlp, text)
    assert len(events) == 1 and events[0].date == "2012" and events[0].date_source == "text", explain(events)
    # with no date in the retelling the act stays before the article
    events = _demands(nlp, RULING + "Verona's request was advanced by its council.")
    assert all(e.date_source != "text" or e.date != "2012" for e in events), explain(events)
