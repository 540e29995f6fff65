"""Listing options out of their range are refused in one line, never answered with a silently
wrong list: ``--limit -1`` used to list every event (SQLite reads LIMIT -1 as no limit) and
every article but the last (a Python slice), ``--min-confidence 50`` (a percentage) an empty
list, ``--since 2024 --until 2023`` an empty list that reads as "nothing happened". The store
is written through the repository (no NLP)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.invoke import run, run_json
from tests.cli.test_cli_hardening import one_line_error
from tests.store.test_judgements import _pairs_extraction
from tests.store.test_repository import stored_seed


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "ng.db"
    stored_seed(path, _pairs_extraction)[0].close()
    return path


@pytest.mark.parametrize("args,option", [
    (("events", "--limit", "-1"), "--limit"), (("events", "--limit", "0"), "--limit"),
    (("articles", "--limit", "-1"), "--limit"), (("statements", "--limit", "0"), "--limit"),
    (("judgements", "--limit", "-3"), "--limit"), (("entities", "--limit", "-1"), "--limit"),
    (("contested", "--about", "Bolivia", "--limit", "-1"), "--limit"),
    (("entity", "Bolivia", "--limit", "0"), "--limit"),
    (("incidents", "--min-articles", "0"), "--min-articles"),
    (("network", "--around", "Bolivia", "--depth", "0"), "--depth"),
    (("events", "--min-confidence", "50"), "--min-confidence"),
    (("events", "--min-confidence", "-0.1"), "--min-confidence"),
])
def test_an_option_out_of_range_is_one_line_and_exit_2(db, args, option):
    result = run(db, *args)
    assert result.exit_code == 2, result.output
    one_line_error(result, option, "[usage]")
    assert result.stdout == ""  # no table, no list


def test_the_limits_in_range_still_cut_the_lists(db):
    events = run_json(db, "events")
    assert len(events) >= 2  # the seed gives several events, so a limit of 1 cuts the list
    assert len(run_json(db, "events", "--limit", "1")) == 1
    assert len(run_json(db, "articles", "--limit", "1")) == 1
    assert run_json(db, "events", "--min-confidence", "0") == events
    assert run_json(db, "events", "--min-confidence", "1.0") == [e for e in events if e["confidence"] >= 1.0]


@pytest.mark.parametrize("command", [("events",), ("incidents",), ("timeline", "--actor", "Edmundo Novillo"),
                                     ("network", "--around", "Edmundo Novillo")])
def test_a_date_range_that_ends_before_it_begins_is_refused(db, command):
    result = run(db, *command, "--since", "2024", "--until", "2023-12")
    assert result.exit_code == 2, result.output
    line = one_line_error(result, "since '2024' begins after until '2023-12' ends", "[invalid_request]")
    assert line.startswith("error: since:")
    same_day = run(db, *command, "--since", "2023-08-26", "--until", "2023-08-26")
    assert same_day.exit_code == 0, same_day.output


def test_an_unknown_entity_type_is_refused_naming_the_types(db):
    result = run(db, "entities", "--type", "persons")
    assert result.exit_code == 2, result.output
    one_line_error(result, "persons", "unknown entity type", "person, organization", "[invalid_request]")
    # a known type in any case still lists (the seed's one person), and one with no entity is an empty list
    assert [e["name"] for e in run_json(db, "entities", "--type", "PERSON")] == ["Edmundo Novillo"]
    assert run_json(db, "entities", "--type", "equipment") == []
