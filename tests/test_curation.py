"""Curation decisions change the facts at once and survive `archive reextract`, on both backends.

Re-extraction is run for real (archive.ingest.reextract) with the extractor
replaced by the hand-made facts of tests.test_browse, then the curation log is
re-applied the way the write path does after store.write_facts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from archive import curation, ingest
from archive import models as m
from archive.db import writer
from archive.errors import NotFoundError
from archive.extract import ArticleFacts, Meeting, Statement, document
from archive.queries import Filters, Page, get_article, list_meetings, list_statements, person_ids_for
from tests.test_browse import ARTICLES, _person, facts_for, seed, store_article

EXTRA = {
    "title": "Zarif and Lavrov talk",
    "text": 'Mohammad Javad Zarif met Sergei Lavrov in Tehran. "Talks went well," Javad Zarif said.',
    "published": date(2019, 3, 1),
    "source": "IRNA",
}


def extra_facts(title: str | None, text: str, published: date | None = None) -> ArticleFacts:
    """An extraction slip: the two forms of Zarif's name are two persons in one article."""
    if title != EXTRA["title"]:
        return facts_for(title, text, published)
    doc = document(title, text)
    mjz = _person(doc, "Mohammad Javad Zarif", ["Mohammad Javad Zarif"], "IR")
    jz = _person(doc, "Javad Zarif", ["Javad Zarif"], None)
    jz.mentions = [x for x in jz.mentions if x.start > doc.index("went")]
    lavrov = _person(doc, "Sergei Lavrov", ["Sergei Lavrov"], "RU")
    end = doc.index("Tehran.") + len("Tehran.")
    q = doc.index('"Talks')
    qe = doc.index('well,"') + len('well,"')
    cue = doc.index("said")
    return ArticleFacts(
        persons=[mjz, jz, lavrov],
        meetings=[Meeting([0, 1, 2], ["IR", "RU"], "Tehran", "IR", date(2019, 3, 1), "043", 0, end, "met")],
        statements=[Statement("Talks went well,", q, qe, "Javad Zarif", 1, None, "said", cue, cue + 4)],
    )


@pytest.fixture
def archive_db(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Engine:
    monkeypatch.setattr(ingest, "extract", extra_facts)
    seed(engine)
    store_article(engine, EXTRA, extra_facts(EXTRA["title"], EXTRA["text"]))
    return engine


def reextract_all(engine: Engine) -> None:
    """What `archive reextract` does, with curation.apply where the write path calls it."""
    ingest.reextract(engine, None, jobs=1)
    with writer(engine).begin() as conn:
        curation.apply(conn, None)


def pid(engine: Engine, name: str) -> int:
    with engine.connect() as conn:
        (found,) = person_ids_for(conn, name)
    return found


def article_id(engine: Engine, title: str) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(m.Article.id).where(m.Article.title == title))  # type: ignore[return-value]


def person_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(m.Person)) or 0


def aliases(engine: Engine, person_id: int) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(
            conn.execute(
                select(m.PersonAlias.alias, m.PersonAlias.origin).where(m.PersonAlias.person_id == person_id)
            ).all()
        )


def do(engine: Engine, fn: Any, *args: Any) -> Any:
    with writer(engine).begin() as conn:
        return fn(conn, *args)


