"""Shared helpers for command-line tests: run ``newsgraph --db DB ARGS`` in-process."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli.main import app

runner = CliRunner()


def run(db: Path, *args: str):
    """The CliRunner result of ``newsgraph --db DB *args``."""
    return runner.invoke(app, ["--db", str(db), *args])


def run_json(db: Path, *args: str):
    """``newsgraph --db DB *args --json``, checked for exit 0 and decoded."""
    result = run(db, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)
