"""Meetings (placeholder until the meeting layer lands)."""
from datetime import date

from archive.extract.records import ArticleFacts, Meeting
from archive.extract.text import Sentence


def find_meetings(doc: str, sentences: list[Sentence], title_end: int, published: date | None,
                  facts: ArticleFacts) -> list[Meeting]:
    return []
