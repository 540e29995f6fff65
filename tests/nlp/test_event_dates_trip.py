"""Event dates of acts told inside a dated trip, over the days before the article, or agreed for
later (event_dates 0.1.12: ``trip_scene``, ``past_days``, ``_planned_act``, ``_reference_on_noun``).
Sentences written in the style of state.gov travel notes and statements; none from the gold files."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, TEXT
from newsgraph.nlp.pipeline import extract

FRIDAY = dt.date(2023, 6, 16)


def _events(text, ref=FRIDAY):
    return extract(text, ref, outlet="U.S. Department of State").events


def _after(events, text, marker):
    return [e for e in events if e.sentence_start >= text.index(marker)]


def test_while_in_a_place_takes_the_dated_stay_there():
    text = ("Under Secretary Nuland is in Nairobi, Kenya from June 12-14. While in Nairobi, she will meet "
            "with President Ruto to discuss regional security.")
    later = _after(_events(text), text, "While in")
    assert later and all((e.date, e.date_end, e.date_source) == ("2023-06-12", "2023-06-14", TEXT) for e in later)
    assert all("While in Nairobi" in e.explanation for e in later)


def test_during_the_visit_to_a_place_takes_the_trips_date():
    text = ("Deputy Secretary Verma traveled to Warsaw, Poland on June 13. During his visit to Warsaw, the "
            "Deputy Secretary met with Polish Foreign Minister Rau.")
    later = [e for e in _after(_events(text), text, "During") if e.trigger.startswith("met")]
    assert later and (later[0].date, later[0].date_source) == ("2023-06-13", TEXT)


def test_a_reference_word_on_a_noun_does_not_end_the_readout():
    text = ("Assistant Secretary Lu traveled to Dhaka, Bangladesh from June 12-13. While in Dhaka, Assistant "
            "Secretary Lu met with the Foreign Minister. The Assistant Secretary also met with civil society "
            "leaders to highlight current U.S. support for free elections.")
    last = [e for e in _after(_events(text), text, "The Assistant Secretary also") if e.trigger.startswith("met")]
    assert last and (last[0].date, last[0].date_end, last[0].date_source) == ("2023-06-12", "2023-06-13", TEXT)


def test_the_past_week_is_the_seven_days_up_to_the_article():
    text = "Police in Managua arrested three opposition leaders in the past week."
    arrested = [e for e in _events(text) if e.trigger.startswith("arrested")]
    assert arrested and (arrested[0].date, arrested[0].date_end, arrested[0].date_source) == \
        ("2023-06-09", "2023-06-16", TEXT)


def test_recent_days_give_no_span():
    # no count, no span; since event_dates 0.1.152 a simple past in the uncounted period is before
    # the article (test_event_dates_vague_period), no longer the publication day
    text = "In recent days, police in Managua arrested three opposition leaders."
    arrested = [e for e in _events(text) if e.trigger.startswith("arrested")]
    assert arrested and (arrested[0].date, arrested[0].date_end, arrested[0].date_source) == (None, None, BEFORE)


def test_an_agreement_to_meet_later_is_not_dated_by_the_planned_meeting():
    for text in ("Secretary Blinken and Foreign Minister Ebrard agreed to meet again in Mexico City in September.",
                 "Deputy Secretary Sherman and Vice Minister Choi agreed to hold talks in Seoul on October 3."):
        agreed = [e for e in _events(text) if e.type == "AGREE"]
        assert agreed and all((e.date, e.date_source) == ("2023-06-16", PUBLICATION) for e in agreed), text


def test_a_planned_trip_keeps_its_own_date():
    text = "Secretary Blinken will travel to Mexico City on September 12 to meet Foreign Minister Ebrard."
    travel = [e for e in _events(text) if e.trigger.startswith("travel")]
    assert travel and (travel[0].date, travel[0].date_source) == ("2023-09-12", TEXT)


def test_the_sentences_after_a_trip_scene_continue_the_trip():
    text = ("On Monday, June 12, Deputy Secretary Verma traveled to Warsaw and met with Prime Minister Morawiecki. "
            "During the visit, Deputy Secretary Verma thanked the Prime Minister for Poland's support to Ukraine. "
            "Deputy Secretary Verma also congratulated Poland on its new energy agreement.")
    later = [e for e in _after(_events(text), text, "During the visit") if e.trigger.startswith(("thanked", "congratulated"))]
    assert {e.trigger.split()[0] for e in later} == {"thanked", "congratulated"}
    assert all((e.date, e.date_source) == ("2023-06-12", TEXT) for e in later)


def test_a_week_and_a_half_is_not_read_as_a_week():
    text = "Indigenous protesters have been blockading the highway near Bagua for the past week and a half."
    events = [e for e in _events(text) if e.trigger.startswith("blockading")]
    assert events and all(e.date != "2023-06-09" for e in events)
