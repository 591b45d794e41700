"""Curation: correcting what extraction got wrong, in a way that survives re-extraction.

Each decision changes the stored facts at once and is written to the
``curation`` log. Re-extraction deletes an article's facts and writes new
ones, so decisions are kept alive in two ways:

* merge, rename and alias add leave *curated* aliases on the person kept,
  which the store's PersonResolver finds when it meets those names again;
* alias remove, meeting delete and set-speaker are re-applied from the log by
  :func:`apply`, which the write path calls after it stores an article's
  facts. Meetings are recognised by a fingerprint that does not depend on
  ids or offsets (article, participants, countries, date); statements by
  article and quotation text (offsets as a fallback).

Every function takes a Connection inside the caller's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, delete, exists, insert, select, update

from archive.errors import ArchiveError, NotFoundError
from archive.names import match_key, name_key
from archive.tables import AP, CUR, MC, MP, MS, PA, PM, PT, ST, M, P

MERGE = "merge"
RENAME = "rename"
ALIAS_ADD = "alias_add"
ALIAS_REMOVE = "alias_remove"
MEETING_DELETE = "meeting_delete"
SET_SPEAKER = "set_speaker"


class CurationError(ArchiveError):
    """A curation decision that cannot be made as asked (it would contradict the archive)."""


@dataclass(slots=True)
class ApplySummary:
    """What :func:`apply` re-applied to freshly extracted facts."""

    persons_merged: int = 0
    aliases_removed: int = 0
    meetings_deleted: int = 0
    speakers_set: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


# --------------------------------------------------------------------------- lookups


def _person(conn: Connection, person_id: int) -> Any:
    row = conn.execute(select(P).where(P.c.id == person_id)).first()
    if row is None:
        raise NotFoundError(f"no person with id {person_id}")
    return row


def person_ref(conn: Connection, text: str) -> int:
    """One person id from an id, a name or an alias; several matches is an error listing them."""
    from archive.queries import person_ids_for

    ids = person_ids_for(conn, text)
    if not ids:
        raise NotFoundError(f"no person with id or name {text!r}")
    if len(ids) > 1:
        raise CurationError(f"{text!r} names several persons ({', '.join(map(str, ids))}); give an id")
    return ids[0]


def suppressed_aliases(conn: Connection) -> set[tuple[int, str]]:
    """(person id, alias key) pairs a curator removed: the resolver must not use or re-add them."""
    return {
        (pid, key)
        for pid, key in conn.execute(
            select(CUR.c.person_id, CUR.c.value_key).where(CUR.c.action == ALIAS_REMOVE)
        )
        if pid is not None and key
    }


def history(conn: Connection, limit: int | None = 100) -> list[dict[str, Any]]:
    """The curation log, newest first."""
    stmt = select(CUR).order_by(CUR.c.id.desc())
    if limit:
        stmt = stmt.limit(limit)
    return [dict(r) for r in conn.execute(stmt).mappings()]


def _log(conn: Connection, action: str, **values: Any) -> int:
    return int(conn.execute(insert(CUR).values(action=action, **values).returning(CUR.c.id)).scalar_one())


def _unsuppress(conn: Connection, person_id: int, key: str) -> None:
    """A name explicitly given back to a person is no longer a removed alias."""
    conn.execute(
        delete(CUR).where(CUR.c.action == ALIAS_REMOVE, CUR.c.person_id == person_id, CUR.c.value_key == key)
    )


def _curate_alias(conn: Connection, person_id: int, form: str, person_key: str) -> bool:
    """Make ``form`` a curated alias of the person (insert, or promote an extracted one)."""
    key = name_key(form)
    if not key or key == person_key:
        return False
    found = conn.execute(
        update(PA).where(PA.c.person_id == person_id, PA.c.alias_key == key).values(origin="curated")
    ).rowcount
    if not found:
        conn.execute(insert(PA).values(person_id=person_id, alias=form, alias_key=key, origin="curated"))
    _unsuppress(conn, person_id, key)
    return True


# --------------------------------------------------------------------------- persons


def _move_facts(conn: Connection, keep: int, other: int) -> dict[str, int]:
    """Re-point every fact of ``other`` at ``keep``; one article_person row per article."""
    moved = {"articles": 0, "meetings": 0, "statements": 0}
    keep_rows = {
        r.article_id: r
        for r in conn.execute(
            select(AP).where(
                AP.c.person_id == keep,
                AP.c.article_id.in_(select(AP.c.article_id).where(AP.c.person_id == other)),
            )
        )
    }
    for r in conn.execute(select(AP).where(AP.c.person_id == other)).all():
        moved["articles"] += 1
        k = keep_rows.get(r.article_id)
        if k is None:
            conn.execute(update(AP).where(AP.c.id == r.id).values(person_id=keep))
            continue
        # Both persons are in this article: fold other's mentions and titles into keep's row.
        for table in (PM, PT):
            conn.execute(
                update(table).where(table.c.article_person_id == r.id).values(article_person_id=k.id)
            )
        values: dict[str, Any] = {}
        if r.start < k.start:
            values.update(start=r.start, end=r.end)
        if k.country_code is None and r.country_code is not None:
            values.update(
                country_code=r.country_code, country_start=r.country_start, country_end=r.country_end
            )
        if values:
            conn.execute(update(AP).where(AP.c.id == k.id).values(**values))
        conn.execute(delete(AP).where(AP.c.id == r.id))
    both = select(MP.c.source_id).where(MP.c.person_id == keep)
    conn.execute(delete(MP).where(MP.c.person_id == other, MP.c.source_id.in_(both)))
    moved["meetings"] = conn.execute(
        update(MP).where(MP.c.person_id == other).values(person_id=keep)
    ).rowcount
    moved["statements"] = conn.execute(
        update(ST).where(ST.c.speaker_person_id == other).values(speaker_person_id=keep)
    ).rowcount
    return moved


def _absorb(conn: Connection, keep: int, stray: int) -> None:
    """Fold a person the resolver created by mistake into ``keep``, without logging a new decision."""
    from archive.store import insert_ignore

    _move_facts(conn, keep, stray)
    keep_key = conn.scalar(select(P.c.name_key).where(P.c.id == keep))
    stray_aliases = conn.execute(select(PA.c.alias, PA.c.alias_key).where(PA.c.person_id == stray)).all()
    rows = [
        {"person_id": keep, "alias": a, "alias_key": k, "origin": "extracted"}
        for a, k in stray_aliases
        if k != keep_key
    ]
    insert_ignore(conn, PA, rows)
    _rewrite_log(conn, keep, stray)
    conn.execute(delete(PA).where(PA.c.person_id == stray))
    conn.execute(delete(P).where(P.c.id == stray))


def _rewrite_log(conn: Connection, keep: int, other: int) -> None:
    """Decisions about ``other`` now concern ``keep`` (including meeting fingerprints)."""
    conn.execute(update(CUR).where(CUR.c.person_id == other).values(person_id=keep))
    conn.execute(
        update(CUR).where(CUR.c.other_person_id == other, CUR.c.action != MERGE).values(other_person_id=keep)
    )
    for cid, fp in conn.execute(
        select(CUR.c.id, CUR.c.fingerprint).where(
            CUR.c.action == MEETING_DELETE, CUR.c.fingerprint.is_not(None)
        )
    ).all():
        day, pids, codes = _parse_fingerprint(fp)
        if other in pids:
            new = _fingerprint(day, (keep if p == other else p for p in pids), codes)
            conn.execute(update(CUR).where(CUR.c.id == cid).values(fingerprint=new))


def merge_persons(conn: Connection, keep: int, other: int) -> dict[str, Any]:
    """Merge ``other`` into ``keep``: facts move, other's names become curated aliases, other goes."""
    if keep == other:
        raise CurationError("cannot merge a person with itself")
    kp, op = _person(conn, keep), _person(conn, other)
    moved = _move_facts(conn, keep, other)
    other_aliases = list(conn.scalars(select(PA.c.alias).where(PA.c.person_id == other)))
    for form in (op.name, *other_aliases):
        _curate_alias(conn, keep, form, kp.name_key)
    if kp.country_code is None and op.country_code is not None:
        conn.execute(update(P).where(P.c.id == keep).values(country_code=op.country_code))
    _rewrite_log(conn, keep, other)
    conn.execute(delete(PA).where(PA.c.person_id == other))
    conn.execute(delete(P).where(P.c.id == other))
    _log(
        conn,
        MERGE,
        person_id=keep,
        other_person_id=other,
        value=op.name,
        value_key=op.name_key,
        detail={"kept": kp.name, "aliases": other_aliases},
    )
    return {"kept": keep, "merged": other, "name": kp.name, "merged_name": op.name, **moved}


