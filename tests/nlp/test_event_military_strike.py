"""A strike by a state, or a missile, drone or air strike, is an armed attack (CAMEO 195, PLOVER
ASSAULT/aerial); a union's strike stays a labour strike (CAMEO 143, PROTEST/strike)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.pipeline import extract

REF = dt.date(2023, 2, 24)


def _coded(text: str) -> list[tuple]:
    return [(e.type, e.mode, e.source_text, e.target_text) for e in extract(text, reference_date=REF).events
            if e.trigger == "strikes" or e.trigger == "strike"]


def test_a_states_strikes_on_infrastructure_are_an_assault():
    # a White House statement in the demo corpus (sample 4711, event 1718, was PROTEST/strike)
    text = ("To respond to Russia's strikes against Ukraine's critical energy infrastructure, the United "
            "States is preparing to deliver equipment to Ukraine.")
    assert _coded(text) == [("ASSAULT", "aerial", "Russia", "Ukraine")]


@pytest.mark.parametrize("text", ["Russia's missile strikes on Kyiv killed 12 people."])
def test_a_weapon_word_makes_the_strike_armed(text):
    assert [c[:2] for c in _coded(text)] == [("ASSAULT", "aerial")]


def test_a_unions_strike_stays_a_labour_strike():
    text = "The union's strike against the Ministry of Education lasted three weeks."
    assert [c[:2] for c in _coded(text)] == [("PROTEST", "strike")]
