"""Read-side queries: typed select() functions returning plain data, no printing.

Listings take a :class:`Filters` (each listing uses the filters that make
sense for it) and a :class:`Page`; ``get_*`` functions return one record with
its facts and, for each fact, the sentence of the article it came from.
Bad filter values raise :class:`QueryError`, unknown ids :class:`NotFoundError`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    distinct,
    exists,
    false,
    func,
    or_,
    select,
)

from archive import models as m
from archive.errors import NotFoundError, QueryError
from archive.names import name_key
from archive.tables import AC, AP, MC, MP, MS, PA, PM, PT, ST, A, C, M, P

CAMEO: dict[str, str] = {
    "040": "consult",
    "041": "phone",
    "042": "visit",
    "043": "host",
    "044": "third place",
    "046": "negotiate",
}
_CAMEO_WORDS = {
    **{v: k for k, v in CAMEO.items()},
    "call": "041",
    "talks": "040",
    "meet": "040",
    "host a visit": "043",
    "meet at third location": "044",
    "third": "044",
    "negotiation": "046",
}


@dataclass(slots=True)
class Filters:
    """What to list. Names and countries are resolved as the user typed them (any case)."""

    country: str | None = None  # ISO alpha-2/alpha-3 code or name
    person: str | None = None  # id, name or alias
    since: date | None = None
    until: date | None = None
    source: str | None = None
    location: str | None = None
    speaker: str | None = None
    search: str | None = None
    cameo: str | None = None  # meetings: code (042) or word (visit)


@dataclass(slots=True)
class Page:
    limit: int | None = 50
    offset: int = 0
    sort: str | None = None  # a sort key, "-key" for descending


# --------------------------------------------------------------------------- stats


def stats(conn: Connection, top: int = 5) -> dict[str, Any]:
    """Counts per entity, the publication date range and the top sources."""
    counts = {
        name: conn.scalar(select(func.count()).select_from(model))
        for name, model in (
            ("articles", m.Article),
            ("persons", m.Person),
            ("countries_mentioned", None),
            ("meetings", m.Meeting),
            ("statements", m.Statement),
        )
        if model is not None
    }
    counts["countries_mentioned"] = conn.scalar(
        select(func.count(func.distinct(m.ArticleCountry.country_code)))
    )
    first, last = conn.execute(select(func.min(m.Article.published), func.max(m.Article.published))).one()
    sources = conn.execute(
        select(m.Article.source, func.count().label("articles"))
        .where(m.Article.source.is_not(None))
        .group_by(m.Article.source)
        .order_by(func.count().desc(), m.Article.source)
        .limit(top)
    ).all()
    return {
        "counts": counts,
        "published": {
            "first": first.isoformat() if first else None,
            "last": last.isoformat() if last else None,
        },
        "top_sources": [{"source": s, "articles": n} for s, n in sources],
    }


# --------------------------------------------------------------------------- resolving user input


def resolve_country(conn: Connection, text: str) -> str:
    """An ISO alpha-2 code from a code, alpha-3 code or name in any case ("ir", "IRN", "iran")."""
    from archive.extract.gazetteer import lookup_country_word

    value = text.strip()
    if not value:
        raise QueryError("empty country")
    up = value.upper()
    if len(value) == 2 and conn.scalar(select(C.c.code).where(C.c.code == up)):
        return up
    if len(value) == 3 and (code := conn.scalar(select(C.c.code).where(C.c.alpha3 == up))):
        return str(code)
    low = value.lower()
    code = conn.scalar(
        select(C.c.code)
        .where(or_(func.lower(C.c.name) == low, func.lower(C.c.official_name) == low))
        .limit(1)
    )
    if code is None:
        code = lookup_country_word(value)
    if code is None:
        raise QueryError(f"unknown country {text!r} (give an ISO code such as IR, or a name such as Iran)")
    return str(code)


def person_ids_for(conn: Connection, text: str) -> list[int]:
    """Persons a user means by an id, a name or an alias (compared as name keys); may be empty."""
    value = text.strip()
    if value.isdigit():
        return list(conn.scalars(select(P.c.id).where(P.c.id == int(value))))
    key = name_key(value)
    if not key:
        return []
    ids = set(conn.scalars(select(P.c.id).where(P.c.name_key == key)))
    ids |= set(conn.scalars(select(PA.c.person_id).where(PA.c.alias_key == key)))
    return sorted(ids)


def resolve_persons(conn: Connection, text: str) -> list[int]:
    """Like :func:`person_ids_for`, but an unknown person is an error rather than no rows."""
    ids = person_ids_for(conn, text)
    if not ids:
        raise QueryError(f"no person named {text!r}")
    return ids


def resolve_cameo(text: str) -> str:
    """A CAMEO code from "042" or a word ("visit", "phone")."""
    value = text.strip().lower()
    if value in CAMEO:
        return value
    if value in _CAMEO_WORDS:
        return _CAMEO_WORDS[value]
    choices = ", ".join(f"{k} {v}" for k, v in CAMEO.items())
    raise QueryError(f"unknown meeting type {text!r} (one of: {choices})")


def _matches(columns: Sequence[Any], text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match on any of ``columns`` (names, places: not full text)."""
    return or_(*(col.icontains(text, autoescape=True) for col in columns))


