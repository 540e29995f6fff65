"""``show`` and ``export`` carry where each event's date came from, and the wire dateline."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsgraph.cli.main import app

runner = CliRunner()
WIRE = ("KINSHASA, May 2 (AFP) - Militia fighters attacked a camp on Sunday, the army said. "
        "Peru recalled its ambassador from Mexico. Troops shelled the town between March and May 2019.\n")


def test_show_and_export_event_dates_and_dateline(tmp_path):
    source = tmp_path / "wire.txt"
    source.write_text(WIRE, encoding="utf-8")
    db = str(tmp_path / "t.db")
    result = runner.invoke(app, ["--db", db, "ingest", str(source), "--published", "2024-05-06"])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["--db", db, "show", "1", "--no-text"])
    assert shown.exit_code == 0, shown.output
    assert "KINSHASA (dateline, 2024-05-02)" in shown.output
    view = json.loads(runner.invoke(app, ["--db", db, "show", "1", "--json"]).stdout)
    events = view["events"]
    assert events and all(e["date"] and e["date_source"] in ("text", "publication") for e in events)
    by_trigger = {e["trigger"]: e for e in events}
    shelled = next(e for t, e in by_trigger.items() if t.startswith("shelled"))
    assert (shelled["date"], shelled["date_end"], shelled["date_source"]) == ("2019-03", "2019-05", "text")
    out = tmp_path / "all.jsonl"
    assert runner.invoke(app, ["--db", db, "export", "--format", "jsonl", "-o", str(out)]).exit_code == 0
    exported = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert {"date", "date_end", "date_source"} <= set(exported["events"][0])
