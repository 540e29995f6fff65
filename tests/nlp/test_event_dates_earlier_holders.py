"""Event dates: an act of earlier holders of an office (Stop 48, event_dates 0.1.157). A past or
present perfect act whose doer is an office noun marked earlier ("previous speakers", "past
administrations", "earlier governments"; not "former", people out of office who act now) was done in their time, before the article, at a time the sentence does not give:
undated, ``date_source = before`` (TimeML BEFORE the document creation time), never the publication
day. A told date keeps its date; people out of office ("the former president visited", "former
presidents visited", "former officials condemned"), a future act and an unmarked holder keep the
publication day.
Sentences written for these tests, in the full pipeline (the doer is the event's source)."""

from __future__ import annotations

import pytest

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, TEXT

from tests.nlp.linked_events import linked, show


def _when(nlp, text, trigger_start):
    found = [e for e in linked(nlp, text) if e.trigger.startswith(trigger_start)]
    assert found, show(linked(nlp, text))
    return [(e.date, e.date_source) for e in found]


@pytest.mark.parametrize("text, trigger", [
    ("Previous speakers of the parliament visited Taiwan.", "visited"),
    ("Past administrations imposed tariffs on Chinese steel.", "imposed"),
    ("Earlier governments have signed agreements with Moldova.", "signed"),
    ("Prior presidents visited Kyiv.", "visited"),
])
def test_an_act_of_earlier_holders_of_an_office_is_before_the_article(nlp, text, trigger):
    assert _when(nlp, text, trigger) == [(None, BEFORE)]


@pytest.mark.parametrize("text, trigger, expected", [
    # its own told date
    ("The former president visited Kyiv on Monday.", "visited", [("2022-02-28", TEXT)]),
    ("Previous speakers visited Taiwan in 1997.", "visited", [("1997", TEXT)]),
    # one person now out of office: may act on the day
    ("The former president visited Kyiv.", "visited", [("2022-03-02", PUBLICATION)]),
    # a statement by people out of office is a telling of now
    ("Former officials condemned the junta.", "condemned", [("2022-03-02", PUBLICATION)]),
    # (event_dates 0.1.158) "former" is no mark of earlier holders: people out of office act now,
    # in any number and any act
    ("Former presidents visited Kyiv.", "visited", [("2022-03-02", PUBLICATION)]),
    ("Former legislators protested outside the parliament in Chisinau.", "protested",
     [("2022-03-02", PUBLICATION)]),
    ("Former ministers met with the foreign minister.", "met", [("2022-03-02", PUBLICATION)]),
    # no mark of an earlier holder
    ("The speaker visited Taiwan.", "visited", [("2022-03-02", PUBLICATION)]),
])
def test_a_dated_act_one_former_holder_a_statement_or_an_unmarked_holder_keep_their_dates(nlp, text, trigger,
                                                                                            expected):
    assert _when(nlp, text, trigger) == expected


def test_a_future_act_of_earlier_holders_is_no_past_act(nlp):
    assert all(source != BEFORE for _, source in _when(nlp, "Previous speakers will visit Taiwan.", "visit"))
