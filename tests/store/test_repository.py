"""Articles stored once, near-duplicates linked, facts replaced on re-extraction, judgements kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.errors import NotFoundError

from newsgraph.intake.model import RawArticle
from newsgraph.nlp.types import EntityRecord, Event, Extraction, Mention, Statement
from newsgraph.store import dedup, repository

from .conftest import count

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed" / "dialogo-iran-bolivia-drones.txt"


def seed_article(**overrides) -> RawArticle:
    text = SEED.read_text(encoding="utf-8").split("\n\n", 4)[4]  # body paragraphs, no furniture
    fields = dict(text=text, source=str(SEED), title="Iran Seeks to Increase Footprint in Bolivia with Drones",
                  outlet="Diálogo Américas", published=dt.datetime(2023, 8, 26), published_inferred=True)
    fields.update(overrides)
    return RawArticle(**fields)


def stored_seed(path, extraction_of=None):
    """(the store opened at ``path``, the article id) with the seed article saved and
    ``extraction_of(its text)`` (default ``small_extraction``) stored as its extraction: the
    one-article store the CLI and web tests open by path. The caller closes the store."""
    from newsgraph.store.db import open_store

    store = open_store(str(path))
    article_id = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, article_id, (extraction_of or small_extraction)(seed_article().text))
    return store, article_id


def small_extraction(text: str) -> Extraction:
    start = text.index("Edmundo Novillo")
    return Extraction(
        sentences=[(0, 10)],
        mentions=[Mention(start, start + 15, "Edmundo Novillo", "person", "person:edmundo-novillo",
                          component="test_component", version="9.9")],
        entities={"person:edmundo-novillo": EntityRecord("person:edmundo-novillo", "Edmundo Novillo", "person",
                                                         component="test_component", version="9.9")},
        events=[Event("SUPPORT", 0, 50, "signed", 11, 17, source_text="Iran", target_text="Bolivia",
                      component="test_events", version="1.0")],
        statements=[Statement("indirect", 100, 160, text[100:160], speaker_text="Novillo", component="test_st", version="1.0")],
        components={"test_component": "9.9"},
    )


def test_same_article_twice_is_stored_once(store):
    first = repository.save_article(store, seed_article())
    again = repository.save_article(store, seed_article(source="elsewhere.txt"))
    assert first.status == "new" and again.status == "duplicate"
    assert again.article_id == first.article_id
    assert count(store, "articles") == 1


def test_same_canonical_url_is_a_duplicate_even_with_other_text(store):
    a = repository.save_article(store, seed_article(url="https://dialogo-americas.com/articles/iran-bolivia/?utm_source=x"))
    b = repository.save_article(store, seed_article(text="Another capture of the page.", url="http://www.dialogo-americas.com/articles/iran-bolivia"))
    assert b.status == "duplicate" and b.article_id == a.article_id


def test_syndicated_copy_with_other_furniture_is_linked_not_merged(store):
    original = repository.save_article(store, seed_article())
    text = seed_article().text
    copy = seed_article(text="Republished with permission. Share on Facebook.\n\n" + text + "\n\nRelated stories: More news.",
                        outlet="Some Aggregator")
    result = repository.save_article(store, copy)
    assert result.status == "new"
    assert result.near_duplicates == [original.article_id]
    article = repository.get_article(store, result.article_id)
    assert [d["id"] for d in article["near_duplicates"]] == [original.article_id]
    assert count(store, "articles") == 2


def test_unrelated_articles_are_not_linked(store):
    repository.save_article(store, seed_article())
    other = RawArticle(text="The council approved the municipal budget on Tuesday after a long debate " * 3, source="x")
    assert repository.save_article(store, other).near_duplicates == []


def test_extraction_rows_carry_article_span_and_component(store):
    article_id = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, article_id, small_extraction(seed_article().text))
    facts = repository.article_facts(store, article_id)
    mention = facts["mentions"][0]
    assert (mention["article_id"], mention["component"], mention["component_version"]) == (article_id, "test_component", "9.9")
    text = repository.get_article(store, article_id)["text"]
    assert text[mention["start"]:mention["end"]] == "Edmundo Novillo"
    assert facts["entities"][0]["key"] == "person:edmundo-novillo"
    assert repository.get_article(store, article_id)["status"] == "extracted"


def test_reextraction_replaces_facts_and_keeps_judgements(store):
    article_id = repository.save_article(store, seed_article()).article_id
    extraction = small_extraction(seed_article().text)
    repository.save_extraction(store, article_id, extraction)
    event = repository.article_facts(store, article_id)["events"][0]
    statement = repository.article_facts(store, article_id)["statements"][0]
    rejected = repository.add_judgement(store, author="ana", action="reject", fact_table="statements",
                                        fact_key=statement["fact_key"], article_id=article_id, reason="not a statement")
    repository.add_judgement(store, author="ana", action="correct", fact_table="events", fact_key=event["fact_key"],
                             article_id=article_id, value={"type": "AGREE"}, reason="treaty")
    repository.save_extraction(store, article_id, extraction)  # extract --again
    repository.save_extraction(store, article_id, extraction)
    assert count(store, "events") == 1 and count(store, "judgements") == 2
    facts = repository.article_facts(store, article_id)
    assert facts["statements"] == []
    assert facts["events"][0]["type"] == "AGREE" and facts["events"][0]["corrected"] is True
    repository.undo_judgement(store, rejected)
    assert len(repository.article_facts(store, article_id)["statements"]) == 1
    assert count(store, "judgements") == 2  # undone, not deleted


def test_failure_half_way_leaves_no_half_article(store, monkeypatch):
    repository.save_article(store, seed_article())

    def broken(*_args):
        raise RuntimeError("crash while linking near-duplicates")

    monkeypatch.setattr(dedup, "compare_texts", broken)
    with pytest.raises(RuntimeError):
        repository.save_article(store, seed_article(text=seed_article().text + "\n\nAn added paragraph."))
    assert count(store, "articles") == 1
    article = seed_article()
    assert count(store, "article_bands") == len(dedup.bands(dedup.minhash(article.text), title=article.title))


def test_stats_and_export(store):
    article_id = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, article_id, small_extraction(seed_article().text))
    counts = repository.stats(store)
    assert counts["articles"] == 1 and counts["events"] == 1 and counts["events_by_type"] == {"SUPPORT": 1}
    from newsgraph.query.article_view import iter_documents

    exported = list(iter_documents(store))
    assert exported[0]["article"]["title"].startswith("Iran Seeks") and exported[0]["events"][0]["type"] == "SUPPORT"


def test_entity_merge_is_a_judgement_that_can_be_undone(store):
    article_id = repository.save_article(store, seed_article()).article_id
    extraction = small_extraction(seed_article().text)
    extraction.entities["person:novillo"] = EntityRecord("person:novillo", "Novillo", "person")
    extraction.mentions.append(Mention(0, 7, "Novillo", "person", "person:novillo", component="test_component", version="9.9"))
    repository.save_extraction(store, article_id, extraction)
    merge = repository.merge_entities(store, "person:edmundo-novillo", ["person:novillo"], author="ana", reason="same man")
    repository.save_extraction(store, article_id, extraction)  # re-extraction keeps the merge
    keys = {m["entity_key"] for m in repository.article_facts(store, article_id)["mentions"]}
    assert keys == {"person:edmundo-novillo"}
    repository.undo_judgement(store, merge)
    keys = {m["entity_key"] for m in repository.article_facts(store, article_id)["mentions"]}
    assert keys == {"person:edmundo-novillo", "person:novillo"}
    with pytest.raises(NotFoundError):
        repository.merge_entities(store, "person:edmundo-novillo", ["person:nobody"], author="ana")


def test_event_evidence_spans_are_stored_and_shown(store):
    """Several mentions of one act are one event: every sentence span survives the store and
    reaches ``show``/``export``; an event without them shows its own sentence."""
    from newsgraph.query.article_view import article_document

    article_id = repository.save_article(store, seed_article()).article_id
    extraction = small_extraction(seed_article().text)
    extraction.events[0].evidence_spans = [(0, 50), (200, 260)]
    extraction.events.append(Event("CONSULT", 300, 340, "met", 310, 313, source_text="Iran", target_text="Bolivia",
                                   component="test_events", version="1.0"))
    repository.save_extraction(store, article_id, extraction)
    events = {e["type"]: e for e in article_document(store, article_id)["events"]}
    assert events["SUPPORT"]["evidence_spans"] == [[0, 50], [200, 260]]
    assert events["CONSULT"]["evidence_spans"] == [[300, 340]]


def test_event_actor_text_is_stored_with_one_space_per_whitespace_run(store):
    """A hard-wrapped name ("State\\n    Department") is shown as written with one space; the fact
    key is made from the stored (shown) texts and the actors' keys (``event_fact_key``), so a
    re-wrapped name keeps its key and a migration can recompute it."""
    article_id = repository.save_article(store, seed_article()).article_id
    extraction = small_extraction(seed_article().text)
    extraction.events[0].source_text = "State\n    Department"
    extraction.events[0].target_text = "nearly 100 \xa0individuals"
    repository.save_extraction(store, article_id, extraction)
    event = repository.article_facts(store, article_id)["events"][0]
    assert (event["source_text"], event["target_text"]) == ("State Department", "nearly 100 individuals")
    assert event["fact_key"] == repository.fact_key(article_id, "events", 0, 50, "SUPPORT", 11,
                                                    "State Department", "nearly 100 individuals", None, None)
    assert event["fact_key"] == repository.event_fact_key(article_id, event)
