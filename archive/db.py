"""Engine, declarative base and schema migration helpers.

One Alembic history serves SQLite and PostgreSQL; its configuration is
built here from the archive's own settings, so ``archive db upgrade`` and
plain ``alembic upgrade head`` (with ``ARCHIVE_DB`` set) do the same thing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from archive.config import display_url
from archive.errors import DatabaseError

# Named constraints, so migrations can address them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SQLITE_BUSY_TIMEOUT_MS = 30_000


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is off: SQLAlchemy emits BEGIN (see
    # _sqlite_begin), so writers can take the lock up front with BEGIN IMMEDIATE.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    # Foreign keys are off by default in SQLite; WAL lets readers and one
    # writer (e.g. two importers) share the file; the busy timeout makes a
    # second writer wait instead of failing.
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # A writer that starts as a reader can fail at once with "database is locked"
    # when another writer got in first; BEGIN IMMEDIATE waits (busy timeout) instead.
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def writer(engine: Engine) -> Engine:
    """The same engine, but its SQLite transactions take the write lock when they begin."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def make_engine(url: URL, **kwargs: Any) -> Engine:
    """Create an engine; SQLite connections get the pragmas the archive relies on."""
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            parent = Path(database).parent
            if not parent.is_dir():
                raise DatabaseError(f"cannot create database {database}: no directory {parent}")
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session committed on success and rolled back on any error."""
    with session_factory(engine)() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def migrations_dir() -> Path:
    """Where the Alembic scripts live: ``alembic/`` next to the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "alembic", here / "alembic"):
        if (candidate / "env.py").is_file():
            return candidate
    raise DatabaseError("the archive's migration scripts are missing from this installation")


def alembic_config(engine: Engine) -> Any:
    """An Alembic Config that migrates ``engine`` (handed to env.py in attributes)."""
    from alembic.config import Config

    ini = migrations_dir().parent / "alembic.ini"
    cfg = Config(str(ini)) if ini.is_file() else Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    cfg.attributes["configure_logger"] = False
    return cfg


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise DatabaseError(f"cannot open database {display_url(engine.url)}: {_first_line(exc)}") from exc


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    _run(lambda: command.upgrade(alembic_config(engine), revision), engine)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _run(lambda: command.downgrade(alembic_config(engine), revision), engine)


def _run(fn: Any, engine: Engine) -> None:
    from alembic.util import CommandError

    try:
        fn()
    except CommandError as exc:
        raise DatabaseError(str(exc)) from exc
    except OperationalError as exc:
        raise DatabaseError(f"database {display_url(engine.url)}: {_first_line(exc)}") from exc


def ensure_current(engine: Engine) -> None:
    """Bring a new or out-of-date database to the current schema before use.

    A database that is *ahead* of this program (made by a newer version) is
    refused rather than touched.
    """
    current = current_revision(engine)
    head = head_revision(engine)
    if current == head:
        return
    if current is not None:
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config(engine))
        if script.get_revision(current) is None:
            raise DatabaseError(
                f"database {display_url(engine.url)} is at revision {current}, "
                "which this version of archive does not know; upgrade archive"
            )
    try:
        upgrade(engine, "head")
    except SQLAlchemyError as exc:
        raise DatabaseError(f"could not upgrade {display_url(engine.url)}: {exc}") from exc


def _first_line(exc: SQLAlchemyError) -> str:
    """The driver's message without its hints and SQL, for a one-line error."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__
