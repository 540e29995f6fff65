"""The CLI refuses what it cannot do, in one line naming the input, and prints input text safely."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli.main import app
from newsgraph.cli.published import parse_published
from newsgraph.errors import IntakeError
from newsgraph.nlp.types import EntityRecord, Event, Extraction, Mention, Role, Statement, Timex
from newsgraph.store import repository, schema
from newsgraph.store.db import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cli"
HOSTILE = FIXTURES / "hostile.jsonl"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def one_line_error(result, *needles: str) -> str:
    """The single `error:` line on stderr (and no traceback), containing every needle."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


@pytest.fixture
def hostile_db(tmp_path) -> Path:
    db = tmp_path / "h.db"
    result = run("--db", str(db), "ingest", "--no-extract", str(HOSTILE))
    assert result.exit_code == 0, result.output
    return db


def _facts_db(tmp_path) -> tuple[Path, int]:
    """A database with one article and a few hand-made facts (no spaCy needed)."""
    db = tmp_path / "facts.db"
    assert run("--db", str(db), "ingest", "--no-extract", str(HOSTILE)).exit_code == 0
    store = open_store(str(db))
    text = repository.get_article(store, 1)["text"]
    lima = text.index("Lima")
    said = text.index("Officials")
    extraction = Extraction(
        sentences=[(0, 46), (said, len(text))],
        mentions=[Mention(lima, lima + 4, "Lima", "place", "place:lima", component="test", version="1")],
        entities={"place:lima": EntityRecord("place:lima", "Lima", "place", component="test", version="1")},
        roles=[Role("person:officials", "Officials", "place:lima", None, said, said + 9, component="test", version="1")],
        timexes=[Timex(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "DATE", "2023-12-26",
                       "day", component="test", version="1")],
        events=[Event("CONSULT", said, len(text), "meet", text.index("meet"), text.index("meet") + 4,
                      source_text="the government of Peru", target_text="the delegation", component="test", version="1")],
        statements=[Statement("indirect", text.index("the government"), len(text) - 1, "the government ...",
                              speaker_text="Officials", component="test", version="1")],
        components={"test": "1"},
    )
    repository.save_extraction(store, 1, extraction)
    store.close()
    return db, 1


def _show(db: Path, *extra: str) -> dict:
    result = run("--db", str(db), "show", "1", "--json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- the command line itself -------------------------------------------------------------

def test_version_prints_the_version():
    from newsgraph import __version__

    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == __version__


def test_database_in_a_missing_folder_is_one_line(tmp_path):
    result = run("--db", str(tmp_path / "no" / "such" / "x.db"), "ingest", str(HOSTILE))
    assert result.exit_code == 2
    one_line_error(result, "x.db", "cannot open database")


def test_unreachable_postgresql_is_one_line_without_the_password():
    result = run("--db", "postgresql://ana:s3cret@127.0.0.1:1/newsgraph", "stats")
    assert result.exit_code == 2
    line = one_line_error(result, "127.0.0.1:1", "cannot open database")
    assert "s3cret" not in line


def test_read_command_on_a_path_without_database_creates_nothing(tmp_path):
    db = tmp_path / "fresh.db"
    for command in (["articles"], ["stats"], ["show", "1"], ["export"], ["extract"], ["judge", "reject", "abc"]):
        result = run("--db", str(db), *command)
        assert result.exit_code == 2, command
        one_line_error(result, str(db), "no newsgraph database")
        assert not db.exists(), command


def test_db_is_accepted_after_the_command(hostile_db):
    result = run("articles", "--json", "--db", str(hostile_db))
    assert result.exit_code == 0, result.output
    assert [a["id"] for a in json.loads(result.stdout)] == [1]


def test_json_is_shown_as_a_flag_without_a_value():
    for command in ("articles", "show", "stats", "ingest", "extract"):
        help_text = run(command, "--help").stdout
        line = next(line for line in help_text.splitlines() if line.strip().startswith("--json"))
        assert "<" not in line and "TEXT" not in line and "BOOLEAN" not in line, line


def test_unknown_status_is_refused_naming_the_valid_ones(hostile_db):
    result = run("--db", str(hostile_db), "articles", "--status", "bogus")
    assert result.exit_code == 2
    assert "bogus" in result.stderr and all(s in result.stderr for s in schema.ARTICLE_STATUSES)


def test_extract_of_an_unknown_article_is_an_error(hostile_db):
    result = run("--db", str(hostile_db), "extract", "--article", "9999")
    assert result.exit_code == 2
    one_line_error(result, "9999", "no article")


def test_published_yesterday_is_the_day_before_now_not_the_ingestion_time():
    now = dt.datetime(2024, 6, 3, 15, 30, 12, 345, tzinfo=dt.timezone.utc)
    assert parse_published("yesterday", now) == dt.date(2024, 6, 2)
    assert parse_published("3 days ago", now) == dt.date(2024, 5, 31)
    assert parse_published("26 August 2023", now) == dt.date(2023, 8, 26)
    assert parse_published("2023-08-26", now) == dt.datetime(2023, 8, 26)
    assert parse_published("2 hours ago", now) == dt.datetime(2024, 6, 3, 13, 30, 12, 345, tzinfo=dt.timezone.utc)
    assert parse_published("Mon, 03 Jun 2024 10:00:00 +0200", now) == dt.datetime(2024, 6, 3, 8, tzinfo=dt.timezone.utc)
    for refused in ("last month", "tomorrow", "not a date at all"):
        with pytest.raises(IntakeError) as info:
            parse_published(refused, now)
        assert refused in info.value.one_line()


def test_published_yesterday_from_the_command_line(tmp_path):
    db = tmp_path / "y.db"
    text = tmp_path / "y.txt"
    text.write_text("Officials in Lima said on Tuesday that the government of Peru will meet the delegation.\n")
    assert run("--db", str(db), "ingest", "--no-extract", "--published", "yesterday", str(text)).exit_code == 0
    [article] = json.loads(run("--db", str(db), "articles", "--json").stdout)
    yesterday = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)).date().isoformat()
    assert article["published"] == f"{yesterday}T00:00:00" and article["published_inferred"] is False


