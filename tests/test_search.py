"""Full-text search: same answers on SQLite (FTS5) and PostgreSQL (GIN/tsvector), kept in step."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, delete, insert, select, text, update

from archive import models as m
from archive.errors import QueryError
from archive.search import (
    article_match,
    fts5_query,
    search_article_ids,
    search_statement_ids,
    statement_match,
)
from tests.test_views import seed


def test_search_finds_title_text_and_statements(engine: Engine) -> None:
    seed(engine)
    with engine.connect() as conn:
        assert search_article_ids(conn, "nuclear") == [1]
        assert search_article_ids(conn, "Washington") == [1]  # the title counts too
        assert sorted(search_article_ids(conn, "talks")) == [1, 2]  # stemmed: "talks" ~ "talk"
        assert search_article_ids(conn, "talks -nuclear") == [2]
        assert sorted(search_article_ids(conn, "nuclear OR energy")) == [1, 2]
        assert search_article_ids(conn, '"foreign office"') == [3]
        assert search_article_ids(conn, '"office foreign"') == []
        assert search_statement_ids(conn, "peace") == [2]
        assert search_statement_ids(conn, "productive talk") == [3]
        ids = conn.scalars(
            select(m.Article.id).where(article_match(conn, "ties")).order_by(m.Article.id)
        ).all()
        assert ids == [2]
        both = (
            select(m.Statement.id)
            .join(m.Article)
            .where(statement_match(conn, "dialogue"), article_match(conn, "nuclear"))
        )
        assert conn.scalars(both).all() == [1]


@pytest.mark.parametrize(
    "hostile", ["title:nuclear", "NEAR(a b)", '"unbalanced', "a* AND (", "') OR 1=1 --", "^x"]
)
def test_user_input_cannot_break_the_query(engine: Engine, hostile: str) -> None:
    seed(engine)
    with engine.connect() as conn:
        assert isinstance(search_article_ids(conn, hostile), list)


def test_empty_or_purely_negative_search_is_refused(engine: Engine) -> None:
    with engine.connect() as conn, pytest.raises(QueryError):
        search_article_ids(conn, "  ")
    with engine.connect() as conn, pytest.raises(QueryError, match="not excluded"):
        search_article_ids(conn, "-nuclear")


def test_fts5_query_quotes_every_word() -> None:
    assert fts5_query('talks "foreign minister" -Iran OR summit') == (
        '(("talks" AND "foreign minister") NOT "Iran") OR ("summit")'
    )
    assert fts5_query("col:x NEAR") == '("col x" AND "NEAR")'


def test_index_follows_insert_update_delete(engine: Engine) -> None:
    seed(engine)
    art, st = m.Article.__table__, m.Statement.__table__
    with engine.begin() as conn:
        conn.execute(insert(art).values(id=10, content_hash="h10", title="Glaciers", text="Ice sheets melt."))
        conn.execute(
            insert(st).values(
                id=10,
                article_id=10,
                text="Glaciers retreat.",
                kind="direct",
                start=0,
                end=1,
                extractor_version="t",
            )
        )
    with engine.connect() as conn:
        assert search_article_ids(conn, "glacier") == [10]
        assert search_article_ids(conn, "ice") == [10]
        assert search_statement_ids(conn, "retreat") == [10]
    with engine.begin() as conn:
        conn.execute(update(art).where(art.c.id == 10).values(title="Deserts", text="Sand dunes move."))
        conn.execute(update(st).where(st.c.id == 10).values(text="Dunes advance."))
    with engine.connect() as conn:
        assert search_article_ids(conn, "glacier") == []
        assert search_article_ids(conn, "ice") == []
        assert search_article_ids(conn, "dunes") == [10]
        assert search_statement_ids(conn, "retreat") == []
        assert search_statement_ids(conn, "advance") == [10]
    with engine.begin() as conn:
        conn.execute(delete(art).where(art.c.id == 10))  # cascades to the statement
    with engine.connect() as conn:
        assert search_article_ids(conn, "dunes") == []
        assert search_statement_ids(conn, "advance") == []
        if conn.dialect.name == "sqlite":  # the FTS index itself is consistent with its content
            conn.execute(text("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')"))
            conn.execute(text("INSERT INTO statement_fts(statement_fts) VALUES ('integrity-check')"))


def test_postgresql_uses_the_gin_index(backend: str, engine: Engine) -> None:
    if backend != "postgresql":
        pytest.skip("PostgreSQL only")
    seed(engine)
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        compiled = select(m.Article.id).where(article_match(conn, "nuclear")).compile(conn)
        plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + compiled.string, compiled.params).scalars())
    assert "ix_article_fulltext" in plan
