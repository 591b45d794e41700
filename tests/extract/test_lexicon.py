"""The shared word lists and the names other modules import from their old homes."""

from datetime import date

from archive.extract import lexicon
from archive.extract.text import spans_within


def test_calendar_order() -> None:
    # dates.py indexes WEEKDAYS by date.weekday()
    assert [date(2024, 1, d).strftime("%A") for d in range(1, 8)] == list(lexicon.WEEKDAYS)
    assert lexicon.MONTHS[0] == "January" and lexicon.MONTHS[-1] == "December"


def test_compositions() -> None:
    assert lexicon.COMPANY_WORDS <= lexicon.NON_NAME
    assert lexicon.COMPANY_WORDS <= lexicon.ORG_NOUNS
    assert "motor" not in lexicon.NON_NAME_LOWER  # company words never were
    assert lexicon.ORG_NAME_NOUNS <= lexicon.NON_NAME & lexicon.ORG_NOUNS
    assert lexicon.TITLE_CAPS <= lexicon.NON_NAME & lexicon.TITLEISH_CAPS
    assert {"The", "Monday", "March", "Sen"} <= lexicon.NEUTRAL_CAPS
    assert {w.lower() for w in lexicon.TITLE_ABBR} <= lexicon.NON_FINAL_ABBREVS


def test_old_import_paths() -> None:
    from archive.extract.gazetteer import NEUTRAL_CAPS
    from archive.extract.persons import NON_NAME, ORG_NOUNS, SPEECH_VERBS, TITLE_HEADS

    assert NEUTRAL_CAPS is lexicon.NEUTRAL_CAPS
    assert (NON_NAME, ORG_NOUNS) == (lexicon.NON_NAME, lexicon.ORG_NOUNS)
    assert "said" in SPEECH_VERBS and "minister" in TITLE_HEADS


def test_spans_within() -> None:
    items = [(0, 5), (3, 9), (6, 8), (10, 12)]
    starts, ends = [a for a, _ in items], [b for _, b in items]
    assert spans_within(items, starts, ends, 3, 9) == [(3, 9), (6, 8)]
    assert spans_within(items, starts, ends, 0, 6) == [(0, 5)]
    assert spans_within(items, starts, ends, 13, 20) == []
