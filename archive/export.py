"""Export stored articles in the gold annotation schema, read from the database.

Nothing is re-extracted here: what is exported is what is stored (including
curation), so an export is a faithful dump of the archive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, select

from archive.tables import AC, AP, MC, MP, MS, PM, PT, ST, A, P


def export_articles(
    conn: Connection, article_ids: Sequence[int] | None = None, batch_size: int = 500
) -> Iterator[dict[str, Any]]:
    """Yield one gold-schema dict per article, in import order, reading in batches."""
    stmt = select(A.c.id).order_by(A.c.id)
    if article_ids is not None:
        stmt = stmt.where(A.c.id.in_(list(article_ids)))
    ids = list(conn.execute(stmt).scalars())
    for i in range(0, len(ids), batch_size):
        yield from _export_batch(conn, ids[i : i + batch_size])


def _export_batch(conn: Connection, ids: list[int]) -> Iterator[dict[str, Any]]:
    articles = conn.execute(select(A).where(A.c.id.in_(ids)).order_by(A.c.id)).mappings().all()

    countries: dict[int, set[str]] = defaultdict(set)
    for aid, code in conn.execute(select(AC.c.article_id, AC.c.country_code).where(AC.c.article_id.in_(ids))):
        countries[aid].add(code)

    persons: dict[int, list[dict[str, Any]]] = defaultdict(list)
    name_of: dict[tuple[int, int], str] = {}
    ap_rows = conn.execute(
        select(AP.c.id, AP.c.article_id, AP.c.person_id, AP.c.name, AP.c.country_code)
        .where(AP.c.article_id.in_(ids))
        .order_by(AP.c.article_id, AP.c.start, AP.c.id)
    ).all()
    ap_ids = [r.id for r in ap_rows]
    surfaces: dict[int, list[str]] = defaultdict(list)
    titles: dict[int, list[str]] = defaultdict(list)
    if ap_ids:
        for apid, surface in conn.execute(
            select(PM.c.article_person_id, PM.c.surface)
            .where(PM.c.article_person_id.in_(ap_ids))
            .order_by(PM.c.start)
        ):
            surfaces[apid].append(surface)
        for apid, title in conn.execute(
            select(PT.c.article_person_id, PT.c.title)
            .where(PT.c.article_person_id.in_(ap_ids))
            .order_by(PT.c.start)
        ):
            titles[apid].append(title)
    for r in ap_rows:
        name_of[(r.article_id, r.person_id)] = r.name
        persons[r.article_id].append(
            {
                "name": r.name,
                "aliases": [s for s in dict.fromkeys(surfaces[r.id]) if s != r.name],
                "titles": list(dict.fromkeys(titles[r.id])),
                "country": r.country_code,
            }
        )

    meetings: dict[int, list[dict[str, Any]]] = defaultdict(list)
    src_rows = conn.execute(
        select(MS).where(MS.c.article_id.in_(ids)).order_by(MS.c.article_id, MS.c.start, MS.c.id)
    ).all()
    src_ids = [r.id for r in src_rows]
    parts: dict[int, list[int]] = defaultdict(list)
    mcountries: dict[int, list[str]] = defaultdict(list)
    if src_ids:
        for sid, pid in conn.execute(
            select(MP.c.source_id, MP.c.person_id).where(MP.c.source_id.in_(src_ids)).order_by(MP.c.id)
        ):
            parts[sid].append(pid)
        for sid, code in conn.execute(
            select(MC.c.source_id, MC.c.country_code).where(MC.c.source_id.in_(src_ids))
        ):
            mcountries[sid].append(code)
    missing = {pid for r in src_rows for pid in parts[r.id] if (r.article_id, pid) not in name_of}
    person_names = (
        dict(conn.execute(select(P.c.id, P.c.name).where(P.c.id.in_(missing))).all()) if missing else {}
    )
    for r in src_rows:
        meetings[r.article_id].append(
            {
                "participants": [
                    name_of.get((r.article_id, pid)) or person_names.get(pid, "") for pid in parts[r.id]
                ],
                "countries": sorted(set(mcountries[r.id])),
                "location": r.location,
                "location_country": r.location_country_code,
                "date": r.date.isoformat() if r.date else None,
            }
        )

    statements: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for st in conn.execute(
        select(
            ST.c.article_id,
            ST.c.speaker,
            ST.c.speaker_person_id,
            ST.c.speaker_country_code,
            ST.c.kind,
            ST.c.text,
        )
        .where(ST.c.article_id.in_(ids))
        .order_by(ST.c.article_id, ST.c.start, ST.c.id)
    ):
        statements[st.article_id].append(
            {
                # A person speaker is shown by the name the article gives them.
                "speaker": name_of.get((st.article_id, st.speaker_person_id), st.speaker),
                "speaker_country": st.speaker_country_code,
                "kind": st.kind,
                "text": st.text,
            }
        )

    for a in articles:
        aid = a["id"]
        yield {
            "id": a["external_id"] if a["external_id"] is not None else str(aid),
            "title": a["title"],
            "published": a["published"].isoformat() if a["published"] else None,
            "source": a["source"],
            "countries": sorted(countries[aid]),
            "persons": persons[aid],
            "meetings": meetings[aid],
            "statements": statements[aid],
        }
