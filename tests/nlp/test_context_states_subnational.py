"""Sub-national governments ("state and local leaders", "municipal officials", "several
municipalities", "state Attorneys General") act for their country (Phoenix.agents.txt MAYOR,
GOVERNOR, PROVINCIAL_OFFICIALS [~GOV]): the one state their clause names, else the one state
whose act they are part of, else the article's state, else the publisher's own (linking 0.3.71).
Sentences are realistic releases' wording, not the gold set's."""

from __future__ import annotations

from newsgraph.nlp.context_states import subnational_agent
from tests.nlp.linked_events import explain as _explain, linked as _events

WHITE_HOUSE = "The White House Briefing Room"


def test_subnational_phrases():
    for text in ("state and local leaders", "municipal officials", "several municipalities",
                 "the state Attorneys General", "county and city officials"):
        assert subnational_agent(text), text
    for text in ("state officials", "state leaders", "local citizens", "foreign governments",
                 "our local partners", "local communities"):
        assert not subnational_agent(text), text


def test_state_attorneys_general_in_a_white_house_readout_are_american(nlp):
    events = _events(nlp, "The Vice President thanked the state Attorneys General for their leadership in expanding "
                     "treatment services in their states.", outlet=WHITE_HOUSE)
    thanks = [e for e in events if e.type == "SUPPORT"]
    assert thanks and all(e.target_acts_for == "USA" for e in thanks), _explain(thanks)


def test_municipalities_of_the_state_the_clause_names(nlp):
    events = _events(nlp, "In Italy, several municipalities have started asking religious schools to pay property "
                     "taxes.")
    asks = [e for e in events if e.source_text == "several municipalities"]
    assert asks and all(e.source_acts_for == "ITA" for e in asks), _explain(asks)


def test_a_state_convenes_its_own_municipal_governments(nlp):
    events = _events(nlp, "Mexico convened state and municipal governments to promote economic cooperation.")
    met = [e for e in events if e.type == "CONSULT"]
    assert met and all(e.target_acts_for == "MEX" for e in met), _explain(met)


def test_two_states_leave_the_municipal_governments_unplaced(nlp):
    events = _events(nlp, "The U.S. and Mexican governments convened state and municipal governments to promote "
                     "economic cooperation.")
    met = [e for e in events if e.type == "CONSULT"]
    assert met and all(e.target_acts_for is None for e in met), _explain(met)


def test_attorneys_general_from_a_states_subdivisions_act_for_it(nlp):
    # a state's or province's officers act for its country (ISO 3166-2 subdivisions, pycountry);
    # the "from" phrase the parse hung on the verb still names their places
    events = _events(nlp, "The Vice President convened Attorneys General from several states and the District of "
                     "Columbia to discuss opioid treatment.", outlet=WHITE_HOUSE)
    met = [e for e in events if e.type == "CONSULT"]
    assert met and all(e.target_acts_for == "USA" and e.target_sector == "GOV" for e in met), _explain(met)


def test_officials_of_subdivisions_of_two_states_stay_unplaced(nlp):
    # Quebec (CAN) and Texas (USA): whose they are is not one state
    from newsgraph.nlp.context_states import complement_subdivision_state
    doc = nlp("The minister met governors from Quebec and Texas.")
    start = doc.text.index("governors")
    assert complement_subdivision_state(doc, start, start + len("governors")) is None
    doc = nlp("The minister met governors from Texas and Nevada.")
    assert complement_subdivision_state(doc, start, start + len("governors"))[0] == "USA"
