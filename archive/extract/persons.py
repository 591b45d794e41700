"""Person mentions: named people, their aliases, titles and countries.

No statistical model: rules over runs of capitalised tokens. A run is cut into
name segments at honorifics, titles and non-name words (months, organisation
nouns, places, sentence openers); multi-word segments are names, single words
need support (a title or honorific before them, a speech verb after them, or a
fuller name of the same person elsewhere). Mentions are merged into persons by
shared surname / given name. This module finds and merges mentions; the word
lists are in ``lexicon``, title phrases are read by ``titles`` and the represented
country is inferred by ``person_country``.

Public helpers (stable names, used by other extraction stages):

- ``find_persons(doc, sentences, countries)``: the persons of one article.
- ``mention_index(persons)``: (start, end, person index) of every mention,
  sorted by start.
- ``person_at(persons, start, end)``: index of the person whose mention
  overlaps the span, else ``None``.
- ``TITLE_HEADS``: lower-case head nouns of roles ("minister", "spokesman").
- ``SPEECH_VERBS``: reporting verbs ("said", "told") used as name evidence.

The other word lists once defined here (``HONORIFICS``, ``NON_NAME``, ``ORG_NOUNS``…)
are re-exported from ``lexicon`` under their old names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from archive.extract.gazetteer import (
    is_country_name,
    lookup_city,
    lookup_country_word,
)
from archive.extract.lexicon import (
    CAP_PARTICLES,
    CLAUSE_OPENERS,
    CONNECTORS,
    COUNTERPART,
    HONORIFICS,
    KEEP_HONORIFICS,
    KIN_WORDS,
    MODIFIER_NEXT,
    NAME_FINAL_NON_PERSON,
    NAME_PARTICLES,
    NON_NAME,
    NON_NAME_LOWER,
    ORG_NOUNS,
    PLACE_PREFIXES,
    SPEECH_VERBS,
    SUFFIXES,
    TITLE_ABBR,
    TITLE_CAPS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLEISH_CAPS,
)
from archive.extract.person_context import Ctx, Tok, mention_index, person_at, tokenize
from archive.extract.person_country import infer_countries
from archive.extract.records import CountryMention, Person, PersonMention
from archive.extract.text import Sentence
from archive.extract.titles import copula_title, group_titles, post_title, pre_title

__all__ = [
    "COUNTERPART",
    "HONORIFICS",
    "KEEP_HONORIFICS",
    "KIN_WORDS",
    "MODIFIER_NEXT",
    "NAME_PARTICLES",
    "NON_NAME",
    "ORG_NOUNS",
    "PLACE_PREFIXES",
    "SPEECH_VERBS",
    "SUFFIXES",
    "TITLE_ABBR",
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
    "find_persons",
    "mention_index",
    "person_at",
]

_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
_SENT_OPEN = re.compile(r"(?:^|[.!?:;\"“”‘’(\[—–-]\s*|\n\s*)$")
_HYPHEN_TAIL = frozenset(
    [
        "era",
        "style",
        "like",
        "based",
        "born",
        "run",
        "made",
        "wide",
        "level",
        "term",
        "time",
        "year",
        "old",
        "held",
        "led",
        "backed",
        "owned",
    ]
)
_AL = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ul", "ud"})
_CAMEL = re.compile(r"[A-Z][a-z]{4,}[A-Z][a-z]\w*")
# A lower-case noun of a news outlet or company right before a name: "news agency X".
_ORG_APPOSITIVE = re.compile(
    r"\b(?:agency|broadcaster|newspaper|daily|weekly|tabloid|outlet|company|firm|giant|carrier|"
    r"airline|operator|lender|network|website|portal)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
# The same nouns after the name: "X, the state broadcaster," / "X, a logistics firm."
_ORG_APPOSITIVE_AFTER = re.compile(
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agency|broadcaster|newspaper|daily|weekly|tabloid|outlet|company|firm|conglomerate|"
    r"carrier|airline|operator|lender|network|website|channel|club|team|group|party)\b(?=[,.;])"
)
# Openers of names of operations, broadcasters, clubs and parties: "Operation X", "Radio X",
# and the Spanish/Portuguese "Alianza X", "Frente X", "Club X".
_NON_PERSON_OPENERS = frozenset(
    [
        "Operation",
        "Exercise",
        "Radio",
        "Tele",
        "Télé",
        "Alianza",
        "Aliança",
        "Partido",
        "Frente",
        "Movimiento",
        "Club",
        "Atlético",
    ]
)
# Connectives inside a place or body name before its head: "X International Airport".
_NAME_MIDDLE = frozenset({"International", "National", "Memorial", "Regional", "Central"})


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    tokens: tuple[str, ...]  # name tokens (keep-honorifics included)
    evidence: bool  # a title/honorific/speech verb supports a single-word name
    in_headline: bool
    placelike: bool = False  # unsupported and placed like a place name: kept only with support
    titled: bool = False  # a title, honorific or kin word stands right before it


@dataclass(slots=True)
class _P:
    tokens: tuple[str, ...]
    mentions: list[_Mention] = field(default_factory=list)
    forms: dict[tuple[str, ...], None] = field(default_factory=dict)


def _al_prefixed(text: str) -> bool:
    """'al-Hashimi', 'el-Masri': a lower-case article fused to a name."""
    head, sep, rest = text.partition("-")
    return bool(sep) and head in _AL and rest[:1].isupper()


def _is_cap(t: Tok) -> bool:
    w = t.text
    return w[0].isupper() or ("-" in w and _al_prefixed(w))


def _is_initial(t: Tok) -> bool:
    return len(t.text) == 1 and t.text.isupper() and t.dot


# Lower-case role nouns that a full name follows directly ("spokesman Sultan X").
_ROLE_BEFORE_NAME = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "adviser",
        "advisor",
        "aide",
        "envoy",
        "diplomat",
    }
)


# Title words that are also common surnames in Arabic, Persian and English names.
_TITLE_SURNAMES = frozenset({"Amir", "Emir", "Sultan", "King", "Prince", "Sheikh"})


def _surname_after_given(ctx: Ctx, i: int) -> bool:
    """Token i, a title word, follows a given name and ends the name: a surname.

    "Foreign Minister Hossein Amir said": a title word after a name and before no
    further name closes that name ("Amir Hossein X" keeps "Amir" as a title-like given name).
    """
    toks, doc = ctx.toks, ctx.doc
    if i == 0:
        return False
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        doc[prev.end : toks[i].start] == " "
        and prev.text[:1].isupper()
        and prev.text.lower() not in TITLE_HEADS
        and prev.text not in NON_NAME
        and prev.text not in HONORIFICS
        and ctx.place[i - 1] is None
        and not (nxt is not None and doc[toks[i].end : nxt.start] == " " and nxt.text[:1].isupper())
    )


def _given_after_role(ctx: Ctx, i: int) -> bool:
    """A title word right after a role noun and before a name is a given name.

    "Interior Ministry spokesman Sultan Wardak": a spokesman is not also a sultan,
    so the capitalised title word opens his name.
    """
    toks, doc = ctx.toks, ctx.doc
    if i == 0 or i + 1 >= len(toks) or toks[i].poss:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return (
        prev.text in _ROLE_BEFORE_NAME
        and doc[prev.end : toks[i].start] == " "
        and doc[toks[i].end : nxt.start] == " "
        and nxt.text[:1].isupper()
        and nxt.text.lower() not in TITLE_HEADS
        and nxt.text not in NON_NAME
    )


# Words listed as non-names that South and West Asian names commonly contain after a given name.
_NAME_PART_WORDS = frozenset({"Islam"})


def _kind(ctx: Ctx, i: int) -> str:
    """Classify token i: 'hon', 'keep', 'title', 'stop', 'suffix' or 'name'."""
    t = ctx.toks[i]
    w = t.text
    if w in HONORIFICS or (
        w == "Seri"
        and i > 0
        and t.start - ctx.toks[i - 1].end == 1
        and ctx.toks[i - 1].text in ("Datuk", "Dato")
    ):
        return "hon"  # ("Datuk Seri": the Malay honorific of two words)
    if w in KEEP_HONORIFICS:
        return "keep"
    if w in SUFFIXES:
        return "suffix"
    if w in CAP_PARTICLES and _name_follows(ctx, i):
        return "particle"
    if w[0].isupper() and (w.lower() in TITLE_HEADS or w in TITLE_ABBR):
        if w in _TITLE_SURNAMES and _surname_after_given(ctx, i):
            return "name"  # "Hossein Amir", "Jamal Sultan": the title word ends a name
        return "name" if _given_after_role(ctx, i) else "title"
    if ctx.place[i] is not None:
        return "stop"
    if w in NON_NAME and w not in CLAUSE_OPENERS and _east_asian_given(ctx, i + 1):
        return "name"  # a surname that is also a word, before a given name ("Park Min-ho")
    if w in _NAME_PART_WORDS and i > 0 and _is_cap(ctx.toks[i - 1]) and ctx.toks[i - 1].text not in NON_NAME:
        return "name"  # "Nurul Islam Chowdhury": a word that is also a common name part, after a name
    if w in ctx.ea_surnames and not _cap_follows(ctx, i):
        return "name"  # that surname again on its own ("Park said")
    if w in NON_NAME or (w.isupper() and len(w) > 1) or "." in w:
        return "stop"
    if len(w) == 1 and not t.dot:
        return "stop"
    if _CAMEL.fullmatch(w):
        return "stop"  # an inner capital after a long head is a brand ("Petrolux" + "Gas")
    if "-" in w and not _al_prefixed(w):
        parts = w.split("-")
        if (
            parts[0].lower() in _AL
            and i > 0
            and _is_cap(ctx.toks[i - 1])
            and ctx.toks[i - 1].text not in NON_NAME
        ):
            return "name"  # "Hamad Al-Jaber": a capitalised article inside a name
        if parts[0].lower() in _AL and len(parts) == 2 and f"{parts[0].lower()}-{parts[1]}" in ctx.doc:
            return "name"  # "Al-Tayeb, however, said": a sentence-initial form of "al-Tayeb"
        if (
            parts[0].lower() in _AL
            and len(parts) == 2
            and re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(w)}\b", ctx.doc) is not None
        ):
            return "name"  # "Al-Kubaisi said", once the article has named "Abdulrahman Al-Kubaisi"
        last = parts[-1]
        if parts[0] in NON_NAME or any(lookup_country_word(p) for p in parts):
            return "stop"
        if last[:1].islower() and (last.endswith(("ed", "ing")) or last in _HYPHEN_TAIL):
            return "stop"
    return "name"


_GIVEN_PAIR = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def _east_asian_given(ctx: Ctx, i: int) -> bool:
    """Token i is a hyphenated two-syllable given name ("Min-ho") right after a space."""
    toks = ctx.toks
    return (
        0 < i < len(toks)
        and ctx.doc[toks[i - 1].end : toks[i].start] == " "
        and bool(_GIVEN_PAIR.fullmatch(toks[i].text))
    )


def _cap_follows(ctx: Ctx, i: int) -> bool:
    """Token i is directly followed, after one space, by a capitalised word."""
    toks = ctx.toks
    return (
        not toks[i].poss
        and i + 1 < len(toks)
        and ctx.doc[toks[i].end : toks[i + 1].start] == " "
        and toks[i + 1].text[:1].isupper()
    )


_EA_SURNAME = re.compile(r"\b([A-Z][a-z]+) [A-Z][a-z]{1,5}-[a-z]{1,5}\b")


def _name_follows(ctx: Ctx, i: int) -> bool:
    """A capitalised particle is followed, after one space, by a name word ("Ó Dálaigh")."""
    toks = ctx.toks
    if i + 1 >= len(toks) or toks[i].poss or ctx.doc[toks[i].end : toks[i + 1].start] != " ":
        return False
    nxt = toks[i + 1].text
    return nxt[:1].isupper() and nxt not in NON_NAME and ctx.place[i + 1] is None


_NICK_GAP = re.compile(r" [\"“‘'][A-Z][^\W\d_]*[\"”’'] ")


def _runs(ctx: Ctx) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with inner name particles) joined by spaces."""
    doc, toks = ctx.doc, ctx.toks
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            prev, cur = toks[j - 1], toks[j]
            if prev.poss:
                break
            gap = doc[prev.end : cur.start]
            ok_gap = (
                gap == " "
                or bool(_NICK_GAP.fullmatch(gap))
                or (gap == ". " and (_is_initial(prev) or prev.text in HONORIFICS or prev.text in TITLE_ABBR))
            )
            if not ok_gap:
                break
            if _is_cap(cur):
                j += 1
                continue
            if cur.text in NAME_PARTICLES:
                k = j  # a chain of particles ("van der") before a capitalised name word
                while (
                    k + 1 < n
                    and toks[k + 1].text in NAME_PARTICLES
                    and doc[toks[k].end : toks[k + 1].start] == " "
                ):
                    k += 1
                if (
                    k + 1 < n
                    and doc[toks[k].end : toks[k + 1].start] == " "
                    and toks[k + 1].text[:1].isupper()
                    and toks[k + 1].text not in NON_NAME
                ):
                    j = k + 1
                    continue
            break
        runs.append((i, j))
        i = j
    return runs


