"""One linear Alembic history, on SQLite and PostgreSQL, that agrees with the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select

from archive import db
from archive.config import resolve_url
from archive.models import Base, Country
from archive.schema_filter import migration_options


def test_history_is_linear(engine) -> None:
    script = ScriptDirectory.from_config(db.alembic_config(engine))
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1


def test_upgrade_downgrade_upgrade(empty_db_url: str) -> None:
    engine = db.make_engine(resolve_url(empty_db_url))
    try:
        db.upgrade(engine, "head")
        assert db.current_revision(engine) == db.head_revision(engine)
        assert "article" in inspect(engine).get_table_names()
        db.downgrade(engine, "base")
        assert db.current_revision(engine) is None
        assert not set(inspect(engine).get_table_names()) - {"alembic_version"}
        db.upgrade(engine, "head")
        with engine.connect() as conn:
            assert conn.scalar(select(Country.name).where(Country.code == "PK")) == "Pakistan"
    finally:
        engine.dispose()


def test_models_and_migrations_agree(engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts=migration_options()), Base.metadata)
    assert diff == []


def test_every_iso_country_is_loaded(engine) -> None:
    import pycountry

    with engine.connect() as conn:
        codes = set(conn.scalars(select(Country.code)))
        iran = conn.execute(select(Country).where(Country.code == "IR")).one()
    assert codes == {c.alpha_2 for c in pycountry.countries}
    assert iran.name == "Iran" and iran.alpha3 == "IRN"


def test_ensure_current_upgrades_a_new_database(empty_db_url: str) -> None:
    engine = db.make_engine(resolve_url(empty_db_url))
    try:
        db.ensure_current(engine)
        assert db.current_revision(engine) == db.head_revision(engine)
    finally:
        engine.dispose()
