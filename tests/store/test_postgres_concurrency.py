"""Concurrent processes on one PostgreSQL database (the real server scripts/test-postgres.sh starts):
migrations are serialised, and the same article stored by two processes at once is one article,
"already stored" for the loser, which goes on with its other inputs."""

from __future__ import annotations

import multiprocessing as mp
import os

import pytest
import sqlalchemy as sa

from newsgraph.intake.model import RawArticle
from newsgraph.store.db import current_revision, head_revision, open_store

from .conftest import PG_URL, _reset_postgres

WORKERS = 4


@pytest.fixture
def pg_url():
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the store tests on PostgreSQL: NEWSGRAPH_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server: set NEWSGRAPH_TEST_PG_URL (scripts/test-postgres.sh start)")
    _reset_postgres(PG_URL)
    return PG_URL


def _open(url: str, barrier, queue) -> None:
    try:
        barrier.wait(timeout=60)
        open_store(url).close()
        queue.put(None)
    except Exception as exc:  # reported to the parent, which fails the test
        queue.put(f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")


def _article(text_id: str) -> RawArticle:
    words = " ".join(f"word{text_id}-{k}" for k in range(80))
    return RawArticle(text=f"Article {text_id}. {words}", source=f"{text_id}.txt")


def _ingest(url: str, worker: int, barrier, queue) -> None:
    from newsgraph.batch import IngestReport, store_articles

    try:
        store = open_store(url)
        shared = [_article(f"shared-{i}") for i in range(15)]
        own = [_article(f"own-{worker}-{i}") for i in range(5)]
        # each worker meets the shared articles in another order, its own ones between them
        items = shared[worker:] + own + shared[:worker]
        report = IngestReport()
        barrier.wait(timeout=60)
        store_articles(store, items, report)
        queue.put((sorted(report.new), sorted(report.duplicates), report.errors))
    except Exception as exc:
        queue.put(f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")


def _run(target, args_for) -> list:
    ctx = mp.get_context("spawn")
    queue, barrier = ctx.Queue(), ctx.Barrier(WORKERS)
    workers = [ctx.Process(target=target, args=(*args_for(w), barrier, queue)) for w in range(WORKERS)]
    for p in workers:
        p.start()
    results = [queue.get(timeout=180) for _ in workers]
    for p in workers:
        p.join(timeout=60)
    return results


def test_four_processes_migrate_a_fresh_database_at_once(pg_url):
    results = _run(_open, lambda _w: (pg_url,))
    assert results == [None] * WORKERS
    store = open_store(pg_url)
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_concurrent_ingests_of_the_same_articles_store_each_once(pg_url):
    open_store(pg_url).close()  # the schema is in place
    results = _run(_ingest, lambda w: (pg_url, w))
    assert all(isinstance(r, tuple) for r in results), results
    for new, duplicates, errors in results:
        assert errors == [] and len(new) + len(duplicates) == 20  # nobody dropped an input
    all_new = [i for new, _d, _e in results for i in new]
    assert len(all_new) == len(set(all_new)) == 15 + 5 * WORKERS
    store = open_store(pg_url)
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(store.t("articles"))).scalar_one() == 15 + 5 * WORKERS
    store.close()