def _at_sentence_start(ctx: Ctx, t: Tok) -> bool:
    if t.start in ctx.sent_starts:
        return True
    return bool(_SENT_OPEN.search(ctx.doc[max(0, t.start - 3) : t.start]))


_CORE_SPEECH = frozenset(
    ["said", "says", "told", "tells", "added", "adds", "wrote", "tweeted", "stated", "insisted"]
)


def _speech_after(ctx: Ctx, end: int, strict: bool = False) -> bool:
    m = re.match(
        r"\s*,?\s*(?:(?:has|had|have|was|is|also|then|later|first|once|again)\s+)?([a-z]+)",
        ctx.doc[end : end + 30],
    )
    return bool(m and m.group(1) in (_CORE_SPEECH if strict else SPEECH_VERBS))


def _segments(ctx: Ctx, a: int, b: int) -> list[tuple[int, int, list[str]]]:
    """Name segments (start, end, kinds) inside the run [a, b)."""
    toks = ctx.toks
    kinds = [_kind(ctx, k) for k in range(a, b)]
    segs = []
    k = a
    while k < b:
        if kinds[k - a] not in ("name", "keep", "particle"):
            k += 1
            continue
        s = k
        while k < b:
            kd = kinds[k - a]
            ok = kd in ("name", "suffix", "particle") or (kd == "keep" and k == s)
            ok = ok or (toks[k].text in NAME_PARTICLES and k > s)
            if not ok:
                break
            k += 1
            if toks[k - 1].poss:
                break
        e = k
        while e > s and (toks[e - 1].text in NAME_PARTICLES or kinds[e - 1 - a] == "particle"):
            e -= 1
        if e > s:
            segs.append((s, e, kinds))
    return segs


