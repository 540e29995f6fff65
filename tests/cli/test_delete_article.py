"""``newsgraph delete-article ID [ID...]``: deletes with ``--yes`` (or a yes at the terminal's
question), says how many judgements referred to the article's facts (the log keeps them); not
from a terminal and without --yes, or with an unknown id, it deletes nothing and says so in one
line with its code. The store is written through the repository (no NLP)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.intake.model import RawArticle
from newsgraph.store import repository
from newsgraph.store.db import open_store
from tests.cli.invoke import run, run_json, runner
from tests.store.test_judgements import _pairs_extraction
from tests.store.test_repository import stored_seed

OTHER = "Police in Sucre arrested two men on Friday after a bank robbery in the city centre. " * 2


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "ng.db"
    store = stored_seed(path, _pairs_extraction)[0]
    repository.save_article(store, RawArticle(text=OTHER, source="sucre.txt", title="Sucre arrests"))
    store.close()
    return path


def _ids(db: Path) -> list[int]:
    store = open_store(str(db))
    try:
        return repository.article_ids(store)
    finally:
        store.close()


def test_delete_with_yes_reports_the_judgements_that_referred_to_its_facts(db):
    events = run_json(db, "show", "1")["events"]
    assert run(db, "judge", "reject", events[0]["fact_key"]).exit_code == 0
    assert run(db, "judge", "confirm", events[1]["fact_key"]).exit_code == 0
    assert run(db, "judge", "undo", "2").exit_code == 0
    done = run(db, "delete-article", "1", "--yes", "--reason", "takedown request")
    assert done.exit_code == 0, done.output
    said = " ".join(done.stdout.split())
    assert "article 1 deleted: Iran Seeks to Increase Footprint in Bolivia with Drones (4 event(s), 1 statement(s)" in said
    assert "2 judgement(s) referred to its facts (1, 2; 1 undone): the log keeps them, they no longer apply" in said
    assert said.endswith("1 article(s) deleted")
    assert _ids(db) == [2]
    assert [r["id"] for r in run_json(db, "judgements")] == [2, 1]  # the log keeps both
    assert [r["id"] for r in run_json(db, "judgements", "--article", "1")] == [2, 1]
    log = " ".join(run(db, "judgements").stdout.split())
    assert f"{events[0]['fact_key'][:8]} #1 (article deleted)" in log
    gone = run(db, "show", "1")
    assert gone.exit_code == 2 and "[not_found]" in gone.output


def test_json_report_and_several_ids(db):
    rows = run_json(db, "delete-article", "2", "1", "--yes")
    assert [r["id"] for r in rows] == [2, 1] and rows[1]["removed"]["events"] == 4 and rows[0]["judgements"] == []
    assert _ids(db) == []


def test_an_unknown_id_deletes_nothing_and_says_so_in_one_line(db):
    refused = run(db, "delete-article", "1", "7", "--yes")
    assert refused.exit_code == 2
    assert refused.output.strip() == "error: 7: no article with id 7; nothing deleted [not_found]"
    assert _ids(db) == [1, 2]


def test_without_yes_it_asks_at_a_terminal_and_refuses_elsewhere(db, monkeypatch):
    from newsgraph.cli import main

    refused = run(db, "delete-article", "1")
    assert refused.exit_code == 2 and "[needs_confirmation]" in refused.output and "nothing deleted" in refused.output
    assert _ids(db) == [1, 2]
    monkeypatch.setattr(main, "_interactive", lambda: True)
    kept = runner.invoke(main.app, ["--db", str(db), "delete-article", "1"], input="n\n")
    assert kept.exit_code == 1 and "article 1 would be deleted" in kept.stdout and "nothing deleted" in kept.stdout
    assert _ids(db) == [1, 2]
    done = runner.invoke(main.app, ["--db", str(db), "delete-article", "1"], input="y\n")
    assert done.exit_code == 0 and "article 1 deleted" in done.stdout, done.output
    assert _ids(db) == [2]


def test_a_deleted_article_is_skipped_by_a_later_ingest_unless_restored(db, tmp_path):
    wire = tmp_path / "sucre.txt"
    wire.write_text(OTHER, encoding="utf-8")
    assert run(db, "delete-article", "2", "--yes", "--reason", "takedown request", "--author", "ana").exit_code == 0
    again = run(db, "ingest", "--no-extract", str(wire))
    assert again.exit_code == 0, again.output
    [line] = again.stderr.splitlines()
    assert line.startswith(f"skipped: {wire}: deleted earlier as article 2 (") and "by ana: takedown request" in line
    assert line.endswith("[deleted_earlier]")
    assert "0 new article(s)" in again.stdout and "1 skipped (deleted earlier)" in again.stdout
    assert _ids(db) == [1]
    report = run_json(db, "ingest", "--no-extract", str(wire))
    assert report["new"] == [] and len(report["deleted_earlier"]) == 1 and "[deleted_earlier]" in report["deleted_earlier"][0]
    restored = run(db, "ingest", "--no-extract", "--restore-deleted", str(wire))
    assert restored.exit_code == 0 and "1 new article(s)" in restored.stdout, restored.output
    assert _ids(db) == [1, 3]  # a fresh id: the deleted one's is never handed out again


def test_show_deletions_and_judgements_say_what_was_deleted_and_judged(db):
    event = run_json(db, "show", "1")["events"][0]
    assert run(db, "judge", "reject", event["fact_key"]).exit_code == 0
    assert run(db, "delete-article", "1", "--yes", "--reason", "takedown request", "--author", "ana").exit_code == 0
    gone = run(db, "show", "1")
    assert gone.exit_code == 2
    said = " ".join(gone.output.split())
    assert said.startswith("error: 1: article 1 was deleted on ") and "by ana (takedown request)" in said
    assert said.endswith("Iran Seeks to Increase Footprint in Bolivia with Drones [not_found]")
    [row] = run_json(db, "deletions")
    assert (row["id"], row["author"], row["reason"], row["judgements"]) == (1, "ana", "takedown request", [1])
    listed = " ".join(run(db, "deletions").stdout.split())
    assert "1 deleted article(s)" in listed and "takedown request" in listed
    summary = f"{event['type']}: {event['source_text']} → {event['target_text']} ({event['trigger']})"
    [logged] = run_json(db, "judgements", "--article", "1")
    assert logged["article_deleted"] and logged["summary"] == summary
    assert f"#1 (article deleted) {summary}" in " ".join(run(db, "judgements", "--article", "1").stdout.split())
