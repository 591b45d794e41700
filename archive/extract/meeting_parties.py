"""Parties told by description: "the Afghan minister", "his Russian counterpart", "the visiting envoy".

News names a party once and then refers to them by nationality and role. For meetings
such a description is a mention of the person it stands for, when the article leaves
exactly one candidate: someone named before it, of that country, holding that role.
The descriptions become extra person mentions, so every participant rule sees them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from archive.extract.gazetteer import lookup_country_word
from archive.extract.records import ArticleFacts

if TYPE_CHECKING:
    from archive.extract.meetings import _Ctx

_ROLE_WORDS = (
    "minister|president|premier|chancellor|ambassador|envoy|leader|secretary|king|queen|emir|sultan"
    "|monarch|diplomat|counterpart|prince|governor|commander|negotiator|general|guest|visitor"
)
# "the Afghan minister", "the Chinese foreign minister", "his Russian counterpart"
_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:[a-z]+\s+){0,2}?)"
    r"(?P<role>" + _ROLE_WORDS + r")\b(?!\s*[A-Z])(?![\w-])"
)
# "the crown prince", "the foreign minister": the one person named before with that role
_BARE_ROLE = re.compile(
    r"\b[Tt]he\s+(?:(?:foreign|prime|deputy|vice|crown|home|defen[cs]e|trade|finance|interior|(?-i:Deputy|Vice))\s+)?"
    r"(?P<role>" + _ROLE_WORDS + r"|(?<=Deputy\s)PM)\b(?!\s*[A-Z])(?![\w-])(?!\s+of\b)"
)
# "the visiting minister": the one foreign guest the article names with that role
_VISITING = re.compile(
    r"\b[Tt]he\s+visiting\s+(?:[a-z]+\s+){0,2}?(?P<role>" + _ROLE_WORDS + r")\b(?!\s*[A-Z])"
)

_LEADER = re.compile(
    r"(?<!deputy\s)(?<!vice\s)(?<!vice-)\b(?:leader|president|prime\s+minister|premier|chancellor|king|queen|emir|sultan|head\s+of\s+(?:state|government))\b",
    re.I,
)

_LEADER_TITLE = re.compile(
    r"\b(?:president|prime\s+minister|premier|chancellor|king|queen|emir|sultan|leader|head\s+of\s+state)\b",
    re.I,
)


def _heads(facts: ArticleFacts, pi: int) -> set[str]:
    return {t.title.split()[-1].lower() for t in facts.persons[pi].titles if t.title.split()}


def _holds(facts: ArticleFacts, pi: int, role: str, possessor: int | None) -> bool:
    if role == "counterpart":
        # a counterpart holds the office of the one whose counterpart he is
        return possessor is not None and bool(_heads(facts, pi) & _heads(facts, possessor))
    if role == "leader":  # "the Samoan leader": a head of state or government, whatever the title
        return any(_LEADER.search(t.title) for t in facts.persons[pi].titles)
    if role in ("guest", "visitor"):  # "the Indian guest": whoever of that country is visiting
        return True
    return any(role in t.title.lower() for t in facts.persons[pi].titles)


def description_mentions(
    doc: str, facts: ArticleFacts, mentions: list[tuple[int, int, int]], body_start: int, home: str | None
) -> list[tuple[int, int, int]]:
    """(start, end, person) for each description in the body that stands for one named person.

    ``mentions`` are the named mentions, sorted; ``home`` is the story's own country
    (a visitor is not from it).
    """
    out: list[tuple[int, int, int]] = []
    starts = {s for s, _e, _i in mentions}
    for rx in (_DESCRIPTION, _VISITING, _BARE_ROLE):
        for m in rx.finditer(doc, body_start):
            if any(m.end() <= s <= m.end() + 2 for s in starts):
                continue  # "the Afghan minister Nisar X": the name itself is the mention
            if any(s <= m.start() < e for s, e, _i in mentions):
                continue
            role = m.group("role").lower()
            code = lookup_country_word(m.group("dem")) if "dem" in rx.groupindex else None
            if "dem" in rx.groupindex and code is None:
                continue
            earlier = [i for s, _e, i in mentions if s < m.start()]
            possessor = earlier[-1] if earlier else None
            if rx is _BARE_ROLE:
                if role == "counterpart":
                    continue
                phrase = re.sub(
                    r"\bpm\b", "prime minister", m.group(0)[4:].lower()
                )  # "crown prince", "deputy pm"
                fits = [
                    i for i in set(earlier) if any(phrase in t.title.lower() for t in facts.persons[i].titles)
                ]
            else:
                fits = [
                    i
                    for i in set(earlier)
                    if _holds(facts, i, role, possessor)
                    and (
                        facts.persons[i].country == code
                        if code
                        else facts.persons[i].country not in (None, home) and home is not None
                    )
                ]
            if len(fits) == 1:
                out.append((m.start(), m.end(), fits[0]))
    return out


def _leader(facts: ArticleFacts, code: str) -> int | None:
    """The one person of ``code`` the article calls a leader (or the only one of it, untitled)."""
    own = [i for i, p in enumerate(facts.persons) if p.country == code]
    leaders = [i for i in own if any(_LEADER_TITLE.search(t.title) for t in facts.persons[i].titles)]
    if len(leaders) == 1:
        return leaders[0]
    return own[0] if len(own) == 1 and not facts.persons[own[0]].titles else None


def _pair_nearby(ctx: _Ctx, si: int) -> list[int]:
    """The persons "the two ministers" stands for: two or more named in the sentence before or after.

    Persons of distinct, known countries count (the two sides of a bilateral encounter);
    failing that, exactly two persons named in the sentence just before.
    """
    n = len(ctx.sent_starts)
    for sj in (si - 1, si + 1):
        if not 0 <= sj < n:
            continue
        end = ctx.sent_starts[sj + 1] if sj + 1 < n else len(ctx.doc)
        out: list[int] = []
        seen: set[str] = set()
        for _ms, _me, pi in ctx.persons_in(ctx.sent_starts[sj], end):
            code = ctx.facts.persons[pi].country
            if code and code not in seen and pi not in out:
                seen.add(code)
                out.append(pi)
        if len(out) >= 2:
            return out
        named = list(dict.fromkeys(pi for _ms, _me, pi in ctx.persons_in(ctx.sent_starts[sj], end)))
        if sj < si and len(named) == 2:
            return named  # exactly two people named just before, countries unknown: the pair
    return []


# "the foreign ministers of A and B", "A and B's prime ministers": a plural office held once per country
_GROUP_ROLE = re.compile(
    r"\b(?P<mod>(?:foreign|defen[cs]e|trade|finance|interior|economy|energy|agriculture|health|prime)\s+)?"
    r"(?P<role>ministers|presidents|premiers|leaders|chancellors|heads\s+of\s+(?:state|government))\b",
    re.I,
)


def group_members(ctx: _Ctx, si: int, text: str, lo: int, hi: int, codes: set[str]) -> list[int]:
    """The persons an unnamed group of office-holders stands for, one per country, or none.

    "The foreign ministers of A and B met ...; Foreign Minister X of A and his B
    counterpart Y ...": each country's holder is the one person of that country named
    within two sentences whose titles hold the office (or, failing one, who is given no
    title). Every country must resolve, or the group stays told by its countries alone.
    """
    m = _GROUP_ROLE.search(text, lo, hi)
    if m is None or len(codes) < 2:
        return []
    role = m.group("role").lower()
    office = ((m.group("mod") or "").lower() + role).rstrip("s").replace("heads of", "head of")
    n = len(ctx.sent_starts)
    a = ctx.sent_starts[max(0, si - 2)]
    b = ctx.sent_starts[si + 3] if si + 3 < n else len(ctx.doc)
    near = list(dict.fromkeys(pi for _s, _e, pi in ctx.persons_in(a, b)))
    facts = ctx.facts
    out: list[int] = []
    for code in sorted(codes):
        own = [pi for pi in near if facts.persons[pi].country == code]
        if role == "leaders":
            titled = [pi for pi in own if _holds(facts, pi, "leader", None)]
        else:
            titled = [pi for pi in own if any(office in t.title.lower() for t in facts.persons[pi].titles)]
        untitled = [pi for pi in own if not facts.persons[pi].titles]
        pick = titled if titled else untitled
        if len(pick) != 1:
            return []
        out.append(pick[0])
    return out


def plural_members(ctx: _Ctx, si: int, role: str, n: int, exclude: list[int]) -> list[int]:
    """The ``n`` persons "the two ministers" takes up: the latest told with that office, one per country.

    Looks back over the four sentences before ``si``; persons already in the encounter
    (its host) are not among them. All ``n`` must be found, or none is returned.
    """
    office = role.lower().split()[0].rstrip("s")
    start = ctx.sent_starts[max(0, si - 4)]
    facts = ctx.facts
    found: list[int] = []
    seen: set[str | None] = set()
    for _s, _e, pi in reversed(ctx.persons_in(start, ctx.sent_starts[si])):
        if pi in exclude or pi in found:
            continue
        holds = office == "counterpart" or (
            _holds(facts, pi, "leader", None)
            if office == "leader"
            else any(office in t.title.lower() for t in facts.persons[pi].titles)
        )
        code = facts.persons[pi].country
        if holds and (code is None or code not in seen):
            found.append(pi)
            seen.add(code)
            if len(found) == n:
                return found[::-1]
    return []
