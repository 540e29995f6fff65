"""Organisation naming in coref: country prefixes, possessors and descriptors, on real sentences
(tests/fixtures/entities/sentences.yaml, each taken verbatim from examples/)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

SENTENCES = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "fixtures" / "entities" / "sentences.yaml").read_text("utf-8"))

# two real sentences of one State Department release, one after the other
RUSSIA_MOD = (
    "Joint Stock Company Northern Shipping Company (Northern Shipping), a Russian maritime shipping "
    "company, performs services for Russia’s Ministry of Defense.\n"
    + SENTENCES["country_prefixed_org_2"]["text"]
)


@pytest.fixture(scope="module")
def entities_of():
    from newsgraph.nlp.pipeline import build_pipeline, make_doc

    nlp = build_pipeline(("newsgraph_entities", "newsgraph_coref"))
    cache = {}

    def run(text):
        if text not in cache:
            doc = nlp(make_doc(nlp, text, None))
            cache[text] = {e.name: e for e in doc._.ng_entities.values()}
        return cache[text]

    return run


def test_a_leading_country_before_a_complete_institution_name_becomes_its_country(entities_of):
    found = entities_of(SENTENCES["country_prefixed_org"]["text"])
    isw = found["Institute for the Study of War"]
    assert (isw.type, isw.country) == ("organization", "USA")
    assert "U.S. Institute for the Study of War" in isw.aliases
    assert "usa" in isw.key.split(":")  # the key keeps the country


def test_a_possessor_country_is_the_organisations_country(entities_of):
    found = entities_of(SENTENCES["country_prefixed_org"]["text"])
    assert found["Statistical Center"].country == "IRN"
    found = entities_of(SENTENCES["told_outlet"]["text"])
    assert found["Congressional Intelligence Commission"].country == "PER"


def test_possessor_and_prefix_forms_of_one_body_share_a_key(entities_of):
    found = entities_of(RUSSIA_MOD)
    ministries = [e for e in found.values() if e.name == "Ministry of Defense"]
    assert len(ministries) == 1
    assert ministries[0].country == "RUS" and "rus" in ministries[0].key.split(":")


def test_a_country_that_is_not_followed_by_a_full_institution_name_stays_in_the_name(entities_of):
    found = entities_of(SENTENCES["photo_credit_service"]["text"])
    assert found["U.S. Air Force"].country == "USA"  # "Air Force" alone is no name of its own


def test_a_descriptor_demonym_gives_the_outlet_its_country(entities_of):
    found = entities_of(SENTENCES["descriptor_daily"]["text"])
    assert (found["La Razón"].type, found["La Razón"].country) == ("organization", "ESP")
    found = entities_of(SENTENCES["descriptor_newspaper"]["text"])
    assert found["Le Point"].country == "FRA"


def test_a_regional_adjective_resolves_to_its_region(entities_of):
    found = entities_of(SENTENCES["region_adjective"]["text"])
    region = found["Southeast Asia"]
    assert region.type == "region" and "Southeast Asian" in region.aliases


def test_a_descriptive_organisation_keeps_its_country_in_its_name(entities_of):
    found = entities_of(SENTENCES["collective_possessive"]["text"])
    services = found["Cuba’s intelligence services"]
    assert (services.type, services.country) == ("organization", "CUB")
    found = entities_of(SENTENCES["collective_demonym_2"]["text"])
    assert found["Russian banks"].country == "RUS"
    assert found["Russia"].type == "country"


def test_a_leading_demonym_stays_in_the_proper_name(entities_of):
    found = entities_of(SENTENCES["demonym_in_proper_name"]["text"])
    network = found["Syrian Network for Human Rights"]
    assert (network.type, network.country) == ("organization", "SYR")
    assert "Network for Human Rights" not in found


def test_a_country_complement_or_a_name_prefix_gives_the_country(entities_of):
    found = entities_of(SENTENCES["hyphenated_org_name"]["text"])
    bank = found["Export-Import Bank of the United States"]
    assert (bank.type, bank.country) == ("organization", "USA")
    # "International Development Finance Corporation" is no "Keyword of/for ..." name: U.S. stays
    assert found["U.S. International Development Finance Corporation"].country == "USA"


def test_an_acronym_spelling_a_name_tagged_as_a_place_makes_it_that_organisation(entities_of):
    # the model tags "The North Sea Region" LOC; the article's "NSR" (ORG) spells its initials
    found = entities_of("The North Sea Region signed the pact. The NSR will pay for the cable.")
    region = found["North Sea Region"]
    assert region.type == "organization" and region.key == "org:north-sea-region"
    assert "NSR" in region.aliases and "NSR" not in found


def test_a_place_name_no_acronym_spells_stays_a_place(entities_of):
    found = entities_of("The North Sea Region signed the pact. The NATO will pay for the cable.")
    assert found["North Sea Region"].type == "place"


def test_an_acronym_bracketed_after_a_possessive_name_is_that_name(entities_of):
    found = entities_of("The Maritime Safety Commission’s (MSC) review ends soon. Officials of the Marine Safety Council "
                        "met in Lima. The MSC said the review was fair.")
    assert "MSC" in found["Maritime Safety Commission"].aliases and "MSC" not in found


def test_an_acronym_spelling_a_place_the_gazetteer_knows_leaves_it_a_place(entities_of):
    # review 35b §9: press style abbreviates places too; the model's ORG on "NYC" makes no body of the city
    found = entities_of("Rents rose in New York City last year. The NYC will build more homes.")
    assert found["New York City"].type == "place"
