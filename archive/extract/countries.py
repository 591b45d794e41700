"""Country mentions: names, demonyms, cities and government bodies in a document.

One left-to-right pass over word tokens, trying the longest gazetteer phrase at
each token (dict lookups only), so a 600-word article takes about a millisecond.

Public helpers: ``find_countries(doc)``.
"""

from __future__ import annotations

import re

from archive.extract.gazetteer import (
    AMBIGUOUS_PERSON_COUNTRIES,
    NEUTRAL_CAPS,
    ORG_AFTER_CITY,
    TOKEN_RE,
    Entry,
    fold,
    phrase_table,
)
from archive.extract.lexicon import TITLE_HEADS
from archive.extract.records import CountryMention

# "Minister of Foreign Affairs of Georgia", "King of Jordan": an office of the state before "of"
_OFFICE_BEFORE_OF = TITLE_HEADS | {"affairs", "relations", "cooperation", "government", "republic", "kingdom"}
_GAP_OK = frozenset({"", "-", ".", "'", "’", ". "})
_SENT_START = re.compile(r"(?:^|[.!?:;\"“‘(\n]\s*|\n)$")


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _at_sentence_start(doc: str, start: int) -> bool:
    return bool(_SENT_START.search(doc[max(0, start - 3) : start]))


def _name_like(doc: str, tok: tuple[int, int, str], phrases: dict) -> bool:
    """A capitalised token that is not a neutral word nor a place: likely part of a name."""
    w = tok[2]
    return (
        _cap(w)
        and not w.isupper()
        and w not in NEUTRAL_CAPS
        and getattr(phrases.get((w,)), "kind", "town") == "town"  # a town counts only when placed
        and not _at_sentence_start(doc, tok[0])
    )


def _part_of_name(
    doc: str, toks: list[tuple[int, int, str]], i: int, j: int, phrases: dict, headline_end: int
) -> bool:
    """True when tokens i..j-1 look like a piece of a personal or organisation name."""
    if toks[i][0] < headline_end:  # title-case headlines capitalise everything
        return False
    if i >= 2 and toks[i - 1][2] == "of" and toks[i - 2][2].lower() in _OFFICE_BEFORE_OF:
        return False  # "Minister of Foreign Affairs of Georgia Levan X", "King of Jordan": the state
    if j < len(toks):
        nxt = toks[j]
        gap = doc[toks[j - 1][1] : nxt[0]]
        if gap == " " and (nxt[2] in ORG_AFTER_CITY or _name_like(doc, nxt, phrases)):
            return True
    if i > 0:
        prv = toks[i - 1]
        gap = doc[prv[1] : toks[i][0]]
        if gap == " " and _name_like(doc, prv, phrases):
            return True
    return False


# Seats of blocs: the city used as the bloc's metonym ("Brussels wants ...") names the
# bloc, not the host country; as a place ("talks in Brussels") it counts.
_BLOC_SEATS = frozenset({"Brussels"})
_PLACE_PREPS = frozenset(
    {"in", "at", "to", "from", "near", "via", "and", "or", "visit", "visited", "of", "outside"}
)
_NEXT_WORD = re.compile(r"[’']?s?\s*([^\W\d_]+)?")
_PREV_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _language_use(doc: str, s: int, e: int) -> bool:
    """'written in Spanish.', 'spoke in Russian,': a language, not the country."""
    return doc[max(0, s - 3) : s] == "in " and (e >= len(doc) or doc[e] in '.,;:!?"”’)')


def _bloc_metonym(doc: str, s: int, e: int) -> bool:
    """A bloc seat acting as subject ("Brussels wanted ..."), not placed by a preposition."""
    prev = _PREV_WORD.search(doc, max(0, s - 20), s)
    if prev and prev.group(1).lower() in _PLACE_PREPS:
        return False
    nxt = _NEXT_WORD.match(doc, e)
    return bool(nxt and nxt.group(1) and nxt.group(1)[0].islower())


# Water bodies named after a country ("Gulf of X", "Sea of the X"): a feature, not the country.
_WATER_OF = re.compile(r"\b(?:Gulf|Sea|Lake|Bay|Straits?|Bight|Gulph)\s+of\s+(?:the\s+)?$")


def _not_country(doc: str, kind: str, word: str, s: int, e: int) -> bool:
    """A language ("in Spanish."), a water body ("Gulf of X") or a bloc seat as metonym."""
    if _WATER_OF.search(doc, max(0, s - 20), s):
        return True
    if kind == "demonym":
        return _language_use(doc, s, e)
    return kind == "city" and word in _BLOC_SEATS and _bloc_metonym(doc, s, e)


