"""``newsgraph judgements`` lists the judgement log as GET /api/judgements gives it: id, when,
who, action, the fact's short key (what ``judge`` takes), the fields a correction set, and
whether it was undone or overrides another; --article keeps one article's, --limit cuts and
says so. The store is written through the repository (no NLP)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.store import repository
from newsgraph.store.db import open_store
from tests.cli.invoke import run, run_json
from tests.store.test_judgements import _pairs_extraction
from tests.store.test_repository import seed_article


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "ng.db"
    store = open_store(str(path))
    article_id = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, article_id, _pairs_extraction(seed_article().text))
    store.close()
    return path


def test_the_log_lists_judgements_with_keys_fields_and_undos(db):
    events = run_json(db, "show", "1")["events"]
    first, second = events[0]["fact_key"], events[1]["fact_key"]
    assert run(db, "judge", "correct", first, "--value", '{"date": "2023-07-26"}', "--author", "ana").exit_code == 0
    assert run(db, "judge", "confirm", second, "--author", "bo").exit_code == 0
    assert run(db, "judge", "reject", first, "--author", "bo").exit_code == 0
    assert run(db, "judge", "undo", "2").exit_code == 0
    rows = run_json(db, "judgements")
    assert [(r["id"], r["action"], r["author"]) for r in rows] == [(3, "reject", "bo"), (2, "confirm", "bo"),
                                                                     (1, "correct", "ana")]
    assert rows[1]["undone_at"] and rows[2]["value"] == {"date": "2023-07-26"} and "judgement 1" in rows[0]["note"]
    listed = " ".join(run(db, "judgements").stdout.split())
    assert "date=2023-07-26" in listed and "undone" in listed and "3 judgement(s)" in listed
    assert first[:8] in listed and first not in listed  # the short key `show` prints
    cut = run(db, "judgements", "--limit", "1")
    assert cut.exit_code == 0 and "1 of 3 judgement(s) shown; --limit N for more" in cut.stdout
    assert run_json(db, "judgements", "--article", "1") == rows
    assert run_json(db, "judgements", "--article", "99") == []
