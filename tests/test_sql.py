"""`archive sql`: read-only on both backends, one statement, cut off by the time limit."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, text
from typer.testing import CliRunner

from archive.errors import QueryError
from archive.sqlrun import READ_ONLY, check_statement, run_sql
from tests.test_reports import cli  # noqa: F401  (fixture)
from tests.test_views import seed

WRITES = [
    "INSERT INTO country (code, alpha3, name) VALUES ('XX', 'XXX', 'Nowhere')",
    "UPDATE article SET title = 'changed'",
    "DELETE FROM statement",
    "DROP TABLE statement",
    "DROP VIEW v_meetings",
    "CREATE TABLE scratch (x integer)",
    "CREATE INDEX ix_scratch ON article (title)",
    "ALTER TABLE article ADD COLUMN x integer",
    # These pass the leading-keyword check: the database connection itself must refuse them.
    "WITH doomed AS (SELECT id FROM statement) DELETE FROM statement WHERE id IN (SELECT id FROM doomed)",
    "  /* sneaky */ with x as (select 1) update article set title = 'changed'",
]


def _snapshot(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        return {
            "tables": sorted(inspect(conn).get_table_names()),
            "views": sorted(inspect(conn).get_view_names()),
            "countries": conn.scalar(text("SELECT count(*) FROM country")),
            "statements": conn.scalar(text("SELECT count(*) FROM statement")),
            "titles": conn.scalars(text("SELECT title FROM article ORDER BY id")).all(),
            "columns": len(inspect(conn).get_columns("article")),
        }


def test_select_with_params(engine: Engine) -> None:
    seed(engine)
    result = run_sql(
        engine, "SELECT meeting_id, participants FROM v_meetings WHERE n_sources >= :n;", {"n": 2}
    )
    assert result.columns == ["meeting_id", "participants"]
    assert result.rows == [(1, "Antony Blinken, Shehbaz Sharif")]
    limited = run_sql(engine, "SELECT code FROM country ORDER BY code", max_rows=3)
    assert len(limited.rows) == 3 and limited.truncated


@pytest.mark.parametrize("sql", WRITES)
def test_writes_are_refused_and_change_nothing(engine: Engine, sql: str) -> None:
    seed(engine)
    before = _snapshot(engine)
    with pytest.raises(QueryError, match="refused: the archive's SQL console is read-only"):
        run_sql(engine, sql)
    assert _snapshot(engine) == before


def test_database_refuses_writes_that_slip_past_the_check(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the keyword check switched off, the read-only connection alone stops every write."""
    import archive.sqlrun as sqlrun

    seed(engine)
    before = _snapshot(engine)
    monkeypatch.setattr(sqlrun, "check_statement", lambda sql: sql)
    for sql in WRITES:
        with pytest.raises(QueryError, match=READ_ONLY):
            sqlrun.run_sql(engine, sql)
    assert _snapshot(engine) == before


def test_one_statement_at_a_time(engine: Engine) -> None:
    seed(engine)
    before = _snapshot(engine)
    for sql in (
        "SELECT 1; DELETE FROM statement",
        "SELECT 1 AS x$a$; DELETE FROM statement; SELECT $a$",
        "SELECT 1; COMMIT; DELETE FROM statement",
    ):
        with pytest.raises(QueryError):
            run_sql(engine, sql)
    assert _snapshot(engine) == before
    # semicolons inside strings and comments are fine
    assert run_sql(engine, "SELECT 'a;b' AS s -- c;d\n;").rows == [("a;b",)]


def test_full_text_search_from_the_console(engine: Engine) -> None:
    seed(engine)
    if engine.dialect.name == "sqlite":
        sql = "SELECT rowid FROM article_fts WHERE article_fts MATCH :q"
        assert run_sql(engine, sql, {"q": '"nuclear"'}).rows == [(1,)]
    else:
        sql = (
            "SELECT id FROM article WHERE to_tsvector('english', coalesce(title, '') || ' ' || text) "
            "@@ websearch_to_tsquery('english', :q)"
        )
        assert run_sql(engine, sql, {"q": "nuclear"}).rows == [(1,)]


def test_long_query_is_cut_off(engine: Engine) -> None:
    slow = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
        "SELECT count(*) FROM c"
    )
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"cancelled: it ran longer than 0.5 s"):
        run_sql(engine, slow, timeout=0.5)
    assert time.monotonic() - started < 10
    assert run_sql(engine, "SELECT 1 AS one", timeout=0.5).rows == [(1,)]  # the next query runs


def test_check_statement() -> None:
    assert check_statement("select 1 ;; ") == "select 1"
    with pytest.raises(QueryError, match="no SQL statement"):
        check_statement(" -- nothing\n ; ")
    with pytest.raises(QueryError, match=r"read-only \(INSERT"):
        check_statement("-- hi\ninsert into x values (1)")


def test_sql_errors_are_query_errors(engine: Engine) -> None:
    with pytest.raises(QueryError, match="SQL error"):
        run_sql(engine, "SELECT nosuch FROM article")
    with pytest.raises(QueryError):
        run_sql(engine, "SELECT :missing AS x")


# --------------------------------------------------------------------------- CLI


def test_cli_sql_formats_and_file(cli: Any, db_url: str, engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    seed(engine)
    runner = CliRunner()
    out = runner.invoke(
        cli,
        [
            "--db",
            db_url,
            "sql",
            "SELECT country_a, country_b FROM v_country_pairs ORDER BY meeting_id",
            "--format",
            "json",
        ],
    )
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)[0] == {"country_a": "PK", "country_b": "US"}
    query = tmp_path / "q.sql"
    query.write_text("-- how many\nSELECT count(*) AS n FROM v_meetings;\n")
    out = runner.invoke(cli, ["--db", db_url, "sql", "--file", str(query), "--format", "csv"])
    assert out.exit_code == 0 and out.output.splitlines() == ["n", "3"]
    out = runner.invoke(cli, ["--db", db_url, "sql", "SELECT title FROM v_articles ORDER BY article_id"])
    assert out.exit_code == 0 and "Sharif meets Blinken" in out.output


def test_cli_sql_refuses_writes_in_one_line(cli: Any, db_url: str, engine: Engine) -> None:  # noqa: F811
    seed(engine)
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db_url, "sql", "DELETE FROM statement"])
    assert result.exit_code == 1
    assert (
        result.output.strip()
        .splitlines()[-1]
        .startswith("Error: refused: the archive's SQL console is read-only")
    )
    result = runner.invoke(cli, ["--db", db_url, "sql", "SELECT 1", "--file", "x.sql"])
    assert result.exit_code == 1 and "Error: give either a statement or --file" in result.output
    assert _snapshot(engine)["statements"] == 4
