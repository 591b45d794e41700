"""Plain records the extractor returns.

Extraction is a pure library: text in, these records out, no database code.
Every offset is a character offset into the *document*, which is the article
as imported: ``title + "\\n\\n" + body`` (see :func:`archive.extract.document`),
so each fact can be shown next to the sentence it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class CountryMention:
    """One place in the document where a country is named or implied."""

    code: str  # ISO 3166-1 alpha-2, upper case
    start: int
    end: int
    surface: str  # the words as written ("Russian", "Kabul", "the Kremlin")
    kind: str  # "name" | "demonym" | "city" | "body" (government body)


@dataclass(slots=True)
class PersonMention:
    """One place where a person is named (the name itself, no title)."""

    start: int
    end: int
    surface: str


@dataclass(slots=True)
class TitleMention:
    """A role the article gives a person ("Foreign Minister", "Ambassador to Russia")."""

    title: str
    start: int
    end: int


@dataclass(slots=True)
class Person:
    """A person named in one article, all its mentions merged."""

    name: str  # the fullest form used, without honorifics
    aliases: list[str] = field(default_factory=list)
    titles: list[TitleMention] = field(default_factory=list)
    country: str | None = None  # ISO alpha-2 the person represents, when the text tells
    country_evidence: tuple[int, int] | None = None  # span that tells the country
    mentions: list[PersonMention] = field(default_factory=list)


@dataclass(slots=True)
class Meeting:
    """A reported encounter (talks, visit, call, summit, negotiation)."""

    participants: list[int]  # indices into ArticleFacts.persons
    countries: list[str]  # ISO alpha-2 of the parties
    location: str | None
    location_country: str | None
    date: date | None
    cameo: str  # "040" consult, "041" phone, "042" visit, "043" host, "044" third place, "046" negotiate
    start: int  # evidence span (the sentence or clause that reports it)
    end: int
    trigger: str = ""  # the word that signalled it ("met", "talks", "phone call")


@dataclass(slots=True)
class Statement:
    """A direct quotation with its source."""

    text: (
        str  # the quoted words, without quotation marks (parts of a multi-paragraph quote joined by a space)
    )
    start: int  # span of the quotation in the document (first opening mark .. last closing mark)
    end: int
    speaker: str | None  # person name, organisation or country as named, or None
    speaker_person: int | None = None  # index into ArticleFacts.persons when the speaker is a person
    speaker_country: str | None = None
    cue: str | None = None  # "said", "according to", "it read"…
    cue_start: int | None = None
    cue_end: int | None = None
    kind: str = "direct"


@dataclass(slots=True)
class ArticleFacts:
    """Everything extracted from one article."""

    countries: list[CountryMention] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def country_codes(self) -> list[str]:
        return sorted({m.code for m in self.countries})
