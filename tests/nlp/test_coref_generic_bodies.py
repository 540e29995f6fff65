"""A body every state has ("the National Assembly", "the Supreme Court", "the Ministry of Defence"),
named bare, is placed by its context and keyed per state (newsgraph.nlp.generic_bodies); invented
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.generic_bodies import generic_body_sector
from newsgraph.nlp.pipeline import extract

DAY = dt.date(2022, 3, 1)
STATE = "United States Department of State"


def _orgs(x):
    return {e.key: e for e in x.entities.values() if e.type == "organization"}


@pytest.mark.parametrize("name,sector", [
    ("the National Assembly", "LEG"), ("Supreme Court", "JUD"), ("Constitutional Court", "JUD"),
    ("Ministry of Defence", "GOV"), ("Foreign Ministry", "GOV"), ("Central Bank", "GOV"), ("Parliament", "LEG"),
])
def test_names_of_institutions_every_state_has_are_generic(name, sector):
    assert generic_body_sector(name) == sector


@pytest.mark.parametrize("name", [
    "Bolivarian National Guard",   # a word of its own: a proper name
    "Russian Ministry of Defense",  # the name places itself
    "Central Bank of Nicaragua",
    "General Assembly",            # a principal organ of the UN too
    "Ministry",                    # a bare keyword picks a ministry named before
    "Senate",                      # Phoenix lists it as a named actor
    "Air Force",                   # a service, not a constitutional institution
    "International Court of Justice",
])
def test_proper_or_placed_names_are_not_generic(name):
    assert generic_body_sector(name) is None


def test_a_state_named_in_the_sentence_places_and_keys_a_bare_legislature(nlp):
    text = ("Opposition lawmakers held a rally on Monday. Washington reaffirmed its backing for the National "
            "Assembly and for the interim government of Venezuela.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    orgs = _orgs(x)
    assert "org:national-assembly" not in orgs
    assert orgs["org:ven:national-assembly"].country == "VEN"
    backed = [e for e in x.events if e.target_key == "org:ven:national-assembly"]
    assert backed and all(e.target_acts_for == "VEN" for e in backed)


def test_two_states_bodies_of_one_name_get_two_keys(nlp):
    one = extract("Lawmakers in Nicaragua were detained. The National Assembly in Nicaragua passed the bill.", DAY, nlp=nlp)
    two = extract("Protesters in Venezuela marched. The National Assembly in Venezuela passed the bill.", DAY, nlp=nlp)
    assert "org:nic:national-assembly" in _orgs(one)
    assert "org:ven:national-assembly" in _orgs(two)


def test_a_state_named_in_the_phrase_wins_over_the_article(nlp):
    # contrast: the article is about Venezuela, the body's own words name Nicaragua
    text = ("Venezuela's opposition met in Caracas. Venezuela's government objected, and Venezuela's courts were "
            "silent. Lawmakers praised the Nicaraguan National Assembly on Monday.")
    x = extract(text, DAY, nlp=nlp)
    states = {e.country for e in _orgs(x).values() if "national-assembly" in e.key}
    assert states == {"NIC"}


def test_no_placement_when_two_states_compete(nlp):
    x = extract("The National Assembly approved the law on Tuesday, officials in Kenya and Uganda said.", DAY, nlp=nlp)
    orgs = _orgs(x)
    assert "org:national-assembly" in orgs and orgs["org:national-assembly"].country is None


def test_the_doer_of_an_act_on_the_body_does_not_place_it(nlp):
    x = extract("The United States and Canada condemned the Supreme Court's decision on Monday.", DAY, nlp=nlp)
    orgs = _orgs(x)
    assert "org:supreme-court" in orgs and orgs["org:supreme-court"].country is None


def test_a_body_the_publishing_state_has_is_left_to_the_linker(nlp):
    # contrast: "Congress" on state.gov is not Russia's, though the sentence names only Russia
    x = extract("The Administration will work with Congress to hold Russia accountable.", DAY, nlp=nlp, outlet=STATE)
    assert not any(key.startswith("org:rus:") for key in _orgs(x))


def test_the_state_the_article_is_about_places_a_body_its_sentence_does_not(nlp):
    text = ("Venezuela's opposition met in Caracas on Monday. Venezuela's government objected to the meeting. "
            "Venezuela's courts said nothing. The Supreme Court rejected the appeal on Tuesday.")
    x = extract(text, DAY, nlp=nlp)
    orgs = _orgs(x)
    assert "org:ven:supreme-court" in orgs
    assert "the state the article is about" in orgs["org:ven:supreme-court"].reason


def test_a_coordinated_state_body_moves_a_bare_mention_off_another_states_body(nlp):
    # the name's earlier use is Nicaragua's; the later bare one is listed with a Venezuelan body
    text = ("The National Assembly of Nicaragua passed a law on Monday. On Tuesday the envoy met the Venezuelan "
            "Supreme Court and the National Assembly.")
    x = extract(text, DAY, nlp=nlp)
    keys = {m.entity_key for m in x.mentions if m.text.endswith("National Assembly")}
    assert "org:ven:national-assembly" in keys


def test_a_state_its_sentence_only_names_does_not_move_a_bare_mention(nlp):
    # contrast: the same bare name after Nicaragua's, in a sentence naming Costa Rica as a topic only
    text = ("The National Assembly of Nicaragua passed a law on Monday. On Tuesday the National Assembly debated "
            "a border dispute with Costa Rica.")
    x = extract(text, DAY, nlp=nlp)
    keys = {m.entity_key for m in x.mentions if m.text.endswith("National Assembly")}
    assert not any(k.startswith("org:cri:") for k in keys if k)


@pytest.mark.parametrize("text,wrong", [
    ("Lawmakers in the National Assembly condemned the attacks on Ukraine last week.", "org:ukr:"),
    ("The Supreme Court allowed the deportations to Venezuela of several hundred migrants.", "org:ven:"),
    ("The National Assembly debated a border dispute with Costa Rica on Thursday.", "org:cri:"),
])
def test_a_state_the_act_is_on_to_or_with_does_not_place_the_body(nlp, text, wrong):
    # the object, destination or counterpart of the act is another party, not the body's state
    x = extract(text, DAY, nlp=nlp)
    assert not any(key.startswith(wrong) for key in _orgs(x))


def test_a_locative_of_the_bodys_own_clause_places_it(nlp):
    # "in Venezuela" locates the doers of the act on the body: the body is Venezuela's
    x = extract("Students in Venezuela applauded the National Assembly on Friday.", DAY, nlp=nlp)
    assert _orgs(x)["org:ven:national-assembly"].country == "VEN"


def test_a_country_coordinated_with_the_body_is_a_party_of_its_own(nlp):
    x = extract("Panama and the National Assembly signed a memorandum on trade.", DAY, nlp=nlp)
    assert not any(key.startswith("org:pan:") for key in _orgs(x))


def test_an_organisation_coordinated_with_the_body_still_places_it(nlp):
    # contrast: a state's own ministry beside the bare body gives it its state
    x = extract("The Panamanian Foreign Ministry and the National Assembly signed a memorandum on trade.", DAY, nlp=nlp)
    assert "org:pan:national-assembly" in _orgs(x)


def test_a_demonym_the_ner_left_out_places_the_body_by_the_parse(nlp):
    x = extract("The envoy visited the Saudi Interior Ministry on Sunday.", DAY, nlp=nlp)
    assert "org:sau:interior-ministry" in _orgs(x)


def test_the_state_heading_a_list_line_places_the_body_in_it(nlp):
    text = ("Delegations attending the meeting:\nAustria: Anna Gruber, Secretary General at the Federal Ministry of "
            "Finance\nBelgium: Luc Peeters, Deputy Minister for Sport")
    x = extract(text, DAY, nlp=nlp)
    assert "org:aut:federal-ministry-of-finance" in _orgs(x)


@pytest.mark.parametrize("text", [
    "The Venezuelan National Assembly met on Monday.",
    "The National Assembly of Venezuela met on Monday.",
    "Venezuela's National Assembly met on Monday.",
])
def test_a_generic_body_named_with_its_state_is_that_states_body(nlp, text):
    # the demonym, the "of" phrase and the possessor all say whose National Assembly: one key
    x = extract(text, DAY, nlp=nlp)
    orgs = _orgs(x)
    assert "org:ven:national-assembly" in orgs and orgs["org:ven:national-assembly"].country == "VEN"


def test_a_bare_mention_placed_in_the_state_joins_the_named_body(nlp):
    text = ("The Venezuelan National Assembly met on Monday. Protesters in Venezuela praised the National Assembly "
            "on Tuesday.")
    x = extract(text, DAY, nlp=nlp)
    keys = {m.entity_key for m in x.mentions if m.text.endswith("National Assembly")}
    assert keys == {"org:ven:national-assembly"}


def test_an_acronym_spelling_the_written_name_follows_the_per_state_key(nlp):
    text = ("The Haitian National Police arrested two suspects on Monday. Later, HNP officers questioned the "
            "suspects in Port-au-Prince.")
    x = extract(text, DAY, nlp=nlp)
    assert {m.entity_key for m in x.mentions if m.text in ("HNP", "Haitian National Police")} == {"org:hti:national-police"}


def test_a_proper_name_after_a_demonym_keeps_its_own_key(nlp):
    # contrast: "Bolivarian National Guard" has a word of its own, the demonym stays part of the name
    x = extract("The Venezuelan Bolivarian National Guard fired on protesters.", DAY, nlp=nlp)
    assert not any(key.startswith("org:ven:") for key in _orgs(x))


def test_the_sayers_locative_does_not_place_a_body_in_what_is_said(nlp):
    # contrast to "Students in Venezuela applauded the National Assembly": the clause ends at the
    # complement of a speech verb, so the migrants' place is not the assembly's
    x = extract("Venezuelan migrants in Colombia said the National Assembly praised Maduro.", DAY, nlp=nlp)
    assert not any(key.startswith("org:col:") for key in _orgs(x))


@pytest.mark.parametrize("name,expected", [
    ("Ministry of the Interior of Ukraine", ("UKR", "Ministry of the Interior")),
    ("Supreme Court of Justice of Venezuela", ("VEN", "Supreme Court of Justice")),
    ("National Assembly of Venezuela", ("VEN", "National Assembly")),
    ("Brazilian National Congress", ("BRA", "National Congress")),
    # contrast: a named actor (Phoenix) is no state's body
    ("African National Congress", None),
])
def test_a_state_named_in_a_generic_bodys_name_is_read_from_its_last_of_phrase_or_demonym(name, expected):
    from newsgraph.nlp.coref import _state_and_generic_body

    assert _state_and_generic_body(name) == expected


def test_a_split_bare_mention_keeps_no_leading_article_as_alias(nlp):
    # a mention whose text keeps its article ("the National Assembly") moved to another state's
    # body gives that body no near-duplicate alias of its name
    from newsgraph.nlp.generic_bodies import _split_bare_mentions
    from newsgraph.nlp.types import EntityRecord, Mention

    text = "The Venezuelan opposition and the National Assembly marched on Tuesday."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)
    start = text.index("the National Assembly")
    m = Mention(start=start, end=start + len("the National Assembly"), text="the National Assembly",
                type="organization", entity_key="org:nic:national-assembly")
    entities = {"org:nic:national-assembly": EntityRecord(key="org:nic:national-assembly", name="National Assembly",
                                                          type="organization", country="NIC")}
    _split_bare_mentions(doc, [m], entities, None, lambda names: True)
    assert m.entity_key == "org:ven:national-assembly"
    assert entities["org:ven:national-assembly"].aliases == []
