"""Group titles and clause-shape speaker rules (invented text)."""

from __future__ import annotations

from archive.extract.speaker_clauses import issuer_verb
from tests.extract.test_persons import by_name
from tests.extract.test_speaker_rules import _speakers


def _titles(doc: str) -> dict[str, list[str]]:
    return {n: [t.title for t in p.titles] for n, p in by_name(doc).items()}


def test_group_role_of_countries_reaches_possessive_members() -> None:
    doc = (
        "Ministers meet\n\nThe foreign ministers of Norway and Chile met in Oslo on Monday.\n\n"
        "The talks brought together Norway's Erik Dalgaard and Chile's Paula Montes."
    )
    t = _titles(doc)
    assert t["Erik Dalgaard"] == ["foreign minister"]
    assert t["Paula Montes"] == ["foreign minister"]


def test_group_role_followed_by_names() -> None:
    doc = "Deal\n\nThe accord was signed where the defence ministers Ivo Marek of Poland and Lars Berg of Sweden met."
    t = _titles(doc)
    assert t["Ivo Marek"] == ["defence minister"]
    assert t["Lars Berg"] == ["defence minister"]


def test_two_leaders_after_two_names() -> None:
    doc = "Call\n\nA call between President Tomas Vidal and Peru's Jorge Salas, in which the two leaders agreed to meet."
    assert _titles(doc)["Jorge Salas"] == ["leader"]


def test_coordinated_clause_after_quote_is_not_its_cue() -> None:
    body = 'Dorn said Lind hoped to return "before winter," but Danish officials said no date was set.'
    got = _speakers(body, [("Karl Dorn", "Dorn", "Minister"), ("Eva Lind", "Lind", "Minister")])
    assert got == [("before winter,", "Karl Dorn")]


def test_statement_issuer_verb_is_the_cue() -> None:
    doc = (
        "The council said in a separate statement that President Otto Varga had asked Dorn to convey "
        'the country\'s "firm commitment" to the plan.'
    )
    assert issuer_verb(doc, 0, doc.find('"')) == (12, 16)
    assert issuer_verb("Dorn said that Varga had asked for talks.", 0, 40) is None