def _candidates(ctx: Ctx) -> list[_Mention]:
    toks, doc = ctx.toks, ctx.doc
    out: list[_Mention] = []
    for a, b in _runs(ctx):
        for s, e, kinds in _segments(ctx, a, b):
            seg = list(range(s, e))
            # a sentence-initial common word is not part of a name ("Asked Lindqvist ...")
            while (
                seg
                and _at_sentence_start(ctx, toks[seg[0]])
                and toks[seg[0]].text not in ctx.ea_surnames
                and (
                    toks[seg[0]].text.lower() in ctx.lower_vocab
                    or toks[seg[0]].text.lower() in NON_NAME_LOWER
                )
            ):
                seg.pop(0)
            # "Minister of External Cooperation Hector X": a portfolio's title words before the name
            if (
                len(seg) > 2
                and seg[0] >= 2
                and toks[seg[0] - 1].text in ("of", "for")
                and toks[seg[0] - 2].text.lower() in TITLE_HEADS
            ):
                while len(seg) > 2 and (
                    toks[seg[0]].text in TITLEISH_CAPS or toks[seg[0]].text.lower() in TITLE_MODIFIERS
                ):
                    seg.pop(0)
            # "Ambassador to Tehran Karen X": the posting's city closes the title, not the name
            if len(seg) > 2 and lookup_city(toks[seg[0]].text) and _posting_before(ctx, seg[1]):
                seg.pop(0)
            # the last word of a portfolio ("Minister of Fisheries and Ocean Policy <Name>")
            if len(seg) > 2 and _portfolio_context(ctx, seg[0]):
                cut = [k + 1 for k in range(len(seg) - 2) if _portfolio_noun(toks[seg[k]].text)]
                seg = seg[cut[-1] :] if cut else seg
            # a body's name ending right before the name ("... and Cooperation <Name>")
            first = seg[0] if seg else 0
            while len(seg) > 1 and toks[seg[0]].text in NAME_FINAL_NON_PERSON:
                seg.pop(0)
            if (
                seg
                and seg[0] != first
                and doc[max(0, toks[first].start - 4) : toks[first].start] in ("the ", "The ")
                # "President of the Republic X": an office's complement, not a body named before X
                and not (
                    doc[max(0, toks[first].start - 7) : toks[first].start] in ("of the ", "Of the ")
                    and all(toks[x].text in TITLEISH_CAPS for x in range(first, seg[0]))
                )
            ):
                continue
            if not seg or all(kinds[x - a] in ("keep", "suffix", "particle") for x in seg):
                continue
            if all(len(toks[x].text) == 1 for x in seg):
                continue
            s, e = seg[0], seg[-1] + 1
            last = toks[e - 1]
            # a portfolio right before an honorific-led name ("Minister for Social Welfare U X")
            if (
                e < b
                and kinds[e - a] == "keep"
                and doc[max(0, toks[s].start - 4) : toks[s].start] in ("for ", "of ")
            ):
                continue
            # part of an organisation or place name ("Larchmont Foundation", "Camp Redwood")
            if e < b and _org_noun(toks[e].text) and not last.poss:
                continue
            k = e
            while k < b - 1 and toks[k].text in _NAME_MIDDLE:
                k += 1
            if k > e and _org_noun(toks[k].text) and not last.poss:
                continue
            if toks[s].text in _NON_PERSON_OPENERS:
                continue
            if s > a and toks[s - 1].text in PLACE_PREFIXES:
                continue
            # personal names take no article: "the Grey X" is a feature or body
            if doc[max(0, toks[s].start - 4) : toks[s].start] in ("the ", "The "):
                continue
            if _org_context(ctx, a, s):
                continue
            # a place, feature or body name: "Upper X Dam", "Second X Shoal"
            if e - s >= 2 and last.text in NAME_FINAL_NON_PERSON:
                continue
            # "the Varenne attack", "the Halvorsen era": a determiner makes it a modifier
            if _determiner_modifier(ctx, s, e):
                continue
            # a name used only as a modifier: "Halvorsen-era", "the Halvorsen administration"
            nxt = toks[e] if e < len(toks) else None
            if nxt is not None and not last.poss:
                gap = doc[last.end : nxt.start]
                if (gap == "-" and nxt.text[:1].islower()) or (gap == " " and nxt.text in MODIFIER_NEXT):
                    continue
            names = tuple(toks[x].text for x in seg)
            evidence = any(t in KEEP_HONORIFICS for t in names)
            if s > a and kinds[s - 1 - a] in ("hon", "title"):
                evidence = True
            elif s > 0 and toks[s - 1].text.lower() in KIN_WORDS | TITLE_HEADS | COUNTERPART:
                gap = doc[toks[s - 1].end : toks[s].start]
                # "her counterpart, X," : an appositive name closed by a comma or full stop
                evidence = gap == " " or (gap == ", " and doc[last.end : last.end + 1] in (",", "."))
            if not evidence and s > 0 and _posting_before(ctx, s):
                evidence = True  # "Ambassador to Tehran X", "Ambassador ... to the Slovak Republic X"
            if not evidence and s > a and _office_of_country(ctx, a, s):
                # "<office> of the <Country> <Name>": titled when an office word opens the phrase
                evidence = any(t.text.lower() in TITLE_HEADS for t in toks[max(0, a - 8) : a])
            titled = evidence
            strict = _at_sentence_start(ctx, toks[s])
            if not evidence and not last.poss and _speech_after(ctx, last.end, strict):
                before = doc[max(0, toks[s].start - 6) : toks[s].start]
                evidence = not re.search(r"\b(?:of|at|from|by|in)\s+$", before)
            if not evidence:
                before = doc[max(0, toks[s].start - 25) : toks[s].start]
                evidence = bool(re.search(r"\b(?:said|says|told|according to)\s+$", before))
            # unsupported, and right after "in"/"at" or led by a place ("Lisbon Format"):
            # a place or body unless another mention of the name is a person's
            placelike = (
                s > 0 and toks[s - 1].text in _LOCATIVE and doc[toks[s - 1].end : toks[s].start] == " "
            )
            placelike = placelike or (s > a and _place_qualifier(ctx, s - 1) and not evidence)
            placelike = placelike or (
                len(names) >= 2 and bool(lookup_city(names[0]) or is_country_name(names[0]))
            )
            placelike = placelike or _place_context(ctx, s, names)
            out.append(
                _Mention(
                    toks[s].start,
                    last.end,
                    names,
                    evidence,
                    toks[s].start < ctx.headline_end,
                    bool(placelike) and not evidence and not last.poss,
                    titled,
                )
            )
    return out


