"""Speaker failure classes found on fresh text, each shown with invented sentences."""

from __future__ import annotations

from archive.extract.pipeline import run


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    facts = run("Headline\n\n" + text, 8, None)
    return [(s.speaker, s.speaker_country) for s in facts.statements]


def _names(text: str) -> list[str | None]:
    return [s for s, _c in _speakers(text)]


def test_quote_over_two_paragraphs_takes_the_cue_after_its_last_part() -> None:
    text = (
        "Trade Minister Helga Brandt met Danish officials in Kiel. Her deputy, Jonas Veit, "
        "led the technical talks.\n\n"
        '"The canal is the spine of our trade. Every hour a ship waits, both sides lose.\n\n'
        '"That is why the locks will stay open at night," Ms Brandt told reporters.'
    )
    assert _names(text) == ["Helga Brandt"]
