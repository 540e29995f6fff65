"""Actors resolved to the wrong kind or node (issue 6): a bracket-defined acronym the model typed
a person or a place, a lone plural class noun taken for a body or a place, and the bare "State"
of U.S. government releases (entities ``_bare_state_department``, coref ``_merge_acronyms`` and
``_merge_bare_state_department``)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
WHITE_HOUSE = "The White House"
DAY = dt.date(2022, 3, 4)


def _by_text(x, text):
    return [m for m in x.mentions if " ".join(m.text.split()) == text]


def test_a_bracket_defined_acronym_is_its_organisation_wherever_it_recurs(nlp):
    # demo corpus style (State Department media notes); the model reads a bare "CMAR" as a surname
    text = ("Assistant Secretary Jose W. Fernandez will join discussions on the Eastern Tropical Pacific "
            "Marine Corridor (CMAR). CMAR is a precedent-setting regional ocean conservation effort. "
            "The United States and the CMAR countries will work together.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    corridor = _by_text(x, "Eastern Tropical Pacific Marine Corridor")[0]
    acronyms = _by_text(x, "CMAR")
    assert acronyms
    assert all(m.type == "organization" and m.entity_key == corridor.entity_key for m in acronyms)
    assert not any(m.type == "person" and "CMAR" in m.text for m in x.mentions)


def test_a_rewards_programme_acronym_is_no_place(nlp):
    text = ("This reward is offered under the Department of State's Narcotics Rewards Program (NRP). "
            "The NRP has helped bring more than 75 transnational criminals to justice.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    program = _by_text(x, "Narcotics Rewards Program")[0]
    nrp = _by_text(x, "NRP")
    assert nrp and all(m.entity_key == program.entity_key for m in nrp)


def test_a_country_acronym_stays_the_country(nlp):
    text = "Deputy Secretary Sherman will travel to the People's Republic of China (PRC). The PRC hosted talks."
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert all(m.entity_key == "country:CHN" for m in _by_text(x, "PRC"))


def test_a_lone_plural_title_is_no_organisation(nlp):
    text = ("G7 foreign ministers met in Brussels to discuss Moldova, which hosts the largest group of "
            "refugees from Ukraine. The Ministers agreed to further coordinate their assistance for Moldova.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert not _by_text(x, "Ministers")
    assert not any(e.source_key == "org:ministers" for e in x.events)


def test_states_in_general_are_no_place_or_body(nlp):
    text = ("The Court stressed the need for States to act in conformity with their obligations under "
            "international law.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert not _by_text(x, "States")


def test_a_plural_proper_name_still_names_its_group(nlp):
    text = "Saudi officials condemned the Houthis after the attack."
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert [m.type for m in _by_text(x, "Houthis")] == ["organization"]


def test_bare_state_in_a_list_of_agencies_is_the_department(nlp):
    text = "FBI, State, and other U.S. government agencies have also assisted Ukraine with cybersecurity."
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    state = _by_text(x, "State")
    assert [m.entity_key for m in state] == ["org:department-of-state"]
    assert any(e.type == "AID" and e.source_key == "org:department-of-state" for e in x.events)


def test_bare_state_as_subject_joins_the_articles_department(nlp):
    text = ("State is deploying an advisor to the Haitian National Police. The State Department has also "
            "donated 60 vehicles to the police.")
    x = extract(text, DAY, nlp=nlp, outlet=WHITE_HOUSE)
    department = _by_text(x, "State Department")[0]
    assert [m.entity_key for m in _by_text(x, "State")] == [department.entity_key]


def test_state_as_modifier_title_or_verb_is_no_department(nlp):
    text = ("State, county, and city health authorities will track cases. State prosecutors chose to make "
            "an example of him. The Deputy Secretary and State Councilor Wang had a frank exchange. "
            "State it clearly. Antony J. Blinken, Secretary of State\nThe United States calls on all parties "
            "to act.")
    x = extract(text, DAY, nlp=nlp, outlet=WHITE_HOUSE)
    assert not any(m.type == "organization" and "State" in m.text for m in x.mentions)


def test_bare_state_outside_us_releases_is_left_alone(nlp):
    text = "FBI, State, and other U.S. government agencies have also assisted Ukraine."
    x = extract(text, DAY, nlp=nlp, outlet="Reuters")
    assert not any(m.entity_key == "org:department-of-state" for m in x.mentions)


def test_an_acronym_of_a_long_form_that_is_no_name_is_no_person_or_place(nlp):
    # demo corpus style: the model tags none of the long form and reads the bare acronym as a surname
    text = ("The United States signed a Memorandum of Understanding in support of the Eastern Tropical "
            "Pacific Marine Corridor (CMAR). CMAR is a precedent-setting regional ocean conservation "
            "effort. The United States and the CMAR countries will work together against threats to CMAR.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert not any(m.type in ("person", "place") and "CMAR" in m.text for m in x.mentions)


def test_an_acronym_of_a_persons_name_stays_the_person(nlp):
    text = ("President Andrés Manuel López Obrador (AMLO) met the delegation. AMLO said the talks were useful.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert any(m.type == "person" and "López Obrador" in m.text for m in x.mentions)


def test_a_body_named_in_a_laws_coordinated_title_is_no_organisation(nlp):
    # examples/statedept 7031(c) designations (2022): the NER cuts the law's title at its commas
    # ("the Department of State, Foreign Operations"); the words are the law's name, no body
    text = ("The Department of State is designating three officials pursuant to Section 7031(c) of the "
            "Department of State, Foreign Operations, and Related Programs Appropriations Act for their "
            "involvement in gross violations of human rights.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert not [m for m in x.mentions if "Foreign Operations" in m.text and m.type == "organization"], \
        [(m.text, m.type) for m in x.mentions]
    assert not [k for k in x.entities if "foreign-operations" in k], list(x.entities)


def test_a_regions_capitalised_head_word_is_no_organisation():
    # examples/statedept (2022-04-21) "Our Hemisphere stands with Ukraine." (the Western Hemisphere):
    # the head word of a region's name (entity_regions.yaml) names no body; regions and places
    # that are their own names stay
    from newsgraph.nlp.entities import _region_head_word

    assert _region_head_word("Hemisphere") and _region_head_word("Peninsula")
    assert not _region_head_word("Pacific") and not _region_head_word("America") and not _region_head_word("Gulf")