_ORG_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:for|of|on)\s+(?:the\s+)?$")
_THE_AND = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+)+)(?:and|or)\s+$")


def _org_context(ctx: Ctx, a: int, s: int) -> bool:
    """The segment at s is inside a body, place or feature name, not a person's.

    "the West African X Y": an article before a run of place/group words; "Centre for X Y":
    an organisation noun and "for"/"of"; "the A B and X Y": coordinated with a feature name.
    """
    toks, doc = ctx.toks, ctx.doc
    start = toks[s].start
    if (
        s > a
        and doc[max(0, toks[a].start - 4) : toks[a].start] in ("the ", "The ")
        and all(_kind(ctx, k) == "stop" for k in range(a, s))
        and not _office_of_country(ctx, a, s)
        and not _posting_before(ctx, s)
    ):
        return True
    m = _ORG_OF.search(doc, max(0, start - 40), start)
    if m and _org_noun(m.group(1)):
        return True
    m = _THE_AND.search(doc, max(0, start - 60), start)
    return bool(
        m
        and not any(
            w in TITLE_CAPS or w in HONORIFICS or w.lower() in TITLE_HEADS for w in m.group(1).split()
        )
    )


# "of/for <Capitalised words> and <Capitalised words>": a portfolio being listed.
_PORTFOLIO = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w'’-]*\s+)+(?:and|&)\s+(?:[A-Z][\w'’-]*\s+)*$")


