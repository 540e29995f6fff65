"""A person described by a named group's member noun ("Hizballah financier X", "X, one of the
leaders of the Taliban") acts for the state and in the sector the Phoenix data gives the group
(linking._group_member_state); a group the data does not know or places in no state, or a
relational noun, places no one."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _target(x, type_: str, text_part: str):
    return next(e for e in x.events if e.type == type_ and e.target_text and text_part in e.target_text)


def test_the_members_of_a_group_listed_after_a_colon_take_its_state_and_sector(nlp):
    text = "The United States is designating two Hizballah financiers operating in Guinea: Omar Haddad and Karim Nasser."
    x = extract(text, dt.date(2022, 3, 4), nlp=nlp, outlet=STATE)
    for name in ("Haddad", "Nasser"):
        event = _target(x, "SANCTION", name)
        assert (event.target_acts_for, event.target_sector) == ("LBN", "REB")


def test_a_group_noun_before_the_name_places_the_person(nlp):
    x = extract("Police in Kabul arrested Taliban commander Abdul Rahim on Monday.", dt.date(2022, 3, 4), nlp=nlp)
    event = _target(x, "COERCE", "Rahim")
    assert (event.target_acts_for, event.target_sector) == ("AFG", "REB")


def test_a_critic_of_a_group_is_no_member(nlp):
    x = extract("Police in Beirut arrested Karim Nasser, a critic of Hizballah, on Monday.", dt.date(2022, 3, 4), nlp=nlp)
    event = _target(x, "COERCE", "Nasser")
    assert event.target_sector != "REB"


def test_a_group_the_data_does_not_know_places_no_member(nlp):
    x = extract("Police arrested Omar Haddad and Karim Nasser, two leaders of the Golden Falcon Cartel.",
                dt.date(2022, 3, 4), nlp=nlp)
    event = _target(x, "COERCE", "Haddad")
    assert event.target_acts_for is None


def test_a_group_the_data_places_in_no_state_places_no_member(nlp):
    # review 35b §8: Phoenix lists al-Qaeda with a sector (REB) and no state, so the member reading
    # finds the group and places no one: neither a state nor the group's sector comes from it
    x = extract("Police arrested Omar Haddad and Karim Nasser, two leaders of Al Qaeda.", dt.date(2022, 3, 4), nlp=nlp)
    event = _target(x, "COERCE", "Haddad")
    assert (event.target_acts_for, event.target_sector) == (None, None)


def test_leaders_of_a_cartel_named_after_a_place_act_for_its_state(nlp):
    # the partitive after the names hangs on the verb in the parse; "Sinaloa" is a Mexican state
    # and "cartel" a criminal group's noun, though no dictionary lists the cartel itself; its name
    # is no English word, so the article need not name Mexico
    text = ("Yesterday, the Department of Justice arrested Juan Perez Ramos and Carlos Vega Soto, two of the most "
            "notorious leaders of the Sinaloa Cartel, in Texas.")
    x = extract(text, dt.date(2024, 7, 26), nlp=nlp, outlet="The White House")
    coded = {(e.target_key, e.target_acts_for, e.target_sector) for e in x.events if e.type == "COERCE"}
    assert coded == {("person:juan-perez-ramos", "MEX", "CRM"), ("person:carlos-vega-soto", "MEX", "CRM")}



def test_a_cartel_named_after_a_subdivision_of_a_state_the_article_never_names_places_nobody(nlp):
    # "Gulf" is also a province of Papua New Guinea: an English word naming a subdivision places
    # nothing unless the article names that state
    text = "Police arrested Omar Haddad and Karim Nasser, two leaders of the Gulf Cartel, in Texas."
    x = extract(text, dt.date(2022, 3, 4), nlp=nlp)
    assert _target(x, "COERCE", "Haddad").target_acts_for is None


def test_an_alias_in_brackets_does_not_hide_the_partitive_after_the_list(nlp):
    text = ("Yesterday, the Department of Justice arrested Juan Perez Ramos (AKA “El Toro”) and Carlos Vega Soto, "
            "two of the most notorious leaders of the Sinaloa Cartel, one of the deadliest gangs.")
    x = extract(text, dt.date(2024, 7, 26), nlp=nlp, outlet="The White House")
    assert {e.target_acts_for for e in x.events if e.type == "COERCE"} == {"MEX"}

def test_a_group_name_modifying_another_noun_of_the_phrase_places_no_member(nlp):
    # review 35b §7: the group's name must modify the member noun itself; here "Hizballah" modifies
    # "hostage", and the commander is an army's
    x = extract("Police in Beirut arrested former Hizballah hostage and army commander Ali Saade on Monday.",
                dt.date(2022, 3, 4), nlp=nlp)
    event = next(e for e in x.events if e.type == "COERCE")
    assert (event.target_acts_for, event.target_sector) != ("LBN", "REB")


def test_a_group_name_modifying_an_appositive_member_noun_places_the_person(nlp):
    x = extract("Police arrested Omar Haddad, a senior Hamas commander, on Monday.", dt.date(2022, 3, 4), nlp=nlp)
    event = _target(x, "COERCE", "Haddad")
    assert (event.target_acts_for, event.target_sector) == ("PSE", "REB")
