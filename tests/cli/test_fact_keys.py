"""Fact keys on the command line: ``show`` prints each event's and statement's key, short enough
to type and long enough to be unique, and ``judge`` takes it back; a prefix of several keys is
one line naming the prefix. Also ``stats`` on analysts' work and the story-type column of
``articles``. The store is written through the repository (no NLP), so each fact is known."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.store import repository
from newsgraph.store.db import open_store
from tests.cli.invoke import run, run_json
from tests.store.test_repository import seed_article, stored_seed


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "ng.db"
    stored_seed(path)[0].close()
    return path


def _facts(db: Path) -> dict:
    [article] = run_json(db, "articles")
    return run_json(db, "show", str(article["id"]))


def test_show_prints_each_fact_key_short_and_judge_takes_it_back(db):
    facts = _facts(db)
    event_key, statement_key = facts["events"][0]["fact_key"], facts["statements"][0]["fact_key"]
    shown = run(db, "show", str(facts["article"]["id"]), "--no-text")
    assert shown.exit_code == 0, shown.output
    assert event_key[:8] in shown.stdout and statement_key[:8] in shown.stdout
    assert event_key not in shown.stdout  # short: the full 40 characters are for --json
    judged = run(db, "judge", "reject", event_key[:8], "--reason", "not an event")
    assert judged.exit_code == 0, judged.output
    assert _facts(db)["events"] == [] and _facts(db)["judgements"][0]["fact_key"] == event_key


def test_an_ambiguous_prefix_is_one_line_naming_it_and_an_unknown_one_stays_not_found(db):
    facts = _facts(db)
    key = facts["events"][0]["fact_key"]
    store = open_store(str(db))
    with store.engine.begin() as conn:  # a mention whose key shares the event key's first 9 characters
        conn.execute(store.t("mentions").update().values(fact_key=key[:9] + ("0" if key[9] != "0" else "1") + key[10:]))
    store.close()
    ambiguous = run(db, "judge", "reject", key[:8])
    assert ambiguous.exit_code == 2
    [line] = ambiguous.stderr.strip().splitlines()
    assert line.startswith(f"error: {key[:8]}: ") and line.endswith("[ambiguous_fact_key]")
    shown = run(db, "show", str(facts["article"]["id"]), "--no-text")
    assert key[:10] in shown.stdout and key[:11] not in shown.stdout  # the shortest prefix no other key shares
    assert run(db, "judge", "reject", key[:10]).exit_code == 0
    unknown = run(db, "judge", "reject", "0" * 8 if not key.startswith("0" * 8) else "f" * 8)
    assert unknown.exit_code == 2 and unknown.stderr.strip().endswith("[not_found]")


def test_stats_count_active_and_undone_judgements_apart(db):
    facts = _facts(db)
    assert run(db, "judge", "reject", facts["events"][0]["fact_key"][:8]).exit_code == 0
    assert run(db, "judge", "confirm", facts["statements"][0]["fact_key"][:8]).exit_code == 0
    assert run(db, "judge", "undo", "1").exit_code == 0
    counts = run_json(db, "stats")
    assert (counts["judgements"], counts["judgements_undone"]) == (1, 1)
    table = run(db, "stats").stdout
    assert "judgements_undone" in table and "identity_acts" in table


def test_articles_shows_the_story_type_only_for_articles_with_events(db):
    store = open_store(str(db))
    bare = repository.save_article(store, seed_article(text="The council met on Tuesday to discuss the municipal "
                                                           "budget for next year. " * 4, source="other.txt")).article_id
    with store.engine.begin() as conn:
        conn.execute(store.t("articles").update().values(story_type="RETREAT", story_type_probability=0.58))
    store.close()
    rows = {r["id"]: r for r in run_json(db, "articles")}
    # --json agrees with the table (no type for an article with no events); the raw guess stays apart
    assert rows[bare]["events"] == 0 and rows[bare]["story_type"] is None
    assert rows[bare]["story_type_guess"] == "RETREAT"
    lines = run(db, "articles").stdout.splitlines()
    assert sum("RETREAT 0.58" in line for line in lines) == 1  # the article with events only
    assert any(line.startswith("story type (p):") for line in lines)
    assert [r["id"] for r in run_json(db, "articles", "--story-type", "RETREAT")] == [r for r in rows if r != bare]
    shown = run(db, "show", str(bare), "--no-text")
    assert shown.exit_code == 0 and "story type" not in shown.stdout
