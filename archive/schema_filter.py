"""What schema comparison (``alembic check``, autogenerate, the model test) must ignore.

Migration 0003 adds objects the ORM models do not describe on purpose: the
BI views, SQLite's FTS5 tables (and their shadow tables) and PostgreSQL's
full-text GIN expression indexes. Without this filter every comparison would
propose dropping them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

FTS_TABLES = ("article_fts", "statement_fts")
FTS_INDEXES = frozenset({"ix_article_fulltext", "ix_statement_fulltext"})
VIEW_PREFIX = "v_"


def _ignored_table(name: str | None) -> bool:
    if not name:
        return False
    if name.startswith(VIEW_PREFIX):
        return True
    # FTS5 virtual tables and their shadow tables: article_fts, article_fts_data, …
    return any(name == t or name.startswith(t + "_") for t in FTS_TABLES)


def include_name(name: str | None, type_: str, parent_names: dict[str, Any]) -> bool:
    """Alembic ``include_name`` hook: skip views, FTS tables and full-text indexes by name."""
    if type_ == "table":
        return not _ignored_table(name)
    if type_ == "index":
        return name not in FTS_INDEXES
    return True


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic ``include_object`` hook: the same rule for reflected objects."""
    if type_ == "table":
        return not _ignored_table(name)
    if type_ == "index":
        return name not in FTS_INDEXES
    return True


def migration_options() -> dict[str, Any]:
    """Options for ``context.configure`` / ``MigrationContext.configure(opts=...)``."""
    return {"include_name": include_name, "include_object": include_object}


# --------------------------------------------------------------------------- SQLite batch migrations


@contextmanager
def sqlite_batch_guard(connection: Connection) -> Iterator[None]:
    """Let batch migrations recreate tables the views and FTS triggers depend on.

    Alembic's batch mode on SQLite copies a table, drops it and renames the
    copy. Two things break on the way: SQLite (since 3.26) refuses the rename
    while a view names the dropped table ("error in view v_articles"), and the
    FTS triggers go with the dropped table. Legacy ALTER TABLE semantics fix the
    first (views resolve by name when queried); afterwards every FTS trigger
    that vanished while its table and FTS index remain is recreated from its
    original SQL, and the index rebuilt.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    before = _triggers(connection)
    connection.exec_driver_sql("PRAGMA legacy_alter_table=ON")
    connection.commit()  # Alembic must begin (and commit) its own transaction
    try:
        yield
    finally:
        connection.exec_driver_sql("PRAGMA legacy_alter_table=OFF")
        connection.commit()
    tables = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    after = _triggers(connection)
    rebuild = set()
    for name, (table, sql) in before.items():
        fts = f"{table}_fts"
        if name not in after and table in tables and fts in tables and name.startswith(fts + "_"):
            connection.exec_driver_sql(sql)
            rebuild.add(fts)
    for fts in sorted(rebuild):
        connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    connection.commit()


def _triggers(connection: Connection) -> dict[str, tuple[str, str]]:
    rows = connection.exec_driver_sql("SELECT name, tbl_name, sql FROM sqlite_master WHERE type='trigger'")
    return {name: (table, sql) for name, table, sql in rows}
