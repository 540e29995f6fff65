"""Actors stored without the state their sentence or paragraph gives (linking 0.3.817): a bare
"this officer" is the officer named before (antecedents._repeated_person_antecedent), a unit's
possessor outranks the publisher's default (bodies._possessor_state), a state organ's repression
of civil society is of its own society (checks._own_opposition), a generic plural designee takes
the one state of the designees listed next (checks._place_elaborated_designees), and an unplaced
source "they" is stored as its antecedent (pronouns._they_as_its_antecedent). Invented sentences."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _events(nlp, text, outlet=STATE):
    return extract(text, dt.date(2024, 5, 15), nlp=nlp, outlet=outlet).events


# ---------------------------------------------------------------- a person named again

def test_this_commander_is_the_commander_of_the_unit_named_before(nlp):
    events = _events(nlp, "The Kremlin promoted the commander of the Russian Army's 5th Tank Brigade and praised "
                          "this commander's courage.")
    praised = next(e for e in events if e.trigger == "praised")
    assert praised.target_text == "commander"
    assert (praised.target_key, praised.target_acts_for) == ("org:5th-tank-brigade", "RUS")


def test_the_officer_after_two_officers_stays_unplaced(nlp):
    events = _events(nlp, "A Russian officer met a Ukrainian officer at the border crossing. Kyiv later condemned "
                          "the officer.")
    condemned = next(e for e in events if e.trigger == "condemned")
    assert (condemned.target_key, condemned.target_acts_for) == (None, None)


def test_a_units_possessor_gives_its_state_over_the_publishers_default(nlp):
    events = _events(nlp, "The Kremlin praised the commander of the Russian Army's 5th Tank Brigade.")
    praised = next(e for e in events if e.trigger == "praised")
    assert (praised.target_acts_for, praised.target_sector) == ("RUS", "MIL")


# ---------------------------------------------------------------- a state's own civil society

def test_faith_leaders_a_regime_attacks_are_its_own(nlp):
    events = _events(nlp, "The Nicaraguan regime has increased its attacks on faith leaders.")
    attacks = next(e for e in events if e.type == "COERCE")
    assert (attacks.target_text, attacks.target_acts_for) == ("faith leaders", "NIC")


def test_journalists_a_government_detains_are_its_own_unless_placed_elsewhere(nlp):
    events = _events(nlp, "The Russian government has detained dozens of journalists.")
    detained = next(e for e in events if e.type == "COERCE")
    assert (detained.target_acts_for, detained.target_sector) == ("RUS", "MED")
    events = _events(nlp, "The Russian government has detained dozens of Ukrainian journalists.")
    detained = next(e for e in events if e.type == "COERCE")
    assert detained.target_acts_for == "UKR"
    events = _events(nlp, "In occupied Melitopol, the Russian authorities have detained dozens of journalists.")
    detained = next(e for e in events if e.type == "COERCE")
    assert detained.target_acts_for == "UKR"  # the people of the place it happens in


def test_people_of_no_civil_society_or_killed_by_force_get_no_state_from_the_attacker(nlp):
    events = _events(nlp, "The Nicaraguan regime has detained dozens of bankers.")
    detained = next(e for e in events if e.type == "COERCE")
    assert detained.target_acts_for is None
    events = _events(nlp, "A journalist was killed in a Russian strike on an apartment building.")
    assert all(e.target_acts_for != "RUS" for e in events if e.type == "ASSAULT" and e.target_text == "journalist")


# ---------------------------------------------------------------- designees listed after a general designation

GENERAL = ("Additionally, the Treasury Department's Office of Foreign Assets Control (OFAC) is designating entities "
           "and individuals involved in sanctions evasion schemes.")


def _general(events):
    return next(e for e in events if e.target_text == "entities and individuals")


def test_entities_and_individuals_take_the_one_state_of_the_designees_listed_next(nlp):
    events = _events(nlp, GENERAL + " OFAC is designating Iranian petrochemical broker Zarin Trading Company and its "
                                    "director, Iranian national Ali Karimi.")
    assert _general(events).target_acts_for == "IRN"


def test_designees_of_two_states_or_another_paragraph_give_none(nlp):
    events = _events(nlp, GENERAL + " OFAC is designating Iranian petrochemical broker Zarin Trading Company and its "
                                    "partner, Chinese national Wang Lei.")
    assert _general(events).target_acts_for is None
    events = _events(nlp, GENERAL + "\nOFAC is designating Iranian petrochemical broker Zarin Trading Company and its "
                                    "director, Iranian national Ali Karimi.")
    assert _general(events).target_acts_for is None


# ---------------------------------------------------------------- a source "they"

def test_they_that_resolves_to_nothing_is_stored_as_its_antecedent(nlp):
    text = ("Ukraine will not give up. If our partners keep up the pressure on Moscow, if they continue to provide us "
            "with air defense systems, the war will end sooner.")
    events = _events(nlp, text)
    provided = [e for e in events if e.type == "AID"]
    assert provided and all(e.source_text == "our partners" for e in provided)
    assert all(e.source_start == text.index("our partners") for e in provided)
    events = _events(nlp, "Many governments condemned the coup. They also imposed sanctions on the junta.")
    imposed = next(e for e in events if e.type == "SANCTION")
    assert imposed.source_text == "Many governments"


def test_they_that_resolves_to_a_state_keeps_its_word(nlp):
    events = _events(nlp, "Russia has mocked our warnings, yet they have been massing troops on Ukraine's border.")
    massing = next(e for e in events if e.type == "MOBILIZE")
    assert (massing.source_text, massing.source_acts_for) == ("they", "RUS")
