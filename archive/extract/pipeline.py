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
    return facts
