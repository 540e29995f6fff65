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


def _strike_nouns(nlp, text):
    return [(e.type, e.mode, e.source_text, e.target_text) for e in coded(nlp, text)
            if any(w in e.trigger.lower().split() for w in ("strike", "strikes"))]


@pytest.mark.parametrize("text, found", [
    # a light verb + "strike" takes the noun's sense from who strikes or what is struck (events._strike_sense)
    ("Russian forces carried out strikes on Kharkiv.", ("ASSAULT", "aerial", "Russian forces", "Kharkiv")),
    ("The air force carried out strikes on Kharkiv.", ("ASSAULT", "aerial", "air force", "Kharkiv")),
    ("Hamas carried out a strike on Israel.", ("ASSAULT", "aerial", "Hamas", "Israel")),
    # an event noun with a "by" doer that is a force, no state name
    ("Strikes by Russian forces on Kharkiv killed five people.", ("ASSAULT", "aerial", "Russian forces", "Kharkiv")),
])
def test_a_strike_carried_out_by_a_force_on_a_place_is_an_attack(base_nlp, text, found):
    assert found in _strike_nouns(base_nlp, text), show(coded(base_nlp, text))
    assert not [e for e in coded(base_nlp, text) if e.type == "PROTEST"], show(coded(base_nlp, text))


@pytest.mark.parametrize("text, found", [
    ("Nurses launched a strike against the health ministry.", ("PROTEST", "strike", "Nurses", "health ministry")),
    ("The union carried out a two-day strike against the government.", ("PROTEST", "strike", "union", "government")),
    ("The union's strike against the Ministry of Education lasted three weeks.",
     ("PROTEST", "strike", "union", "Ministry of Education")),
])
def test_a_strike_launched_by_workers_stays_a_labour_strike(base_nlp, text, found):
    assert _strike_nouns(base_nlp, text) == [found], show(coded(base_nlp, text))


def test_a_strike_called_by_an_armed_group_is_a_labour_strike(base_nlp):
    # calling a strike proclaims a stoppage of work, whoever calls it (strike_calling_verbs)
    text = "Hamas called a strike in the West Bank."
    assert [f[:2] for f in _strike_nouns(base_nlp, text)] == [("PROTEST", "strike")], show(coded(base_nlp, text))


def test_a_general_strike_is_a_labour_strike_whoever_holds_it(base_nlp):
    text = "The opposition party launched a general strike against the government."
    assert not [e for e in coded(base_nlp, text) if e.type == "ASSAULT"], show(coded(base_nlp, text))


@pytest.mark.parametrize("text, found", [
    # the occurrence frame (event noun + "continue / intensify") reads the same sense
    ("The army's strikes against ISIS intensified.", ("ASSAULT", "aerial", "army", "ISIS")),
    ("The teachers' strike against the ministry continued.", ("PROTEST", "strike", "teachers", "ministry")),
])
def test_a_strike_that_goes_on_keeps_the_sense_of_its_doer(base_nlp, text, found):
    assert _strike_nouns(base_nlp, text) == [found], show(coded(base_nlp, text))


def test_strikes_promised_by_a_state_name_an_attack_not_a_labour_strike(base_nlp):
    events = coded(base_nlp, "Iran promised strikes against Israel.")
    assert [e.mode for e in events if e.trigger.endswith("strikes")] == ["assault:aerial"], show(events)


@pytest.mark.parametrize("text", [
    # review 35b §1: a bare nationality noun holding a strike names its people, who strike as labour
    "Palestinians held a strike across the West Bank to protest the killings.",
    "Lebanese held a strike on Monday.",
])
def test_a_strike_held_by_a_nationality_s_people_is_a_labour_strike(base_nlp, text):
    assert [f[:2] for f in _strike_nouns(base_nlp, text)] == [("PROTEST", "strike")], show(coded(base_nlp, text))


def test_a_nationality_word_on_the_strike_noun_stands_for_its_state(base_nlp):
    text = "Israeli strikes on Gaza killed five people."
    assert [f[:2] for f in _strike_nouns(base_nlp, text)] == [("ASSAULT", "aerial")], show(coded(base_nlp, text))


@pytest.mark.parametrize("text", [
    # review 35b §2: a labour strike is "against" its employer, a city or a civilian building too
    "AFSCME held a strike against the city of Memphis.",
    "NUHW held a strike against the hospital.",
])
def test_a_strike_against_a_place_or_building_stays_a_labour_strike(base_nlp, text):
    assert [f[:2] for f in _strike_nouns(base_nlp, text)] == [("PROTEST", "strike")], show(coded(base_nlp, text))


@pytest.mark.parametrize("text", [
    "The coalition carried out strikes against militant positions.",
    "The coalition carried out strikes on the city.",
])
def test_a_strike_against_a_military_object_or_on_a_place_is_an_attack(base_nlp, text):
    assert [f[:2] for f in _strike_nouns(base_nlp, text)] == [("ASSAULT", "aerial")], show(coded(base_nlp, text))