def rename_person(conn: Connection, person_id: int, new_name: str) -> dict[str, Any]:
    """Give a person a new name; the old one stays a curated alias so re-extraction still finds them."""
    p = _person(conn, person_id)
    new_name = " ".join(new_name.split())
    key = name_key(new_name)
    if not key:
        raise CurationError(f"{new_name!r} is not a usable name")
    holder = conn.scalar(select(P.c.id).where(P.c.name_key == key, P.c.id != person_id))
    if holder is not None:
        raise CurationError(
            f"{new_name!r} is already person {holder}; to make them one: archive persons merge {person_id} {holder}"
        )
    conn.execute(delete(PA).where(PA.c.person_id == person_id, PA.c.alias_key == key))
    conn.execute(
        update(P).where(P.c.id == person_id).values(name=new_name, name_key=key, match_key=match_key(key))
    )
    _curate_alias(conn, person_id, p.name, key)
    _unsuppress(conn, person_id, key)
    _log(conn, RENAME, person_id=person_id, value=new_name, value_key=key, detail={"old_name": p.name})
    return {"person_id": person_id, "old_name": p.name, "name": new_name}


def add_alias(conn: Connection, person_id: int, alias: str) -> dict[str, Any]:
    """Record another name for a person, so articles using it resolve to them."""
    p = _person(conn, person_id)
    alias = " ".join(alias.split())
    key = name_key(alias)
    if not key:
        raise CurationError(f"{alias!r} is not a usable name")
    if key == p.name_key:
        raise CurationError(f"{alias!r} is already the name of person {person_id}")
    holder = conn.scalar(select(P.c.id).where(P.c.name_key == key))
    if holder is not None:
        raise CurationError(
            f"{alias!r} is the name of person {holder}; to make them one: archive persons merge {person_id} {holder}"
        )
    _curate_alias(conn, person_id, alias, p.name_key)
    _log(conn, ALIAS_ADD, person_id=person_id, value=alias, value_key=key)
    return {"person_id": person_id, "alias": alias}


