"""``newsgraph eval ngec``: story-type accuracy on the NGEC synthetic slices no model trained on
(offsets 0 and 8), reported beside the headline-grouped cross-validation of the training rows."""

from __future__ import annotations

from typer.testing import CliRunner

from newsgraph.cli.main import app
from newsgraph.eval import ngec
from newsgraph.nlp import story_type

runner = CliRunner()


def test_reports_both_unseen_offsets_and_the_grouped_cv(shared_dir):
    csv_path = shared_dir / "bench" / "train" / "ngec-synthetic-events.csv"
    metrics = ngec.evaluate(csv_path, limit=4)
    assert metrics["n"] == 8
    for offset in ngec.OFFSETS:
        assert 0.0 <= metrics[f"story_type_accuracy_offset_{offset}"] <= 1.0
        assert 0.0 <= metrics[f"lead_event_type_accuracy_offset_{offset}"] <= 1.0
    meta = story_type.load().meta
    assert metrics["cv_by_headline"] == meta["metrics"]["cv_by_headline"]
    assert metrics["model_version"] == meta["version"]


def test_a_missing_csv_is_a_one_line_typed_error(tmp_path):
    missing = tmp_path / "nothing.csv"
    result = runner.invoke(app, ["eval", "ngec", str(missing)])
    assert result.exit_code == 2
    assert "nothing.csv" in result.stderr and "[eval_input]" in result.stderr
