"""The BI views of migration 0003: contents on both backends, real clients, downgrade, docs."""

from __future__ import annotations

import asyncio
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, insert, inspect, text

from archive import db
from archive import models as m
from archive.config import resolve_url
from archive.schema_filter import migration_options

VIEWS = [
    "v_articles",
    "v_meetings",
    "v_meeting_participants",
    "v_statements",
    "v_person_mentions",
    "v_country_pairs",
]
DOCS = Path(__file__).resolve().parent.parent / "docs"


# --------------------------------------------------------------------------- known data


def _article(conn: Connection, id_: int, title: str, body: str, published: date | None, source: str) -> None:
    conn.execute(
        insert(m.Article.__table__).values(
            id=id_, content_hash=f"h{id_}", title=title, text=body, published=published, source=source
        )
    )


def seed(engine: Engine) -> None:
    """Three articles, three persons, three meetings, four statements (ids fixed, for asserts).

    Meetings: 1 = Sharif visits Blinken in Washington (2024-01-15, two sources),
    2 = Sharif and Lavrov in Moscow (2024-02-03), 3 = Sharif–Blinken phone call (2024-02-20).
    """
    with engine.begin() as conn:
        _article(
            conn,
            1,
            "Sharif meets Blinken in Washington",
            "Nuclear talks were held.",
            date(2024, 1, 15),
            "Dawn",
        )
        _article(
            conn, 2, "Lavrov and Sharif hold talks", "Trade and energy ties.", date(2024, 2, 3), "Reuters"
        )
        _article(conn, 3, "Undated note", "The Foreign Office declined to comment.", None, "Dawn")
        conn.execute(
            insert(m.Person.__table__),
            [
                {"id": 1, "name": "Shehbaz Sharif", "name_key": "shehbaz sharif", "country_code": "PK"},
                {"id": 2, "name": "Antony Blinken", "name_key": "antony blinken", "country_code": "US"},
                {"id": 3, "name": "Sergey Lavrov", "name_key": "sergey lavrov", "country_code": "RU"},
            ],
        )
        ap = [(1, 1, 1, "Shehbaz Sharif", "PK"), (2, 1, 2, "Blinken", "US"), (3, 2, 1, "Sharif", "PK")]
        ap.append((4, 2, 3, "Sergei Lavrov", "RU"))
        conn.execute(
            insert(m.ArticlePerson.__table__),
            [
                {"id": i, "article_id": a, "person_id": p, "name": n, "country_code": c}
                | {"start": 0, "end": 5, "extractor_version": "t"}
                for i, a, p, n, c in ap
            ],
        )
        conn.execute(
            insert(m.PersonMention.__table__),
            [
                {"article_person_id": apid, "surface": "x", "start": s, "end": s + 1}
                for apid, s in ((1, 0), (1, 10), (2, 3), (3, 0), (4, 2))
            ],
        )
        conn.execute(
            insert(m.PersonTitle.__table__),
            [
                {"article_person_id": 1, "title": "Prime Minister", "start": 0, "end": 1},
                {"article_person_id": 1, "title": "PML-N leader", "start": 2, "end": 3},
                {"article_person_id": 2, "title": "Secretary of State", "start": 0, "end": 1},
            ],
        )
        conn.execute(
            insert(m.ArticleCountry.__table__),
            [
                {"article_id": a, "country_code": c, "surface": c, "kind": "name"}
                | {"start": 0, "end": 2, "extractor_version": "t"}
                for a, c in ((1, "PK"), (1, "US"), (1, "US"), (2, "RU"), (2, "PK"))
            ],
        )
        conn.execute(
            insert(m.Meeting.__table__),
            [
                {"id": 1, "cameo": "042", "date": date(2024, 1, 15), "location": "Washington"}
                | {"location_country_code": "US"},
                {"id": 2, "cameo": "040", "date": date(2024, 2, 3), "location": "Moscow"}
                | {"location_country_code": "RU"},
                {"id": 3, "cameo": "041", "date": date(2024, 2, 20), "location": None}
                | {"location_country_code": None},
            ],
        )
        sources = [(1, 1, 1), (2, 1, 2), (3, 2, 2), (4, 3, 2)]  # (source id, meeting, article)
        conn.execute(
            insert(m.MeetingSource.__table__),
            [
                {"id": s, "meeting_id": mt, "article_id": a, "cameo": "040", "start": s, "end": s + 1}
                | {"extractor_version": "t"}
                for s, mt, a in sources
            ],
        )
        parts = [(1, 1, 1), (1, 1, 2), (2, 1, 1), (2, 1, 2), (3, 2, 1), (3, 2, 3), (4, 3, 1), (4, 3, 2)]
        conn.execute(
            insert(m.MeetingParticipant.__table__),
            [{"source_id": s, "meeting_id": mt, "person_id": p} for s, mt, p in parts],
        )
        countries = [(1, 1, "PK"), (1, 1, "US"), (2, 1, "PK"), (2, 1, "US"), (3, 2, "RU"), (3, 2, "PK")]
        countries += [(4, 3, "US"), (4, 3, "PK")]
        conn.execute(
            insert(m.MeetingCountry.__table__),
            [{"source_id": s, "meeting_id": mt, "country_code": c} for s, mt, c in countries],
        )
        stmts = [
            (1, 1, "Blinken", 2, "US", "We support dialogue between the neighbours."),
            (2, 1, "Sharif", 1, "PK", "Pakistan wants peace."),
            (3, 2, "Sharif", 1, "PK", "The talks were productive."),
            (4, 3, "the Foreign Office", None, "PK", "No comment."),
        ]
        conn.execute(
            insert(m.Statement.__table__),
            [
                {"id": i, "article_id": a, "speaker": sp, "speaker_person_id": p, "speaker_country_code": c}
                | {"text": t, "kind": "direct", "start": 0, "end": 1, "extractor_version": "t"}
                for i, a, sp, p, c, t in stmts
            ],
        )


