"""The extraction pipeline: each stage adds to the facts found by the ones before."""

from __future__ import annotations

from datetime import date

from archive.extract.records import ArticleFacts


def run(doc: str, title_end: int, published: date | None) -> ArticleFacts:
    """Run every stage over ``doc`` (headline ends at ``title_end``)."""
    from archive.extract import countries, meetings, persons, quotes
    from archive.extract.text import sentence_spans

    sentences = sentence_spans(doc)
    facts = ArticleFacts()
    facts.countries = countries.find_countries(doc)
    facts.persons = persons.find_persons(doc, sentences, facts.countries)
    facts.statements = quotes.find_statements(doc, sentences, title_end, facts)
    facts.meetings = meetings.find_meetings(doc, sentences, title_end, published, facts)
    return third_location(only_iso_codes(facts))


def third_location(facts: ArticleFacts) -> ArticleFacts:
    """CAMEO 044: talks between two or more parties held in a country none of them is.

    Only for generic consultations (040): a call has no place, and a visit or
    a hosting is in one party's country by definition.
    """
    for m in facts.meetings:
        parties = set(m.countries)
        if (
            m.cameo == "040"
            and len(parties) >= 2
            and m.location_country
            and m.location_country not in parties
        ):
            m.cameo = "044"
    return facts


def only_iso_codes(facts: ArticleFacts) -> ArticleFacts:
    """Drop country codes ISO 3166-1 does not assign (e.g. "XK" from a city database).

    Every stage draws on gazetteers that know more places than the standard
    does; the guidelines count only codes pycountry lists, and the database's
    country table holds exactly those.
    """
    from archive.extract.gazetteer import is_valid_code

    facts.countries = [c for c in facts.countries if is_valid_code(c.code)]
    for p in facts.persons:
        if p.country and not is_valid_code(p.country):
            p.country, p.country_evidence = None, None
    for s in facts.statements:
        if s.speaker_country and not is_valid_code(s.speaker_country):
            s.speaker_country = None
    for m in facts.meetings:
        m.countries = [c for c in m.countries if is_valid_code(c)]
        if m.location_country and not is_valid_code(m.location_country):
            m.location_country = None
    return facts
