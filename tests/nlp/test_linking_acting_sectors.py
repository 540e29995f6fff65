"""The sector an actor acts for (issue 6): a church body is REL, a listed news outlet named with
its bracketed alias is an organisation of the media (MED), coordinated states keep the
adjectives of their head noun ("military officials": MIL), a state's plural listed as civil
society is CVL, and an organisation inside an appositive title places its holder."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.entities import news_outlet_alias
from newsgraph.nlp.pipeline import extract
from newsgraph.resolve.actors import agent_sector

STATE = "U.S. Department of State"
DAY = dt.date(2022, 3, 2)


def _sides(x):
    return [(e.source_text, e.source_acts_for, e.source_sector, e.target_text, e.target_key, e.target_acts_for,
             e.target_sector) for e in x.events]


def test_a_bishops_conference_and_its_officers_are_religious_not_government(nlp):
    assert agent_sector("Italian Episcopal Conference").sector == "REL"
    assert agent_sector("the Catholic Church").sector == "REL"
    text = ('The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the '
            'verdict "dangerous" and "ideological".')
    x = extract(text, DAY, nlp=nlp, outlet="Global Voices")
    sources = [e for e in x.events if e.source_text and "Galantino" in e.source_text]
    assert sources, _sides(x)
    assert all(e.source_sector == "REL" for e in sources), _sides(x)


def test_a_listed_outlet_and_its_language_service_are_media_not_government():
    assert news_outlet_alias("VOA Russian") == "Voice of America"
    assert news_outlet_alias("DW") == "Deutsche Welle"
    # a government's own site in the outlet list is a state body, not a medium
    assert news_outlet_alias("State Department") is None
    assert news_outlet_alias("SOUTHCOM") is None
    assert news_outlet_alias("Golos Ameriki") is None


def test_a_name_before_a_bracketed_outlet_alias_is_that_outlet(nlp):
    text = ("Roskomnadzor has threatened to block Golos Ameriki (VOA Russian) if it does not comply with demands "
            "to delete its reports on the war.")
    x = extract(text, DAY, nlp=nlp, outlet="Global Voices")
    targets = [e for e in x.events if e.target_text == "Golos Ameriki"]
    assert targets, _sides(x)
    assert all(e.target_key == "org:golos-ameriki" and e.target_sector == "MED" for e in targets), _sides(x)


def test_coordinated_states_military_officials_are_military(nlp):
    text = ("The United States is imposing visa restrictions on more than 600 Russian and Belarusian military "
            "officials involved in the attack on Ukraine.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    targets = {e.target_acts_for: e.target_sector for e in x.events if e.type == "SANCTION"}
    assert targets == {"RUS": "MIL", "BLR": "MIL"}, _sides(x)


def test_coordinated_states_officials_stay_government(nlp):
    text = "The United States imposed sanctions on Iranian and Syrian senior officials on Tuesday."
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    targets = {e.target_acts_for: e.target_sector for e in x.events if e.type == "SANCTION"}
    assert targets == {"IRN": "GOV", "SYR": "GOV"}, _sides(x)


def test_a_states_stakeholders_listed_as_civil_society_are_civilians(nlp):
    text = ("The Assistant Secretary will meet a wide range of Honduran stakeholders – including civil society "
            "and community leaders – during her visit to Tegucigalpa.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    met = [e for e in x.events if e.target_text and "stakeholders" in e.target_text]
    assert met, _sides(x)
    assert all(e.target_acts_for == "HND" and e.target_sector == "CVL" for e in met), _sides(x)


def test_stakeholders_listed_with_officials_are_not_coded_civilians(nlp):
    text = ("The Special Envoy will meet Honduran stakeholders, including government officials and civil "
            "society, in Tegucigalpa.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert not any(e.target_sector == "CVL" and e.target_acts_for == "HND" for e in x.events), _sides(x)


def test_a_service_named_inside_an_appositive_title_places_its_holder(nlp):
    text = ('"We were not serving our wounded as well as we could have," said Paul K. Carlton, a former Air '
            'Force surgeon general who had worked on the concept since the 1980s.')
    x = extract(text, dt.date(2016, 1, 14), nlp=nlp, outlet="U.S. Air Force")
    roles = [r for r in x.roles if r.person_key == "person:paul-k-carlton"]
    assert roles and roles[0].of_name == "Air Force", x.roles
    speakers = [s for s in x.statements if s.speaker_key == "person:paul-k-carlton"]
    assert speakers and all(s.speaker_sector == "MIL" for s in speakers), [
        (s.speaker_text, s.speaker_acts_for, s.speaker_sector) for s in x.statements]


def test_a_wire_datelines_credit_is_no_alias_of_the_place_before_it(nlp):
    from newsgraph.nlp.entities import outlet_alias_after
    dateline = "COLUMBIA, S.C. (AP) — The Latest on the primary"
    assert outlet_alias_after(dateline, dateline.index(" (AP)")) is None
    aliased = "threatened to block Golos Ameriki (VOA Russian) if they do not comply"
    assert outlet_alias_after(aliased, aliased.index(" (VOA")) == "Voice of America"
    # the dateline's place stays a place; before, "S.C." became an organisation of the media with
    # the alias "AP" (and in a longer AP story coref stopped with a KeyError on it)
    text = ("COLUMBIA, S.C. (AP) — The Latest on the South Carolina primary (all times EST):\n\n"
            "Hillary Clinton told supporters in Las Vegas that she would win. The AP reported the result.")
    x = extract(text, dt.date(2016, 2, 20), nlp=nlp, outlet="Associated Press")
    named = {e.name: e for e in x.entities.values()}
    assert named["S.C."].type == "place", named["S.C."]
    assert named["AP"].type == "organization" and named["AP"].sector == "MED", named.get("AP")


@pytest.mark.parametrize("text, state", [
    # (compound2) a demonym on the sides of a conflict places them; they are not the government
    ("The United States urges the Libyan parties to refrain from violence and to engage with the UN envoy.", "LBY"),
    ("We call on the Sudanese parties to agree to an immediate ceasefire.", "SDN"),
])
def test_a_states_conflict_parties_act_for_it_with_no_government_sector(nlp, text, state):
    events = [e for e in extract(text, DAY, nlp=nlp, outlet=STATE).events if e.type == "DEMAND"]
    assert events and all(e.target_acts_for == state and e.target_sector is None and e.target_key is None
                          for e in events), events


def test_defectors_from_a_states_army_are_its_opposition_not_its_army(nlp):
    from tests.nlp.linked_events import explain, linked
    events = linked(nlp, "Defectors from the Syrian army accused the government of war crimes.")
    accused = [e for e in events if e.type == "DISAPPROVE"]
    assert accused and all(e.source_acts_for == "SYR" and e.source_sector == "OPP" for e in accused), \
        explain(accused)
