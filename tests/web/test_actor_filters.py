"""The API's actor filters resolve a name as ``newsgraph entity`` does: a name of several
entities is 409 ``ambiguous_reference`` listing them, not an empty list; an unknown one 404. The
store is written through the repository (no NLP)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.store.db import open_store
from tests.graph.articles import MINISTER, STRIKER, TREATY_DIALOGO, store_article
from tests.web.conftest import LOCAL, TOKEN


@pytest.fixture
def client(tmp_path):
    from newsgraph.web.app import create_app

    path = tmp_path / "g.db"
    store = open_store(str(path))
    for spec in (TREATY_DIALOGO, MINISTER, STRIKER):
        store_article(store, spec)
    store.close()
    with TestClient(create_app(str(path), token=TOKEN), base_url=LOCAL) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/events?actor=Hassan", "/api/statements?speaker=Hassan",
                                  "/api/timeline?actor=Hassan"])
def test_an_ambiguous_actor_is_409_with_the_candidates(client, path):
    answer = client.get(path)
    assert answer.status_code == 409, answer.text
    error = answer.json()["error"]
    assert error["code"] == "ambiguous_reference" and error["source"] == "Hassan"
    assert "names 2 entities" in error["message"] and "Ahmed Hassan, person" in error["message"]


def test_an_unknown_actor_is_404_and_a_lower_case_type_filters(client):
    missing = client.get("/api/events?actor=Atlantis")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    lower, upper = client.get("/api/events?type=consult").json(), client.get("/api/events?type=CONSULT").json()
    assert lower["total"] == upper["total"] == 1
    assert client.get("/api/articles?story_type=consult").json()["items"] == client.get(
        "/api/articles?story_type=CONSULT").json()["items"]
