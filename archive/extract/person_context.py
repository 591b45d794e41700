"""What the person stages share about one article: its tokens and lookups, and the mention index.

Split out of ``persons`` so that mention finding (``persons``), title reading
(``titles``) and country inference (``person_country``) can use one per-article
context without importing each other.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from archive.extract.records import CountryMention, Person

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
POSS = re.compile(r"['’]s$")


@dataclass(slots=True)
class Tok:
    """A word token: letters (with inner apostrophes/hyphens) or a dotted abbreviation."""

    start: int
    end: int
    text: str  # without a possessive 's
    poss: bool
    dot: bool  # followed directly by "."


@dataclass(slots=True)
class Ctx:
    """One article as the person stages see it; built once by ``persons.find_persons``."""

    doc: str
    toks: list[Tok]
    place: list[CountryMention | None]  # per token: the country mention covering it
    cstart: dict[int, CountryMention]  # country mentions by start offset
    lower_vocab: frozenset[str]
    sent_starts: frozenset[int]
    headline_end: int
    ea_surnames: frozenset[str] = frozenset()  # word surnames written before a given name
    cstarts: list[int] | None = None  # sorted country mention starts, built on first use


def countries_between(ctx: Ctx, start: int, end: int) -> list[CountryMention]:
    """Country mentions starting in [start, end), in order (a bisect over sorted starts)."""
    if ctx.cstarts is None:
        ctx.cstarts = sorted(ctx.cstart)
    lo = bisect_left(ctx.cstarts, start)
    hi = bisect_left(ctx.cstarts, end, lo)
    return [ctx.cstart[s] for s in ctx.cstarts[lo:hi]]


def tokenize(doc: str) -> list[Tok]:
    """Word tokens of ``doc``, a possessive 's cut off and flagged."""
    out: list[Tok] = []
    append = out.append
    for m in _TOKEN.finditer(doc):
        start, end = m.span()
        text = m.group()
        poss = len(text) > 2 and text[-1] == "s" and text[-2] in "'’"  # what POSS matches
        if poss:
            text = text[:-2]
        append(Tok(start, start + len(text), text, poss, doc[end : end + 1] == "."))
    return out


def mention_index(persons: list[Person]) -> list[tuple[int, int, int]]:
    """(start, end, person index) for every person mention, sorted by start."""
    return sorted((m.start, m.end, i) for i, p in enumerate(persons) for m in p.mentions)


def person_at(persons: list[Person], start: int, end: int) -> int | None:
    """Index of the person with a mention overlapping [start, end), else None."""
    for s, e, i in mention_index(persons):
        if s < end and start < e:
            return i
    return None
