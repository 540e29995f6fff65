"""Deleting an article takes it out of the graph: a report a near-duplicate copy repeated from it
is an original again, its incidents and relations are recounted, and an identity only it
observed goes. Hand-written extractions (no NLP); SQLite, and PostgreSQL where configured."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from newsgraph.graph.build import refresh
from newsgraph.query import graph as q
from newsgraph.store import repository
from tests.graph.articles import TREATY_DIALOGO, TREATY_RAZON, ArticleSpec, store_article
from tests.graph.test_duplicates import CAPTURE, _edge_reports


def _marks(store) -> dict[int, object]:
    return {e["evidence"][0]["article_id"]: e["duplicate_of"]
            for e in q.events(store, type="AGREE", include_duplicates=True)}


def test_deleting_the_fuller_capture_makes_the_other_capture_s_report_the_original(store):
    fuller = store_article(store, TREATY_DIALOGO)
    shorter = store_article(store, CAPTURE)
    razon = store_article(store, TREATY_RAZON)
    refresh(store)
    marks = _marks(store)
    assert marks[fuller] is None and marks[shorter] is not None and marks[razon] is None
    assert q.incidents(store, type="AGREE")[0]["reports"] == 2 and _edge_reports(store) == 2
    [report] = repository.delete_articles(store, [fuller])
    assert report["removed"]["article_links"] == 2  # the link both ways
    assert _marks(store) == {shorter: None, razon: None}
    incident = q.incidents(store, type="AGREE")[0]
    assert incident["reports"] == 2 and incident["articles"] == 2 and _edge_reports(store) == 2
    assert repository.get_article(store, shorter)["near_duplicates"] == []


def test_an_incident_only_the_deleted_article_reported_goes_and_so_does_its_lone_identity(store):
    dialogo = store_article(store, TREATY_DIALOGO)
    refresh(store)
    serrano = [e for e in q.entities(store, name="Serrano")]
    assert serrano and q.incidents(store, type="AGREE")
    repository.delete_articles(store, [dialogo])
    assert q.incidents(store, type="AGREE") == [] and _edge_reports(store) is None
    assert q.entities(store, name="Serrano") == []
    with store.engine.connect() as conn:
        for name in ("graph_events", "graph_statements", "observations", "incidents", "graph_edges", "identities"):
            assert conn.execute(sa.select(sa.func.count()).select_from(store.t(name))).scalar_one() == 0, name


def test_an_article_naming_an_identity_that_went_is_built_again(store):
    # Austria is observed only in the first article; the second names it as an actor without a
    # mention of its own (a joint statement's "We"), reaching Austria's identity by its code
    spec = ArticleSpec(
        "Austria condemns the attack", "Wiener Zeitung", dt.datetime(2024, 5, 2),
        "Austria condemned the attack on the convoy near the border on Thursday.",
        entities={"country:AUT": ("Austria", "country", "AUT", ["Austria"])},
        events=[("DISAPPROVE", "condemned", "country:AUT", None, "2024-05-02", "asserted")])
    joint = ArticleSpec(
        "Joint statement on the convoy attack", "Reliefweb", dt.datetime(2024, 5, 3),
        "We deplore the attack on the humanitarian convoy and call for an inquiry.",
        events=[("DISAPPROVE", "deplore", "country:AUT", None, "2024-05-03", "asserted")],
        texts={"country:AUT": "We"})
    first = store_article(store, spec)
    second = store_article(store, joint)
    refresh(store)
    sources = {e["evidence"][0]["article_id"]: e["source"] for e in q.events(store, type="DISAPPROVE")}
    assert sources[second] and sources[second]["name"] == "Austria", sources
    repository.delete_articles(store, [first])
    ga = store.t("graph_articles")
    with store.engine.connect() as conn:  # marked stale: the next refresh builds it again
        assert conn.execute(sa.select(ga.c.article_id)).scalars().all() == []
    rows = q.events(store, type="DISAPPROVE")
    assert [e["evidence"][0]["article_id"] for e in rows] == [second]
    assert rows[0]["source"] == {"id": None, "name": "We"}  # no identity for Austria now: as written
