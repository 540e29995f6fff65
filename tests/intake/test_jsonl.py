"""JSON Lines: the bundled exports (each with its own field names), aliases, field_map, bad lines."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from newsgraph.errors import IntakeError, MalformedInputError
from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake.dates import dateline_date
from newsgraph.intake.jsonl import clean_outlet, read_json, read_jsonl
from newsgraph.intake.model import RawArticle

from .conftest import EXAMPLES

JSONL_FILES = [
    EXAMPLES / "statedept" / "articles_geopolitics.jsonl",
    EXAMPLES / "whitehouse" / "statements_geopolitics.jsonl",
    EXAMPLES / "globalvoices-2009" / "articles.jsonl",
    EXAMPLES / "wikinews-gum" / "articles.jsonl",
]


def _items(path, **options):
    return list(read_sources([str(path)], IntakeOptions(**options)))


@pytest.mark.parametrize("path", JSONL_FILES, ids=lambda p: p.parent.name)
def test_bundled_exports_read_completely(path):
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = _items(path)
    assert [type(item) for item in items] == [RawArticle] * len(lines)
    for number, (record, article) in enumerate(zip(lines, items), start=1):
        assert article.source == f"{path}:{number}"
        assert article.source_format == "jsonl"
        assert article.title == record["title"]
        assert article.published is not None and article.published_inferred is False
        assert article.text.strip()
        assert article.outlet


def test_wikinews_headline_and_dateline_are_stripped():
    path = EXAMPLES / "wikinews-gum" / "articles.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for record, article in zip(records, _items(path)):
        assert not article.text.startswith(record["title"])
        first_line = article.text.split("\n", 1)[0]
        assert dateline_date(first_line) is None
        assert not re.match(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, ", first_line)
        raw_head = "\n".join(record["text"].split("\n")[:2])
        if re.search(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \w+ \d+, \d{4}", raw_head):
            # the dateline went to furniture (alone or after the headline)
            assert any(re.search(r"day, \w+ \d+, \d{4}", line) for line in article.furniture)
        # date_created is the publication date
        assert article.published == dt.datetime.fromisoformat(record["date_created"])


def test_whitehouse_prefers_the_timestamped_field():
    article = _items(EXAMPLES / "whitehouse" / "statements_geopolitics.jsonl")[0]
    assert article.published == dt.datetime(2021, 2, 24, 21, 29, 36, tzinfo=dt.timezone.utc)
    assert article.raw_metadata["date"] == "2021-02-24"  # the other date field is kept


def test_statedept_signature_line_stays_in_the_text():
    # an official's "Name, Office" signature names the statement's own voice (the gold files
    # list the signer as an entity): it is the author and stays in the body
    article = _items(EXAMPLES / "statedept" / "articles_geopolitics.jsonl")[0]
    assert article.author == "Ned Price, Department Spokesperson"
    assert article.text.startswith("Ned Price, Department Spokesperson\nToday, Secretary Blinken designated")
    assert "Ned Price, Department Spokesperson" not in article.furniture


def test_an_office_as_author_line_is_furniture(tmp_path):
    path = tmp_path / "release.jsonl"
    path.write_text(json.dumps({"title": "Sanctions", "author": "Office of the Spokesperson",
                                "text": "Office of the Spokesperson\nThe United States today designated two firms."}) + "\n",
                    encoding="utf-8")
    article = _items(path)[0]
    assert article.author == "Office of the Spokesperson"
    assert article.text.startswith("The United States today designated")


def test_markdown_and_inline_html_residue_is_no_article_text(tmp_path):
    text = ("The Department of Justice is acting\ntoday against [four hackers](https://example.org/a).\n\n"
            "****<u>Department of Justice announcing charges.</u>****\n\n"
            "> The hackers targeted\n> ministries in **twelve** countries. ** **\n\n###")
    path = tmp_path / "release.jsonl"
    path.write_text(json.dumps({"title": "Charges", "text": text}) + "\n", encoding="utf-8")
    article = _items(path)[0]
    assert article.text == ("The Department of Justice is acting today against four hackers.\n\n"
                            "Department of Justice announcing charges.\n\n"
                            "The hackers targeted ministries in twelve countries.")


def test_a_run_in_head_stays_a_paragraph_of_its_own(tmp_path):
    text = ("The measures are these.\n\n**Imposing sanctions on the regime:** Today, the\nDepartment "
            "designated two firms.\n\n-   **Visa restrictions**: The Department also\nrestricted visas.")
    path = tmp_path / "release.jsonl"
    path.write_text(json.dumps({"title": "Measures", "text": text}) + "\n", encoding="utf-8")
    article = _items(path)[0]
    assert article.text == ("The measures are these.\n\nImposing sanctions on the regime:\n\n"
                            "Today, the Department designated two firms.\n\nVisa restrictions:\n\n"
                            "The Department also restricted visas.")


def test_a_text_with_no_markup_residue_is_kept_as_written():
    from newsgraph.intake.html import markup_to_text

    text = "Talks resumed in Geneva.\n\n1. The delegations met on Monday; 2 * 3 = 6 > 5.\n# not a heading"
    assert markup_to_text(text) == text


def test_common_alias_names(tmp_path):
    record = {
        "headline": "Ministers meet", "body": "The ministers met in Geneva on Tuesday.",
        "datePublished": "2022-03-02T21:04:32+00:00", "link": "https://example.org/a",
        "publisher": {"@type": "Organization", "name": "Example News"}, "lang": "en",
        "authors": ["A. Writer", "B. Writer"], "section": "world",
    }
    path = tmp_path / "aliases.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = _items(path)
    assert (article.title, article.text, article.url, article.outlet, article.language) == (
        "Ministers meet", "The ministers met in Geneva on Tuesday.", "https://example.org/a", "Example News", "en")
    assert article.author == "A. Writer, B. Writer"
    assert article.published == dt.datetime(2022, 3, 2, 21, 4, 32, tzinfo=dt.timezone.utc)
    assert article.raw_metadata == {"section": "world"}


def test_field_map_names_other_fields(tmp_path):
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"story_text": "Talks resumed.", "when": "2020-01-02", "paper": "Daily"}) + "\n")
    [article] = _items(path, field_map={"text": "story_text", "published": "when", "outlet": "paper"})
    assert (article.text, article.published, article.outlet) == ("Talks resumed.", dt.datetime(2020, 1, 2), "Daily")


def test_broken_line_is_reported_and_reading_continues(tmp_path):
    good = json.dumps({"text": "The ministers met in Geneva on Tuesday.", "date": "2021-05-01"})
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good, '{"text": "unterminated', "", "[1, 2]", json.dumps({"title": "no text"}), good]) + "\n")
    items = _items(path)
    assert [type(i).__name__ for i in items] == [
        "RawArticle", "MalformedInputError", "MalformedInputError", "MalformedInputError", "RawArticle"]
    assert items[1].source == f"{path}:2" and f"{path}:2" in items[1].one_line()
    assert items[2].source == f"{path}:4"
    assert "no article text" in items[3].message
    assert items[4].source == f"{path}:6"


def test_json_array_file(tmp_path):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps({"articles": [{"content": "First text."}, {"content": "Second text."}, 3]}))
    items = _items(path)
    assert [getattr(i, "text", None) for i in items[:2]] == ["First text.", "Second text."]
    assert isinstance(items[2], IntakeError) and items[2].source == f"{path}[2]"


def test_reader_functions_yield_errors_not_raise():
    items = list(read_jsonl('{"text": "ok"}\nnot json\n', "mem", IntakeOptions()))
    assert isinstance(items[0], RawArticle) and isinstance(items[1], MalformedInputError)
    assert isinstance(list(read_json("[{}]", "mem", IntakeOptions()))[0], MalformedInputError)


def test_clean_outlet_from_source_descriptions():
    assert clean_outlet("The White House Briefing Room (Biden administration, archived)") == "The White House Briefing Room"
    assert clean_outlet("English Wikinews via GUM corpus") == "English Wikinews"
    assert clean_outlet("Example Daily RSS (https://example.org/feed/)") == "Example Daily"


def test_field_map_with_unknown_target_is_refused():
    with pytest.raises(ValueError, match="field_map"):
        IntakeOptions(field_map={"date": "when"})
    assert IntakeOptions(field_map=None).field_map == {}


@pytest.mark.parametrize("text, expected", [
    ("**SECRETARY BLINKEN:** Good morning, everyone.", "SECRETARY BLINKEN: Good morning, everyone."),
    ("**QUESTION:** Will you meet the minister?\n\n**MR PRICE:** We have no meeting to announce.",
     "QUESTION: Will you meet the minister?\n\nMR PRICE: We have no meeting to announce."),
    ("**Q:** Will you travel?\n\n**A:** No.", "Q: Will you travel?\n\nA: No."),
    ("**MODERATOR:** Thank you.", "MODERATOR: Thank you."),
])
def test_a_bold_turn_label_stays_on_its_turn(text, expected):
    # a transcript's bold speaker label is the turn's label, no heading: only its emphasis goes
    from newsgraph.intake.html import markup_to_text

    assert markup_to_text(text) == expected
