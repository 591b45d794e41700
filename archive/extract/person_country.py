"""The country a person represents, when no title next to a name says it.

Runs after mention finding and title reading (``persons.find_persons``) and fills
``Person.country`` from the wider article: coordinated titles ("Afghan President X
and Foreign Minister Y"), "X of Kenya", nameless descriptions that refer back
("the Kenyan president"), offices that are American without saying so, aides who
share their principal's country, and a last-resort guess for state office holders.
Kept apart from ``persons`` because it reasons over persons already found, not text
tokens, and its rules follow the annotation guidelines rather than name shapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archive.extract.lexicon import LEADER_HEADS
from archive.extract.person_context import Ctx, mention_index
from archive.extract.records import CountryMention, Person
from archive.extract.text import Sentence
from archive.extract.titles import window_words

# Titles that, without a country word, still mean a US office (when the US is mentioned).
_US_TITLES = re.compile(
    r"\b(?:secretary of state|senator|sen\b|congress(?:wo)?man|national security adviser|"
    r"press secretary|secretary of defen[cs]e|defen[cs]e secretary|fbi|cia|white house|"
    r"state department|pentagon|house speaker|attorney general|national security council)",
    re.I,
)


def infer_countries(
    ctx: Ctx,
    out: list[Person],
    countries: list[CountryMention],
    sentence_of: Callable[[int], Sentence],
    pre_evidence: dict[int, tuple[int, str]],
) -> None:
    """Countries of the persons that their titles did not give (run after the titles)."""
    doc, headline_end = ctx.doc, ctx.headline_end
    us_in_doc = any(c.code == "US" for c in countries)
    # "Afghan President X and Foreign Minister Y": Y shares X's country
    idx = mention_index(out)
    for k, (s, _e, pi) in enumerate(idx):
        person = out[pi]
        if person.country or k == 0:
            continue
        ps_, pe_, pj = idx[k - 1]
        between = doc[pe_:s]
        coordinated = re.fullmatch(r"\s+and\s+[\w\s.'’-]{0,60}", between) is not None
        if (
            coordinated
            and pj != pi
            and ps_ in pre_evidence
            and sentence_of(ps_).start == sentence_of(s).start
        ):
            person.country = pre_evidence[ps_][1]
    # "Sen. X of Ohio", "X of Kenya"
    for person in out:
        if person.country is not None:
            continue
        for m in person.mentions:
            om = re.match(r"\s+of\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})", doc[m.end : m.end + 40])
            if om:
                cm = ctx.cstart.get(m.end + om.start(1))
                if cm is not None:
                    person.country, person.country_evidence = cm.code, (cm.start, cm.end)
                    break
    # nameless descriptions ("the Kenyan president") refer back to a person
    idx = mention_index(out)
    starts = [m[0] for m in idx]
    for pos, code, head in _descriptions(ctx, set(starts)):
        sent = sentence_of(pos)
        prev = sentence_of(sent.start - 1) if sent.start > 0 else None
        near = list(dict.fromkeys(i for s_, _e, i in idx if prev and prev.start <= s_ < sent.start))
        # the antecedent is the previous sentence's first person, holding that office
        same = near[:1]
        if (
            same
            and out[same[0]].titles
            and not any(head in t.title.lower().split() for t in out[same[0]].titles)
        ):
            same = []
        for pi in same:
            person = out[pi]
            if person.country == code:
                break
            if person.country is None:
                person.country = code
                person.country_evidence = (pos, pos + 1)
                break
    _inline_descriptions(ctx, out, sentence_of)
    # offices that are American without saying so ("Secretary of State", "Sen.")
    if us_in_doc:
        for person in out:
            if person.country is None and any(_US_TITLES.search(t.title) for t in person.titles):
                person.country = "US"
    _national_titles(out, countries)
    _dateline_home(doc, out, countries, headline_end, sentence_of)
    _fallback_countries(doc, out, countries, headline_end, sentence_of)
    _dependent_countries(doc, out, sentence_of)


def _descriptions(ctx: Ctx, mention_starts: set[int]) -> list[tuple[int, str, str]]:
    """Nameless descriptions ('the Kenyan president', "Russia's foreign minister").

    Returns (start, code, head) for each one not followed by a name.
    """
    out: list[tuple[int, str, str]] = []
    doc = ctx.doc
    for cm in ctx.cstart.values():
        if cm.kind not in ("demonym", "name"):
            continue
        # only a sentence subject: "The Kenyan leader is ...", "Chile's president said"
        before = doc[max(0, cm.start - 6) : cm.start]
        poss = doc[cm.end : cm.end + 2] in ("'s", "’s")
        if before.endswith(("The ", "the ")):
            det_start = cm.start - 4
        elif poss:
            det_start = cm.start
        else:
            continue
        if det_start not in ctx.sent_starts and not re.search(
            r"(?:^|\n)\s*$", doc[max(0, det_start - 3) : det_start]
        ):
            continue
        win = window_words(ctx, cm.end + (2 if poss else 0), min(len(doc), cm.end + 50))
        for k, w in enumerate(win[:4]):
            if w.typ == "head":
                nxt = doc[w.end : w.end + 3].lstrip(" ,")
                nxt_pos = w.end + (len(doc[w.end : w.end + 3]) - len(nxt))
                if nxt_pos not in mention_starts and not (
                    k + 1 < len(win) and win[k + 1].typ in ("head", "conn")
                ):
                    out.append((cm.start, cm.code, w.text.lower()))
                break
            if w.typ not in ("mod", "cap"):
                break
    return out


def _inline_descriptions(ctx: Ctx, out: list[Person], sentence_of: Callable[[int], Sentence]) -> None:
    """'X and Y talked, the U.S. president invited the Russian leader': bind in order.

    A nameless leader description inside a sentence refers back to a person named
    earlier in that sentence; with several descriptions and as many such persons
    they pair off in order; a single one binds only an unambiguous antecedent.
    """
    doc = ctx.doc
    by_sent: dict[int, list[tuple[int, str, str]]] = {}
    for cm in ctx.cstart.values():
        if cm.kind not in ("demonym", "name") or cm.start < ctx.headline_end:
            continue
        poss = doc[cm.end : cm.end + 2] in ("'s", "’s")
        if not (poss or doc[max(0, cm.start - 4) : cm.start] in ("the ", "The ")):
            continue
        if re.search(
            r"\b(?:to|with|for|against|by|from|on|at|of)\s+(?:the\s+)?$",
            doc[max(0, cm.start - 12) : cm.start],
        ):
            continue  # the object of a preposition is someone else than the subject
        m = re.match(
            r"(?:['’]s)?\s+(?:(?:former|then|new|late|outgoing)\s+)?([a-z]+)\b", doc[cm.end : cm.end + 40]
        )
        if not m or m.group(1) not in LEADER_HEADS:
            continue
        if re.match(r"\s*,?\s*[A-Z]", doc[cm.end + m.end() : cm.end + m.end() + 4]):
            continue  # a title before a name, handled as a pre-name title
        by_sent.setdefault(sentence_of(cm.start).start, []).append((cm.start, cm.code, m.group(1)))
    if not by_sent:
        return
    idx = mention_index(out)
    for ss, descs in by_sent.items():
        first = descs[0][0]
        named = {out[i].country for s_, _e, i in idx if ss <= s_ < first}
        descs = [d for d in descs if d[1] not in named]  # already someone's: "X ... the Kenyan leader"
        if not descs:
            continue
        first = descs[0][0]
        cands = list(dict.fromkeys(i for s_, _e, i in idx if ss <= s_ < first and out[i].country is None))
        cands = [
            i
            for i in cands
            if not out[i].titles or any(d[2] in t.title.lower() for d in descs for t in out[i].titles)
        ]
        if len(descs) > 1 and len(cands) == len(descs):
            pairs = list(zip(cands, descs, strict=True))
        elif len(descs) == 1 and len(cands) == 1:
            pairs = [(cands[0], descs[0])]
        else:
            continue
        for pi, (pos, code, _head) in pairs:
            out[pi].country, out[pi].country_evidence = code, (pos, pos + 1)


_PLACE_PREP = re.compile(
    r"\b(?:in|to|from|at|into|toward|towards|via|visit|visited|visiting|across|near)\s+(?:the\s+)?$",
    re.I,
)


_COUNTERPART_AFTER = re.compile(r"\s+counterparts?\b")
# Titles held in one country only: their holder represents it (when it is mentioned).
_NATIONAL_TITLES = {"taoiseach": "IE", "tánaiste": "IE", "tanaiste": "IE"}


def _national_titles(out: list[Person], countries: list[CountryMention]) -> None:
    """'The Taoiseach, X': a title that exists in one country gives that country."""
    present = {c.code for c in countries}
    for person in out:
        if person.country is None:
            for t in person.titles:
                code = _NATIONAL_TITLES.get(t.title.lower())
                if code in present:
                    person.country = code
                    break


# "BANGKOK, June 18 - ", "NAIROBI (Reuters) - ", "ISLAMABAD: ": the dateline at the body start.
_DATELINE = re.compile(r"[A-Z][A-Z .'’/-]+(?:,\s*[A-Z][\w .]*?)?(?:\s*\([\w ]+\))?\s*(?:-+|—|–|:)\s")
_VISITING = re.compile(r"\bvisiting\s+(?:[\w-]+\s+){0,3}$", re.I)
_TRAVEL = re.compile(r"\b(?:(?:visit|trip|tour|journey)\s+to|arrived\s+in|flew\s+(?:in)?to)\b", re.I)
_TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w-]*|and|of|for|the))+\s+")


def _dateline_home(
    doc: str,
    out: list[Person],
    countries: list[CountryMention],
    headline_end: int,
    sentence_of: Callable[[int], Sentence],
) -> None:
    """A bare-titled office holder in a datelined story belongs to the dateline's country.

    News copy gives foreign officials a nationality ("the visiting Lao minister") and
    leaves the host's own officials bare ("Prime Minister X", "the spokesman, Y").
    """
    body = headline_end + len(doc[headline_end:]) - len(doc[headline_end:].lstrip())
    m = _DATELINE.match(doc, body, body + 60)
    if not m:
        return
    codes = {c.code for c in countries if body <= c.start < m.end() and c.kind in ("city", "name")}
    if len(codes) != 1:
        return  # no dateline, or several cities ("ANKARA/WASHINGTON")
    code = codes.pop()
    ends = sorted((c.end, c) for c in countries)
    for person in out:
        if person.country is not None or not _state_office(person):
            continue
        if any(c.surface in t.title for t in person.titles for c in countries):
            continue  # "the minister from Sweden": the title names another country
        if not any(_away(doc, x.start, code, ends, sentence_of) for x in person.mentions):
            person.country = code


def _away(
    doc: str,
    start: int,
    home: str,
    ends: list[tuple[int, CountryMention]],
    sentence_of: Callable[[int], Sentence],
) -> bool:
    """The mention at ``start`` is of a visitor or someone abroad, or its title names a country."""
    if _VISITING.search(doc[max(0, start - 40) : start]):
        return True
    sent = sentence_of(start)
    if _TRAVEL.search(doc, start, sent.end):
        return True
    for end, c in ends:
        if end > start:
            break
        if end >= start - 80 and _TITLE_GAP.fullmatch(doc, end, start):
            return True  # "Dutch Development Cooperation Minister X": a title the reader missed
        if (
            sent.start <= c.start
            and c.code != home
            and c.kind == "city"
            and doc[c.start - 3 : c.start] in ("in ", "In ")
        ):
            return True  # "at a briefing in Moscow"
    return False


def _fallback_countries(
    doc: str,
    out: list[Person],
    countries: list[CountryMention],
    headline_end: int,
    sentence_of: Callable[[int], Sentence],
) -> None:
    """Last resort: a country the article names but no person represents yet.

    Only holders of a state office ("President X", "Foreign Minister Y") are
    guessed: such a person whose sentences name exactly one unclaimed country
    gets it, else the article's clearly dominant unclaimed country. Analysts,
    reporters and private persons stay null: their sentences name the countries
    they talk about, not their own (GUIDELINES: null when the article does not tell).
    """
    claimed = {p.country for p in out if p.country}
    sent_codes: dict[int, list[str]] = {}
    for c in countries:
        # a destination or venue ("arrived in Moscow", "Ambassador to Russia") is no nationality
        before = doc[max(0, c.start - 12) : c.start]
        if _PLACE_PREP.search(before):
            continue
        # a country name used attributively ("the Chile accord") is a topic, not a nationality
        if _attributive(doc, c, before):
            continue
        # "X and his Nicaraguan counterpart": the counterpart's country, not X's
        if _COUNTERPART_AFTER.match(doc, c.end):
            continue
        if c.start >= headline_end:
            sent_codes.setdefault(sentence_of(c.start).start, []).append(c.code)
    sent_people: dict[int, set[str]] = {}
    for p in out:
        if p.country:
            for m in p.mentions:
                sent_people.setdefault(sentence_of(m.start).start, set()).add(p.country)
    counts: dict[str, int] = {}
    for c in countries:
        if c.start >= headline_end and c.code not in claimed:
            counts[c.code] = counts.get(c.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    dominant = None
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
        dominant = ranked[0][0]
    for person in out:
        if person.country is not None or not _state_office(person):
            continue
        near: dict[str, int] = {}
        for m in person.mentions:
            if m.start < headline_end:
                continue
            ss = sentence_of(m.start).start
            taken = sent_people.get(ss, set())
            for code in sent_codes.get(ss, ()):
                if code not in taken:
                    near[code] = near.get(code, 0) + 1
        if near:
            best = sorted(near.items(), key=lambda kv: -kv[1])
            if len(best) == 1 or best[0][1] > best[1][1]:
                person.country = best[0][0]
                continue
        if dominant:
            person.country = dominant


_AIDE_OF = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:(?:senior|chief|top|deputy|personal|close)\s+)?"
    r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|assistant|lawyer|attorney)\s+(?:for|of|to)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
_ACCOMPANIED = re.compile(r"\baccompanied\b(?:\s+\w+){0,4}?\s+by\s+(?:[\w.-]+\s+){0,4}$")


def _dependent_countries(doc: str, out: list[Person], sentence_of: Callable[[int], Sentence]) -> None:
    """An aide or companion shares the country of the person they serve or accompany.

    "<Name>, a spokesman for <Principal>" and "<Principal>, accompanied by <title> <Name>"
    take the principal's country, or none when the principal's is unknown (a guess
    from nearby country words would be about the principal's topic, not the aide).
    """
    idx = mention_index(out)
    for k, (s, e, pi) in enumerate(idx):
        nxt = idx[k + 1] if k + 1 < len(idx) else None
        if nxt is not None and nxt[2] != pi and _AIDE_OF.fullmatch(doc[e : nxt[0]]):
            if out[pi].country_evidence is None or out[nxt[2]].country is not None:
                out[pi].country = out[nxt[2]].country
            continue
        sent = sentence_of(s)
        if out[pi].country is None and _ACCOMPANIED.search(doc[max(sent.start, s - 90) : s]):
            first = next((i for a, _b, i in idx if sent.start <= a < s and i != pi), None)
            if first is not None and out[first].country:
                out[pi].country = out[first].country


def _attributive(doc: str, c: CountryMention, before: str) -> bool:
    """'the Chile accord': a one-word country name that does not take 'the' is a modifier.

    Names that do take the article ("the United States", "the U.S.") are left alone.
    """
    w = c.surface
    if c.kind != "name" or " " in w or "." in w or w.isupper() or w.endswith("s"):
        return False
    return before.endswith(("the ", "The ")) and doc[c.end : c.end + 2][1:2].islower()


_STATE_OFFICE = LEADER_HEADS | {
    "secretary",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
}


def _state_office(person: Person) -> bool:
    """The person holds an office of a state (not 'secretary general' of a body)."""
    for t in person.titles:
        words = re.findall(r"[a-z-]+", t.title.lower())
        if "general" not in words and any(w in _STATE_OFFICE for w in words):
            return True
        # a capitalised adviser's office is a government post ("Trade Adviser X")
        if t.title[:1].isupper() and words and words[-1] in ("adviser", "advisor"):
            return True
    return False
