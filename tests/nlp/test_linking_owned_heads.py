"""A common-noun head with a named organisation as its possessor (linking 0.3.420,
``_body_owned_head``): the head is the actor, the owner only says whose it is. Invented sentences."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


def _targets(nlp, text, trigger):
    events = [e for e in linked(nlp, text) if e.trigger.startswith(trigger)]
    assert events, show(linked(nlp, text))
    return events


def test_a_bodys_company_is_its_own_business_not_the_body(nlp):
    events = _targets(nlp, "The United States is designating the Ministry of Defense's shipping company.", "designat")
    assert all(e.target_key != "org:ministry-of-defense" and e.target_sector == "BUS" for e in events), show(events)


def test_a_bodys_work_is_still_the_body(nlp):
    # contrast: "mission" as a task names no actor of its own; the support is for the body
    events = _targets(nlp, "We expressed support for the IAEA's essential mission of safeguarding nuclear material.",
                      "expressed")
    assert any(e.target_key == "org:iaea" for e in events), show(events)


def test_a_bodys_single_officer_acts_for_the_body(nlp):
    # contrast: a singular title head is the office holder, coded by the body it acts for; where
    # the article names no holder the slot keeps the body's key (linking 0.3.873, which narrowed
    # 0.3.871's keying to no one: only a named holder changes it)
    events = _targets(nlp, "The United States sanctioned the IAEA's Director-General.", "sanctioned")
    assert any(e.target_key == "org:iaea" and e.target_sector == "IGO" for e in events), show(events)


# 0.3.510: a body's own agents (group member and partitive nouns, an armed or state sector, any
# person noun of an IGO, a state organ or an armed group) act as the body: the owner keeps its key
def _sources(nlp, text, trigger):
    return _targets(nlp, text, trigger)


@pytest.mark.parametrize("text", [
    "Hamas operatives attacked Israeli soldiers near Gaza.",
    "Hamas's operatives attacked Israeli soldiers near Gaza.",  # the possessive alone changes nothing
])
def test_a_groups_operatives_are_the_group_with_or_without_the_possessive(nlp, text):
    events = _sources(nlp, text, "attacked")
    assert any(e.source_key == "org:hamas" and e.source_sector == "REB" for e in events), show(events)


def test_an_igos_inspectors_act_as_the_igo(nlp):
    events = _sources(nlp, "The IAEA's inspectors criticized Iran.", "criticized")
    assert any(e.source_key == "org:iaea" and e.source_sector == "IGO" for e in events), show(events)


def test_a_groups_mercenaries_take_no_state_from_the_place_of_the_act(nlp):
    events = _sources(nlp, "The Wagner Group's mercenaries killed civilians in Mali.", "killed")
    assert all(e.source_acts_for != "MLI" for e in events), show(events)
    assert any(e.source_key == "org:wagner-group" for e in events), show(events)


def test_a_businesss_executives_are_still_people_apart_from_it(nlp):
    # contrast: the people of a business are not its agents in the sense above; no key
    events = _targets(nlp, "The Treasury sanctioned the executives and board members of Gazprombank.", "sanctioned")
    assert all(e.target_key != "org:gazprombank" for e in events), show(events)
