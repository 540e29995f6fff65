"""The verb "strike" takes its sense from who strikes (events._striker_sense, event_detection.yaml
armed_striker_* / labour_striker_*): a state, an armed force or group, or a weapon uses force
(CAMEO 190, PLOVER ASSAULT); workers, unions and staff strike in the labour sense (CAMEO 143,
PLOVER PROTEST/strike); a measure or thing that "strikes at" something does so figuratively, no
event. Sentences are constructed unless marked as from the demo corpus (examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


def _strikes(nlp, text):
    return [(e.type, e.mode, e.source_text) for e in coded(nlp, text) if e.trigger.split()[0] in ("strike", "struck")]


@pytest.mark.parametrize("text, found", [
    ("Russia struck again overnight, hitting Kyiv's energy grid.", ("ASSAULT", "aerial", "Russia")),
    ("Hamas struck southern Israel on Saturday.", ("ASSAULT", None, "Hamas")),
    ("Jihadists struck again in northern Mali on Sunday.", ("ASSAULT", None, "Jihadists")),
])
def test_a_state_or_armed_group_that_strikes_uses_force(base_nlp, text, found):
    assert _strikes(base_nlp, text) == [found], show(coded(base_nlp, text))


def test_a_state_that_will_strike_threatens_force_not_a_strike(base_nlp):
    events = coded(base_nlp, "Israel will strike if Iran continues enriching uranium.")
    assert [(e.type, e.mode) for e in events if e.trigger == "strike"] == [("THREATEN", "assault:aerial")], show(events)


def test_weapons_that_strike_are_an_attack(base_nlp):
    assert [t[0] for t in _strikes(base_nlp, "Russian drones struck overnight across the Odesa region.")] == [
        "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Teachers in Chicago struck for higher pay last week.",
    "The union struck against the Ministry of Education.",
])
def test_workers_who_strike_keep_the_labour_strike(base_nlp, text):
    found = _strikes(base_nlp, text)
    assert [t[:2] for t in found] == [("PROTEST", "strike")], show(coded(base_nlp, text))


@pytest.mark.parametrize("text", [
    # a White House fact sheet in the demo corpus (was PROTEST/strike, source none, target Putin)
    "These sanctions strike at the core of Putin's war machine.",
    "The new tariffs strike at China's export industry.",
])
def test_a_measure_that_strikes_at_something_is_no_strike(base_nlp, text):
    events = coded(base_nlp, text)
    assert not [e for e in events if e.type in ("PROTEST", "ASSAULT")], show(events)
