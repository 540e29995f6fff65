"""The app answers only requests whose Host header names the loopback address (any port) or
a host it was given (the address ``serve`` binds): a page whose domain was re-pointed at
127.0.0.1 (DNS rebinding) sends its own name and gets 400 ``bad_host``, nothing read. The
page answers HEAD as GET. A fresh empty store: no article is needed."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.cli.serve import allowed_hosts
from newsgraph.web.app import host_name
from tests.web.conftest import TOKEN


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from newsgraph.web.app import create_app

    return create_app(str(tmp_path_factory.mktemp("hosts") / "store.db"), token=TOKEN, hosts=("192.168.1.20",))


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "127.0.0.1", "LOCALHOST:9000",
                                  "192.168.1.20:8765"])
def test_loopback_names_and_the_bound_address_are_answered(app, host):
    with TestClient(app) as client:
        answer = client.get("/api/articles", headers={"Host": host})
    assert answer.status_code == 200, answer.text
    assert answer.json()["items"] == []


@pytest.mark.parametrize("host", ["evil.example.com", "evil.example.com:8765", "testserver", "127.0.0.1.evil.example.com",
                                  "localhost.evil.example.com:8765", "[::2]:8765", ""])
def test_any_other_host_is_refused_before_anything_is_read(app, host):
    with TestClient(app) as client:
        answer = client.get("/api/articles", headers={"Host": host})
        page = client.get("/", headers={"Host": host})
    assert answer.status_code == 400 and page.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == "bad_host" and error["source"] == "host" and "items" not in answer.json()


def test_a_star_allows_any_host(tmp_path):
    from newsgraph.web.app import create_app

    with TestClient(create_app(str(tmp_path / "store.db"), token=TOKEN, hosts=("*",))) as client:
        assert client.get("/api/articles", headers={"Host": "testserver"}).status_code == 200


def test_serve_allows_the_bound_address_and_any_host_on_a_wildcard_bind():
    assert allowed_hosts("10.1.2.3", ["newsroom.lan"]) == ("10.1.2.3", "newsroom.lan")
    assert allowed_hosts("0.0.0.0", []) == ("*",) and allowed_hosts("::", []) == ("*",)
    assert host_name("::1") == "[::1]" and host_name("[::1]:8765") == "[::1]" and host_name("Example.org:80") == "example.org"


def test_head_of_the_page_is_answered_like_get(app):
    with TestClient(app, base_url="http://127.0.0.1:8765") as client:
        head, get = client.head("/"), client.get("/")
    assert head.status_code == get.status_code == 200
    assert head.headers["content-type"].startswith("text/html") and head.content == b""
