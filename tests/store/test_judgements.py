"""Judgements: checked against the fact's type when recorded, anchored on span and type, and a bad
stored value skipped on read rather than breaking it."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from newsgraph.errors import NotFoundError
from newsgraph.store import judgements, repository
from newsgraph.store.db import _alembic_config, open_store

from newsgraph.nlp.types import Event, Extraction, Statement

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
           {"type": 7}, {"nonsense": 1},
           # a date is a real calendar value, as extraction stores it (the queries order and compare it)
           {"date": "2023-13-45"}, {"date": "not a date"}, {"date": "2023-02-30"}, {"date_end": "March"}]
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
    judgements.record_fact_judgement(store, author="ana", action="correct", fact_key=event["fact_key"],
                                     value={"date": "2023-02", "date_end": "2023-03-31"})
    [dated] = repository.article_facts(store, article_id)["events"]
    assert (dated["date"], dated["date_end"], dated["date_source"]) == ("2023-02", "2023-03-31", "analyst")


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
        ev = sa.Table("events", sa.MetaData(), autoload_with=conn)
        old_key = conn.execute(sa.select(ev.c.fact_key)).scalar_one()  # the key as stored then (0012 down)
        conn.execute(j.insert().values(created_at="2024-01-01", author="old", action="reject",
                                       fact_key=old_key))  # as 0.1 recorded it: key only
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


# --------------------------------------------------------------------------- one fact per actor pair

def _pairs_extraction(text: str):
    """One sentence, one trigger coded against two targets, and a joint statement's copies: the
    same words ("We" -> "Cuba") once per signatory, told apart only by the source's entity key."""
    base = small_extraction(text)
    condemn = dict(type="DISAPPROVE", sentence_start=0, sentence_end=50, trigger="condemned", trigger_start=20,
                   trigger_end=29, source_text="the minister", source_key="person:a-minister",
                   component="test_events", version="1.0")
    joint = dict(type="DISAPPROVE", sentence_start=60, sentence_end=99, trigger="deplore", trigger_start=63,
                 trigger_end=70, source_text="We", target_text="Cuba", target_key="country:CUB",
                 component="test_events", version="1.0")
    events = [Event(**condemn, target_text="Hezbollah", target_key="org:hezbollah"),
              Event(**condemn, target_text="Iran", target_key="country:IRN"),
              Event(**joint, source_key="country:AUT"), Event(**joint, source_key="country:BRA")]
    return dataclasses.replace(base, events=events)


def _events_by_pair(store, article_id):
    return {(e["source_key"], e["target_key"]): e for e in repository.article_facts(store, article_id)["events"]}


def test_actor_pairs_of_one_trigger_have_their_own_keys_and_judgements(store):
    article_id = repository.save_article(store, seed_article()).article_id
    extraction = _pairs_extraction(seed_article().text)
    repository.save_extraction(store, article_id, extraction)
    events = _events_by_pair(store, article_id)
    assert len({e["fact_key"] for e in events.values()}) == 4  # the signatories' copies too
    judgement_id = judgements.record_fact_judgement(
        store, author="ana", action="reject", fact_key=events[("person:a-minister", "org:hezbollah")]["fact_key"])
    judgements.record_fact_judgement(store, author="ana", action="reject",
                                     fact_key=events[("country:AUT", "country:CUB")]["fact_key"])
    left = set(_events_by_pair(store, article_id))
    assert left == {("person:a-minister", "country:IRN"), ("country:BRA", "country:CUB")}
    # the anchor holds the actors: re-extraction re-attaches it to the same pair only
    with store.engine.connect() as conn:
        anchor = conn.execute(sa.select(store.t("judgements").c.anchor)
                              .where(store.t("judgements").c.id == judgement_id)).scalar_one()
    assert anchor.endswith(":DISAPPROVE:person:a-minister:org:hezbollah")
    retexted = dataclasses.replace(extraction, events=[
        dataclasses.replace(e, source_text="The Minister") if e.trigger == "condemned" else e for e in extraction.events])
    repository.save_extraction(store, article_id, retexted)
    assert set(_events_by_pair(store, article_id)) == left
    repository.undo_judgement(store, judgement_id)
    assert ("person:a-minister", "org:hezbollah") in _events_by_pair(store, article_id)


