"""An article's story type on the command line: ``articles`` (a column, ``--story-type``),
``show`` (text and ``--json``) and ``export``, from one real ingest of the seed article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.cli.main import app
from newsgraph.nlp import story_type
from newsgraph.nlp.types import PLOVER_TYPES
from tests.cli.invoke import run, run_json, runner

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed" / "dialogo-iran-bolivia-drones.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("storytype") / "ng.db"
    result = runner.invoke(app, ["--db", str(path), "ingest", str(SEED)])
    assert result.exit_code == 0, result.output
    return path



def test_show_json_and_export_carry_the_story_type_with_its_provenance(db):
    [listed] = run_json(db, "articles")
    shown = run_json(db, "show", str(listed["id"]))
    article = shown["article"]
    assert article["story_type"] in PLOVER_TYPES and article["story_type"] == listed["story_type"]
    assert 0.0 < article["story_type_probability"] <= 1.0
    assert (article["story_type_component"], article["story_type_component_version"]) == \
        (story_type.COMPONENT, story_type.VERSION)
    if article["story_type_trigger_start"] is not None:  # the evidence is an event of that type in the article
        assert any(e["trigger_start"] == article["story_type_trigger_start"] and e["type"] == article["story_type"]
                   for e in shown["events"])
    exported = run(db, "export", "--no-text")
    assert exported.exit_code == 0, exported.output
    assert json.loads(exported.stdout.splitlines()[0])["article"]["story_type"] == article["story_type"]


def test_articles_shows_a_story_type_column_and_filters_on_it(db):
    [listed] = run_json(db, "articles")
    plain = run(db, "articles")
    assert plain.exit_code == 0 and "story type" in plain.stdout and listed["story_type"] in plain.stdout
    assert [r["id"] for r in run_json(db, "articles", "--story-type", listed["story_type"])] == [listed["id"]]
    other = next(t for t in PLOVER_TYPES if t != listed["story_type"])
    assert run_json(db, "articles", "--story-type", other) == []
    refused = run(db, "articles", "--story-type", "FIGHTING")
    assert refused.exit_code == 2 and "FIGHTING" in refused.stderr and "[usage]" in refused.stderr


def test_show_prints_the_story_type_line(db):
    [listed] = run_json(db, "articles")
    result = run(db, "show", str(listed["id"]), "--no-text")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if "story type" in line)
    assert listed["story_type"] in line and story_type.COMPONENT in line


def test_extract_again_refills_the_story_type(db):
    [before] = run_json(db, "articles")
    result = run(db, "extract", "--again")
    assert result.exit_code == 0, result.output
    [after] = run_json(db, "articles")
    assert (after["story_type"], after["story_type_probability"]) == (before["story_type"], before["story_type_probability"])
