"""Event dates: the reason of thanks, praise or congratulation ("thanked X *for* V-ing", "congratulate
X *on* V-ing", "commended X for its decision") is an act already done (a perfective
presupposition), so with no date of its own it is undated, ``date_source = before`` (event_dates
0.1.155). A reason told with ongoing aspect ("for continuing to support", "for its ongoing support")
keeps the publication day; a time of the reason's own clause dates it; the thanks itself keeps its
date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, TEXT

from tests.nlp.test_event_dates import _dated, nlp  # noqa: F401  (the module's pipeline fixture)


def _when(event) -> tuple:
    return event.date, event.date_end, event.date_source


@pytest.mark.parametrize("text, trigger", [
    ("The minister thanked Chile for speaking out to condemn the coup in Niger.", "speaking out"),
    ("The minister thanked Chile for speaking out to condemn the coup in Niger.", "condemn"),
    ("The Administrator congratulated Peru on signing the space accords.", "signing"),
    ("The senator praised Poland for its decision to expel the diplomats.", "decision"),
    ("The minister applauded Chile for having expelled the diplomats.", "expelled"),
    ("We commend Ghana for hosting the talks and mediating the truce.", "mediating"),
    ("The envoy is grateful to Chile for hosting the talks.", "hosting"),
    ("The envoy commended Chile for its condemnation of the coup, including the president's "
     "public rejection of the junta.", "rejection"),
])
def test_the_reason_of_thanks_or_praise_is_before_the_article(nlp, text, trigger):
    assert _when(_dated(nlp, text, trigger)) == (None, None, BEFORE)


@pytest.mark.parametrize("text, trigger", [
    ("We commend Kenya for continuing to support the mission.", "support"),
    ("We thank Japan for its ongoing support to the refugees.", "support"),
    ("The minister thanked Chile for its continued assistance to the refugees.", "assistance"),
    ("The minister thanked Chile for speaking out to condemn the coup in Niger.", "thanked"),
    ("Peru accused Chile of attacking the embassy.", "attacking"),  # no gratitude frame
])
def test_thanks_itself_and_an_ongoing_reason_keep_the_publication_day(nlp, text, trigger):
    assert _when(_dated(nlp, text, trigger)) == ("2024-05-06", None, PUBLICATION)


def test_a_reason_dated_in_its_own_clause_keeps_its_date(nlp):
    event = _dated(nlp, "The minister thanked Peru for signing the treaty in March 2019.", "signing")
    assert _when(event) == ("2019-03", None, TEXT)


def test_a_time_of_the_thanks_dates_the_thanks_not_its_reason(nlp):
    text = "On Monday, the minister thanked Peru for signing the treaty."
    assert _when(_dated(nlp, text, "thanked")) == ("2024-05-06", None, TEXT)
    assert _when(_dated(nlp, text, "signing")) == (None, None, BEFORE)
