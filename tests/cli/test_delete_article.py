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
