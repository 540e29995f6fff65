"""The command line, end to end on the bundled examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.cli.main import app
from tests.cli.invoke import run, run_json, runner

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SEED = EXAMPLES / "seed" / "dialogo-iran-bolivia-drones.txt"



def test_ingest_seed_lists_title_outlet_and_inferred_date(tmp_path):
    db = tmp_path / "ng.db"
    result = run(db, "ingest", "--no-extract", str(SEED))
    assert result.exit_code == 0, result.output
    [article] = run_json(db, "articles")
    assert article["title"] == "Iran Seeks to Increase Footprint in Bolivia with Drones"
    assert article["outlet"] == "Diálogo Américas"
    assert article["published"].startswith("2023-08") and article["published_inferred"] is True
    shown = run_json(db, "show", str(article["id"]))
    for furniture in ("Site icon", "Exit mobile version", "BOL Iran Defense"):
        assert furniture not in shown["article"]["text"]
    assert "The treaty, signed on July 26" in shown["article"]["text"]


def test_reingest_is_idempotent(tmp_path):
    db = tmp_path / "ng.db"
    jsonl = EXAMPLES / "globalvoices-2009" / "articles.jsonl"
    first = run_json(db, "ingest", "--no-extract", str(jsonl))
    second = run_json(db, "ingest", "--no-extract", str(jsonl))
    assert len(first["new"]) == 15 and second["new"] == [] and len(second["duplicates"]) == 15
    assert run_json(db, "stats")["articles"] == 15


def test_bad_input_gets_one_line_error_and_stored_articles_survive(tmp_path):
    db = tmp_path / "ng.db"
    run(db, "ingest", "--no-extract", str(SEED))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = run(db, "ingest", "--no-extract", str(empty), str(binary))
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert str(empty) in errors[0] and str(binary) in errors[1]
    assert run_json(db, "stats")["articles"] == 1


def test_export_jsonl_has_one_line_per_article(tmp_path):
    db = tmp_path / "ng.db"
    run(db, "ingest", "--no-extract", str(EXAMPLES / "wikinews-gum" / "articles.jsonl"))
    out = tmp_path / "export.jsonl"
    result = run(db, "export", "--format", "jsonl", "--output", str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 43 and all(line["article"]["text"] and "events" in line for line in lines)


def test_show_unknown_article_fails_cleanly(tmp_path):
    db = tmp_path / "ng.db"
    run(db, "ingest", "--no-extract", str(SEED))
    result = run(db, "show", "999")
    assert result.exit_code == 2 and "no article with id 999" in result.stderr


def test_every_command_has_help():
    for command in ([], ["ingest"], ["articles"], ["show"], ["export"], ["stats"], ["extract"], ["eval"], ["bench"],
                    ["eval", "facts"], ["eval", "plover"], ["eval", "conll"], ["eval", "timeml"], ["eval", "polnear"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output, command


@pytest.mark.slow
def test_ingest_with_extraction_and_show_and_extract_again_keeps_judgements(tmp_path):
    db = tmp_path / "ng.db"
    assert run(db, "ingest", str(SEED)).exit_code == 0
    view = run_json(db, "show", "1")
    people = {e["name"] for e in view["entities"] if e["type"] == "person"}
    assert {"Edmundo Novillo", "Joseph Humire", "Jorge Serrano"} <= people
    assert view["statements"] and view["events"]
    target = view["events"][0]
    assert run(db, "judge", "reject", target["fact_key"], "--reason", "test").exit_code == 0
    assert run(db, "extract", "--again").exit_code == 0
    after = run_json(db, "show", "1")
    assert target["fact_key"] not in {e["fact_key"] for e in after["events"]}
    assert run_json(db, "stats")["judgements"] == 1


def test_listing_page_is_skipped_not_an_error(tmp_path):
    db = tmp_path / "ng.db"
    result = run(db, "ingest", "--no-extract", str(EXAMPLES / "globalvoices-2009" / "html" / "gv_home.html"),
                 str(EXAMPLES / "globalvoices-2009" / "html" / "gv_index_3.html"))
    assert result.exit_code == 0, result.output
    assert "skipped:" in result.stderr and "gv_home.html" in result.stderr and "error:" not in result.stderr


def test_ingest_tells_a_text_repeated_in_the_input_from_one_already_stored(tmp_path):
    # a fresh database has nothing "already stored": the seed given twice is one new article and one
    # repeat; given again later it is already stored
    db = tmp_path / "ng.db"
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    first = run(db, "ingest", "--no-extract", str(SEED), str(copy))
    assert first.exit_code == 0, first.output
    assert "1 new article(s), 0 already stored, 1 repeated in the input" in first.output
    again = run(db, "ingest", "--no-extract", str(SEED))
    assert again.exit_code == 0, again.output
    assert "0 new article(s), 1 already stored, 0 repeated in the input" in again.output
