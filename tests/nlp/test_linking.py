"""The linker attaches speakers, cited outlets and event actors to entities."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract


def test_person_actor_acts_for_the_state_of_their_role(nlp):
    x = extract("In June, Iranian President Ebrahim Raisi visited Venezuela, Nicaragua, and Cuba.", dt.date(2023, 8, 1), nlp=nlp)
    visits = [e for e in x.events if e.type == "CONSULT"]
    assert {e.target_key for e in visits} == {"country:VEN", "country:NIC", "country:CUB"}
    assert all(x.entities[e.source_key].name == "Ebrahim Raisi" for e in visits)
    assert {e.source_affiliation_key for e in visits} == {"country:IRN"}


def test_cited_outlet_is_the_organisation_not_the_country_its_adjective_names(nlp):
    from newsgraph.nlp.linking import link_facts
    from newsgraph.nlp.types import Statement

    text = "Foreign Minister Carlos Faria said the two countries would expand trade, official Russian news agency TASS reported."
    doc = nlp(text)
    via_start = text.index("official")
    statement = Statement("indirect", text.index("the two"), text.index(", official"), "the two countries would expand trade",
                          speaker_start=0, speaker_end=text.index(" said"), via="official Russian news agency TASS",
                          via_start=via_start, via_end=text.index(" reported"))
    doc._.ng_statements = [statement]
    doc._.ng_events = []
    link_facts(doc)
    assert statement.via_key == "org:tass"
    assert statement.speaker_key == "person:carlos-faria"


def test_split_quote_content_is_joined_in_order(nlp):
    from newsgraph.nlp.linking import join_content_parts
    from newsgraph.nlp.types import Statement

    text = "“Iran is advancing,” Serrano said. “Venezuela is the main promoter.”"
    doc = nlp(text)
    first = (1, text.index(",”"))
    second = (text.index("Venezuela"), text.index(".”") + 1)
    statement = Statement("direct", *first, text[first[0]:first[1]], content_parts=[second])
    join_content_parts(doc, statement)
    assert statement.content == "Iran is advancing Venezuela is the main promoter."
    assert (statement.content_start, statement.content_end) == first


def test_cited_outlet_without_a_mention_is_found_by_name(nlp):
    from newsgraph.nlp.linking import link_facts
    from newsgraph.nlp.types import EntityRecord, Statement

    text = "He dismissed the criticism as exaggerated, IRNA reported."
    doc = nlp(text)
    doc._.ng_entities = {**(doc._.ng_entities or {}), "org:irna": EntityRecord("org:irna", "IRNA", "organization")}
    doc._.ng_mentions = [m for m in doc._.ng_mentions or [] if m.text != "IRNA"]
    statement = Statement("indirect", 3, 40, text[3:40], via="IRNA", via_start=text.index("IRNA"), via_end=text.index(" reported"))
    doc._.ng_statements = [statement]
    doc._.ng_events = []
    link_facts(doc)
    assert statement.via_key == "org:irna"