def _portfolio_context(ctx: Ctx, i: int) -> bool:
    """Token i follows a portfolio being listed under an office word.

    In "Minister of Foreign Affairs and Expatriates X Y" a plural, abstract or
    field noun up to the name still belongs to the title; the caller cuts such
    words off a segment of three or more, so the name keeps two.
    """
    toks = ctx.toks
    start = toks[i].start
    return bool(_PORTFOLIO.search(ctx.doc, max(0, start - 60), start)) and any(
        t.text.lower() in TITLE_HEADS for t in toks[max(0, i - 10) : i]
    )


# Endings of portfolio nouns ("Policy", "Housing", "Agriculture", "Tourism", "Expatriates",
# "Fisheries", "Sports", "Economics"); given names rarely end so.
_PORTFOLIO_ENDINGS = ("cy", "ing", "ure", "ism", "ates", "ies", "ts", "ics")


def _portfolio_noun(word: str) -> bool:
    """A word that names a field of government rather than a person."""
    if word in KEEP_HONORIFICS or word in HONORIFICS:
        return False
    return _common_noun(word) or word.lower().endswith(_PORTFOLIO_ENDINGS)


_POSTED_TO = re.compile(r"\s(?:to|in|at)\s+(?:the\s+)?$")


def _posting_before(ctx: Ctx, s: int) -> bool:
    """Token s follows a place that completes an office: "Ambassador to <place> <Name>".

    The place ends the title phrase ("Ambassador of A to B"), so the name after it is
    titled; without this the place right before it makes the name look like a place's.
    """
    cm = ctx.place[s - 1]
    prev = ctx.toks[s - 1]
    if ctx.doc[prev.end : ctx.toks[s].start] != " ":
        return False  # "... in Tehran. Campaigners say": a sentence ends at the place
    if cm is not None and cm.end == prev.end:
        start = cm.start
    elif lookup_city(prev.text):  # a city the country stage left to the name ("to Tehran Karen ...")
        start = prev.start
    else:
        return False
    pre = ctx.doc[max(0, start - 80) : start]
    if not _POSTED_TO.search(pre):
        return False
    words = re.findall(r"[A-Za-z-]+", re.split(r"[.;:]", pre)[-1])
    return any(w.lower() in TITLE_HEADS for w in words[-10:])