def test_bad_published_value_is_one_line(tmp_path):
    result = run("--db", str(tmp_path / "x.db"), "ingest", "--published", "last month", str(HOSTILE))
    assert result.exit_code == 2
    one_line_error(result, "last month")


# --- printing input text -----------------------------------------------------------------

def test_articles_and_show_print_markup_and_escapes_as_visible_text(hostile_db):
    for command in (["articles"], ["show", "1"], ["stats"]):
        result = run("--db", str(hostile_db), *command)
        assert result.exit_code == 0, (command, result.output)
        assert "\x1b" not in result.output and "\x07" not in result.output and "\x9b" not in result.output
        assert "\u202e" not in result.output
    shown = run("--db", str(hostile_db), "show", "1").stdout
    # intake may already have cleaned the controls out; either way none reaches the terminal raw
    assert "[/bold]" in shown and "[sic]" in shown and "pwned" in shown and "evil.example" in shown


def test_errors_naming_hostile_input_are_made_safe(tmp_path):
    bad = tmp_path / "bad[red]\x1b[2J.txt"
    bad.write_bytes(b"")
    result = run("--db", str(tmp_path / "x.db"), "ingest", str(bad))
    assert result.exit_code != 0
    assert "\x1b" not in result.stderr and "bad[red]\\x1b[2J.txt" in result.stderr


# --- JSON output ------------------------------------------------------------------------

def test_show_no_text_json_leaves_the_text_out(hostile_db):
    assert "text" not in _show(hostile_db, "--no-text")["article"]
    assert "text" in _show(hostile_db)["article"]


def test_furniture_and_extra_are_json_not_reprs(tmp_path):
    db = tmp_path / "seed.db"
    seed = Path(__file__).resolve().parents[2] / "examples" / "seed" / "dialogo-iran-bolivia-drones.txt"
    assert run("--db", str(db), "ingest", "--no-extract", str(seed)).exit_code == 0
    article = _show(db)["article"]
    assert isinstance(article["furniture"], list) and article["furniture"]
    assert isinstance(article["extra"], dict) and article["extra"]


def test_show_json_and_export_share_one_documented_schema(tmp_path):
    db, _ = _facts_db(tmp_path)
    key = _show(db)["timexes"][0]["fact_key"]
    assert run("--db", str(db), "judge", "confirm", key).exit_code == 0
    shown = _show(db)
    exported = [json.loads(line) for line in run("--db", str(db), "export").stdout.splitlines()]
    assert exported == [shown]
    assert list(shown) == [name for name, _kind, _doc in schema.DOCUMENT]
    for name, kind, _doc in schema.DOCUMENT:
        records = [shown[name]] if kind == "article" else shown[name]
        assert records, name  # the fixture has one of each, so every record type is checked
        for item in records:
            assert list(item) == schema.field_names(kind), name
    event = shown["events"][0]
    assert event["evidence"].startswith("Officials in Lima") and event["source_text"] == "the government of Peru"


def test_docs_schema_matches_the_declarations():
    docs = Path(__file__).resolve().parents[2] / "docs" / "schema.md"
    assert docs.read_text(encoding="utf-8") == schema.markdown(), \
        "docs/schema.md is stale: python -m newsgraph.store.schema > docs/schema.md"


# --- judgements ---------------------------------------------------------------------------

