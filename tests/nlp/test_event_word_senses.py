"""Senses of three words: a strike by a state, or a missile, drone or air strike, is an armed attack
(CAMEO 195, PLOVER ASSAULT/aerial), a union's strike a labour strike (CAMEO 143, PROTEST/strike);
"demonstrate" with an object or in the passive is to show, not to march (CAMEO 141); "ask" with
nothing requested puts a question, not a DEMAND (issue 6 kind 1)."""

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


def _protests(text: str) -> list[tuple]:
    return [(e.type, e.source_text) for e in extract(text, reference_date=REF).events if e.type == "PROTEST"]


def test_demonstrate_in_its_show_sense_is_no_protest():
    # a State Department release in the demo corpus (sample 90210, event 326)
    assert _protests("As demonstrated by these visa actions and recent sanctions, the United States will "
                     "continue to use diplomatic and economic tools to promote accountability.") == []


def test_demonstrators_who_demonstrate_protest():
    assert _protests("Thousands of students demonstrated in Caracas against the government.") == [
        ("PROTEST", "students")]


def _demands(text: str) -> list[tuple]:
    return [(e.source_text, e.target_text) for e in extract(text, reference_date=REF).events if e.type == "DEMAND"]


def test_asking_someone_with_nothing_requested_is_a_question():
    # a State Department briefing in the demo corpus (sample 31337, event 453)
    assert _demands("But again, you would have to ask President Putin.") == []


@pytest.mark.parametrize("text, pair", [
    ("The United States asked Russia to release the journalists.", ("United States", "Russia")),
    ("Ukraine asked the United States for help.", ("Ukraine", "United States")),
])
def test_asking_for_an_act_or_a_thing_is_a_request(text, pair):
    assert _demands(text) == [pair]
