"""A definite or demonstrative description of an organisation ("this mission", "the bloc") takes
the one organisation named earlier whose name has that head noun (its last word, or the common
noun the name modifies: "the Multinational Security Support (MSS) mission"); with two such
organisations, or none, it stays a word."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

DAY = dt.date(2024, 6, 25)


def _keyed(text: str, phrase: str):
    ex = extract(text, DAY)
    start = text.rindex(phrase)
    return [m.entity_key for m in ex.mentions if m.start == start and m.end == start + len(phrase)]


def test_demonstrative_mission_takes_the_named_mission():
    text = ("Kenyan police officers of the Multinational Security Support (MSS) mission arrived in "
            "Port-au-Prince on Tuesday. This mission will support the Haitian National Police.")
    assert _keyed(text, "This mission") == ["org:multinational-security-support"]


def test_the_mission_is_the_actor_of_its_act():
    text = ("Kenyan police officers of the Multinational Security Support (MSS) mission arrived in "
            "Port-au-Prince on Tuesday. This mission will support the Haitian National Police.")
    ex = extract(text, DAY)
    acts = [e for e in ex.events if e.target_key == "org:hti:national-police"]  # coref 0.3.135: keyed per state
    assert acts and all(e.source_key == "org:multinational-security-support" for e in acts)


def test_two_councils_leave_the_council_unread():
    text = ("Ministers met with the UN Human Rights Council and the UN Security Council in Geneva. "
            "The Council voted to condemn Russia.")
    assert _keyed(text, "The Council") == []


def test_no_organisation_with_the_noun_stays_a_word():
    text = "The European Union imposed new sanctions on Russia. The mission will start in May."
    assert _keyed(text, "The mission") == []
