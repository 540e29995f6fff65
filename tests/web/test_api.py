"""The HTTP API without a browser (FastAPI's TestClient) over the session's real store:
reads with the CLI's filters and pagination, one error shape, token-guarded writes, the
Content-Security-Policy, and `newsgraph serve` refusing a non-loopback bind without a token."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.web.conftest import LOCAL, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(web_db):
    from newsgraph.web.app import create_app

    with TestClient(create_app(str(web_db), token=TOKEN), base_url=LOCAL) as c:
        yield c


def _edge(client, a="Iran", b="Bolivia", type="AGREE"):
    net = client.get("/api/network").json()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    return next(e for e in net["edges"] if {names[e["source"]], names[e["target"]]} == {a, b} and e["type"] == type)


def test_network_has_the_treaty_edge_and_its_sentence(client):
    edge = _edge(client)
    assert edge["weight"] >= 2 and edge["reports"] >= 1
    data = client.get("/api/edges", params={"source": edge["source"], "target": edge["target"], "type": "AGREE"}).json()
    evidence = [e for inc in data["incidents"] for r in inc["reports"] for e in r["evidence"]]
    treaty = next(e for e in evidence if "The treaty, signed on July 26" in e["text"])
    kinds = {m["kind"]: treaty["text"][m["start"]:m["end"]] for m in treaty["marks"]}
    assert kinds["date"] == "July 26" and "trigger" in kinds and "actor" in kinds
    assert treaty["outlet"] and treaty["article_id"]


def test_filters_pagination_and_min_confidence(client):
    first = client.get("/api/events", params={"actor": "Iran", "limit": 2}).json()
    second = client.get("/api/events", params={"actor": "Iran", "limit": 2, "offset": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    assert {r["id"] for r in first["items"]}.isdisjoint({r["id"] for r in second["items"]})
    everything = client.get("/api/events", params={"actor": "Iran", "limit": 500}).json()["items"]
    # a floor between the lowest and the highest confidence stored: the filter keeps some, drops some
    floor = max(r["confidence"] for r in everything)
    assert floor > min(r["confidence"] for r in everything)
    strict = client.get("/api/events", params={"actor": "Iran", "min_confidence": floor, "limit": 500}).json()["items"]
    assert strict and all(r["confidence"] >= floor for r in strict)
    assert len(strict) < len(everything)
    bol = client.get("/api/network", params={"country": "BOL", "type": "AGREE"}).json()
    assert bol["edges"] and all(e["type"] == "AGREE" for e in bol["edges"])
    assert client.get("/api/network", params={"since": "2030-01"}).json()["edges"] == []
    ego = client.get("/api/network", params={"around": "Iran", "depth": 1}).json()
    assert any(e["type"] == "AGREE" for e in ego["edges"]) and {"Iran", "Bolivia"} <= {n["name"] for n in ego["nodes"]}
    # the page's confidence box filters the ego network, the timeline, statements and incidents too
    assert client.get("/api/network", params={"around": "Iran", "depth": 1, "min_confidence": 1.0}).json()["edges"] == []
    for path, params in (("/api/timeline", {"actor": "Iran"}), ("/api/statements", {}), ("/api/incidents", {})):
        some = client.get(path, params={**params, "limit": 500}).json()["items"]
        none = client.get(path, params={**params, "min_confidence": 1.0, "limit": 500}).json()["items"]
        assert some and none == [], path
    assert client.get("/api/statements", params={"min_confidence": 2}).status_code == 422


def test_entity_page_search_contested_timeline_articles(client):
    found = client.get("/api/search", params={"q": "Ashtiani"}).json()
    person = next(e for e in found["entities"] if "Ashtiani" in e["name"])
    page = client.get(f"/api/entities/{person['id']}").json()
    assert any("Defense Minister" in r["title"] for r in page["roles"])
    assert any("drug trafficking" in s["content"] for s in client.get("/api/search", params={"q": "drug trafficking"}).json()["statements"])
    groups = client.get("/api/contested", params={"about": "drones"}).json()["items"]
    assert any({"Edmundo Novillo", "La Razón"} <= set(g["speakers"]) for g in groups)
    items = client.get("/api/timeline").json()["items"]
    assert items and [i["when"] for i in items] == sorted(i["when"] for i in items)
    treaty = next(i for i in items if i["type"] == "AGREE" and {a["name"] for a in i["actors"]} == {"Iran", "Bolivia"})
    incident = client.get(f"/api/incidents/{treaty['id']}").json()
    assert any("July 26" in r["evidence"][0]["text"] for r in incident["reports_detail"])
    assert client.get("/api/timeline", params={"actor": "Bolivia"}).json()["items"]
    articles = client.get("/api/articles").json()["items"]
    seed = next(a for a in articles if "Bolivia" in (a["title"] or ""))
    view = client.get(f"/api/articles/{seed['id']}").json()
    assert view["events"] and any(m["kind"] == "trigger" for m in view["marks"])


def test_errors_have_one_shape(client):
    for response, status, code in [
        (client.get("/api/entities/Atlantis-that-is-not"), 404, "not_found"),
        (client.get("/api/articles/999999"), 404, "not_found"),
        (client.get("/api/events", params={"min_confidence": 2}), 422, "invalid_request"),
        (client.get("/api/nowhere"), 404, "not_found"),
        (client.post("/api/facts/x/reject", json={}), 401, "unauthorized"),
        (client.post("/api/facts/no-such-fact/reject", json={}, headers=AUTH), 404, "not_found"),
    ]:
        assert response.status_code == status, response.text
        body = response.json()
        assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]


def test_writes_need_the_token_and_judgements_can_be_undone(client):
    edge = _edge(client)
    data = client.get("/api/edges", params={"source": edge["source"], "target": edge["target"], "type": "AGREE"}).json()
    key = data["incidents"][0]["reports"][0]["fact_key"]
    assert client.post(f"/api/facts/{key}/reject", json={"reason": "test"}).status_code == 401
    assert client.post(f"/api/facts/{key}/reject", json={}, headers={"Authorization": "Bearer wrong"}).status_code == 401
    bad = client.post(f"/api/facts/{key}/correct", json={"value": {"type": "NOT-PLOVER"}}, headers=AUTH)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "bad_judgement"  # the library's code, as the CLI's
    # a body of the wrong shape is still the API's own request error
    bad = client.post(f"/api/facts/{key}/correct", json={"value": "AGREE"}, headers=AUTH)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"
    # a date is a real calendar value here as in `judge correct` (store.schema)
    for date in ("2023-13-45", "not a date"):
        bad = client.post(f"/api/facts/{key}/correct", json={"value": {"date": date}}, headers=AUTH)
        assert bad.status_code == 422 and "calendar date" in bad.json()["error"]["message"], bad.text
    done = client.post(f"/api/facts/{key}/reject", json={"reason": "test"}, headers=AUTH).json()
    keys = lambda: {r["fact_key"] for r in client.get("/api/events", params={"actor": "Iran", "limit": 500}).json()["items"]}  # noqa: E731
    assert key not in keys()
    log = client.get("/api/judgements").json()["items"]
    assert log[0]["id"] == done["id"] and log[0]["action"] == "reject" and not log[0]["undone_at"]
    assert client.post(f"/api/judgements/fact/{done['id']}/undo", headers=AUTH).status_code == 200
    assert key in keys()


def test_merge_and_undo_an_identity(client):
    before = client.get("/api/entities", params={"name": "Novillo"}).json()["items"]
    novillo = next(e for e in before if e["name"] == "Edmundo Novillo")
    ashtiani = next(e for e in client.get("/api/entities", params={"name": "Ashtiani"}).json()["items"])
    assert client.post("/api/identity/merge", json={"left": str(novillo["id"]), "right": str(ashtiani["id"])}).status_code == 401
    act = client.post("/api/identity/merge", json={"left": str(novillo["id"]), "right": str(ashtiani["id"]), "reason": "test"},
                      headers=AUTH).json()
    assert act["kind"] == "identity" and act["identities"] == [novillo["id"]]
    log = client.get("/api/judgements").json()["items"]
    assert log[0]["kind"] == "identity" and log[0]["action"] == "merge"
    # the same merge again, through the id merged away: a conflict naming the act, no act recorded
    again = client.post("/api/identity/merge", json={"left": str(novillo["id"]), "right": str(ashtiani["id"])}, headers=AUTH)
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_one"
    assert f"(act {act['act_id']})" in again.json()["error"]["message"]
    assert len(client.get("/api/judgements").json()["items"]) == len(log)
    # the id merged away answers with the merged identity, and says so
    page = client.get(f"/api/entities/{ashtiani['id']}").json()
    assert page["identity"]["id"] == novillo["id"] and page["redirect"]["now"] == novillo["id"]
    assert client.post(f"/api/judgements/identity/{act['act_id']}/undo", headers=AUTH).status_code == 200
    # undone twice: 409 already_undone, as for a fact judgement (not not_found)
    twice = client.post(f"/api/judgements/identity/{act['act_id']}/undo", headers=AUTH)
    assert twice.status_code == 409 and twice.json()["error"]["code"] == "already_undone", twice.text
    never = client.post("/api/judgements/identity/99999/undo", headers=AUTH)
    assert never.status_code == 404 and never.json()["error"]["code"] == "not_found"
    assert any("Ashtiani" in e["name"] for e in client.get("/api/entities", params={"name": "Ashtiani"}).json()["items"])
    # and after the undo each answers to the id it had before the merge
    page = client.get(f"/api/entities/{ashtiani['id']}").json()
    assert page["identity"]["id"] == ashtiani["id"] and page["redirect"] is None and "Ashtiani" in page["identity"]["name"]


def test_an_unexpected_failure_keeps_the_error_shape(web_db, monkeypatch):
    from newsgraph.web import adapter
    from newsgraph.web.app import create_app

    def broken(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(adapter, "articles", broken)
    with TestClient(create_app(str(web_db), token=TOKEN), raise_server_exceptions=False, base_url=LOCAL) as c:
        response = c.get("/api/articles")
    assert response.status_code == 500
    assert response.json()["error"] == {"status": 500, "code": "internal_error", "message": "RuntimeError: disk on fire",
                                         "source": None}


def test_page_schema_and_security_headers(client):
    page = client.get("/")
    assert page.status_code == 200 and '<script type="module" src="/static/main.js">' in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp
    schema = client.get("/openapi.json").json()
    assert {"/api/network", "/api/contested", "/api/facts/{fact_key}/{action}"} <= set(schema["paths"])


def test_serve_refuses_other_addresses_without_a_token(monkeypatch):
    from newsgraph.cli.main import app

    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "refusing to listen on 0.0.0.0 without NEWSGRAPH_TOKEN" in result.output
    from newsgraph.cli.serve import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost") and not is_loopback("192.168.1.4")


def test_ingest_a_text_needs_the_token_and_extracts_it(client):
    body = {"title": "Chile and Peru sign a fisheries accord",
            "text": "Chile and Peru signed a fisheries agreement in Lima on Monday, the foreign ministry said.",
            "outlet": "Test Wire", "published": "2024-03-05"}
    assert client.post("/api/ingest", json=body).status_code == 401
    assert client.post("/api/ingest", json={}, headers=AUTH).json()["error"]["code"] == "invalid_request"
    report = client.post("/api/ingest", json=body, headers=AUTH).json()
    assert len(report["new"]) == 1 and report["extracted"] == report["new"]
    article = client.get(f"/api/articles/{report['new'][0]}").json()["article"]
    assert article["outlet"] == "Test Wire" and "fisheries agreement" in article["text"]
    again = client.post("/api/ingest", json=body, headers=AUTH).json()
    assert again["new"] == [] and again["duplicates"] == report["new"]


def test_serve_prints_the_url_and_a_generated_token(monkeypatch, web_db):
    import uvicorn

    from newsgraph.cli.main import app

    started = {}
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    monkeypatch.setattr(uvicorn, "run", lambda web, host, port, log_level: started.update(host=host, port=port))
    result = CliRunner().invoke(app, ["--db", str(web_db), "serve", "--port", "8799"])
    assert result.exit_code == 0, result.output
    assert "newsgraph: open http://127.0.0.1:8799/" in result.output and "#token=" in result.output
    assert started == {"host": "127.0.0.1", "port": 8799}


def test_articles_carry_their_story_type_and_filter_on_it(client):
    from newsgraph.nlp.story_type import COMPONENT

    items = client.get("/api/articles", params={"limit": 500}).json()["items"]
    typed = [a for a in items if a["story_type"]]
    assert typed and all(0.0 < a["story_type_probability"] <= 1.0 for a in typed)
    kind = typed[0]["story_type"]
    only = client.get("/api/articles", params={"story_type": kind, "limit": 500}).json()["items"]
    assert only and {a["story_type"] for a in only} == {kind}
    assert {a["id"] for a in only} == {a["id"] for a in items if a["story_type"] == kind}
    article = client.get(f"/api/articles/{typed[0]['id']}").json()["article"]
    assert article["story_type"] == kind and article["story_type_component"] == COMPONENT
    refused = client.get("/api/articles", params={"story_type": "FIGHTING"})
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "bad_story_type"


def test_events_carry_observed_and_graph_states_apart_and_an_analyst_state_wins(client):
    rows = client.get("/api/events", params={"actor": "Iran", "limit": 50}).json()["items"]
    states = [r[side] for r in rows for side in ("source_state", "target_state") if r[side]]
    assert states and all({"observed", "graph", "contradicts", "label"} <= set(s) for s in states)
    assert any(s["observed"] and s["label"].startswith(s["observed"]) for s in states)
    person = next(e for e in client.get("/api/search", params={"q": "Novillo"}).json()["entities"] if e["type"] == "person")
    body = {"entity": str(person["id"]), "acts_for": "Bolivia", "sector": "MIL", "reason": "test"}
    assert client.post("/api/identity/acts-for", json=body).status_code == 401
    assert client.post("/api/identity/acts-for", json={**body, "acts_for": "Atlantis"}, headers=AUTH).json()["error"]["code"] == "invalid_request"
    done = client.post("/api/identity/acts-for", json=body, headers=AUTH).json()
    assert done["acts_for"] == "BOL" and done["sector"] == "MIL"
    page = client.get(f"/api/entities/{person['id']}").json()
    assert page["identity"]["acts_for"]["basis"] == "analyst" and page["identity"]["acts_for"]["acts_for"] == "BOL"
    client.post(f"/api/judgements/identity/{done['act_id']}/undo", json={}, headers=AUTH)
    page = client.get(f"/api/entities/{person['id']}").json()
    assert page["identity"]["acts_for"]["basis"] != "analyst"


def test_a_split_of_what_stands_alone_is_a_conflict_and_the_log_names_overrides(client):
    novillo = next(e for e in client.get("/api/entities", params={"name": "Novillo"}).json()["items"]
                   if e["name"] == "Edmundo Novillo")
    count = len(client.get("/api/judgements").json()["items"])
    lone = next(k for e in client.get("/api/entities", params={"limit": 200}).json()["items"]
                for k in [client.get(f"/api/entities/{e['id']}").json()["observations"]] if len(k) == 1)[0]["obs_key"]
    refused = client.post("/api/identity/split", json={"left": lone}, headers=AUTH)
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "already_alone"
    assert len(client.get("/api/judgements").json()["items"]) == count  # nothing recorded
    ashtiani = next(e for e in client.get("/api/entities", params={"name": "Ashtiani"}).json()["items"])
    right = client.get(f"/api/entities/{ashtiani['id']}").json()["observations"][0]["obs_key"]
    first = client.post("/api/identity/same", json={"left": str(novillo["id"]), "right": right}, headers=AUTH).json()
    later = client.post("/api/identity/different", json={"left": str(novillo["id"]), "right": right}, headers=AUTH).json()
    try:
        log = {r["id"]: r for r in client.get("/api/judgements").json()["items"] if r["kind"] == "identity"}
        assert [o["act_id"] for o in log[later["act_id"]]["overrides"]] == [first["act_id"]]
        assert log[later["act_id"]]["note"].startswith(f"overrides act {first['act_id']} (same, positive)")
        assert f"overridden by act {later['act_id']}" in log[first["act_id"]]["note"]
    finally:
        for act in (later, first):
            client.post(f"/api/judgements/identity/{act['act_id']}/undo", headers=AUTH)