def _office_of_country(ctx: Ctx, a: int, s: int) -> bool:
    """Tokens a..s-1 are one country's full name after "of the": the office holder's country.

    "Minister of Foreign Affairs of the Kyrgyz Republic Aida Sydykova": the name
    follows its country, as in formal state-media titles; unlike "the West
    African X Y" the words before it name a state, not a region or a group.
    """
    cm = ctx.place[a]
    return (
        cm is not None
        and cm.kind == "name"
        # (a possessive inside the name, "Mongolian People's Republic", starts the run after it)
        and cm.start <= ctx.toks[a].start
        and cm.end == ctx.toks[s - 1].end
        and ctx.doc[max(0, cm.start - 7) : cm.start] in ("of the ", "Of the ")
    )


# Romance articles that open place and body names ("La Paz", "Los Pinos", "El Alto").
_PLACE_ARTICLES = frozenset({"La", "Las", "Los", "El", "Le", "Les", "Il", "Lo"})
# Lower-case nouns of settlements and areas: "the towns of X and Y" names places.
_PLACE_OF = re.compile(
    r"\b(?:towns?|cit(?:y|ies)|villages?|provinces?|regions?|districts?|states?|ports?|"
    r"islands?|municipalit(?:y|ies)|departments?|areas?|capital|crossings?|settlements?|"
    r"camps?|communit(?:y|ies))\s+of\s+(?:[A-Z][^\W\d_]*(?:[\s-]+[A-Z][^\W\d_]*)*\s*(?:,|and)\s+)*$"
)


def _place_context(ctx: Ctx, s: int, names: tuple[str, ...]) -> bool:
    """Written like a place: "La Y", "the towns of X and Y".

    Romance articles open place names, and a settlement noun + "of" introduces the
    places it lists. Such mentions are kept only when another one is a person's.
    """
    doc, t = ctx.doc, ctx.toks[s]
    if names[0] in _PLACE_ARTICLES and len(names) >= 2:
        return True
    before = doc[max(0, t.start - 120) : t.start]
    return bool(_PLACE_OF.search(before))


# Prepositions of place: an unsupported name right after one is a place ("at Bukit Raya").
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across"})
_EVENT_DETS = frozenset({"the", "The"})


def _org_noun(word: str) -> bool:
    """An organisation or place noun, singular or plural ("Lake"/"Lakes")."""
    return word in ORG_NOUNS or (word.endswith("s") and word[:-1] in ORG_NOUNS)


def _place_qualifier(ctx: Ctx, i: int) -> bool:
    """Token i is a country or city name (not a demonym nor a possessive) inside a run."""
    cm = ctx.place[i]
    if i > 0 and ctx.toks[i - 1].text in CONNECTORS:  # "Ambassador to Russia <name>"
        return False
    return (
        cm is not None and cm.kind in ("name", "city") and not ctx.toks[i].poss and ctx.toks[i].end == cm.end
    )


def _determiner_modifier(ctx: Ctx, s: int, e: int) -> bool:
    """'the <Name> <lower-case noun>': a name used as a modifier, not a person mention."""
    toks, doc = ctx.toks, ctx.doc
    if s == 0 or e >= len(toks) or toks[e - 1].poss:
        return False
    det, nxt = toks[s - 1], toks[e]
    return (
        det.text in _EVENT_DETS
        and doc[det.end : toks[s].start] == " "
        and doc[toks[e - 1].end : nxt.start] == " "
        and nxt.text[:1].islower()
        and nxt.text not in SPEECH_VERBS
        and nxt.text not in _NOT_NOUN_AFTER
    )


# Lower-case words after "the <Name>" that do not make the name a modifier.
_NOT_NOUN_AFTER = frozenset(
    {
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "who",
        "whose",
        "has",
        "had",
        "is",
        "was",
        "will",
    }
)


# Endings of abstract nouns, which are not personal names ("Cooperation", "Development").
_ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ness", "ism", "ship", "ity")


