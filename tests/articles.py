"""Small invented articles for tests (no publisher's text is used in the tests)."""

from __future__ import annotations

import json
from pathlib import Path

CITIES = ["Paris", "Berlin", "Tokyo", "Nairobi", "Lima", "Hanoi", "Oslo", "Cairo"]
LEADERS = [
    ("Anna Lindqvist", "Swedish", "Foreign Minister"),
    ("Rafael Ortega", "Peruvian", "President"),
    ("Keiko Tanabe", "Japanese", "Prime Minister"),
    ("Joseph Mwangi", "Kenyan", "Foreign Minister"),
    ("Lars Hagen", "Norwegian", "Defence Minister"),
    ("Amira Haddad", "Egyptian", "Foreign Minister"),
]


def article(i: int) -> dict[str, str]:
    """An invented news item; ``i`` varies the people, places and wording."""
    a, b = LEADERS[i % len(LEADERS)], LEADERS[(i + 1) % len(LEADERS)]
    city = CITIES[i % len(CITIES)]
    title = f"{a[0].split()[-1]} and {b[0].split()[-1]} hold talks in {city} ({i})"
    text = (
        f"{a[1]} {a[2]} {a[0]} held talks with his {b[1]} counterpart {b[0]} in {city} on Monday.\n\n"
        f"\u201cWe agreed to deepen our cooperation,\u201d {a[0].split()[-1]} told reporters after "
        f"the meeting, number {i}.\n\n"
        f"{b[0].split()[-1]} said the two sides would meet again next year."
    )
    return {"id": f"test-{i}", "title": title, "published": "2024-03-06", "source": "Test Wire", "text": text}


def write_txt(path: Path, i: int) -> Path:
    a = article(i)
    path.write_text(
        f"id: {a['id']}\npublished: {a['published']}\nsource: {a['source']}\n\n{a['title']}\n\n{a['text']}\n",
        encoding="utf-8",
    )
    return path


def write_jsonl(path: Path, indices: range | list[int]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in indices:
            f.write(json.dumps(article(i)) + "\n")
    return path
