"""Roles from titles, appositions and "counterpart" on real passages."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsgraph.nlp.roles import COMPONENT, VERSION, title_lexicon
from tests.conftest import FIXTURES

PASSAGES = json.loads((FIXTURES / "coref" / "passages.json").read_text(encoding="utf-8"))
REFERENCE_DATE = dt.date(2023, 9, 1)


@pytest.fixture(scope="module")
def roles_nlp():
    from newsgraph.nlp.pipeline import build_pipeline

    return build_pipeline(("newsgraph_entities", "newsgraph_coref", "newsgraph_roles"))


@pytest.fixture(scope="module")
def roles(roles_nlp):
    from newsgraph.nlp.pipeline import make_doc

    result = {}
    for name, passage in PASSAGES.items():
        if name.startswith("_"):
            continue
        doc = roles_nlp(make_doc(roles_nlp, passage["text"], REFERENCE_DATE))
        result[name] = (doc, doc._.ng_roles)
    return result


def _triples(role_list):
    return {(r.person_key, r.title, r.of_key) for r in role_list}


def test_lexicon_loads_general_title_words():
    lex = title_lexicon()
    for word in ("minister", "ambassador", "spokesperson", "general", "analyst", "ceo"):
        assert word in lex.heads
    assert "defense" in lex.modifiers and "counterpart" in lex.inherit
    assert lex.is_title_phrase("Defense Minister") and not lex.is_title_phrase("Defense")


def test_premodifier_titles_split_office_and_rank_with_possessive_country(roles):
    _, found = roles["seed_treaty"]
    triples = _triples(found)
    assert ("person:mohammad-reza-ashtiani", "Defense Minister", "country:IRN") in triples
    assert ("person:mohammad-reza-ashtiani", "Brigadier General", "country:IRN") in triples


def test_demonym_before_the_title_gives_the_country(roles):
    _, found = roles["seed_treaty"]
    assert ("person:ebrahim-raisi", "President", "country:IRN") in _triples(found)


def test_counterpart_inherits_the_title_of_whoever_his_refers_to(roles):
    _, found = roles["seed_treaty"]
    assert ("person:edmundo-novillo", "Defense Minister", "country:BOL") in _triples(found)


def test_apposition_titles_and_their_organisations(roles):
    _, found = roles["seed_experts"]
    triples = _triples(found)
    assert ("person:jorge-serrano", "security expert", None) in triples
    # "Peru's Congressional Intelligence Commission": the possessor country is part of the key
    assert ("person:jorge-serrano", "advisor", "org:per:congressional-intelligence-commission") in triples
    assert ("person:joseph-humire", "director", "org:center-for-a-secure-free-society") in triples
    humire = next(r for r in found if r.person_key == "person:joseph-humire")
    assert humire.of_name == "Center for a Secure Free Society"


def test_two_apposed_titles_without_an_entity(roles):
    _, found = roles["statedept_ortega_sanctions"]
    triples = _triples(found)
    key = "person:julio-modesto-rodriguez-balladares"
    assert (key, "military general", None) in triples
    assert (key, "executive director", None) in triples


def test_title_before_the_next_name_in_a_list_is_not_an_apposition(roles):
    _, found = roles["statedept_nuland_travel"]
    triples = _triples(found)
    assert ("person:mario-abdo-benitez", "President", "country:PRY") in triples
    assert ("person:euclides-acevedo", "Foreign Minister", None) in triples
    assert not any(r.person_key == "person:mario-abdo-benitez" and r.title == "Foreign Minister" for r in found)


def test_of_country_after_the_name_across_a_line_break(roles):
    _, found = roles["whitehouse_lasso"]
    assert ("person:guillermo-lasso", "President", "country:ECU") in _triples(found)
    # the later bare "President Lasso" adds no second, of-less role
    assert not any(r.person_key == "person:guillermo-lasso" and r.of_key is None for r in found)


def test_the_head_of_y_comma_x(roles):
    _, found = roles["wikinews_nato"]
    assert ("person:hoop-scheffer", "head", "org:nato") in _triples(found)


def test_roles_carry_evidence_span_date_and_provenance(roles):
    doc, found = roles["seed_treaty"]
    raisi = next(r for r in found if r.person_key == "person:ebrahim-raisi")
    assert doc.text[raisi.start:raisi.end] == "Iranian President Ebrahim Raisi"
    assert raisi.date == "2023-09-01"
    assert raisi.component == COMPONENT and raisi.version == VERSION


def test_roles_tell_coref_which_country_a_person_belongs_to(roles):
    doc, _ = roles["seed_treaty"]
    assert doc._.ng_entities["person:ebrahim-raisi"].country == "IRN"
    assert doc._.ng_entities["person:edmundo-novillo"].country == "BOL"


# issue 6, kind 7: a hard wrap between the demonym and the title keeps the role's country
WRAPPED_CHILE = (
    "Secretary of State Antony J. Blinken met today with President Gabriel Boric and the Chilean\n"
    "Foreign Minister Alberto van Klaveren in Santiago to discuss regional security and trade.\n"
    "The Secretary reviewed progress on the lithium partnership and both sides agreed to expand\n"
    "cooperation on climate, migration, and the fight against transnational organized crime.\n"
)


def test_hard_wrapped_demonym_keeps_the_roles_country(roles_nlp):
    from newsgraph.nlp.pipeline import make_doc

    doc = roles_nlp(make_doc(roles_nlp, WRAPPED_CHILE, REFERENCE_DATE))
    assert ("person:alberto-van-klaveren", "Foreign Minister", "country:CHL") in _triples(doc._.ng_roles)


def test_title_in_apposition_before_the_name(roles_nlp):
    from newsgraph.nlp.pipeline import make_doc

    doc = roles_nlp(make_doc(roles_nlp, "Peru's defence minister, Walter Astudillo, said the army would help.",
                             REFERENCE_DATE))
    assert ("person:walter-astudillo", "defence minister", "country:PER") in _triples(doc._.ng_roles)
    assert all(r.version == VERSION for r in doc._.ng_roles)


def test_a_hyphenated_title_head_stays_whole(roles_nlp):
    from newsgraph.nlp.pipeline import make_doc

    doc = roles_nlp(make_doc(roles_nlp, "Vice President Kamala Harris spoke today with President-elect Claudia "
                                        "Sheinbaum of Mexico.", None))
    role = next(r for r in doc._.ng_roles if r.person_key == "person:claudia-sheinbaum")
    assert (role.title, role.of_key) == ("President-elect", "country:MEX")
    doc = roles_nlp(make_doc(roles_nlp, "Arab League Secretary-General Chedli Klibi today urged the European "
                                        "Community to support the PLO.", None))
    assert [r.title for r in doc._.ng_roles if r.person_key == "person:chedli-klibi"] == ["Secretary-General"]


def test_title_word_unions_are_made_once_and_hold_every_word():
    # roles 0.2.5: read on every word of a title scan, the unions are made once per lexicon
    lex = title_lexicon()
    assert lex.title_words is lex.title_words
    assert lex.title_words == lex.heads | lex.modifiers
    assert lex.title_or_domain_words is lex.title_or_domain_words
    assert lex.title_or_domain_words == lex.heads | lex.modifiers | lex.domains


def test_premodifier_title_with_its_domain_before_the_name(roles_nlp):
    from newsgraph.nlp.pipeline import make_doc

    doc = roles_nlp(make_doc(roles_nlp, "On Tuesday, Deputy Secretary of State for Management Richard Verma "
                                        "met officials in Lima to discuss embassy operations.", REFERENCE_DATE))
    titles = [r.title for r in doc._.ng_roles if r.person_key == "person:richard-verma"]
    assert titles == ["Deputy Secretary of State for Management"]


def test_a_title_at_a_line_end_takes_no_of_phrase_from_the_next_line(roles_nlp):
    """A byline's title ends its line: the next paragraph's "With Ukraine's agreement" is no
    "Spokesperson with Ukraine" (statedept releases signed "Ned Price, Department Spokesperson")."""
    from newsgraph.nlp.pipeline import make_doc

    text = ("Ned Price, Department Spokesperson\n"
            "With Ukraine's agreement, the United States and 44 other countries have invoked the OSCE "
            "Moscow Mechanism to address our grave concerns about the people of Ukraine.")
    doc = roles_nlp(make_doc(roles_nlp, text, REFERENCE_DATE))
    assert ("person:ned-price", "Department Spokesperson", None) in _triples(doc._.ng_roles)
    assert not any(r.of_key for r in doc._.ng_roles if r.person_key == "person:ned-price")


def test_a_title_in_apposition_to_a_pronoun_is_its_referents(roles_nlp):
    """roles 0.2.10: "him, the EU coordinator." titles the person "him" stands for, so the role
    reaches the person's other mentions (an invented passage)."""
    from newsgraph.nlp.pipeline import make_doc

    text = ("Reports say Enrique Mora is offering to go to Tehran. We are in close contact with him, "
            "the EU coordinator. He continues to convey messages.")
    doc = roles_nlp(make_doc(roles_nlp, text, REFERENCE_DATE))
    assert ("person:enrique-mora", "coordinator", "org:eu") in _triples(doc._.ng_roles)


def test_a_pronoun_apposition_that_may_list_two_people_titles_no_one(roles_nlp):
    """Contrast: "him, the envoy of the UN and the ambassador of Spain," may be one person or two,
    and "told him, the minister of France said" is a clause: neither titles the pronoun's referent."""
    from newsgraph.nlp.pipeline import make_doc

    text = ("Carlos Ruiz spoke first. We thanked him, the envoy of the UN and the ambassador of Spain, for the "
            "visit. She told him, the minister of France said.")
    doc = roles_nlp(make_doc(roles_nlp, text, REFERENCE_DATE))
    assert not [r for r in doc._.ng_roles if r.person_key == "person:carlos-ruiz"]
