"""Country mentions: crafted sentences per pattern family."""

from archive.extract.countries import find_countries
from archive.extract.gazetteer import (
    country_name,
    is_country_name,
    is_demonym,
    lookup_body,
    lookup_city,
    lookup_country_word,
    lookup_place,
)


def codes(text: str) -> set[str]:
    return {m.code for m in find_countries(text)}


def test_names_and_short_names() -> None:
    assert codes("Talks between the U.S. and Britain resumed.") == {"US", "GB"}
    assert codes("The United States and South Korea disagreed.") == {"US", "KR"}
    assert codes("Officials from Holland flew in.") == {"NL"}


def test_demonyms_and_hyphenated_adjectives() -> None:
    assert codes("He met his Russian counterpart on Monday.") == {"RU"}
    assert codes("an Afghan-led and Afghan-owned process") == {"AF"}
    assert codes("West German exports rose.") == {"DE"}


def test_cities_as_places_and_metonyms() -> None:
    assert codes("Islamabad greatly values its ties.") == {"PK"}
    assert codes("The court at The Hague ruled.") == {"NL"}
    assert codes("The meeting in Abu Dhabi ended.") == {"AE"}


def test_government_bodies() -> None:
    ms = find_countries("The Kremlin and the White House both declined to comment.")
    assert {(m.code, m.kind) for m in ms} == {("RU", "body"), ("US", "body")}


def test_regions_blocs_and_organisations_are_not_countries() -> None:
    assert codes("NATO and the EU met leaders from South Asia and Latin America.") == set()
    assert codes("The Lisbon Club of lenders met.") == set()


def test_city_inside_a_personal_name_is_not_a_place() -> None:
    assert codes("The writer Sofia Marenko spoke at length.") == set()


def test_spans_point_at_the_words() -> None:
    doc = "Envoys from Kenya arrived."
    (m,) = find_countries(doc)
    assert doc[m.start : m.end] == "Kenya" == m.surface and m.kind == "name"


def test_lookup_helpers() -> None:
    assert lookup_country_word("Pakistani") == "PK"
    assert lookup_country_word("the US") == "US"
    assert lookup_city("Kabul") == "AF"
    assert lookup_city("Nice") is None  # an everyday word
    assert lookup_body("the Kremlin") == "RU"
    assert lookup_place("Tehran") == "IR"
    assert is_country_name("Britain") and not is_country_name("British")
    assert is_demonym("Filipino")
    assert country_name("US") == "United States"


def test_a_smaller_town_counts_only_where_the_text_places_something_in_it() -> None:
    from archive.extract.countries import find_countries

    placed = find_countries("Headline\n\nThe two ministers met in Lausanne on Monday.")
    assert [(c.code, c.surface, c.kind) for c in placed] == [("CH", "Lausanne", "city")]
    bare = find_countries("Headline\n\nLausanne Partners, a consultancy, said the deal was done.")
    assert bare == []


def test_a_surname_that_is_also_a_small_town_does_not_hide_the_name_it_opens() -> None:
    # "Ibarra" is a town, counted only where placed; before "Lagos" it is a surname,
    # so "Lagos" closes a two-surname name and is not Nigeria's city.
    doc = "Headline\n\nForeign Minister Julia Ibarra Lagos flew home on Friday."
    assert codes(doc) == set()
    assert codes("Headline\n\nThe ministers met in Lagos on Friday.") == {"NG"}


def test_a_city_written_as_one_word_is_found_like_its_spaced_name() -> None:
    # the city database spells Myanmar's capital "Nay Pyi Taw"; news writes it as one word
    assert codes("Headline\n\nThe envoys met in Naypyitaw on Friday.") == {"MM"}


def test_demonyms_of_small_states() -> None:
    for word, code in [("Samoan", "WS"), ("Faroese", "FO"), ("Motswana", "BW"), ("Kittitian", "KN")]:
        assert lookup_country_word(word) == code


def test_a_country_that_is_also_a_given_name_after_an_office_of_is_the_state() -> None:
    assert codes("Minister of Foreign Affairs of Georgia Levan Kiknadze met him.") == {"GE"}
    assert codes("The King of Jordan Abdullah spoke.") == {"JO"}
    assert codes("Friends of Chad Smith said.") == set()  # a given name after a plain noun
