from tests.store.conftest import db_url, store  # noqa: F401  (SQLite, and PostgreSQL where configured)
