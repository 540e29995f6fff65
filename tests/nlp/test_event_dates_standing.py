"""A measure told as a standing state (event_dates.standing_measure, 0.1.58): a present passive
sanction of a target the article already told sanctioned is in force, imposed before the article,
so undated "before"; the day's own designation keeps its date. Invented sentences in the style of
state.gov sanctions releases; none from the gold files."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION
from newsgraph.nlp.pipeline import extract

TUESDAY = dt.date(2022, 6, 28)


def _sanctions(text):
    return [e for e in extract(text, TUESDAY, outlet="U.S. Department of State").events if e.type == "SANCTION"]


def test_a_target_told_sanctioned_again_in_the_present_passive_is_a_standing_state():
    text = ("The Department of State has also designated the Northern Shipping Bureau (NSB) pursuant to E.O. 14024. "
            "The NSB is also sanctioned under E.O. 13662.")
    events = _sanctions(text)
    later = [e for e in events if e.sentence_start > 0]
    first = [e for e in events if e.sentence_start == 0]
    assert first and all(e.date_source == PUBLICATION for e in first)
    assert later and all((e.date, e.date_source) == (None, BEFORE) for e in later)
    assert "a standing state" in later[0].explanation


def test_a_first_mention_in_the_present_passive_is_the_days_designation():
    events = _sanctions("Volga Transport LLC is designated pursuant to E.O. 14024 for operating in the marine sector.")
    assert events and all(e.date_source == PUBLICATION for e in events)


def test_a_progressive_passive_is_the_days_designation():
    text = ("The Department of State has designated the Northern Shipping Bureau (NSB) pursuant to E.O. 14024. "
            "The NSB is being designated for operating in the defense sector.")
    later = [e for e in _sanctions(text) if e.sentence_start > 0]
    assert all(e.date_source != BEFORE for e in later)
