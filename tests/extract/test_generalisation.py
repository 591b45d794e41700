"""Error classes found on held-out style articles, each on invented sentences."""

from __future__ import annotations

from datetime import date

from archive.extract import extract
from archive.extract.countries import find_countries
from archive.extract.persons import find_persons
from archive.extract.text import sentence_spans


def names(body: str) -> set[str]:
    doc = "Headline\n\n" + body
    return {p.name for p in find_persons(doc, sentence_spans(doc), find_countries(doc))}


def codes(body: str) -> set[str]:
    return {c.code for c in find_countries("Headline\n\n" + body)}


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    facts = extract("Headline", body, date(2024, 1, 1))
    return [(s.speaker, s.speaker_country) for s in facts.statements]


def test_plural_and_abstract_nouns_are_not_names() -> None:
    body = (
        "Foreign Minister Tomas Verhoek spoke. Negotiators said the text was ready. "
        "Observers said little. Reconciliation said nothing, Verhoek added."
    )
    assert names(body) == {"Tomas Verhoek"}


def test_titled_single_word_still_a_name() -> None:
    assert "Waters" in names("Senator Waters said the vote was close.")


def test_feature_and_body_heads_end_no_person() -> None:
    body = (
        "Ministers discussed the Upper Kalden Dam near Merrow Reef and the Office of "
        "Coastal Development. Pellam Strait was closed, according to United Nations figures."
    )
    assert names(body) == set()


def test_article_and_place_nouns_make_places() -> None:
    body = (
        "Officials will open offices in the border towns of Vallo Norte and La Quebradita. "
        "Ships sailed up the Grey Orrin, said Captain Ilse Brandvik."
    )
    assert names(body) == {"Ilse Brandvik"}


def test_chairperson_is_a_title() -> None:
    facts = extract("Headline", "He will meet Commission Chairperson Adaeze Okolo on Monday.", None)
    assert [p.name for p in facts.persons] == ["Adaeze Okolo"]
    assert [t.title for t in facts.persons[0].titles] == ["Chairperson"]


def test_first_of_two_surnames_and_transliteration_merge() -> None:
    body = (
        "Foreign Minister Lucia Serrano Vidal met Deputy Minister Arkadiy Zhilyaev. "
        "Serrano said the talks were useful. Local media wrote the name as Arkadii Zhiliaev. "
        "Zhiliaev said little."
    )
    assert names(body) == {"Lucia Serrano Vidal", "Arkadiy Zhilyaev"}


def test_foreign_ministry_metonyms_are_bodies() -> None:
    assert codes("Itamaraty said the visit was a success.") == {"BR"}
    assert names("Itamaraty said the visit was a success.") == set()
    assert codes("Officials at Kasumigaseki and South Block agreed.") == {"JP", "IN"}


def test_language_and_bloc_seat_are_not_countries() -> None:
    assert codes("The treaty is written in Spanish.") == set()
    assert codes("A diplomat said Brussels wanted more time.") == set()
    assert codes("Business groups in Lisbon and Brussels welcomed it.") == {"PT", "BE"}


def test_city_word_that_is_a_surname_is_a_name_everywhere() -> None:
    body = "Trade Minister Halina Tanga arrived. Tanga said the deal was fair."
    assert codes(body) == set()


def test_opening_participle_clause_is_not_the_source() -> None:
    body = 'Questioned about the Ankara forum, a Kremlin spokesman said it "sees no threat".'
    assert speakers(body) == [("Kremlin", "RU")]


def test_said_in_a_statement_takes_the_verb_subject() -> None:
    body = (
        "Minister Rosa Ilunga arrived. The Japanese embassy in Nairobi said in a statement "
        'that the grant would "reach schools by spring."'
    )
    assert speakers(body)[0][1] == "JP"


def test_inner_quote_after_first_person_cue_is_the_outer_speaker() -> None:
    body = (
        "Spokesman Darius Pahlavan spoke. \u201cAs I have said before, \u2018the harvest "
        "comes first,\u2019 and it still does,\u201d Pahlavan told reporters."
    )
    assert [s for s, _c in speakers(body)] == ["Darius Pahlavan", "Darius Pahlavan"]