def remove_alias(conn: Connection, person_id: int, alias: str) -> dict[str, Any]:
    """Say a name is *not* this person; returns the articles that name them so, to re-extract."""
    _person(conn, person_id)
    key = name_key(alias)
    gone = conn.execute(delete(PA).where(PA.c.person_id == person_id, PA.c.alias_key == key)).rowcount
    if not gone:
        raise NotFoundError(f"person {person_id} has no alias {alias!r}")
    conn.execute(
        delete(CUR).where(CUR.c.action == ALIAS_ADD, CUR.c.person_id == person_id, CUR.c.value_key == key)
    )
    _log(conn, ALIAS_REMOVE, person_id=person_id, value=alias, value_key=key)
    articles: set[int] = set()
    for aid, name, surface in conn.execute(
        select(AP.c.article_id, AP.c.name, PM.c.surface)
        .join(PM, PM.c.article_person_id == AP.c.id, isouter=True)
        .where(AP.c.person_id == person_id)
    ):
        if name_key(name) == key or (surface and name_key(surface) == key):
            articles.add(aid)
    return {"person_id": person_id, "alias": alias, "articles": sorted(articles)}


# --------------------------------------------------------------------------- meetings


def _fingerprint(day: date | str | None, person_ids: Iterable[int], codes: Iterable[str]) -> str:
    """What identifies one article's report of a meeting across re-extractions."""
    d = day.isoformat() if isinstance(day, date) else (day or "")
    return f"{d}|{','.join(map(str, sorted(set(person_ids))))}|{','.join(sorted(set(codes)))}"


