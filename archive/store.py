"""Writing articles and their extracted facts: the one place extraction meets the database.

Writes go through SQLAlchemy Core in batches (executemany), not an ORM flush
per row. Every function takes a Connection inside a transaction owned by the
caller, so an article and all its facts are committed together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, delete, exists, insert, or_, select, update

from archive import models as m
from archive.extract import EXTRACTOR_VERSION, ArticleFacts
from archive.names import match_key, name_key

ARTICLE = m.Article.__table__
PERSON = m.Person.__table__
ALIAS = m.PersonAlias.__table__
ARTICLE_PERSON = m.ArticlePerson.__table__
MENTION = m.PersonMention.__table__
TITLE = m.PersonTitle.__table__
ARTICLE_COUNTRY = m.ArticleCountry.__table__
MEETING = m.Meeting.__table__
MEETING_SOURCE = m.MeetingSource.__table__
PARTICIPANT = m.MeetingParticipant.__table__
MEETING_COUNTRY = m.MeetingCountry.__table__
STATEMENT = m.Statement.__table__


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


def insert_ignore(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT DO NOTHING on either backend (concurrent importers race here)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    conn.execute(dialect_insert(table).on_conflict_do_nothing(), list(rows))


def find_existing(conn: Connection, row: ArticleRow) -> dict[str, Any] | None:
    """The stored article with the same external id, URL or normalised content, if any."""
    keys = [ARTICLE.c.content_hash == row.content_hash]
    if row.external_id:
        keys.append(ARTICLE.c.external_id == row.external_id)
    if row.url:
        keys.append(ARTICLE.c.url == row.url)
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
            ).where(or_(*keys))
        )
        .mappings()
        .all()
    )
    if not found:
        return None
    # Prefer the strongest identity: external id, then URL, then content.
    for key in ("external_id", "url", "content_hash"):
        for r in found:
            if getattr(row, key) and r[key] == getattr(row, key):
                return dict(r)
    return dict(found[0])


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


def insert_article(conn: Connection, row: ArticleRow) -> int | None:
    """Insert one article; None when a concurrent importer stored it first."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    stmt = (
        dialect_insert(ARTICLE)
        .values(**_article_values(row))
        .on_conflict_do_nothing()
        .returning(ARTICLE.c.id)
    )
    return conn.execute(stmt).scalar()


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


# --------------------------------------------------------------------------- persons


