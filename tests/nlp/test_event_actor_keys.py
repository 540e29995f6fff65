"""Actor text that is there but resolved to nothing or to the wrong thing (task tgtkey, s16):
an origin compound ("U.S.-based") is its state's demonym, never a place; a one-word pair of
states ("U.S.-Mexico") is the two states, not an organisation; a city the NER took for a person
stands for the state it lies in; a plural executive office in a state's release is that state's;
a titled name that is an inner part of one person's full name is that person. Fixture sentences
are from the demo corpus (examples/)."""

from __future__ import annotations

from newsgraph.nlp.entities import find_mentions
from tests.nlp.linked_events import linked, show

WHITE_HOUSE = "The White House"


def test_an_origin_compound_is_its_states_demonym_never_a_place(nlp):
    # statedept, Haiti: "U.S.-based" says where the groups are from; they act for the U.S.
    text = ("Today, Assistant to the President and Principal Deputy National Security Advisor Jon Finer met "
            "with leaders of U.S.-based Black civil rights groups to have a dialogue about the crisis in Haiti.")
    events = [e for e in linked(nlp, text) if e.trigger.startswith("met")]
    assert events, show(linked(nlp, text))
    assert all(not (e.target_key or "").startswith("place:") for e in events), show(events)
    assert any(e.target_acts_for == "USA" for e in events), show(events)


def test_a_one_word_pair_of_states_is_two_country_mentions(base_nlp):
    doc = base_nlp("Mr. Sullivan met with Secretary for Strategic Affairs Admiral Flávio Rocha to express "
                   "appreciation for the progress in the U.S.-Brazil relationship.")
    found = [(m.text, m.type) for m in find_mentions(doc)]
    assert ("U.S.", "country") in found and ("Brazil", "country") in found, found
    assert all(m.type != "organization" for m in find_mentions(doc) if "Brazil" in m.text), found


def test_a_pair_of_states_as_target_is_the_member_facing_the_source(nlp):
    # White House, Mexico: each president's commitment is to the other state, no "org:u-s-mexico"
    text = ("President Biden and President López Obrador reiterated their commitment to a strong U.S.-Mexico "
            "partnership.")
    events = linked(nlp, text, outlet=WHITE_HOUSE)
    assert events, show(events)
    assert all(not (e.target_key or "").startswith("org:") for e in events), show(events)
    biden = [e for e in events if e.source_text and "Biden" in e.source_text]
    assert all(e.target_key == "country:MEX" for e in biden), show(events)


def test_a_city_taken_for_a_person_stands_for_its_state(nlp):
    # statedept, Robinson in Poland: "Rzeszow" (GeoNames "Rzeszów") is no person
    text = ("During his visit to Rzeszow, Assistant Secretary Robinson met with the Ukrainian Border Guard "
            "Service and National Police.")
    events = linked(nlp, text)
    assert all(not (e.target_key or "").startswith("person:rzeszow") for e in events), show(events)
    assert all(not (e.source_key or "").startswith("person:rzeszow") for e in events), show(events)
    visits = [e for e in events if e.target_text == "Rzeszow"]
    assert all(e.target_key == "country:POL" for e in visits), show(events)


def test_a_plural_executive_office_is_the_publishing_state(nlp):
    # White House, Iran energy trade: the Departments are the U.S. government's
    text = ("Today the Departments of the Treasury and State have announced new and significant measures to "
            "more effectively target Iran’s energy trade.")
    events = linked(nlp, text, outlet=WHITE_HOUSE)
    sourced = [e for e in events if e.source_text and e.source_text.startswith("Departments")]
    assert sourced, show(events)
    assert all(e.source_key == "country:USA" and e.source_acts_for == "USA" for e in sourced), show(events)


def test_a_titled_inner_name_is_the_one_person_with_that_name(nlp):
    # White House, Sullivan in Brazil: "Lula" is part of "Luiz Inácio Lula da Silva"
    text = ("National Security Advisor Jake Sullivan traveled to Brasilia, Brazil on Monday, December 5 for "
            "meetings with members of the incoming administration of President-elect Luiz Inácio Lula da "
            "Silva.\n\nMr. Sullivan also met with President-elect Lula and members of his transition team.")
    events = [e for e in linked(nlp, text, outlet=WHITE_HOUSE) if e.target_text == "President-elect Lula"]
    assert events, show(linked(nlp, text, outlet=WHITE_HOUSE))
    assert all(e.target_key == "person:luiz-inacio-lula-da-silva" for e in events), show(events)


def test_an_indefinite_state_is_no_executive_office(nlp):
    # contrast (statedept, cyber norms): "a State" is any state, not the publisher's State Department
    text = ("Malicious cyber activity by a State that intentionally damages critical infrastructure or otherwise "
            "impairs its use and operation to provide services to the public can have cascading effects.")
    events = linked(nlp, text)
    assert all(e.source_key != "country:USA" for e in events), show(events)
