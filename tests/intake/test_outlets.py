"""One outlet name for the spellings real sources use (data: newsgraph/intake/outlets.yaml)."""

from __future__ import annotations

import json

import pytest

from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake.outlets import canonical_outlet, load_outlets, outlet_key, outlet_state_run


@pytest.mark.parametrize("written,url,expected", [
    ("U.S. Department of State press releases", None, "United States Department of State"),
    ("United States Department of State", None, "United States Department of State"),
    ("The U.S. Dept. of State", None, "United States Department of State"),
    (None, "https://www.state.gov/briefings/", "United States Department of State"),
    ("af.mil", "http://www.af.mil/News/", "U.S. Air Force"),
    ("Air Force Link Speeches", None, "U.S. Air Force"),
    ("Global Voices Online feature", None, "Global Voices"),
    ("Dialogo Americas", None, "Diálogo Américas"),
    ("Fox  News", None, "Fox News"),                     # not listed: kept, only spaces tidied
    ("Metro Gazette", "https://www.state.gov/x", "Metro Gazette"),  # a named outlet is not overridden by host
])
def test_canonical_outlet(written, url, expected):
    assert canonical_outlet(written, url) == expected


def test_outlet_key_ignores_spelling_details():
    assert outlet_key("The U.S. Dept. of State") == outlet_key("United States Department of State")
    assert outlet_key("Diálogo & Américas") == "dialogo and americas"


def test_every_alias_in_the_table_names_its_outlet():
    table = load_outlets()
    assert table.by_key[outlet_key("State Department")] == "United States Department of State"
    assert all(name == table.by_key[outlet_key(name)] for name in set(table.by_key.values()))


def test_two_spellings_become_one_outlet_and_the_written_one_is_kept(tmp_path):
    path = tmp_path / "mixed.jsonl"
    rows = [{"text": "The Secretary met the Foreign Minister of Mexico in Washington on Tuesday.",
             "source": "U.S. Department of State press releases"},
            {"text": "The Secretary spoke with the Foreign Minister of Ukraine by phone on Friday.",
             "publisher": "United States Department of State"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first, second = read_sources([str(path)], IntakeOptions())
    assert first.outlet == second.outlet == "United States Department of State"
    assert first.raw_metadata["outlet_as_written"] == "U.S. Department of State press releases"
    assert "outlet_as_written" not in second.raw_metadata


def test_outlet_option_is_kept_as_given(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The Secretary met the Foreign Minister of Mexico in Washington on Tuesday.", encoding="utf-8")
    [article] = read_sources([str(path)], IntakeOptions(outlet="state dept"))
    assert article.outlet == "state dept"


@pytest.mark.parametrize("written, state_run", [
    ("Xinhua News Agency", True),   # a state's own news service (outlets.yaml state_run)
    ("ITAR-TASS", True),
    ("Reuters", False),
    ("BBC", False),
    ("Some Local Gazette", False),  # not listed: no flag
])
def test_state_run_outlets_are_flagged(written, state_run):
    assert outlet_state_run(canonical_outlet(written)) is state_run
