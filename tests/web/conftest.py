"""A store of real articles for the web tests, built once per session through the full
pipeline: the seed (examples/seed), the Global Voices pages (examples/globalvoices-2009/html)
and an article that quotes HTML markup (tests/fixtures/web/markup-in-article.txt). Each test
module works on its own copy, so writes in one do not leak into another."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, FIXTURES

TOKEN = "test-token-for-web"
# The TestClient's base URL: the app refuses a Host header other than the loopback names
# (its default, "testserver", included).
LOCAL = "http://127.0.0.1:8765"
SOURCES = [EXAMPLES / "seed", EXAMPLES / "globalvoices-2009" / "html", FIXTURES / "web" / "markup-in-article.txt"]


@pytest.fixture(scope="session")
def web_base_db(tmp_path_factory) -> Path:
    from newsgraph.batch import IngestReport, extract_articles, store_articles
    from newsgraph.graph.build import refresh
    from newsgraph.intake import IntakeOptions, read_sources
    from newsgraph.store.db import open_store

    path = tmp_path_factory.mktemp("web") / "base.db"
    store = open_store(str(path))
    report = IngestReport()
    store_articles(store, read_sources([str(s) for s in SOURCES], IntakeOptions(fetch_pages=False)), report)
    extract_articles(store, report.new, report)
    assert report.new and not report.extract_failed, report.as_dict()
    refresh(store)
    store.close()
    return path


@pytest.fixture(scope="module")
def web_db(web_base_db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("webcopy") / "store.db"
    shutil.copy(web_base_db, path)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_db):
    """``newsgraph serve``'s app under uvicorn on a free localhost port, in a thread; yields its URL."""
    import uvicorn

    from newsgraph.web.app import create_app

    port = free_port()
    config = uvicorn.Config(create_app(str(web_db), token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started:
        if time.time() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    srv.should_exit = True
    thread.join(timeout=10)
