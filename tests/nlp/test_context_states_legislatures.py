"""Stop 46 (issue 6), linking 0.3.844: a national legislature with no state of its own ("the
parliament", "the National Assembly", "the legislature": Phoenix PARLIAMENT, NATIONAL_ASSEMBLY,
LEGISLATURE ~LEG) that one state's people act on is their state's, its sentence naming no other
state; a singular regional government, a city council or a municipality is a sub-national
government of its country (Phoenix REGIONAL_GOVERNOR, PROVINCIAL_OFFICIALS, MAYOR ~GOV).
Invented sentences."""

from __future__ import annotations

from newsgraph.nlp.context_states import subnational_agent
from tests.nlp.linked_events import explain as _explain, linked as _events

NEWS = "Wikinews"


def _targets(events, text_part):
    return [e for e in events if e.target_text and text_part in e.target_text]


def test_protesters_of_a_state_storm_its_parliament(nlp):
    events = _events(nlp, "Last week protesters in Kenya stormed the parliament to oppose the finance bill.",
                     outlet=NEWS)
    found = _targets(events, "parliament")
    assert found and all((e.target_acts_for, e.target_sector) == ("KEN", "LEG") for e in found), _explain(found)


def test_a_states_students_attack_a_national_assembly_of_no_state(nlp):
    events = _events(nlp, "Students in Peru attacked the National Assembly over the education budget.", outlet=NEWS)
    found = _targets(events, "National Assembly")
    assert found and all(e.target_acts_for == "PER" for e in found), _explain(found)


def test_a_states_farmers_criticize_the_legislature(nlp):
    events = _events(nlp, "Farmers in Ghana criticized the legislature over the new cocoa levy.", outlet=NEWS)
    found = _targets(events, "legislature")
    assert found and all(e.target_acts_for == "GHA" for e in found), _explain(found)


def test_a_state_acting_on_a_parliament_does_not_place_it(nlp):
    # a state's own organ acts abroad as readily as at home: no reading of whose parliament
    events = _events(nlp, "Russia condemned the parliament over the new language law.", outlet=NEWS)
    found = _targets(events, "parliament")
    assert found and all(e.target_acts_for is None for e in found), _explain(found)


def test_a_sentence_naming_another_state_leaves_the_parliament_unplaced(nlp):
    events = _events(nlp, "Kenyan students in Uganda criticized the parliament over the new fees.", outlet=NEWS)
    found = _targets(events, "parliament")
    assert all(e.target_acts_for != "KEN" for e in found), _explain(found)


def test_the_european_parliament_stays_of_no_state(nlp):
    events = _events(nlp, "Activists in Poland criticized the European Parliament over the new asylum rules.",
                     outlet=NEWS)
    found = _targets(events, "European Parliament")
    assert all(e.target_acts_for is None for e in found), _explain(found)


def test_singular_regional_and_city_bodies_are_subnational():
    for text in ("the regional government", "the regional council", "city council", "the town council",
                 "the municipality", "the local administrations"):
        assert subnational_agent(text), text
    for text in ("regional governments", "several regional governments", "regional officials",
                 "the council", "the government", "national council"):
        assert not subnational_agent(text), text


def test_a_regional_government_acts_for_the_state_its_clause_names(nlp):
    events = _events(nlp, "Activists in Italy asked the regional government to stop the new tax.", outlet=NEWS)
    found = _targets(events, "regional government")
    assert found and all((e.target_acts_for, e.target_sector) == ("ITA", "GOV") for e in found), _explain(found)


def test_a_city_council_and_a_municipality_act_for_their_country(nlp):
    events = _events(nlp, "In Italy, the opposition asked the city council to cancel the new tax.", outlet=NEWS)
    found = _targets(events, "city council")
    assert found and all((e.target_acts_for, e.target_sector) == ("ITA", "GOV") for e in found), _explain(found)
    events = _events(nlp, "In Spain, activists asked the municipality to cancel the new parking fees.", outlet=NEWS)
    found = _targets(events, "municipality")
    assert found and all(e.target_acts_for == "ESP" for e in found), _explain(found)


def test_plural_regional_governments_stay_several_states(nlp):
    events = _events(nlp, "Several regional governments criticized Brazil over the deforestation figures.",
                     outlet=NEWS)
    found = [e for e in events if e.source_text and "regional governments" in e.source_text]
    assert all(e.source_acts_for is None for e in found), _explain(found)
