"""Event dates (issue 6): a material act told in the present perfect as a recap, not as the
news of the day, is undated before the publication (``perfect_recap``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, date_events
from newsgraph.nlp.types import Event
from tests.nlp.dated_events import dated

REF = dt.date(2024, 5, 6)


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp.pipeline import build_pipeline

    return build_pipeline(("newsgraph_timex",))


def _dated(nlp, text: str, triggers: list[tuple[str, str]], title: str | None = None) -> list[Event]:
    return dated(nlp, text, triggers, REF, title)


STORY = ("The Secretary of State welcomed the new finance minister of Moldova to Washington. "
         "The two discussed energy security and reforms to the judiciary. ")


@pytest.mark.parametrize("recap, trigger, event_type", [
    ("Police have arrested the smuggler who ran weapons across the border.", "arrested", "COERCE"),
    ("We have imposed tough sanctions on the junta and its business partners.", "imposed", "SANCTION"),
    ("Government troops have destroyed dozens of villages in the north.", "destroyed", "ASSAULT"),
    ("Washington has delivered armored vehicles and radios to the national police.", "delivered", "AID"),
])
def test_a_material_act_recapped_in_the_present_perfect_is_before_the_publication(nlp, recap, trigger, event_type):
    (event,) = _dated(nlp, STORY + recap, [(trigger, event_type)])
    assert (event.date, event.date_source) == (None, BEFORE)
    assert "a present perfect recap" in event.explanation


@pytest.mark.parametrize("text, title", [
    # the lead tells the news of the day
    ("The Treasury has designated three shipping firms that carried oil for the militia. "
     "The firms are based in two ports. ", None),
    # the title names it
    (STORY + "The Treasury has designated three shipping firms that carried oil for the militia.",
     "Treasury Designates Shipping Firms"),
    # a time of its own (a counted span up to the day; an uncounted one, "over the past months",
    # puts a simple present perfect before the article since event_dates 0.1.154)
    (STORY + "Over the past week the Treasury has designated three shipping firms.", None),
])
def test_the_news_of_the_day_keeps_the_publication_day(nlp, text, title):
    (event,) = _dated(nlp, text, [("designated", "SANCTION")], title)
    assert event.date_source != BEFORE


def test_a_verbal_act_or_a_later_act_of_the_announced_type_keeps_the_publication_day(nlp):
    text = (STORY + "The Treasury sanctioned two shipping firms on Monday. "
            "The Treasury has also designated the captain of one of their tankers. "
            "The opposition leader has called the vote a fraud.")
    sanctioned, designated, called = _dated(nlp, text, [("sanctioned", "SANCTION"), ("designated", "SANCTION"),
                                                        ("called", "DISAPPROVE")])
    assert sanctioned.date == REF.isoformat()
    assert (designated.date, designated.date_source) == (REF.isoformat(), PUBLICATION)
    assert (called.date, called.date_source) == (REF.isoformat(), PUBLICATION)


def test_a_readout_act_after_a_dated_reception_takes_its_day(nlp):
    # CAMEO RECEIVE + envoy/minister/leader (043: host a visit): the reception is a gathering
    text = ("The President of Ghana received yesterday in Accra a delegation of European trade ministers. "
            "President Mahama thanked the ministers for the support of the European Union.")
    received, thanked = _dated(nlp, text, [("received", "CONSULT"), ("thanked", "SUPPORT")])
    assert received.date == "2024-05-05"
    assert (thanked.date, thanked.date_source) == ("2024-05-05", "text")


def _legal(nlp, text: str, trigger: str, title: str | None = None) -> Event:
    (event,) = _dated(nlp, text, [(trigger, "DISAPPROVE")], title)
    return event


def test_a_legal_act_recapped_in_the_present_perfect_is_before_the_publication(nlp):
    # PLOVER legal mode: a charge brought by prosecutors is a deed, not the statement of the day
    from newsgraph.nlp.pipeline import make_doc

    text = ("Today, Colombian authorities handed over the former militia commander to U.S. marshals in Bogota. "
            "He led a network that moved cocaine through the Caribbean for a decade. "
            "Federal prosecutors have charged him with drug trafficking and money laundering.")
    doc = nlp(make_doc(nlp, text, REF))
    start = text.index("charged")
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    legal = Event(type="DISAPPROVE", mode="legal", sentence_start=sent.start_char, sentence_end=sent.end_char,
                  trigger="charged", trigger_start=start, trigger_end=start + len("charged"))
    verbal = Event(type="DISAPPROVE", mode="criticize", sentence_start=sent.start_char, sentence_end=sent.end_char,
                   trigger="charged", trigger_start=start, trigger_end=start + len("charged"))
    doc._.ng_title = None
    doc._.ng_events = [legal, verbal]
    date_events(doc)
    assert (legal.date, legal.date_source) == (None, BEFORE)
    assert "a present perfect recap" in legal.explanation
    # the same words coded as a verbal act keep the day (a statement's present perfect is the day's)
    assert verbal.date_source != BEFORE


@pytest.mark.parametrize("recap, trigger, event_type", [
    ("There are reports that civilians have been killed in the camps.", "killed", "ASSAULT"),
    ("The opposition leader has been released from prison awaiting a new trial.", "released", "RETREAT"),
    ("Dozens of activists have been detained and beaten by the police.", "beaten", "ASSAULT"),
])
def test_a_material_act_recapped_in_the_passive_present_perfect_is_before_the_publication(nlp, recap, trigger,
                                                                                         event_type):
    # the passive perfect tells the act as done before the time of writing, as the active one does
    (event,) = _dated(nlp, STORY + recap, [(trigger, event_type)])
    assert (event.date, event.date_source) == (None, BEFORE)
    assert "a present perfect recap" in event.explanation


def test_a_passive_perfect_in_the_lead_or_a_pluperfect_keeps_its_date(nlp):
    lead = "Two journalists have been sentenced to twelve years of hard labor. The court sat in the capital. "
    (event,) = _dated(nlp, lead, [("sentenced", "SANCTION")])
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)
    (event,) = _dated(nlp, STORY + "Some may have been killed in the camps.", [("killed", "ASSAULT")])
    assert "a present perfect recap" not in event.explanation  # a modal perfect tells no done act