def test_merge_moves_every_fact_and_survives_reextract(archive_db: Engine) -> None:
    keep, other = pid(archive_db, "Mohammad Javad Zarif"), pid(archive_db, "Javad Zarif")
    assert keep != other
    before = person_count(archive_db)
    result = do(archive_db, curation.merge_persons, keep, other)
    assert result["articles"] == 2 and result["statements"] == 2

    def check() -> None:
        with archive_db.connect() as conn:
            assert person_ids_for(conn, "Javad Zarif") == [keep]
            assert conn.scalar(select(m.Person.id).where(m.Person.name_key == "javad zarif")) is None
            extra = get_article(conn, article_id(archive_db, EXTRA["title"]))
            (zarif,) = [p for p in extra["persons"] if p["person_id"] == keep]
            assert zarif["mentions"] == 2  # both name forms, one row
            (mt,) = extra["meetings"]
            assert mt["participants"] == ["Mohammad Javad Zarif", "Sergei Lavrov"]
            assert [s["speaker_person_id"] for s in extra["statements"]] == [keep]
            kabul = get_article(conn, article_id(archive_db, ARTICLES[2]["title"]))
            assert [p["person_id"] for p in kabul["persons"] if p["name"] == "Javad Zarif"] == [keep]

    check()
    assert person_count(archive_db) == before - 1
    assert aliases(archive_db, keep)["Javad Zarif"] == "curated"
    reextract_all(archive_db)
    check()
    assert person_count(archive_db) == before - 1


def test_merge_refuses_self_and_unknown(archive_db: Engine) -> None:
    zarif = pid(archive_db, "Javad Zarif")
    with pytest.raises(curation.CurationError):
        do(archive_db, curation.merge_persons, zarif, zarif)
    with pytest.raises(NotFoundError):
        do(archive_db, curation.merge_persons, zarif, 999_999)


def test_rename_keeps_old_name_as_alias_and_survives(archive_db: Engine) -> None:
    lavrov = pid(archive_db, "Sergei Lavrov")
    before = person_count(archive_db)
    do(archive_db, curation.rename_person, lavrov, "Sergey V. Lavrov")
    assert aliases(archive_db, lavrov)["Sergei Lavrov"] == "curated"
    reextract_all(archive_db)
    with archive_db.connect() as conn:
        assert conn.scalar(select(m.Person.name).where(m.Person.id == lavrov)) == "Sergey V. Lavrov"
        assert person_ids_for(conn, "Sergei Lavrov") == [lavrov]
    assert person_count(archive_db) == before
    with pytest.raises(curation.CurationError, match="merge"):
        do(archive_db, curation.rename_person, lavrov, "Ashraf Ghani")


def test_alias_add_resolves_later_articles_and_survives(archive_db: Engine) -> None:
    qureshi = pid(archive_db, "Shah Mehmood Qureshi")
    do(archive_db, curation.add_alias, qureshi, "Makhdoom Qureshi")
    reextract_all(archive_db)
    assert aliases(archive_db, qureshi)["Makhdoom Qureshi"] == "curated"
    new = {"title": "Makhdoom Qureshi in Beijing", "text": "Makhdoom Qureshi arrived.", "published": None}
    doc = document(new["title"], new["text"])
    store_article(
        archive_db,
        {**new, "source": "Dawn"},
        ArticleFacts(persons=[_person(doc, "Makhdoom Qureshi", ["Makhdoom Qureshi"], "PK")]),
    )
    with archive_db.connect() as conn:
        assert person_ids_for(conn, "Makhdoom Qureshi") == [qureshi]
    with pytest.raises(curation.CurationError, match="merge"):
        do(archive_db, curation.add_alias, qureshi, "Ashraf Ghani")
    with pytest.raises(curation.CurationError, match="already the name"):
        do(archive_db, curation.add_alias, qureshi, "shah mehmood QURESHI")


def test_alias_remove_survives_reextract(archive_db: Engine) -> None:
    lavrov = pid(archive_db, "Sergei Lavrov")
    assert "Sergey Lavrov" in aliases(archive_db, lavrov)
    result = do(archive_db, curation.remove_alias, lavrov, "sergey lavrov")
    assert result["articles"] == [article_id(archive_db, ARTICLES[1]["title"])]
    with archive_db.connect() as conn:
        assert (lavrov, "sergey lavrov") in curation.suppressed_aliases(conn)
    reextract_all(archive_db)
    assert "Sergey Lavrov" not in aliases(archive_db, lavrov)
    with pytest.raises(NotFoundError):
        do(archive_db, curation.remove_alias, lavrov, "Sergey Lavrov")
    # Re-extraction made "Sergey Lavrov" a person of its own: giving the name back
    # now means merging, and the error says so.
    with pytest.raises(curation.CurationError, match="archive persons merge"):
        do(archive_db, curation.add_alias, lavrov, "Sergey Lavrov")


