"""POST /api/facts/{fact_key}/{action} takes a unique prefix of at least 8 characters of the key
(the answer gives the full key); a prefix of several keys is 409 ``ambiguous_fact_key``, an
unknown one 404 ``not_found``. The store is written through the repository (no NLP)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.store import repository
from tests.store.test_repository import seed_article, small_extraction, stored_seed
from tests.web.conftest import LOCAL, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def small(tmp_path):
    from newsgraph.web.app import create_app

    path = tmp_path / "small.db"
    store, article_id = stored_seed(path)
    facts = repository.article_facts(store, article_id)
    with TestClient(create_app(str(path), token=TOKEN), base_url=LOCAL) as client:
        yield client, store, facts
    store.close()


def test_a_unique_prefix_judges_the_fact_and_the_answer_names_the_full_key(small):
    client, _store, facts = small
    key = facts["events"][0]["fact_key"]
    done = client.post(f"/api/facts/{key[:8]}/reject", json={"reason": "test"}, headers=AUTH)
    assert done.status_code == 201, done.text
    assert done.json()["fact_key"] == key
    assert client.get("/api/judgements").json()["items"][0]["target"] == key


def test_an_ambiguous_prefix_is_409_and_an_unknown_one_404(small):
    client, store, facts = small
    key = facts["events"][0]["fact_key"]
    with store.engine.begin() as conn:  # a mention whose key shares the event key's first 9 characters
        conn.execute(store.t("mentions").update().values(fact_key=key[:9] + ("0" if key[9] != "0" else "1") + key[10:]))
    ambiguous = client.post(f"/api/facts/{key[:8]}/reject", json={}, headers=AUTH)
    assert ambiguous.status_code == 409, ambiguous.text
    error = ambiguous.json()["error"]
    assert error["code"] == "ambiguous_fact_key" and error["source"] == key[:8] and key[:8] in error["message"]
    assert client.get("/api/judgements").json()["items"] == []
    unknown = client.post(f"/api/facts/{'0' * 8 if not key.startswith('0' * 8) else 'f' * 8}/reject", json={}, headers=AUTH)
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "not_found"
    assert client.post(f"/api/facts/{key[:10]}/reject", json={}, headers=AUTH).status_code == 201


def test_a_judgement_made_on_the_page_follows_its_fact_across_re_extraction(small):
    # anchored on span and type like the CLI's: another actor text (a new key) keeps it
    import dataclasses

    client, store, facts = small
    key = facts["events"][0]["fact_key"]
    article_id = facts["events"][0]["article_id"]
    assert client.post(f"/api/facts/{key[:8]}/reject", json={}, headers=AUTH).status_code == 201
    extraction = small_extraction(seed_article().text)
    better = dataclasses.replace(extraction, events=[dataclasses.replace(extraction.events[0],
                                                                         source_text="The Islamic Republic of Iran")])
    repository.save_extraction(store, article_id, better)
    with store.engine.connect() as conn:
        [stored] = conn.execute(store.t("events").select()).all()
    assert stored.fact_key != key
    assert repository.article_facts(store, article_id)["events"] == []  # still rejected
