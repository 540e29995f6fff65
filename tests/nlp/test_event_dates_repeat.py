"""Two acts on different days stay two events, and a mention told as another occurrence ("again",
"once more", "another call") is an event of its own with a date of its own (issue 6; event_dates
.split_other_occurrences, repeat_marked). Invented sentences in the style of state.gov readouts;
none from the gold files."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.event_dates import PUBLICATION, TEXT
from newsgraph.nlp.pipeline import extract

FRIDAY = dt.date(2024, 5, 10)


def _consults(text):
    return sorted(((e.date, e.date_source, e.sentence_start) for e in extract(text, FRIDAY).events
                   if e.type == "CONSULT"), key=lambda t: t[2])


def test_two_meetings_of_one_pair_on_different_dates_are_two_events():
    text = ("Secretary Blinken met Foreign Minister Kuleba in Kyiv on May 2. The two discussed air defense. "
            "Secretary Blinken met Foreign Minister Kuleba in Brussels on May 9 to review progress.")
    assert _consults(text) == [("2024-05-02", TEXT, 0), ("2024-05-09", TEXT, text.index("Secretary Blinken met F", 10))]


def test_a_call_told_again_takes_no_earlier_date_and_is_its_own_event():
    text = ("Secretary Blinken spoke with Foreign Minister Kuleba on Monday. The Secretary reaffirmed U.S. "
            "support for Ukraine. Blinken spoke with Kuleba again to discuss the grain corridor.")
    assert _consults(text) == [("2024-05-06", TEXT, 0), ("2024-05-10", PUBLICATION, text.index("Blinken spoke with K"))]


def test_a_readouts_later_call_marked_again_is_not_the_dated_call():
    text = ("Secretary Blinken spoke with Foreign Minister Kuleba on Monday. "
            "He spoke again with Ukrainian President Zelensky about the grain corridor.")
    assert _consults(text) == [("2024-05-06", TEXT, 0), ("2024-05-10", PUBLICATION, text.index("He spoke"))]


def test_again_on_a_readouts_statement_keeps_the_calls_date():
    # "again reaffirmed": said once more in the call, not another call
    text = ("Secretary Blinken spoke with Foreign Minister Kuleba on Monday. "
            "The Secretary again reaffirmed U.S. support for Ukraine's sovereignty.")
    support = next(e for e in extract(text, FRIDAY).events if e.type == "SUPPORT")
    assert (support.date, support.date_source) == ("2024-05-06", TEXT)


def test_an_undated_repeated_mention_stays_one_event():
    text = ("Police arrested opposition leader Ali Musa at his home in Lagos on Saturday. "
            "Police arrested Musa after a rally.")
    arrests = [e for e in extract(text, FRIDAY).events if e.type == "COERCE"]
    assert len(arrests) == 1 and len(arrests[0].evidence_spans) == 2
