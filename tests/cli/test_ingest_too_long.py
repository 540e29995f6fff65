"""``ingest`` of a text over the extraction limit stores nothing, even with a large
``--max-bytes``: one error line naming the file, code ``too_long``, exit 1."""

from __future__ import annotations

from tests.cli.invoke import run, run_json

PARAGRAPH = ("Opposition leaders said on Monday that they would boycott the vote on the new budget, "
             "which they called a betrayal of the farmers who protested in the capital last month.\n\n")
LIMIT = 3000


def test_a_text_over_the_limit_is_refused_before_it_is_stored(tmp_path, monkeypatch):
    monkeypatch.setattr("newsgraph.intake.finish.MAX_TEXT_CHARS", LIMIT)
    huge = tmp_path / "huge.txt"
    huge.write_text(PARAGRAPH * (LIMIT // len(PARAGRAPH) + 10), encoding="utf-8")
    db = tmp_path / "ng.db"
    result = run(db, "ingest", "--max-bytes", str(100 * LIMIT), str(huge))
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert line.startswith(f"error: {huge}: ") and line.endswith("[too_long]")
    assert "extraction failed" not in result.stderr
    assert run_json(db, "articles") == []
