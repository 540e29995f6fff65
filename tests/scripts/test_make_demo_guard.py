"""``make demo`` rebuilds ./newsgraph.db, the database every command opens by default, and
``make clean`` removes it: both refuse, in one line, when it holds analysts' judgements or
identity acts (a second ``make demo`` used to delete them without a word). Runs the Makefile's
``demo-guard`` target with this interpreter as the venv."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.invoke import run, run_json
from tests.store.test_judgements import _pairs_extraction
from tests.store.test_repository import stored_seed

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _guard(db: Path, goal: str = "demo-guard"):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(["make", "-s", "-C", str(ROOT), goal, f"DB={db}", f"BIN={Path(sys.executable).parent}"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_a_database_with_an_analyst_s_judgement_is_not_rebuilt(tmp_path):
    db = tmp_path / "newsgraph.db"
    stored_seed(db, _pairs_extraction)[0].close()
    assert _guard(db).returncode == 0  # extraction's work alone can be made again
    key = run_json(db, "show", "1")["events"][0]["fact_key"]
    assert run(db, "judge", "reject", key, "--reason", "not an event").exit_code == 0
    refused = _guard(db)
    assert refused.returncode != 0
    [line] = [x for x in refused.stderr.splitlines() if x.startswith("error:")]
    assert f"{db}: holds 1 analyst judgement(s)" in line and "[analyst_work]" in line
    assert db.exists() and run_json(db, "judgements")[0]["action"] == "reject"  # nothing lost


def test_no_database_yet_is_no_refusal(tmp_path):
    assert _guard(tmp_path / "none.db").returncode == 0
