"""Read-only ad-hoc SQL with a time limit: the engine behind ``archive sql`` and reports.

The guarantee that nothing is written does not rest on inspecting the SQL:

* SQLite: a separate connection opened read-only (``file:…?mode=ro``), with an
  authorizer that denies every write, schema change, ATTACH and PRAGMA
  assignment; a progress handler aborts the statement after the deadline.
* PostgreSQL: a fresh, unpooled connection whose only transaction is
  ``READ ONLY`` (and ``default_transaction_read_only`` on), with a local
  ``statement_timeout``; it is rolled back and closed afterwards.

A leading-keyword check gives the common cases (INSERT, DROP, …) a clear
message early, and only one statement is accepted per call.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import ArgumentError, InvalidRequestError
from sqlalchemy.pool import NullPool

from archive.errors import QueryError

READ_ONLY = "refused: the archive's SQL console is read-only"
DEFAULT_TIMEOUT = 30.0

# Statements that can only read. Anything else is refused before it reaches the database.
_READING = {"select", "with", "values", "table", "explain", "show", "pragma"}
# SQLite pragmas that only report; any pragma with a value (an assignment) is denied.
_SQLITE_READ_PRAGMAS = {
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "database_list",
    "collation_list",
    "function_list",
    "compile_options",
    "data_version",
    "page_count",
    "page_size",
    "user_version",
    "schema_version",
    "journal_mode",
    "foreign_keys",
    "encoding",
}
_SQLITE_TABLE_PRAGMAS = {
    "table_info",
    "table_xinfo",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
}


@dataclass(slots=True)
class SqlResult:
    """Column names and rows (plain tuples) of one query."""

    columns: list[str]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    truncated: bool = False  # more rows existed than max_rows

    def as_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


# --------------------------------------------------------------------------- statement checks

_DOLLAR = re.compile(r"\$([A-Za-z_]\w*)?\$")  # PostgreSQL dollar quoting: $$ … $$, $tag$ … $tag$


def _strip_comments(sql: str) -> str:
    """The SQL with comments removed and string/identifier contents blanked (for scanning only)."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif ch in "'\"`[":
            close = "]" if ch == "[" else ch
            j = i + 1
            while j < n:
                if sql[j] == close:
                    if j + 1 < n and sql[j + 1] == close and close != "]":
                        j += 2
                        continue
                    break
                j += 1
            out.append(ch + close)
            i = j + 1
        elif ch == "$" and not (out and re.match(r"[\w$]", out[-1])) and (m := _DOLLAR.match(sql, i)):
            tag = m.group(0)
            j = sql.find(tag, i + len(tag))
            out.append("''")
            i = n if j < 0 else j + len(tag)
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def check_statement(sql: str) -> str:
    """The one statement in ``sql`` without trailing semicolons; refuses writes and batches."""
    scanned = _strip_comments(sql).strip()
    while scanned.endswith(";"):
        scanned = scanned[:-1].rstrip()
    if not scanned:
        raise QueryError("no SQL statement given")
    if ";" in scanned:
        raise QueryError("one SQL statement at a time, please (found ';' between statements)")
    first = re.match(r"\(*\s*(\w+)", scanned)
    keyword = first.group(1).lower() if first else ""
    if keyword not in _READING:
        raise QueryError(f"{READ_ONLY} ({keyword.upper() or 'this statement'} is not allowed)")
    # Cut the original text after its last meaningful character: trailing ';' and comments go.
    stripped = sql.rstrip()
    while stripped.endswith(";"):
        stripped = stripped[:-1].rstrip()
    return stripped


# --------------------------------------------------------------------------- running


def run_sql(
    engine: Engine,
    sql: str,
    params: Mapping[str, Any] | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = None,
) -> SqlResult:
    """Run one read-only statement against the archive; ``:name`` placeholders take ``params``."""
    statement = check_statement(sql)
    if timeout <= 0:
        raise QueryError("--timeout must be a positive number of seconds")
    if engine.dialect.name == "postgresql":
        return _run_postgresql(engine, statement, params or {}, timeout, max_rows)
    if engine.dialect.name == "sqlite":
        return _run_sqlite(engine, statement, params or {}, timeout, max_rows)
    raise QueryError(f"unsupported database {engine.dialect.name!r}")


