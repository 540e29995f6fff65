"""A state's demonym before a group noun that is no organ of the state ("Iranian proxies",
"Russian elites", "Iranian networks") places the group without making it the government; a
"federal" body in a government's own release is the publishing state's; a demonym naming a
state's people ("Afghan refugees") names no foreign counterpart beside a titled official
(linking 0.3.810)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"


def test_a_states_proxies_are_armed_groups_acting_for_it_not_its_government(nlp):
    text = ("We took this action following missile attacks by Iranian proxies against Saudi Arabia and the "
            "United Arab Emirates.")
    x = extract(text, dt.date(2022, 3, 30), nlp=nlp, outlet=STATE)
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert attacks
    for attack in attacks:
        assert (attack.source_acts_for, attack.source_sector) == ("IRN", "REB")
        assert attack.source_key != "country:IRN"


def test_a_states_networks_are_placed_businesses_not_its_government(nlp):
    text = "The United States will not stand by while Iranian networks support designated entities such as PCI."
    x = extract(text, dt.date(2022, 3, 30), nlp=nlp, outlet=STATE)
    support = next(e for e in x.events if e.type == "SUPPORT")
    assert (support.source_acts_for, support.source_sector) == ("IRN", "BUS")
    assert support.source_key != "country:IRN"


def test_a_states_elites_take_the_elite_sector(nlp):
    x = extract("The Treasury sanctioned Russian elites on Tuesday.", dt.date(2022, 3, 3), nlp=nlp, outlet=STATE)
    sanction = next(e for e in x.events if e.type == "SANCTION")
    assert (sanction.target_acts_for, sanction.target_sector) == ("RUS", "ELI")
    assert sanction.target_key != "country:RUS"


def test_a_states_proxy_authorities_keep_the_agent_nouns_sector(nlp):
    text = "Russian proxy authorities detained the mayor of Kherson on Monday."
    x = extract(text, dt.date(2022, 3, 30), nlp=nlp, outlet=STATE)
    detention = next(e for e in x.events if e.source_text and "Russian" in e.source_text)
    assert detention.source_acts_for == "RUS" and detention.source_sector == "GOV"


def test_a_federal_grand_jury_in_a_governments_release_is_its_own(nlp):
    text = "A federal grand jury in Pittsburgh indicted six Russian officers in October 2020."
    x = extract(text, dt.date(2022, 3, 30), nlp=nlp, outlet=STATE)
    indictment = next(e for e in x.events if e.source_text and "grand jury" in e.source_text)
    assert (indictment.source_acts_for, indictment.source_sector) == ("USA", "JUD")
    assert indictment.target_acts_for == "RUS"


def test_a_federal_body_in_a_news_story_gets_no_publishers_state(nlp):
    text = "A federal grand jury indicted six Russian officers in October 2020."
    x = extract(text, dt.date(2022, 3, 30), nlp=nlp, outlet="Wikinews")
    indictment = next(e for e in x.events if e.source_text and "grand jury" in e.source_text)
    assert indictment.source_acts_for is None


UK_TITLE = "UK asylum process to replace interviews with questionnaires"
UK_STORY = ("The United Kingdom Home Office today is to begin issuing questionnaires in place of interviews for "
            "some 12,000 asylum seekers.\n"
            "A similar fast-track system for 3,000 Afghan refugees was rejected by Prime Minister Boris Johnson "
            "over fears it would strain the UK's housing systems.\n")


def test_a_demonym_naming_refugees_is_no_counterparts_state_beside_a_titled_official(nlp):
    x = extract(UK_STORY, dt.date(2023, 2, 23), nlp=nlp, outlet="Wikinews", title=UK_TITLE)
    rejection = next(e for e in x.events if e.type == "REJECT")
    assert rejection.source_text.endswith("Johnson")
    assert (rejection.source_acts_for, rejection.source_sector) == ("GBR", "GOV")


def test_a_demonym_naming_officials_still_names_a_counterparts_state(nlp):
    text = UK_STORY.replace("for 3,000 Afghan refugees", "proposed by Afghan officials")
    x = extract(text, dt.date(2023, 2, 23), nlp=nlp, outlet="Wikinews", title=UK_TITLE)
    rejection = next(e for e in x.events if e.type == "REJECT")
    assert rejection.source_acts_for is None


def test_a_holder_installed_by_a_state_acts_for_it_not_for_the_place_named(nlp):
    text = ("We are also designating an individual in Ukraine illegitimately installed as a mayor by Russia, "
            "as well as 19 Rostec board members.")
    x = extract(text, dt.date(2022, 6, 28), nlp=nlp, outlet=STATE)
    designation = next(e for e in x.events if e.target_text and e.target_text.startswith("individual"))
    assert (designation.target_acts_for, designation.target_sector) == ("RUS", "GOV")


def test_a_holder_installed_by_no_named_state_keeps_the_place(nlp):
    text = ("We are also designating an individual in Ukraine illegitimately installed as a mayor, "
            "as well as 19 Rostec board members.")
    x = extract(text, dt.date(2022, 6, 28), nlp=nlp, outlet=STATE)
    designation = next(e for e in x.events if e.target_text and e.target_text.startswith("individual"))
    assert designation.target_acts_for == "UKR"
