"""Actors' state and sector (and an entity's reading reason) reach the store, show and export."""

from __future__ import annotations

from newsgraph.nlp.types import EntityRecord, Event, Extraction, Mention, Statement
from newsgraph.query.article_view import article_view, iter_documents
from newsgraph.store import repository

from .test_repository import seed_article


def test_acts_for_and_sector_are_stored_and_shown(store):
    article_id = repository.save_article(store, seed_article()).article_id
    text = repository.get_article(store, article_id)["text"]
    extraction = Extraction(
        sentences=[(0, 50)],
        mentions=[Mention(0, 7, text[0:7], "place", "place:nic:granada", component="test", version="1")],
        entities={"place:nic:granada": EntityRecord("place:nic:granada", "Granada", "place", country="NIC",
                                                    reason="Nicaragua and Managua named in the article")},
        events=[Event("DISAPPROVE", 0, 50, "condemn", 3, 10, source_text="We", source_key=None,
                      source_acts_for="USA", source_sector="GOV", target_text="Russia",
                      target_acts_for="RUS", target_sector="GOV", component="test_events", version="1.0")],
        statements=[Statement("indirect", 60, 90, text[60:90], speaker_text="MR PRICE", speaker_acts_for="USA",
                              speaker_sector="GOV", component="test_st", version="1.0")],
    )
    repository.save_extraction(store, article_id, extraction)
    view = article_view(store, article_id)
    event = view["events"][0]
    assert (event["source_acts_for"], event["source_sector"]) == ("USA", "GOV")
    assert (event["target_acts_for"], event["target_sector"]) == ("RUS", "GOV")
    statement = view["statements"][0]
    assert (statement["speaker_acts_for"], statement["speaker_sector"]) == ("USA", "GOV")
    granada = next(e for e in view["entities"] if e["key"] == "place:nic:granada")
    assert granada["reason"] == "Nicaragua and Managua named in the article"
    exported = next(d for d in iter_documents(store) if d["article"]["id"] == article_id)
    assert exported["events"][0]["source_sector"] == "GOV"
    assert exported["statements"][0]["speaker_acts_for"] == "USA"
