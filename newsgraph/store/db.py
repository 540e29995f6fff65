"""Opening the store: SQLite by default, PostgreSQL by URL; migrations as named Alembic steps.

The schema lives in the migrations alone; the library reflects the tables after migrating,
so there is one definition of each table.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic import util as alembic_util
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from newsgraph.errors import NotFoundError, StoreError

DEFAULT_DB = "newsgraph.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 60_000
PG_CONNECT_TIMEOUT_S = 10
# Key of the PostgreSQL advisory lock that serialises migrations (any constant bigint will do;
# this one is "newsgraph" in ASCII, cut to 63 bits).
MIGRATION_LOCK_KEY = 0x6E65777367726170


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
        connect_args = {"connect_timeout": PG_CONNECT_TIMEOUT_S} if url.startswith("postgresql") else {}
        engine = sa.create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    return engine


def display_url(db: str | None = None) -> str:
    """The database as it may be shown in messages: a path, or a URL without its password."""
    url = database_url(db)
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    given = db or os.environ.get("NEWSGRAPH_DB") or url
    try:
        return sa.engine.make_url(given).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _revision_label(revisions) -> str | None:
    """Revisions as one comparable label: the revision, or several joined with "+" (sorted)."""
    revisions = sorted(revisions)
    return "+".join(revisions) if revisions else None


def head_revision() -> str:
    """The newest schema revision this code knows. Two helpers' steps made in parallel from
    the same parent are two heads until someone orders them; both are applied and the label
    names both (``a+b``)."""
    return _revision_label(ScriptDirectory.from_config(_alembic_config()).get_heads())


def _current(conn) -> str | None:
    return _revision_label(MigrationContext.configure(conn).get_current_heads())


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return _current(conn)


def migrate(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (default: every head); a no-op when it is there already.

    Concurrent processes migrate one at a time: on PostgreSQL under a transaction-scoped
    advisory lock, on SQLite under the write lock that BEGIN IMMEDIATE takes. Whoever waited
    reads the revision again inside the lock and finds nothing left to do.
    """
    target = head_revision() if revision in ("head", "heads") else revision
    if current_revision(engine) == target:
        return
    cfg = _alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        if _current(conn) == target:
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads" if revision in ("head", "heads") else revision)


def _open_schema(engine: sa.Engine, migrate_schema: bool, attempts: int = 5) -> sa.MetaData:
    """Migrate (when asked) and reflect the tables. On SQLite a process that opens a new file
    while another one is creating its schema can get "database is locked" at once: SQLite does
    not call the busy handler when a journal-mode switch or a schema read meets a schema write.
    That is retried a few times (about 7 s in all); every other error is raised at once."""
    for attempt in range(attempts):
        try:
            if migrate_schema:
                migrate(engine)
            metadata = sa.MetaData()
            metadata.reflect(bind=engine)
            return metadata
        except sa.exc.OperationalError as exc:
            locked = engine.dialect.name == "sqlite" and "database is locked" in str(exc)
            if not locked or attempt == attempts - 1:
                raise
            engine.dispose()
            time.sleep(0.5 * (attempt + 1))
    raise AssertionError("unreachable")


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


def open_store(db: str | None = None, *, migrate_schema: bool = True, create: bool = True) -> Store:
    """Open (and by default migrate) the store at ``db`` (see :func:`database_url`).

    With ``create=False`` (read commands) a database that does not exist yet is not created:
    a missing SQLite file, or a server database without newsgraph's tables, raises
    NotFoundError (code ``no_database``). A database that cannot be opened (a missing folder,
    an unreachable server, a file that is not SQLite) raises StoreError. Both name the
    database (without any password) in one line.
    """
    shown = display_url(db)
    url = database_url(db)
    if not create and url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        raise NotFoundError("no newsgraph database here (ingest something first, or give --db)",
                            source=shown, code="no_database")
    engine = None
    try:
        engine = create_store_engine(db)
        if not create and current_revision(engine) is None:
            raise NotFoundError("holds no newsgraph tables (ingest something first, or give --db)",
                                source=shown, code="no_database")
        metadata = _open_schema(engine, migrate_schema)
    except sa.exc.SQLAlchemyError as exc:
        if engine is not None:
            engine.dispose()
        detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise StoreError(f"cannot open database: {detail}", source=shown) from None
    except NotFoundError:
        if engine is not None:
            engine.dispose()
        raise
    except alembic_util.CommandError as exc:  # e.g. a database migrated by a newer newsgraph
        if engine is not None:
            engine.dispose()
        detail = " ".join(str(exc).split())
        raise StoreError(f"cannot migrate the database: {detail} (is it from a newer newsgraph?)",
                         source=shown) from None
    return Store(engine=engine, tables=dict(metadata.tables))
