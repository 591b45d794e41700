"""Unforeseen failures stay one line: a broken reader, writer or command never ends in a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from archive import ingest, readers
from archive import models as m
from archive.cli import app
from tests.articles import article, write_txt

runner = CliRunner()


def stored_ids(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.scalars(select(m.Article.external_id)))


def html_page(i: int) -> str:
    a = article(i)
    paragraphs = "".join(f"<p>{p}</p>" for p in a["text"].split("\n\n"))
    return f"<html><head><title>{a['title']}</title></head><body><article><h1>{a['title']}</h1>{paragraphs}</article></body></html>"


def test_a_reader_that_crashes_fails_its_file_only(
    db_url: str, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(3):
        write_txt(tmp_path / f"good{i}.txt", i)
    (tmp_path / "good.html").write_text(html_page(5), encoding="utf-8")
    (tmp_path / "broken.html").write_text(html_page(6), encoding="utf-8")
    real = readers._html_article

    def flaky(text: str, origin: str, *args: Any, **kwargs: Any) -> Any:
        if origin.endswith("broken.html"):
            raise RuntimeError("parser exploded\non two lines")
        return real(text, origin, *args, **kwargs)

    monkeypatch.setattr(readers, "_html_article", flaky)
    result = runner.invoke(app, ["--db", db_url, "import", str(tmp_path), "--jobs", "1", "--json"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [
        f"Error: {tmp_path / 'broken.html'}: could not be read (RuntimeError: parser exploded on two lines)"
    ]
    assert json.loads(result.stdout) == {"new": 4, "updated": 0, "unchanged": 0, "failed": 1}
    assert len(stored_ids(engine)) == 4


def test_a_writer_that_crashes_on_one_article_keeps_the_others(
    db_url: str, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(article(i)) + "\n" for i in range(5)), encoding="utf-8")
    real = ingest._write

    def flaky(conn: Any, items: list[Any]) -> list[str]:
        if any(i.record.external_id == "test-2" for i in items):
            raise ValueError("no room for this one")
        return real(conn, items)

    monkeypatch.setattr(ingest, "_write", flaky)
    result = runner.invoke(app, ["--db", db_url, "import", str(feed), "--jobs", "1", "--json"])
    assert result.exit_code == 1
    assert f"{feed}:3: could not be stored (ValueError: no room for this one)" in result.stderr
    assert json.loads(result.stdout)["new"] == 4
    assert stored_ids(engine) == {"test-0", "test-1", "test-3", "test-4"}
    # nothing half-written: the failed article left no facts behind
    with engine.connect() as conn:
        orphans = conn.scalar(
            select(func.count())
            .select_from(m.ArticlePerson)
            .where(~m.ArticlePerson.article_id.in_(select(m.Article.id)))
        )
    assert orphans == 0


def test_an_unexpected_error_in_a_command_is_one_line(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import archive.queries

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise KeyError("lost")

    monkeypatch.setattr(archive.queries, "stats", broken)
    monkeypatch.delenv("ARCHIVE_DEBUG", raising=False)
    result = runner.invoke(app, ["--db", db_url, "stats"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: unexpected KeyError: 'lost'")
    assert len(result.output.strip().splitlines()) == 1
    assert not isinstance(result.exception, KeyError)


def test_usage_errors_still_go_to_typer(db_url: str) -> None:
    result = runner.invoke(app, ["--db", db_url, "meetings", "list", "--limit", "many"])
    assert result.exit_code == 2
    assert "unexpected" not in result.output
