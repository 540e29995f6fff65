"""What the CLI lists says what it leaves out: a listing cut at its --limit says "N of TOTAL
shown" (title and a last line; a note on stderr with --json), ``entity`` takes --limit,
``show`` gives each event's confidence, ``articles --json`` has no story type for an article
with no events, and a folder's file of no article type is named. Invented articles."""

from __future__ import annotations

import json

import pytest

from tests.cli.invoke import run

WIRE = ("Peru recalled its ambassador from Mexico on Monday. Peru also expelled two Mexican diplomats. "
        "Mexico condemned Peru for the expulsions, the foreign ministry said. "
        "Peru later accused Mexico of interfering in its affairs.\n")
QUIET = "The orchestra announced its spring season. Concerts will feature works by Brahms and Dvorak.\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    (folder / "a-wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "b-quiet.txt").write_text(QUIET, encoding="utf-8")
    (folder / "binary.bin").write_bytes(bytes(range(256)))
    path = tmp_path_factory.mktemp("db") / "t.db"
    result = run(path, "ingest", str(folder), "--published", "2024-05-06")
    assert result.exit_code == 0, result.output
    assert "skipped:" in result.stderr and "binary.bin" in result.stderr and "1 skipped" in result.stdout
    return path


def test_a_cut_event_list_says_how_many_there_are(db):
    every = run(db, "events", "--actor", "Peru", "--limit", "1000", "--json")
    total = len(json.loads(every.stdout))
    assert total >= 2 and "shown" not in every.stderr  # control: nothing cut, nothing said
    cut = run(db, "events", "--actor", "Peru", "--limit", "1")
    assert cut.exit_code == 0, cut.output
    assert f"1 of {total} event(s) shown; --limit N for more" in cut.stdout
    as_json = run(db, "events", "--actor", "Peru", "--limit", "1", "--json")
    assert len(json.loads(as_json.stdout)) == 1 and f"1 of {total} event(s) shown" in as_json.stderr
    whole = run(db, "events", "--actor", "Peru", "--limit", "1000")
    assert f"{total} event(s)" in whole.stdout and "shown" not in whole.stdout


def test_entity_takes_a_limit_and_says_what_it_cut(db):
    page = json.loads(run(db, "entity", "Peru", "--json").stdout)
    assert page["totals"]["events"] == len(page["events"]) >= 2 and page["limit"] == 50
    cut = run(db, "entity", "Peru", "--limit", "1")
    assert cut.exit_code == 0, cut.output
    assert f"events (1 of {len(page['events'])} shown)" in cut.stdout and "--limit N for more" in cut.stdout
    small = json.loads(run(db, "entity", "Peru", "--limit", "1", "--json").stdout)
    assert len(small["events"]) == 1 and small["totals"]["events"] == len(page["events"])


def test_show_gives_each_event_its_confidence(db):
    view = json.loads(run(db, "show", "1", "--json").stdout)
    shown = run(db, "show", "1", "--no-text").stdout
    assert "conf" in shown and view["events"]
    assert all(f"{e['confidence']:.2f}" in shown for e in view["events"])


def test_articles_json_has_no_story_type_without_events_and_a_cut_list_says_so(db):
    rows = {r["source"].rsplit("/", 1)[-1]: r for r in json.loads(run(db, "articles", "--json").stdout)}
    quiet, wire = rows["b-quiet.txt"], rows["a-wire.txt"]
    assert quiet["events"] == 0 and quiet["story_type"] is None and quiet["story_type_probability"] is None
    assert "story_type_guess" in quiet
    assert wire["events"] and wire["story_type"] == wire["story_type_guess"]  # control: events, a story type
    # a cut list gives the total, as `events` does: in its title and a last line, a note with --json
    cut = run(db, "articles", "--limit", "1")
    assert cut.stdout.count("1 of 2 article(s) shown") == 2
    assert cut.stdout.rstrip().endswith("1 of 2 article(s) shown; --limit N for more")
    cut_json = run(db, "articles", "--limit", "1", "--json")
    assert len(json.loads(cut_json.stdout)) == 1 and "1 of 2 article(s) shown; --limit N for more" in cut_json.stderr
    # the total counts what the filters keep: one article has events of its story type
    typed = run(db, "articles", "--limit", "1", "--story-type", wire["story_type"])
    assert typed.exit_code == 0 and "shown" not in typed.stdout
    assert "shown" not in run(db, "articles", "--limit", "2").stdout
