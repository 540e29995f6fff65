"""The party picked, and its state and sector (task entpick): "the international community" is
IGO, not COMMUNITY CVL (lexicons/actor_sectors.yaml agent_phrases); the place a repression is "in",
taken as its target for want of a named party, is that place's society, not its government
(nlp/linking/checks.py ``_repressed_society``); a demonym of several words is read whole for its state
(nlp/demonym_people.py); a named programme is no target also when the parser roots its name on a
modifier (events ``_programme_target``). Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.demonym_people import demonym_people
from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _events(nlp, text):
    return extract(text, dt.date(2022, 6, 1), nlp=nlp, outlet=STATE).events


def test_dissent_suppressed_in_a_country_is_its_society_not_its_government(nlp):
    events = _events(nlp, "The new visa policy covers officials who took part in suppressing dissent in Belarus "
                          "after the 2020 election.")
    repress = [e for e in events if e.type == "COERCE" and e.trigger.startswith("suppress")]
    assert repress, [(e.type, e.trigger, e.target_text) for e in events]
    assert all((e.target_acts_for, e.target_sector) == ("BLR", "CVL") for e in repress)
    assert all(e.target_key != "country:BLR" for e in repress)  # the people key no state entity


def test_a_crackdown_in_a_territory_is_on_its_society(nlp):
    events = _events(nlp, "The Secretary raised concerns about Beijing's crackdown in Hong Kong during the call.")
    crackdown = next(e for e in events if e.trigger.startswith("crackdown"))
    assert (crackdown.source_acts_for, crackdown.source_sector) == ("CHN", "GOV")
    assert (crackdown.target_acts_for, crackdown.target_sector) == ("HKG", "CVL")


def test_a_named_detainee_keeps_its_own_coding(nlp):
    # a named recipient is not the place: the rule leaves it alone
    events = _events(nlp, "Police in Minsk arrested dozens of protesters on Sunday.")
    arrest = next(e for e in events if e.type == "COERCE")
    assert "protesters" in (arrest.target_text or "")
    assert "society of the place" not in (arrest.explanation or "")


def test_a_demonym_of_two_words_is_read_whole(nlp):
    text = "Thousands of North Koreans have been sent to work abroad."
    start = text.index("North")
    code = demonym_people(nlp(text), start, start + len("North Koreans"))
    assert (code.acts_for, code.sector) == ("PRK", "CVL")
    south = nlp("Many South Koreans protested the decision.")
    code = demonym_people(south, 5, 5 + len("South Koreans"))
    assert (code.acts_for, code.sector) == ("KOR", "CVL")


def test_the_definite_two_word_demonym_stays_the_states_side(nlp):
    text = "The North Koreans rejected the offer on Tuesday."
    doc = nlp(text)
    assert demonym_people(doc, 4, 4 + len("North Koreans")) is None


def test_north_koreans_who_support_a_war_are_people_not_the_government(nlp):
    events = _events(nlp, "Regarding Russia, North Koreans support Russia's war in Ukraine.")
    support = next(e for e in events if e.source_text == "North Koreans")
    assert (support.source_acts_for, support.source_sector) == ("PRK", "CVL")


def test_a_financing_facility_the_parser_roots_on_a_modifier_is_no_target(nlp):
    events = _events(nlp, "At the summit, the President pledged support to the Tropical Forests Forever Facility, "
                          "a proposed fund for countries that protect their forests.")
    assert not any("Facility" in (e.target_text or "") for e in events)


def test_the_international_community_is_an_intergovernmental_group_not_civilians(nlp):
    events = _events(nlp, "The United States calls on the international community to support the humanitarian "
                          "response in the region.")
    call = next(e for e in events if e.type == "DEMAND")
    assert call.target_text == "international community"
    assert (call.target_acts_for, call.target_sector) == (None, "IGO")


def test_a_local_community_stays_civilian(nlp):
    from newsgraph.resolve.actors import agent_sector

    assert agent_sector("the local community").sector == "CVL"
    assert agent_sector("the international community").sector == "IGO"


def test_an_agentless_repression_in_a_country_is_by_its_authorities(nlp):
    # after statedept, 2022-03-15 (visa restriction policy): the act named in the measure's grounds
    # has no doer of its own; repression in Russia is the Russian state's coercive power ("officials
    # believed to be involved in suppressing dissent" only says who the officials are: no event,
    # check not-participation, events 0.7.370)
    events = _events(nlp, "The new visa policy covers officials who took part in suppressing dissent in Russia "
                          "and abroad.")
    repress = [e for e in events if e.type == "COERCE" and e.trigger.startswith("suppress")]
    assert repress, [(e.type, e.trigger, e.source_text) for e in events]
    assert all((e.source_acts_for, e.source_sector, e.source_key) == ("RUS", "GOV", "country:RUS") for e in repress)
    assert all((e.target_acts_for, e.target_sector) == ("RUS", "CVL") for e in repress)
