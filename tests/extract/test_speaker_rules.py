"""Speaker rules for role subjects, relative clauses, initials and scare quotes (invented text)."""

from __future__ import annotations

from archive.extract import extract
from tests.extract.test_quotes import _doc, _person, _run


def _speakers(body: str, people: list[tuple[str, str, str]]) -> list[tuple[str, str | None]]:
    doc, _te = _doc(body)
    persons = [
        _person(doc, name, *forms.split("|"), country="ZZ", title=title) for name, forms, title in people
    ]
    return [(s.text, s.speaker) for s in _run(body, persons)]


def test_nickname_and_short_symbol_label_are_not_statements():
    body = (
        'Minister Anna "Annie" Brandt met officials. The two sides set up a "3+3" forum, '
        'Brandt said. "We agree," she said.'
    )
    assert [t for t, _ in _speakers(body, [("Anna Brandt", "Brandt", "Minister")])] == ["We agree,"]


def test_relative_clause_does_not_steal_the_subject():
    body = 'Ms Holm, who met Premier Otto Varga after the talks, said the deal was "a good start".'
    got = _speakers(body, [("Lena Holm", "Holm", "Minister"), ("Otto Varga", "Varga", "Premier")])
    assert got == [("a good start", "Lena Holm")]


def test_the_minister_is_not_the_object_of_the_sentence():
    body = (
        "Trade Minister Karl Dorn held talks with Finance Minister Eva Lind on Monday.\n\n"
        'The minister described his talks with Lind as "very useful."'
    )
    got = _speakers(body, [("Karl Dorn", "Dorn", "Trade Minister"), ("Eva Lind", "Lind", "Finance Minister")])
    assert got == [("very useful.", "Karl Dorn")]


def test_role_subject_without_speech_verb():
    body = (
        "Defence Minister Karl Dorn arrived on Monday.\n\n"
        'The visiting minister also voiced concern over "reckless drills" near the coast.'
    )
    assert _speakers(body, [("Karl Dorn", "Dorn", "Defence Minister")]) == [("reckless drills", "Karl Dorn")]


def test_body_named_by_initials():
    body = 'Both sides called the ruling "final," the DFO said in a statement.'
    assert _speakers(body, []) == [("final,", "DFO")]


def test_east_asian_surname_alone_is_a_mention():
    facts = extract(
        "Talks",
        'Foreign Minister Park Min-ho met his counterpart.\n\n"We are united," Park told reporters.',
    )
    assert [s.speaker for s in facts.statements] == ["Park Min-ho"]