def test_anchor_shared_by_pairs_without_entity_keys_attaches_to_none(store):
    """Two targets without entity keys share an anchor: once the judged one's key is gone the
    judgement is reported, not laid on the other."""
    article_id = repository.save_article(store, seed_article()).article_id
    ev = Event("SUPPORT", 0, 50, "praised", 11, 18, source_text="Iran", target_text="farmers",
               component="test_events", version="1.0")
    extraction = dataclasses.replace(small_extraction(seed_article().text),
                                     events=[ev, dataclasses.replace(ev, target_text="teachers")])
    repository.save_extraction(store, article_id, extraction)
    farmers = next(e for e in repository.article_facts(store, article_id)["events"] if e["target_text"] == "farmers")
    judgement_id = judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=farmers["fact_key"])
    assert [e["target_text"] for e in repository.article_facts(store, article_id)["events"]] == ["teachers"]
    moved = dataclasses.replace(extraction, events=[dataclasses.replace(ev, target_text="the farmers"),
                                                    extraction.events[1]])
    repository.save_extraction(store, article_id, moved)
    facts = repository.article_facts(store, article_id)
    assert sorted(e["target_text"] for e in facts["events"]) == ["teachers", "the farmers"]
    assert [s["id"] for s in facts["skipped_judgements"]] == [judgement_id]


def _old_event_key(article_id, row):
    """The event key recipe before migration 0012 (actor texts, no entity keys)."""
    return repository.fact_key(article_id, "events", row["start"], row["end"], row["type"], row["trigger_start"],
                               row["source_text"], row["target_text"])


def test_judgements_under_old_keys_reattach_after_migration_and_reextraction(tmp_path):
    from alembic import command

    db = str(tmp_path / "old.db")
    store = open_store(db)
    article_id = repository.save_article(store, seed_article()).article_id
    extraction = _pairs_extraction(seed_article().text)
    repository.save_extraction(store, article_id, extraction)
    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011_identity_history")
        meta = sa.MetaData()
        ev = sa.Table("events", meta, autoload_with=conn)
        j = sa.Table("judgements", meta, autoload_with=conn)
        rows = [dict(r._mapping) for r in conn.execute(sa.select(ev))]
        for row in rows:  # as the older code stored them: the signatories' copies share one key
            conn.execute(ev.update().where(ev.c.id == row["id"]).values(fact_key=_old_event_key(article_id, row)))
        by_target = {r["target_text"]: r for r in rows}
        for row, action in ((by_target["Hezbollah"], "reject"), (by_target["Cuba"], "confirm")):
            conn.execute(j.insert().values(  # key and the anchor without actors, as the older code recorded them
                created_at="2026-01-01T00:00:00+00:00", author="old", action=action, fact_table="events",
                fact_key=_old_event_key(article_id, row), article_id=article_id,
                anchor=f"{row['start']}:{row['end']}:{row['trigger_start']}:{row['trigger_end']}:{row['type']}"))
    store.close()
    store = open_store(db)  # migrates to head
    try:
        events = _events_by_pair(store, article_id)
        # only the judged pair is rejected; both copies that shared the confirmed key stay confirmed
        assert set(events) == {("person:a-minister", "country:IRN"), ("country:AUT", "country:CUB"),
                               ("country:BRA", "country:CUB")}
        assert events[("country:AUT", "country:CUB")]["judgement"] == "confirmed"
        assert events[("country:BRA", "country:CUB")]["judgement"] == "confirmed"
        assert events[("person:a-minister", "country:IRN")]["judgement"] is None
        with store.engine.connect() as conn:
            stored = [dict(r._mapping) for r in conn.execute(sa.select(store.t("judgements")).order_by("id"))]
        assert len(stored) == 3 and "copy of judgement 2" in stored[2]["reason"]
        assert {e["fact_key"] for e in events.values() if e["judgement"]} <= {x["fact_key"] for x in stored}
        # a re-extraction makes the same keys: the judgements stay where they are
        repository.save_extraction(store, article_id, extraction)
        again = _events_by_pair(store, article_id)
        assert {k: (v["fact_key"], v["judgement"]) for k, v in again.items()} == \
            {k: (v["fact_key"], v["judgement"]) for k, v in events.items()}
        # each copy can now be undone alone
        repository.undo_judgement(store, stored[2]["id"])
        after = _events_by_pair(store, article_id)
        assert after[("country:BRA", "country:CUB")]["judgement"] is None
        assert after[("country:AUT", "country:CUB")]["judgement"] == "confirmed"
    finally:
        store.close()


