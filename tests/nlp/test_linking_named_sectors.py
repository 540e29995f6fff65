"""A phrase that names its own sector keeps it over the state's default GOV (linking 0.3.840):
a state's military equipment is MIL (PLOVER MIL: "state-military personnel/equipment"; Phoenix
weapons ~MIL), business leaders and executives are BUS (Phoenix BUSINESS_LEADER,
CORPORATE_EXECUTIVE ~BUS), and a one-sided war's act on a civilian thing targets the attacked
state's civilians (PLOVER CVL)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.entities import equipment_words
from newsgraph.nlp.pipeline import extract
from newsgraph.resolve.actors import agent_sector

STATE = "U.S. Department of State"
DAY = dt.date(2022, 3, 2)


def _events(nlp, text):
    return extract(text, DAY, nlp=nlp, outlet=STATE).events


def _sides(events):
    return [(e.type, e.source_text, e.source_acts_for, e.source_sector, e.target_text, e.target_key,
             e.target_acts_for, e.target_sector) for e in events]


def test_equipment_words_end_in_a_kind_not_after_a_blocking_word():
    assert equipment_words("Russian tanks") == "tank"
    assert equipment_words("three Russian attack aircrafts") == "aircraft"
    assert equipment_words("fighter jets") == "fighter jet"
    assert equipment_words("Russian think tanks") is None
    assert equipment_words("suicide bombers") is None
    assert equipment_words("Russian officials") is None


def test_a_states_tanks_are_its_military(nlp):
    events = _events(nlp, "Our army destroyed dozens of Belarusian tanks near the border on Monday.")
    hit = [e for e in events if e.type == "ASSAULT" and e.target_acts_for == "BLR"]
    assert hit and all(e.target_sector == "MIL" and e.target_key == "country:BLR" for e in hit), _sides(events)


def test_a_states_owned_tanks_are_its_military(nlp):
    events = _events(nlp, "Our army destroyed two of Russia's tanks near the border on Monday.")
    hit = [e for e in events if e.type == "ASSAULT" and e.target_acts_for == "RUS"]
    assert hit and all(e.target_sector == "MIL" for e in hit), _sides(events)


def test_a_states_aircraft_named_as_equipment_is_its_military(nlp):
    events = _events(nlp, "Ukrainian air defenses shot down four Russian attack aircrafts over Chernihiv today.")
    hit = [e for e in events if e.type == "ASSAULT" and e.target_acts_for == "RUS"]
    assert hit and all(e.target_sector == "MIL" for e in hit), _sides(events)


def test_a_states_officials_and_soldiers_keep_their_sectors(nlp):
    # contrasts: no equipment, the state's own organs as before
    events = _events(nlp, "The ambassador met with Russian officials in Geneva on Monday.")
    met = [e for e in events if e.target_acts_for == "RUS"]
    assert met and all(e.target_sector == "GOV" for e in met), _sides(events)
    events = _events(nlp, "Ukrainian soldiers attacked the Russian positions near the river.")
    attack = [e for e in events if e.source_acts_for == "UKR"]
    assert attack and all(e.source_sector == "MIL" for e in attack), _sides(events)


def test_business_role_heads_with_a_business_modifier_are_business():
    assert agent_sector("corporate governance leaders").sector == "BUS"
    assert agent_sector("industry leaders").sector == "BUS"
    assert agent_sector("private sector leaders").sector == "BUS"
    # contrasts: a government's leaders and the executive branch stay as they were
    assert agent_sector("government leaders").sector == "GOV"
    assert agent_sector("government executives").sector == "GOV"
    assert agent_sector("the executive") is None
    assert agent_sector("chief executive").sector == "GOV"


def test_leaders_of_corporate_governance_met_abroad_are_business(nlp):
    events = _events(nlp, "The U.S. ambassador met with banking and corporate governance leaders in Kyiv on Monday.")
    met = [e for e in events if e.target_text and "leaders" in e.target_text]
    assert met and all(e.target_sector == "BUS" for e in met), _sides(events)


def test_a_demonyms_executives_are_business(nlp):
    events = _events(nlp, "The Secretary met Ukrainian executives in Kyiv on Tuesday to discuss investment.")
    met = [e for e in events if e.target_acts_for == "UKR"]
    assert met and all(e.target_sector == "BUS" for e in met), _sides(events)


WAR = "Russia's war against Ukraine has gone on for a week. "


def test_a_war_act_on_civilian_infrastructure_targets_the_states_civilians(nlp):
    events = _events(nlp, WAR + "Russia has destroyed civilian infrastructure and must stop.")
    hit = [e for e in events if e.type == "ASSAULT" and e.source_acts_for == "RUS"]
    assert hit and all((e.target_text, e.target_key, e.target_acts_for, e.target_sector)
                       == ("civilian infrastructure", None, "UKR", "CVL")
                       for e in hit), _sides(events)


def test_a_war_act_with_no_civilian_object_still_targets_the_state(nlp):
    # contrast: nothing civilian named, the war's target state as before
    events = _events(nlp, WAR + "Russia has relentlessly mobilized for war.")
    hit = [e for e in events if e.type == "MOBILIZE" and e.source_acts_for == "RUS"]
    assert all(e.target_sector != "CVL" for e in hit), _sides(events)
