"""Full-text search over articles (title and text) and statements, on either backend.

Migration 0003 built the indexes: SQLite FTS5 tables ``article_fts`` and
``statement_fts`` (porter stemming), PostgreSQL GIN indexes on
``to_tsvector('english', …)``. The expressions below repeat the PostgreSQL
index expressions exactly, so the planner can use them.

The query syntax is the same on both (PostgreSQL's websearch syntax):
words (all must match), ``"a quoted phrase"``, ``OR`` between alternatives,
``-word`` to exclude. On SQLite it is translated into an FTS5 expression with
every word quoted, so user input can never inject FTS5 operators or columns.

Usage::

    stmt = select(Article.id, Article.title).where(article_match(conn, "nuclear talks"))
    ids = search_article_ids(conn, '"foreign minister" -Iran', limit=20)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.sql.elements import ColumnElement, TextClause

from archive.errors import QueryError

# Must match ix_article_fulltext / ix_statement_fulltext in migration 0003.
PG_ARTICLE_VECTOR = "to_tsvector('english', coalesce(article.title, '') || ' ' || article.text)"
PG_STATEMENT_VECTOR = "to_tsvector('english', statement.text)"

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True, slots=True)
class _Term:
    words: str  # one word or a phrase
    negated: bool = False


def parse(query: str) -> list[list[_Term]]:
    """Parse websearch syntax into OR-groups of terms (each group: all terms must hold)."""
    groups: list[list[_Term]] = [[]]
    for m in _TOKEN.finditer(query):
        neg, phrase, word = m.group(1), m.group(2), m.group(3)
        if word is not None:
            if word == "OR":
                if groups[-1]:
                    groups.append([])
                continue
            negated = word.startswith("-") and len(word) > 1
            words = word[1:] if negated else word
        else:
            negated, words = bool(neg), phrase
        # Keep only what the tokenizers index: letters and digits.
        words = " ".join(re.findall(r"\w+", words))
        if words:
            groups[-1].append(_Term(words, negated))
    groups = [g for g in groups if g]
    if not groups:
        raise QueryError(f"nothing to search for in {query!r}")
    for g in groups:
        if all(t.negated for t in g):
            raise QueryError(f"search {query!r}: every alternative needs a word that is not excluded")
    return groups


def fts5_query(query: str) -> str:
    """The user's search as a safe FTS5 MATCH expression (every word double-quoted)."""

    def quote(words: str) -> str:
        return '"' + words.replace('"', '""') + '"'

    alternatives = []
    for group in parse(query):
        expr = " AND ".join(quote(t.words) for t in group if not t.negated)
        for t in group:
            if t.negated:
                expr = f"({expr}) NOT {quote(t.words)}"
        alternatives.append(f"({expr})")
    return " OR ".join(alternatives)


def _check(query: str) -> None:
    parse(query)  # the same errors on both backends


def article_match(conn: Connection, query: str, *, param: str = "fts_article") -> TextClause:
    """A WHERE clause on the ``article`` table: the article's title or text matches ``query``."""
    _check(query)
    if conn.dialect.name == "postgresql":
        clause = text(f"{PG_ARTICLE_VECTOR} @@ websearch_to_tsquery('english', :{param})")
        return clause.bindparams(bindparam(param, query))
    clause = text(f"article.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH :{param})")
    return clause.bindparams(bindparam(param, fts5_query(query)))


def statement_match(conn: Connection, query: str, *, param: str = "fts_statement") -> TextClause:
    """A WHERE clause on the ``statement`` table: the quotation matches ``query``."""
    _check(query)
    if conn.dialect.name == "postgresql":
        clause = text(f"{PG_STATEMENT_VECTOR} @@ websearch_to_tsquery('english', :{param})")
        return clause.bindparams(bindparam(param, query))
    clause = text(f"statement.id IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH :{param})")
    return clause.bindparams(bindparam(param, fts5_query(query)))


def _ranked_ids(conn: Connection, table: str, query: str, limit: int | None) -> list[int]:
    """Ids of ``table`` rows matching ``query``, best match first."""
    _check(query)
    limit_sql = " LIMIT :limit" if limit is not None else ""
    if conn.dialect.name == "postgresql":
        vector = PG_ARTICLE_VECTOR if table == "article" else PG_STATEMENT_VECTOR
        sql = (
            f"SELECT {table}.id FROM {table}, websearch_to_tsquery('english', :q) AS q "
            f"WHERE {vector} @@ q ORDER BY ts_rank({vector}, q) DESC, {table}.id{limit_sql}"
        )
        params: dict[str, object] = {"q": query}
    else:
        fts = f"{table}_fts"
        sql = f"SELECT rowid FROM {fts} WHERE {fts} MATCH :q ORDER BY bm25({fts}), rowid{limit_sql}"
        params = {"q": fts5_query(query)}
    if limit is not None:
        params["limit"] = limit
    return list(conn.execute(text(sql), params).scalars())


def search_article_ids(conn: Connection, query: str, limit: int | None = None) -> list[int]:
    """Ids of the articles whose title or text matches ``query``, most relevant first."""
    return _ranked_ids(conn, "article", query, limit)


def search_statement_ids(conn: Connection, query: str, limit: int | None = None) -> list[int]:
    """Ids of the statements whose text matches ``query``, most relevant first."""
    return _ranked_ids(conn, "statement", query, limit)


def article_id_filter(conn: Connection, query: str) -> ColumnElement[bool]:
    """``Article.id IN (matching ids)`` as a clause, for ORM queries that alias ``article``."""
    from archive.models import Article

    return Article.id.in_(search_article_ids(conn, query))


__all__ = [
    "article_id_filter",
    "article_match",
    "fts5_query",
    "parse",
    "search_article_ids",
    "search_statement_ids",
    "statement_match",
]
