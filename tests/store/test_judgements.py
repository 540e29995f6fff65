"""Judgements: checked against the fact's type when recorded, anchored on span and type, and a bad
stored value skipped on read rather than breaking it."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from newsgraph.errors import NotFoundError
from newsgraph.store import judgements, repository
from newsgraph.store.db import _alembic_config, open_store

from .test_repository import seed_article, small_extraction


def _stored(store):
    article_id = repository.save_article(store, seed_article()).article_id
    extraction = small_extraction(seed_article().text)
    repository.save_extraction(store, article_id, extraction)
    return article_id, extraction


def test_correction_checked_against_the_fact_type(store):
    article_id, _ = _stored(store)
    event = repository.article_facts(store, article_id)["events"][0]
    bad = [[1, 2], {}, {"type": "PARTY"}, {"status": "rumoured"}, {"fact_key": "x"}, {"article_id": 2},
           {"start": 0}, {"trigger_start": 3}, {"component": "me"}, {"confidence": "high"}, {"confidence": 2},
           {"type": 7}, {"nonsense": 1}]
    for value in bad:
        with pytest.raises(judgements.JudgementError):
            judgements.record_fact_judgement(store, author="ana", action="correct", fact_key=event["fact_key"], value=value)
    with pytest.raises(NotFoundError):
        judgements.record_fact_judgement(store, author="ana", action="reject", fact_key="no-such-fact")
    with pytest.raises(judgements.JudgementError):
        judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=event["fact_key"], value={"a": 1})
    with pytest.raises(judgements.JudgementError):
        judgements.parse_value("notjson")
    with pytest.raises(judgements.JudgementError):
        judgements.parse_judgement_id("abc")
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(store.t("judgements"))).scalar_one() == 0
    judgements.record_fact_judgement(store, author="ana", action="correct", fact_key=event["fact_key"],
                                     value={"type": "AGREE", "confidence": 0.9, "source_key": None})
    [corrected] = repository.article_facts(store, article_id)["events"]
    assert (corrected["type"], corrected["confidence"], corrected["corrected"]) == ("AGREE", 0.9, True)


def test_judgement_follows_its_fact_when_a_better_extractor_changes_the_values(store):
    article_id, extraction = _stored(store)
    event = repository.article_facts(store, article_id)["events"][0]
    statement = repository.article_facts(store, article_id)["statements"][0]
    judgements.record_fact_judgement(store, author="ana", action="correct", fact_key=event["fact_key"],
                                     value={"type": "AGREE"})
    judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=statement["fact_key"])
    # a new extractor reads the same event (span, trigger, type) with other actor texts, and
    # the same statement span with another speaker: their fact keys change
    better = dataclasses.replace(
        extraction,
        events=[dataclasses.replace(extraction.events[0], source_text="The Islamic Republic of Iran")],
        statements=[dataclasses.replace(extraction.statements[0], speaker_text="Edmundo Novillo")])
    repository.save_extraction(store, article_id, better)
    facts = repository.article_facts(store, article_id)
    [moved] = facts["events"]
    assert moved["fact_key"] != event["fact_key"]
    assert moved["type"] == "AGREE" and moved["corrected"] and moved["source_text"] == "The Islamic Republic of Iran"
    assert facts["statements"] == []
    # another event type on the same span is another fact: the judgement does not reach it
    other = dataclasses.replace(better, events=[dataclasses.replace(better.events[0], type="CONSULT")])
    repository.save_extraction(store, article_id, other)
    [untouched] = repository.article_facts(store, article_id)["events"]
    assert untouched["type"] == "CONSULT" and not untouched["corrected"]


def test_bad_stored_values_are_skipped_with_a_reason(store):
    article_id, _ = _stored(store)
    event = repository.article_facts(store, article_id)["events"][0]
    # recorded by the unchecked code of earlier versions
    first = repository.add_judgement(store, author="old", action="correct", fact_key=event["fact_key"], value=[1, 2])
    repository.add_judgement(store, author="old", action="correct", fact_key=event["fact_key"],
                             value={"article_id": 99, "start": 0})
    repository.add_judgement(store, author="old", action="merge", fact_table="entities", fact_key="x", value="oops")
    facts = repository.article_facts(store, article_id)
    assert [e["fact_key"] for e in facts["events"]] == [event["fact_key"]]
    assert facts["events"][0]["article_id"] == article_id and facts["events"][0]["start"] == event["start"]
    assert len(facts["skipped_judgements"]) == 3 and facts["skipped_judgements"][0]["id"] == first


def test_migration_anchors_judgements_recorded_before_it(tmp_path):
    db = str(tmp_path / "old.db")
    store = open_store(db)
    article_id, extraction = _stored(store)
    event = repository.article_facts(store, article_id)["events"][0]
    from alembic import command

    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002_event_affiliations")
        j = sa.Table("judgements", sa.MetaData(), autoload_with=conn)
        conn.execute(j.insert().values(created_at="2024-01-01", author="old", action="reject",
                                       fact_key=event["fact_key"]))  # as 0.1 recorded it: key only
    store.close()
    store = open_store(db)  # migrates to head
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(store.t("judgements"))).one()._mapping
    assert (row["fact_table"], row["article_id"]) == ("events", article_id)
    assert row["anchor"] == judgements.anchor_of("events", event)
    better = dataclasses.replace(extraction, events=[dataclasses.replace(extraction.events[0], target_text="La Paz")])
    repository.save_extraction(store, article_id, better)
    assert repository.article_facts(store, article_id)["events"] == []
    store.close()
