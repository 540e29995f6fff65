"""Identities across articles: same name and role join, same name with another life stays apart,
countries and governments are one ISO-keyed entity, outlets are entities, analyst acts win."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from newsgraph.graph.build import refresh
from newsgraph.identity import resolver
from newsgraph.query import graph as q
from tests.graph.articles import MINISTER, MINISTER_AGAIN, STRIKER, ArticleSpec, reextract, store_article


def identity_of(store, article_id: int, key: str) -> int:
    o = store.t("observations")
    with store.engine.connect() as conn:
        return conn.execute(sa.select(o.c.identity_id).where(o.c.obs_key == f"{article_id}:{key}")).scalar_one()


def test_two_ahmed_hassans_stay_apart_and_the_minister_is_one(store):
    minister = store_article(store, MINISTER)
    striker = store_article(store, STRIKER)
    again = store_article(store, MINISTER_AGAIN)
    refresh(store)
    foreign_minister = identity_of(store, minister, "person:ahmed-hassan")
    assert identity_of(store, striker, "person:ahmed-hassan") != foreign_minister
    assert identity_of(store, again, "person:ahmed-hassan") == foreign_minister
    # the resolver says why it kept the striker apart
    e = store.t("resolver_edges")
    with store.engine.connect() as conn:
        edge = conn.execute(sa.select(e).where(e.c.left_key == f"{striker}:person:ahmed-hassan")).first()
    assert edge is not None and edge.judgement in ("negative", "unsure") and edge.origin == "system"
    assert any("roles conflict" in why for why, _w in edge.explanation["evidence"])


def test_minted_ids_are_not_name_slugs(store):
    store_article(store, MINISTER)
    refresh(store)
    rows = q.entities(store, name="Ahmed Hassan")
    assert rows and isinstance(rows[0]["id"], int)


def test_country_demonym_and_government_are_one_iso_entity(store):
    spec = ArticleSpec(
        "Iran statement", "Tasnim", dt.datetime(2023, 8, 1),
        "The Iranian government said Tehran would expand ties. Iran signed the deal.",
        entities={"country:IRN": ("Iran", "country", "IRN", ["Iranian", "Tehran", "Iran"]),
                  "org:government-of-iran": ("Government of Iran", "organization", "IRN", ["The Iranian government"])})
    article = store_article(store, spec)
    refresh(store)
    assert identity_of(store, article, "org:government-of-iran") == identity_of(store, article, "country:IRN")
    page = q.entity(store, "IRN" if False else str(identity_of(store, article, "country:IRN")))
    assert page["identity"]["code"] == "IRN" and page["identity"]["type"] == "country"


def test_publisher_and_actor_are_one_body(store):
    release = ArticleSpec("Press statement", "U.S. Department of State press releases", dt.datetime(2022, 5, 3),
                          "The United States condemns the attack.",
                          entities={"country:USA": ("United States", "country", "USA", ["United States"])})
    report = ArticleSpec("Sanctions", "Reuters", dt.datetime(2022, 5, 4),
                         "The State Department announced sanctions on Monday.",
                         entities={"org:state-department": ("State Department", "organization", "USA", ["State Department"])})
    a = store_article(store, release)
    b = store_article(store, report)
    refresh(store)
    assert identity_of(store, a, "outlet") == identity_of(store, b, "org:state-department")


def test_merge_split_same_different_win_and_survive_extract_again(store):
    minister = store_article(store, MINISTER)
    striker = store_article(store, STRIKER)
    refresh(store)
    fm, st = identity_of(store, minister, "person:ahmed-hassan"), identity_of(store, striker, "person:ahmed-hassan")
    assert fm != st

    merged = resolver.decide(store, "merge", str(fm), str(st), author="ana", reason="test merge")
    assert identity_of(store, striker, "person:ahmed-hassan") == fm
    reextract(store, striker, STRIKER)
    refresh(store)
    assert identity_of(store, striker, "person:ahmed-hassan") == fm      # survives extract --again

    resolver.undo(store, merged["act_id"])
    assert identity_of(store, striker, "person:ahmed-hassan") != identity_of(store, minister, "person:ahmed-hassan")

    resolver.decide(store, "same", f"{minister}:person:ahmed-hassan", f"{striker}:person:ahmed-hassan", author="ana")
    assert identity_of(store, striker, "person:ahmed-hassan") == identity_of(store, minister, "person:ahmed-hassan")
    resolver.decide(store, "different", f"{minister}:person:ahmed-hassan", f"{striker}:person:ahmed-hassan", author="ana")
    reextract(store, minister, MINISTER)
    refresh(store)
    assert identity_of(store, striker, "person:ahmed-hassan") != identity_of(store, minister, "person:ahmed-hassan")

    again = store_article(store, MINISTER_AGAIN)
    refresh(store)
    joined = identity_of(store, again, "person:ahmed-hassan")
    assert joined == identity_of(store, minister, "person:ahmed-hassan")
    split = resolver.decide(store, "split", str(joined), author="ana", reason="two people?")
    assert identity_of(store, again, "person:ahmed-hassan") != identity_of(store, minister, "person:ahmed-hassan")
    reextract(store, again, MINISTER_AGAIN)
    refresh(store)
    assert identity_of(store, again, "person:ahmed-hassan") != identity_of(store, minister, "person:ahmed-hassan")
    resolver.undo(store, split["act_id"])
    assert identity_of(store, again, "person:ahmed-hassan") == identity_of(store, minister, "person:ahmed-hassan")

    log = resolver.judgement_log(store)
    assert [a["action"] for a in log] == ["merge", "same", "different", "split"]
    assert log[0]["undone_at"] is not None and log[0]["author"] == "ana" and log[0]["reason"] == "test merge"