def test_a_legacy_anchor_whose_fact_is_gone_reattaches_only_where_unambiguous(store):
    article_id = repository.save_article(store, seed_article()).article_id
    extraction = _pairs_extraction(seed_article().text)
    repository.save_extraction(store, article_id, extraction)
    # recorded by older code on facts no longer stored (keys unknown): one on the two-target
    # trigger, one on a trigger a single pair has
    repository.add_judgement(store, author="old", action="reject", fact_table="events", fact_key="0" * 40,
                             article_id=article_id, anchor="0:50:20:29:DISAPPROVE")
    single = dataclasses.replace(extraction, events=[*extraction.events, Event(
        "AGREE", 0, 50, "promised", 40, 48, source_text="Iran", source_key="country:IRN",
        component="test_events", version="1.0")])
    repository.save_extraction(store, article_id, single)
    repository.add_judgement(store, author="old", action="reject", fact_table="events", fact_key="1" * 40,
                             article_id=article_id, anchor="0:50:40:48:AGREE")
    facts = repository.article_facts(store, article_id)
    assert sum(e["trigger"] == "condemned" for e in facts["events"]) == 2  # ambiguous: neither hidden
    assert not any(e["trigger"] == "promised" for e in facts["events"])    # unambiguous: re-attached


def test_confirming_twice_records_nothing_and_undoing_twice_says_so(store):
    article_id, _ = _stored(store)
    event = repository.article_facts(store, article_id)["events"][0]
    first = judgements.record_fact_judgement(store, author="ana", action="confirm", fact_key=event["fact_key"])
    with pytest.raises(judgements.AlreadyJudgedError) as err:
        judgements.record_fact_judgement(store, author="bob", action="confirm", fact_key=event["fact_key"])
    assert err.value.code == "already_judged" and f"judgement {first}" in str(err.value)
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(store.t("judgements"))).scalar_one() == 1
    # a correction may follow a confirmation, and another correction follow it (the latest wins)
    judgements.record_fact_judgement(store, author="ana", action="correct", fact_key=event["fact_key"],
                                     value={"date": "2023-07-26"})
    judgements.record_fact_judgement(store, author="ana", action="correct", fact_key=event["fact_key"],
                                     value={"date": "2023-07-27"})
    repository.undo_judgement(store, first)
    with pytest.raises(judgements.AlreadyUndoneError) as err:
        repository.undo_judgement(store, first)
    assert err.value.code == "already_undone" and "already undone" in str(err.value)
    with pytest.raises(NotFoundError) as missing:
        repository.undo_judgement(store, 999)
    assert missing.value.code == "not_found"
    # undone, it may be confirmed again
    judgements.record_fact_judgement(store, author="ana", action="confirm", fact_key=event["fact_key"])


