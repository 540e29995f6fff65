"""Unnamed plural groups of states: a definite one refers back to the list of states before it
(actor_heads.listed_states_before), any other is a stateless group coded GOV, the sector a state
acts in (actor_heads.state_set_sector)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _events(nlp, text):
    return extract(text, dt.date(2023, 10, 2), nlp=nlp, outlet=STATE).events


def test_these_nations_are_the_states_the_sentence_before_lists(nlp):
    # state.gov on the UN-authorised Haiti security mission (demo corpus, examples/statedept)
    text = ("The global community owes a debt of gratitude to Kenya for answering Haiti’s call to serve as the lead "
            "nation of the mission, and likewise to the other nations that have pledged to join this mission "
            "alongside Kenya, including Jamaica, The Bahamas, and Antigua and Barbuda. We thank these nations for "
            "their leadership and willingness to bring relief to Haiti.")
    thanked = next(e for e in _events(nlp, text) if e.type == "SUPPORT" and e.target_text == "nations")
    assert (thanked.target_key, thanked.target_acts_for) == ("country:JAM", "JAM")


def test_both_countries_are_the_pair_named_before(nlp):
    text = ("Secretary Blinken met with the foreign ministers of Mexico and Canada. Both countries agreed to expand "
            "cooperation on migration.")
    agreed = next(e for e in _events(nlp, text) if e.type == "AGREE")
    assert agreed.source_key == "country:MEX"


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
