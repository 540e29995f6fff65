"""An article's story type in the store: migration 0009 up from the previous head keeps what
was stored, extraction fills the columns with their provenance, re-extraction refreshes them
and keeps analysts' judgements, and ``list_articles`` filters on them."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from newsgraph.errors import InvalidRequestError
from newsgraph.nlp.types import StoryTypeRecord
from newsgraph.store import repository
from newsgraph.store.db import create_store_engine, current_revision, head_revision, migrate, open_store

from .test_repository import seed_article, small_extraction

PREVIOUS_HEAD = "0008_statement_incidents"
COLUMNS = set(repository.STORY_TYPE_COLUMNS)


def _with_story(extraction, story):
    extraction.story_type = story
    return extraction


AGREE = StoryTypeRecord("AGREE", 0.62, 11, 17, component="newsgraph_story_type", version="0.1.0")


def test_migration_up_from_the_previous_head_adds_the_columns_and_keeps_articles(db_url):
    engine = create_store_engine(db_url)
    migrate(engine, PREVIOUS_HEAD)
    assert current_revision(engine) == PREVIOUS_HEAD
    assert not COLUMNS & {c["name"] for c in sa.inspect(engine).get_columns("articles")}
    with engine.begin() as conn:  # an article stored by the previous newsgraph
        conn.execute(sa.text(
            "INSERT INTO articles (content_hash, title, source, source_format, text, word_count, ingested_at, status,"
            " published_inferred) VALUES ('abc', 'Old article', 'old.txt', 'text', 'Iran signed a treaty.', 4,"
            " '2023-08-26T00:00:00+00:00', 'extracted', false)"))
    engine.dispose()
    store = open_store(db_url)  # opening migrates to the head
    try:
        assert current_revision(store.engine) == head_revision()
        assert COLUMNS <= set(store.t("articles").c.keys())
        [old] = repository.list_articles(store)
        assert old["title"] == "Old article" and old["story_type"] is None  # until extract --again
    finally:
        store.close()


def test_extraction_stores_the_story_type_with_its_provenance(store):
    article_id = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, article_id, _with_story(small_extraction(seed_article().text), AGREE))
    article = repository.get_article(store, article_id)
    assert (article["story_type"], article["story_type_probability"]) == ("AGREE", pytest.approx(0.62))
    assert (article["story_type_trigger_start"], article["story_type_trigger_end"]) == (11, 17)
    assert (article["story_type_component"], article["story_type_component_version"]) == ("newsgraph_story_type", "0.1.0")


def test_reextraction_refreshes_the_story_type_and_keeps_judgements(store):
    article_id = repository.save_article(store, seed_article()).article_id
    extraction = _with_story(small_extraction(seed_article().text), AGREE)
    repository.save_extraction(store, article_id, extraction)
    event = repository.article_facts(store, article_id)["events"][0]
    repository.add_judgement(store, author="ana", action="correct", fact_table="events", fact_key=event["fact_key"],
                             article_id=article_id, value={"type": "AGREE"}, reason="treaty")
    newer = StoryTypeRecord("COOPERATE", 0.4, component="newsgraph_story_type", version="0.2.0")
    repository.save_extraction(store, article_id, _with_story(extraction, newer))  # extract --again
    article = repository.get_article(store, article_id)
    assert (article["story_type"], article["story_type_trigger_start"], article["story_type_component_version"]) \
        == ("COOPERATE", None, "0.2.0")
    facts = repository.article_facts(store, article_id)
    assert facts["events"][0]["type"] == "AGREE" and facts["events"][0]["corrected"] is True
    repository.save_extraction(store, article_id, _with_story(extraction, None))  # a text with no words
    assert repository.get_article(store, article_id)["story_type"] is None


def test_articles_filter_on_story_type(store):
    first = repository.save_article(store, seed_article()).article_id
    second = repository.save_article(store, seed_article(text="Police arrested dozens of activists.", source="b.txt")).article_id
    repository.save_extraction(store, first, _with_story(small_extraction(seed_article().text), AGREE))
    repository.save_extraction(store, second, _with_story(small_extraction(seed_article().text),
                                                          StoryTypeRecord("COERCE", 0.7)))
    assert [r["id"] for r in repository.list_articles(store, story_type="COERCE")] == [second]
    assert [r["story_type"] for r in repository.list_articles(store)] == ["AGREE", "COERCE"]
    with pytest.raises(InvalidRequestError) as info:
        repository.list_articles(store, story_type="FIGHTING")
    assert info.value.code == "bad_story_type"


def test_downgrade_to_the_previous_head_keeps_the_article_s_facts(db_url):
    # SQLite's batch mode would recreate ``articles``, and dropping it cascades to every fact
    from alembic import command

    from newsgraph.store.db import _alembic_config

    store = open_store(db_url)
    article_id = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, article_id, _with_story(small_extraction(seed_article().text), AGREE))
    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, PREVIOUS_HEAD)
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one() == 1
        assert not COLUMNS & {c["name"] for c in sa.inspect(conn).get_columns("articles")}
    store.close()
