"""POST /api/facts/{fact_key}/{action} judges exactly one fact: one actor pair of a sentence's
trigger, one signatory's copy of a joint statement; confirming or rejecting a fact twice is 409
``already_judged`` (nothing recorded) and undoing a judgement twice 409 ``already_undone``. The
store is written through the repository (no NLP)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.store.test_judgements import _events_by_pair, _pairs_extraction
from tests.store.test_repository import stored_seed
from tests.web.conftest import LOCAL, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def pairs(tmp_path):
    from newsgraph.web.app import create_app

    path = tmp_path / "pairs.db"
    store, article_id = stored_seed(path, _pairs_extraction)
    with TestClient(create_app(str(path), token=TOKEN), base_url=LOCAL) as client:
        yield client, store, article_id
    store.close()


def test_a_judgement_reaches_only_the_actor_pair_judged(pairs):
    client, store, article_id = pairs
    events = _events_by_pair(store, article_id)
    for pair in (("person:a-minister", "org:hezbollah"), ("country:AUT", "country:CUB")):
        done = client.post(f"/api/facts/{events[pair]['fact_key']}/reject", json={}, headers=AUTH)
        assert done.status_code == 201, done.text
    assert set(_events_by_pair(store, article_id)) == {("person:a-minister", "country:IRN"), ("country:BRA", "country:CUB")}


def test_confirming_twice_and_undoing_twice_are_409_and_record_nothing(pairs):
    client, store, article_id = pairs
    key = _events_by_pair(store, article_id)[("country:BRA", "country:CUB")]["fact_key"]
    first = client.post(f"/api/facts/{key}/confirm", json={}, headers=AUTH)
    assert first.status_code == 201, first.text
    again = client.post(f"/api/facts/{key}/confirm", json={}, headers=AUTH)
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_judged"
    assert f"judgement {first.json()['id']}" in again.json()["error"]["message"]
    assert len(client.get("/api/judgements").json()["items"]) == 1
    assert client.post(f"/api/judgements/fact/{first.json()['id']}/undo", headers=AUTH).status_code == 200
    twice = client.post(f"/api/judgements/fact/{first.json()['id']}/undo", headers=AUTH)
    assert twice.status_code == 409 and twice.json()["error"]["code"] == "already_undone"
    never = client.post("/api/judgements/fact/999/undo", headers=AUTH)
    assert never.status_code == 404 and never.json()["error"]["code"] == "not_found"


def test_the_api_judges_through_the_cli_s_library_call_and_its_schema(pairs, monkeypatch):
    from newsgraph.store import judgements, schema

    client, store, article_id = pairs
    calls = []
    real = judgements.judge_fact
    monkeypatch.setattr(judgements, "judge_fact", lambda *a, **k: calls.append(k["action"]) or real(*a, **k))
    key = _events_by_pair(store, article_id)[("person:a-minister", "country:IRN")]["fact_key"]
    # a field the schema marks correctable that the web's own list lacked, with a number value
    done = client.post(f"/api/facts/{key}/correct", json={"value": {"confidence": 0.4, "source_sector": "GOV"}},
                       headers=AUTH)
    assert done.status_code == 201, done.text
    assert calls == ["correct"] and done.json()["fact_key"] == key
    # a field the schema does not let an analyst set is refused with the API's code
    refused = client.post(f"/api/facts/{key}/correct", json={"value": {"trigger": "x"}}, headers=AUTH)
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "bad_judgement"
    assert "cannot be corrected" in refused.json()["error"]["message"]
    # values of the right JSON type that name nothing the project knows: the library's checks, as the CLI's
    for value, said in (({"date": "2023-07-26", "date_end": "2023-07-01"}, "falls before"),
                        ({"source_acts_for": "XYZ"}, "ISO 3166"), ({"target_key": "nonexistent:thing"}, "no stored entity")):
        refused = client.post(f"/api/facts/{key}/correct", json={"value": value}, headers=AUTH)
        assert refused.status_code == 422 and said in refused.json()["error"]["message"], refused.text
    # /api/meta lists what the schema declares correctable, no list of its own
    meta = client.get("/api/meta").json()["correctable"]
    assert set(meta["events"]) == {n for n, f in schema.fields("event").items() if f.correctable}
    assert meta["events"]["type"] == list(schema.fields("event")["type"].choices) and meta["events"]["date"] is None
    assert "content" not in meta["statements"]
    assert meta["events"]["source_sector"] == sorted(schema.sector_codes()) and "GOV" in meta["events"]["source_sector"]


def test_a_reject_after_a_confirm_says_it_overrides_it_in_the_answer_and_the_log(pairs):
    client, store, article_id = pairs
    key = _events_by_pair(store, article_id)[("country:AUT", "country:CUB")]["fact_key"]
    confirmed = client.post(f"/api/facts/{key}/confirm", json={"author": "ana"}, headers=AUTH).json()
    assert confirmed["overrides"] == [] and confirmed["note"] == ""
    rejected = client.post(f"/api/facts/{key}/reject", json={"author": "bob"}, headers=AUTH)
    assert rejected.status_code == 201, rejected.text
    body = rejected.json()
    assert [j["id"] for j in body["overrides"]] == [confirmed["id"]]
    assert body["note"] == f"overrides judgement {confirmed['id']} (confirm by ana)"
    log = {(r["kind"], r["id"]): r for r in client.get("/api/judgements").json()["items"]}
    assert log[("fact", body["id"])]["note"] == body["note"]
    assert log[("fact", confirmed["id"])]["note"] == f"overridden by judgement {body['id']} (reject by bob)"


def test_api_events_say_where_a_corrected_date_comes_from(pairs):
    client, store, article_id = pairs
    key = _events_by_pair(store, article_id)[("person:a-minister", "country:IRN")]["fact_key"]
    before = {e["fact_key"]: e for e in client.get("/api/events", params={"limit": 50}).json()["items"]}
    assert all("date_source" in e and "date_end" in e for e in before.values())
    assert client.post(f"/api/facts/{key}/correct", json={"value": {"date": "2023-03", "date_end": "2023-05"}},
                       headers=AUTH).status_code == 201
    after = {e["fact_key"]: e for e in client.get("/api/events", params={"limit": 50}).json()["items"]}
    assert (after[key]["date"], after[key]["date_end"], after[key]["date_source"]) == ("2023-03", "2023-05", "analyst")


def test_a_judgement_the_fact_refuses_has_one_code_on_the_command_line_and_in_the_api(pairs):
    import json

    from tests.cli.invoke import run

    client, store, article_id = pairs
    key = _events_by_pair(store, article_id)[("person:a-minister", "country:IRN")]["fact_key"]
    db = store.engine.url.database
    for action, value in (("correct", {"trigger": "x"}), ("correct", {"type": "NOT-PLOVER"}),
                          ("correct", {"date": "2023-13-45"}), ("reject", {"type": "AGREE"})):
        cli = run(db, "judge", action, key, "--value", json.dumps(value))
        api = client.post(f"/api/facts/{key}/{action}", json={"value": value}, headers=AUTH)
        error = api.json()["error"]
        assert cli.exit_code == 2 and "[bad_judgement]" in cli.output, cli.output
        assert api.status_code == 422 and error["code"] == "bad_judgement", api.text
        assert error["message"] in " ".join(cli.output.split())  # the library's message too
    assert client.get("/api/judgements").json()["items"] == []
    # a body of the wrong shape stays the API's request error
    shape = client.post(f"/api/facts/{key}/correct", json={"value": ["type", "AGREE"]}, headers=AUTH)
    assert shape.status_code == 422 and shape.json()["error"]["code"] == "invalid_request"


def test_deleting_an_article_needs_the_token_and_keeps_the_judgement_log(pairs):
    client, store, article_id = pairs
    key = _events_by_pair(store, article_id)[("country:BRA", "country:CUB")]["fact_key"]
    judged = client.post(f"/api/facts/{key}/reject", json={"author": "ana"}, headers=AUTH).json()
    assert client.post(f"/api/articles/{article_id}/delete").status_code == 401
    assert client.post(f"/api/articles/{article_id}/delete", headers={"Authorization": "Bearer wrong"}).status_code == 401
    missing = client.post("/api/articles/999/delete", headers=AUTH)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert client.get(f"/api/articles/{article_id}").status_code == 200
    done = client.post(f"/api/articles/{article_id}/delete", json={"reason": "duplicate", "author": "ana"}, headers=AUTH)
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["deleted"] and body["id"] == article_id and body["judgements"] == [judged["id"]]
    assert body["judgements_in_force"] == 1 and body["removed"]["events"] == 4
    assert client.get(f"/api/articles/{article_id}").json()["error"]["code"] == "not_found"
    assert client.get("/api/articles").json()["items"] == []
    log = client.get("/api/judgements").json()["items"]
    # the log keeps it, naming the article that went
    assert [(r["id"], r["target"], r["article_id"], r["article_deleted"]) for r in log] == [
        (judged["id"], key, article_id, True)]
    again = client.post(f"/api/articles/{article_id}/delete", headers=AUTH)
    assert again.status_code == 404


def test_a_deleted_article_is_explained_listed_and_not_ingested_again(pairs):
    client, store, article_id = pairs
    key = _events_by_pair(store, article_id)[("country:BRA", "country:CUB")]["fact_key"]
    judged = client.post(f"/api/facts/{key}/reject", json={"author": "ana"}, headers=AUTH).json()
    assert client.post(f"/api/articles/{article_id}/delete", json={"reason": "takedown request", "author": "ana"},
                       headers=AUTH).status_code == 200
    gone = client.get(f"/api/articles/{article_id}")
    error = gone.json()["error"]
    assert gone.status_code == 404 and error["code"] == "not_found"
    assert f"article {article_id} was deleted on " in error["message"] and "by ana (takedown request)" in error["message"]
    listed = client.get("/api/deletions").json()
    assert listed["total"] == 1 and [(r["id"], r["author"], r["reason"], r["judgements"]) for r in listed["items"]] == [
        (article_id, "ana", "takedown request", [judged["id"]])]
    # the log still says what was judged
    [row] = client.get("/api/judgements").json()["items"]
    assert row["article_deleted"] and row["summary"] and " → " in row["summary"]
    assert listed["items"][0]["judged"][str(judged["id"])] == row["summary"]
    # the same text again is refused, nothing stored
    from newsgraph.intake.model import RawArticle
    from newsgraph.store import repository

    wire = "Police in Sucre arrested two men on Friday after a bank robbery in the city centre."
    other = repository.save_article(store, RawArticle(text=wire, source="sucre.txt")).article_id
    client.post(f"/api/articles/{other}/delete", headers=AUTH)
    again = client.post("/api/ingest", json={"text": wire}, headers=AUTH)
    assert again.status_code == 409, again.text
    assert again.json()["error"]["code"] == "deleted_earlier"
    assert f"deleted earlier as article {other}" in again.json()["error"]["message"]
    assert client.get("/api/articles").json()["items"] == []
