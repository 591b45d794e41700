"""The write path: meetings reported by several articles, and by one article twice."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, func, select

from archive import models as m
from archive import store
from archive.db import writer
from archive.extract.records import ArticleFacts, Meeting, Person, PersonMention


def _facts(meetings: list[Meeting]) -> ArticleFacts:
    people = [
        Person("Anna Lindqvist", mentions=[PersonMention(0, 14, "Anna Lindqvist")], country="SE"),
        Person("Joseph Mwangi", mentions=[PersonMention(20, 33, "Joseph Mwangi")], country="KE"),
    ]
    return ArticleFacts(persons=people, meetings=meetings)


def _row(n: int) -> store.ArticleRow:
    return store.ArticleRow(
        f"a{n}", None, f"hash{n}", f"Title {n}", f"text {n}", date(2024, 3, 6), "Wire", None
    )


def _talks(start: int, day: date | None = date(2024, 3, 4)) -> Meeting:
    return Meeting([0, 1], ["KE", "SE"], "Nairobi", "KE", day, "040", start, start + 40, "talks")


def _counts(engine: Engine) -> tuple[int, int]:
    with engine.connect() as conn:
        meetings = conn.scalar(select(func.count()).select_from(m.Meeting))
        sources = conn.scalar(select(func.count()).select_from(m.MeetingSource))
    return meetings, sources


def test_one_encounter_reported_by_two_articles_is_one_meeting(engine: Engine) -> None:
    with writer(engine).begin() as conn:
        ids = store.insert_articles(conn, [_row(1), _row(2)])
        store.write_batch(conn, [(ids[0], _facts([_talks(0)])), (ids[1], _facts([_talks(90)]))])
    assert _counts(engine) == (1, 2)
    with writer(engine).begin() as conn:  # and in a later batch too
        (third,) = store.insert_articles(conn, [_row(3)])
        store.write_batch(conn, [(third, _facts([_talks(5)]))])
    assert _counts(engine) == (1, 3)


def test_meetings_one_article_tells_apart_stay_apart(engine: Engine) -> None:
    # two encounters from one sentence: same evidence span, same day and parties
    with writer(engine).begin() as conn:
        (aid,) = store.insert_articles(conn, [_row(1)])
        store.write_batch(conn, [(aid, _facts([_talks(0), _talks(0)]))])
    assert _counts(engine) == (2, 2)


def test_undated_meetings_are_never_merged_across_articles(engine: Engine) -> None:
    with writer(engine).begin() as conn:
        ids = store.insert_articles(conn, [_row(1), _row(2)])
        store.write_batch(conn, [(ids[0], _facts([_talks(0, None)])), (ids[1], _facts([_talks(0, None)]))])
    assert _counts(engine) == (2, 2)
