"""`archive import`: idempotent, safe on bad input, concurrent, and resumable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from archive import models as m
from archive.cli import app
from archive.config import resolve_url
from archive.db import make_engine
from archive.export import export_articles
from archive.ingest import ImportOptions, import_records
from archive.readers import ReadOptions, iter_articles
from tests.articles import article, write_jsonl, write_txt

runner = CliRunner()


def count(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model)) or 0


def run(db_url: str, *args: str, input: str | None = None):
    return runner.invoke(app, ["--db", db_url, "import", "--jobs", "1", *args], input=input)


def test_import_then_reimport_adds_nothing(db_url: str, engine: Engine, tmp_path: Path) -> None:
    for i in range(3):
        write_txt(tmp_path / f"a{i}.txt", i)
    first = run(db_url, str(tmp_path))
    assert first.exit_code == 0, first.output
    assert "3 new, 0 updated, 0 unchanged, 0 failed" in first.output
    before = {model: count(engine, model) for model in (m.Article, m.Person, m.Statement, m.Meeting)}
    again = run(db_url, str(tmp_path))
    assert "0 new, 0 updated, 3 unchanged, 0 failed" in again.output
    assert {model: count(engine, model) for model in before} == before


def test_same_content_under_another_name_is_a_duplicate(db_url: str, engine: Engine, tmp_path: Path) -> None:
    rec = article(1)
    (tmp_path / "one.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    rec2 = dict(rec, id="another-id", text="  " + rec["text"].replace(" ", "  ") + "\n")
    (tmp_path / "two.jsonl").write_text(json.dumps(rec2) + "\n", encoding="utf-8")
    result = run(db_url, str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl"), "--json")
    assert json.loads(result.output) == {"new": 1, "updated": 0, "unchanged": 1, "failed": 0}
    assert count(engine, m.Article) == 1


def test_update_replaces_a_changed_article(db_url: str, engine: Engine, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [4])
    run(db_url, str(path))
    changed = dict(article(4), text=article(4)["text"] + "\n\nA late paragraph was added.")
    path.write_text(json.dumps(changed) + "\n", encoding="utf-8")
    plain = run(db_url, str(path), "--json")
    assert json.loads(plain.output)["unchanged"] == 1
    updated = run(db_url, str(path), "--update", "--json")
    assert json.loads(updated.output) == {"new": 0, "updated": 1, "unchanged": 0, "failed": 0}
    with engine.connect() as conn:
        text = conn.scalar(select(m.Article.text))
        assert text.endswith("late paragraph was added.")
        assert conn.scalar(select(func.count()).select_from(m.Article)) == 1
        # facts were re-extracted once, not added a second time
        people = conn.scalar(select(func.count()).select_from(m.ArticlePerson))
    assert people == len({p["name"] for p in next(iter(export(engine)))["persons"]})


def export(engine: Engine) -> list[dict]:
    with engine.connect() as conn:
        return list(export_articles(conn))


def test_bad_lines_are_reported_and_the_rest_imported(db_url: str, engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(article(0)),
        "{not json",
        json.dumps({"id": "x", "title": "no text"}),
        json.dumps(article(1)),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "junk.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run(db_url, str(tmp_path), "--json")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert any(f"{path}:2:" in e for e in errors)
    assert any(f"{path}:3:" in e for e in errors)
    assert any("junk.txt" in e and "binary" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert json.loads(result.stdout) == {"new": 2, "updated": 0, "unchanged": 0, "failed": 4}
    assert count(engine, m.Article) == 2


def test_strict_stops_at_the_first_error(db_url: str, engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "\n".join([json.dumps(article(0)), "{broken", json.dumps(article(1))]) + "\n", encoding="utf-8"
    )
    result = run(db_url, str(path), "--strict")
    assert result.exit_code == 1
    assert f"{path}:2" in result.stderr
    assert count(engine, m.Article) <= 1


def test_stdin(db_url: str, engine: Engine) -> None:
    data = "".join(json.dumps(article(i)) + "\n" for i in range(2))
    result = run(db_url, "-", "--format", "jsonl", input=data)
    assert result.exit_code == 0, result.output
    assert count(engine, m.Article) == 2


def test_oversized_record_is_refused(db_url: str, engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    big = dict(article(2), id="big", text="word " * 5000)
    path.write_text(json.dumps(article(3)) + "\n" + json.dumps(big) + "\n", encoding="utf-8")
    result = run(db_url, str(path), "--max-size", "4KB")
    assert result.exit_code == 1
    assert f"{path}:2" in result.stderr
    assert count(engine, m.Article) == 1


def test_unknown_format_is_one_clear_error(db_url: str, tmp_path: Path) -> None:
    result = run(db_url, str(tmp_path), "--format", "docx")
    assert result.exit_code == 1
    assert result.output.startswith("Error:") and "docx" in result.output


def test_library_import_with_worker_processes(engine: Engine, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "many.jsonl", range(30))
    summary = import_records(
        engine, iter_articles([str(path)], ReadOptions()), ImportOptions(jobs=2, batch_size=7)
    )
    assert (summary.new, summary.failed) == (30, 0)
    ids = [row["id"] for row in export(engine)]
    assert ids == [f"test-{i}" for i in range(30)]


def _cli(db_url: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    return subprocess.Popen(
        [sys.executable, "-m", "archive", "--db", db_url, "import", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_two_concurrent_importers_make_no_duplicates(db_url: str, engine: Engine, tmp_path: Path) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 60))
    b = write_jsonl(tmp_path / "b.jsonl", range(30, 90))
    procs = [_cli(db_url, str(p), "--jobs", "1", "--json") for p in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    summaries = [json.loads(out) for out, _ in outs]
    assert sum(s["new"] for s in summaries) == 90
    assert sum(s["failed"] for s in summaries) == 0
    assert count(engine, m.Article) == 90
    with engine.connect() as conn:
        dupes = conn.execute(
            select(m.Person.name_key).group_by(m.Person.name_key).having(func.count() > 1)
        ).all()
    assert dupes == []


KILL_RUNS = 3  # imports killed with SIGKILL at successive points before the run that completes


def test_killed_import_leaves_whole_articles_and_completes_on_rerun(
    db_url: str, engine: Engine, tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "many.jsonl", range(400))
    partial = 0
    for _ in range(KILL_RUNS):
        proc = _cli(db_url, str(path), "--jobs", "1")
        deadline = time.monotonic() + 120
        while count(engine, m.Article) <= partial and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored = count(engine, m.Article)
        assert partial < stored <= 400  # the run made progress before it was killed
        partial = stored
        # every stored article has its facts: nothing half-written
        with engine.connect() as conn:
            without_facts = conn.scalar(
                select(func.count())
                .select_from(m.Article)
                .where(~m.Article.id.in_(select(m.ArticlePerson.article_id)))
            )
        assert without_facts == 0
        if stored == 400:  # a loaded machine can finish the run before the signal lands
            break
    again = _cli(db_url, str(path), "--jobs", "1", "--json")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    summary = json.loads(out)
    assert summary["new"] == 400 - partial and summary["unchanged"] == partial
    assert count(engine, m.Article) == 400


def test_reextract_replaces_facts(db_url: str, engine: Engine, tmp_path: Path) -> None:
    run(db_url, str(write_jsonl(tmp_path / "a.jsonl", range(3))))
    before = export(engine)
    result = runner.invoke(app, ["--db", db_url, "reextract"])
    assert result.exit_code == 0, result.output
    assert "re-extracted 3 articles" in result.output
    assert export(engine) == before
    missing = runner.invoke(app, ["--db", db_url, "reextract", "999"])
    assert missing.exit_code == 1 and "no article with id 999" in missing.output


def test_export_writes_the_gold_schema(db_url: str, tmp_path: Path) -> None:
    run(db_url, str(write_jsonl(tmp_path / "a.jsonl", [0])))
    out = tmp_path / "export.jsonl"
    result = runner.invoke(app, ["--db", db_url, "export", "-o", str(out)])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(row) == {
        "id",
        "title",
        "published",
        "source",
        "countries",
        "persons",
        "meetings",
        "statements",
    }
    assert row["id"] == "test-0" and row["published"] == "2024-03-06" and row["source"] == "Test Wire"
    bad = runner.invoke(app, ["--db", db_url, "export", "--format", "xml"])
    assert bad.exit_code == 1 and bad.output.startswith("Error:")


def test_export_keeps_each_fact_with_its_article(db_url: str, engine: Engine, tmp_path: Path) -> None:
    run(db_url, str(write_jsonl(tmp_path / "a.jsonl", range(4))))
    rows = {row["id"]: row for row in export(engine)}
    assert len(rows) == 4
    for i in range(4):
        row, text = rows[f"test-{i}"], article(i)["text"]
        assert row["statements"], row
        for s in row["statements"]:
            assert s["text"] in text
        for p in row["persons"]:
            assert p["name"].split()[-1] in text
        for mt in row["meetings"]:
            assert all(name.split()[-1] in text for name in mt["participants"])


def test_url_of_fixture_database_is_usable(db_url: str) -> None:
    engine = make_engine(resolve_url(db_url))
    try:
        assert count(engine, m.Country) > 200
    finally:
        engine.dispose()


def test_ctrl_c_stops_cleanly_and_a_rerun_completes(db_url: str, engine: Engine, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "many.jsonl", range(400))
    proc = _cli(db_url, str(path), "--jobs", "2")
    deadline = time.monotonic() + 120
    while count(engine, m.Article) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Interrupted." in err and "Traceback" not in err
    partial = count(engine, m.Article)
    again = _cli(db_url, str(path), "--jobs", "2", "--json")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert json.loads(out)["new"] == 400 - partial
    assert count(engine, m.Article) == 400


def test_export_is_what_extraction_found(db_url: str, engine: Engine, tmp_path: Path) -> None:
    """The database round trip loses nothing: export equals the extractor's own records."""
    from archive.extract import extract
    from archive.extract.gold import to_gold

    seed = Path(__file__).resolve().parent.parent / "examples"
    run(db_url, str(seed), str(write_jsonl(tmp_path / "a.jsonl", range(3))))
    exported = {row["id"]: row for row in export(engine)}
    for rec in iter_articles([str(seed), str(tmp_path / "a.jsonl")], ReadOptions()):
        assert not isinstance(rec, Exception)
        facts = extract(rec.title, rec.text, rec.published)
        expected = to_gold(
            facts, id=rec.external_id, title=rec.title, published=rec.published, source=rec.source
        )
        assert exported[rec.external_id] == expected