def _common_noun(word: str) -> bool:
    """A capitalised common noun standing alone ("Diplomats said", "Cooperation said").

    Plurals of common nouns and abstract nouns are frequent English words whose
    lower-case singular is frequent too; surnames that look like plurals ("Williams")
    are rare enough alone, without a first name or title, to be left out as well.
    """
    from wordfreq import zipf_frequency

    low = word.lower()
    stems: list[str] = []
    if low.endswith("s") and not low.endswith("ss"):
        stems = [low[:-1]] + ([low[:-2]] if low.endswith("es") else [])
        if low.endswith("ies"):
            stems.append(low[:-3] + "y")
    if any(st in TITLE_HEADS for st in stems):  # "Negotiators", "Envoys"
        return True
    if zipf_frequency(low, "en") < 3.0:
        return False
    if low.endswith(_ABSTRACT_SUFFIXES):
        return True
    return any(zipf_frequency(st, "en") >= 3.0 for st in stems)


@lru_cache(maxsize=8192)
def _fold_translit(word: str) -> str:
    """A spelling key for transliterated names: 'Dmitriy'/'Dmitry', 'Yuriev'/'Yuryev'."""
    w = word.lower()
    for a, b in (
        ("iy", "i"),
        ("yi", "i"),
        ("ij", "i"),
        ("y", "i"),
        ("j", "i"),
        ("ii", "i"),
        ("kh", "h"),
        ("ks", "x"),
    ):
        w = w.replace(a, b)
    return w


