"""Fixtures: every database test runs on SQLite and, when ARCHIVE_TEST_POSTGRES_URL
is set, on PostgreSQL too (an unreachable server then fails the tests, it does
not skip them).

Each backend is migrated once per session into a template; each test gets a
fresh copy of it (a file copy on SQLite, CREATE DATABASE … TEMPLATE on
PostgreSQL), so tests never share rows and never clean up by deleting them.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from archive.config import resolve_url
from archive.db import make_engine, upgrade

PG_ENV = "ARCHIVE_TEST_POSTGRES_URL"
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set"),
    ),
]


def _pg_admin_url() -> URL:
    return resolve_url(os.environ[PG_ENV])


class _PgServer:
    """Creates and drops the test databases on the PostgreSQL server."""

    def __init__(self) -> None:
        self.admin = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
        self.prefix = f"archive_test_{uuid.uuid4().hex[:8]}"
        self.created: list[str] = []

    def create(self, name: str, template: str | None = None) -> URL:
        with self.admin.connect() as conn:
            tmpl = f" TEMPLATE {template}" if template else ""
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"{tmpl}')
        self.created.append(name)
        return _pg_admin_url().set(database=name)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in reversed(self.created):
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :n AND pid <> pg_backend_pid()"
                    ),
                    {"n": name},
                )
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_PgServer]:
    server = _PgServer()
    yield server
    server.drop_all()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(resolve_url(str(path)))
    upgrade(engine, "head")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(request: pytest.FixtureRequest) -> str:
    server: _PgServer = request.getfixturevalue("pg_server")
    name = f"{server.prefix}_tmpl"
    engine = make_engine(server.create(name))
    upgrade(engine, "head")
    engine.dispose()
    return name


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, migrated database for this test, as a --db argument."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "archive.db"
        shutil.copy(template, path)
        return str(path)
    server: _PgServer = request.getfixturevalue("pg_server")
    tmpl: str = request.getfixturevalue("pg_template")
    url = server.create(f"{server.prefix}_{uuid.uuid4().hex[:10]}", template=tmpl)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def empty_db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with no schema at all (for migration tests)."""
    if backend == "sqlite":
        return str(tmp_path / "empty.db")
    server: _PgServer = request.getfixturevalue("pg_server")
    return server.create(f"{server.prefix}_{uuid.uuid4().hex[:10]}").render_as_string(hide_password=False)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(resolve_url(db_url))
    yield eng
    eng.dispose()


def url_of(db: str) -> URL:
    return make_url(resolve_url(db))