# A preposition that places something in the following town ("talks in X").
_PLACED = re.compile(r"\b(?:in|at|to|from|near|outside|visited|visiting)\s+$")


def _joins(gap: str) -> bool:
    """The text between two tokens may sit inside one place name ("Guinea-Bissau", "St. Kitts")."""
    return (gap in _GAP_OK or gap.strip() in _GAP_OK) and "\n" not in gap


def _variant(word: str) -> str:
    """Title-case an all-caps word ("KABUL" -> "Kabul") for headlines and datelines."""
    if len(word) >= 3 and word.isupper() and "." not in word:  # ("ABU DHABI", "SAN JOSE")
        return word.title()
    return word


def find_countries(doc: str) -> list[CountryMention]:
    """Every country mention in ``doc``: names, demonyms, cities, government bodies."""
    phrases, first = phrase_table()
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(doc)]
    nl = doc.find("\n\n")
    headline_end = nl if nl >= 0 else 0
    out: list[CountryMention] = []
    name_cities: set[str] = set()  # one-word cities seen as a surname ("Anna Lublin")
    n = len(toks)
    # only words that may open a phrase are tried: most words open none
    texts = [t[2] for t in toks]
    capsed = [w.isupper() and len(w) >= 3 for w in texts]  # words _variant changes
    starts = [k for k, w in enumerate(texts) if w in first or capsed[k] or not w.isascii()]
    done = 0  # tokens before this index belong to a phrase already read
    for i in starts:
        if i < done:
            continue
        w0 = toks[i][2]
        maxl = first.get(w0, 0)
        if w0.isupper():
            maxl = max(maxl, first.get(_variant(w0), 0))
        if not w0.isascii():
            maxl = max(maxl, first.get(fold(w0), 0))
        elif not maxl:
            continue
        hit: tuple[int, Entry] | None = None
        reach = i + 1  # tokens i..reach-1 are joined by gaps a phrase may contain
        while reach < min(i + maxl, n) and _joins(doc[toks[reach - 1][1] : toks[reach][0]]):
            reach += 1
        for j in range(reach, i, -1):
            words = tuple(texts[i:j])
            entry = phrases.get(words)
            if entry is None and any(capsed[i:j]):
                entry = phrases.get(tuple(_variant(w) for w in words))
            if entry is None and not words[0].isascii():
                entry = phrases.get(tuple(fold(w) for w in words))
            if entry is not None:
                hit = (j, entry)
                break
        if hit is None and not w0.isascii():
            hit = _syllable_hit(doc, toks, i, phrases)
        if hit is None:
            continue
        j, entry = hit
        done = j
        if entry.kind == "town":
            if not _PLACED.search(doc, max(0, toks[i][0] - 12), toks[i][0]):
                continue
            entry = Entry(entry.code, "city")
        if entry.code is not None:
            check = entry.kind == "city" or (j == i + 1 and w0 in AMBIGUOUS_PERSON_COUNTRIES)
            s, e = toks[i][0], toks[j - 1][1]
            if check and _part_of_name(doc, toks, i, j, phrases, headline_end):
                if entry.kind == "city" and j == i + 1 and _after_name(doc, toks, i, phrases, headline_end):
                    name_cities.add(w0)
            elif not _not_country(doc, entry.kind, w0, s, e):
                out.append(CountryMention(entry.code, s, e, doc[s:e], entry.kind))
    # one sense per article: a city word that ends a personal name is that name everywhere
    return [m for m in out if not (m.kind == "city" and m.surface in name_cities)]


def _syllable_hit(
    doc: str, toks: list[tuple[int, int, str]], i: int, phrases: dict
) -> tuple[int, Entry] | None:
    """A place written in spaced syllables with diacritics ("Đà Nẵng" for "Danang")."""
    for j in (i + 3, i + 2):
        if j > len(toks) or any(doc[toks[k - 1][1] : toks[k][0]] != " " for k in range(i + 1, j)):
            continue
        words = [fold(t[2]) for t in toks[i:j]]
        if not all(w[:1].isupper() and w[1:].islower() and len(w) <= 5 for w in words):
            continue
        entry = phrases.get((words[0] + "".join(w.lower() for w in words[1:]),))
        if entry is not None and entry.code is not None:
            return j, entry
    return None


def _after_name(doc: str, toks: list[tuple[int, int, str]], i: int, phrases: dict, headline_end: int) -> bool:
    """Token i closes a personal name: a name-like capitalised word right before it."""
    if i == 0 or toks[i][0] < headline_end:
        return False
    prv = toks[i - 1]
    return doc[prv[1] : toks[i][0]] == " " and _name_like(doc, prv, phrases)
