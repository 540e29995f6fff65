"""Opening, migrating and configuring the store."""

from __future__ import annotations

import sqlalchemy as sa

from newsgraph.store.db import current_revision, database_url, head_revision, migrate, open_store

EXPECTED_TABLES = {"articles", "sentences", "mentions", "entities", "roles", "timexes", "events", "statements",
                   "judgements", "extraction_runs", "article_links", "article_bands"}


def test_migration_from_empty_database_reaches_head(db_url):
    store = open_store(db_url)
    assert EXPECTED_TABLES <= set(store.tables)
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_downgrade_to_base_and_upgrade_again(db_url):
    store = open_store(db_url)
    from alembic import command

    from newsgraph.store.db import _alembic_config

    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert not (EXPECTED_TABLES & set(sa.inspect(store.engine).get_table_names()))
    migrate(store.engine)
    assert EXPECTED_TABLES <= set(sa.inspect(store.engine).get_table_names())
    store.close()


def test_every_extracted_table_carries_span_and_provenance(store):
    for name in ("mentions", "roles", "timexes", "events", "statements"):
        columns = set(store.t(name).c.keys())
        assert {"article_id", "start", "end", "component", "component_version", "fact_key"} <= columns, name


def test_sqlite_uses_wal_and_a_busy_timeout(tmp_path):
    store = open_store(str(tmp_path / "wal.db"))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    store.close()


def test_database_url_forms(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_DB", raising=False)
    assert database_url(None) == "sqlite:///newsgraph.db"
    assert database_url("x/y.db") == "sqlite:///x/y.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("NEWSGRAPH_DB", "/tmp/env.db")
    assert database_url(None) == "sqlite:////tmp/env.db"


def test_a_database_from_a_newer_newsgraph_is_one_line_not_a_traceback(tmp_path):
    import pytest

    from newsgraph.errors import StoreError

    db = str(tmp_path / "newer.db")
    store = open_store(db)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')")
    store.close()
    with pytest.raises(StoreError) as info:
        open_store(db)
    assert "9999_from_the_future" in info.value.one_line() and "\n" not in info.value.one_line()


def test_opening_for_reading_creates_no_database(db_url):
    import pytest

    from newsgraph.errors import NotFoundError

    with pytest.raises(NotFoundError) as info:
        open_store(db_url, create=False)
    assert info.value.code == "no_database"
    if "://" not in db_url:
        from pathlib import Path

        assert not Path(db_url).exists()
    else:
        store = open_store(db_url, migrate_schema=False)
        assert "articles" not in sa.inspect(store.engine).get_table_names()
        store.close()