def test_facts_say_which_judgement_is_in_force_and_an_analyst_date(store):
    article_id, _ = _stored(store)
    event = repository.article_facts(store, article_id)["events"][0]
    assert event["judgement"] is None
    judgements.record_fact_judgement(store, author="ana", action="correct", fact_key=event["fact_key"],
                                     value={"date": "2023-07-26"})
    [corrected] = repository.article_facts(store, article_id)["events"]
    assert (corrected["judgement"], corrected["date"], corrected["date_source"]) == ("corrected", "2023-07-26", "analyst")
    judgements.record_fact_judgement(store, author="ana", action="confirm", fact_key=event["fact_key"])
    assert repository.article_facts(store, article_id)["events"][0]["judgement"] == "confirmed"
    # a correction of another field leaves the date's source alone
    other = dataclasses.replace(small_extraction(seed_article().text))
    other.events[0].trigger_start = 12  # another fact
    repository.save_extraction(store, article_id, dataclasses.replace(other, events=[*other.events]))
    fresh = repository.article_facts(store, article_id)["events"][0]
    judgements.record_fact_judgement(store, author="ana", action="correct", fact_key=fresh["fact_key"],
                                     value={"type": "AGREE"})
    fresh = repository.article_facts(store, article_id)["events"][0]
    assert (fresh["judgement"], fresh["date_source"]) == ("corrected", None)
    statement = repository.article_facts(store, article_id)["statements"][0]
    judgements.record_fact_judgement(store, author="ana", action="correct", fact_key=statement["fact_key"],
                                     value={"kind": "direct"})
    assert repository.article_facts(store, article_id)["statements"][0]["judgement"] == "corrected"


def test_a_judgement_says_which_judgements_in_force_it_overrides(store):
    article_id, _ = _stored(store)
    key = repository.article_facts(store, article_id)["events"][0]["fact_key"]
    confirmed = judgements.judge_fact(store, author="ana", action="confirm", fact_key=key)
    assert (confirmed["overrides"], confirmed["overridden_by"], confirmed["note"]) == ([], [], "")  # near miss: first
    dated = judgements.judge_fact(store, author="ana", action="correct", fact_key=key, value={"date": "2023-07-26"})
    assert dated["note"] == ""  # a correction and a confirmation stand together
    # a reject hides the fact: the confirmation and the correction no longer show, and it says so
    rejected = judgements.judge_fact(store, author="bob", action="reject", fact_key=key[:10])
    assert rejected["fact_key"] == key and [j["id"] for j in rejected["overrides"]] == [confirmed["id"], dated["id"]]
    assert rejected["note"] == (f"overrides judgement {confirmed['id']} (confirm by ana); "
                                f"judgement {dated['id']} (correct of date by ana)")
    assert repository.article_facts(store, article_id)["events"] == []
    # a correction after the reject does not bring the fact back: the reject still wins, and it says so
    later = judgements.judge_fact(store, author="ana", action="correct", fact_key=key, value={"date": "2023-07-27"})
    assert [j["id"] for j in later["overridden_by"]] == [rejected["id"]]
    assert [j["fields"] for j in later["overrides"]] == [["date"]]
    assert f"judgement {rejected['id']} (reject by bob) still hides this fact" in later["note"]
    # the log says the same, seen from either side
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.select(store.t("judgements")))]
    log = judgements.judgement_overrides(rows)
    assert log[confirmed["id"]]["note"] == f"overridden by judgement {rejected['id']} (reject by bob)"
    assert log[rejected["id"]]["note"].startswith(f"overrides judgement {confirmed['id']} (confirm by ana)")
    assert f"judgement {later['id']} (correct of date by ana)" in log[rejected["id"]]["note"]
    # an undone judgement overrides nothing later: undo the reject, then confirm again is fine
    repository.undo_judgement(store, rejected["id"])
    repository.undo_judgement(store, confirmed["id"])
    again = judgements.judge_fact(store, author="ana", action="confirm", fact_key=key)
    assert again["overridden_by"] == [] and again["note"] == ""
    with pytest.raises(judgements.JudgementError) as err:
        judgements.judge_fact(store, author="ana", action="reject", fact_key=key, value={"type": "AGREE"})
    assert "reject takes no value" in str(err.value)