def test_removed_alias_no_longer_resolves_to_the_person(archive_db: Engine) -> None:
    lavrov = pid(archive_db, "Sergei Lavrov")
    do(archive_db, curation.remove_alias, lavrov, "Sergey Lavrov")
    reextract_all(archive_db)
    with archive_db.connect() as conn:
        tass = get_article(conn, article_id(archive_db, ARTICLES[1]["title"]))
    (sergey,) = [p for p in tass["persons"] if p["name"] == "Sergey Lavrov"]
    assert sergey["person_id"] != lavrov


def test_meeting_delete_survives_reextract(archive_db: Engine) -> None:
    with archive_db.connect() as conn:
        (moscow,) = list_meetings(conn, Filters(location="Moscow"), Page())
    result = do(archive_db, curation.delete_meeting, moscow["id"])
    assert result["sources"] == 1
    ingest.reextract(archive_db, None, jobs=1)
    with writer(archive_db).begin() as conn:
        came_back = bool(list_meetings(conn, Filters(location="Moscow"), Page()))
        summary = curation.apply(conn, None)
    assert summary.meetings_deleted == int(came_back)  # 0 if the write path already applied it
    with archive_db.connect() as conn:
        assert list_meetings(conn, Filters(location="Moscow"), Page()) == []
        assert len(list_meetings(conn, Filters(), Page())) == 3
    with pytest.raises(NotFoundError):
        do(archive_db, curation.delete_meeting, moscow["id"])


def test_meeting_delete_survives_a_later_merge(archive_db: Engine) -> None:
    """The fingerprint names participants by id; a merge rewrites it to the person kept."""
    with archive_db.connect() as conn:
        (tehran,) = list_meetings(conn, Filters(location="Tehran"), Page())
    do(archive_db, curation.delete_meeting, tehran["id"])
    do(
        archive_db,
        curation.merge_persons,
        pid(archive_db, "Mohammad Javad Zarif"),
        pid(archive_db, "Javad Zarif"),
    )
    reextract_all(archive_db)
    with archive_db.connect() as conn:
        assert list_meetings(conn, Filters(location="Tehran"), Page()) == []


def test_set_speaker_survives_reextract(archive_db: Engine) -> None:
    qureshi = pid(archive_db, "Shah Mehmood Qureshi")
    with archive_db.connect() as conn:
        (st,) = list_statements(conn, Filters(search="values"), Page())
    assert st["speaker"] == "Lavrov"
    do(archive_db, curation.set_speaker, st["id"], qureshi)
    reextract_all(archive_db)
    with archive_db.connect() as conn:
        (st,) = list_statements(conn, Filters(search="values"), Page())
    assert (st["speaker"], st["speaker_person_id"], st["country"]) == ("Shah Mehmood Qureshi", qureshi, "PK")
    with pytest.raises(NotFoundError):
        do(archive_db, curation.set_speaker, 999_999, qureshi)


def test_apply_is_idempotent_and_logged(archive_db: Engine) -> None:
    with archive_db.connect() as conn:
        (moscow,) = list_meetings(conn, Filters(location="Moscow"), Page())
        (st,) = list_statements(conn, Filters(search="sanctions"), Page())
    do(archive_db, curation.delete_meeting, moscow["id"])
    do(archive_db, curation.set_speaker, st["id"], pid(archive_db, "Sergei Lavrov"))
    reextract_all(archive_db)
    with writer(archive_db).begin() as conn:
        assert curation.apply(conn, None).as_dict() == {
            "persons_merged": 0,
            "aliases_removed": 0,
            "meetings_deleted": 0,
            "speakers_set": 0,
        }
        assert curation.apply(conn, []).speakers_set == 0
        log = curation.history(conn)
    assert [r["action"] for r in log] == ["set_speaker", "meeting_delete"]
