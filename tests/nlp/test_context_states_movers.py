"""People who have left their own state (context_agents.yaml mover_heads: migrants, immigrants,
asylum seekers, refugees) take a state only from their own nationality words ("Venezuelan
migrants", "migrants from Haiti"), never from the state the article is about, a place they are in
("migrants in Peru") or a country the clause names beside them; a defector from a body that is no
state's ("defectors from the organization") acts for no state and is no political opposition;
"illegal migrants" are migrants (CVL), not criminals; relatives of a definite plural ("family
members of the council members") take the state of the body the earlier partitive named.
Invented sentences."""

from __future__ import annotations

from newsgraph.resolve.actors import agent_sector
from tests.nlp.linked_events import linked, show

WHITE_HOUSE = "The White House"
STATE = "U.S. Department of State"
# an article about a host state: Chile is named often enough to be its focus
HOST = "Chile has expanded its shelters. Chile opened new border posts this year, and Chile trained more staff. "
# an article about a state, with a church in it
CHURCH = "Canada has a large church. Canada hosts its offices. Canada taxed it. "


def _targets(events, head):
    return [e for e in events if e.target_text and head in e.target_text]


def test_migrants_in_an_article_on_their_host_state_take_no_state(nlp):
    events = _targets(linked(nlp, HOST + "We praised the many contributions of migrants to the growth and culture "
                                  "of Chile.", outlet=WHITE_HOUSE), "migrants")
    assert events and all((e.target_acts_for, e.target_sector) == (None, "CVL") for e in events), show(events)


def test_migrants_with_their_own_nationality_keep_it(nlp):
    # contrast: the demonym before the head is the migrants' own nationality
    events = _targets(linked(nlp, HOST + "We praised the many contributions of Venezuelan migrants to the growth "
                                  "and culture of Chile.", outlet=WHITE_HOUSE), "migrants")
    assert events and all((e.target_acts_for, e.target_sector) == ("VEN", "CVL") for e in events), show(events)


def test_officials_in_the_same_article_keep_its_state(nlp):
    # contrast: a government's officials are still placed by the state the article is about
    events = _targets(linked(nlp, HOST + "We will support officials.", outlet=WHITE_HOUSE), "officials")
    assert events and all(e.target_acts_for == "CHL" for e in events), show(events)


def test_migrants_in_a_place_are_not_its_people(nlp):
    events = _targets(linked(nlp, "Chile is offering Temporary Protected Status to migrants in Peru."), "migrants")
    assert events and all(e.target_acts_for is None for e in events), show(events)


def test_migrants_from_a_state_and_with_a_demonym_keep_their_state(nlp):
    # contrast: "from Haiti" is where they come from; the demonym before "migrants in Peru" wins
    events = _targets(linked(nlp, "Chile is offering Temporary Protected Status to migrants from Haiti."), "migrants")
    assert events and all(e.target_acts_for == "HTI" for e in events), show(events)
    events = _targets(linked(nlp, "Chile is offering Temporary Protected Status to Venezuelan migrants in Peru."),
                      "migrants")
    assert events and all(e.target_acts_for == "VEN" for e in events), show(events)


def test_defectors_from_a_church_act_for_no_state(nlp):
    events = _targets(linked(nlp, CHURCH + "Church leaders criticized senior defectors from the organization last "
                                           "year."), "defectors")
    assert events and all((e.target_acts_for, e.target_sector) == (None, "CVL") for e in events), show(events)


def test_defectors_from_an_army_stay_opposition_of_the_state(nlp):
    # contrast: one who leaves a state's army is Phoenix's DEFECTOR ~OPP, placed by the story's state
    events = _targets(linked(nlp, "Canada has a large army. Canada hosts its bases. Canada funds it. A state "
                                  "newspaper criticized senior defectors from the army last year."), "defectors")
    assert events and all((e.target_acts_for, e.target_sector) == ("CAN", "OPP") for e in events), show(events)


def test_illegal_migrants_are_migrants_not_criminals():
    # Phoenix ILLEGAL_MIGRANT ~CRM recoded to the migrants' own ~CVL (PLOVER: CRM is criminals and gangs)
    assert agent_sector("illegal migrants").sector == "CVL"
    assert agent_sector("illegal immigrants").sector == "CVL"
    # contrast: criminals stay criminals
    assert agent_sector("smugglers").sector == "CRM"


def test_relatives_of_a_definite_plural_take_the_partitive_bodys_state(nlp):
    events = _targets(linked(nlp, "The Department is designating 12 members of the Russian Security Council. Family "
                                  "members of the council members are also being designated.", outlet=STATE),
                      "Family")
    assert events and all((e.target_acts_for, e.target_sector) == ("RUS", "CVL") for e in events), show(events)
