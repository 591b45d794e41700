"""Extraction: article text in, :class:`ArticleFacts` out. No database code here."""

from __future__ import annotations

from datetime import date

from archive.extract.records import (
    ArticleFacts,
    CountryMention,
    Meeting,
    Person,
    PersonMention,
    Statement,
    TitleMention,
)

# Bump when extraction output changes, so stored facts say which rules made them.
EXTRACTOR_VERSION = "0.3.1"

__all__ = [
    "EXTRACTOR_VERSION",
    "ArticleFacts",
    "CountryMention",
    "Meeting",
    "Person",
    "PersonMention",
    "Statement",
    "TitleMention",
    "document",
    "extract",
]


def document(title: str | None, body: str) -> str:
    """The text every offset points into: the headline, a blank line, the body."""
    return f"{title}\n\n{body}" if title else body


def extract(title: str | None, body: str, published: date | None = None) -> ArticleFacts:
    """Extract countries, persons, meetings and statements from one article."""
    from archive.extract.pipeline import run

    return run(document(title, body), title_end=len(title) if title else 0, published=published)
