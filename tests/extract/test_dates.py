"""Date resolution against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from archive.extract.dates import anchored_offset, find_dates, is_future, resolve

PUB = date(2019, 6, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy arrived earlier today.", PUB),
        ("The talks took place today.", PUB),
        ("The two ministers met yesterday.", date(2019, 6, 11)),
        ("The minister met the delegation on Monday.", date(2019, 6, 10)),
        ("The minister met the delegation on Wednesday.", PUB),
        ("The leaders spoke by phone Sunday.", date(2019, 6, 9)),
        ("She met her counterpart last Wednesday.", date(2019, 6, 5)),
        ("The summit opened on March 20.", date(2019, 3, 20)),
        ("The summit opened on March 20, 2018.", date(2018, 3, 20)),
        ("The treaty was signed on 20 March.", date(2019, 3, 20)),
        ("The call took place on Dec. 5.", date(2018, 12, 5)),
        ("A meeting held 2017-04-03 in the capital.", date(2017, 4, 3)),
        ("The two presidents spoke two days ago.", date(2019, 6, 10)),
        ("In a phone call two weeks ago, the ministers disagreed.", date(2019, 5, 29)),
        ("They met a week ago.", date(2019, 6, 5)),
    ],
)
def test_past_references(text: str, expected: date) -> None:
    assert resolve(text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister is due here tomorrow.", date(2019, 6, 13)),
        ("The president will visit the capital on Friday.", date(2019, 6, 14)),
        ("The president will visit the capital on Wednesday.", PUB),
        ("Delegates will meet next Monday.", date(2019, 6, 17)),
    ],
)
def test_future_references(text: str, expected: date) -> None:
    assert is_future(text)
    assert resolve(text, PUB) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met last month.",
        "The ministers met last week.",
        "Officials will meet this week.",
        "They spoke in December.",
        "A summit is planned next year.",
        "The envoys met recently.",
        "The envoys will meet later in the week.",
    ],
)
def test_coarse_references_are_none(text: str) -> None:
    found = find_dates(text, PUB)
    assert found and all(d.coarse and d.date is None for d in found)
    assert resolve(text, PUB) is None


def test_no_publication_date() -> None:
    assert resolve("They met on Monday.", None) is None
    assert resolve("They met yesterday.", None) is None
    assert resolve("They met on March 20, 2018.", None) == date(2018, 3, 20)
    assert resolve("They met on March 20.", None) is None


def test_offsets_and_order() -> None:
    text = "On Monday he flew out; on June 11 he met the king."
    found = find_dates(text, PUB, offset=100)
    assert [d.kind for d in found] == ["weekday", "mdy"]
    assert found[1].date == date(2019, 6, 11)
    assert text[found[1].start - 100 : found[1].end - 100] == "June 11"


def test_same_day_is_marked() -> None:
    found = find_dates("He met the minister on the same day.", PUB)
    assert found[0].kind == "same_day" and found[0].date is None


def test_year_less_date_after_publication_is_last_year() -> None:
    assert resolve("The ministers met on November 30.", PUB) == date(2018, 11, 30)


def test_since_marks_a_period_start() -> None:
    found = find_dates("the first contact since March 3, after talks on Monday", PUB)
    assert [d.since for d in found] == [True, False]


def test_bare_year_is_coarse() -> None:
    assert resolve("at a previous conference in 2011", PUB) is None
    assert find_dates("at a previous conference in 2011", PUB)[0].coarse


def test_infinitive_after_an_ordinal_is_not_future() -> None:
    assert not is_future("She became the first minister to visit the island in years")
    assert is_future("She is to visit the island")


def test_anchored_offset_from_a_named_encounter() -> None:
    assert anchored_offset("The call came two days after she ", " the envoy.") == -2
    assert anchored_offset("He met ", " her a week before the summit opened.") == -7
    assert anchored_offset("The talks came the day after he ", " them.") == -1
    assert anchored_offset("He met ", " her in the city.") is None


def test_anchored_offset_following_day_and_fronted_span() -> None:
    from archive.extract.dates import anchor_word, anchored_offset

    assert anchored_offset("The following day, the president ", " the envoy.") == 1
    assert anchored_offset("Two days later, the minister ", " his counterpart.") == 2
    before = "Three days before the Vienna meeting, the envoy "
    assert anchored_offset(before, " his counterpart in Rome.") == -3
    assert anchor_word(before) == "Vienna"
    assert anchored_offset("On the following day of talks, he ", " them.") is None


def test_earlier_in_the_day_is_same_day() -> None:
    for text in ("Earlier in the day, she met the envoy.", "Later that evening he received the delegation."):
        found = find_dates(text, PUB)
        assert found[0].kind == "same_day" and found[0].date is None


def test_present_tense_travel_reads_as_a_schedule() -> None:
    assert is_future("He travels to the capital on Friday for talks")
    assert not is_future("He travelled to the capital on Friday for talks")