WRAPPED = ("The State\n    Department condemned the attack on the aid convoy on Monday. "
           "We deplore the blockade of Cuba, the two ministers wrote in a joint letter.")


def _wrapped_extraction():
    """A hard-wrapped actor ("State\\n    Department", stored as "State Department") and a joint
    statement's copies ("We" -> Cuba once per signatory), and a statement by the signatories."""
    text = WRAPPED
    second = text.index("We deplore")
    joint = dict(type="DISAPPROVE", sentence_start=second, sentence_end=len(text), trigger="deplore",
                 trigger_start=second + 3, trigger_end=second + 10, source_text="We", target_text="Cuba",
                 target_key="country:CUB", component="test_events", version="1.0")
    content_end = text.index(", the two")
    return Extraction(
        sentences=[(0, second - 1), (second, len(text))],
        events=[Event("DISAPPROVE", 0, second - 1, "condemned", text.index("condemned"), text.index("condemned") + 9,
                      source_text="State\n    Department", source_key="org:state-department",
                      target_text="the aid convoy", component="test_events", version="1.0"),
                Event(**joint, source_key="country:AUT"), Event(**joint, source_key="country:BRA")],
        statements=[Statement("indirect", second, content_end, text[second:content_end], speaker_text="the two ministers",
                              component="test_st", version="1.0")])


def test_downgrade_from_0012_gives_back_the_older_keys_and_anchors_and_drops_its_copies(db_url):
    from alembic import command

    db = db_url  # SQLite, and PostgreSQL where configured (its ALTER narrows the anchor column)
    store = open_store(db)
    article_id = repository.save_article(store, seed_article(text=WRAPPED)).article_id
    extraction = _wrapped_extraction()
    repository.save_extraction(store, article_id, extraction)
    wrapped, aut, _bra = extraction.events
    # the older recipes: the actor texts as extraction gave them (the wrapped one with its line
    # break, which the events table no longer holds), and a statement's span and kind alone
    old_wrapped = repository.fact_key(article_id, "events", 0, wrapped.sentence_end, "DISAPPROVE",
                                      wrapped.trigger_start, "State\n    Department", "the aid convoy")
    old_joint = _old_event_key(article_id, {"start": aut.sentence_start, "end": aut.sentence_end, "type": "DISAPPROVE",
                                            "trigger_start": aut.trigger_start, "source_text": "We", "target_text": "Cuba"})
    said = extraction.statements[0]
    old_statement = repository.fact_key(article_id, "statements", said.content_start, said.content_end, "indirect")
    legacy_joint = f"{aut.sentence_start}:{aut.sentence_end}:{aut.trigger_start}:{aut.trigger_end}:DISAPPROVE"
    cfg = _alembic_config()

    def keys(conn):
        meta = sa.MetaData()
        ev, st = (sa.Table(n, meta, autoload_with=conn) for n in ("events", "statements"))
        return (sorted(r[0] for r in conn.execute(sa.select(ev.c.fact_key))),
                [r[0] for r in conn.execute(sa.select(st.c.fact_key))])

    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011_identity_history")
        assert keys(conn) == (sorted([old_wrapped, old_joint, old_joint]), [old_statement])
        j = sa.Table("judgements", sa.MetaData(), autoload_with=conn)
        conn.execute(j.insert().values(created_at="2026-01-01T00:00:00+00:00", author="old", action="confirm",
                                       fact_table="events", fact_key=old_joint, article_id=article_id,
                                       anchor=legacy_joint))
    store.close()
    store = open_store(db)  # up again: the confirmation is copied onto the second signatory's fact
    after_upgrade = {k: (v["fact_key"], v["judgement"]) for k, v in _events_by_pair(store, article_id).items()}
    assert after_upgrade[("country:BRA", "country:CUB")][1] == after_upgrade[("country:AUT", "country:CUB")][1] == "confirmed"
    statement = repository.article_facts(store, article_id)["statements"][0]
    judgements.judge_fact(store, author="ana", action="correct", fact_key=statement["fact_key"], value={"kind": "direct"})
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(store.t("judgements"))).scalar_one() == 3
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011_identity_history")
        assert keys(conn) == (sorted([old_wrapped, old_joint, old_joint]), [old_statement])
        j = sa.Table("judgements", sa.MetaData(), autoload_with=conn)
        rows = [dict(r._mapping) for r in conn.execute(sa.select(j).order_by(j.c.id))]
        assert j.c.anchor.type.length == 200
    # the copy is gone (both signatories' facts have the one older key again); the others hold
    # the older key and the anchor without actors
    assert [(r["action"], r["fact_key"], r["anchor"]) for r in rows] == [
        ("confirm", old_joint, legacy_joint),
        ("correct", old_statement, f"{said.content_start}:{said.content_end}:indirect")]
    store.close()
    store = open_store(db)  # and up again: where it was
    try:
        again = {k: (v["fact_key"], v["judgement"]) for k, v in _events_by_pair(store, article_id).items()}
        assert again == after_upgrade
        assert repository.article_facts(store, article_id)["statements"][0]["kind"] == "direct"
    finally:
        store.close()


