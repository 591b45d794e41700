"""Import and re-extraction: records in, articles and facts stored.

Extraction runs in worker processes while the main process writes finished
batches; each batch is one transaction, so an interrupted import leaves
whole articles or nothing, and running it again completes it.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Protocol

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import DBAPIError, OperationalError

from archive import curation, store
from archive.db import writer
from archive.errors import InputError
from archive.extract import EXTRACTOR_VERSION, ArticleFacts, extract


class Record(Protocol):
    """What a reader yields for one article (see archive.readers.RawArticle)."""

    external_id: str | None
    title: str | None
    text: str
    published: date | None
    source: str | None
    url: str | None
    origin: str
    content_hash: str


@dataclass(slots=True)
class ImportOptions:
    update: bool = False  # replace a stored article whose content changed
    strict: bool = False  # stop at the first error
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    batch_size: int = 100


@dataclass(slots=True)
class ImportSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.failed


@dataclass(slots=True)
class _Item:
    record: Record
    existing_id: int | None  # set when the record updates a stored article
    facts: ArticleFacts | None = None
    error: str | None = None


def _extract_batch(batch: list[tuple[str | None, str, date | None]]) -> list[ArticleFacts | str]:
    """Worker: extract each article; an exception fails that article only."""
    out: list[ArticleFacts | str] = []
    for title, text, published in batch:
        try:
            out.append(extract(title, text, published))
        except Exception as exc:
            out.append(f"extraction failed: {type(exc).__name__}: {exc}")
    return out


def _row(rec: Record) -> store.ArticleRow:
    return store.ArticleRow(
        external_id=rec.external_id,
        url=rec.url,
        content_hash=rec.content_hash,
        title=rec.title,
        text=rec.text,
        published=rec.published,
        source=rec.source,
        origin=rec.origin,
    )


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool.

    A worker interrupted while it holds the task queue's lock would leave
    ``Pool.terminate`` waiting for that lock forever; ignoring SIGINT in the workers
    keeps the interruption in one place.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Extractor:
    """Runs extraction in-process (jobs=1) or in a pool, keeping batches in order."""

    def __init__(self, jobs: int) -> None:
        self.pool = None
        if jobs > 1:
            methods = multiprocessing.get_all_start_methods()
            ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
            self.pool = ctx.Pool(jobs, initializer=_ignore_sigint)
        self.depth = max(2, jobs * 2)

    def submit(self, batch: list[tuple[str | None, str, date | None]]) -> Any:
        if self.pool is None:
            return _extract_batch(batch)
        return self.pool.apply_async(_extract_batch, (batch,))

    @staticmethod
    def result(handle: Any) -> list[ArticleFacts | str]:
        return handle if isinstance(handle, list) else handle.get()

    def close(self, *, abort: bool = False) -> None:
        if self.pool is not None:
            if abort:
                self.pool.terminate()
            else:
                self.pool.close()
            self.pool.join()


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def import_records(
    engine: Engine,
    items: Iterable[Any],
    options: ImportOptions | None = None,
    *,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import reader output (records and read errors), extracting and storing facts.

    ``on_error`` gets each failure as one line ("FILE:LINE: reason") as it
    happens; with ``strict`` the first failure raises InputError after what
    came before it has been committed.
    """
    opts = options or ImportOptions()
    summary = ImportSummary()
    wengine = writer(engine)

    def fail(message: str) -> None:
        summary.failed += 1
        summary.errors.append(message)
        if on_error:
            on_error(message)
        if opts.strict:
            raise InputError(message)

    extractor = _Extractor(opts.jobs)
    pending: deque[tuple[list[_Item], Any]] = deque()
    ok = False
    try:
        for chunk in _batched(items, opts.batch_size):
            todo = _triage(engine, chunk, opts, summary, fail)
            if on_progress and len(todo) < len(chunk):
                on_progress(len(chunk) - len(todo))
            if not todo:
                continue
            handle = extractor.submit([(i.record.title, i.record.text, i.record.published) for i in todo])
            pending.append((todo, handle))
            while len(pending) >= extractor.depth:
                _finish(wengine, *pending.popleft(), extractor, summary, fail, on_progress)
        while pending:
            _finish(wengine, *pending.popleft(), extractor, summary, fail, on_progress)
        ok = True
    finally:
        extractor.close(abort=not ok)
    return summary


def _triage(
    engine: Engine,
    chunk: list[Any],
    opts: ImportOptions,
    summary: ImportSummary,
    fail: Callable[[str], None],
) -> list[_Item]:
    """Sort a batch: read errors, already stored, and articles to extract."""
    from archive.readers import ReadError

    todo: list[_Item] = []
    records = [rec for rec in chunk if not isinstance(rec, ReadError)]
    with engine.connect() as conn:
        found = store.find_existing_many(conn, [_row(r) for r in records])
    existing = {id(rec): stored for rec, stored in zip(records, found, strict=True)}
    for rec in chunk:
        if isinstance(rec, ReadError):
            fail(str(rec))
            continue
        stored = existing[id(rec)]
        if stored is None:
            todo.append(_Item(rec, None))
        elif opts.update and not store.is_unchanged(stored, rec):
            todo.append(_Item(rec, stored["id"]))
        else:
            summary.unchanged += 1
    return todo


