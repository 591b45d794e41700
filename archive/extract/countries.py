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
    phrase_table,
)
from archive.extract.records import CountryMention

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
        and (w,) not in phrases
        and not _at_sentence_start(doc, tok[0])
    )


def _part_of_name(
    doc: str, toks: list[tuple[int, int, str]], i: int, j: int, phrases: dict, headline_end: int
) -> bool:
    """True when tokens i..j-1 look like a piece of a personal or organisation name."""
    if toks[i][0] < headline_end:  # title-case headlines capitalise everything
        return False
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


def _variant(word: str) -> str:
    """Title-case an all-caps word ("KABUL" -> "Kabul") for headlines and datelines."""
    if len(word) > 3 and word.isupper() and "." not in word:
        return word.title()
    return word


def find_countries(doc: str) -> list[CountryMention]:
    """Every country mention in ``doc``: names, demonyms, cities, government bodies."""
    phrases, first = phrase_table()
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(doc)]
    nl = doc.find("\n\n")
    headline_end = nl if nl >= 0 else 0
    out: list[CountryMention] = []
    n = len(toks)
    i = 0
    while i < n:
        w0 = toks[i][2]
        maxl = max(first.get(w0, 0), first.get(_variant(w0), 0))
        hit: tuple[int, Entry] | None = None
        for length in range(min(maxl, n - i), 0, -1):
            j = i + length
            if any(
                (
                    doc[toks[k - 1][1] : toks[k][0]] not in _GAP_OK
                    and doc[toks[k - 1][1] : toks[k][0]].strip() not in _GAP_OK
                )
                or "\n" in doc[toks[k - 1][1] : toks[k][0]]
                for k in range(i + 1, j)
            ):
                continue
            words = tuple(t[2] for t in toks[i:j])
            entry = phrases.get(words)
            if entry is None:
                entry = phrases.get(tuple(_variant(w) for w in words))
            if entry is not None:
                hit = (j, entry)
                break
        if hit is None:
            i += 1
            continue
        j, entry = hit
        if entry.code is not None:
            check = entry.kind == "city" or (j == i + 1 and w0 in AMBIGUOUS_PERSON_COUNTRIES)
            if not (check and _part_of_name(doc, toks, i, j, phrases, headline_end)):
                s, e = toks[i][0], toks[j - 1][1]
                out.append(CountryMention(entry.code, s, e, doc[s:e], entry.kind))
        i = j
    return out
