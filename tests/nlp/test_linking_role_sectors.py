"""Persons whose own noun phrase gives their sector: a namesake of a state's office holder is no
office holder, and Phoenix person nouns (dissident, blogger, opposition candidate) code it."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract
from newsgraph.resolve.actors import namesake_of_office_holders

STATE = "U.S. Department of State"


def _target(x, part: str):
    return next(e for e in x.events if e.target_text and part in e.target_text)


def test_a_full_name_with_another_given_name_is_a_namesake_of_the_office_holder():
    # Phoenix lists Violeta Barrios de Chamorro (NIC); a bare last name or the same initial is her
    assert namesake_of_office_holders("Pedro Chamorro")
    assert not namesake_of_office_holders("Chamorro")
    assert not namesake_of_office_holders("Joseph R. Biden, Jr.")
    assert not namesake_of_office_holders("Vladimir Putin")


def test_a_presidential_candidate_sharing_an_office_holders_last_name_is_no_government(nlp):
    text = ("The United States condemns the arrest of presidential candidate Pedro Chamorro by the Nicaraguan "
            "police in Managua.")
    x = extract(text, dt.date(2021, 6, 9), nlp=nlp, outlet=STATE)
    people = [e for e in x.events if e.target_key == "person:pedro-chamorro"]
    assert people, [(e.type, e.target_text) for e in x.events]
    assert all(e.target_sector != "GOV" for e in people)


def test_a_dissident_before_the_name_is_opposition(nlp):
    x = extract("Chinese authorities detained dissident Zhang Wei in Guangzhou on Friday.",
                dt.date(2021, 6, 9), nlp=nlp, outlet=STATE)
    assert _target(x, "Zhang Wei").target_sector == "OPP"


def test_an_opposition_candidate_before_the_name_is_opposition(nlp):
    x = extract("Belarusian police arrested opposition candidate Viktor Petrov in Minsk.",
                dt.date(2021, 6, 9), nlp=nlp, outlet=STATE)
    assert _target(x, "Viktor Petrov").target_sector == "OPP"


def test_a_blogger_in_apposition_is_media(nlp):
    x = extract("Belarusian authorities jailed Sergei Ivanov, a popular blogger, in Minsk.",
                dt.date(2021, 6, 9), nlp=nlp, outlet=STATE)
    assert _target(x, "Sergei Ivanov").target_sector == "MED"


def test_a_deputy_secretary_of_a_state_is_government_not_police(nlp):
    x = extract("Deputy Secretary Wendy Sherman met with Foreign Minister Wang Yi in Tianjin.",
                dt.date(2021, 7, 26), nlp=nlp, outlet=STATE)
    met = next(e for e in x.events if e.source_text == "Wendy Sherman")
    assert met.source_sector == "GOV"


def test_a_deputy_who_leads_a_states_delegation_is_its_government(nlp):
    x = extract("Deputy Assistant Secretary for Western Hemisphere Affairs Emily Mendrala led the U.S. interagency "
                "delegation, and Cuba’s Vice Foreign Minister Carlos Fernandez de Cossio led the Cuban delegation.",
                dt.date(2022, 4, 21), nlp=nlp, outlet=STATE)
    led = next(e for e in x.events if e.source_text == "Emily Mendrala")
    assert (led.source_acts_for, led.source_sector) == ("USA", "GOV")


def test_a_post_in_a_body_of_several_states_is_an_igo_official(nlp):
    text = ("Under Secretary of State for Political Affairs Victoria Nuland met with European External Action "
            "Service Deputy Secretary General for Political Affairs Enrique Mora in Washington. Under Secretary "
            "Nuland and Deputy Secretary General Mora welcomed the exceptional unity shown at the recent European "
            "Council.")
    x = extract(text, dt.date(2022, 3, 30), nlp=nlp, outlet=STATE)
    mora = [e for e in x.events if e.source_key == "person:enrique-mora" or e.target_key == "person:enrique-mora"]
    assert mora, [(e.type, e.source_text, e.target_text) for e in x.events]
    for e in mora:
        side = "source" if e.source_key == "person:enrique-mora" else "target"
        assert (getattr(e, f"{side}_acts_for"), getattr(e, f"{side}_sector")) == (None, "IGO")


def test_representatives_of_a_state_or_sector_are_no_legislature(nlp):
    # demo corpus (State Department trip notice, White House readout): Phoenix's bare
    # REPRESENTATIVES ~LEG is a chamber's members; delegates met or hosted are no legislators (no
    # sector alone, actor_sectors.yaml agents_not_alone), while the ministers beside them stay GOV
    text = ("Under Secretary Fernández will also discuss supply chain resilience with private sector "
            "representatives, and economic and health priorities with high-level Brazilian government officials.")
    x = extract(text, dt.date(2022, 4, 22), nlp=nlp, outlet=STATE)
    assert _target(x, "representatives").target_sector is None
    text = ("On May 7, 2024, Guatemala hosted the third Los Angeles Declaration Ministerial with foreign ministers "
            "and senior representatives from 21 endorsing countries.")
    x = extract(text, dt.date(2024, 5, 7), nlp=nlp, outlet="The White House")
    sectors = {e.source_text: e.source_sector for e in x.events if e.target_text == "Guatemala"}
    assert sectors == {"foreign ministers": "GOV", "senior representatives": None}


def test_cyber_actors_named_in_apposition_are_no_elites(nlp):
    # a reward offer's "cyber actors" are contractors, not former office holders (Phoenix ACTOR
    # ~ELI); they keep the state their demonym gives
    text = ("The Department seeks information on Iranian cyber actors Reza Tavakoli and Omid Farahani, "
            "contractors employed by an Iranian cyber company.")
    x = extract(text, dt.date(2022, 2, 2), nlp=nlp, outlet=STATE)
    target = _target(x, "Reza Tavakoli")
    assert (target.target_acts_for, target.target_sector) == ("IRN", None)


def test_pro_democracy_actors_arrested_by_a_regime_keep_its_state_but_no_elite_sector(nlp):
    # the state the release is about places them as it places "political opponents" (context_agents.yaml
    # unsectored_heads); a party word in a people list takes the list's first sector (linking 0.3.340:
    # the opponents' OPP, Phoenix's opposition activists), never Phoenix's "actor" (a performer, ELI)
    text = ("The United States Restricts Visas of 50 Nicaraguan Officials\n\n"
            "The Department of State is taking steps to restrict visas of 50 officials of the government of "
            "Nicaragua. In the last two months alone, the regime has arrested 30 political opponents and "
            "pro-democracy actors. We call on Nicaragua to release them.")
    x = extract(text, dt.date(2021, 8, 6), nlp=nlp, outlet=STATE)
    target = _target(x, "pro-democracy actors")
    assert (target.target_acts_for, target.target_sector) == ("NIC", "OPP")
