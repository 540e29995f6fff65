"""events 0.7.320: a death, injury or destruction caused by a disaster or an accident is no
ASSAULT (check not-disaster; the PLOVER codebook's "disasters" context)."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events import find_events


def _acts(doc):
    return [(e.type, e.source_text, e.target_text) for e in find_events(doc)]


@pytest.mark.parametrize("text", [
    "Officials said 58 Brazilians were killed in the crash.",
    "Police said 12 villagers were killed in a plane crash near the border.",
    "The earthquake killed 300 people in eastern Turkey.",
    "A landslide destroyed dozens of homes in the province.",
    "Floods destroyed 200 houses in Kerala, officials said.",
    "Six soldiers were killed in a traffic accident near Kabul.",
    "Hurricane Maria killed dozens of people in Puerto Rico.",
])
def test_harm_caused_by_a_disaster_or_accident_is_no_event(base_nlp, text):
    assert not any(t in ("ASSAULT", "COERCE") for t, *_ in _acts(base_nlp(text)))


@pytest.mark.parametrize("text, target", [
    ("Four Pakistani soldiers were killed in an airstrike.", "Four Pakistani soldiers"),
    ("Ten civilians were killed in a bombing in Baghdad.", "Ten civilians"),
    ("Two policemen were killed by a car bomb in Kabul.", "Two policemen"),
    ("Three Israeli soldiers were killed in the attack.", "Three Israeli soldiers"),
])
def test_harm_caused_by_an_attack_stays_assault(base_nlp, text, target):
    assert ("ASSAULT", None, target) in _acts(base_nlp(text))


def test_an_actor_s_killing_stays_assault(base_nlp):
    doc = base_nlp("Russian forces killed three civilians in Kharkiv.")
    assert ("ASSAULT", "Russian forces", "three civilians") in _acts(doc)


def test_an_actor_s_killing_during_a_storm_stays_assault(base_nlp):
    # the storm is the setting, the soldiers act
    doc = base_nlp("Soldiers killed five protesters in Lagos during the storm.")
    assert any(t == "ASSAULT" and s == "Soldiers" for t, s, _ in _acts(doc))


def test_a_participle_clause_shares_its_host_s_doer_against_a_disaster_setting(base_nlp):
    # events 0.7.410: the doer is read by the module's own _subject (a participle clause without
    # a subject of its own shares its host's), so the militants, not the storm, kill
    doc = base_nlp("Militants attacked the convoy, killing six soldiers during the storm.")
    assert ("ASSAULT", "Militants", "six soldiers") in _acts(doc)
