"""The archive's entities and the link tables between them.

Every extracted fact (a person's mention, a country mention, a meeting's
source, a statement) points at the article it came from, carries character
offsets into the article's document (headline, blank line, body) and the
extractor version that produced it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from archive.db import Base

CODE = String(2)  # ISO 3166-1 alpha-2


def table_of(model: type[Base]) -> Table:
    """A model's Core table, for bulk statements (``__table__`` is typed only as a FromClause)."""
    return cast(Table, model.__table__)


class Country(Base):
    """Every ISO 3166-1 country, loaded from pycountry by a data migration."""

    __tablename__ = "country"

    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    alpha3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    official_name: Mapped[str | None] = mapped_column(String(300))


class Article(Base):
    __tablename__ = "article"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Any of these identifies an article already imported, so re-import adds nothing.
    external_id: Mapped[str | None] = mapped_column(String(500), unique=True)
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    source: Mapped[str | None] = mapped_column(String(300), index=True)
    origin: Mapped[str | None] = mapped_column(String(2000))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str | None] = mapped_column(String(40))

    persons: Mapped[list[ArticlePerson]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    countries: Mapped[list[ArticleCountry]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    statements: Mapped[list[Statement]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    meeting_sources: Mapped[list[MeetingSource]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def document(self) -> str:
        """The text that fact offsets point into (see archive.extract.document)."""
        from archive.extract import document

        return document(self.title, self.text)


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    # Folded name (no case, accents or honorifics): one person per key.
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    # Surname + first initial, to find transliteration variants (Sergei/Sergey).
    match_key: Mapped[str | None] = mapped_column(String(300), index=True)
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    aliases: Mapped[list[PersonAlias]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    country: Mapped[Country | None] = relationship()


class PersonAlias(Base):
    __tablename__ = "person_alias"
    __table_args__ = (UniqueConstraint("person_id", "alias_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    alias_key: Mapped[str] = mapped_column(String(300), index=True)
    # "extracted" or "curated": curated aliases survive re-extraction.
    origin: Mapped[str] = mapped_column(String(20), default="extracted")

    person: Mapped[Person] = relationship(back_populates="aliases")


class ArticlePerson(Base):
    """A person as one article presents them: name form, country, titles, mentions."""

    __tablename__ = "article_person"
    __table_args__ = (UniqueConstraint("article_id", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    country_start: Mapped[int | None] = mapped_column(Integer)
    country_end: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)  # first mention
    end: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(40))

    article: Mapped[Article] = relationship(back_populates="persons")
    person: Mapped[Person] = relationship()
    mentions: Mapped[list[PersonMention]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PersonMention.start"
    )
    titles: Mapped[list[PersonTitle]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PersonTitle.start"
    )


class PersonMention(Base):
    """One occurrence of a person's name in an article."""

    __tablename__ = "person_mention"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_person_id: Mapped[int] = mapped_column(
        ForeignKey("article_person.id", ondelete="CASCADE"), index=True
    )
    surface: Mapped[str] = mapped_column(String(300))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class PersonTitle(Base):
    """A role an article gives a person ("Foreign Minister", "Ambassador to Russia")."""

    __tablename__ = "person_title"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_person_id: Mapped[int] = mapped_column(
        ForeignKey("article_person.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class ArticleCountry(Base):
    """One place where an article names or implies a country."""

    __tablename__ = "article_country"
    __table_args__ = (Index("ix_article_country_article_id_country_code", "article_id", "country_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), index=True)
    surface: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))  # name | demonym | city | body
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(40))

    article: Mapped[Article] = relationship(back_populates="countries")


class Meeting(Base):
    """An encounter; reported by one or more articles (its sources)."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cameo: Mapped[str] = mapped_column(String(3), index=True)  # CAMEO 04x consult code
    date: Mapped[date | None] = mapped_column(Date, index=True)
    location: Mapped[str | None] = mapped_column(String(300), index=True)
    location_country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    sources: Mapped[list[MeetingSource]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingSource(Base):
    """One article's report of a meeting, with what that article says of it."""

    __tablename__ = "meeting_source"
    __table_args__ = (UniqueConstraint("meeting_id", "article_id", "start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    cameo: Mapped[str] = mapped_column(String(3))
    date: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(String(300))
    location_country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"))
    trigger: Mapped[str | None] = mapped_column(String(100))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(40))

    meeting: Mapped[Meeting] = relationship(back_populates="sources")
    article: Mapped[Article] = relationship(back_populates="meeting_sources")
    participants: Mapped[list[MeetingParticipant]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    countries: Mapped[list[MeetingCountry]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class MeetingParticipant(Base):
    """A person taking part in a meeting, as one source reports it."""

    __tablename__ = "meeting_participant"
    __table_args__ = (UniqueConstraint("source_id", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("meeting_source.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)

    person: Mapped[Person] = relationship()


class MeetingCountry(Base):
    """A country party to a meeting, as one source reports it."""

    __tablename__ = "meeting_country"
    __table_args__ = (UniqueConstraint("source_id", "country_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("meeting_source.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), index=True)


class Statement(Base):
    """A direct quotation and who it is attributed to."""

    __tablename__ = "statement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="direct")
    speaker: Mapped[str | None] = mapped_column(String(300), index=True)  # as named
    speaker_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    speaker_country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    cue: Mapped[str | None] = mapped_column(String(100))
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(40))

    article: Mapped[Article] = relationship(back_populates="statements")
    speaker_person: Mapped[Person | None] = relationship()


# The curation log lives in its own module; importing it registers its table on Base.
from archive.curation_models import Curation  # noqa: E402, F401
