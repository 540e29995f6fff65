"""Opening the store: SQLite by default, PostgreSQL by URL; migrations as named Alembic steps.

The schema lives in the migrations alone; the library reflects the tables after migrating,
so there is one definition of each table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from newsgraph.errors import StoreError

DEFAULT_DB = "newsgraph.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 60_000


def database_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db`` (a path or URL), else ``NEWSGRAPH_DB``, else ./newsgraph.db."""
    db = db or os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser()}"
    if db.startswith("postgres://"):
        db = "postgresql://" + db[len("postgres://"):]
    if db.startswith("postgresql://"):
        db = "postgresql+psycopg://" + db[len("postgresql://"):]
    return db


def _configure_sqlite(engine: sa.Engine) -> None:
    # WAL lets readers run beside a writer; BEGIN IMMEDIATE takes the write lock up front so
    # two concurrent ingests queue on the busy timeout instead of failing "database is locked"
    # when a read transaction tries to upgrade.
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_store_engine(db: str | None = None) -> sa.Engine:
    """An engine for ``db`` with the pragmas newsgraph relies on."""
    url = database_url(db)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
    else:
        engine = sa.create_engine(url, pool_pre_ping=True)
    return engine


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision``; a no-op when it is there already."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


@dataclass
class Store:
    """An open, migrated database and its reflected tables."""

    engine: sa.Engine
    tables: dict[str, sa.Table]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def t(self, name: str) -> sa.Table:
        return self.tables[name]

    def close(self) -> None:
        self.engine.dispose()


def open_store(db: str | None = None, *, migrate_schema: bool = True) -> Store:
    """Open (and by default migrate) the store at ``db``."""
    try:
        engine = create_store_engine(db)
        if migrate_schema:
            migrate(engine)
        metadata = sa.MetaData()
        metadata.reflect(bind=engine)
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot open database: {exc.__class__.__name__}: {exc}".splitlines()[0],
                         source=str(db or database_url())) from exc
    return Store(engine=engine, tables=dict(metadata.tables))
