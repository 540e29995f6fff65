"""Targets with text but no key (issue 6, round 2): a pair of states naming a joint undertaking
gives the other party, variant-spelt and business heads take their sector, "its" after a
demonym + state head is that state's, and a named programme is no target (nlp/linking/,
nlp/actor_heads.py, events.linked_actor_check). Fixture sentences are from the demo corpus."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.actor_heads import pair_undertakings
from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _events(nlp, text):
    return extract(text, dt.date(2022, 6, 1), nlp=nlp, outlet=STATE).events


def test_a_dialogue_named_by_a_state_pair_gives_the_other_party(nlp):
    events = _events(nlp, "Deputy Secretary of State Wendy R. Sherman led a U.S. interagency delegation from the National "
                          "Security Council, Department of State, Office of the Secretary of Defense, Joint Staff, and "
                          "Department of Energy to Geneva, Switzerland to participate in the U.S.-Russia Strategic "
                          "Stability Dialogue.")
    led = next(e for e in events if e.trigger.startswith("led"))
    assert (led.target_key, led.target_acts_for) == ("country:RUS", "RUS")


def test_the_pair_member_not_the_sources_is_the_target(nlp):
    events = _events(nlp, "Yesterday in Washington, DC, Under Secretary of State for Civilian Security, Democracy, and "
                          "Human Rights Uzra Zeya and Honduran Foreign Minister Enrique Reina launched the United "
                          "States-Honduras Strategic Dialogue.")
    launched = next(e for e in events if e.source_acts_for == "HND")
    assert launched.target_key == "country:USA"


def test_a_law_named_by_a_state_pair_is_no_undertaking_between_them(nlp):
    doc = nlp.make_doc("Finally, the leaders welcomed congressional approval of the bipartisan United States-Ecuador "
                       "Partnership Act of 2022, and the U.S.-Cuba Migration Accords.")
    found = pair_undertakings(doc, 0, len(doc.text))
    assert [(a, b, doc.text[s:e]) for a, b, s, e in found] == [("USA", "CUB", "U.S.-Cuba")]


def test_a_variant_spelling_of_a_phoenix_agent_takes_its_sector(nlp):
    events = _events(nlp, "The hundreds of protestors already killed at the hands of Iranian state authorities "
                          "deserve justice.")
    killed = next(e for e in events if e.type == "ASSAULT")
    # and the opposition a state's authorities kill is that state's own (CAMEO OPP)
    assert (killed.target_text, killed.target_acts_for, killed.target_sector) == ("protestors", "IRN", "OPP")


def test_activists_a_regime_detains_are_its_own_opposition_unless_another_state_is_named(nlp):
    events = _events(nlp, "In the lead up to Nicaragua’s November 2021 sham elections, the Ortega-Murillo regime "
                          "arbitrarily detained dozens of political opponents and pro-democracy activists.")
    detained = next(e for e in events if e.type == "COERCE")
    assert (detained.target_acts_for, detained.target_sector) == ("NIC", "OPP")
    events = _events(nlp, "Likewise, the Lukashenka regime has intensified its brutal crackdown on peaceful activists while "
                          "it intensifies its support to the invasion of Ukraine.")
    crackdown = next(e for e in events if e.type == "COERCE")
    assert (crackdown.target_acts_for, crackdown.target_sector) == (None, "OPP")


def test_a_business_head_with_no_state_is_a_business(nlp):
    events = _events(nlp, "Third, the Department of State is sanctioning 22 defense-related firms.")
    sanction = next(e for e in events if e.type == "SANCTION")
    assert (sanction.target_key, sanction.target_acts_for, sanction.target_sector) == (None, None, "BUS")


def test_its_after_a_states_government_is_that_state(nlp):
    events = _events(nlp, "At the same time, the Russian government has intensified a crackdown against its own "
                          "citizens’ freedom of expression.")
    crackdown = next(e for e in events if e.type == "COERCE")
    assert (crackdown.target_acts_for, crackdown.target_sector) == ("RUS", "CVL")


def test_a_named_framework_is_no_target_but_a_standing_conference_is(nlp):
    events = _events(nlp, "We acknowledge that addressing irregular migration in the region requires a coordinated "
                          "approach, and we support the Regional Conference on Migration, the Comprehensive Regional "
                          "Protection and Solutions Framework and the vision of the Global Compact on Migration.")
    targets = [e.target_text for e in events if e.type == "SUPPORT"]
    assert "Regional Conference on Migration" in targets
    assert not any("Framework" in (t or "") for t in targets)


def test_an_announced_partnership_programme_is_no_cooperation(nlp):
    events = _events(nlp, "Last week in Los Angeles, at the Summit of the Americas, President Biden announced the "
                          "Americas Partnership for Economic Prosperity.")
    assert not any("Partnership" in (e.target_text or "") for e in events)
