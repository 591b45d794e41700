"""Settings, resolved when a command runs (never at import time).

The database is chosen by ``--db``, else the ``ARCHIVE_DB`` environment
variable, else ``archive.db`` in the current directory. A plain path means
SQLite; ``postgresql://`` URLs are driven by psycopg 3.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from archive.errors import ConfigError

ENV_DB = "ARCHIVE_DB"
DEFAULT_DB = "archive.db"


def resolve_url(db: str | None = None) -> URL:
    """Turn a path or URL (or the environment, or the default) into a SQLAlchemy URL."""
    raw = db or os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" not in raw:
        return make_url("sqlite:///" + str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise ConfigError(f"not a database URL or path: {raw!r}") from exc
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return url
    raise ConfigError(f"unsupported database {backend!r}: use a SQLite path or a postgresql:// URL")


def display_url(url: URL) -> str:
    """The URL as it may be shown to a user: never with its password."""
    return url.render_as_string(hide_password=True)