def rows(engine: Engine, sql: str, **params: Any) -> list[dict[str, Any]]:
    """Rows as dicts, dates as ISO text (SQLite returns text, PostgreSQL date objects)."""
    with engine.connect() as conn:
        result = conn.execute(text(sql), params).mappings().all()
    return [{k: v.isoformat() if isinstance(v, date) else v for k, v in r.items()} for r in result]


# --------------------------------------------------------------------------- contents


def test_v_meetings_one_row_per_meeting(engine: Engine) -> None:
    seed(engine)
    got = rows(engine, "SELECT * FROM v_meetings ORDER BY meeting_id")
    assert [r["meeting_id"] for r in got] == [1, 2, 3]
    first = got[0]
    assert first["date"] == "2024-01-15" and first["month"] == "2024-01" and first["year"] == 2024
    assert first["cameo"] == "042" and first["type"] == "visit"
    assert first["location"] == "Washington" and first["location_country"] == "United States"
    assert first["participants"] == "Antony Blinken, Shehbaz Sharif"
    assert first["participant_countries"] == "Pakistan, United States"
    assert first["country_codes"] == "PK, US" and first["countries"] == "Pakistan, United States"
    assert (first["n_participants"], first["n_countries"], first["n_sources"]) == (2, 2, 2)
    assert got[2]["type"] == "phone call" and got[2]["location_country"] is None


def test_v_meeting_participants_long_form(engine: Engine) -> None:
    seed(engine)
    got = rows(
        engine, "SELECT meeting_id, person_name, person_country, n_sources FROM v_meeting_participants"
    )
    assert len(got) == 6
    assert {
        "meeting_id": 1,
        "person_name": "Shehbaz Sharif",
        "person_country": "Pakistan",
        "n_sources": 2,
    } in got


def test_v_country_pairs_unordered(engine: Engine) -> None:
    seed(engine)
    got = rows(
        engine, "SELECT meeting_id, country_a, country_b, month FROM v_country_pairs ORDER BY meeting_id"
    )
    assert got == [
        {"meeting_id": 1, "country_a": "PK", "country_b": "US", "month": "2024-01"},
        {"meeting_id": 2, "country_a": "PK", "country_b": "RU", "month": "2024-02"},
        {"meeting_id": 3, "country_a": "PK", "country_b": "US", "month": "2024-02"},
    ]


def test_v_statements_and_person_mentions(engine: Engine) -> None:
    seed(engine)
    st = rows(engine, "SELECT * FROM v_statements ORDER BY statement_id")
    assert st[0]["speaker_name"] == "Antony Blinken" and st[0]["speaker_country"] == "United States"
    assert st[0]["article_title"] == "Sharif meets Blinken in Washington" and st[0]["source"] == "Dawn"
    assert st[3]["speaker_name"] == "the Foreign Office" and st[3]["month"] is None
    pm = rows(engine, "SELECT * FROM v_person_mentions WHERE article_person_id = 1")
    assert pm[0]["name_as_written"] == "Shehbaz Sharif" and pm[0]["person_name"] == "Shehbaz Sharif"
    assert pm[0]["titles"] == "PML-N leader, Prime Minister" and pm[0]["n_mentions"] == 2
    art = rows(engine, "SELECT * FROM v_articles ORDER BY article_id")
    assert [(a["n_persons"], a["n_countries"], a["n_meetings"], a["n_statements"]) for a in art] == [
        (2, 2, 1, 2),
        (2, 2, 3, 1),
        (0, 0, 0, 1),
    ]


# --------------------------------------------------------------------------- real clients


def test_datasette_serves_every_view(backend: str, db_url: str, engine: Engine) -> None:
    if backend != "sqlite":
        pytest.skip("Datasette serves SQLite files")
    from datasette.app import Datasette

    seed(engine)
    engine.dispose()

    async def fetch() -> dict[str, Any]:
        ds = Datasette([db_url])
        await ds.invoke_startup()
        name = Path(db_url).stem
        out = {}
        for view in VIEWS:
            resp = await ds.client.get(f"/{name}/{view}.json?_shape=array")
            assert resp.status_code == 200, (view, resp.text)
            out[view] = resp.json()
        return out

    got = asyncio.run(fetch())
    assert all(got[v] for v in VIEWS)
    assert {r["participants"] for r in got["v_meetings"]} >= {"Antony Blinken, Shehbaz Sharif"}


