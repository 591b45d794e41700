"""Import benchmark: end to end into SQLite and PostgreSQL, and the write path alone.

    python bench/bench_import.py [--articles 10000] [--corpus ../shared/corpus/dev.jsonl]
                                 [--postgres postgresql://postgres@127.0.0.1/test]

Articles are made by recombining paragraphs of real articles (a seeded shuffle
of the corpus' paragraphs, headlines and dates), never by filling templates.

Reported:
- end to end (`archive import FILE.jsonl`, worker processes = cores): articles/s,
  and the importer's peak memory for the full input and for a quarter of it
  (streaming keeps the two close);
- import articles per CPU second next to spaCy's small English pipeline on the
  same texts (bench/baseline.py; needs the `bench` extra), target >= 6x;
- the write path alone: storing already extracted facts through archive.store,
  next to replaying the very same SQL statements and rows with the raw driver's
  executemany, in the same run; the ratio is the write path's overhead.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def paragraphs_of(corpus: Path) -> tuple[list[str], list[str], list[str]]:
    rows = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    paras = [p.strip() for r in rows for p in r["text"].split("\n\n") if len(p.split()) > 5]
    titles = [r["title"] for r in rows if r.get("title")]
    dates = [r["published"] for r in rows if r.get("published")]
    return paras, titles, dates


def make_corpus(corpus: Path, n: int, out: Path, seed: int = 7) -> int:
    """Write ``n`` recombined articles as JSON lines; returns the number of words."""
    paras, titles, dates = paragraphs_of(corpus)
    rnd = random.Random(seed)
    words = 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            body = "\n\n".join(rnd.sample(paras, k=min(len(paras), rnd.randint(6, 14))))
            words += len(body.split())
            rec = {
                "id": f"bench-{i}",
                "title": f"{rnd.choice(titles)} ({i})",
                "published": rnd.choice(dates),
                "source": rnd.choice(["Wire A", "Wire B", "Daily C"]),
                "text": body,
            }
            f.write(json.dumps(rec) + "\n")
    return words


def end_to_end(db: str, path: Path, jobs: int) -> tuple[float, dict[str, Any], int, float]:
    """Run the real CLI in a child process.

    Returns (seconds, summary, peak RSS in KiB, CPU seconds of the importer and its workers).
    """
    start = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import resource, sys; from archive.cli import main\n"
            "try:\n    main()\nfinally:\n"
            "    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime\n"
            "    print(me.ru_maxrss, cpu, file=sys.stderr)",
            "--db",
            db,
            "import",
            str(path),
            "--jobs",
            str(jobs),
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr)
    rss, cpu = proc.stderr.strip().splitlines()[-1].split()
    return elapsed, json.loads(proc.stdout), int(rss), float(cpu)


def fresh_db(kind: str, pg_url: str | None, tmp: Path) -> tuple[str, Any]:
    """A new empty database; returns (its --db argument, a cleanup function)."""
    if kind == "sqlite":
        path = tmp / f"{uuid.uuid4().hex}.db"
        return str(path), lambda: None
    assert pg_url
    from archive.config import resolve_url

    admin = create_engine(resolve_url(pg_url), isolation_level="AUTOCOMMIT")
    name = f"archive_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()

    return resolve_url(pg_url).set(database=name).render_as_string(hide_password=False), drop


def write_path(
    db: str, records: list[Any], facts: list[Any], batch: int = 100
) -> tuple[float, list[tuple[str, Any, bool]]]:
    """Store extracted facts through archive.store, recording every statement it sends."""
    from archive import store
    from archive.config import resolve_url
    from archive.db import ensure_current, make_engine, writer

    engine = make_engine(resolve_url(db))
    ensure_current(engine)
    log: list[tuple[str, Any, bool]] = []

    def record(conn: Any, cursor: Any, statement: str, params: Any, context: Any, executemany: bool) -> None:
        # insertmanyvalues batches arrive flagged executemany but as one flat parameter set
        many = executemany and isinstance(params, list | tuple) and bool(params)
        many = many and isinstance(params[0], list | tuple | dict)
        log.append((statement, list(params) if many else params, many))

    def committed(conn: Any) -> None:
        log.append(("COMMIT", None, False))

    event.listen(engine, "before_cursor_execute", record)
    event.listen(engine, "commit", committed)
    start = time.perf_counter()
    # as the importer does it: a transaction per batch, one executemany per table
    for i in range(0, len(records), batch):
        with writer(engine).begin() as conn:
            chunk = records[i : i + batch]
            rows = [
                store.ArticleRow(
                    r.external_id, r.url, r.content_hash, r.title, r.text, r.published, r.source, r.origin
                )
                for r in chunk
            ]
            ids = store.insert_articles(conn, rows)
            assert None not in ids
            written = list(zip(ids, facts[i : i + batch], strict=True))
            store.write_batch(conn, written)
    elapsed = time.perf_counter() - start
    event.remove(engine, "before_cursor_execute", record)
    event.remove(engine, "commit", committed)
    engine.dispose()
    return elapsed, log


def raw_replay(db: str, log: list[tuple[str, Any, bool]]) -> float:
    """Send the same statements and rows straight through the DB-API driver."""
    from archive.config import resolve_url
    from archive.db import ensure_current, make_engine

    engine: Engine = make_engine(resolve_url(db))
    ensure_current(engine)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        start = time.perf_counter()
        sqlite = engine.dialect.name == "sqlite"
        for statement, params, many in log:
            if statement == "COMMIT":  # the same transaction boundaries as the write path
                if sqlite:
                    cur.execute("COMMIT")
                else:
                    raw.commit()
            elif many:
                cur.executemany(statement, params)
            else:
                cur.execute(statement, params or ())
                if cur.description:
                    cur.fetchall()
        elapsed = time.perf_counter() - start
    finally:
        raw.close()
        engine.dispose()
    return elapsed


def versus_baseline(path: Path, rates: dict[str, float], sample: int = 100) -> None:
    """Import articles per CPU second next to spaCy's small pipeline on the same texts.

    CPU time, not wall time: both sides are charged for the work they do, whatever
    else the machine runs and however many processes the importer uses.
    """
    sys.path.insert(0, str(ROOT / "bench"))
    import baseline

    loaded = baseline.load()
    if loaded is None:
        print("baseline: spaCy not installed; skipped (pip install -e '.[bench]')")
        return
    nlp, label = loaded
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()[:sample]]
    theirs = len(rows) / baseline.seconds(nlp, [f"{r['title']}\n\n{r['text']}" for r in rows])
    print(f"baseline: {label}: {theirs:.1f} articles per CPU second")
    for kind, ours in rates.items():
        print(
            f"[{kind}] import {ours:.1f} articles per CPU second = {ours / theirs:.1f}x the baseline (target >= 6x)"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
    ap.add_argument("--corpus", type=Path, default=default)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--write-articles", type=int, default=2_000, help="articles for the write-path test")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--postgres",
        default=os.environ.get("ARCHIVE_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
        help="server for the PostgreSQL half ('' to skip)",
    )
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"no corpus at {args.corpus}: pass --corpus FILE.jsonl (fields id,title,text,...)")

    backends = ["sqlite"] + (["postgresql"] if args.postgres else [])
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        full, quarter = tmp / "full.jsonl", tmp / "quarter.jsonl"
        words = make_corpus(args.corpus, args.articles, full)
        make_corpus(args.corpus, max(1, args.articles // 4), quarter)
        print(f"{args.articles} recombined articles, {words} words; {args.jobs} extraction processes")

        rates: dict[str, float] = {}
        for kind in backends:
            db, cleanup = fresh_db(kind, args.postgres, tmp)
            try:
                secs, summary, rss, cpu = end_to_end(db, full, args.jobs)
            finally:
                cleanup()
            db, cleanup = fresh_db(kind, args.postgres, tmp)
            try:
                _, _, rss_q, _ = end_to_end(db, quarter, args.jobs)
            finally:
                cleanup()
            print(
                f"[{kind}] end to end: {summary['new']} new in {secs:.1f}s = {summary['new'] / secs:.1f} "
                f"articles/s (target >= 100 on SQLite); peak memory {rss / 1024:.0f} MiB "
                f"(quarter input: {rss_q / 1024:.0f} MiB)"
            )
            rates[kind] = summary["new"] / cpu
        versus_baseline(full, rates)

        from archive.extract import extract
        from archive.readers import RawArticle, ReadOptions, iter_articles

        records = [r for r in iter_articles([str(full)], ReadOptions()) if isinstance(r, RawArticle)][
            : args.write_articles
        ]
        facts = [extract(r.title, r.text, r.published) for r in records]
        for kind in backends:
            db, cleanup = fresh_db(kind, args.postgres, tmp)
            try:
                ours, log = write_path(db, records, facts)
            finally:
                cleanup()
            db, cleanup = fresh_db(kind, args.postgres, tmp)
            try:
                raw = raw_replay(db, log)
            finally:
                cleanup()
            print(
                f"[{kind}] write path: {len(records)} articles in {ours:.2f}s "
                f"({len(records) / ours:.0f}/s); raw driver replay of the same {len(log)} statements and commits "
                f"{raw:.2f}s; ratio {ours / raw:.2f}x (target <= 2x)"
            )


if __name__ == "__main__":
    main()
