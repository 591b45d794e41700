"""Encounter frames, round 2: each encounter keeps its own day, place and parties."""

from __future__ import annotations

from datetime import date

from tests.extract.test_meetings import _run


def test_talks_the_following_day_are_their_own_encounter() -> None:
    ms, names = _run(
        "On Tuesday, Pedro Alves was received by Anna Varga in Budapest.\n\n"
        "The technical talks took place the following day with his Swedish counterpart, Tomas Lind."
    )
    assert len(ms) == 2
    assert ms[1].date == date(2019, 6, 12)  # the day after the Tuesday reception
    assert "Tomas Lind" in names[1]
    assert "Pedro Alves" in names[1]


def test_a_meeting_that_should_take_place_is_a_wish() -> None:
    ms, _names = _run(
        "Pedro Alves met Tomas Lind in Lisbon on Monday.\n\n"
        "Alves said the first meeting of the committee should take place in Stockholm in June."
    )
    assert len(ms) == 1 and ms[0].location == "Lisbon"
