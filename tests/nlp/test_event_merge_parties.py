"""One happening, one event, both ways (events 0.7.870, 0.7.871):

1. A later mention that names a shared party with an unkeyed indefinite phrase ("a journalist",
   "two soldiers") introduces a new referent: it is another act, not the earlier one told again.
   A definite back-reference ("the journalist") still merges, and so do keyed parties.
2. A title line in headline grammar (a paragraph of its own whose verb is a participle with no
   finite auxiliary) and the body sentence that retells it with the same keyed parties are one
   event: the body's sentence is the face, the title line's sentence stays among its evidence.

The sentences are written for these tests in the style of news releases."""

from __future__ import annotations

from newsgraph.nlp.events import merge_repeated, record_identity, record_indefinite
from newsgraph.nlp.types import Event
from tests.nlp.linked_events import explain, linked

KILLED = "Last week Russian forces killed a journalist in a strike on Kyiv."


def _assaults(nlp, text):
    return [e for e in linked(nlp, text) if e.type == "ASSAULT"]


def test_an_indefinite_second_victim_is_another_act(nlp):
    text = KILLED + " Yesterday Russian forces killed a journalist near Kharkiv."
    events = _assaults(nlp, text)
    assert len(events) == 2, explain(events)
    assert all(len(e.evidence_spans) == 1 for e in events), explain(events)


def test_a_definite_back_reference_is_the_same_act(nlp):
    text = KILLED + " Russian forces killed the journalist with a missile."
    events = _assaults(nlp, text)
    assert len(events) == 1 and len(events[0].evidence_spans) == 2, explain(events)


def _record(start, target_text, target_key=None):
    return Event(type="ASSAULT", sentence_start=start, sentence_end=start + 10, trigger="killed",
                 trigger_start=start + 1, trigger_end=start + 7, source_text="Russia", source_key="country:RUS",
                 source_start=start, source_end=start + 1, target_text=target_text, target_key=target_key,
                 target_start=start + 8, target_end=start + 9)


def test_records_with_an_indefinite_later_party_stay_apart():
    # (windows of a long text merge on records: the text's determiner is all there is)
    first, later = _record(0, "a journalist"), _record(20, "a journalist")
    assert record_indefinite(later, "target") and not record_indefinite(later, "source")
    assert len(merge_repeated([first, later], record_identity)) == 2
    first, later = _record(0, "a journalist"), _record(20, "the journalist")
    assert len(merge_repeated([first, later], record_identity)) == 1
    first, later = _record(0, "two soldiers", "org:x"), _record(20, "two soldiers", "org:x")
    assert len(merge_repeated([first, later], record_identity)) == 1  # a keyed party is one party


TITLE = "Department of Justice charging two Iranian hackers with fraud against the Treasury Department.\n\n"
BODY = "The Department of Justice announced charges against two Iranian hackers on Monday."


def test_a_title_line_is_evidence_of_the_body_sentence_that_retells_it(nlp):
    events = [e for e in linked(nlp, TITLE + BODY) if e.type == "DISAPPROVE"]
    retold = [e for e in events if (len(TITLE), len(TITLE) + len(BODY)) in e.evidence_spans]
    assert len(retold) == 1, explain(events)
    assert retold[0].evidence_spans[0] == (len(TITLE), len(TITLE) + len(BODY)), explain(events)
    assert retold[0].sentence_start == len(TITLE), explain(events)
    assert (0, len(TITLE)) in retold[0].evidence_spans and len(events) == 1, explain(events)


def test_a_title_line_about_other_parties_stays_its_own_event(nlp):
    body = BODY.replace("Iranian", "North Korean")
    events = [e for e in linked(nlp, TITLE + body) if e.type == "DISAPPROVE"]
    assert len(events) == 2 and all(len(e.evidence_spans) == 1 for e in events), explain(events)
