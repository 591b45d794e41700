"""Name forms (capitalised Arabic articles, brands, outlets) and title shapes."""

from archive.extract.countries import find_countries
from archive.extract.persons import find_persons
from archive.extract.records import Person
from archive.extract.text import sentence_spans


def by_name(doc: str) -> dict[str, Person]:
    return {p.name: p for p in find_persons(doc, sentence_spans(doc), find_countries(doc))}


def test_capitalised_article_inside_a_name() -> None:
    ps = by_name("Headline\n\nThe envoy, Ambassador Fahad Al-Mutairi, visited Cairo on Monday.")
    assert "Fahad Al-Mutairi" in ps


def test_outlets_brands_and_programme_names_are_not_persons() -> None:
    doc = (
        "Headline\n\nThe state news agency Vestor quoted him. Vestor said the talks failed. "
        "Waters where PetroluxGas announced a find. He reviewed the Extended Credit Facility "
        "on the sidelines of the Spring Meetings."
    )
    assert by_name(doc) == {}


def test_long_portfolio_and_inner_demonym() -> None:
    ps = by_name(
        "Headline\n\nThe call came from Saudi Minister of State for African Affairs Fahad Al-Harbi. "
        "Chief U.S. negotiator John Carrow met them."
    )
    assert ps["Fahad Al-Harbi"].country == "SA"
    assert ps["Fahad Al-Harbi"].titles[0].title == "Minister of State for African Affairs"
    assert ps["John Carrow"].country == "US"
    assert ps["John Carrow"].titles[0].title == "Chief negotiator"


def test_possessive_country_inside_an_apposition() -> None:
    ps = by_name(
        "Headline\n\nThe talks were led by Rustam Sharipov, first deputy chairman of "
        "Tajikistan's State Committee for National Security, and others."
    )
    p = ps["Rustam Sharipov"]
    assert p.country == "TJ"
    assert p.titles[0].title == "first deputy chairman of the State Committee for National Security"
