"""Dates as real sources write them: numeric dates, the day/month order, the publisher's local
day and wire datelines (issue 7)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsgraph.batch import reference_date
from newsgraph.intake import read_sources
from newsgraph.intake.dates import (DMY, MDY, date_order_for, decide_order, numeric_date_readings, numeric_dates,
                                    opening_dateline, parse_date, press_dateline, reference_day, wire_dateline)
from newsgraph.intake.model import RawArticle
from newsgraph.intake.options import IntakeOptions
from newsgraph.store.repository import _published_iso


@pytest.mark.parametrize("text, expected", [
    ("14/3/2021", dt.datetime(2021, 3, 14)),               # a 14 cannot be a month: day first
    ("2021/3/14", dt.datetime(2021, 3, 14)),               # year first is year-month-day
    ("14.03.2021", dt.datetime(2021, 3, 14)),
    ("2021/3/14 08:05:00", dt.datetime(2021, 3, 14, 8, 5)),
    ("05-Sep-11", dt.datetime(2011, 9, 5)),                # DD-Mon-YY
    ("3/14/2021", dt.datetime(2021, 3, 14)),               # a 14 cannot be a month: month first
])
def test_numeric_dates_read_by_their_values(text, expected):
    assert parse_date(text) == expected


def test_ambiguous_numeric_date_keeps_both_readings_until_something_decides():
    assert parse_date("4/3/2021") is None
    assert numeric_date_readings("4/3/2021") == [dt.datetime(2021, 3, 4), dt.datetime(2021, 4, 3)]
    assert parse_date("4/3/2021", date_order=DMY) == dt.datetime(2021, 3, 4)
    assert parse_date("4/3/2021", date_order=MDY) == dt.datetime(2021, 4, 3)
    assert parse_date("5/5/2021") == dt.datetime(2021, 5, 5)  # both readings agree


def test_other_dates_in_the_article_decide_before_the_locale():
    dates = [d for _s, _e, d in numeric_dates("Signed 4/3/2021, ratified 14/3/2021.")]
    assert decide_order(dates) == DMY
    assert decide_order(dates, locale_order=MDY) == DMY   # the article's own dates win
    only_ambiguous = [d for _s, _e, d in numeric_dates("Signed 4/3/2021.")]
    assert decide_order(only_ambiguous, locale_order=MDY) == MDY
    assert decide_order(only_ambiguous) is None


@pytest.mark.parametrize("language, url, order", [
    ("en-GB", None, DMY), ("en-US", None, MDY), ("fr", None, DMY), ("de-DE", None, DMY),
    (None, "https://www.bbc.co.uk/news/world-123", DMY), (None, "https://www.lemonde.fr/a", DMY),
    ("en", None, None),                       # English is written both ways
    (None, "https://example.com/story", None),
])
def test_outlet_locale_gives_the_date_order(language, url, order):
    assert date_order_for(language, url) == order


def _jsonl(tmp_path, record) -> RawArticle:
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    items = list(read_sources([str(path)], IntakeOptions()))
    assert len(items) == 1 and isinstance(items[0], RawArticle), items
    return items[0]


BODY = "The ministers met in the capital on Monday and agreed to resume the talks next month."


def test_ambiguous_source_date_decided_by_the_outlet_locale(tmp_path):
    article = _jsonl(tmp_path, {"text": BODY, "date": "4/3/2021", "language": "en-GB"})
    assert article.published == dt.datetime(2021, 3, 4)
    assert article.raw_metadata["date_source"] == "numeric_date_dmy"


def test_ambiguous_source_date_without_a_locale_stays_ambiguous(tmp_path):
    article = _jsonl(tmp_path, {"text": BODY, "date": "4/3/2021"})
    assert article.published is None
    assert article.raw_metadata["published_readings"] == ["2021-03-04T00:00:00", "2021-04-03T00:00:00"]


def test_publisher_local_day_anchors_relative_dates(tmp_path):
    article = _jsonl(tmp_path, {"text": BODY, "date": "2024-06-03T00:20:00+02:00"})
    assert _published_iso(article) == "2024-06-02T22:20:00"          # stored in UTC
    assert article.raw_metadata["published_utc_offset"] == "+02:00"
    assert article.raw_metadata["published_local_date"] == "2024-06-03"
    # relative dates count from the publisher's June 3, not the UTC June 2
    assert reference_date(_published_iso(article), article.raw_metadata) == dt.date(2024, 6, 3)


def test_a_utc_stamp_is_read_in_the_outlets_time_zone(tmp_path):
    # a State Department feed stamps 00:27 UTC on February 23: 19:27 on the 22nd in Washington,
    # so the release's "yesterday" is February 21 (outlets.yaml: timezone America/New_York)
    article = _jsonl(tmp_path, {"text": BODY, "date": "2022-02-23T00:27:39+00:00",
                                "url": "https://www.state.gov/a-release/"})
    assert article.outlet == "United States Department of State"
    assert _published_iso(article) == "2022-02-23T00:27:39"          # still stored in UTC
    assert article.raw_metadata["published_timezone"] == "America/New_York"
    assert article.raw_metadata["published_utc_offset"] == "-05:00"
    assert reference_date(_published_iso(article), article.raw_metadata) == dt.date(2022, 2, 22)
    # in July the zone is on daylight time
    summer = _jsonl(tmp_path, {"text": BODY, "date": "2022-07-12T03:10:00Z", "url": "https://www.whitehouse.gov/x/"})
    assert summer.raw_metadata["published_utc_offset"] == "-04:00"
    assert summer.raw_metadata["published_local_date"] == "2022-07-11"


def test_a_utc_stamp_of_an_outlet_without_a_zone_keeps_the_utc_day(tmp_path):
    # a wire service or an unlisted site writes on several continents: nothing says whose clock
    article = _jsonl(tmp_path, {"text": BODY, "date": "2022-02-23T00:27:39+00:00",
                                "url": "https://www.reuters.com/world/x/"})
    assert "published_timezone" not in article.raw_metadata
    assert reference_date(_published_iso(article), article.raw_metadata) == dt.date(2022, 2, 23)
    # an offset the source gives wins over the outlet's zone
    own = _jsonl(tmp_path, {"text": BODY, "date": "2022-02-23T01:00:00+03:00", "url": "https://www.state.gov/y/"})
    assert own.raw_metadata["published_local_date"] == "2022-02-23"
    assert "published_timezone" not in own.raw_metadata


WIRE = "KINSHASA, May 2 (AFP) - Militia fighters attacked a camp on Sunday, the army said.\n"


def test_wire_dateline_parts():
    wire = wire_dateline(WIRE)
    assert (wire.place, wire.month, wire.day, wire.agency) == ("KINSHASA", 5, 2, "AFP")
    assert wire.date(dt.date(2024, 5, 6)) == dt.date(2024, 5, 2)
    assert wire.date(dt.date(2025, 1, 2)) == dt.date(2024, 5, 2)  # filed before it is published
    assert wire_dateline("MILWAUKEE, Wis., Jan. 5, 2020 (AP) — The mayor said").place == "MILWAUKEE, Wis."
    assert wire_dateline("The US, May 2 - it said") is None
    assert wire_dateline("WASHINGTON — Officials said") is None  # no date, no agency: not a wire dateline


@pytest.mark.parametrize("line, place, date, agency, lead", [
    ("Geneva, May 12, 2024 - Japan welcomed the report.", "Geneva", dt.date(2024, 5, 12), None, "Japan"),
    ("Geneva, May 12, 2024 -- Japan welcomed the report.", "Geneva", dt.date(2024, 5, 12), None, "Japan"),
    ("Austin, Texas, June 4, 2024 \u2013 The governor signed the bill.", "Austin, Texas", dt.date(2024, 6, 4), None, "The"),
    ("Washington, D.C., March 3, 2023 \u2014 \u201cWe condemn it,\u201d she said.", "Washington, D.C.",
     dt.date(2023, 3, 3), None, "\u201cWe"),
    ("Oslo, Monday, 14 March 2024 - Norway said.", "Oslo", dt.date(2024, 3, 14), None, "Norway"),
    ("NEW YORK, May 12, 2024 /PRNewswire/ -- Acme Corp. said.", "NEW YORK", dt.date(2024, 5, 12), "PRNewswire", "Acme"),
])
def test_press_release_dateline_parts(line, place, date, agency, lead):
    dateline = press_dateline(line)
    assert (dateline.place, dateline.date(dt.date(2024, 12, 1)), dateline.agency) == (place, date, agency)
    assert line[dateline.end:].split()[0] == lead
    assert opening_dateline(line) == dateline


@pytest.mark.parametrize("line", [
    "In Geneva, May 12, 2024 - Japan welcomed the report.",    # a clause, not a place
    "Today, May 12, 2024 - Japan welcomed the report.",
    "Geneva, May 12 - June 3, 2024 - Japan hosted the talks.",  # a range: the dash runs on into a month
    "Geneva, May 12, 2024 - the talks ended.",                  # the lead opens with no capital
    "Geneva - Japan welcomed the report.",                      # no date
])
def test_what_is_no_press_release_dateline(line):
    assert press_dateline(line) is None


def test_a_wire_dateline_opens_a_text_before_a_press_release_reading():
    assert opening_dateline(WIRE).agency == "AFP" and opening_dateline(WIRE) == wire_dateline(WIRE)


def test_wire_dateline_is_furniture_place_anchor_and_outlet(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    [article] = list(read_sources([str(path)], IntakeOptions(published=dt.datetime(2024, 5, 6))))
    assert article.text.startswith("Militia fighters attacked")          # furniture for the body
    assert "KINSHASA, May 2 (AFP)" in article.furniture
    dateline = article.raw_metadata["dateline"]
    assert dateline["place"] == "KINSHASA"                               # the story's location
    assert dateline["date"] == "2024-05-02"
    # no outlet known: the agency of the dateline, under its listed name (intake/outlets.yaml)
    assert article.outlet == "Agence France-Presse" and article.raw_metadata["outlet_as_written"] == "AFP"
    assert reference_day("2024-05-06T00:00:00", article.raw_metadata) == dt.date(2024, 5, 2)


def test_wire_agency_does_not_replace_a_known_outlet(tmp_path):
    article = _jsonl(tmp_path, {"text": WIRE, "outlet": "Radio Okapi", "date": "2024-05-06"})
    assert article.outlet == "Radio Okapi"
    assert article.raw_metadata["dateline"]["agency"] == "AFP"
    assert not article.text.startswith("KINSHASA")


def test_dates_written_in_words_break_a_tie_when_nothing_else_decides():
    from newsgraph.intake.dates import written_order

    assert written_order("The envoys met on 4 March and again on 12th of April.") == DMY
    assert written_order("The envoys met on March 4.") == MDY
    assert written_order("In May 2020 prices rose.") is None
    dates = [d for _s, _e, d in numeric_dates("Signed 4/3/2021.")]
    assert decide_order(dates, text_order=DMY) == DMY
    assert decide_order(dates, locale_order=MDY, text_order=DMY) == MDY  # the outlet's locale first


def test_unambiguous_numeric_dates_count_when_inferring_the_publication_date():
    from newsgraph.intake.dates import infer_published

    assert infer_published("The court ruled on 14/3/2021.", today=dt.date(2022, 1, 1)) == dt.datetime(2021, 3, 14)
    assert infer_published("The court ruled on 4/3/2021.", today=dt.date(2022, 1, 1)) is None


def test_stored_article_counts_relative_dates_from_the_local_day(tmp_path):
    from newsgraph.batch import IngestReport, extract_articles, store_articles
    from newsgraph.store import repository
    from newsgraph.store.db import open_store

    article = _jsonl(tmp_path, {"text": "The minister resigned yesterday, officials said.",
                                "date": "2024-06-03T00:20:00+02:00"})
    store = open_store(str(tmp_path / "t.db"))
    try:
        report = IngestReport()
        store_articles(store, [article], report)
        extract_articles(store, report.new, report)
        stored = repository.get_article(store, report.new[0])
        assert stored["published"] == "2024-06-02T22:20:00"  # UTC
        values = {t["text"]: t["value"] for t in repository.article_facts(store, report.new[0])["timexes"]}
        assert values["yesterday"] == "2024-06-02"  # the publisher's June 3 minus one day
    finally:
        store.close()


def test_words_that_only_look_like_numeric_dates():
    text = "On 5 May 20 people died; version 3.8.10 shipped; the score was 3-1; it rose 1.65 points."
    assert numeric_dates(text) == []


def test_a_source_date_not_read_is_said_in_one_warning_line_with_what_the_article_got(tmp_path):
    unread = _jsonl(tmp_path, {"text": BODY, "date": "sometime last spring"})
    assert unread.published is None
    [note] = unread.notes
    assert note.startswith(f"{tmp_path / 'items.jsonl'}:1: its date 'sometime last spring' is not a date")
    assert "stored undated" in note and "\n" not in note

    dated = _jsonl(tmp_path, {"text": "The ministers met in the capital on March 3, 2021 and agreed to resume the talks.",
                              "date": "sometime last spring"})
    assert (dated.published, dated.published_inferred) == (dt.datetime(2021, 3, 3), True)
    assert [n.split("; ")[1] for n in dated.notes] == ["dated 2021-03-03 from its own text (inferred)"]

    ambiguous = _jsonl(tmp_path, {"text": BODY, "date": "4/3/2021"})
    assert ["reads as 2021-03-04 or 2021-04-03" in n and "stored undated" in n for n in ambiguous.notes] == [True]


def test_a_read_or_overridden_source_date_says_nothing(tmp_path):
    assert _jsonl(tmp_path, {"text": BODY, "date": "2021-03-04"}).notes == []
    assert _jsonl(tmp_path, {"text": BODY, "date": "4/3/2021", "language": "en-GB"}).notes == []  # decided by the locale
    path = tmp_path / "given.jsonl"
    path.write_text(json.dumps({"text": BODY, "date": "not a date"}) + "\n", encoding="utf-8")
    [article] = list(read_sources([str(path)], IntakeOptions(published="2021-03-04")))
    assert article.published == dt.datetime(2021, 3, 4) and article.notes == []
