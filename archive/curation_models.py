"""The curation log: decisions a person made about extracted facts.

Kept apart from archive.models (the extraction schema) because these rows are
not facts: they are instructions that must outlive re-extraction, which throws
every fact away and writes it again. See archive.curation for how they are
recorded and re-applied.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from archive.db import Base


class Curation(Base):
    """One curation decision.

    ``action`` is one of merge, rename, alias_add, alias_remove, meeting_delete,
    set_speaker. Person ids are plain integers, not foreign keys: a merge deletes
    a person, and the log is rewritten to point at the person kept.
    """

    __tablename__ = "curation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(30), index=True)
    person_id: Mapped[int | None] = mapped_column(Integer, index=True)  # the person decided about
    other_person_id: Mapped[int | None] = mapped_column(Integer)  # merged away / new speaker
    # Article-scoped decisions (meeting_delete, set_speaker) go when their article goes.
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    value: Mapped[str | None] = mapped_column(String(300))  # alias or name as typed
    value_key: Mapped[str | None] = mapped_column(String(300), index=True)  # its name_key
    fingerprint: Mapped[str | None] = mapped_column(String(1000))  # what identifies the fact again
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # for people reading the log
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
