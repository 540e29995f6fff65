"""Event dates: a simple past act told in an uncounted period running up to the article ("in
recent weeks", "over the past weeks", "in the last few days") was done before the article at an
unstated day, not on its day: undated, ``date_source = before`` (TimeML: a vague past reference
anchored before the document time), as "recently" and "a few weeks ago" are; so is a simple
present perfect's (event_dates 0.1.154: Reichenbach E < R = S). A perfect progressive in such a
period runs to the time of writing and keeps the publication day; a time of the act's own clause, a
counted period (a span up to the day) and a named one ("last week") keep their dates (event_dates
0.1.152). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, TEXT

from tests.nlp.dated_events import dated
from tests.nlp.test_event_dates import REF, _dated, nlp  # noqa: F401  (the module's pipeline fixture)


def _when(event) -> tuple:
    return event.date, event.date_end, event.date_source


@pytest.mark.parametrize("text, trigger", [
    ("In recent weeks, the ministry imposed sanctions on two army generals.", "imposed"),
    ("Police arrested dozens of students in recent days.", "arrested"),
    ("In recent years, the regime jailed hundreds of reporters.", "jailed"),
    ("Over the past weeks, the police detained dozens of activists.", "detained"),
    ("In the last few days, the rebels attacked the northern base.", "attacked"),
    ("In the past few days, militants shelled the village.", "shelled"),
    ("Over the past several weeks, soldiers raided the camp.", "raided"),
    ("In recent weeks, three reporters were detained at the border.", "detained"),
    # the simple present perfect: its act is done before the time of writing (0.1.154)
    ("In recent weeks, the junta has intensified its campaign in the north.", "intensified"),
    ("Militants have shelled the village in the past few days.", "shelled"),
    ("In recent months, the ministry has imposed sanctions on two army generals.", "imposed"),
    ("Over the past weeks, police have detained dozens of activists.", "detained"),
])
def test_a_past_act_in_a_vague_period_up_to_the_article_is_before_it(nlp, text, trigger):
    assert _when(_dated(nlp, text, trigger)) == (None, None, BEFORE)


def test_the_next_sentences_today_keeps_the_publication_day(nlp):
    # the earlier measures are before the article; the ones "today" are its news
    text = ("In recent weeks, the ministry imposed sanctions on two army generals. "
            "Today, the ministry imposed sanctions on three more officers.")
    earlier, today = dated(nlp, text, [("imposed sanctions on two", "SANCTION"),
                                       ("imposed sanctions on three", "SANCTION")], REF)
    assert _when(earlier) == (None, None, BEFORE), earlier.explanation
    assert _when(today) == (REF.isoformat(), None, TEXT), today.explanation


@pytest.mark.parametrize("text, trigger, expected", [
    # a perfect progressive runs to the time of writing: it may include the article's day
    ("Militants have been shelling the village in the past few days.", "shelling",
     (REF.isoformat(), None, PUBLICATION)),
    # a perfect of a verb that continues or begins an activity: it goes on at the time of writing
    ("In recent weeks, the rebels have continued attacking the northern base.", "attacking",
     (REF.isoformat(), None, PUBLICATION)),
    # a present perfect with no vague period keeps the day (news of the day)
    ("The ministry has imposed sanctions on two army generals.", "imposed", (REF.isoformat(), None, PUBLICATION)),
    # a time of the act's own clause dates it
    ("In the past week, the ministry announced new sanctions today.", "announced", (REF.isoformat(), None, TEXT)),
    ("In recent weeks, police arrested dozens of students, and today the ministry imposed new sanctions.",
     "imposed", (REF.isoformat(), None, TEXT)),
    ("Today, the ministry imposed new sanctions.", "imposed", (REF.isoformat(), None, TEXT)),
    # a named period keeps its resolved days; a counted one is a span up to the day
    ("Last week, the ministry imposed new sanctions.", "imposed", ("2024-04-29", "2024-05-05", TEXT)),
    ("In the past week, soldiers raided the camp.", "raided", ("2024-04-29", REF.isoformat(), TEXT)),
    # a noun's period is the noun's, not the act's
    ("The ministry condemned the arrests of recent weeks today.", "condemned", (REF.isoformat(), None, TEXT)),
])
def test_a_perfect_an_own_time_or_a_counted_period_keeps_its_date(nlp, text, trigger, expected):
    assert _when(_dated(nlp, text, trigger)) == expected


def test_the_last_couple_of_weeks_is_a_counted_span(nlp):
    # timex P2W: the fourteen days up to the article, as "the last two weeks"
    event = _dated(nlp, "In the last couple of weeks, soldiers raided the camp.", "raided")
    assert _when(event) == ("2024-04-22", REF.isoformat(), TEXT)
