"""Plain text: furniture, title/outlet recognition, normalisation and date inference."""

from __future__ import annotations

import datetime as dt

from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake.dates import absolute_dates, infer_published, parse_date
from newsgraph.intake.furniture import is_furniture_line, strip_furniture
from newsgraph.intake.model import RawArticle
from newsgraph.intake.normalize import normalize_text
from newsgraph.intake.text import read_text

from .conftest import EXAMPLES

SEED = EXAMPLES / "seed" / "dialogo-iran-bolivia-drones.txt"
BODY = (
    "The foreign ministers met in Geneva on Tuesday to discuss the ceasefire, officials said, "
    "and agreed to hold a second round of talks next month with observers from both sides present."
)


def _only_article(sources, **options) -> RawArticle:
    items = list(read_sources([str(s) for s in sources], IntakeOptions(**options)))
    assert len(items) == 1 and isinstance(items[0], RawArticle), items
    return items[0]


def test_seed_header_is_recognised_and_furniture_removed():
    article = _only_article([SEED])
    assert article.title == "Iran Seeks to Increase Footprint in Bolivia with Drones"
    assert article.outlet == "Diálogo Américas"
    assert "Exit mobile version" in article.furniture
    assert "BOL Iran Defense" in article.furniture
    for line in ("Site icon", "Exit mobile version", "BOL Iran Defense"):
        assert line not in article.text
    assert not article.text.startswith("Iran Seeks")
    # the photo caption is body-adjacent: kept in the text, recorded in metadata
    assert article.text.startswith("General view of Iran’s defense industry")
    assert article.raw_metadata["caption"].endswith("(Photo: Atta Kenare/AFP)")
    assert article.text.endswith("Serrano concluded.")


def test_seed_date_is_inferred_from_what_it_reports():
    # the caption's "August 23, 2023" is the latest full date; "told Diálogo on August 26",
    # reported in the past tense, moves it to the 26th
    article = _only_article([SEED])
    assert article.published == dt.datetime(2023, 8, 26)
    assert article.published_inferred is True


def test_year_less_month_day_moves_the_inferred_date_only_forward_and_not_for_the_future():
    assert infer_published("On August 23, 2023 it rained. He said on August 30 it was over.") == dt.datetime(2023, 8, 30)
    assert infer_published("On August 23, 2023 it rained. The summit will be held on September 10.") == dt.datetime(2023, 8, 23)
    assert infer_published("On August 23, 2023 it rained. On May 2 it was sunny.") == dt.datetime(2023, 8, 23)
    assert infer_published("On August 23, 2023 it rained. On December 2 it snowed.") == dt.datetime(2023, 8, 23)


def test_known_furniture_lines_are_removed_anywhere():
    text = "\n".join([
        "Skip to content", "Menu", "",
        BODY, "", "Advertisement", "",
        "We use cookies to improve your experience on our site.", "Accept all", "",
        BODY.replace("Geneva", "Vienna"), "", "Share this article", "Subscribe", "Back to top",
    ])
    parts = strip_furniture(text)
    assert parts.body == BODY + "\n\n" + BODY.replace("Geneva", "Vienna")
    assert {"Skip to content", "Advertisement", "Accept all", "Share this article", "Subscribe"} <= set(parts.furniture)


def test_furniture_phrases_do_not_eat_sentences():
    assert is_furniture_line("Advertisement")
    assert not is_furniture_line("Advertisement revenue fell sharply in the second quarter, the company said.")
    assert not is_furniture_line("Subscribers to the service were notified on Monday.")


def test_title_case_line_and_kicker():
    text = f"Ministers Agree to Resume Talks in Geneva\n\nWORLD Diplomacy\n\n{BODY}"
    parts = strip_furniture(text)
    assert parts.title == "Ministers Agree to Resume Talks in Geneva"
    assert parts.metadata["kicker"] == "WORLD Diplomacy"
    assert parts.body == BODY


def test_no_title_when_text_starts_with_a_sentence():
    parts = strip_furniture(BODY + "\n\n" + BODY)
    assert parts.title is None
    assert parts.body.startswith("The foreign ministers")


