"""``eval ... --predictions PATH`` checks PATH before evaluating: a file there, or a folder that
cannot be made, is one error line naming it (exit 2), not a FileExistsError traceback after the
whole evaluation ran. The check runs before any gold file is read, so no model is needed."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsgraph.cli.main import app
from tests.cli.test_cli_hardening import one_line_error

runner = CliRunner()


@pytest.mark.parametrize("command", ["facts", "plover", "conll", "timeml", "polnear"])
def test_predictions_naming_a_file_is_one_line(tmp_path, command):
    taken = tmp_path / "notes.txt"
    taken.write_text("an analyst's notes\n")
    result = runner.invoke(app, ["eval", command, str(tmp_path / "gold.yaml"), "--predictions", str(taken)])
    assert result.exit_code == 2, result.output
    one_line_error(result, str(taken), "names a file", "[eval_input]")
    assert taken.read_text() == "an analyst's notes\n"  # nothing written over it


def test_predictions_folder_that_cannot_be_made_is_one_line(tmp_path):
    taken = tmp_path / "notes.txt"
    taken.write_text("x")
    result = runner.invoke(app, ["eval", "facts", str(tmp_path / "gold.yaml"), "--predictions", str(taken / "out")])
    assert result.exit_code == 2, result.output
    one_line_error(result, str(taken / "out"), "cannot make the --predictions folder", "[eval_input]")


def test_a_new_nested_predictions_folder_is_no_error(tmp_path):
    out = tmp_path / "runs" / "today"
    result = runner.invoke(app, ["eval", "facts", str(tmp_path / "missing.yaml"), "--predictions", str(out)])
    # a folder not there yet is made (as before), so the one error is the gold path's
    assert result.exit_code == 2, result.output
    one_line_error(result, "missing.yaml", "cannot read gold facts", "[eval_input]")
