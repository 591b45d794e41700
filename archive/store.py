"""Writing articles and their extracted facts: the one place extraction meets the database.

Writes go through SQLAlchemy Core in batches (executemany), not an ORM flush
per row. Every function takes a Connection inside a transaction owned by the
caller, so an article and all its facts are committed together or not at all.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    text,
    update,
)

from archive.extract import EXTRACTOR_VERSION, ArticleFacts
from archive.names import match_key, name_key
from archive.tables import AC as ARTICLE_COUNTRY
from archive.tables import AP as ARTICLE_PERSON
from archive.tables import MC as MEETING_COUNTRY
from archive.tables import MP as PARTICIPANT
from archive.tables import MS as MEETING_SOURCE
from archive.tables import PA as ALIAS
from archive.tables import PM as MENTION
from archive.tables import PT as TITLE
from archive.tables import ST as STATEMENT
from archive.tables import A as ARTICLE
from archive.tables import M as MEETING
from archive.tables import P as PERSON


@dataclass(slots=True)
class ArticleRow:
    """The article fields the store needs (what a reader produced)."""

    external_id: str | None
    url: str | None
    content_hash: str
    title: str | None
    text: str
    published: date | None
    source: str | None
    origin: str | None


def _dialect_insert(dialect: str, table: Table) -> Any:
    """The backend's INSERT, which knows ON CONFLICT DO NOTHING."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table)


