"""A state's people named through its demonym are coded as the state plus the people's sector
(POLECAT/Phoenix: CITIZEN, MIGRANT ~CVL, PEOPLE ~PPL), not as its government
(newsgraph/nlp/demonym_people.py, used by the linker)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _events(nlp, text):
    return extract(text, dt.date(2021, 12, 10), nlp=nlp, outlet=STATE).events


def test_a_demonym_plural_that_protests_is_the_states_civilians(nlp):
    # state.gov, on the July 2021 protests in Cuba (demo corpus, examples/statedept)
    text = ("This July, the world watched as Cubans bravely took to the streets in historic protests, "
            "asserting their rights to freedom of expression and freedom of peaceful assembly.")
    protest = next(e for e in _events(nlp, text) if e.type == "PROTEST")
    assert (protest.source_key, protest.source_acts_for, protest.source_sector) == ("country:CUB", "CUB", "CVL")


def test_nationals_after_a_demonym_are_people_not_the_government(nlp):
    # state.gov visa restrictions on Belarus (demo corpus): the mention is "Belarusian" alone
    text = ("Action to impose visa restrictions on 25 individuals responsible for undermining democracy in Belarus "
            "pursuant to Presidential Proclamation 8015, including Belarusian nationals involved in the fatal "
            "shooting and beating of two peaceful protesters.")
    assault = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert (assault.source_acts_for, assault.source_sector) == ("BLR", "CVL")


def test_migrants_after_a_demonym_take_the_phoenix_sector_of_migrant(nlp):
    # state.gov remarks on Venezuelan migration (demo corpus)
    text = ("As I know all of you know, our Latin American and Caribbean partners are hosting more than 80 percent "
            "of the nearly 8 million Venezuelan migrants that have fled the Maduro regime.")
    aid = next(e for e in _events(nlp, text) if e.type == "AID")
    assert (aid.target_acts_for, aid.target_sector) == ("VEN", "CVL")


def test_people_a_state_aids_named_by_the_demonym_plural_are_civilians(nlp):
    text = ("To respond to the COVID-19 outbreak in Haiti, the Department of State and USAID have provided more than "
            "$47 million in assistance to support the immediate COVID-19 health needs of Haitians.")
    aid = [e for e in _events(nlp, text) if e.type == "AID" and e.target_key == "country:HTI"]
    assert aid and all(e.target_sector == "CVL" for e in aid)


def test_the_bare_definite_collective_stays_the_states_side(nlp):
    # "the Russians" alone in diplomatic talk is the Russian side, not Russian civilians
    text = "We have offered those directly to the Russians in diplomatic discussions."
    agreed = next(e for e in _events(nlp, text) if e.target_key == "country:RUS")
    assert agreed.target_sector == "GOV"


def test_a_demonym_before_a_noun_no_sector_names_keeps_the_state(nlp):
    text = "Even as we meet with our Chinese counterparts, we will also continue to hold China accountable."
    met = next(e for e in _events(nlp, text) if e.type == "CONSULT")
    assert (met.target_acts_for, met.target_sector) == ("CHN", "GOV")