def _fetch(cursor: Any, max_rows: int | None) -> tuple[list[tuple[Any, ...]], bool]:
    if max_rows is None:
        return [tuple(r) for r in cursor.fetchall()], False
    rows = [tuple(r) for r in cursor.fetchmany(max_rows + 1)]
    return rows[:max_rows], len(rows) > max_rows


def _run_postgresql(
    engine: Engine, sql: str, params: Mapping[str, Any], timeout: float, max_rows: int | None
) -> SqlResult:
    try:
        compiled = text(sql).bindparams(**dict(params)).compile(dialect=engine.dialect)
        values = compiled.construct_params()
    except (ArgumentError, InvalidRequestError) as exc:
        raise QueryError(f"SQL parameters: {str(exc).split(' (Background')[0]}") from None
    ro = create_engine(
        engine.url,
        poolclass=NullPool,
        connect_args={"options": "-c default_transaction_read_only=on"},
    )
    try:
        with ro.connect() as conn:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            conn.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(timeout * 1000))}")
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                # prepare=True: the extended protocol, which runs exactly one statement.
                cursor.execute(compiled.string, values, prepare=True)
                columns = [d[0] for d in cursor.description or []]
                rows, truncated = _fetch(cursor, max_rows) if cursor.description else ([], False)
            except psycopg_errors() as exc:
                raise _pg_error(exc, timeout) from None
            finally:
                cursor.close()
                conn.rollback()
    finally:
        ro.dispose()
    return SqlResult(columns, rows, truncated)


def psycopg_errors() -> type[Exception]:
    import psycopg

    return psycopg.Error


def _pg_error(exc: Exception, timeout: float) -> QueryError:
    state = getattr(exc, "sqlstate", None)
    if state == "25006":  # read_only_sql_transaction
        return QueryError(READ_ONLY)
    if state == "57014":  # query_canceled
        return QueryError(f"query cancelled: it ran longer than {timeout:g} s (--timeout)")
    message = str(exc).strip().splitlines()
    return QueryError(f"SQL error: {message[0] if message else type(exc).__name__}")


def _sqlite_authorizer(
    action: int, arg1: str | None, arg2: str | None, _db: str | None, _t: str | None
) -> int:
    allowed = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
    if action in allowed:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        return sqlite3.SQLITE_OK  # FTS5 opening its table asks this; the schema is never writable here
    name = (arg1 or "").lower()
    # A pragma with a value is an assignment (journal_mode=DELETE), except those naming a table.
    if action == sqlite3.SQLITE_PRAGMA and (
        name in _SQLITE_TABLE_PRAGMAS or (name in _SQLITE_READ_PRAGMAS and arg2 is None)
    ):
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


@contextmanager
def _sqlite_readonly(engine: Engine, timeout: float) -> Iterator[sqlite3.Connection]:
    database = engine.url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        raise QueryError("the SQL console needs a SQLite database file")
    from pathlib import Path
    from urllib.parse import quote

    uri = "file:" + quote(str(Path(database).resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise QueryError(f"cannot open {database} read-only: {exc}") from None
    deadline = time.monotonic() + timeout
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    conn.set_authorizer(_sqlite_authorizer)
    try:
        yield conn
    finally:
        conn.close()


def _run_sqlite(
    engine: Engine, sql: str, params: Mapping[str, Any], timeout: float, max_rows: int | None
) -> SqlResult:
    # SQLite understands :name itself; dates go in as the ISO text SQLAlchemy stores.
    values = {k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}
    with _sqlite_readonly(engine, timeout) as conn:
        try:
            cursor = conn.execute(sql, values)
            columns = [d[0] for d in cursor.description or []]
            rows, truncated = _fetch(cursor, max_rows) if cursor.description else ([], False)
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, timeout) from None
        except (sqlite3.Warning, ValueError) as exc:  # e.g. more than one statement
            raise QueryError(f"SQL error: {exc}") from None
    return SqlResult(columns, rows, truncated)


def _sqlite_error(exc: sqlite3.Error, timeout: float) -> QueryError:
    message = str(exc)
    if "interrupted" in message:
        return QueryError(f"query cancelled: it ran longer than {timeout:g} s (--timeout)")
    if "not authorized" in message or "readonly" in message or "read-only" in message:
        return QueryError(READ_ONLY)
    return QueryError(f"SQL error: {message}")


__all__ = ["DEFAULT_TIMEOUT", "READ_ONLY", "SqlResult", "check_statement", "run_sql"]
