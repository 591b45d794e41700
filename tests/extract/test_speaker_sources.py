"""Quotation sources named by bodies, asides and relative clauses (invented sentences)."""

from __future__ import annotations

from archive.extract.pipeline import run


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    facts = run("Headline\n\n" + text, 8, None)
    return [(s.speaker, s.speaker_country) for s in facts.statements]


def test_body_after_opening_phrase() -> None:
    text = 'In a note issued in Lisbon, the Portuguese Foreign Ministry described the move as "a mistake."'
    assert _speakers(text) == [("Portuguese Foreign Ministry", "PT")]


def test_relative_clause_subject() -> None:
    text = (
        'Alvaro Bento met Danish Foreign Minister Kasper Holm, who later told reporters it was "a fine day."'
    )
    assert _speakers(text)[0][0] == "Kasper Holm"


def test_what_it_called() -> None:
    text = (
        "On Friday, Chile's foreign ministry summoned the envoy, Anna Berg, "
        'to protest what it called "a hostile act."'
    )
    assert _speakers(text)[0][1] == "CL"
