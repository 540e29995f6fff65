"""A dateline that opens the text ("Geneva, May 12, 2024 - Japan welcomed ...") is no part of the
lead sentence: no entity runs across its dash, the lead's subject is the actor, the dateline's
date stays a time expression and dates the story (paragraphs._part_dateline, opening_dateline)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.event_dates import PUBLICATION, TEXT
from newsgraph.nlp.pipeline import make_doc

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday, after every dateline below


def _doc(nlp, text, published=PUBLISHED):
    return nlp(make_doc(nlp, text, published))


# (text, subject after the dash, its actor key, event type, the dateline's day)
DATELINED = [
    ("Geneva, May 12, 2024 - Japan welcomed the report of the commission.",
     "Japan", "country:JPN", "SUPPORT", "2024-05-12"),
    ("Geneva, May 12, 2024 -- Japan welcomed the report of the commission.",
     "Japan", "country:JPN", "SUPPORT", "2024-05-12"),
    ("Washington, March 3, 2023 - The United States condemned the attack on its embassy in Kabul.",
     "United States", "country:USA", "DISAPPROVE", "2023-03-03"),
    ("Nairobi, Kenya, Feb. 9, 2023 -- The African Union called for a ceasefire in Sudan.",
     "African Union", "org:african-union", "DEMAND", "2023-02-09"),
    ("Paris, Texas, October 2, 2023 - Mexico criticized the new border fence.",
     "Mexico", "country:MEX", "DISAPPROVE", "2023-10-02"),
    ("Oslo, 14 March 2024 \u2013 Norway condemned the missile strikes on Kharkiv.",
     "Norway", "country:NOR", "DISAPPROVE", "2024-03-14"),
]


@pytest.mark.parametrize("text, subject, key, event_type, day", DATELINED)
def test_the_lead_after_a_dateline_names_its_actor(nlp, text, subject, key, event_type, day):
    doc = _doc(nlp, text)
    dash = next(t.i for t in doc if t.text in {"-", "--", "\u2013", "\u2014"})
    # no entity runs across the dateline's dash into the lead
    assert not [e.text for e in doc.ents if e.start <= dash < e.end]
    # the lead is a sentence of its own, and the dateline's place is not its subject
    lead = doc[dash + 1]
    assert lead.is_sent_start
    assert [s.i for s in lead.sent.root.children if s.dep_ == "nsubj"] == [
        t.i for t in doc if t.text == subject.split()[-1] and t.i > dash]
    assert [m.text for m in doc._.ng_mentions if m.start >= lead.idx][0] == subject
    events = [e for e in doc._.ng_events if e.type == event_type]
    assert [e.source_key for e in events] == [key], text
    # the dateline's date is still read, and it dates the story's act
    assert [t.value for t in doc._.ng_timexes if t.end <= lead.idx] == [day]
    assert (events[0].date, events[0].date_source) == (day, PUBLICATION)


def test_relative_days_in_the_lead_count_from_a_press_dateline(nlp):
    doc = _doc(nlp, "Brussels, Feb. 9, 2023 - Belgium expelled two Russian diplomats on Monday, "
                    "the foreign ministry said.")
    [event] = [e for e in doc._.ng_events if e.type == "SANCTION"]
    # Thursday 9 February 2023: the Monday before it, not the one before the publication
    assert (event.source_key, event.date, event.date_source) == ("country:BEL", "2023-02-06", TEXT)


def test_a_date_range_or_a_clause_is_no_dateline(nlp):
    # "May 12 - June 3" is one range; "In Geneva, ..." opens a clause: the sentence stays whole
    for text in ("Geneva, May 12 - June 3, 2024 hosted the talks on Yemen.",
                 "In Geneva, May 12, 2024 - the talks on Yemen ended without a deal."):
        doc = _doc(nlp, text)
        assert len(list(doc.sents)) == 1, text