class PersonResolver:
    """Finds or creates the archive-wide Person for each person of an article.

    One person per folded name; a name stored as someone's alias, or a
    transliteration variant (same surname and first initial, one candidate
    only), resolves to that person.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._cache: dict[str, int] = {}

    def _lookup(self, key: str) -> int | None:
        if key in self._cache:
            return self._cache[key]
        conn = self.conn
        pid = conn.execute(select(PERSON.c.id).where(PERSON.c.name_key == key)).scalar()
        if pid is None:
            ids = set(conn.execute(select(ALIAS.c.person_id).where(ALIAS.c.alias_key == key)).scalars())
            if len(ids) == 1:
                pid = ids.pop()
        if pid is None and (mk := match_key(key)):
            ids = set(conn.execute(select(PERSON.c.id).where(PERSON.c.match_key == mk)).scalars())
            if len(ids) == 1:
                pid = ids.pop()
        if pid is not None:
            self._cache[key] = pid
        return pid

    def resolve(self, name: str, aliases: Iterable[str], country: str | None) -> int:
        key = name_key(name) or name.lower()
        pid = self._lookup(key)
        if pid is None:
            insert_ignore(
                self.conn,
                PERSON,
                [{"name": name, "name_key": key, "match_key": match_key(key), "country_code": country}],
            )
            pid = self.conn.execute(select(PERSON.c.id).where(PERSON.c.name_key == key)).scalar_one()
            self._cache[key] = pid
        elif country:
            self.conn.execute(
                update(PERSON)
                .where(PERSON.c.id == pid, PERSON.c.country_code.is_(None))
                .values(country_code=country)
            )
        # Every other form seen for this person becomes an alias.
        forms = {name_key(a): a for a in (name, *aliases) if name_key(a)}
        stored_key = self.conn.execute(select(PERSON.c.name_key).where(PERSON.c.id == pid)).scalar()
        rows = [
            {"person_id": pid, "alias": form, "alias_key": k, "origin": "extracted"}
            for k, form in forms.items()
            if k != stored_key
        ]
        insert_ignore(self.conn, ALIAS, rows)
        for k in forms:
            self._cache.setdefault(k, pid)
        return pid


# --------------------------------------------------------------------------- facts


def write_facts(conn: Connection, article_id: int, facts: ArticleFacts, resolver: PersonResolver) -> None:
    """Store one article's facts (the article row exists, its old facts are gone)."""
    version = EXTRACTOR_VERSION
    person_ids = [resolver.resolve(p.name, p.aliases, p.country) for p in facts.persons]

    # Two extracted persons can resolve to one archive person: keep the first.
    ap_rows, ap_index = [], {}
    for idx, (p, pid) in enumerate(zip(facts.persons, person_ids, strict=True)):
        if pid in ap_index:
            continue
        first = min(p.mentions, key=lambda x: x.start) if p.mentions else None
        ap_index[pid] = idx
        ev = p.country_evidence
        ap_rows.append(
            {
                "article_id": article_id,
                "person_id": pid,
                "name": p.name,
                "country_code": p.country,
                "country_start": ev[0] if ev else None,
                "country_end": ev[1] if ev else None,
                "start": first.start if first else 0,
                "end": first.end if first else 0,
                "extractor_version": version,
            }
        )
    ap_ids: dict[int, int] = {}
    if ap_rows:
        result = conn.execute(
            insert(ARTICLE_PERSON).returning(
                ARTICLE_PERSON.c.id, ARTICLE_PERSON.c.person_id, sort_by_parameter_order=True
            ),
            ap_rows,
        )
        ap_ids = {pid: apid for apid, pid in result.all()}

    mention_rows, title_rows = [], []
    for p, pid in zip(facts.persons, person_ids, strict=True):
        apid = ap_ids[pid]
        mention_rows += [
            {"article_person_id": apid, "surface": x.surface, "start": x.start, "end": x.end}
            for x in p.mentions
        ]
        title_rows += [
            {"article_person_id": apid, "title": t.title, "start": t.start, "end": t.end} for t in p.titles
        ]
    if mention_rows:
        conn.execute(insert(MENTION), mention_rows)
    if title_rows:
        conn.execute(insert(TITLE), title_rows)

    if facts.countries:
        conn.execute(
            insert(ARTICLE_COUNTRY),
            [
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
            ],
        )

    if facts.statements:
        conn.execute(
            insert(STATEMENT),
            [
                {
                    "article_id": article_id,
                    "text": s.text,
                    "kind": s.kind,
                    "speaker": s.speaker,
                    "speaker_person_id": (
                        person_ids[s.speaker_person] if s.speaker_person is not None else None
                    ),
                    "speaker_country_code": s.speaker_country,
                    "cue": s.cue,
                    "cue_start": s.cue_start,
                    "cue_end": s.cue_end,
                    "start": s.start,
                    "end": s.end,
                    "extractor_version": version,
                }
                for s in facts.statements
            ],
        )

    for mt in facts.meetings:
        pids = sorted({person_ids[i] for i in mt.participants})
        codes = sorted(set(mt.countries))
        meeting_id = find_same_meeting(conn, mt.date, pids, codes, mt.location)
        if meeting_id is None:
            meeting_id = conn.execute(
                insert(MEETING)
                .values(
                    cameo=mt.cameo,
                    date=mt.date,
                    location=mt.location,
                    location_country_code=mt.location_country,
                )
                .returning(MEETING.c.id)
            ).scalar_one()
        source_id = conn.execute(
            insert(MEETING_SOURCE)
            .values(
                meeting_id=meeting_id,
                article_id=article_id,
                cameo=mt.cameo,
                date=mt.date,
                location=mt.location,
                location_country_code=mt.location_country,
                trigger=mt.trigger[:100] or None,
                start=mt.start,
                end=mt.end,
                extractor_version=version,
            )
            .returning(MEETING_SOURCE.c.id)
        ).scalar_one()
        if pids:
            conn.execute(
                insert(PARTICIPANT),
                [{"source_id": source_id, "meeting_id": meeting_id, "person_id": p} for p in pids],
            )
        if codes:
            conn.execute(
                insert(MEETING_COUNTRY),
                [{"source_id": source_id, "meeting_id": meeting_id, "country_code": c} for c in codes],
            )


def find_same_meeting(
    conn: Connection, day: date | None, person_ids: list[int], codes: list[str], location: str | None
) -> int | None:
    """An already stored meeting that is the same encounter, reported by another article.

    Only dated meetings are matched: same day, and either two shared
    participants or the same countries (two or more) at a compatible place.
    """
    if day is None:
        return None
    candidates = conn.execute(select(MEETING.c.id, MEETING.c.location).where(MEETING.c.date == day)).all()
    if not candidates:
        return None
    ids = [c.id for c in candidates]
    people: dict[int, set[int]] = {i: set() for i in ids}
    for mid, pid in conn.execute(
        select(PARTICIPANT.c.meeting_id, PARTICIPANT.c.person_id).where(PARTICIPANT.c.meeting_id.in_(ids))
    ):
        people[mid].add(pid)
    countries: dict[int, set[str]] = {i: set() for i in ids}
    for mid, code in conn.execute(
        select(MEETING_COUNTRY.c.meeting_id, MEETING_COUNTRY.c.country_code).where(
            MEETING_COUNTRY.c.meeting_id.in_(ids)
        )
    ):
        countries[mid].add(code)
    mine_p, mine_c = set(person_ids), set(codes)
    for c in candidates:
        same_place = not location or not c.location or c.location.lower() == location.lower()
        if len(mine_p & people[c.id]) >= 2 and same_place:
            return c.id
        if (
            len(mine_c) >= 2
            and mine_c == countries[c.id]
            and same_place
            and (not mine_p or not people[c.id] or mine_p & people[c.id])
        ):
            return c.id
    return None


__all__ = [
    "ArticleRow",
    "PersonResolver",
    "delete_facts",
    "find_existing",
    "find_same_meeting",
    "insert_article",
    "insert_ignore",
    "is_unchanged",
    "replace_article",
    "write_facts",
]
