"""What the person stages share about one article: its tokens and lookups, and the mention index.

Split out of ``persons`` so that mention finding (``persons``), title reading
(``titles``) and country inference (``person_country``) can use one per-article
context without importing each other; ``state_office`` lives here for the same reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from archive.extract.lexicon import COMPANY_WORDS, LEADER_HEADS, TITLE_MODIFIERS
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
    dot = doc.startswith
    for m in _TOKEN.finditer(doc):
        start, end = m.span()
        text = m.group()
        if text[-1] == "s" and len(text) > 2 and text[-2] in "'’":  # what POSS matches
            append(Tok(start, end - 2, text[:-2], True, dot(".", end)))
        else:
            append(Tok(start, end, text, False, dot(".", end)))
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


# --- offices: shared by the title and country readers -------------------------------------

_STATE_OFFICE = LEADER_HEADS | {
    "secretary",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "speaker",
    "vice-president",
    "amir",
    "undersecretary",
    "under-secretary",
    "prince",
    "princess",
    "crown-prince",
    "commander-in-chief",
    "general",
    # members of a national parliament sit for their country
    "lawmaker",
    "legislator",
    "mp",
    "senator",
    "parliamentarian",
    "congressman",
    "congresswoman",
}
# International bodies and blocs: their officials represent no country.
INTERNATIONAL = frozenset(
    [
        "un",
        "unhcr",
        "imf",
        "eu",
        "nato",
        "who",
        "wto",
        "asean",
        "opec",
        "icrc",
        "unicef",
        "iaea",
        "osce",
        "oas",
        "gcc",
        "unesco",
        "unsc",
        "wfp",
        "undp",
        "ecowas",
        "sadc",
        "mercosur",
        "interpol",
        "european",
        "world",
        "commission",
    ]
)
# Heads of private bodies ("president of the X Chamber of Commerce"): no state office.
_PRIVATE_BODY = COMPANY_WORDS | frozenset(
    [
        "Chamber",
        "Commerce",
        "Industry",
        "University",
        "Institute",
        "Foundation",
        "Association",
        "Federation",
        "Club",
        "League",
        "Society",
        "Center",
        "Centre",
        "Group",
        "Forum",
        "Network",
        "Company",
        "Corporation",
    ]
)


# Multi-word names of international bodies, before or inside a title.
_INTERNATIONAL_BODY = re.compile(
    r"\b(?:(?:African|European|Arab|Asian|Islamic|Pan-African|East\s+African|West\s+African|Caribbean)\s+"
    r"(?:Union|League|Development\s+Bank|Community|Parliament|Commission|Court)|Development\s+Bank|"
    r"Monetary\s+Fund|Cooperation\s+Council|Organi[sz]ation\s+of|Red\s+(?:Cross|Crescent)|Commonwealth|"
    r"United\s+Nations)\b"
)


def state_office(person: Person, doc: str | None = None) -> bool:
    """The person holds an office of a state (not 'secretary general' of a body, not 'community leader').

    With ``doc``, the words just before each title count too ("European Commission's vice-president").
    """
    for t in person.titles:
        words = re.findall(r"[a-z-]+", t.title.lower())
        near = re.findall(r"[a-z-]+", doc[max(0, t.start - 30) : t.start].lower()) if doc else []
        if any(w in INTERNATIONAL for w in words + near[-3:]):
            continue
        if doc and _INTERNATIONAL_BODY.search(doc, max(0, t.start - 45), t.end):
            continue  # "African Union envoy", "Asian Development Bank president"
        body = re.search(r"\bof\s+the\s+((?:[A-Z][\w'’-]*\s*)+)", t.title)
        if body and any(w in _PRIVATE_BODY for w in body.group(1).split()):
            continue
        heads = [k for k, w in enumerate(words) if w in _STATE_OFFICE]
        if re.search(r"\bhead\s+of\s+(?:state|government)\b", t.title.lower()):
            return True
        if heads and words[heads[0]] == "leader" and any(w not in TITLE_MODIFIERS for w in words[: heads[0]]):
            continue  # "community leader", "rebel leader"
        if heads and not re.search(r"\b(?:secretary|director|attorney)[- ]general\b", t.title.lower()):
            return True
        # a capitalised adviser's office is a government post ("Trade Adviser X")
        if t.title[:1].isupper() and words and words[-1] in ("adviser", "advisor"):
            return True
    return False
