"""The API on PostgreSQL (NEWSGRAPH_TEST_PG_URL, which `make test` starts): the same calls as
on SQLite over the seed, so the web layer's own SQL (network, edge evidence, search, the
judgement log) runs on both databases."""

from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient

from tests.conftest import EXAMPLES
from tests.store.conftest import PG_URL, _reset_postgres
from tests.web.conftest import LOCAL, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def pg_client():
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the web API on PostgreSQL: NEWSGRAPH_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server: set NEWSGRAPH_TEST_PG_URL (make test starts one when Debian's package is installed)")
    from newsgraph.batch import IngestReport, extract_articles, store_articles
    from newsgraph.intake import IntakeOptions, read_sources
    from newsgraph.store.db import open_store
    from newsgraph.web.app import create_app

    _reset_postgres(PG_URL)
    store = open_store(PG_URL)
    report = IngestReport()
    store_articles(store, read_sources([str(EXAMPLES / "seed")], IntakeOptions(fetch_pages=False)), report)
    extract_articles(store, report.new, report)
    with TestClient(create_app(store=store, token=TOKEN), base_url=LOCAL) as client:
        yield client
    store.close()


def test_network_edge_search_and_review_on_postgres(pg_client):
    c = pg_client
    net = c.get("/api/network", params={"country": "Bolivia"}).json()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    edge = next(e for e in net["edges"] if {names[e["source"]], names[e["target"]]} == {"Iran", "Bolivia"} and e["type"] == "AGREE")
    data = c.get("/api/edges", params={"source": edge["source"], "target": edge["target"], "type": "AGREE"}).json()
    reports = [r for inc in data["incidents"] for r in inc["reports"]]
    treaty = next(r for r in reports if "The treaty, signed on July 26" in r["evidence"][0]["text"])
    assert any(m["kind"] == "date" for m in treaty["evidence"][0]["marks"])
    assert c.get("/api/search", params={"q": "ashtiani"}).json()["entities"]
    done = [c.post(f"/api/facts/{r['fact_key']}/reject", json={}, headers=AUTH).json() for r in reports]
    assert edge["id"] not in {e["id"] for e in c.get("/api/network").json()["edges"]}
    log = c.get("/api/judgements").json()["items"]
    assert {x["id"] for x in log if x["kind"] == "fact"} == {d["id"] for d in done} and all(x["summary"] for x in log)
    for d in done:
        c.post(f"/api/judgements/fact/{d['id']}/undo", headers=AUTH)
    assert edge["id"] in {e["id"] for e in c.get("/api/network").json()["edges"]}


def test_deleting_an_article_on_postgres_keeps_its_judgements_in_the_log(pg_client):
    c = pg_client
    article = c.get("/api/articles", params={"limit": 1}).json()["items"][0]
    key = c.get(f"/api/articles/{article['id']}").json()["events"][0]["fact_key"]
    judged = c.post(f"/api/facts/{key}/confirm", json={}, headers=AUTH).json()
    done = c.post(f"/api/articles/{article['id']}/delete", json={"reason": "test"}, headers=AUTH)
    assert done.status_code == 200 and judged["id"] in done.json()["judgements"], done.text
    assert c.get(f"/api/articles/{article['id']}").status_code == 404
    row = next(x for x in c.get("/api/judgements").json()["items"] if x["kind"] == "fact" and x["id"] == judged["id"])
    assert row["article_id"] == article["id"] and row["article_deleted"]
    assert all(r["evidence"][0]["article_id"] != article["id"] for r in c.get("/api/events").json()["items"])
