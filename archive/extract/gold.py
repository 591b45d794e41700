"""Render extracted facts in the gold annotation schema (GUIDELINES.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

from archive.extract.records import ArticleFacts


def to_gold(
    facts: ArticleFacts,
    *,
    id: str | None,
    title: str | None,
    published: date | None,
    source: str | None,
) -> dict[str, Any]:
    persons = facts.persons
    return {
        "id": id,
        "title": title,
        "published": published.isoformat() if published else None,
        "source": source,
        "countries": facts.country_codes(),
        "persons": [
            {
                "name": p.name,
                "aliases": list(p.aliases),
                "titles": list(dict.fromkeys(t.title for t in p.titles)),
                "country": p.country,
            }
            for p in persons
        ],
        "meetings": [
            {
                "participants": [persons[i].name for i in m.participants],
                "countries": sorted(set(m.countries)),
                "location": m.location,
                "location_country": m.location_country,
                "date": m.date.isoformat() if m.date else None,
            }
            for m in facts.meetings
        ],
        "statements": [
            {
                "speaker": s.speaker,
                "speaker_country": s.speaker_country,
                "kind": s.kind,
                "text": s.text,
            }
            for s in facts.statements
        ],
    }
