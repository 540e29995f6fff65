"""Event dates (issue 6): an anniversary statement remembers an earlier happening, so its
past-tense acts with no time of their own are undated before the publication
(``commemorated_act``), while its present, perfect and dated acts keep their dates."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, TEXT, anniversary_statement
from newsgraph.nlp.types import Event
from tests.nlp.dated_events import dated

REF = dt.date(2021, 7, 8)
TITLE = "On the 10th Anniversary of the Harbor Crackdown"
BODY = ("We honor the journalists who were jailed in the harbor crackdown. "
        "The regime closed their newspapers and launched a campaign to silence its critics. "
        "Police arrested, beat, and charged their lawyers when they came forward. "
        "We call on the government to release them. "
        "Today the minister announced a review of the cases. "
        "The government has detained two more lawyers. ")


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp.pipeline import build_pipeline

    return build_pipeline(("newsgraph_timex",))


def _dated(nlp, text: str, triggers: list[tuple[str, str]], title: str | None) -> list[Event]:
    return dated(nlp, text, triggers, REF, title)


@pytest.mark.parametrize("title, lead, expected", [
    ("On the 6th Anniversary of the Harbor Crackdown", "", "On the 6th Anniversary of"),
    ("Fifth Anniversary of the Tribunal Ruling", "", "Fifth Anniversary of"),
    ("Statement on the Anniversary of the President's Assassination", "", "Statement on the Anniversary of"),
    ("Poet Still in Jail", "Jane Doe, Spokesperson\nToday marks six years since the regime jailed the poet.",
     "Today marks six years since"),
    # a headline with a verb of the day's news tells the day's acts in the past tense too
    ("Agency celebrates 30th anniversary of first launch; announces new museums", "", None),
    ("FACT SHEET: On One Year Anniversary of the War, Administration Announces Actions", "", None),
    ("Leaders mark anniversary of the flood", "Leaders gathered at the memorial.", None),
    # an anniversary that only opens the headline of the day's news, set off by a clause break
    ("On the Tenth Anniversary of the Flood, Ministry Opens New Dams", "", None),
    ("Second Anniversary of the Harbor Crackdown: Agency Sanctions Police Chiefs", "", None),
    ("Fourth Anniversary of the Strike - Union Files Lawsuit", "", None),
    ("Poet Still in Jail", "Six years ago the regime jailed the poet.", None),
])
def test_an_anniversary_statement_is_told_by_its_title_or_its_lead(title, lead, expected):
    from types import SimpleNamespace

    doc = SimpleNamespace(_=SimpleNamespace(ng_title=title))
    assert anniversary_statement(doc, lead) == expected


@pytest.mark.parametrize("trigger, event_type", [
    ("closed", "COERCE"),
    ("silence", "COERCE"),  # the infinitive of a past campaign's purpose
    ("arrested", "COERCE"),
    ("beat", "ASSAULT"),  # a series of past verbs the parser may tag participles
    ("charged", "DISAPPROVE"),
])
def test_a_past_act_of_an_anniversary_statement_is_before_the_publication(nlp, trigger, event_type):
    (event,) = _dated(nlp, BODY, [(trigger, event_type)], TITLE)
    assert (event.date, event.date_source) == (None, BEFORE)
    assert "an anniversary statement remembers: 'On the 10th Anniversary of'" in event.explanation


@pytest.mark.parametrize("trigger, event_type, date, source", [
    ("call", "DEMAND", "2021-07-08", PUBLICATION),  # the statement's own present act
    ("announced", "AGREE", "2021-07-08", TEXT),  # "Today": the day's news
])
def test_the_present_and_the_days_acts_of_an_anniversary_statement_keep_their_dates(nlp, trigger, event_type, date, source):
    (event,) = _dated(nlp, BODY, [(trigger, event_type)], TITLE)
    assert (event.date, event.date_source) == (date, source)


def test_a_past_act_of_a_news_story_keeps_the_publication(nlp):
    (event,) = _dated(nlp, BODY, [("arrested", "COERCE")], "Police arrest lawyers in the harbor city")
    assert (event.date, event.date_source) == ("2021-07-08", PUBLICATION)


@pytest.mark.parametrize("article_lead, window, expected", [
    # a later window of a long article: the article's lead tells the anniversary, not the window's opening
    ("Jane Doe, Spokesperson\nToday marks six years since the regime jailed the poet.",
     "Police beat the poet's lawyers.", "Today marks six years since"),
    ("Jane Doe, Spokesperson\nThe minister opened the new port.",
     "Today marks six years since the regime jailed the poet.", None),
])
def test_a_later_window_reads_the_articles_lead_for_an_anniversary(article_lead, window, expected):
    from types import SimpleNamespace

    doc = SimpleNamespace(_=SimpleNamespace(ng_title="Poet Still in Jail", ng_article_lead=article_lead))
    assert anniversary_statement(doc, window) == expected


def test_a_past_act_in_a_later_window_of_an_anniversary_statement_is_before_the_publication():
    from newsgraph.nlp.pipeline import ExtractionOptions, build_pipeline, extract, plan_windows

    filler = "We honor the poet and the families who still wait for news of him. " * 9
    text = ("Jane Doe, Spokesperson\nToday marks six years since the regime jailed the poet.\n\n" + filler
            + "\n\n" + filler + "\n\nPolice arrested his lawyers when they came forward.\n")
    options = ExtractionOptions(window_chars=1000)
    assert len(plan_windows(text, options)) > 1
    extraction = extract(text, REF, nlp=build_pipeline(), options=options, title="Poet Still in Jail")
    arrest = next(e for e in extraction.events if e.trigger == "arrested")
    assert (arrest.date, arrest.date_source) == (None, BEFORE)