def _parse_fingerprint(fp: str) -> tuple[str, list[int], list[str]]:
    day, pids, codes = fp.split("|")
    return day, [int(p) for p in pids.split(",") if p], [c for c in codes.split(",") if c]


def _source_fingerprints(conn: Connection, source_rows: Sequence[Any]) -> dict[int, str]:
    ids = [r.id for r in source_rows]
    people: dict[int, list[int]] = defaultdict(list)
    codes: dict[int, list[str]] = defaultdict(list)
    if ids:
        for sid, pid in conn.execute(select(MP.c.source_id, MP.c.person_id).where(MP.c.source_id.in_(ids))):
            people[sid].append(pid)
        for sid, code in conn.execute(
            select(MC.c.source_id, MC.c.country_code).where(MC.c.source_id.in_(ids))
        ):
            codes[sid].append(code)
    return {r.id: _fingerprint(r.date, people[r.id], codes[r.id]) for r in source_rows}


def _delete_sources(conn: Connection, source_ids: Sequence[int]) -> int:
    """Delete meeting sources, then the meetings no source reports any more."""
    if not source_ids:
        return 0
    ids = list(source_ids)
    meeting_ids = set(conn.scalars(select(MS.c.meeting_id).where(MS.c.id.in_(ids))))
    conn.execute(delete(MP).where(MP.c.source_id.in_(ids)))
    conn.execute(delete(MC).where(MC.c.source_id.in_(ids)))
    conn.execute(delete(MS).where(MS.c.id.in_(ids)))
    orphan = ~exists().where(MS.c.meeting_id == M.c.id)
    return conn.execute(delete(M).where(M.c.id.in_(meeting_ids), orphan)).rowcount


def delete_meeting(conn: Connection, meeting_id: int) -> dict[str, Any]:
    """Delete a meeting that did not happen; its reports stay deleted after re-extraction."""
    mt = conn.execute(select(M).where(M.c.id == meeting_id)).first()
    if mt is None:
        raise NotFoundError(f"no meeting with id {meeting_id}")
    sources = conn.execute(select(MS).where(MS.c.meeting_id == meeting_id)).all()
    prints = _source_fingerprints(conn, sources)
    for s in sources:
        _log(
            conn,
            MEETING_DELETE,
            article_id=s.article_id,
            fingerprint=prints[s.id],
            detail={
                "meeting_id": meeting_id,
                "cameo": s.cameo,
                "location": s.location,
                "trigger": s.trigger,
                "start": s.start,
                "end": s.end,
            },
        )
    _delete_sources(conn, [s.id for s in sources])
    conn.execute(delete(M).where(M.c.id == meeting_id))
    return {
        "meeting_id": meeting_id,
        "sources": len(sources),
        "articles": sorted({s.article_id for s in sources}),
    }


# --------------------------------------------------------------------------- statements


def set_speaker(conn: Connection, statement_id: int, person_id: int) -> dict[str, Any]:
    """Attribute a quotation to a person; the override is re-applied after re-extraction."""
    st = conn.execute(select(ST).where(ST.c.id == statement_id)).first()
    if st is None:
        raise NotFoundError(f"no statement with id {statement_id}")
    p = _person(conn, person_id)
    _speak(conn, st.id, p)
    fp = f"{st.start}:{st.end}"
    # A newer decision about the same quotation replaces the older one.
    conn.execute(
        delete(CUR).where(
            CUR.c.action == SET_SPEAKER, CUR.c.article_id == st.article_id, CUR.c.fingerprint == fp
        )
    )
    _log(
        conn,
        SET_SPEAKER,
        article_id=st.article_id,
        person_id=person_id,
        value=p.name,
        fingerprint=fp,
        detail={"text": st.text, "previous_speaker": st.speaker, "previous_person_id": st.speaker_person_id},
    )
    return {"statement_id": statement_id, "person_id": person_id, "speaker": p.name, "previous": st.speaker}


