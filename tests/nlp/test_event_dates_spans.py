"""Event dates the publication day stamped wrongly (issue 6, kind 9; event_dates 0.1.14): a
readout's act after a dated trip sentence that gave no event, a "these last two months" period
up to the article, and a present perfect counted so far ("already", "historic levels", "since
the start of the conflict"). Sentences written for these tests, none from the gold files."""

from __future__ import annotations

import pytest

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, TEXT
from tests.nlp.test_event_dates import REF, _dated, _dated_by, nlp  # noqa: F401  (the fixture)


def test_a_readout_continues_a_dated_trip_sentence_without_an_event(nlp):
    # only "met" is an event: the trip sentence lends its range as a coded trip would
    text = ("Assistant Secretary Jones and an interagency delegation visited Chile and Peru from April 28-30. "
            "The delegation met with Chilean President Gabriel Boric and Peruvian Foreign Minister Ana Cecilia Gervasi.")
    event = _dated(nlp, text, "met", event_type="CONSULT")
    assert (event.date, event.date_end, event.date_source) == ("2024-04-28", "2024-04-30", TEXT)
    assert "'visited' it continues" in event.explanation


def test_no_trip_sentence_no_readout_date(nlp):
    text = ("Assistant Secretary Jones and an interagency delegation discussed trade with Chile on April 28. "
            "The delegation met with Chilean President Gabriel Boric.")
    event = _dated_by(nlp, text, "met", "The delegation", REF)
    # no trip sentence, so no readout date: the meeting takes no April 28 of its own; the passage is
    # set more than a week before the article (event_dates 0.1.85) by a time closing a sentence
    # that tells the meeting's own actor (0.1.96), so it is undated "before", never the
    # publication day
    assert (event.date, event.date_source) == (None, BEFORE)


@pytest.mark.parametrize("text, trigger, start", [
    ("In these last two months alone, the regime has arrested 32 opposition leaders and journalists.",
     "arrested", "2024-03-06"),
    ("Over the past three years, the government has jailed 300 journalists.", "jailed", "2021-05-06"),
    ("In the last 3 weeks, rebels have attacked the base twice.", "attacked", "2024-04-15"),
])
def test_a_counted_period_up_to_the_article_is_a_span(nlp, text, trigger, start):
    event = _dated(nlp, text, trigger, event_type="COERCE")
    assert (event.date, event.date_end, event.date_source) == (start, REF.isoformat(), TEXT)


def test_the_past_few_months_is_no_span(nlp):
    event = _dated(nlp, "In the past few months, the regime has arrested 32 opposition leaders.", "arrested")
    assert (event.date, event.date_end) != ("2024-03-06", REF.isoformat())


@pytest.mark.parametrize("text, trigger, mark", [
    ("We have imposed sanctions on the junta and provided historic levels of humanitarian assistance to refugees.",
     "provided", "historic levels"),
    ("The regime has detained and tortured thousands of students since the start of the uprising.",
     "detained", "since the start of the uprising"),
    ("Donor countries have already delivered 12 shipments of medicine to the province.", "delivered", "already"),
    ("The agency has delivered 40 convoys of food so far.", "delivered", "so far"),
    ("The agency has delivered 40 convoys of food to date.", "delivered", "to date"),
])
def test_a_perfect_counted_so_far_is_undated_before_the_publication(nlp, text, trigger, mark):
    event = _dated(nlp, text, trigger, event_type="AID")
    assert (event.date, event.date_end, event.date_source) == (None, None, BEFORE)
    assert f"a running total: '{mark}'" in event.explanation


@pytest.mark.parametrize("text, trigger", [
    ("The agency has delivered food to the flooded province.", "delivered"),        # no mark of a total
    ("The agency delivered 40 convoys of food so far this year.", "delivered"),      # a period of its own
    ("Donor countries already delivered medicine to the province.", "delivered"),    # simple past
])
def test_no_total_without_a_perfect_and_a_mark(nlp, text, trigger):
    event = _dated(nlp, text, trigger, event_type="AID")
    assert event.date_source != BEFORE or "running total" not in event.explanation


@pytest.mark.parametrize("text, trigger", [
    ("The ministers discussed the results: more arrests of smugglers in the last two years than ever before.",
     "discussed"),
    ("The donors met for the third time in the past four months to coordinate relief.", "met"),
])
def test_a_period_on_a_noun_does_not_date_the_act(nlp, text, trigger):
    event = _dated(nlp, text, trigger, event_type="CONSULT")
    assert (event.date, event.date_source) == (REF.isoformat(), PUBLICATION)


def test_a_time_of_another_act_does_not_stop_a_running_total(nlp):
    # event_dates 0.1.27: "in April 2021" dates the signing of the order, told in its description
    text = ("The Treasury has designated more than 40 officials and companies for their role in the arms trade, "
            "pursuant to Executive Order 14024, signed by President Biden in April 2021.")
    event = _dated(nlp, text, "designated", event_type="SANCTION")
    assert (event.date, event.date_source) == (None, BEFORE)
    assert "a running total: 'more than 40 officials'" in event.explanation


# ---------------------------------------------------------------- a "since" that places a counted series
@pytest.mark.parametrize("text, trigger", [
    # demo (State Department drawdown statements, 2022): "our twelfth drawdown ... since August 2021";
    # a verb + object trigger spans its act noun, as events/ gives it ("authorizing drawdown")
    ("I am authorizing our fifteenth drawdown of arms and equipment for Ukraine's defense since August 2021.",
     "authorizing our fifteenth drawdown"),
    ("The United States invoked the Moscow Mechanism for the second time since March 2022.", "invoked"),
    ("The United States invoked the Moscow Mechanism a second time since March 2022.", "invoked"),
    # spaCy splits "twenty-first" at its hyphen: its "first" is the ordinal (timex.ORDINAL_WORDS)
    ("I am authorizing our twenty-first drawdown of arms for Ukraine's defense since August 2021.",
     "authorizing our twenty-first drawdown"),
    ("I am authorizing our fortieth drawdown of arms for Ukraine's defense since August 2021.",
     "authorizing our fortieth drawdown"),
    ("The two governments held their first migration talks since 2018 in Washington.",
     "held their first migration talks"),
])
def test_an_ordinal_since_dates_the_series_not_the_act(nlp, text, trigger):
    # the ordinal counts this act (its noun, or "time") in a series that "since" starts: the
    # act keeps its own date
    event = _dated(nlp, text, trigger, event_type="AID")
    assert event.date_end is None
    assert (event.date, event.date_source) == (REF.isoformat(), PUBLICATION)


def test_a_counted_series_since_keeps_its_span(nlp):
    # a count is the series itself: "three rounds ... since November 2021" runs to the article
    text = "The Department has imposed three rounds of visa restrictions since November 2021."
    event = _dated(nlp, text, "imposed", event_type="SANCTION")
    assert (event.date, event.date_end, event.date_source) == ("2021-11", REF.isoformat(), TEXT)


@pytest.mark.parametrize("text, trigger, start", [
    # the ordinal labels the object, no occurrence of the act (event_dates 0.1.35)
    ("The general has commanded the 47th Brigade since 2022.", "commanded", "2022"),
    ("The rebels have controlled the third district since March 2023.", "controlled", "2023-03"),
])
def test_an_ordinal_on_the_object_keeps_the_span(nlp, text, trigger, start):
    event = _dated(nlp, text, trigger, event_type="COERCE")
    assert (event.date, event.date_end, event.date_source) == (start, REF.isoformat(), TEXT)