def test_byline_and_dateline_lines():
    text = f"Talks Resume in Geneva\nBy Jane Doe, Staff Writer\nMarch 3, 2021\n\n{BODY}"
    article = read_text(text, "mem")
    assert article.title == "Talks Resume in Geneva"
    assert article.author == "Jane Doe, Staff Writer"
    assert article.published == dt.datetime(2021, 3, 3)
    assert article.text == BODY


def test_normalisation(tmp_path):
    decomposed = "Cafe\u0301 talks   \r\nsecond line  \r\n\r\n\r\n\r\n\r\nnext paragraph\n"
    assert normalize_text(decomposed) == "Café talks\nsecond line\n\nnext paragraph"
    path = tmp_path / "crlf.txt"
    path.write_bytes((BODY + "  \r\n\r\n\r\n\r\n" + BODY + "\r\n").encode())
    article = _only_article([path])
    assert article.text == BODY + "\n\n" + BODY


def test_only_full_dates_count_for_inference():
    text = "The treaty was signed on July 26. In late July 2023 talks resumed. On 3 March 2021 it began."
    assert absolute_dates(text) == [dt.date(2021, 3, 3)]
    assert infer_published(text) == dt.datetime(2021, 3, 3)
    assert infer_published("On July 26 and in August 2023 nothing absolute.") is None


def test_future_dates_are_not_publication_dates():
    text = "Elections are due on November 5, 2024. The poll was published on 1 October 2024."
    assert infer_published(text, today=dt.date(2024, 10, 2)) == dt.datetime(2024, 10, 1)


def test_article_without_any_date_has_none(tmp_path):
    path = tmp_path / "nodate.txt"
    path.write_text(BODY, encoding="utf-8")
    article = _only_article([path])
    assert article.published is None and article.published_inferred is False


def test_options_override_published_and_outlet():
    article = _only_article([SEED], published="2023-09-01T12:00:00+02:00", outlet="Dialogo")
    assert article.outlet == "Dialogo"
    assert article.published == dt.datetime(2023, 9, 1, 10, 0, tzinfo=dt.timezone.utc)
    assert article.published_inferred is False


def test_parse_date_formats():
    assert parse_date("Thu, 11 Jun 2009 10:57:00 +0000") == dt.datetime(2009, 6, 11, 10, 57, tzinfo=dt.timezone.utc)
    assert parse_date("2021-02-24 16:29:36-05:00") == dt.datetime(2021, 2, 24, 21, 29, 36, tzinfo=dt.timezone.utc)
    assert parse_date("2015-09-01") == dt.datetime(2015, 9, 1)
    assert parse_date("May 5") is None  # no year: must not borrow today's
    assert parse_date("not a date") is None


def test_single_line_text_is_body_not_title():
    assert strip_furniture("Ministers Agree to Resume Talks").body == "Ministers Agree to Resume Talks"


def test_sentence_starting_with_by_is_not_a_byline():
    parts = strip_furniture(f"BY THE WAY this story began with a long sentence about the talks.\n\n{BODY}")
    assert parts.author is None
    assert parts.body.startswith("BY THE WAY")


def test_section_label_above_the_headline():
    parts = strip_furniture(f"WORLD NEWS\n\nMinisters Agree to Resume Talks in Geneva\n\n{BODY}")
    assert parts.metadata["kicker"] == "WORLD NEWS"
    assert parts.title == "Ministers Agree to Resume Talks in Geneva"
    assert parts.body == BODY


def test_link_titles_under_a_related_header_are_furniture():
    text = ("The ministry now promotes a filter by regulation. Many users doubt it will work at all.\n"
            "Other related articles:\n"
            "Jane Roe - The “Blue Shield” filter, Official order requiring “Blue Shield” installation, "
            "Blue Shield filter mocked by many users.\n"
            "Sitename - Why I'm not worried over the new filter\n")
    parts = strip_furniture(text)
    assert "mocked" not in parts.body and "Sitename" not in parts.body
    assert parts.body.startswith("The ministry now promotes")


def test_prose_after_a_related_header_stays():
    text = ("The first paragraph of the story is here.\nRelated\n"
            "The minister said the talks would resume on Monday. He gave no further details.\n")
    parts = strip_furniture(text)
    assert "The minister said the talks would resume" in parts.body
