"""Unnamed plural groups of states no list before them names (descriptions.py resolves those that
refer back to one) are a stateless group coded GOV, the sector a state acts in
(actor_heads.state_set_sector)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _events(nlp, text):
    return extract(text, dt.date(2023, 10, 2), nlp=nlp, outlet=STATE).events


def test_a_count_of_countries_no_name_identifies_is_a_group_of_states(nlp):
    # state.gov on security assistance to Ukraine (demo corpus)
    text = ("In addition to what we have provided, more than 30 countries have joined us to deliver security "
            "assistance to Ukraine since Russia’s invasion began.")
    aid = next(e for e in _events(nlp, text) if e.type == "AID")
    assert (aid.source_key, aid.source_acts_for, aid.source_sector) == (None, None, "GOV")
    assert aid.target_key == "country:UKR"


def test_these_countries_with_no_list_before_stay_a_group(nlp):
    text = ("We confirm the need for increased international assistance and will continue to support these "
            "countries, including by receiving more refugees.")
    backed = next(e for e in _events(nlp, text) if e.type == "SUPPORT")
    assert (backed.target_key, backed.target_sector) == (None, "GOV")


def test_bare_states_in_a_us_release_are_no_group_of_states(nlp):
    # state.gov/whitehouse (demo corpus): the federated U.S. states, not foreign states
    from newsgraph.nlp.actor_heads import state_set_sector

    doc = nlp("The officials discussed key tools developed and supported by the Administration that states can "
              "use right away to help save lives.")
    at = doc.text.index("states")
    assert state_set_sector(doc, at, at + len("states")) is None
    doc = nlp("We commend those neighboring states that welcomed refugees.")
    at = doc.text.index("neighboring states")
    assert state_set_sector(doc, at, at + len("neighboring states")).sector == "GOV"
