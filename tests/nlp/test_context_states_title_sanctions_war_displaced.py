"""Context states from a release's title and its war (task places44): a named firm or person a
state's release designates acts for the one state the title aims its measures at ("Targeting
Russia's ... Sectors"), unless its paragraph names another state; people in flight from "the
war" act for the state the article places its war in ("war on Ukraine"), none where it places
wars in several."""

import datetime as dt

from newsgraph.nlp.pipeline import make_doc
from tests.nlp.linked_events import show

STATE = "U.S. Department of State"


def _events(nlp, text, title):
    return nlp(make_doc(nlp, text, dt.date(2022, 3, 2), outlet=STATE, title=title))._.ng_events or []


def _designations(events):
    return [e for e in events if e.type == "SANCTION" and e.trigger.startswith("designat")]


def test_firm_designated_under_a_title_targeting_one_state_acts_for_it(nlp):
    events = _events(nlp, "Today, the United States is taking further action to increase the pressure on the "
                          "Russian Federation.\nAdditionally, we are designating Volnost, a specialized shipbuilding "
                          "company that produces hull components.",
                     "Targeting Russia’s Aviation and Shipbuilding Sectors and Promoting Accountability for "
                     "Belarusian Officials")
    found = _designations(events)
    assert found and (found[0].target_text, found[0].target_acts_for) == ("Volnost", "RUS"), show(events)


def test_person_designated_under_costs_on_one_state(nlp):
    events = _events(nlp, "The Department of State is designating Arkady Petrenko, the general director of a "
                          "shipbuilding company.",
                     "Imposing Additional Costs on Russia for Its Continued War Against Ukraine")
    found = _designations(events)
    assert found and found[0].target_acts_for == "RUS", show(events)


def test_title_targeting_a_network_places_no_one(nlp):
    # the network, not the state its modifier names, is what the title targets
    events = _events(nlp, "Additionally, we are designating Volnost, a specialized shipbuilding company that "
                          "produces hull components.",
                     "Targeting a Sanctions Evasion Network Supporting Iranian Oil Sales")
    found = _designations(events)
    assert found and found[0].target_acts_for is None, show(events)


def test_paragraph_naming_a_third_state_blocks_the_title_state(nlp):
    events = _events(nlp, "Additionally, we are designating Volnost, a specialized shipbuilding company. Volnost "
                          "shipped hull parts to a buyer in Turkey.",
                     "Targeting Russia’s Aviation and Shipbuilding Sectors")
    found = _designations(events)
    assert found and found[0].target_acts_for != "RUS", show(events)


def _flight(events):
    return [e for e in events if e.type == "AID" and (e.target_text or "").startswith("those fleeing")]


def test_those_fleeing_the_war_are_of_where_the_article_places_it(nlp):
    events = _events(nlp, "The United States is providing $200 million to support those affected by Russia's brutal "
                          "war on Ukraine. Poland has welcomed those fleeing the war.", "More Humanitarian Assistance")
    found = _flight(events)
    assert found and (found[0].source_acts_for, found[0].target_acts_for) == ("POL", "UKR"), show(events)


def test_invasion_of_places_the_fighting(nlp):
    events = _events(nlp, "Russia's invasion of Ukraine has displaced millions. Moldova is hosting those fleeing "
                          "the fighting.", "More Humanitarian Assistance")
    found = _flight(events)
    assert found and found[0].target_acts_for == "UKR", show(events)


def test_wars_in_two_states_place_no_one(nlp):
    events = _events(nlp, "The war in Sudan has displaced millions, and the fighting in Ethiopia continues. Chad has "
                          "welcomed those fleeing the war.", "More Humanitarian Assistance")
    found = _flight(events)
    assert found and found[0].target_acts_for is None, show(events)