def _article_text_match(conn: Connection, text: str) -> ColumnElement[bool]:
    """Articles whose title or body match ``text`` (full-text search, websearch syntax)."""
    from archive.search import article_match

    return article_match(conn, text)  # type: ignore[return-value]


def _statement_text_match(conn: Connection, text: str) -> ColumnElement[bool]:
    """Statements whose quotation matches ``text`` (full-text search, websearch syntax)."""
    from archive.search import statement_match

    return statement_match(conn, text)  # type: ignore[return-value]


def _order(sort: str | None, keys: Mapping[str, Any], default: str, tiebreak: Any) -> list[Any]:
    spec = (sort or default).strip()
    desc = spec.startswith("-")
    key = spec.lstrip("-+").lower()
    if key not in keys:
        raise QueryError(f"--sort: unknown key {key!r} (one of: {', '.join(keys)})")
    col = keys[key]
    first = col.desc().nulls_last() if desc else col.asc().nulls_last()
    return [first, tiebreak.asc()]


def _page(stmt: Select[Any], page: Page) -> Select[Any]:
    if page.offset:
        stmt = stmt.offset(page.offset)
    if page.limit:
        stmt = stmt.limit(page.limit)
    return stmt


def _dates(col: Any, f: Filters) -> list[ColumnElement[bool]]:
    if f.since and f.until and f.since > f.until:
        raise QueryError(f"--since {f.since} is after --until {f.until}")
    out = []
    if f.since:
        out.append(col >= f.since)
    if f.until:
        out.append(col <= f.until)
    return out


def _article_scope(conn: Connection, f: Filters) -> list[ColumnElement[bool]]:
    """Conditions on table A from the article-level filters (dates, source, search)."""
    conds = _dates(A.c.published, f)
    if f.source:
        conds.append(func.lower(A.c.source) == f.source.strip().lower())
    if f.search:
        conds.append(_article_text_match(conn, f.search))
    return conds


def _count(col: Any, where: ColumnElement[bool], *, unique: bool = False) -> Any:
    agg = func.count(distinct(col)) if unique else func.count(col)
    return select(agg).where(where).scalar_subquery()


# --------------------------------------------------------------------------- listings


