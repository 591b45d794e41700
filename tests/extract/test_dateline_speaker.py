"""Dateline home country, intro phrases before a speaker, sentence-initial "According to" (invented text)."""

from __future__ import annotations

from datetime import date

from archive.extract import extract


def _facts(body: str):
    return extract("Headline", body, date(2020, 3, 4))


def test_bare_titled_official_takes_dateline_country():
    f = _facts(
        "NAIROBI, March 4 - Kenya and Uganda agreed today to reopen the border.\n\n"
        "Prime Minister Joseph Otieno will meet envoys from Uganda tomorrow."
    )
    assert {p.name: p.country for p in f.persons}["Joseph Otieno"] == "KE"


def test_visitor_and_several_dateline_cities_are_not_home():
    f = _facts(
        "NAIROBI, March 4 - Minister Lars Berg ended a three-day visit to Kenya today.\n\n"
        "Berg said Sweden would raise its aid."
    )
    assert {p.name: p.country for p in f.persons}["Lars Berg"] != "KE"
    f = _facts("PARIS/BERLIN (Reuters) - President Anton Vogel met bankers.\n\nThey discussed debt.")
    assert {p.name: p.country for p in f.persons}.get("Anton Vogel") is None


def test_speaker_after_intro_phrase_ending_in_a_date():
    f = _facts(
        "CAIRO: Talks opened.\n\nSpeaking at the weekly briefing on Monday, Spokesperson Mona Adel "
        "said the visit was “part of a peace effort” and nothing more."
    )
    assert [s.speaker for s in f.statements] == ["Mona Adel"]


def test_sentence_initial_according_to_names_the_source():
    f = _facts(
        "CAIRO: Talks opened.\n\nAccording to a press release issued by the Foreign Ministry, "
        "the two sides discussed “the value of calm”."
    )
    assert f.statements[0].speaker == "Foreign Ministry"
