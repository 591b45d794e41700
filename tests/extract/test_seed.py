"""End to end on the seed article in examples/ (the text the product was specified from)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from archive.extract import ArticleFacts, document, extract
from archive.readers import RawArticle, ReadOptions, iter_articles

SEED = Path(__file__).resolve().parents[2] / "examples" / "dawn-2018-qureshi-moscow.txt"


@pytest.fixture(scope="module")
def seed() -> tuple[RawArticle, ArticleFacts]:
    (article,) = list(iter_articles([str(SEED)], ReadOptions()))
    assert isinstance(article, RawArticle)
    return article, extract(article.title, article.text, article.published)


def person(facts: ArticleFacts, surname: str):
    found = [p for p in facts.persons if p.name.split()[-1] == surname]
    assert found, f"no person {surname}: {[p.name for p in facts.persons]}"
    return found[0]


def test_metadata_header_is_read(seed) -> None:
    article, _ = seed
    assert article.external_id == "dawn-2018-qureshi-moscow"
    assert article.published == date(2018, 12, 26)
    assert article.title.startswith("Qureshi in Moscow")


def test_countries(seed) -> None:
    _, facts = seed
    assert {"PK", "RU", "AF", "CN", "IR", "US", "AE"} <= set(facts.country_codes())


def test_persons_titles_and_countries(seed) -> None:
    _, facts = seed
    qureshi = person(facts, "Qureshi")
    assert qureshi.name == "Shah Mahmood Qureshi"
    assert "Qureshi" in qureshi.aliases
    assert "Foreign Minister" in [t.title for t in qureshi.titles]
    assert qureshi.country == "PK"
    lavrov = person(facts, "Lavrov")
    assert lavrov.country == "RU"


def test_moscow_meeting(seed) -> None:
    _, facts = seed
    moscow = [
        m
        for m in facts.meetings
        if {"Shah Mahmood Qureshi", "Sergey Lavrov"} <= {facts.persons[i].name for i in m.participants}
    ]
    assert len(moscow) == 1
    (m,) = moscow
    assert m.location == "Moscow" and m.location_country == "RU"
    assert m.date == date(2018, 12, 26)
    assert {"PK", "RU"} <= set(m.countries)


def test_statements_and_speakers(seed) -> None:
    article, facts = seed
    doc = document(article.title, article.text)
    by_text = {s.text: s for s in facts.statements}
    assert by_text["greatly values"].speaker == "Shah Mahmood Qureshi"
    assert by_text["greatly values"].speaker_country == "PK"
    assert by_text["acknowledged"].speaker == "Foreign Office"
    for s in facts.statements:  # offsets point at the quotation in the document
        assert s.text.split()[0] in doc[s.start : s.end]


def test_codes_outside_iso_3166_are_dropped() -> None:
    from archive.extract.pipeline import only_iso_codes
    from archive.extract.records import ArticleFacts, CountryMention, Meeting, Person, Statement

    facts = ArticleFacts(
        countries=[
            CountryMention("XK", 0, 6, "Kosovo", "name"),
            CountryMention("RS", 8, 14, "Serbia", "name"),
        ],
        persons=[Person("Ana Petrovic", country="XK", country_evidence=(0, 6))],
        meetings=[Meeting([0], ["RS", "XK"], "Pristina", "XK", None, "040", 0, 20)],
        statements=[Statement("words", 0, 5, "Kosovo", speaker_country="XK")],
    )
    only_iso_codes(facts)
    assert [c.code for c in facts.countries] == ["RS"]
    assert facts.persons[0].country is None and facts.persons[0].country_evidence is None
    assert facts.meetings[0].countries == ["RS"] and facts.meetings[0].location_country is None
    assert facts.statements[0].speaker_country is None


def test_talks_in_a_country_of_neither_party_are_cameo_044() -> None:
    from archive.extract import extract

    facts = extract(
        "Ministers meet",
        "Kenyan Foreign Minister Joseph Mwangi held talks with his Norwegian counterpart Lars Hagen "
        "in Geneva on Monday.\n\nMwangi later met Hagen again in Nairobi.",
    )
    by_place = {m.location_country: m.cameo for m in facts.meetings}
    assert by_place.get("CH") == "044"
    assert by_place.get("KE", "040") != "044"
