"""Alembic environment: the URL comes from the archive's configuration.

`archive db …` hands its engine over in ``config.attributes``; plain
``alembic upgrade head`` resolves the URL like the CLI does (ARCHIVE_DB, else
archive.db). Batch mode everywhere, so one linear history runs on SQLite and
PostgreSQL alike.
"""

from __future__ import annotations

from logging.config import fileConfig

from sqlalchemy import Connection

from alembic import context
from archive import curation_models, models  # noqa: F401  (register every table on Base.metadata)
from archive.config import resolve_url
from archive.db import Base, make_engine
from archive.schema_filter import include_name, include_object, sqlite_batch_guard

config = context.config
if config.config_file_name and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # Views, FTS tables and full-text indexes are not in the models (see 0003).
        include_name=include_name,
        include_object=include_object,
    )


def run_offline() -> None:
    url = config.get_main_option("sqlalchemy.url") or resolve_url().render_as_string(hide_password=False)
    context.configure(
        url=url,
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
        include_name=include_name,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(resolve_url())
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # Batch mode copies tables; foreign keys must be off while it does, or dropping a
            # parent table cascades into its children. SQLite ignores this pragma inside a
            # transaction, and SQLAlchemy's begin hook (archive.db) emits BEGIN before any
            # statement, so it goes straight to the driver, outside one.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        _configure(connection)
        # Views and FTS triggers survive batch-mode table rebuilds (see 0003).
        with sqlite_batch_guard(connection), context.begin_transaction():
            context.run_migrations()
        if connection.dialect.name == "sqlite":
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    run_offline()
else:
    run_online()