def list_articles(conn: Connection, f: Filters, page: Page) -> list[dict[str, Any]]:
    """Articles, newest first by default, with counts of their facts."""
    persons = _count(AP.c.id, AP.c.article_id == A.c.id).label("persons")
    meetings = _count(MS.c.meeting_id, MS.c.article_id == A.c.id, unique=True).label("meetings")
    statements = _count(ST.c.id, ST.c.article_id == A.c.id).label("statements")
    stmt = select(A.c.id, A.c.published, A.c.source, A.c.title, persons, meetings, statements)
    conds = _article_scope(conn, f)
    if f.country:
        code = resolve_country(conn, f.country)
        conds.append(exists().where(AC.c.article_id == A.c.id, AC.c.country_code == code))
    if f.person:
        ids = resolve_persons(conn, f.person)
        conds.append(exists().where(AP.c.article_id == A.c.id, AP.c.person_id.in_(ids)))
    if f.location:
        conds.append(exists().where(MS.c.article_id == A.c.id, _matches([MS.c.location], f.location)))
    if f.speaker:
        conds.append(exists().where(ST.c.article_id == A.c.id, _speaker_match(conn, f.speaker)))
    keys = {"id": A.c.id, "published": A.c.published, "source": A.c.source, "title": A.c.title}
    stmt = stmt.where(*conds).order_by(*_order(page.sort, keys, "-published", A.c.id))
    rows = [dict(r) for r in conn.execute(_page(stmt, page)).mappings()]
    codes: dict[int, list[str]] = defaultdict(list)
    if rows:
        for aid, code in conn.execute(
            select(AC.c.article_id, AC.c.country_code)
            .where(AC.c.article_id.in_([r["id"] for r in rows]))
            .distinct()
            .order_by(AC.c.article_id, AC.c.country_code)
        ):
            codes[aid].append(code)
    for r in rows:
        r["countries"] = codes[r["id"]]
    return rows


def list_persons(conn: Connection, f: Filters, page: Page) -> list[dict[str, Any]]:
    """Persons with how many articles, meetings and statements they appear in."""
    articles = _count(AP.c.article_id, AP.c.person_id == P.c.id).label("articles")
    meetings = _count(MP.c.meeting_id, MP.c.person_id == P.c.id, unique=True).label("meetings")
    statements = _count(ST.c.id, ST.c.speaker_person_id == P.c.id).label("statements")
    stmt = select(P.c.id, P.c.name, P.c.country_code.label("country"), articles, meetings, statements)
    conds: list[ColumnElement[bool]] = []
    if f.country:
        conds.append(P.c.country_code == resolve_country(conn, f.country))
    if f.person:
        conds.append(P.c.id.in_(resolve_persons(conn, f.person)))
    if f.search:
        alias_hit = exists().where(PA.c.person_id == P.c.id, _matches([PA.c.alias], f.search))
        conds.append(or_(_matches([P.c.name], f.search), alias_hit))
    scope = _dates(A.c.published, f)
    if f.source:
        scope.append(func.lower(A.c.source) == f.source.strip().lower())
    if scope:
        conds.append(
            exists().where(AP.c.person_id == P.c.id, A.c.id == AP.c.article_id, *scope),
        )
    if f.location:
        conds.append(
            exists().where(
                MP.c.person_id == P.c.id, M.c.id == MP.c.meeting_id, _matches([M.c.location], f.location)
            )
        )
    keys = {
        "id": P.c.id,
        "name": P.c.name,
        "country": P.c.country_code,
        "articles": articles,
        "meetings": meetings,
        "statements": statements,
    }
    stmt = stmt.where(*conds).order_by(*_order(page.sort, keys, "-articles", P.c.id))
    return [dict(r) for r in conn.execute(_page(stmt, page)).mappings()]


def list_countries(conn: Connection, f: Filters, page: Page) -> list[dict[str, Any]]:
    """Countries the archive mentions, with article, meeting, person and statement counts."""
    articles = _count(AC.c.article_id, AC.c.country_code == C.c.code, unique=True).label("articles")
    meetings = _count(MC.c.meeting_id, MC.c.country_code == C.c.code, unique=True).label("meetings")
    persons = _count(P.c.id, P.c.country_code == C.c.code).label("persons")
    statements = _count(ST.c.id, ST.c.speaker_country_code == C.c.code).label("statements")
    stmt = select(C.c.code, C.c.name, articles, meetings, persons, statements)
    scope = _dates(A.c.published, f)
    if f.source:
        scope.append(func.lower(A.c.source) == f.source.strip().lower())
    mentioned = [AC.c.country_code == C.c.code, A.c.id == AC.c.article_id, *scope]
    conds: list[ColumnElement[bool]] = [exists().where(*mentioned)]
    if f.search:  # a country's name, not article text
        conds.append(_matches([C.c.name, C.c.official_name], f.search))
    if f.country:
        conds.append(C.c.code == resolve_country(conn, f.country))
    if f.person:
        ids = resolve_persons(conn, f.person)
        conds.append(
            or_(
                exists().where(AP.c.country_code == C.c.code, AP.c.person_id.in_(ids)),
                exists().where(P.c.country_code == C.c.code, P.c.id.in_(ids)),
            )
        )
    keys = {
        "code": C.c.code,
        "name": C.c.name,
        "articles": articles,
        "meetings": meetings,
        "persons": persons,
        "statements": statements,
    }
    stmt = stmt.where(*conds).order_by(*_order(page.sort, keys, "-articles", C.c.code))
    return [dict(r) for r in conn.execute(_page(stmt, page)).mappings()]


