"""The listings (``events``, ``timeline``, ``entity``; ``events --json`` and ``/api/events``)
say where an event's date comes from, as ``show`` does: a publication day standing in for a date
the text lacks is marked "(publication)", a date an analyst set "(analyst)", and a record carries
``date_end`` and ``date_source``. The store is written through the repository (no NLP)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsgraph.store.db import open_store
from tests.cli.invoke import run, run_json
from tests.store.test_judgements import _pairs_extraction
from tests.store.test_repository import stored_seed


def _dated_extraction(text: str):
    extraction = _pairs_extraction(text)
    # the minister is Edmundo Novillo, the article's one entity with a mention (an actor of the graph)
    dated = [dataclasses.replace(extraction.events[1], date="2023-03-14", date_source="publication",
                                 source_key="person:edmundo-novillo"),
             dataclasses.replace(extraction.events[2], date="2023-03", date_end="2023-05", date_source="text")]
    return dataclasses.replace(extraction, events=dated)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "ng.db"
    stored_seed(path, _dated_extraction)[0].close()
    return path


def _by_type_date(rows):
    return {r["date"]: r for r in rows}


def test_event_records_and_tables_say_where_a_date_comes_from(db):
    rows = _by_type_date(run_json(db, "events"))
    assert (rows["2023-03-14"]["date_source"], rows["2023-03-14"]["date_end"]) == ("publication", None)
    assert (rows["2023-03"]["date_source"], rows["2023-03"]["date_end"]) == ("text", "2023-05")
    listed = run(db, "events")
    assert listed.exit_code == 0, listed.output
    assert "2023-03-14 (publication)" in listed.stdout and "2023-03/2023-05" in listed.stdout
    assert "2023-03/2023-05 (" not in listed.stdout  # a date the text gives is not marked
    timeline = run(db, "timeline", "--actor", "Edmundo Novillo")
    assert timeline.exit_code == 0 and "2023-03-14 (publication)" in timeline.stdout, timeline.output
    entity = run(db, "entity", "Edmundo Novillo")
    assert entity.exit_code == 0 and "2023-03-14 (publication)" in entity.stdout, entity.output


def test_a_corrected_date_is_the_analyst_s_in_listings(db):
    key = _by_type_date(run_json(db, "events"))["2023-03-14"]["fact_key"]
    assert run(db, "judge", "correct", key, "--value", '{"date": "2023-03-10", "date_end": "2023-03-12"}').exit_code == 0
    row = _by_type_date(run_json(db, "events"))["2023-03-10"]
    assert (row["date_source"], row["date_end"]) == ("analyst", "2023-03-12")
    listed = " ".join(run(db, "events").stdout.split())  # the table may wrap the date in its cell
    assert "(analyst)" in listed and "2023-03-10/" in listed


def test_the_events_table_gives_the_short_key_judge_takes(db):
    from newsgraph.store.judgements import short_fact_keys

    rows = run_json(db, "events")
    store = open_store(str(db))
    with store.engine.connect() as conn:
        short = short_fact_keys(conn, store, [r["fact_key"] for r in rows])
    store.close()
    listed = run(db, "events").stdout
    assert all(short[r["fact_key"]] in listed for r in rows)
    key = short[rows[0]["fact_key"]]
    assert len(key) >= 8 and key != rows[0]["fact_key"]
    assert run(db, "judge", "confirm", key).exit_code == 0  # what the listing shows, judge takes back
    assert {r["fact_key"]: r for r in run_json(db, "events")}[rows[0]["fact_key"]]["judgement"] == "confirmed"


def _before_extraction(text: str):
    """One event told as done before the article, with no date ("have previously designated"):
    date None, date_source ``before``; its source the article's one person, so the timeline has it."""
    extraction = _pairs_extraction(text)
    before = dataclasses.replace(extraction.events[1], date=None, date_source="before", source_key="person:edmundo-novillo")
    return dataclasses.replace(extraction, events=[before])


def test_an_undated_earlier_event_is_said_to_be_before_publication_not_left_blank_or_given_its_day(tmp_path):
    path = tmp_path / "before.db"
    stored_seed(path, _before_extraction)[0].close()
    [row] = run_json(path, "events")
    assert (row["date"], row["date_source"]) == (None, "before")
    day = row["evidence"][0]["published"][:10]
    for args in (("events",), ("timeline", "--actor", "Edmundo Novillo"), ("entity", "Edmundo Novillo")):
        listed = run(path, *args)
        assert listed.exit_code == 0, listed.output
        # the timeline sorts it at its article's day: it says "before" that day, never the bare day as its date
        assert f"before {day}" in " ".join(listed.stdout.split()), (args, listed.stdout)
    shown = run(path, "show", str(row["evidence"][0]["article_id"]), "--no-text")
    assert shown.exit_code == 0 and "before publication" in " ".join(shown.stdout.split()), shown.output


def _explained_extraction(text: str):
    extraction = _dated_extraction(text)
    return dataclasses.replace(extraction, events=[
        dataclasses.replace(e, explanation=f"trigger {e.trigger!r} -> {e.type}; checks passed: not-question, actor")
        for e in extraction.events])


def test_events_json_gives_each_event_s_explanation_and_component_as_show_and_the_api_do(tmp_path):
    db = tmp_path / "explained.db"
    stored_seed(db, _explained_extraction)[0].close()
    rows = run_json(db, "events")
    assert len(rows) == 2
    article = rows[0]["evidence"][0]["article_id"]
    shown = {e["fact_key"]: e for e in run_json(db, "show", str(article))["events"]}
    for row in rows:
        fact = shown[row["fact_key"]]
        assert row["explanation"] == fact["explanation"] and "checks passed: not-question" in row["explanation"]
        assert row["component"] == f"{fact['component']} {fact['component_version']}"


def test_a_listed_statement_without_its_own_date_shows_its_article_s_day_marked(db):
    [row] = run_json(db, "statements")
    assert row["date"] is None  # the statement gives none
    day = row["evidence"][0]["published"][:10]
    listed = run(db, "statements")
    assert listed.exit_code == 0 and f"{day} (publication)" in listed.stdout, listed.output


def test_the_statements_table_gives_the_short_key_judge_takes(db):
    from newsgraph.store.judgements import short_fact_keys

    [row] = run_json(db, "statements")
    store = open_store(str(db))
    with store.engine.connect() as conn:
        key = short_fact_keys(conn, store, [row["fact_key"]])[row["fact_key"]]
    store.close()
    assert len(key) >= 8 and key in run(db, "statements").stdout
    assert run(db, "judge", "reject", key, "--reason", "a description, not speech").exit_code == 0
    assert run_json(db, "statements") == []  # rejected: left out unless --include-rejected
    assert [r["fact_key"] for r in run_json(db, "statements", "--include-rejected")] == [row["fact_key"]]
