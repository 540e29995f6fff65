"""A joint statement coded once per signatory (the same words "We ... Cuba" for each) is one
graph event per signatory, each with its own source: with one shared fact key the graph laid the
last signatory's values over every copy. Rejecting one copy leaves the others in the graph."""

from __future__ import annotations

import datetime as dt

from newsgraph.query import graph as q
from newsgraph.store import judgements, repository
from tests.graph.articles import ArticleSpec, extraction_for, store_article

JOINT = ArticleSpec(
    "Joint statement on Cuba", "Foreign ministry", dt.datetime(2024, 3, 1),
    "Austria, Brazil and Chile issued a statement. We deplore the arrests in Cuba.",
    entities={"country:AUT": ("Austria", "country", "AUT", ["Austria"]),
              "country:BRA": ("Brazil", "country", "BRA", ["Brazil"]),
              "country:CHL": ("Chile", "country", "CHL", ["Chile"]),
              "country:CUB": ("Cuba", "country", "CUB", ["Cuba"])},
    events=[("DISAPPROVE", "deplore", signatory, "country:CUB", None, "asserted")
            for signatory in ("country:AUT", "country:BRA", "country:CHL")])


def test_each_signatory_copy_is_its_own_graph_event_and_judgement(store):
    article_id = store_article(store, JOINT)
    extraction = extraction_for(JOINT)
    for event in extraction.events:  # as the extractor writes a joint statement's copies
        event.source_text, event.target_text = "We", "Cuba"
    repository.save_extraction(store, article_id, extraction)
    sources = lambda: sorted(e["source"]["code"] for e in q.events(store, type="DISAPPROVE"))  # noqa: E731
    assert sources() == ["AUT", "BRA", "CHL"]
    austria = next(e for e in repository.article_facts(store, article_id)["events"]
                   if e["source_key"] == "country:AUT")
    judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=austria["fact_key"])
    assert sources() == ["BRA", "CHL"]

