"""A fresh store on SQLite and, where NEWSGRAPH_TEST_PG_URL is set, on PostgreSQL."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from newsgraph.store.db import create_store_engine, open_store

PG_URL = os.environ.get("NEWSGRAPH_TEST_PG_URL")


def _reset_postgres(url: str) -> None:
    engine = create_store_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the store tests on PostgreSQL: NEWSGRAPH_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server: set NEWSGRAPH_TEST_PG_URL (make test starts one when Debian's package is installed)")
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


def count(store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(store.t(table))).scalar_one()
