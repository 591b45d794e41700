"""Grammatical gender of named persons, for resolving he/she to a speaker."""

from __future__ import annotations

import re

_GENDER_BEFORE = re.compile(
    r"\b(?:(Mr|Sir|Lord|King|Prince)|(Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess))\.?\s+$"
)
_GENDER_AFTER = re.compile(r"[^.;:!?\"“”]{0,60}?\b(?:(his|him)|(her|hers))\b")


def genders(doc: str, mentions: list[tuple[int, int, int]]) -> dict[int, str]:
    """Person index -> 'm'/'f' from an honorific before a name or "his"/"her" right after it."""
    out: dict[int, str] = {}
    starts = [m[0] for m in mentions]
    for n, (a, b, k) in enumerate(mentions):
        if k in out:
            continue
        m = _GENDER_BEFORE.search(doc, max(0, a - 10), a)
        if m is None:
            m = _GENDER_AFTER.match(doc, b)
            nxt = starts[n + 1] if n + 1 < len(starts) else len(doc)
            if m is not None and (m.end() > nxt or _PRONOUN_ANY.search(doc, b, m.start(m.lastindex or 1))):
                m = None  # another person, or another pronoun, comes first
        if m is not None and m.lastindex:
            out[k] = "m" if m.lastindex == 1 else "f"
    return out


_PRONOUN_ANY = re.compile(r"\b(?:he|she|they|him|it)\b", re.I)


_TITLE_MALE = re.compile(
    r"\b(?:king|prince|sultan|emir|amir|sheikh|spokesman|chairman|congressman|duke|lord)\b", re.I
)
_TITLE_FEMALE = re.compile(
    r"\b(?:queen|princess|sheikha|spokeswoman|chairwoman|congresswoman|duchess|lady|first lady)\b", re.I
)


def title_gender(title: str) -> str | None:
    """'m'/'f' when a title or role noun is gendered ("Crown Prince", "spokeswoman")."""
    if _TITLE_FEMALE.search(title):
        return "f"
    if _TITLE_MALE.search(title):
        return "m"
    return None