def test_psycopg_reads_every_view_with_comments(backend: str, db_url: str, engine: Engine) -> None:
    if backend != "postgresql":
        pytest.skip("PostgreSQL only")
    import psycopg

    seed(engine)
    url = resolve_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as conn:
        for view in VIEWS:
            assert conn.execute(f"SELECT * FROM {view}").fetchall(), view
            about = conn.execute("SELECT obj_description(%s::regclass, 'pg_class')", (view,)).fetchone()
            assert about and about[0], view
            undocumented = conn.execute(
                "SELECT a.attname FROM pg_attribute a WHERE a.attrelid = %s::regclass AND a.attnum > 0 "
                "AND col_description(a.attrelid, a.attnum) IS NULL",
                (view,),
            ).fetchall()
            assert undocumented == [], view


# --------------------------------------------------------------------------- migration


def test_models_and_migrations_agree_with_filter(engine: Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts=migration_options()), m.Base.metadata)
    # Only objects of this migration are filtered; tables of later migrations are someone else's.
    assert not [d for d in diff if re.search(r"fts|fulltext|v_", repr(d))]


def _extras(engine: Engine) -> set[str]:
    insp = inspect(engine)
    names = set(insp.get_view_names()) | {t for t in insp.get_table_names() if "fts" in t}
    for table in ("article", "statement"):
        names |= {i["name"] for i in insp.get_indexes(table) if "fulltext" in (i["name"] or "")}
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            names |= set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    return names


def test_downgrade_removes_views_and_search(empty_db_url: str) -> None:
    engine = db.make_engine(resolve_url(empty_db_url))
    try:
        db.upgrade(engine, "0003")
        assert set(VIEWS) <= _extras(engine)
        db.downgrade(engine, "0002")
        assert _extras(engine) == set()
        db.upgrade(engine, "head")
        assert set(VIEWS) <= _extras(engine)
    finally:
        engine.dispose()


_BATCH_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = {head!r}


def upgrade():
    with op.batch_alter_table("article", recreate="always") as batch:
        batch.add_column(sa.Column("extra", sa.Integer()))
    with op.batch_alter_table("statement", recreate="always") as batch:
        batch.add_column(sa.Column("extra", sa.Integer()))


def downgrade():
    pass
"""


def test_sqlite_batch_rebuild_keeps_views_fts_and_children(
    backend: str, engine: Engine, tmp_path: Path
) -> None:
    """A later batch migration that recreates `article` keeps the views, FTS and child rows (via env.py)."""
    if backend != "sqlite":
        pytest.skip("SQLite batch mode only")
    import shutil

    from alembic.script import ScriptDirectory

    from alembic import command
    from archive.search import search_article_ids, search_statement_ids

    seed(engine)
    scripts = tmp_path / "alembic"
    shutil.copytree(db.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    cfg = db.alembic_config(engine)
    cfg.set_main_option("script_location", str(scripts))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    (scripts / "versions" / "9999_batch.py").write_text(_BATCH_MIGRATION.format(head=head))
    command.upgrade(cfg, "head")

    assert rows(engine, "SELECT count(*) AS n FROM v_articles") == [{"n": 3}]
    assert rows(engine, "SELECT count(*) AS n FROM statement") == [{"n": 4}]  # no cascade on DROP
    assert rows(engine, "SELECT count(*) AS n FROM meeting_source") == [{"n": 4}]
    with engine.begin() as conn:
        conn.execute(text("UPDATE article SET title = 'Zanzibar summit' WHERE id = 3"))
        conn.execute(text("UPDATE statement SET text = 'Zanzibar is lovely.' WHERE id = 4"))
    with engine.connect() as conn:
        assert search_article_ids(conn, "zanzibar") == [3]
        assert search_article_ids(conn, "nuclear") == [1]
        assert search_statement_ids(conn, "zanzibar") == [4]
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


# --------------------------------------------------------------------------- docs


def test_schema_doc_describes_every_table_view_and_column(engine: Engine) -> None:
    doc = (DOCS / "schema.md").read_text(encoding="utf-8")
    insp = inspect(engine)
    # The tables of archive.models (other modules document their own tables).
    tables = [mp.class_.__table__ for mp in m.Base.registry.mappers if mp.class_.__module__ == m.__name__]
    for table in tables:
        assert f"`{table.name}`" in doc, table.name
        for column in table.columns:
            assert f"`{column.name}`" in doc, f"{table.name}.{column.name}"
    for view in VIEWS:
        assert f"`{view}`" in doc, view
        for column in insp.get_columns(view):
            assert f"`{column['name']}`" in doc, f"{view}.{column['name']}"