def _finish(
    engine: Engine,
    items: list[_Item],
    handle: Any,
    extractor: _Extractor,
    summary: ImportSummary,
    fail: Callable[[str], None],
    on_progress: Callable[[int], None] | None,
) -> None:
    for item, res in zip(items, extractor.result(handle), strict=True):
        if isinstance(res, str):
            item.error = res
        else:
            item.facts = res
    good = [i for i in items if i.facts is not None]
    for i in items:
        if i.error:
            fail(f"{i.record.origin}: {i.error}")
    try:
        with engine.begin() as conn:
            outcomes = _write(conn, good)
    except OperationalError:
        raise  # the database itself is unusable: retrying article by article cannot help
    except Exception:
        # One article broke a constraint (or the writer on it): store the others one by one.
        outcomes = []
        for i in good:
            try:
                with engine.begin() as conn:
                    outcomes += _write(conn, [i])
            except OperationalError:
                raise
            except Exception as exc:
                outcomes.append("failed")
                fail(f"{i.record.origin}: could not be stored ({_reason(exc)})")
    for outcome in outcomes:
        if outcome == "new":
            summary.new += 1
        elif outcome == "updated":
            summary.updated += 1
        elif outcome == "unchanged":
            summary.unchanged += 1
    if on_progress:
        on_progress(len(items))


def _reason(exc: Exception) -> str:
    """The driver's first line for a database error, else the exception's type and message."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        lines = str(exc.orig).splitlines()
        return lines[0] if lines else type(exc.orig).__name__
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"


def _write(conn: Any, items: list[_Item]) -> list[str]:
    """Store a batch of extracted articles in the caller's transaction; one outcome each."""
    outcomes: list[str] = []
    written: list[tuple[int, ArticleFacts]] = []
    fresh = [i for i in items if i.existing_id is None]
    new_ids = dict(
        zip(map(id, fresh), store.insert_articles(conn, [_row(i.record) for i in fresh]), strict=True)
    )
    for item in items:
        assert item.facts is not None
        if item.existing_id is not None:
            store.replace_article(conn, item.existing_id, _row(item.record))
            written.append((item.existing_id, item.facts))
            outcomes.append("updated")
        elif (article_id := new_ids[id(item)]) is None:  # stored meanwhile by another importer
            outcomes.append("unchanged")
        else:
            written.append((article_id, item.facts))
            outcomes.append("new")
    store.write_batch(conn, written)
    # decisions people made (merges, deletions, speakers) outlive re-extraction
    curation.apply(conn, [article_id for article_id, _ in written])
    return outcomes


def reextract(
    engine: Engine,
    article_ids: Sequence[int] | None = None,
    *,
    jobs: int = 1,
    batch_size: int = 100,
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Re-run extraction on stored articles (all, or these ids), replacing their facts.

    Each batch is replaced in one transaction: readers see the old facts or
    the new ones, never a mix.
    """
    from archive.models import Article, table_of

    table = table_of(Article)
    with engine.connect() as conn:
        stmt = select(table.c.id).order_by(table.c.id)
        if article_ids is not None:
            stmt = stmt.where(table.c.id.in_(list(article_ids)))
        ids = list(conn.execute(stmt).scalars())
    extractor = _Extractor(jobs)
    wengine = writer(engine)
    done = 0
    ok = False
    try:
        for chunk in _batched(ids, batch_size):
            with engine.connect() as conn:
                rows = conn.execute(
                    select(table.c.id, table.c.title, table.c.text, table.c.published).where(
                        table.c.id.in_(chunk)
                    )
                ).all()
            results = extractor.result(extractor.submit([(r.title, r.text, r.published) for r in rows]))
            with wengine.begin() as conn:
                store.delete_facts(conn, [r.id for r in rows])
                written = []
                for r, facts in zip(rows, results, strict=True):
                    if isinstance(facts, str):
                        raise InputError(f"article {r.id}: {facts}")
                    written.append((r.id, facts))
                store.write_batch(conn, written)
                # decisions people made (merges, deletions, speakers) outlive re-extraction
                curation.apply(conn, [r.id for r in rows])
                conn.execute(
                    update(table)
                    .where(table.c.id.in_([r.id for r in rows]))
                    .values(extractor_version=EXTRACTOR_VERSION)
                )
            done += len(rows)
            if on_progress:
                on_progress(len(rows))
        ok = True
    finally:
        extractor.close(abort=not ok)
    return done
