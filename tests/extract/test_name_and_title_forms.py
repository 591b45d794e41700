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


def test_courtesy_honorifics_of_several_traditions_are_not_part_of_the_name() -> None:
    ps = by_name(
        "Headline\n\nComrade Batu Dorj received Shri Arun Kumar Mehta and Alhaji Musa Bello. "
        "Later, Shri A. K. Mehta said the talks went well."
    )
    assert {"Batu Dorj", "Arun Kumar Mehta", "Musa Bello"} <= set(ps)
    assert "A K Mehta" not in ps  # initials of the given names: the same person


def test_initials_must_follow_the_given_names_in_order() -> None:
    ps = by_name("Headline\n\nArun Kumar Mehta met Ravi Mehta. K. A. Mehta said nothing.")
    assert "Arun Kumar Mehta" in ps and "Ravi Mehta" in ps


def test_a_state_form_after_a_demonym_names_the_state() -> None:
    codes = {
        (c.surface, c.code)
        for c in find_countries("Headline\n\nThe Mongolian People's Republic and the Dominican Republic.")
    }
    assert codes == {("Mongolian People's Republic", "MN"), ("Dominican Republic", "DO")}
    ps = by_name(
        "Headline\n\nYesterday Prime Minister of the Mongolian People's Republic Batu Dorj met them."
    )
    assert ps["Batu Dorj"].country == "MN"


def test_current_spellings_of_capitals_from_their_time_zone() -> None:
    from archive.extract.gazetteer import lookup_city

    assert lookup_city("Ulaanbaatar") == "MN" and lookup_city("Ulan Bator") == "MN"
    assert lookup_city("Kyiv") == "UA"


def test_a_posting_place_closes_the_title_before_the_name() -> None:
    ps = by_name(
        "Headline\n\nThe meeting was attended by Armenian Ambassador to Tehran Karen Melik, by "
        "Ambassador to the Czech Republic Ion Rotari and by Ghana's Ambassador to South Korea Do Thi Lan."
    )
    assert {"Karen Melik", "Ion Rotari", "Do Thi Lan"} <= set(ps)
    assert ps["Karen Melik"].country == "AM"
    assert by_name("Headline\n\nHe met the ambassador in Tehran. Campaigners say he should not.") == {}


def test_islam_inside_a_name_after_a_given_name() -> None:
    ps = by_name("Headline\n\nHome Minister Nurul Islam Chowdhury met them. Islam was not discussed.")
    assert "Nurul Islam Chowdhury" in ps and "Islam" not in ps


def test_a_title_word_after_a_given_name_is_a_surname() -> None:
    ps = by_name(
        "Headline\n\nIRNA quoted Foreign Minister Hossein Amir as saying so. Qatar's Emir Tamim met them."
    )
    assert "Hossein Amir" in ps and ps["Tamim"].titles[0].title == "Emir"


def test_malay_honorifics_and_given_name_short_forms() -> None:
    ps = by_name(
        "Headline\n\nForeign Minister Datuk Seri Ahmad Fauzi Mokhtar said here today. Ahmad Fauzi "
        "told reporters. The banquet was at Bukit Seri Raya."
    )
    assert set(ps) == {"Ahmad Fauzi Mokhtar"} and ps["Ahmad Fauzi Mokhtar"].aliases == ["Ahmad Fauzi"]
    # the two-word honorific stands between the title and the name
    assert [t.title for t in ps["Ahmad Fauzi Mokhtar"].titles] == ["Foreign Minister"]


def test_portfolios_of_two_words_and_less_common_ministries() -> None:
    ps = by_name(
        "Headline\n\nNorway's Fisheries Minister, Torstein Berge, met the Minister of Industry and "
        "Trade, Ziad Haddad. Secretary of State John Carrow and Cuban Foreign Minister Bruno Ruiz spoke."
    )
    assert [t.title for t in ps["Torstein Berge"].titles] == ["Fisheries Minister"]
    assert [t.title for t in ps["Ziad Haddad"].titles] == ["Minister of Industry and Trade"]
    assert [t.title for t in ps["Bruno Ruiz"].titles] == ["Foreign Minister"]  # not across a name


def test_words_naming_groups_of_states_end_an_organisation_name_not_a_person() -> None:
    assert by_name("Headline\n\nThe Community of Portuguese Language Countries met in Luanda.") == {}
