"""``judge`` on the command line binds to one fact and ``show`` says what is in force: one actor
pair of a trigger rejected leaves the other; a corrected date prints as the analyst's, a
confirmed or corrected fact says so (table and --json); a second confirm and a second undo are
one line with their code. The store is written through the repository (no NLP)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.invoke import run, run_json
from tests.store.test_judgements import _pairs_extraction
from tests.store.test_repository import stored_seed


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "ng.db"
    stored_seed(path, _pairs_extraction)[0].close()
    return path


def _events(db: Path) -> dict:
    return {(e["source_key"], e["target_key"]): e for e in run_json(db, "show", "1")["events"]}


def test_rejecting_one_actor_pair_leaves_the_other(db):
    events = _events(db)
    assert run(db, "judge", "reject", events[("person:a-minister", "org:hezbollah")]["fact_key"][:12]).exit_code == 0
    assert run(db, "judge", "reject", events[("country:AUT", "country:CUB")]["fact_key"][:12]).exit_code == 0
    assert set(_events(db)) == {("person:a-minister", "country:IRN"), ("country:BRA", "country:CUB")}


def test_show_reflects_a_correction_and_a_confirmation(db):
    events = _events(db)
    corrected = events[("person:a-minister", "country:IRN")]["fact_key"]
    confirmed = events[("country:BRA", "country:CUB")]["fact_key"]
    assert run(db, "judge", "correct", corrected, "--value", '{"date": "2023-07-26"}').exit_code == 0
    assert run(db, "judge", "confirm", confirmed).exit_code == 0
    events = _events(db)
    assert events[("person:a-minister", "country:IRN")]["judgement"] == "corrected"
    assert events[("person:a-minister", "country:IRN")]["date_source"] == "analyst"
    assert events[("country:BRA", "country:CUB")]["judgement"] == "confirmed"
    assert events[("country:AUT", "country:CUB")]["judgement"] is None
    shown = run(db, "show", "1", "--no-text")
    assert shown.exit_code == 0, shown.output
    assert "2023-07-26 (analyst)" in shown.stdout and "(publication)" not in shown.stdout
    assert "(confirmed)" in shown.stdout and "(corrected)" in shown.stdout


def test_a_second_confirm_and_a_second_undo_say_so_in_one_line(db):
    key = _events(db)[("country:BRA", "country:CUB")]["fact_key"]
    first = run(db, "judge", "confirm", key)
    assert first.exit_code == 0 and "judgement 1 recorded" in first.stdout
    again = run(db, "judge", "confirm", key)
    assert again.exit_code == 2
    [line] = again.stderr.strip().splitlines()
    assert "already confirmed (judgement 1)" in line and line.endswith("[already_judged]")
    assert len(run_json(db, "show", "1")["judgements"]) == 1
    assert run(db, "judge", "undo", "1").exit_code == 0
    twice = run(db, "judge", "undo", "1")
    assert twice.exit_code == 2
    [line] = twice.stderr.strip().splitlines()
    assert "judgement 1 was already undone" in line and line.endswith("[already_undone]")
    never = run(db, "judge", "undo", "99")
    assert never.exit_code == 2 and never.stderr.strip().endswith("[not_found]")


def test_rejecting_a_confirmed_fact_says_it_overrides_the_confirmation(db):
    key = _events(db)[("country:BRA", "country:CUB")]["fact_key"]
    first = run(db, "judge", "confirm", key)
    assert first.exit_code == 0 and first.stdout.strip() == "judgement 1 recorded"  # near miss: nothing before it
    rejected = run(db, "judge", "reject", key, "--author", "bob")
    assert rejected.exit_code == 0, rejected.output
    assert rejected.stdout.strip() == "judgement 2 recorded; overrides judgement 1 (confirm by analyst)"
    # a correction after it is recorded, but the reject still hides the fact: said, not silent
    later = run(db, "judge", "correct", key, "--value", '{"date": "2023-07-26"}')
    assert later.exit_code == 0, later.output
    assert "judgement 2 (reject by bob) still hides this fact" in later.stdout
    assert ("country:BRA", "country:CUB") not in _events(db)


def test_judge_refuses_a_correction_naming_nothing_the_project_knows(db):
    key = next(iter(_events(db).values()))["fact_key"]
    for value in ('{"date": "2023-07-26", "date_end": "2023-07-01"}', '{"mode": "garbage"}',
                  '{"source_acts_for": "XYZ"}', '{"source_sector": "FOO"}', '{"target_key": "nonexistent:thing"}'):
        refused = run(db, "judge", "correct", key, "--value", value)
        assert refused.exit_code == 2 and "[bad_judgement]" in refused.output, (value, refused.output)
    assert all(e["judgement"] is None for e in _events(db).values())


def test_a_corrected_type_is_taken_in_any_case_as_the_type_filters_take_it(db):
    key = _events(db)[("person:a-minister", "country:IRN")]["fact_key"]
    assert _events(db)[("person:a-minister", "country:IRN")]["type"] == "DISAPPROVE"
    result = run(db, "judge", "correct", key, "--value", '{"type": "threaten", "mode": null}')
    assert result.exit_code == 0, result.output
    assert _events(db)[("person:a-minister", "country:IRN")]["type"] == "THREATEN"
    [logged] = run_json(db, "judgements")
    assert logged["value"]["type"] == "THREATEN"  # stored as the codebook spells it
    assert [e["fact_key"] for e in run_json(db, "events", "--type", "threaten")] == [key]
    unknown = run(db, "judge", "correct", key, "--value", '{"type": "scold"}')
    assert unknown.exit_code == 2 and "type 'SCOLD' is not one of" in unknown.stderr