def test_a_correction_must_name_real_codes_modes_entities_and_an_ordered_range(store):
    """A correction is refused (JudgementError, code bad_judgement) where its value is of the right
    JSON type but names nothing the project knows: a range ending before it begins, a mode outside
    the type's PLOVER table, a state or sector code extraction never stores, an entity no article has."""
    article_id, _ = _stored(store)
    key = repository.article_facts(store, article_id)["events"][0]["fact_key"]
    bad = {'{"date": "2023-07-26", "date_end": "2023-07-01"}': "falls before",
           '{"type": "ASSAULT", "mode": "garbage"}': "not a PLOVER mode of ASSAULT",
           '{"mode": "garbage"}': "not a mode of SUPPORT",
           '{"source_acts_for": "XYZ"}': "ISO 3166", '{"source_acts_for": "usa"}': "ISO 3166",
           '{"target_sector": "FOO"}': "not one of the sectors",
           '{"target_key": "nonexistent:thing"}': "names no stored entity"}
    for text, said in bad.items():
        with pytest.raises(judgements.JudgementError, match=said) as caught:
            judgements.judge_fact(store, author="ana", action="correct", fact_key=key, value=judgements.parse_value(text))
        assert caught.value.code == "bad_judgement"
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(store.t("judgements"))).scalar_one() == 0
    # values the project does store pass: a month range, a table mode, Kosovo, an IGO sector, a stored entity
    judgements.judge_fact(store, author="ana", action="correct", fact_key=key,
                          value={"date": "2023-07", "date_end": "2023-07-15", "type": "ASSAULT", "mode": "firearms",
                                 "source_acts_for": "XKX", "source_sector": "IGO", "target_key": "person:edmundo-novillo"})
    # a later correction of one end is checked against the fact as corrected: its date is now 2023-07
    with pytest.raises(judgements.JudgementError, match="falls before"):
        judgements.judge_fact(store, author="ana", action="correct", fact_key=key, value={"date_end": "2023-06"})
    # and a mode against its corrected type: ASSAULT's table, not SUPPORT's
    with pytest.raises(judgements.JudgementError, match="ASSAULT"):
        judgements.judge_fact(store, author="ana", action="correct", fact_key=key, value={"mode": "praise"})
    # and a type against the mode the fact holds: "firearms" is no mode of COERCE, so a new type
    # alone is refused; with the mode corrected or cleared (null) it passes
    with pytest.raises(judgements.JudgementError, match="stored mode does not fit the new type") as caught:
        judgements.judge_fact(store, author="ana", action="correct", fact_key=key, value={"type": "COERCE"})
    assert caught.value.code == "bad_judgement"
    judgements.judge_fact(store, author="ana", action="correct", fact_key=key, value={"type": "COERCE", "mode": "arrest"})
    judgements.judge_fact(store, author="ana", action="correct", fact_key=key, value={"type": "PROTEST", "mode": None})