def test_judgements_are_validated_against_the_fact_type(tmp_path):
    db, _ = _facts_db(tmp_path)
    event_key = _show(db)["events"][0]["fact_key"]
    base = ("--db", str(db), "judge")
    cases = {
        ("correct", event_key, "--value", "[1,2]"): "JSON object",
        ("correct", event_key, "--value", "notjson"): "not JSON",
        ("correct", event_key, "--value", '{"type": "PARTY"}'): "PARTY",
        ("correct", event_key, "--value", '{"status": "rumoured"}'): "rumoured",
        ("correct", event_key, "--value", '{"colour": "red"}'): "colour",
        ("correct", event_key, "--value", '{"fact_key": "x"}'): "fact_key",
        ("correct", event_key, "--value", '{"article_id": 2}'): "article_id",
        ("correct", event_key, "--value", '{"start": 0}'): "start",
        ("correct", event_key, "--value", '{"confidence": 7}'): "confidence",
        ("reject", "no-such-key"): "no-such-key",
        ("undo", "abc"): "abc",
        ("undo", "999"): "999",
        ("frobnicate", event_key): "frobnicate",
    }
    for args, needle in cases.items():
        result = run(*base, *args)
        assert result.exit_code == 2, args
        one_line_error(result, needle)
    assert json.loads(run("--db", str(db), "stats", "--json").stdout)["judgements"] == 0
    ok = run(*base, "correct", event_key, "--value", '{"type": "AGREE", "status": "planned"}')
    assert ok.exit_code == 0, ok.output
    event = _show(db)["events"][0]
    assert event["type"] == "AGREE" and event["status"] == "planned" and event["corrected"] is True
    assert event["fact_key"] == event_key and event["start"] > 0


def test_a_bad_value_in_an_old_database_is_skipped_with_a_warning(tmp_path):
    db, article_id = _facts_db(tmp_path)
    event_key = _show(db)["events"][0]["fact_key"]
    store = open_store(str(db))
    # as the unchecked code before validation recorded them: no table, no article, any value
    repository.add_judgement(store, author="old", action="correct", fact_key=event_key, value=[1, 2])
    repository.add_judgement(store, author="old", action="correct", fact_key=event_key,
                             value={"fact_key": "hijacked", "article_id": 99})
    store.close()
    for command in (["show", "1"], ["show", "1", "--json"], ["export"]):
        result = run("--db", str(db), *command)
        assert result.exit_code == 0, (command, result.output)
        warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
        assert len(warnings) == 2 and "judgement 1 skipped" in warnings[0], result.stderr
    event = _show(db)["events"][0]
    assert event["fact_key"] == event_key and event["article_id"] == article_id and event["corrected"] is False


# --- resume ---------------------------------------------------------------------------------

def test_ingest_again_after_a_crash_finishes_the_stored_but_unextracted_articles(tmp_path, nlp):
    db = tmp_path / "resume.db"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Peru's foreign minister met Chilean officials in Lima on Tuesday to discuss trade.\n")
    second.write_text("Officials in Santiago said on Monday that Chile would send a delegation to Peru.\n")
    # a run that stored both articles and was killed before extracting them
    assert run("--db", str(db), "ingest", "--no-extract", str(first), str(second)).exit_code == 0
    result = run("--db", str(db), "ingest", "--json", str(first), str(second))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["new"] == [] and report["resumed"] == [1, 2] and sorted(report["extracted"]) == [1, 2]
    statuses = {a["status"] for a in json.loads(run("--db", str(db), "articles", "--json").stdout)}
    assert statuses == {"extracted"}
    again = json.loads(run("--db", str(db), "ingest", "--json", str(first)).stdout)
    assert again["resumed"] == [] and again["extracted"] == []  # nothing left to finish


def test_an_article_repeated_in_one_input_is_extracted_once(tmp_path, nlp):
    # the same post in two files of one folder (a feed item and its page): one article, one run
    db, folder = tmp_path / "once.db", tmp_path / "in"
    folder.mkdir()
    text = "Peru's foreign minister met Chilean officials in Lima on Tuesday to discuss trade.\n"
    (folder / "a.txt").write_text(text)
    (folder / "b.txt").write_text(text)
    report = json.loads(run("--db", str(db), "ingest", "--json", str(folder)).stdout)
    assert len(report["new"]) == 1 and report["resumed"] == [] and report["extracted"] == report["new"]
    store = open_store(str(db))
    with store.engine.connect() as conn:
        runs = conn.execute(store.t("extraction_runs").select()).all()
    assert len(runs) == 1


def test_usage_errors_are_one_line_naming_the_command_and_value(hostile_db):
    cases = {("articles", "--status", "bogus"): " articles: Invalid value for '--status'",
             ("--bogus",): "--bogus", ("show", "abc"): " show: Invalid value", ("nosuch",): "nosuch"}
    for args, needle in cases.items():
        result = run("--db", str(hostile_db), *args)
        assert result.exit_code == 2, args
        one_line_error(result, needle)


def test_every_stored_column_is_a_documented_field(tmp_path):
    """A column added by a migration must be declared in newsgraph.store.schema (and so in the
    docs), or the outputs would drop it silently."""
    store = open_store(str(tmp_path / "columns.db"))
    internal = {"id", "run_id"}
    tables = {**{t: k for t, k in schema.TABLE_RECORDS.items()}, "judgements": "judgement"}
    for table, kind in tables.items():
        missing = set(store.t(table).c.keys()) - internal - set(schema.field_names(kind))
        assert not missing, (table, missing)
    assert not set(store.t("articles").c.keys()) - {"minhash"} - set(schema.field_names("article"))
    assert not set(store.t("entities").c.keys()) - internal - set(schema.field_names("entity"))
    store.close()
