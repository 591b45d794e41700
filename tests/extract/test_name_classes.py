"""Name shapes, places named after people, water bodies and titles: invented sentences."""

from __future__ import annotations

from archive.extract.countries import find_countries
from archive.extract.persons import find_persons
from archive.extract.records import Person
from archive.extract.text import sentence_spans


def persons(body: str) -> list[Person]:
    doc = "Headline\n\n" + body
    return find_persons(doc, sentence_spans(doc), find_countries(doc))


def names(body: str) -> set[str]:
    return {p.name for p in persons(body)}


def by_name(body: str, name: str) -> Person:
    return next(p for p in persons(body) if p.name == name)


def test_particle_chain_and_short_compound_surname() -> None:
    body = "Trade Minister Joost van der Brink arrived. Later van der Brink said he was pleased."
    assert names(body) == {"Joost van der Brink"}


def test_capital_particles_and_tail_form_merge() -> None:
    body = "The premier, Eoin Ó Ceallaigh, spoke. Mr Ó Ceallaigh said the talks went well."
    assert names(body) == {"Eoin Ó Ceallaigh"}
    body = "Minister Karim Abu Haddad met the envoy. Abu Haddad said later that talks were useful."
    assert names(body) == {"Karim Abu Haddad"}


def test_bin_and_al_inside_a_name() -> None:
    body = "Sheikh Faris bin Hamad Al Qatami received the envoy. Sheikh Faris said it was a visit."
    assert names(body) == {"Sheikh Faris bin Hamad Al Qatami"}


def test_quoted_nickname_inside_a_name() -> None:
    body = 'Secretary Ana Luisa "Lulu" Reyes-Tan met the envoy. Reyes-Tan said it went well.'
    assert names(body) == {"Ana Luisa Reyes-Tan"}


def test_surname_that_is_a_word_before_a_hyphenated_given_name() -> None:
    assert "Park Soo-min" in names("Foreign Minister Park Soo-min said the talks were useful.")


def test_places_and_bodies_named_after_people() -> None:
    body = (
        "The embassy on Tomas Verhoek Boulevard was closed, Ana Reyes said. Ana Reyes works at "
        "the Centre for Strategic Studies. The firm sits on Avenida Jorge Salcedo in the capital. "
        "Both the Ural Volga and Kama Darya were low."
    )
    assert names(body) == {"Ana Reyes"}


def test_appositive_counterpart_supports_a_mononym() -> None:
    assert "Wirayuda" in names("She will hold talks with her Thai counterpart, Wirayuda, on Monday.")


def test_water_body_named_after_a_country_is_not_the_country() -> None:
    assert "GH" not in {c.code for c in find_countries("Piracy rose in the Gulf of Ghana last year.")}


def test_spaced_syllables_with_diacritics_find_the_place() -> None:
    assert {c.code for c in find_countries("Talks were held in Hà Nội on Monday.")} == {"VN"}


def test_portfolio_title_and_possessive_comma_title() -> None:
    body = (
        "Wang met visiting Kenyan Deputy President and Minister of Foreign Affairs and "
        "East African Community Peter Otieno Mwangi on Monday."
    )
    p = by_name(body, "Peter Otieno Mwangi")
    assert p.country == "KE" and any("Deputy President" in t.title for t in p.titles)


def test_expertise_title_keeps_its_subject() -> None:
    body = "Gaps remain, said Lena Brandt, a Sahel security analyst at a think tank in Oslo."
    assert [t.title for t in by_name(body, "Lena Brandt").titles] == ["Sahel security analyst"]


def test_counterpart_country_is_not_the_person_s_country() -> None:
    body = "President Tomas Verhoek and his Belgian counterpart could meet next month, he said."
    assert by_name(body, "Tomas Verhoek").country != "BE"


def test_operations_companies_and_named_facilities_are_not_persons() -> None:
    from archive.extract.countries import find_countries
    from archive.extract.persons import find_persons
    from archive.extract.text import sentence_spans

    doc = (
        "Trade deal signed\n\n"
        "Troops from Operation Falkor guarded the road. Ordell Haulage, a freight firm, and "
        "Brennick Brothers won contracts. Officials flew in through Marta Vell International "
        "Airport. Officials said Deputy Managing Director Ana Brisk would attend."
    )
    names = {p.name for p in find_persons(doc, sentence_spans(doc), find_countries(doc))}
    assert names == {"Ana Brisk"}


def test_capitalised_adviser_takes_the_dateline_country() -> None:
    from archive.extract.countries import find_countries
    from archive.extract.persons import find_persons
    from archive.extract.text import sentence_spans

    doc = "Talks end\n\nNAIROBI: Talks between Finance Adviser Odera Kimani and the visitors ended."
    people = {p.name: p for p in find_persons(doc, sentence_spans(doc), find_countries(doc))}
    assert people["Odera Kimani"].country == "KE"


def test_name_after_office_of_a_full_country_name() -> None:
    # formal state-media titles put the country's full name between the office and the name
    body = "He met the Minister of Foreign Affairs of the Kyrgyz Republic Nurbek Asanov on Monday."
    assert names(body) == {"Nurbek Asanov"}
    assert names("Tourists of the Czech Republic Airlines flight were safe.") == set()


def test_last_word_of_a_listed_portfolio_is_not_a_given_name() -> None:
    assert names("The Minister of Fisheries and Coastal Policy Berit Lunde spoke.") == {"Berit Lunde"}
    assert names("The Minister of Lands and Housing Grace Wambui Otieno spoke.") == {"Grace Wambui Otieno"}
    # a given name after a portfolio is kept
    assert names("The Minister of Trade and Industry Rose Mary Kamau spoke.") == {"Rose Mary Kamau"}


def test_title_word_after_a_role_noun_is_a_given_name() -> None:
    body = "A border police spokesman Sultan Haidari said the post had reopened."
    assert names(body) == {"Sultan Haidari"}


def test_burmese_honorifics_belong_to_the_name() -> None:
    body = "The delegation was led by Union Minister for Border Affairs U Kyaw Lwin and Daw Nilar Aye."
    assert names(body) == {"U Kyaw Lwin", "Daw Nilar Aye"}
