"""Event dates: an appositive time ("nearly a year ago, on July 11, 2021", "last week, on 30
April") restates the time before it. It dates what that time dates, wherever the parse hangs the
comma-set phrase (so a relative clause's restated date does not leak to the main verb above it),
and it gives that act its exact time (event_dates 0.1.151)."""

from __future__ import annotations

import pytest

from newsgraph.nlp.event_dates import PUBLICATION, TEXT, restated_times
from newsgraph.nlp.types import Timex

from tests.nlp.test_event_dates import REF, _dated, nlp  # noqa: F401  (the module's pipeline fixture)


def _when(event) -> tuple:
    return event.date, event.date_end, event.date_source


_RELATIVE = ("The junta continues to hold more than 300 students who marched in the capital nearly one year "
             "ago, on May 14, 2023, to demand elections.")
_LAST_WEEK = "Authorities continue to detain 50 journalists who protested last week, on April 30, against the law."


@pytest.mark.parametrize("text, trigger, event_type, expected", [
    # the ongoing main act is the day's news (the publication day), not the relative clause's time
    (_RELATIVE, "hold", "ASSAULT", (REF.isoformat(), None, PUBLICATION)),
    (_LAST_WEEK, "detain", "ASSAULT", (REF.isoformat(), None, PUBLICATION)),
    # the relative clause's own act takes the exact day the appositive names, not the vague time
    (_RELATIVE, "marched", "PROTEST", ("2023-05-14", None, TEXT)),
    (_LAST_WEEK, "protested", "PROTEST", ("2024-04-30", None, TEXT)),
    # in a main clause too
    ("The army shelled the border town a year ago, on May 2, 2023, killing four.", "shelled", "ASSAULT",
     ("2023-05-02", None, TEXT)),
])
def test_an_appositive_time_dates_what_the_time_it_restates_dates(nlp, text, trigger, event_type, expected):
    assert _when(_dated(nlp, text, trigger, event_type=event_type)) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # contrasts: a date on the main verb keeps it, and so does the relative clause's act
    ("On April 30, police detained 50 journalists who protested against the law.", "detained",
     ("2024-04-30", None, TEXT)),
    ("Police detained 50 journalists who protested against the law on April 30.", "protested",
     ("2024-04-30", None, TEXT)),
    # a list of days is no restatement: the first is the act's
    ("Police arrested protesters on May 1, on May 2 and on May 3.", "arrested", ("2024-05-01", None, TEXT)),
])
def test_a_time_that_restates_nothing_dates_as_before(nlp, text, trigger, expected):
    assert _when(_dated(nlp, text, trigger)) == expected


def _timex(text: str, phrase: str, value: str, after: int = 0) -> Timex:
    start = text.index(phrase, after)
    return Timex(start=start, end=start + len(phrase), text=phrase, type="DATE", value=value)


def test_restated_times_needs_a_comma_and_a_time_within_the_first():
    text = "a year ago, on July 11, 2021; in 2021, on July 11, 2020; on July 11, on July 12; recently, on July 9"
    listed = text.index("; on") + 1
    timexes = [_timex(text, "a year ago", "2021"), _timex(text, "July 11, 2021", "2021-07-11"),
               _timex(text, "2021", "2021", text.index("; in")), _timex(text, "July 11, 2020", "2020-07-11"),
               _timex(text, "July 11", "2021-07-11", listed), _timex(text, "July 12", "2021-07-12"),
               _timex(text, "recently", "PAST_REF"), _timex(text, "July 9", "2021-07-09")]
    # a year then a day in it, a vague past then a day; not a day outside the year, nor a second day
    assert restated_times(text, timexes) == {1: 0, 7: 6}