def _speak(conn: Connection, statement_id: int, person: Any) -> None:
    values: dict[str, Any] = {"speaker_person_id": person.id, "speaker": person.name}
    if person.country_code:
        values["speaker_country_code"] = person.country_code
    conn.execute(update(ST).where(ST.c.id == statement_id).values(**values))


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _find_statement(rows: Sequence[Any], text: str | None, start: int, end: int) -> Any | None:
    """The re-extracted quotation: same text (nearest to the old place), else the same span."""
    if text:
        same = [r for r in rows if _same_text(r.text, text)]
        if same:
            return min(same, key=lambda r: abs(r.start - start))
    return next((r for r in rows if r.start == start and r.end == end), None)


# --------------------------------------------------------------------------- re-applying


def _articles_clause(col: Any, article_ids: Sequence[int] | None) -> Any:
    return col.in_(list(article_ids)) if article_ids is not None else col.is_not(None)


def apply(conn: Connection, article_ids: Sequence[int] | None = None) -> ApplySummary:
    """Re-apply recorded decisions to these articles' freshly written facts (all articles: None).

    Idempotent: running it twice changes nothing the second time, so it is
    safe after every write of facts.
    """
    summary = ApplySummary()
    if article_ids is not None and not article_ids:
        return summary
    here = _articles_clause(AP.c.article_id, article_ids)

    # A person created under a name a curator gave to someone else (the resolver
    # missed the curated alias) is folded into that person.
    strays = conn.execute(
        select(P.c.id, PA.c.person_id)
        .join(PA, and_(PA.c.alias_key == P.c.name_key, PA.c.origin == "curated", PA.c.person_id != P.c.id))
        .where(P.c.id.in_(select(AP.c.person_id).where(here)))
    ).all()
    owners: dict[int, set[int]] = defaultdict(set)
    for stray, owner in strays:
        owners[stray].add(owner)
    for stray, keep in owners.items():
        if len(keep) == 1:
            _absorb(conn, keep.pop(), stray)
            summary.persons_merged += 1

    # Removed aliases the extractor added again.
    suppressed = suppressed_aliases(conn)
    if suppressed:
        pids = {pid for pid, _ in suppressed}
        present = set(conn.scalars(select(AP.c.person_id).where(here, AP.c.person_id.in_(pids))))
        for pid, key in suppressed:
            if pid in present:
                summary.aliases_removed += conn.execute(
                    delete(PA).where(PA.c.person_id == pid, PA.c.alias_key == key, PA.c.origin == "extracted")
                ).rowcount

    decisions = conn.execute(
        select(CUR)
        .where(
            CUR.c.action.in_([MEETING_DELETE, SET_SPEAKER]), _articles_clause(CUR.c.article_id, article_ids)
        )
        .order_by(CUR.c.id)
    ).all()
    by_article: dict[int, list[Any]] = defaultdict(list)
    for d in decisions:
        by_article[d.article_id].append(d)
    for aid, items in by_article.items():
        deletes = {d.fingerprint for d in items if d.action == MEETING_DELETE}
        if deletes:
            sources = conn.execute(select(MS).where(MS.c.article_id == aid)).all()
            doomed = [sid for sid, fp in _source_fingerprints(conn, sources).items() if fp in deletes]
            if doomed:
                _delete_sources(conn, doomed)
                summary.meetings_deleted += len(doomed)
        overrides = [d for d in items if d.action == SET_SPEAKER]
        if overrides:
            rows = conn.execute(select(ST).where(ST.c.article_id == aid)).all()
            for d in overrides:
                start, end = (int(x) for x in (d.fingerprint or "0:0").split(":"))
                st = _find_statement(rows, (d.detail or {}).get("text"), start, end)
                person = conn.execute(select(P).where(P.c.id == d.person_id)).first()
                if st is None or person is None:
                    continue
                if st.speaker_person_id != person.id or st.speaker != person.name:
                    _speak(conn, st.id, person)
                    summary.speakers_set += 1
    return summary


__all__ = [
    "ApplySummary",
    "CurationError",
    "add_alias",
    "apply",
    "delete_meeting",
    "history",
    "merge_persons",
    "person_ref",
    "remove_alias",
    "rename_person",
    "set_speaker",
    "suppressed_aliases",
]
