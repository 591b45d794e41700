"""Grammatical gender of named persons, for resolving he/she to a speaker."""

from __future__ import annotations

import re

_GENDER_BEFORE = re.compile(
    r"\b(?:(Mr|Sir|Lord|King|Prince|husband|son|brother|father|widower)|"
    r"(Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|wife|daughter|sister|mother|widow))\.?,?\s+$"
)
_HONORIFIC = re.compile(r"\b(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Madam|Dame|Lady))\.?\s+$")
_GENDER_AFTER = re.compile(r"[^.;:!?\"“”]{0,60}?\b(?:(his|him)|(her|hers))\b")


def genders(doc: str, mentions: list[tuple[int, int, int]]) -> dict[int, str]:
    """Person index -> 'm'/'f' from an honorific before a name or "his"/"her" right after it."""
    out: dict[int, str] = {}
    starts = [m[0] for m in mentions]
    for n, (a, b, k) in enumerate(mentions):
        if k in out:
            continue
        m = _GENDER_BEFORE.search(doc, max(0, a - 12), a)
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


def honorific_fixes(
    doc: str, mentions: list[tuple[int, int, int]], names: list[str]
) -> list[tuple[int, int, int]]:
    """Mentions re-assigned where "Mr"/"Mrs" contradicts the person the name was merged into.

    "Mr Rotich" after "his wife, Njeri Rotich" is not her: when exactly one other person
    shares the surname and does not have the contradicted gender, the mention is theirs.
    """
    g = genders(doc, mentions)
    out = []
    for a, b, k in mentions:
        hm = _HONORIFIC.search(doc, max(0, a - 8), a)
        if hm is not None and hm.lastindex and g.get(k):
            said = "m" if hm.lastindex == 1 else "f"
            if said != g[k]:
                surname = doc[a:b].split()[-1]
                alt = [j for j, n in enumerate(names) if j != k and surname in n.split() and g.get(j) != g[k]]
                if len(alt) == 1:
                    k = alt[0]
        out.append((a, b, k))
    return out
