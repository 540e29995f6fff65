"""A bare weekday dates an act by the tense of its verb, counted from the publication day: an
act told in the past (simple past, present or past perfect) is on the latest such weekday on or
before that day, an act told ahead ("will", "is due to") on the next one (timex._direction,
_resolve_weekday). Regression: a past act "on Friday" in an article published on a Wednesday
was once dated the Friday after."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.event_dates import TEXT
from newsgraph.nlp.pipeline import make_doc

WEDNESDAY = dt.date(2024, 5, 15)
FRIDAY_BEFORE, FRIDAY_AFTER = "2024-05-10", "2024-05-17"


@pytest.mark.parametrize("text, event_type, day", [
    # simple past
    ("Colombia and Ecuador signed a border accord on Friday.", "SUPPORT", FRIDAY_BEFORE),
    # present perfect
    ("Russia has expelled two Estonian diplomats on Friday, the foreign ministry said.", "SANCTION", FRIDAY_BEFORE),
    # past perfect
    ("Chile had recalled its ambassador to Peru on Friday before the talks collapsed.", "SANCTION", FRIDAY_BEFORE),
    # future: the coming Friday
    ("The foreign ministers of Chile and Peru will meet in Lima on Friday.", "AGREE", FRIDAY_AFTER),
    ("Argentina is due to sign the trade accord with Brazil on Friday.", "SUPPORT", FRIDAY_AFTER),
    # the publication's own weekday, told in the past, is that day
    ("Kenya and Uganda signed a trade accord on Wednesday.", "SUPPORT", "2024-05-15"),
])
def test_a_bare_weekday_follows_the_tense_of_its_act(nlp, text, event_type, day):
    doc = nlp(make_doc(nlp, text, WEDNESDAY))
    events = [e for e in doc._.ng_events if e.type == event_type]
    assert events, text
    assert {(e.date, e.date_source) for e in events} == {(day, TEXT)}, text