def _meeting_people(conn: Connection, meeting_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    ids = list(meeting_ids)
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if not ids:
        return out
    for r in conn.execute(
        select(MP.c.meeting_id, P.c.id, P.c.name, P.c.country_code)
        .join(P, P.c.id == MP.c.person_id)
        .where(MP.c.meeting_id.in_(ids))
        .distinct()
        .order_by(MP.c.meeting_id, P.c.name)
    ):
        out[r.meeting_id].append({"person_id": r.id, "name": r.name, "country": r.country_code})
    return out


def _meeting_codes(conn: Connection, meeting_ids: Iterable[int]) -> dict[int, list[str]]:
    ids = list(meeting_ids)
    out: dict[int, list[str]] = defaultdict(list)
    if ids:
        for mid, code in conn.execute(
            select(MC.c.meeting_id, MC.c.country_code)
            .where(MC.c.meeting_id.in_(ids))
            .distinct()
            .order_by(MC.c.meeting_id, MC.c.country_code)
        ):
            out[mid].append(code)
    return out


def list_meetings(conn: Connection, f: Filters, page: Page) -> list[dict[str, Any]]:
    """Meetings with their type, date, place, participants and countries."""
    sources = _count(MS.c.id, MS.c.meeting_id == M.c.id).label("sources")
    stmt = select(
        M.c.id,
        M.c.date,
        M.c.cameo,
        M.c.location,
        M.c.location_country_code.label("location_country"),
        sources,
    )
    conds = _dates(M.c.date, f)
    if f.country:
        code = resolve_country(conn, f.country)
        conds.append(
            or_(
                exists().where(MC.c.meeting_id == M.c.id, MC.c.country_code == code),
                M.c.location_country_code == code,
            )
        )
    if f.person:
        ids = resolve_persons(conn, f.person)
        conds.append(exists().where(MP.c.meeting_id == M.c.id, MP.c.person_id.in_(ids)))
    if f.location:
        conds.append(_matches([M.c.location], f.location))
    if f.cameo:
        conds.append(M.c.cameo == resolve_cameo(f.cameo))
    scope = []
    if f.source:
        scope.append(func.lower(A.c.source) == f.source.strip().lower())
    if f.search:
        scope.append(_article_text_match(conn, f.search))
    if scope:
        conds.append(exists().where(MS.c.meeting_id == M.c.id, A.c.id == MS.c.article_id, *scope))
    keys = {"id": M.c.id, "date": M.c.date, "type": M.c.cameo, "location": M.c.location, "sources": sources}
    stmt = stmt.where(*conds).order_by(*_order(page.sort, keys, "-date", M.c.id))
    rows = [dict(r) for r in conn.execute(_page(stmt, page)).mappings()]
    people = _meeting_people(conn, [r["id"] for r in rows])
    codes = _meeting_codes(conn, [r["id"] for r in rows])
    for r in rows:
        r["type"] = CAMEO.get(r["cameo"], r["cameo"])
        r["participants"] = [p["name"] for p in people[r["id"]]]
        r["countries"] = codes[r["id"]]
    return rows


def _speaker_match(conn: Connection, text: str) -> ColumnElement[bool]:
    """A statement's speaker as named, or the person it was resolved to, matches ``text``."""
    ids = person_ids_for(conn, text)
    by_person = ST.c.speaker_person_id.in_(ids) if ids else false()
    return or_(_matches([ST.c.speaker], text), by_person)


def list_statements(conn: Connection, f: Filters, page: Page) -> list[dict[str, Any]]:
    """Quotations with their speaker and article."""
    stmt = select(
        ST.c.id,
        ST.c.article_id,
        A.c.published,
        A.c.source,
        ST.c.speaker,
        ST.c.speaker_person_id,
        ST.c.speaker_country_code.label("country"),
        ST.c.cue,
        ST.c.text,
    ).join(A, A.c.id == ST.c.article_id)
    conds = _dates(A.c.published, f)
    if f.source:
        conds.append(func.lower(A.c.source) == f.source.strip().lower())
    if f.search:
        conds.append(_statement_text_match(conn, f.search))
    if f.country:
        conds.append(ST.c.speaker_country_code == resolve_country(conn, f.country))
    if f.person:
        conds.append(ST.c.speaker_person_id.in_(resolve_persons(conn, f.person)))
    if f.speaker:
        conds.append(_speaker_match(conn, f.speaker))
    keys = {"id": ST.c.id, "published": A.c.published, "speaker": ST.c.speaker, "article": ST.c.article_id}
    stmt = stmt.where(*conds).order_by(*_order(page.sort, keys, "-published", ST.c.id))
    return [dict(r) for r in conn.execute(_page(stmt, page)).mappings()]


# --------------------------------------------------------------------------- evidence


class Evidence:
    """The sentences facts came from, per article (documents are loaded once)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._docs: dict[int, tuple[str, Any]] = {}

    def _load(self, article_ids: Iterable[int]) -> None:
        from archive.extract import document
        from archive.extract.text import SentenceIndex, sentence_spans

        todo = [i for i in set(article_ids) if i not in self._docs]
        if not todo:
            return
        for aid, title, text in self.conn.execute(
            select(A.c.id, A.c.title, A.c.text).where(A.c.id.in_(todo))
        ):
            doc = document(title, text)
            self._docs[aid] = (doc, SentenceIndex(sentence_spans(doc)))

    def sentence(self, article_id: int, start: int | None, end: int | None = None) -> str | None:
        """The whole sentence(s) covering ``start``..``end`` in the article's document."""
        if start is None:
            return None
        self._load([article_id])
        if article_id not in self._docs:
            return None
        doc, index = self._docs[article_id]
        if not index.sentences:
            return None
        end = max(end if end is not None else start, start)
        first = index.at(start)
        last = index.at(max(start, end - 1))
        return " ".join(doc[first.start : last.end].split())

    def prefetch(self, article_ids: Iterable[int]) -> None:
        self._load(article_ids)


def _row_or_missing(row: Any, what: str, key: Any) -> Any:
    if row is None:
        raise NotFoundError(f"no {what} with id {key}")
    return row


# --------------------------------------------------------------------------- records


def get_article(conn: Connection, article_id: int) -> dict[str, Any]:
    """An article with its countries, persons, meetings and statements, each with its sentence."""
    a = _row_or_missing(
        conn.execute(select(A).where(A.c.id == article_id)).mappings().first(), "article", article_id
    )
    ev = Evidence(conn)
    countries = [
        {
            "code": r.country_code,
            "name": r.name,
            "surface": r.surface,
            "kind": r.kind,
            "sentence": ev.sentence(article_id, r.start, r.end),
        }
        for r in conn.execute(
            select(AC, C.c.name)
            .join(C, C.c.code == AC.c.country_code)
            .where(AC.c.article_id == article_id)
            .order_by(AC.c.start)
        )
    ]
    ap_rows = conn.execute(
        select(AP, P.c.name.label("canonical"))
        .join(P, P.c.id == AP.c.person_id)
        .where(AP.c.article_id == article_id)
        .order_by(AP.c.start)
    ).all()
    titles: dict[int, list[str]] = defaultdict(list)
    mentions: dict[int, int] = defaultdict(int)
    if ap_rows:
        ap_ids = [r.id for r in ap_rows]
        for apid, title in conn.execute(
            select(PT.c.article_person_id, PT.c.title)
            .where(PT.c.article_person_id.in_(ap_ids))
            .order_by(PT.c.start)
        ):
            if title not in titles[apid]:
                titles[apid].append(title)
        for apid, n in conn.execute(
            select(PM.c.article_person_id, func.count())
            .where(PM.c.article_person_id.in_(ap_ids))
            .group_by(PM.c.article_person_id)
        ):
            mentions[apid] = n
    persons = [
        {
            "person_id": r.person_id,
            "name": r.name,
            "canonical": r.canonical,
            "country": r.country_code,
            "titles": titles[r.id],
            "mentions": mentions[r.id],
            "sentence": ev.sentence(article_id, r.start, r.end),
        }
        for r in ap_rows
    ]
    src_rows = conn.execute(
        select(MS).where(MS.c.article_id == article_id).order_by(MS.c.start, MS.c.id)
    ).all()
    src_people, src_codes = _source_parties(conn, [r.id for r in src_rows])
    meetings = [
        {
            "meeting_id": r.meeting_id,
            "type": CAMEO.get(r.cameo, r.cameo),
            "cameo": r.cameo,
            "date": r.date,
            "location": r.location,
            "participants": src_people[r.id],
            "countries": src_codes[r.id],
            "trigger": r.trigger,
            "sentence": ev.sentence(article_id, r.start, r.end),
        }
        for r in src_rows
    ]
    statements = [
        {
            "statement_id": r.id,
            "speaker": r.speaker,
            "speaker_person_id": r.speaker_person_id,
            "country": r.speaker_country_code,
            "cue": r.cue,
            "text": r.text,
            "sentence": ev.sentence(article_id, *_statement_span(r)),
        }
        for r in conn.execute(select(ST).where(ST.c.article_id == article_id).order_by(ST.c.start, ST.c.id))
    ]
    return {
        "id": a["id"],
        "title": a["title"],
        "published": a["published"],
        "source": a["source"],
        "url": a["url"],
        "external_id": a["external_id"],
        "origin": a["origin"],
        "imported_at": a["imported_at"],
        "extractor_version": a["extractor_version"],
        "countries": countries,
        "persons": persons,
        "meetings": meetings,
        "statements": statements,
    }


def _statement_span(r: Any) -> tuple[int, int]:
    """The quotation and its attribution cue, so the sentence shown names the speaker."""
    starts = [r.start] + ([r.cue_start] if r.cue_start is not None else [])
    ends = [r.end] + ([r.cue_end] if r.cue_end is not None else [])
    return min(starts), max(ends)


def _source_parties(
    conn: Connection, source_ids: list[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    people: dict[int, list[str]] = defaultdict(list)
    codes: dict[int, list[str]] = defaultdict(list)
    if source_ids:
        for sid, name in conn.execute(
            select(MP.c.source_id, P.c.name)
            .join(P, P.c.id == MP.c.person_id)
            .where(MP.c.source_id.in_(source_ids))
            .order_by(P.c.name)
        ):
            people[sid].append(name)
        for sid, code in conn.execute(
            select(MC.c.source_id, MC.c.country_code)
            .where(MC.c.source_id.in_(source_ids))
            .order_by(MC.c.country_code)
        ):
            codes[sid].append(code)
    return people, codes


def get_person(conn: Connection, person_id: int, limit: int = 100) -> dict[str, Any]:
    """A person: names, titles, countries, articles, meetings and statements (at most ``limit`` each)."""
    p = _row_or_missing(
        conn.execute(select(P).where(P.c.id == person_id)).mappings().first(), "person", person_id
    )
    ev = Evidence(conn)
    aliases = [
        {"alias": r.alias, "origin": r.origin}
        for r in conn.execute(
            select(PA.c.alias, PA.c.origin).where(PA.c.person_id == person_id).order_by(PA.c.alias)
        )
    ]
    ap_rows = conn.execute(
        select(AP, A.c.published, A.c.title.label("article_title"), A.c.source)
        .join(A, A.c.id == AP.c.article_id)
        .where(AP.c.person_id == person_id)
        .order_by(A.c.published.desc().nulls_last(), A.c.id.desc())
        .limit(limit)
    ).all()
    ev.prefetch(r.article_id for r in ap_rows)
    articles = [
        {
            "article_id": r.article_id,
            "published": r.published,
            "source": r.source,
            "title": r.article_title,
            "named_as": r.name,
            "country": r.country_code,
            "sentence": ev.sentence(r.article_id, r.start, r.end),
        }
        for r in ap_rows
    ]
    title_rows = conn.execute(
        select(PT.c.title, PT.c.start, PT.c.end, AP.c.article_id)
        .join(AP, AP.c.id == PT.c.article_person_id)
        .where(AP.c.person_id == person_id)
        .order_by(AP.c.article_id, PT.c.start)
        .limit(limit)
    ).all()
    ev.prefetch(r.article_id for r in title_rows)
    titles = [
        {"title": r.title, "article_id": r.article_id, "sentence": ev.sentence(r.article_id, r.start, r.end)}
        for r in title_rows
    ]
    countries = [
        {"code": code, "name": name, "articles": n}
        for code, name, n in conn.execute(
            select(AP.c.country_code, C.c.name, func.count())
            .join(C, C.c.code == AP.c.country_code)
            .where(AP.c.person_id == person_id)
            .group_by(AP.c.country_code, C.c.name)
            .order_by(func.count().desc(), AP.c.country_code)
        )
    ]
    meeting_rows = conn.execute(
        select(M)
        .where(exists().where(MP.c.meeting_id == M.c.id, MP.c.person_id == person_id))
        .order_by(M.c.date.desc().nulls_last(), M.c.id.desc())
        .limit(limit)
    ).all()
    people = _meeting_people(conn, [r.id for r in meeting_rows])
    codes = _meeting_codes(conn, [r.id for r in meeting_rows])
    meetings = [
        {
            "meeting_id": r.id,
            "date": r.date,
            "type": CAMEO.get(r.cameo, r.cameo),
            "location": r.location,
            "with": [x["name"] for x in people[r.id] if x["person_id"] != person_id],
            "countries": codes[r.id],
        }
        for r in meeting_rows
    ]
    st_rows = conn.execute(
        select(ST, A.c.published)
        .join(A, A.c.id == ST.c.article_id)
        .where(ST.c.speaker_person_id == person_id)
        .order_by(A.c.published.desc().nulls_last(), ST.c.id.desc())
        .limit(limit)
    ).all()
    ev.prefetch(r.article_id for r in st_rows)
    statements = [
        {
            "statement_id": r.id,
            "article_id": r.article_id,
            "published": r.published,
            "text": r.text,
            "sentence": ev.sentence(r.article_id, *_statement_span(r)),
        }
        for r in st_rows
    ]
    return {
        "id": p["id"],
        "name": p["name"],
        "country": p["country_code"],
        "aliases": aliases,
        "titles": titles,
        "countries": countries,
        "articles": articles,
        "meetings": meetings,
        "statements": statements,
    }


def get_meeting(conn: Connection, meeting_id: int) -> dict[str, Any]:
    """A meeting: type, date, place, participants, countries, and each source with its evidence."""
    mt = _row_or_missing(
        conn.execute(select(M).where(M.c.id == meeting_id)).mappings().first(), "meeting", meeting_id
    )
    ev = Evidence(conn)
    src_rows = conn.execute(
        select(MS, A.c.published, A.c.source.label("article_source"), A.c.title)
        .join(A, A.c.id == MS.c.article_id)
        .where(MS.c.meeting_id == meeting_id)
        .order_by(A.c.published.nulls_last(), MS.c.id)
    ).all()
    src_people, src_codes = _source_parties(conn, [r.id for r in src_rows])
    ev.prefetch(r.article_id for r in src_rows)
    sources = [
        {
            "article_id": r.article_id,
            "published": r.published,
            "source": r.article_source,
            "title": r.title,
            "type": CAMEO.get(r.cameo, r.cameo),
            "date": r.date,
            "location": r.location,
            "trigger": r.trigger,
            "participants": src_people[r.id],
            "countries": src_codes[r.id],
            "sentence": ev.sentence(r.article_id, r.start, r.end),
        }
        for r in src_rows
    ]
    names = dict(conn.execute(select(C.c.code, C.c.name)).all())
    return {
        "id": mt["id"],
        "type": CAMEO.get(mt["cameo"], mt["cameo"]),
        "cameo": mt["cameo"],
        "date": mt["date"],
        "location": mt["location"],
        "location_country": mt["location_country_code"],
        "participants": _meeting_people(conn, [meeting_id])[meeting_id],
        "countries": [
            {"code": c, "name": names.get(c, c)} for c in _meeting_codes(conn, [meeting_id])[meeting_id]
        ],
        "sources": sources,
    }


def get_country(conn: Connection, country: str, limit: int = 20) -> dict[str, Any]:
    """A country: counts, its most-mentioned persons, and recent articles, meetings and statements."""
    code = resolve_country(conn, country)
    c = conn.execute(select(C).where(C.c.code == code)).mappings().one()
    ev = Evidence(conn)
    counts = {
        "articles": conn.scalar(
            select(func.count(distinct(AC.c.article_id))).where(AC.c.country_code == code)
        ),
        "meetings": conn.scalar(
            select(func.count(distinct(MC.c.meeting_id))).where(MC.c.country_code == code)
        ),
        "persons": conn.scalar(select(func.count()).where(P.c.country_code == code)),
        "statements": conn.scalar(select(func.count()).where(ST.c.speaker_country_code == code)),
    }
    n_articles = func.count(AP.c.id)
    persons = [
        dict(r)
        for r in conn.execute(
            select(P.c.id.label("person_id"), P.c.name, n_articles.label("articles"))
            .join(AP, AP.c.person_id == P.c.id, isouter=True)
            .where(P.c.country_code == code)
            .group_by(P.c.id, P.c.name)
            .order_by(n_articles.desc(), P.c.name)
            .limit(limit)
        ).mappings()
    ]
    first = (
        select(AC.c.article_id, func.min(AC.c.start).label("start"))
        .where(AC.c.country_code == code)
        .group_by(AC.c.article_id)
        .subquery()
    )
    art_rows = conn.execute(
        select(A.c.id, A.c.published, A.c.source, A.c.title, first.c.start)
        .join(first, first.c.article_id == A.c.id)
        .order_by(A.c.published.desc().nulls_last(), A.c.id.desc())
        .limit(limit)
    ).all()
    ev.prefetch(r.id for r in art_rows)
    articles = [
        {
            "article_id": r.id,
            "published": r.published,
            "source": r.source,
            "title": r.title,
            "sentence": ev.sentence(r.id, r.start),
        }
        for r in art_rows
    ]
    meetings = list_meetings(conn, Filters(country=code), Page(limit=limit))
    statements = list_statements(conn, Filters(country=code), Page(limit=limit))
    return {
        "code": c["code"],
        "name": c["name"],
        "alpha3": c["alpha3"],
        "official_name": c["official_name"],
        **counts,
        "persons_list": persons,
        "recent_articles": articles,
        "recent_meetings": [
            {k: r[k] for k in ("id", "date", "type", "location", "participants", "countries")}
            for r in meetings
        ],
        "recent_statements": [{k: r[k] for k in ("id", "published", "speaker", "text")} for r in statements],
    }


def get_statement(conn: Connection, statement_id: int) -> dict[str, Any]:
    """A quotation with its speaker, article and the sentence(s) it stands in."""
    r = _row_or_missing(
        conn.execute(
            select(
                ST,
                A.c.title,
                A.c.published,
                A.c.source.label("article_source"),
                P.c.name.label("person_name"),
            )
            .join(A, A.c.id == ST.c.article_id)
            .join(P, P.c.id == ST.c.speaker_person_id, isouter=True)
            .where(ST.c.id == statement_id)
        ).first(),
        "statement",
        statement_id,
    )
    ev = Evidence(conn)
    return {
        "id": r.id,
        "article_id": r.article_id,
        "title": r.title,
        "published": r.published,
        "source": r.article_source,
        "speaker": r.speaker,
        "speaker_person_id": r.speaker_person_id,
        "speaker_person": r.person_name,
        "country": r.speaker_country_code,
        "kind": r.kind,
        "cue": r.cue,
        "text": r.text,
        "start": r.start,
        "end": r.end,
        "sentence": ev.sentence(r.article_id, *_statement_span(r)),
    }


__all__ = [
    "CAMEO",
    "Evidence",
    "Filters",
    "Page",
    "get_article",
    "get_country",
    "get_meeting",
    "get_person",
    "get_statement",
    "list_articles",
    "list_countries",
    "list_meetings",
    "list_persons",
    "list_statements",
    "person_ids_for",
    "resolve_cameo",
    "resolve_country",
    "resolve_persons",
    "stats",
]
