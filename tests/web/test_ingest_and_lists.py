"""POST /api/ingest answers an error status when nothing was stored, and /api/articles gives no
story type to an article with no events (as the ``articles`` table leaves it blank). A fresh
store per module: one small invented article is enough."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import LOCAL, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from newsgraph.web.app import create_app

    db = tmp_path_factory.mktemp("ingest") / "store.db"
    with TestClient(create_app(str(db), token=TOKEN), base_url=LOCAL) as c:
        yield c


def test_a_refused_url_is_an_error_status_with_its_code(client):
    answer = client.post("/api/ingest", json={"url": "http://10.0.0.1/"}, headers=AUTH)
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert error["code"] == "address_refused" and "10.0.0.1" in answer.text
    assert client.get("/api/articles").json()["items"] == []


def test_an_empty_text_is_an_error_status_and_a_stored_one_is_201(client):
    empty = client.post("/api/ingest", json={"text": "   "}, headers=AUTH)
    assert empty.status_code in (400, 422) and empty.json()["error"]["code"]
    body = {"title": "Museum opens a new wing", "text": "The city museum opened a new wing for textiles on Monday. "
            "Visitors can see quilts and tapestries from three centuries.", "published": "2024-03-05"}
    stored = client.post("/api/ingest", json=body, headers=AUTH)
    assert stored.status_code == 201 and len(stored.json()["new"]) == 1
    again = client.post("/api/ingest", json=body, headers=AUTH)  # a duplicate is no failure
    assert again.status_code == 201 and again.json()["duplicates"] == stored.json()["new"]


def test_an_article_with_no_events_has_no_story_type(client):
    body = {"title": "Orchestra season announced", "text": "The orchestra announced its spring season. "
            "Concerts will feature works by Brahms and Dvorak.", "published": "2024-03-06"}
    new = client.post("/api/ingest", json=body, headers=AUTH).json()["new"]
    row = next(r for r in client.get("/api/articles").json()["items"] if r["id"] == new[0])
    assert row["events"] == 0
    assert row["story_type"] is None and row["story_type_probability"] is None
    assert "story_type_guess" in row  # the classifier's raw pick, kept under its own name
    info = client.get("/openapi.json").json()["paths"]["/api/ingest"]["post"]
    assert "nothing was stored" in info["description"]


def test_a_list_answer_gives_the_total(client):
    body = {"text": "Peru recalled its ambassador from Mexico on Monday. Peru also expelled two Mexican diplomats. "
            "Mexico condemned Peru for the expulsions, the foreign ministry said.", "published": "2024-03-07"}
    assert client.post("/api/ingest", json=body, headers=AUTH).status_code == 201
    every = client.get("/api/events", params={"limit": 1000}).json()
    assert every["total"] == len(every["items"]) >= 2  # control: nothing cut
    one = client.get("/api/events", params={"limit": 1}).json()
    assert len(one["items"]) == 1 and one["total"] == every["total"] and one["next_offset"] == 1
    # the articles list gives its total too, as the events list does
    articles = client.get("/api/articles", params={"limit": 1000}).json()
    assert articles["total"] == len(articles["items"]) >= 2
    first = client.get("/api/articles", params={"limit": 1}).json()
    assert len(first["items"]) == 1 and first["total"] == articles["total"] and first["next_offset"] == 1
    # a last page cut short, and a page past the end, still give every article's count
    rest = client.get("/api/articles", params={"limit": 1000, "offset": 1}).json()
    assert len(rest["items"]) == articles["total"] - 1 and rest["total"] == articles["total"]
    beyond = client.get("/api/articles", params={"limit": 10, "offset": 1000}).json()
    assert beyond["items"] == [] and beyond["total"] == articles["total"]


def test_a_short_article_page_needs_no_count(client, monkeypatch):
    """A page with fewer rows than its limit ends the list: its total is offset + rows, and the
    count query is not run (it ran on every request)."""
    from newsgraph.store import repository

    listed = client.get("/api/articles", params={"limit": 1000}).json()

    def no_count(*_args, **_kwargs):
        raise AssertionError("count_articles ran for a page that ends the list")

    monkeypatch.setattr(repository, "count_articles", no_count)
    assert client.get("/api/articles", params={"limit": 1000}).json()["total"] == listed["total"] >= 1
    tail = client.get("/api/articles", params={"limit": 1000, "offset": 1}).json()
    assert tail["total"] == listed["total"] and len(tail["items"]) == listed["total"] - 1


def test_an_actor_timeline_shows_50_by_default_as_the_readme_says_and_pages_back_in_time(client):
    body = {"text": "Peru accused Mexico of meddling on Tuesday. Mexico rejected the accusation.",
            "published": "2024-03-12"}
    assert client.post("/api/ingest", json=body, headers=AUTH).status_code == 201
    default = client.get("/api/timeline", params={"actor": "Peru"}).json()
    assert default["limit"] == 50 and default["total"] == len(default["items"]) >= 2
    newest = client.get("/api/timeline", params={"actor": "Peru", "limit": 1}).json()
    older = client.get("/api/timeline", params={"actor": "Peru", "limit": 1, "offset": 1}).json()
    assert len(newest["items"]) == len(older["items"]) == 1 and newest["total"] == default["total"]
    # the first page holds the newest item, the next an older one (not the same again)
    assert newest["items"][0]["when"] == default["items"][-1]["when"]
    assert older["items"][0]["when"] == default["items"][-2]["when"]
    assert (older["items"][0]["kind"], older["items"][0].get("fact_key")) != \
        (newest["items"][0]["kind"], newest["items"][0].get("fact_key"))


@pytest.mark.parametrize("path,param", [("/api/events?since=notadate", "since"), ("/api/events?until=notadate", "until"),
                                        ("/api/incidents?until=2023-13", "until"), ("/api/timeline?since=soon", "since")])
def test_an_unreadable_date_is_refused_naming_the_parameter(client, path, param):
    answer = client.get(path)
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error["code"] == "invalid_request" and error["source"] == param and "cannot read the date" in error["message"]


def test_an_ingest_url_without_a_host_is_a_bad_url(client):
    answer = client.post("/api/ingest", json={"url": "http://"}, headers=AUTH)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "bad_url"


@pytest.mark.parametrize("path", ["/api/events?since=2024&until=2023", "/api/incidents?since=2023-08-02&until=2023-08-01"])
def test_a_range_that_ends_before_it_begins_is_refused_not_answered_empty(client, path):
    answer = client.get(path)
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error["code"] == "invalid_request" and error["source"] == "since" and "begins after" in error["message"]
    # the same day as both ends is a range (one day), not an error
    assert client.get("/api/events?since=2023-08-01&until=2023-08-01").status_code == 200


def test_an_unknown_entity_type_is_422_not_an_empty_list(client):
    answer = client.get("/api/entities?type=persons")
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]["code"] == "invalid_request" and "unknown entity type" in answer.text
    assert client.get("/api/entities?type=PERSON").status_code == 200
