"""archive.queries: listings and records with their evidence sentences, on both backends.

The test archive is built from invented articles whose facts are written by
hand (``facts_for``), so the tests do not depend on the extractor's rules;
``fake_extract`` lets ``archive reextract`` reproduce exactly these facts.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine

from archive import store
from archive.db import writer
from archive.errors import NotFoundError, QueryError
from archive.extract import ArticleFacts, CountryMention, Meeting, Person, PersonMention, Statement, document
from archive.extract.records import TitleMention
from archive.queries import (
    Filters,
    Page,
    get_article,
    get_country,
    get_meeting,
    get_person,
    get_statement,
    list_articles,
    list_countries,
    list_meetings,
    list_persons,
    list_statements,
    resolve_country,
)

ARTICLES: list[dict[str, Any]] = [
    {
        "title": "Qureshi meets Lavrov in Moscow",
        "text": (
            "Foreign Minister Shah Mehmood Qureshi met Russian Foreign Minister Sergei Lavrov in Moscow "
            'on Wednesday. "We want closer ties with Russia," Qureshi said. Lavrov said: "Russia values '
            'Pakistan as a partner."'
        ),
        "published": date(2018, 12, 26),
        "source": "Dawn",
    },
    {
        "title": "Zarif calls Lavrov",
        "text": (
            "Iranian Foreign Minister Mohammad Javad Zarif spoke by phone with Sergey Lavrov. "
            '"Sanctions against Iran are illegal," Zarif said.'
        ),
        "published": date(2019, 1, 10),
        "source": "Tass",
    },
    {
        "title": "Zarif in Kabul",
        "text": (
            "Javad Zarif arrived in Kabul on Monday. Javad Zarif met Afghan President Ashraf Ghani. "
            '"We support peace in Afghanistan," Javad Zarif said.'
        ),
        "published": date(2019, 2, 4),
        "source": "Tolo",
    },
]


def _span(doc: str, sub: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = doc.index(sub, pos + 1)
    return pos, pos + len(sub)


def _person(
    doc: str,
    name: str,
    forms: list[str],
    country: str | None,
    title: str | None = None,
    country_word: str = "",
) -> Person:
    mentions = []
    for form in forms:
        start = 0
        while (pos := doc.find(form, start)) >= 0:
            if not any(m.start <= pos < m.end for m in mentions):
                mentions.append(PersonMention(pos, pos + len(form), form))
            start = pos + len(form)
    mentions.sort(key=lambda m: m.start)
    titles = [TitleMention(title, *_span(doc, title))] if title else []
    evidence = _span(doc, country_word) if country_word else None
    aliases = [f for f in forms if f != name]
    return Person(name, aliases, titles, country, evidence, mentions)


def _country(doc: str, code: str, surface: str, kind: str, nth: int = 0) -> CountryMention:
    return CountryMention(code, *_span(doc, surface, nth), surface, kind)


def _quote(doc: str, quote: str, speaker: str, person: int | None, country: str | None) -> Statement:
    start = doc.index(f'"{quote}')
    end = doc.index('"', start + 1) + 1
    cue = doc.index("said", end)
    return Statement(
        text=doc[start + 1 : end - 1],
        start=start,
        end=end,
        speaker=speaker,
        speaker_person=person,
        speaker_country=country,
        cue="said",
        cue_start=cue,
        cue_end=cue + 4,
    )


def facts_for(title: str | None, text: str, published: date | None = None) -> ArticleFacts:
    """The hand-made facts of one of ARTICLES (what a perfect extractor would find)."""
    doc = document(title, text)
    if title == ARTICLES[0]["title"]:
        qureshi = _person(
            doc, "Shah Mehmood Qureshi", ["Shah Mehmood Qureshi", "Qureshi"], "PK", "Foreign Minister"
        )
        lavrov = _person(doc, "Sergei Lavrov", ["Sergei Lavrov", "Lavrov"], "RU", None, "Russian")
        s1, s2 = _span(doc, "Foreign Minister Shah")[0], doc.index("Wednesday.") + len("Wednesday.")
        lavrov_quote = Statement(
            text="Russia values Pakistan as a partner.",
            start=doc.index('"Russia values'),
            end=doc.index('partner."') + len('partner."'),
            speaker="Lavrov",
            speaker_person=1,
            speaker_country="RU",
            cue="said",
            cue_start=doc.index("Lavrov said") + 7,
            cue_end=doc.index("Lavrov said") + 11,
        )
        return ArticleFacts(
            countries=[
                _country(doc, "RU", "Russian", "demonym"),
                _country(doc, "RU", "Moscow", "city", 1),
                _country(doc, "RU", "Russia", "name", 1),
                _country(doc, "PK", "Pakistan", "name"),
            ],
            persons=[qureshi, lavrov],
            meetings=[
                Meeting([0, 1], ["PK", "RU"], "Moscow", "RU", date(2018, 12, 26), "042", s1, s2, "met"),
            ],
            statements=[_quote(doc, "We want closer ties", "Qureshi", 0, "PK"), lavrov_quote],
        )
    if title == ARTICLES[1]["title"]:
        zarif = _person(
            doc,
            "Mohammad Javad Zarif",
            ["Mohammad Javad Zarif", "Zarif"],
            "IR",
            "Foreign Minister",
            "Iranian",
        )
        lavrov = _person(doc, "Sergey Lavrov", ["Sergey Lavrov", "Lavrov"], "RU")
        s1 = doc.index("Iranian")
        s2 = doc.index("Lavrov.") + len("Lavrov.")
        return ArticleFacts(
            countries=[_country(doc, "IR", "Iranian", "demonym"), _country(doc, "IR", "Iran", "name", 1)],
            persons=[zarif, lavrov],
            meetings=[
                Meeting([0, 1], ["IR", "RU"], None, None, date(2019, 1, 10), "041", s1, s2, "by phone")
            ],
            statements=[_quote(doc, "Sanctions against Iran", "Zarif", 0, "IR")],
        )
    if title == ARTICLES[2]["title"]:
        # An extraction slip on purpose: "Javad Zarif" is not linked to "Mohammad Javad Zarif".
        zarif = _person(doc, "Javad Zarif", ["Javad Zarif"], None)
        ghani = _person(doc, "Ashraf Ghani", ["Ashraf Ghani"], "AF", "President", "Afghan")
        s1 = doc.index("Javad Zarif met")
        s2 = doc.index("Ghani.") + len("Ghani.")
        return ArticleFacts(
            countries=[
                _country(doc, "AF", "Kabul", "city", 1),
                _country(doc, "AF", "Afghan", "demonym"),
                _country(doc, "AF", "Afghanistan", "name"),
            ],
            persons=[zarif, ghani],
            meetings=[Meeting([0, 1], ["AF", "IR"], "Kabul", "AF", date(2019, 2, 4), "042", s1, s2, "met")],
            statements=[_quote(doc, "We support peace", "Javad Zarif", 0, None)],
        )
    return ArticleFacts()


def store_article(engine: Engine, art: dict[str, Any], facts: ArticleFacts | None = None) -> int:
    """Write one article and its facts the way import does."""
    row = store.ArticleRow(
        external_id=None,
        url=None,
        content_hash=hashlib.sha256(art["text"].encode()).hexdigest(),
        title=art["title"],
        text=art["text"],
        published=art["published"],
        source=art["source"],
        origin="test",
    )
    with writer(engine).begin() as conn:
        aid = store.insert_article(conn, row)
        assert aid is not None
        resolver = store.PersonResolver(conn)
        store.write_facts(
            conn, aid, facts or facts_for(art["title"], art["text"], art["published"]), resolver
        )
    return aid


def seed(engine: Engine) -> list[int]:
    """The three test articles, stored; returns their ids."""
    return [store_article(engine, a) for a in ARTICLES]


def fake_extract(title: str | None, text: str, published: date | None = None) -> ArticleFacts:
    return facts_for(title, text, published)


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    seed(engine)
    return engine


def _one(rows: list[dict[str, Any]], **match: Any) -> dict[str, Any]:
    found = [r for r in rows if all(r.get(k) == v for k, v in match.items())]
    assert len(found) == 1, (match, rows)
    return found[0]


def test_resolve_country_takes_codes_and_names(seeded: Engine) -> None:
    with seeded.connect() as conn:
        assert resolve_country(conn, "ir") == "IR"
        assert resolve_country(conn, "IRN") == "IR"
        assert resolve_country(conn, "iran") == "IR"
        assert resolve_country(conn, "Russia") == "RU"
        with pytest.raises(QueryError, match="unknown country"):
            resolve_country(conn, "Atlantis")


def test_list_articles_filters(seeded: Engine) -> None:
    with seeded.connect() as conn:
        all_rows = list_articles(conn, Filters(), Page())
        assert [r["title"] for r in all_rows] == [a["title"] for a in reversed(ARTICLES)]
        assert _one(all_rows, title="Zarif calls Lavrov")["countries"] == ["IR"]
        by_country = list_articles(conn, Filters(country="russia"), Page())
        assert [r["title"] for r in by_country] == ["Qureshi meets Lavrov in Moscow"]
        # "Sergey Lavrov" resolved to the same person as "Sergei Lavrov" (surname + initial).
        by_person = list_articles(conn, Filters(person="SERGEY LAVROV"), Page(sort="published"))
        assert [r["published"] for r in by_person] == [date(2018, 12, 26), date(2019, 1, 10)]
        ranged = list_articles(conn, Filters(since=date(2019, 1, 1), until=date(2019, 1, 31)), Page())
        assert [r["source"] for r in ranged] == ["Tass"]
        assert [r["source"] for r in list_articles(conn, Filters(source="tolo"), Page())] == ["Tolo"]
        assert [r["source"] for r in list_articles(conn, Filters(search="sanctions"), Page())] == ["Tass"]
        assert [r["source"] for r in list_articles(conn, Filters(location="kabul"), Page())] == ["Tolo"]
        assert [r["source"] for r in list_articles(conn, Filters(speaker="qureshi"), Page())] == ["Dawn"]
        page = list_articles(conn, Filters(), Page(limit=1, offset=1, sort="-published"))
        assert [r["source"] for r in page] == ["Tass"]
        with pytest.raises(QueryError, match="unknown key"):
            list_articles(conn, Filters(), Page(sort="colour"))
        with pytest.raises(QueryError, match="no person named"):
            list_articles(conn, Filters(person="Nobody Here"), Page())


def test_list_persons_meetings_countries_statements(seeded: Engine) -> None:
    with seeded.connect() as conn:
        persons = list_persons(conn, Filters(), Page())
        lavrov = _one(persons, name="Sergei Lavrov")
        assert (lavrov["articles"], lavrov["meetings"], lavrov["statements"], lavrov["country"]) == (
            2,
            2,
            1,
            "RU",
        )
        assert persons[0]["name"] == "Sergei Lavrov"  # most articles first
        assert [p["name"] for p in list_persons(conn, Filters(country="af"), Page())] == ["Ashraf Ghani"]
        assert [p["name"] for p in list_persons(conn, Filters(search="sergey"), Page())] == ["Sergei Lavrov"]
        assert {p["name"] for p in list_persons(conn, Filters(source="TASS"), Page())} == {
            "Mohammad Javad Zarif",
            "Sergei Lavrov",
        }

        meetings = list_meetings(conn, Filters(), Page())
        assert [m["date"] for m in meetings] == [date(2019, 2, 4), date(2019, 1, 10), date(2018, 12, 26)]
        moscow = _one(meetings, location="Moscow")
        assert moscow["type"] == "visit" and moscow["countries"] == ["PK", "RU"]
        assert moscow["participants"] == ["Sergei Lavrov", "Shah Mehmood Qureshi"]
        assert [m["cameo"] for m in list_meetings(conn, Filters(cameo="phone"), Page())] == ["041"]
        assert [m["location"] for m in list_meetings(conn, Filters(country="Pakistan"), Page())] == ["Moscow"]
        assert len(list_meetings(conn, Filters(person="lavrov"), Page())) == 2  # alias "Lavrov"
        assert [m["location"] for m in list_meetings(conn, Filters(location="kab"), Page())] == ["Kabul"]
        with pytest.raises(QueryError, match="unknown meeting type"):
            list_meetings(conn, Filters(cameo="dinner"), Page())

        countries = list_countries(conn, Filters(), Page())
        assert [c["code"] for c in countries] == ["AF", "IR", "PK", "RU"]  # one article each: by code
        ru = _one(countries, code="RU")
        assert (ru["articles"], ru["meetings"], ru["persons"]) == (1, 2, 1)
        assert [c["code"] for c in list_countries(conn, Filters(search="afgh"), Page())] == ["AF"]

        statements = list_statements(conn, Filters(), Page(sort="id"))
        assert len(statements) == 4
        assert [s["speaker"] for s in list_statements(conn, Filters(country="ir"), Page())] == ["Zarif"]
        assert [s["speaker"] for s in list_statements(conn, Filters(speaker="sergei lavrov"), Page())] == [
            "Lavrov"
        ]
        assert [s["source"] for s in list_statements(conn, Filters(search="peace"), Page())] == ["Tolo"]


def test_get_article_has_facts_with_sentences(seeded: Engine) -> None:
    with seeded.connect() as conn:
        aid = list_articles(conn, Filters(source="Dawn"), Page())[0]["id"]
        a = get_article(conn, aid)
    assert a["title"] == "Qureshi meets Lavrov in Moscow"
    assert {c["code"] for c in a["countries"]} == {"RU", "PK"}
    moscow = _one(a["countries"], surface="Moscow")
    assert moscow["sentence"].startswith("Foreign Minister Shah Mehmood Qureshi met") and moscow[
        "sentence"
    ].endswith("on Wednesday.")
    q = _one(a["persons"], name="Shah Mehmood Qureshi")
    assert q["titles"] == ["Foreign Minister"] and q["country"] == "PK" and q["mentions"] == 3
    (meeting,) = a["meetings"]
    assert meeting["type"] == "visit" and meeting["location"] == "Moscow"
    assert meeting["sentence"].endswith("in Moscow on Wednesday.")
    quote = _one(a["statements"], speaker="Qureshi")
    assert quote["sentence"] == '"We want closer ties with Russia," Qureshi said.'


def test_get_person_meeting_country_statement(seeded: Engine) -> None:
    with seeded.connect() as conn:
        lavrov_id = _one(list_persons(conn, Filters(), Page()), name="Sergei Lavrov")["id"]
        p = get_person(conn, lavrov_id)
        assert {a["alias"] for a in p["aliases"]} == {"Lavrov", "Sergey Lavrov"}
        assert [a["named_as"] for a in p["articles"]] == ["Sergey Lavrov", "Sergei Lavrov"]
        assert {tuple(m["with"]) for m in p["meetings"]} == {
            ("Mohammad Javad Zarif",),
            ("Shah Mehmood Qureshi",),
        }
        assert p["countries"] == [{"code": "RU", "name": "Russian Federation", "articles": 2}]
        (st,) = p["statements"]
        assert st["sentence"] == 'Lavrov said: "Russia values Pakistan as a partner."'

        mid = _one(list_meetings(conn, Filters(), Page()), cameo="041")["id"]
        mt = get_meeting(conn, mid)
        assert mt["type"] == "phone" and mt["date"] == date(2019, 1, 10)
        assert [x["name"] for x in mt["participants"]] == ["Mohammad Javad Zarif", "Sergei Lavrov"]
        assert [c["code"] for c in mt["countries"]] == ["IR", "RU"]
        (src,) = mt["sources"]
        assert src["source"] == "Tass" and src["sentence"].startswith("Iranian Foreign Minister")

        c = get_country(conn, "afghanistan")
        assert c["code"] == "AF" and c["articles"] == 1 and c["meetings"] == 1
        assert [p["name"] for p in c["persons_list"]] == ["Ashraf Ghani"]
        assert c["recent_articles"][0]["sentence"] == "Javad Zarif arrived in Kabul on Monday."

        sid = _one(list_statements(conn, Filters(), Page()), speaker="Zarif")["id"]
        s = get_statement(conn, sid)
        assert s["speaker_person"] == "Mohammad Javad Zarif" and s["country"] == "IR"
        assert s["sentence"] == '"Sanctions against Iran are illegal," Zarif said.'


def test_unknown_ids_raise_not_found(seeded: Engine) -> None:
    with seeded.connect() as conn:
        for fn in (get_article, get_person, get_meeting, get_statement):
            with pytest.raises(NotFoundError):
                fn(conn, 999_999)
        with pytest.raises(QueryError):
            get_country(conn, "Narnia")
