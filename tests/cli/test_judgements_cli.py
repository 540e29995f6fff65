"""``newsgraph judgements`` lists the judgement log as GET /api/judgements gives it: id, when,
who, action, the fact's short key (what ``judge`` takes), the fields a correction set, and
whether it was undone or overrides another; --article keeps one article's, --limit cuts and
says so. The store is written through the repository (no NLP)."""

from __future__ import annotations

from tests.cli.invoke import run, run_json
from tests.cli.test_judge_facts import db  # noqa: F401  (the same one-article store, a fixture)




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


def test_identity_acts_and_fact_judgements_give_their_times_alike(db):
    import datetime as dt
    import re

    from newsgraph.store.schema import utc_iso

    events = run_json(db, "show", "1")["events"]
    assert run(db, "judge", "confirm", events[0]["fact_key"]).exit_code == 0
    done = run(db, "acts-for", "Edmundo Novillo", "BOL", "--reason", "Bolivia's minister")
    assert done.exit_code == 0, done.output
    act = int(re.search(r"act (\d+)", done.stdout).group(1))
    assert run(db, "undo-identity", str(act)).exit_code == 0
    rows = run_json(db, "judgements")
    assert {r["kind"] for r in rows} == {"fact", "identity"}
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")
    stamps = [r["created_at"] for r in rows] + [r["undone_at"] for r in rows if r["undone_at"]]
    assert len(stamps) == 3 and all(stamp.fullmatch(s) for s in stamps), stamps
    again = run(db, "undo-identity", str(act))
    assert again.exit_code == 2 and stamp.search(again.output), again.output
    # a zoneless stored time is UTC; another zone is brought to UTC
    assert utc_iso(dt.datetime(2026, 3, 1, 9, 30, 5, 123)) == "2026-03-01T09:30:05+00:00"
    assert utc_iso("2026-03-01T11:30:05+02:00") == "2026-03-01T09:30:05+00:00" and utc_iso(None) is None