def insert_ignore(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT DO NOTHING on either backend (concurrent importers race here)."""
    if not rows:
        return
    conn.execute(_dialect_insert(conn.dialect.name, table).on_conflict_do_nothing(), list(rows))


@functools.cache
def _insert_sql(dialect: Any, table: Table, keys: tuple[str, ...]) -> tuple[str, tuple[str, ...] | None]:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
    return str(compiled), order


def bulk_insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """executemany of plain rows straight to the driver, with SQL compiled once per table.

    For the high-volume fact tables (mentions, titles, country mentions, statements):
    SQLAlchemy's per-row parameter processing would otherwise cost more than the
    database itself. Only for columns the driver takes as they are (no dates).
    """
    if not rows:
        return
    keys = tuple(rows[0])
    sql, order = _insert_sql(conn.dialect, table, keys)
    params = [tuple(r[k] for k in order) for r in rows] if order else list(rows)
    conn.exec_driver_sql(sql, params)


_IDENTITY = ("external_id", "url", "content_hash")  # strongest first


def find_existing_many(conn: Connection, rows: Sequence[ArticleRow]) -> list[dict[str, Any] | None]:
    """``find_existing`` for a batch of rows in one query: per article, one round trip is
    what a large import would otherwise spend most of its storage time on."""
    if not rows:
        return []
    wanted = {key: sorted({getattr(r, key) for r in rows if getattr(r, key)}) for key in _IDENTITY}
    keys = [getattr(ARTICLE.c, key).in_(values) for key, values in wanted.items() if values]
    found = (
        conn.execute(
            select(
                ARTICLE.c.id,
                ARTICLE.c.external_id,
                ARTICLE.c.content_hash,
                ARTICLE.c.title,
                ARTICLE.c.published,
                ARTICLE.c.source,
                ARTICLE.c.url,
            )
            .where(or_(*keys))
            .order_by(ARTICLE.c.id)
        )
        .mappings()
        .all()
    )
    index: dict[tuple[str, Any], dict[str, Any]] = {}
    for r in found:
        for key in _IDENTITY:
            if r[key]:
                index.setdefault((key, r[key]), dict(r))
    out: list[dict[str, Any] | None] = []
    for row in rows:
        hit = None
        for key in _IDENTITY:
            value = getattr(row, key)
            if value and (key, value) in index:
                hit = index[(key, value)]
                break
        out.append(hit)
    return out


def find_existing(conn: Connection, row: ArticleRow) -> dict[str, Any] | None:
    """The stored article with the same external id, URL or normalised content, if any
    (the strongest identity wins)."""
    return find_existing_many(conn, [row])[0]


def is_unchanged(stored: dict[str, Any], row: ArticleRow) -> bool:
    return (
        stored["content_hash"] == row.content_hash
        and (stored["title"] or None) == (row.title or None)
        and stored["published"] == row.published
        and (row.source is None or stored["source"] == row.source)
    )


def _article_values(row: ArticleRow) -> dict[str, Any]:
    return {
        "external_id": row.external_id,
        "url": row.url,
        "content_hash": row.content_hash,
        "title": row.title,
        "text": row.text,
        "published": row.published,
        "source": row.source,
        "origin": row.origin,
        "extractor_version": EXTRACTOR_VERSION,
    }


@functools.cache
def _insert_ignore_sql(
    dialect: Any, table: Table, keys: tuple[str, ...]
) -> tuple[str, tuple[str, ...] | None]:
    stmt = _dialect_insert(dialect.name, table).on_conflict_do_nothing()
    compiled = stmt.compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
    return str(compiled), order


def insert_articles(conn: Connection, rows: Sequence[ArticleRow]) -> list[int | None]:
    """Insert articles in one executemany; None for each one already stored.

    "Already stored" includes an article a concurrent importer committed a
    moment ago: the unique keys (external id, URL, content hash) decide, and the
    conflicting row is skipped rather than failing the batch.
    """
    if not rows:
        return []
    ids = reserve_ids(conn, ARTICLE, len(rows))
    values = []
    for row, new_id in zip(rows, ids, strict=True):
        v = _article_values(row)
        v["id"] = new_id
        if conn.dialect.name == "sqlite" and v["published"] is not None:
            v["published"] = v["published"].isoformat()  # SQLAlchemy's SQLite date format
        values.append(v)
    sql, order = _insert_ignore_sql(conn.dialect, ARTICLE, tuple(values[0]))
    conn.exec_driver_sql(sql, [tuple(v[k] for k in order) for v in values] if order else values)
    stored = set(conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.id.in_(ids))).scalars())
    return [i if i in stored else None for i in ids]


def insert_article(conn: Connection, row: ArticleRow) -> int | None:
    """Insert one article; None when it is already stored (e.g. by a concurrent importer)."""
    return insert_articles(conn, [row])[0]


def replace_article(conn: Connection, article_id: int, row: ArticleRow) -> None:
    """Overwrite a stored article's fields and drop its facts (they are re-extracted)."""
    from sqlalchemy import func

    values = _article_values(row)
    if not row.external_id:
        values.pop("external_id")
    if not row.url:
        values.pop("url")
    conn.execute(update(ARTICLE).where(ARTICLE.c.id == article_id).values(**values, updated_at=func.now()))
    delete_facts(conn, [article_id])


def delete_facts(conn: Connection, article_ids: Sequence[int]) -> None:
    """Remove every extracted fact of these articles, and meetings left without a source."""
    if not article_ids:
        return
    ids = list(article_ids)
    meeting_ids = (
        conn.execute(select(MEETING_SOURCE.c.meeting_id).where(MEETING_SOURCE.c.article_id.in_(ids)))
        .scalars()
        .all()
    )
    for table in (STATEMENT, ARTICLE_COUNTRY, ARTICLE_PERSON, MEETING_SOURCE):
        conn.execute(delete(table).where(table.c.article_id.in_(ids)))
    if meeting_ids:
        orphan = ~exists().where(MEETING_SOURCE.c.meeting_id == MEETING.c.id)
        conn.execute(delete(MEETING).where(MEETING.c.id.in_(set(meeting_ids)), orphan))


def reserve_ids(conn: Connection, table: Table, n: int) -> list[int]:
    """Primary keys for ``n`` new rows, so child rows can be built before anything is sent.

    This lets every table of a batch go in one executemany without RETURNING
    (which SQLite can only honour in order one row at a time). PostgreSQL hands
    out values from the column's sequence, safe under concurrency; on SQLite the
    caller holds the write lock (BEGIN IMMEDIATE), so no one else inserts meanwhile.
    """
    if n <= 0:
        return []
    if conn.dialect.name == "postgresql":
        return list(
            conn.execute(
                text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                {"t": table.name, "n": n},
            ).scalars()
        )
    top = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    return list(range(top + 1, top + n + 1))


# --------------------------------------------------------------------------- persons


class PersonResolver:
    """Finds or creates the archive-wide Person for each person of a batch of articles.

    One person per folded name; a name stored as someone's alias, or a
    transliteration variant (same surname and first initial, one candidate
    only), resolves to that person. Aliases a curator removed are never used
    nor added again. Lookups for a whole batch are fetched in a few queries;
    persons new to the archive are created together, in one statement.
    """

    def __init__(self, conn: Connection) -> None:
        from archive.curation import suppressed_aliases

        self.conn = conn
        self._suppressed = suppressed_aliases(conn)
        self._by_name: dict[str, int] = {}
        self._key_of: dict[int, str] = {}
        self._by_alias: dict[str, set[int]] = {}
        self._by_match: dict[str, set[int]] = {}
        self._fetched: set[str] = set()
        self._new: dict[int, dict[str, Any]] = {}  # provisional (negative) id -> person row
        self._aliases: dict[tuple[int, str], str] = {}
        self._countries: dict[int, str] = {}

    def prefetch(self, names: Iterable[str]) -> None:
        """Load what the archive knows of these names (and their variants) at once."""
        keys = {k for k in map(name_key, names) if k} - self._fetched
        if not keys:
            return
        self._fetched |= keys
        conn, keys_l = self.conn, sorted(keys)
        mks = sorted({mk for k in keys if (mk := match_key(k))})
        for pid, key in conn.execute(
            select(PERSON.c.id, PERSON.c.name_key).where(PERSON.c.name_key.in_(keys_l))
        ):
            self._remember(pid, key)
        for pid, key in conn.execute(
            select(ALIAS.c.person_id, ALIAS.c.alias_key).where(ALIAS.c.alias_key.in_(keys_l))
        ):
            if (pid, key) not in self._suppressed:
                self._by_alias.setdefault(key, set()).add(pid)
        if mks:
            for pid, key, mk in conn.execute(
                select(PERSON.c.id, PERSON.c.name_key, PERSON.c.match_key).where(PERSON.c.match_key.in_(mks))
            ):
                self._remember(pid, key)
                self._by_match.setdefault(mk, set()).add(pid)

    def _remember(self, pid: int, key: str) -> None:
        self._by_name[key] = pid
        self._key_of[pid] = key

    def _lookup(self, key: str) -> int | None:
        if key in self._by_name:
            return self._by_name[key]
        ids = {pid for pid in self._by_alias.get(key, ()) if (pid, key) not in self._suppressed}
        if len(ids) == 1:
            return ids.pop()
        mk = match_key(key)
        if not mk:
            return None
        ids = {pid for pid in self._by_match.get(mk, ()) if (pid, key) not in self._suppressed}
        return ids.pop() if len(ids) == 1 else None

    def resolve(self, name: str, aliases: Iterable[str], country: str | None) -> int:
        """The person's id; a provisional negative id until :meth:`flush` creates new persons."""
        aliases = list(aliases)
        self.prefetch([name, *aliases])
        name = name[:300]  # the column's width; no real name comes near it
        key = (name_key(name) or name.lower())[:300]
        pid = self._lookup(key)
        if pid is None:
            pid = -(len(self._new) + 1)
            self._new[pid] = {
                "name": name,
                "name_key": key,
                "match_key": match_key(key),
                "country_code": country,
            }
            self._remember(pid, key)
            if mk := match_key(key):
                self._by_match.setdefault(mk, set()).add(pid)
        elif country and pid > 0:
            self._countries.setdefault(pid, country)
        # Every other form seen for this person becomes an alias.
        for form in (name, *aliases):
            k = name_key(form)
            if k and k != self._key_of.get(pid) and (pid, k) not in self._suppressed:
                self._aliases.setdefault((pid, k), form)
                self._by_alias.setdefault(k, set()).add(pid)
        return pid

    def flush(self) -> dict[int, int]:
        """Create the new persons, store aliases and countries; returns provisional -> real ids."""
        conn, real = self.conn, {}
        if self._new:
            insert_ignore(conn, PERSON, list(self._new.values()))
            keys = [row["name_key"] for row in self._new.values()]
            found = dict(
                conn.execute(select(PERSON.c.name_key, PERSON.c.id).where(PERSON.c.name_key.in_(keys))).all()
            )
            for temp, row in self._new.items():
                real[temp] = found[row["name_key"]]
                self._key_of.pop(temp, None)
                self._remember(real[temp], row["name_key"])
            for k, ids in list(self._by_alias.items()):
                self._by_alias[k] = {real.get(i, i) for i in ids}
            for k, ids in list(self._by_match.items()):
                self._by_match[k] = {real.get(i, i) for i in ids}
            self._by_name = {k: real.get(i, i) for k, i in self._by_name.items()}
            self._new.clear()
        alias_rows = [
            {
                "person_id": real.get(pid, pid),
                "alias": form[:300],
                "alias_key": k[:300],
                "origin": "extracted",
            }
            for (pid, k), form in self._aliases.items()
        ]
        insert_ignore(conn, ALIAS, alias_rows)
        self._aliases.clear()
        if self._countries:
            conn.execute(
                update(PERSON)
                .where(PERSON.c.id == bindparam("pid"), PERSON.c.country_code.is_(None))
                .values(country_code=bindparam("code")),
                [{"pid": pid, "code": code} for pid, code in self._countries.items()],
            )
            self._countries.clear()
        return real


# --------------------------------------------------------------------------- facts


def write_facts(conn: Connection, article_id: int, facts: ArticleFacts, resolver: PersonResolver) -> None:
    """Store one article's facts (the article row exists, its old facts are gone)."""
    write_batch(conn, [(article_id, facts)], resolver)


def write_batch(
    conn: Connection, items: Sequence[tuple[int, ArticleFacts]], resolver: PersonResolver | None = None
) -> None:
    """Store the facts of several articles with one executemany per table.

    The article rows exist and their old facts are gone; the caller owns the
    transaction, so every article of the batch is stored whole or not at all.
    """
    if not items:
        return
    resolver = resolver or PersonResolver(conn)
    version = EXTRACTOR_VERSION
    resolver.prefetch(n for _, f in items for p in f.persons for n in (p.name, *p.aliases))
    temp_ids = [[resolver.resolve(p.name, p.aliases, p.country) for p in f.persons] for _, f in items]
    real = resolver.flush()
    person_ids = [[real.get(i, i) for i in ids] for ids in temp_ids]

    # Two extracted persons can resolve to one archive person: the first one holds the facts.
    ap_rows: list[dict[str, Any]] = []
    for (article_id, facts), pids in zip(items, person_ids, strict=True):
        seen: set[int] = set()
        for p, pid in zip(facts.persons, pids, strict=True):
            if pid in seen:
                continue
            seen.add(pid)
            first = min(p.mentions, key=lambda x: x.start) if p.mentions else None
            ev = p.country_evidence
            ap_rows.append(
                {
                    "article_id": article_id,
                    "person_id": pid,
                    "name": p.name[:300],
                    "country_code": p.country,
                    "country_start": ev[0] if ev else None,
                    "country_end": ev[1] if ev else None,
                    "start": first.start if first else 0,
                    "end": first.end if first else 0,
                    "extractor_version": version,
                }
            )
    ap_ids: dict[tuple[int, int], int] = {}
    for row, new_id in zip(ap_rows, reserve_ids(conn, ARTICLE_PERSON, len(ap_rows)), strict=True):
        row["id"] = new_id
        ap_ids[(row["article_id"], row["person_id"])] = new_id
    bulk_insert(conn, ARTICLE_PERSON, ap_rows)

    mention_rows: list[dict[str, Any]] = []
    title_rows: list[dict[str, Any]] = []
    country_rows: list[dict[str, Any]] = []
    statement_rows: list[dict[str, Any]] = []
    for (article_id, facts), pids in zip(items, person_ids, strict=True):
        for p, pid in zip(facts.persons, pids, strict=True):
            apid = ap_ids[(article_id, pid)]
            mention_rows += [
                {"article_person_id": apid, "surface": x.surface[:300], "start": x.start, "end": x.end}
                for x in p.mentions
            ]
            title_rows += [
                {"article_person_id": apid, "title": t.title[:300], "start": t.start, "end": t.end}
                for t in p.titles
            ]
        country_rows += [
            {
                "article_id": article_id,
                "country_code": c.code,
                "surface": c.surface[:300],
                "kind": c.kind,
                "start": c.start,
                "end": c.end,
                "extractor_version": version,
            }
            for c in facts.countries
        ]
        statement_rows += [
            {
                "article_id": article_id,
                "text": s.text,
                "kind": s.kind,
                "speaker": s.speaker[:300] if s.speaker else None,
                "speaker_person_id": pids[s.speaker_person] if s.speaker_person is not None else None,
                "speaker_country_code": s.speaker_country,
                "cue": s.cue[:100] if s.cue else None,
                "cue_start": s.cue_start,
                "cue_end": s.cue_end,
                "start": s.start,
                "end": s.end,
                "extractor_version": version,
            }
            for s in facts.statements
        ]
    for table, rows in (
        (MENTION, mention_rows),
        (TITLE, title_rows),
        (ARTICLE_COUNTRY, country_rows),
        (STATEMENT, statement_rows),
    ):
        bulk_insert(conn, table, rows)
    _write_meetings(conn, items, person_ids)


@dataclass(slots=True)
class _Encounter:
    """A meeting as known while a batch is written: stored, or about to be."""

    id: int | None
    day: date | None
    location: str | None
    people: set[int]
    countries: set[str]
    articles: set[int] = field(default_factory=set)  # articles reporting it


def _write_meetings(
    conn: Connection, items: Sequence[tuple[int, ArticleFacts]], person_ids: list[list[int]]
) -> None:
    days = sorted({m.date for _, f in items for m in f.meetings if m.date})
    known = _stored_encounters(conn, days)
    new: list[tuple[_Encounter, Any]] = []
    sources: list[tuple[int, _Encounter, Any, list[int], list[str]]] = []
    for (article_id, facts), pids in zip(items, person_ids, strict=True):
        for mt in facts.meetings:
            people = sorted({pids[i] for i in mt.participants})
            codes = sorted(set(mt.countries))
            # the extractor already told one article's meetings apart: match only other articles'
            others = [e for e in known if article_id not in e.articles]
            enc = same_encounter(others, mt.date, set(people), set(codes), mt.location)
            if enc is None:
                enc = _Encounter(None, mt.date, mt.location, set(people), set(codes))
                new.append((enc, mt))
                if mt.date:
                    known.append(enc)
            enc.articles.add(article_id)
            sources.append((article_id, enc, mt, people, codes))
    if new:
        rows = [
            {
                "cameo": mt.cameo,
                "date": mt.date,
                "location": mt.location[:300] if mt.location else None,
                "location_country_code": mt.location_country,
            }
            for _, mt in new
        ]
        for (enc, _), row, new_id in zip(new, rows, reserve_ids(conn, MEETING, len(new)), strict=True):
            enc.id = row["id"] = new_id
        conn.execute(insert(MEETING), rows)
    if not sources:
        return
    source_rows = [
        {
            "meeting_id": enc.id,
            "article_id": article_id,
            "cameo": mt.cameo,
            "date": mt.date,
            "location": mt.location[:300] if mt.location else None,
            "location_country_code": mt.location_country,
            "trigger": mt.trigger[:100] or None,
            "start": mt.start,
            "end": mt.end,
            "extractor_version": EXTRACTOR_VERSION,
        }
        for article_id, enc, mt, _, _ in sources
    ]
    source_ids = reserve_ids(conn, MEETING_SOURCE, len(source_rows))
    for row, new_id in zip(source_rows, source_ids, strict=True):
        row["id"] = new_id
    conn.execute(insert(MEETING_SOURCE), source_rows)
    part_rows, country_rows = [], []
    for (_, enc, _, people, codes), sid in zip(sources, source_ids, strict=True):
        part_rows += [{"source_id": sid, "meeting_id": enc.id, "person_id": p} for p in people]
        country_rows += [{"source_id": sid, "meeting_id": enc.id, "country_code": c} for c in codes]
    bulk_insert(conn, PARTICIPANT, part_rows)
    bulk_insert(conn, MEETING_COUNTRY, country_rows)


def _stored_encounters(conn: Connection, days: list[date]) -> list[_Encounter]:
    if not days:
        return []
    rows = conn.execute(
        select(MEETING.c.id, MEETING.c.date, MEETING.c.location).where(MEETING.c.date.in_(days))
    ).all()
    if not rows:
        return []
    by_id = {r.id: _Encounter(r.id, r.date, r.location, set(), set()) for r in rows}
    ids = list(by_id)
    for mid, aid in conn.execute(
        select(MEETING_SOURCE.c.meeting_id, MEETING_SOURCE.c.article_id).where(
            MEETING_SOURCE.c.meeting_id.in_(ids)
        )
    ):
        by_id[mid].articles.add(aid)
    for mid, pid in conn.execute(
        select(PARTICIPANT.c.meeting_id, PARTICIPANT.c.person_id).where(PARTICIPANT.c.meeting_id.in_(ids))
    ):
        by_id[mid].people.add(pid)
    for mid, code in conn.execute(
        select(MEETING_COUNTRY.c.meeting_id, MEETING_COUNTRY.c.country_code).where(
            MEETING_COUNTRY.c.meeting_id.in_(ids)
        )
    ):
        by_id[mid].countries.add(code)
    return list(by_id.values())


def same_encounter(
    known: Sequence[_Encounter], day: date | None, people: set[int], codes: set[str], location: str | None
) -> _Encounter | None:
    """The already known meeting that is this encounter, reported by another article.

    Only dated meetings are matched: same day, and either two shared
    participants or the same countries (two or more) at a compatible place.
    """
    if day is None:
        return None
    for enc in known:
        if enc.day != day:
            continue
        if location and enc.location and enc.location.lower() != location.lower():
            continue
        if len(people & enc.people) >= 2:
            return enc
        if (
            len(codes) >= 2
            and codes == enc.countries
            and (not people or not enc.people or people & enc.people)
        ):
            return enc
    return None


__all__ = [
    "ArticleRow",
    "PersonResolver",
    "delete_facts",
    "find_existing",
    "find_existing_many",
    "insert_article",
    "insert_ignore",
    "is_unchanged",
    "replace_article",
    "same_encounter",
    "write_batch",
    "write_facts",
]
