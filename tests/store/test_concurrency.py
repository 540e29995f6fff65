"""Two processes ingesting into one SQLite file at once must not fail with "database is locked"."""

from __future__ import annotations

import multiprocessing as mp

import sqlalchemy as sa

from newsgraph.intake.model import RawArticle
from newsgraph.store import repository
from newsgraph.store.db import open_store


def _ingest_many(db_path: str, worker: int, n: int, queue) -> None:
    try:
        store = open_store(db_path)
        for i in range(n):
            text = f"Worker {worker} article {i}: " + " ".join(f"word{worker}-{i}-{k}" for k in range(60))
            repository.save_article(store, RawArticle(text=text, source=f"w{worker}-{i}.txt"))
        queue.put(None)
    except Exception as exc:  # reported to the parent, which fails the test
        queue.put(f"{type(exc).__name__}: {exc}")


def test_two_concurrent_ingests_into_one_sqlite_file(tmp_path):
    db_path = str(tmp_path / "shared.db")
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    workers = [ctx.Process(target=_ingest_many, args=(db_path, w, 40, queue)) for w in range(2)]
    for p in workers:
        p.start()
    results = [queue.get(timeout=120) for _ in workers]
    for p in workers:
        p.join(timeout=60)
    assert results == [None, None]
    store = open_store(db_path)
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(store.t("articles"))).scalar_one() == 80