@lru_cache(maxsize=8192)
def _core(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name tokens without keep-honorifics and suffixes, for comparing forms."""
    core = tuple(t for t in tokens if t not in KEEP_HONORIFICS and t not in SUFFIXES)
    return core or tokens


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two multi-word forms of one person: same surname and matching given names."""
    a, b = _core(a), _core(b)
    if a == b:
        return True
    if len(a) == len(b) >= 2 and tuple(map(_fold_translit, a)) == tuple(map(_fold_translit, b)):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if (
        len(short) >= 2
        and len(long_) >= 3
        and long_[: len(short)] == short
        and not any(t in NAME_PARTICLES or t in CAP_PARTICLES for t in long_)
    ):
        return True  # "Ahmad Fauzi" for "Ahmad Fauzi Mokhtar": the given names, as Malay usage has it
    if a[-1] != b[-1]:
        return False
    if len(short) >= 2 and long_[-len(short) :] == short and short[0] not in KEEP_HONORIFICS:
        return True  # a compound surname alone: "Abu X" in "Y Abu X", "Ó X" in "Z Ó X"
    it = iter(long_)
    if short[0] == long_[0] and all(t in it for t in short):
        return True  # "Anna Lindqvist" in "Anna Maria Lindqvist"
    for abbr, full in ((short, long_), (long_, short)):
        given = abbr[:-1]
        if given and all(len(t) == 1 and t.isupper() for t in given):
            # "R. G. Pillai" for "Raghunath Gopal Pillai": initials of the given names, in order
            initials = iter(t[0] for t in full[:-1] if len(t) > 1)
            if all(t in initials for t in given):
                return True
    # transliteration or short form of the given name ("Dmitry"/"Dmitri", "Tom"/"Thomas")
    f1, f2 = a[0].lower(), b[0].lower()
    return len(a) == len(b) == 2 and (
        f1.startswith(f2) or f2.startswith(f1) or (f1[:3] == f2[:3] and abs(len(f1) - len(f2)) <= 1)
    )


def _merge(ctx: Ctx, cands: list[_Mention]) -> list[_P]:
    persons: list[_P] = []
    for c in cands:
        if c.in_headline or len(_core(c.tokens)) < 2:
            continue
        for p in persons:
            if _compatible(p.tokens, c.tokens):
                if len(c.tokens) > len(p.tokens):
                    p.tokens = c.tokens
                break
        else:
            persons.append(_P(c.tokens))
    for c in cands:
        core = _core(c.tokens)
        target: _P | None = None
        if len(core) >= 2:
            target = next((p for p in persons if _compatible(p.tokens, c.tokens)), None)
        else:
            w = core[0]
            multi = [p for p in persons if len(_core(p.tokens)) >= 2]
            pool = [p for p in multi if _core(p.tokens)[-1] == w]
            # "Al-Tayeb" for "Kamal Eldin al-Tayeb": an article prefix capitalised at the start
            pool = pool or [p for p in multi if "-" in w and _core(p.tokens)[-1].lower() == w.lower()]
            pool = pool or [p for p in multi if _core(p.tokens)[0] == w]
            pool = pool or [p for p in multi if _fold_translit(_core(p.tokens)[-1]) == _fold_translit(w)]
            # first of two surnames ("Ana García López" -> "García")
            pool = pool or [p for p in multi if len(_core(p.tokens)) >= 3 and w in _core(p.tokens)[1:-1]]
            pool = pool or [p for p in persons if _core(p.tokens) == (w,)]
            if len(pool) > 1:
                before = [p for p in pool if p.mentions and p.mentions[-1].start < c.start]
                if before:
                    pool = [max(before, key=lambda p: p.mentions[-1].start)]
            if pool:
                target = pool[0]
            elif (
                c.evidence
                and not c.in_headline
                and w.lower() not in ctx.lower_vocab
                and (c.titled or not _common_noun(w))
            ):
                target = _P(c.tokens)
                persons.append(target)
        if target is not None:
            target.mentions.append(c)
            target.forms.setdefault(c.tokens, None)
    return [
        p
        for p in persons
        if any(not m.in_headline for m in p.mentions) and not all(m.placelike for m in p.mentions)
    ]


# ---------------------------------------------------------------------------
# Main entry
# ---------------------------------------------------------------------------


def _place_per_token(toks: list[Tok], countries: list[CountryMention]) -> list[CountryMention | None]:
    """Per token, the country mention it starts inside of; by bisection, as mentions are few."""
    starts = [t.start for t in toks]
    out: list[CountryMention | None] = [None] * len(toks)
    for c in sorted(countries, key=lambda c: c.start, reverse=True):  # earlier ones win overlaps
        for i in range(bisect_left(starts, c.start), bisect_left(starts, c.end)):
            out[i] = c
    return out


_NICKNAME = re.compile(r"[A-Z][^\W\d_]* [\"“‘'][A-Z][^\W\d_]*[\"”’'] (?=[A-Z])")
_NICKNAME_AT = re.compile(r"(?<![^\W\d_])" + _NICKNAME.pattern)  # the same, from a word start


def _drop_nicknames(doc: str, toks: list[Tok]) -> list[Tok]:
    """Drop a quoted nickname inside a name ('Maria "Mia" Lopez') and join the name around it."""
    if '"' not in doc and "“" not in doc and "‘" not in doc:
        return toks
    # the quoted word of every nickname pattern; only those tokens can be dropped
    quoted = {m.start() + m.group().index(" ") + 2 for m in _NICKNAME_AT.finditer(doc)}
    if not quoted:
        return toks
    out = []
    for i, t in enumerate(toks):
        if t.start in quoted and 0 < i < len(toks) - 1:
            prev = toks[i - 1]
            if doc[prev.end : t.start] in (' "', " “", " ‘", " '") and _NICKNAME.match(doc, prev.start):
                continue
        out.append(t)
    return out


def find_persons(doc: str, sentences: list[Sentence], countries: list[CountryMention]) -> list[Person]:
    """Every named person in ``doc``, mentions merged, with titles and country."""
    nl = doc.find("\n\n")
    headline_end = nl if nl >= 0 else 0
    toks = _drop_nicknames(doc, tokenize(doc))
    ctx = Ctx(
        doc,
        toks,
        _place_per_token(toks, countries),
        {c.start: c for c in countries},
        frozenset(_LOWER_WORD.findall(doc)),
        frozenset(s.start for s in sentences),
        headline_end,
        frozenset(m.group(1) for m in _EA_SURNAME.finditer(doc)) & NON_NAME,
    )
    org_names = {m.group(1) for m in _ORG_APPOSITIVE.finditer(doc)}
    org_names |= {m.group(1) for m in _ORG_APPOSITIVE_AFTER.finditer(doc)}
    ps = [p for p in _merge(ctx, _candidates(ctx)) if " ".join(p.tokens) not in org_names]
    sent_starts = [s.start for s in sentences]

    def sentence_of(pos: int) -> Sentence:
        if not sentences:
            return Sentence(0, len(doc), 0)
        return sentences[max(0, bisect_left(sent_starts, pos + 1) - 1)]

    out: list[Person] = []
    pre_evidence: dict[int, tuple[int, str]] = {}  # mention start -> (sentence start, code)
    for p in ps:
        p.mentions.sort(key=lambda m: m.start)
        forms = list(p.forms)
        always_keep = all(any(t in KEEP_HONORIFICS for t in f) for f in forms)

        def clean(f: tuple[str, ...], keep: bool = always_keep) -> str:
            return " ".join(t for t in f if keep or t not in KEEP_HONORIFICS)

        best = max(forms, key=lambda f: (len(_core(f)), len(f), sum(map(len, f))))
        name = clean(best)
        aliases = list(dict.fromkeys(a for a in map(clean, forms) if a != name))
        person = Person(name=name, aliases=aliases)
        for m in p.mentions:
            person.mentions.append(PersonMention(m.start, m.end, doc[m.start : m.end]))
            if m.in_headline:
                continue
            sent = sentence_of(m.start)
            pre = pre_title(ctx, m.start, sent.start)
            post = post_title(ctx, m.end, sent.end)
            cop = copula_title(ctx, m.end, sent.end)
            for code, span, title in (pre, post, cop):
                if title is not None:
                    person.titles.append(title)
                if code and person.country is None:
                    person.country, person.country_evidence = code, span
            if pre[0]:
                pre_evidence[m.start] = (sent.start, pre[0])
        out.append(person)
    group_titles(ctx, out)
    infer_countries(ctx, out, countries, sentence_of, pre_evidence)
    for person in out:
        seen: dict[str, None] = {}
        titles = []
        for t in person.titles:
            if t.title not in seen:
                seen[t.title] = None
                titles.append(t)
        person.titles = titles
    return out
