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
from dataclasses import dataclass

from archive.extract.lexicon import (
    COMPANY_WORDS,
    HONORIFICS,
    KEEP_HONORIFICS,
    KIN_WORDS,
    LEADER_HEADS,
    SPEECH_VERBS,
    TITLE_ABBR,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from archive.extract.person_context import Ctx, countries_between, mention_index
from archive.extract.records import CountryMention, Person
from archive.extract.text import Sentence
from archive.extract.titles import Word, introductory_clause, pre_title, window_words

# Titles that, without a country word, still mean a US office (when the US is mentioned).
_US_TITLES = re.compile(
    r"\b(?:secretary of state|senator|sen\b|congress(?:wo)?man|national security adviser|"
    r"press secretary|secretary of defen[cs]e|defen[cs]e secretary|fbi|cia|white house|"
    r"state department|pentagon|house speaker|attorney general|national security council)",
    re.I,
)


# Strength of a piece of evidence; a person's country is the strongest one's.
EXPLICIT = 6  # the person's own title or apposition: "Kenyan Foreign Minister X", "X of Kenya"
STATED = 5  # a headline title, a delegation led, a coordinated title, a counterpart list
RELATION = 4  # kin or aide of a person whose country is known, member of a delegation
REFERENCE = 3  # a nameless description, an office of one country, the other side of a counterpart
HOST = 2  # the dateline's or a government seat's country for a bare-titled office holder
GUESS = 1  # the one unclaimed country near a state office holder


@dataclass(slots=True)
class Evidence:
    """One reason to give a person a country."""

    code: str
    strength: int
    span: tuple[int, int] | None
    rule: str


class Board:
    """Evidence and exclusions per person; ``settle`` gives each the strongest country.

    An exclusion ("X met his Kenyan counterpart": X is not Kenyan) vetoes evidence
    weaker than ``STATED``: a guess never beats what the text says about a person.
    """

    def __init__(self, persons: list[Person]) -> None:
        self.persons = persons
        self.ev: list[list[Evidence]] = [[] for _ in persons]
        self.excluded: list[set[str]] = [set() for _ in persons]
        self.soft_excluded: list[set[str]] = [set() for _ in persons]  # "X met Y": a guess only
        self.no_weak: list[bool] = [False] * len(persons)
        self.counterpart: dict[int, str] = {}  # "X met his <D> counterpart": X -> D
        self.counterpart_of: dict[int, int] = {}  # "X met his counterpart Z": Z -> X
        self.partners: list[tuple[int, int]] = []  # "X met Y", "X was received by Y"
        self.visited: dict[int, str] = {}  # "X flew into Nairobi": X -> KE
        for i, p in enumerate(persons):
            if p.country:
                self.add(i, p.country, EXPLICIT, p.country_evidence, "title")

    def add(self, pi: int, code: str | None, strength: int, span: tuple[int, int] | None, rule: str) -> None:
        if code:
            self.ev[pi].append(Evidence(code, strength, span, rule))

    def exclude(self, pi: int, code: str | None, soft: bool = False) -> None:
        """Rule ``code`` out for person ``pi``; a soft exclusion only vetoes a guess."""
        if code:
            (self.soft_excluded if soft else self.excluded)[pi].add(code)

    def best(self, pi: int) -> Evidence | None:
        found: Evidence | None = None
        for e in self.ev[pi]:
            if e.strength < STATED and e.code in self.excluded[pi]:
                continue
            if e.strength <= GUESS and e.code in self.soft_excluded[pi]:
                continue
            if self.no_weak[pi] and e.strength <= HOST:
                continue
            if found is None or e.strength > found.strength:
                found = e
        return found

    def strength(self, pi: int) -> int:
        b = self.best(pi)
        return b.strength if b else 0

    def settle(self) -> None:
        for i, p in enumerate(self.persons):
            b = self.best(i)
            p.country = b.code if b else None
            p.country_evidence = b.span if b else None


def infer_countries(
    ctx: Ctx,
    out: list[Person],
    countries: list[CountryMention],
    sentence_of: Callable[[int], Sentence],
    pre_evidence: dict[int, tuple[int, str]],
) -> list[Evidence | None]:
    """Countries of the persons, from the strongest evidence the article gives (run after titles).

    Returns the evidence chosen for each person (None where the article does not tell).
    """
    doc, headline_end = ctx.doc, ctx.headline_end
    board = Board(out)
    idx = mention_index(out)
    # "Afghan President X and Foreign Minister Y": Y shares X's country
    for k, (s, _e, pi) in enumerate(idx):
        if k == 0:
            continue
        ps_, pe_, pj = idx[k - 1]
        between = doc[pe_:s]
        # not when Y's own title has a possessive or a country ("and Kosovo's Prime Minister Y")
        coordinated = re.fullmatch(r"\s+and\s+[\w\s.'’-]{0,60}", between) is not None
        coordinated = (
            coordinated and not re.search(r"\w['’]s\b", between) and not countries_between(ctx, pe_, s)
        )
        if (
            coordinated
            and pj != pi
            and ps_ in pre_evidence
            and sentence_of(ps_).start == sentence_of(s).start
        ):
            board.add(pi, pre_evidence[ps_][1], STATED, None, "coordinated")
    # "Sen. X of Ohio", "X of Kenya"
    for pi, person in enumerate(out):
        for m in person.mentions:
            om = re.match(r"\s+of\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})", doc[m.end : m.end + 40])
            if om:
                cm = ctx.cstart.get(m.end + om.start(1))
                if cm is not None:
                    board.add(pi, cm.code, EXPLICIT, (cm.start, cm.end), "of-country")
                    break
    explicit_evidence(ctx, out, board, sentence_of)
    board.settle()
    relation_evidence(ctx, out, board, sentence_of)
    board.settle()
    other_side(ctx, out, board, countries)
    board.settle()
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
            if person.country is None and code not in board.excluded[pi]:
                board.add(pi, code, REFERENCE, (pos, pos + 1), "description")
                break
    _inline_descriptions(ctx, out, board, sentence_of)
    # offices that are American without saying so ("Secretary of State", "Sen.")
    if any(c.code == "US" for c in countries):
        for pi, person in enumerate(out):
            if person.country is None and any(_US_TITLES.search(t.title) for t in person.titles):
                board.add(pi, "US", REFERENCE, None, "us-office")
    _national_titles(out, board, countries)
    board.settle()
    host_evidence(ctx, out, board, countries, sentence_of)
    board.settle()
    _dateline_home(doc, out, board, countries, headline_end, sentence_of)
    board.settle()
    other_side(ctx, out, board, countries)  # now that the hosts have their country
    board.settle()
    _fallback_countries(doc, out, board, countries, headline_end, sentence_of)
    board.settle()
    _dependent_countries(doc, out, board, sentence_of)
    relation_evidence(ctx, out, board, sentence_of, fill_only=True)
    board.settle()
    return [board.best(i) for i in range(len(out))]


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


def _inline_descriptions(
    ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]
) -> None:
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
            board.add(pi, code, REFERENCE, (pos, pos + 1), "inline-description")


_PLACE_PREP = re.compile(
    r"\b(?:in|to|from|at|into|toward|towards|via|visit|visited|visiting|across|near)\s+(?:the\s+)?$",
    re.I,
)


# A lower-case noun after a demonym that is no person or side ("Afghan peace process").
_TOPIC_NOUN = re.compile(
    r"\s+(?!(?:government|officials?|authorities|side|delegation|people|leaders?|forces|army|military|"
    r"ministry|embassy|state|president|minister|diplomats?|counterparts?)\b)[a-z]{3,}\b"
)
_COUNTERPART_AFTER = re.compile(r"\s+counterparts?\b")
# Titles held in one country only: their holder represents it (when it is mentioned).
_NATIONAL_TITLES = {"taoiseach": "IE", "tánaiste": "IE", "tanaiste": "IE"}


def _national_titles(out: list[Person], board: Board, countries: list[CountryMention]) -> None:
    """'The Taoiseach, X': a title that exists in one country gives that country."""
    present = {c.code for c in countries}
    for pi, person in enumerate(out):
        if person.country is None:
            for t in person.titles:
                code = _NATIONAL_TITLES.get(t.title.lower())
                if code in present:
                    board.add(pi, code, REFERENCE, (t.start, t.end), "national-title")
                    break


# "BANGKOK, June 18 - ", "NAIROBI (Reuters) - ", "ISLAMABAD: ": the dateline at the body start.
_DATELINE = re.compile(r"[A-Z][A-Z .'’/-]+(?:,\s*[A-Z][\w .]*?)?(?:\s*\([\w ]+\))?\s*(?:-+|—|–|:)\s")
_VISITING = re.compile(r"\bvisiting\s+(?:[\w-]+\s+){0,3}$", re.I)
_TRAVEL = re.compile(r"\b(?:(?:visit|trip|tour|journey)\s+to|arrived\s+in|flew\s+(?:in)?to)\b", re.I)
_TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w-]*|and|of|for|the))+\s+")


def dateline_country(doc: str, countries: list[CountryMention], headline_end: int) -> str | None:
    """The country of the dateline city ("NAIROBI, June 3 -"), when there is exactly one."""
    body = headline_end + len(doc[headline_end:]) - len(doc[headline_end:].lstrip())
    m = _DATELINE.match(doc, body, body + 60)
    if not m:
        return None
    codes = {c.code for c in countries if body <= c.start < m.end() and c.kind in ("city", "name")}
    return codes.pop() if len(codes) == 1 else None  # not "ANKARA/WASHINGTON"


def _dateline_home(
    doc: str,
    out: list[Person],
    board: Board,
    countries: list[CountryMention],
    headline_end: int,
    sentence_of: Callable[[int], Sentence],
) -> None:
    """A bare-titled office holder in a datelined story belongs to the dateline's country.

    News copy gives foreign officials a nationality ("the visiting Lao minister") and
    leaves the host's own officials bare ("Prime Minister X", "the spokesman, Y").
    """
    code = dateline_country(doc, countries, headline_end)
    if code is None:
        return
    ends = sorted((c.end, c) for c in countries)
    for pi, person in enumerate(out):
        if person.country is not None or not _state_office(person, doc) or code in board.excluded[pi]:
            continue
        if any(c.surface in t.title for t in person.titles for c in countries):
            continue  # "the minister from Sweden": the title names another country
        if not any(_away(doc, x.start, code, ends, sentence_of) for x in person.mentions):
            board.add(pi, code, HOST, None, "dateline")


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
    board: Board,
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
    sent_codes: dict[int, list[tuple[str, float]]] = {}
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
            # "the Afghan peace process": a demonym on a thing is a topic, weaker than "Pakistan's"
            topic = c.kind == "demonym" and _TOPIC_NOUN.match(doc, c.end) is not None
            sent_codes.setdefault(sentence_of(c.start).start, []).append((c.code, 0.5 if topic else 1.0))
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
    for pi, person in enumerate(out):
        untitled = not person.titles and len(person.mentions) >= 3
        if person.country is not None or not (untitled or _state_office(person, doc)):
            continue
        excluded = board.excluded[pi] | board.soft_excluded[pi]
        near: dict[str, float] = {}
        for m in person.mentions:
            if m.start < headline_end:
                continue
            ss = sentence_of(m.start).start
            taken = sent_people.get(ss, set())
            for code, weight in sent_codes.get(ss, ()):
                if code not in taken and code not in excluded:
                    near[code] = near.get(code, 0) + weight
        if near:
            best = sorted(near.items(), key=lambda kv: -kv[1])
            # an untitled main actor ("Putin") only on a country named in two of his sentences
            if (len(best) == 1 or best[0][1] > best[1][1]) and (not untitled or best[0][1] >= 2):
                board.add(pi, best[0][0], GUESS, None, "near")
                continue
        if dominant and dominant not in excluded and not untitled:
            board.add(pi, dominant, GUESS, None, "dominant")


_AIDE_OF = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:(?:senior|chief|top|deputy|personal|close)\s+)?"
    r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|assistant|lawyer|attorney)\s+(?:for|of|to)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
_ACCOMPANIED = re.compile(r"\baccompanied\b(?:\s+\w+){0,4}?\s+by\s+(?:[\w.-]+\s+){0,4}$")


def _dependent_countries(
    doc: str, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]
) -> None:
    """An aide or companion shares the country of the person they serve or accompany.

    "<Name>, a spokesman for <Principal>" and "<Principal>, accompanied by <title> <Name>"
    take the principal's country, or none when the principal's is unknown (a guess
    from nearby country words would be about the principal's topic, not the aide).
    """
    idx = mention_index(out)
    for k, (s, e, pi) in enumerate(idx):
        nxt = idx[k + 1] if k + 1 < len(idx) else None
        if nxt is not None and nxt[2] != pi and _AIDE_OF.fullmatch(doc[e : nxt[0]]):
            principal = out[nxt[2]].country
            if principal:
                board.add(pi, principal, RELATION, None, "aide")
            elif board.strength(pi) < EXPLICIT:
                board.no_weak[pi] = True  # the principal's topic is no clue to the aide's country
            continue
        sent = sentence_of(s)
        if out[pi].country is None and _ACCOMPANIED.search(doc[max(sent.start, s - 90) : s]):
            first = next((i for a, _b, i in idx if sent.start <= a < s and i != pi), None)
            if first is not None and out[first].country:
                board.add(pi, out[first].country, RELATION, None, "companion")


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
    "vice-president",
    "amir",
    "undersecretary",
    "under-secretary",
    "prince",
    "princess",
    "crown-prince",
    "commander",
    "commander-in-chief",
    "general",
}
# International bodies and blocs: their officials represent no country.
_INTERNATIONAL = frozenset(
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


def _state_office(person: Person, doc: str | None = None) -> bool:
    """The person holds an office of a state (not 'secretary general' of a body, not 'community leader').

    With ``doc``, the words just before each title count too ("European Commission's vice-president").
    """
    for t in person.titles:
        words = re.findall(r"[a-z-]+", t.title.lower())
        near = re.findall(r"[a-z-]+", doc[max(0, t.start - 30) : t.start].lower()) if doc else []
        if any(w in _INTERNATIONAL for w in words + near[-3:]):
            continue
        body = re.search(r"\bof\s+the\s+((?:[A-Z][\w'’-]*\s*)+)", t.title)
        if body and any(w in _PRIVATE_BODY for w in body.group(1).split()):
            continue
        heads = [k for k, w in enumerate(words) if w in _STATE_OFFICE]
        if heads and words[heads[0]] == "leader" and any(w not in TITLE_MODIFIERS for w in words[: heads[0]]):
            continue  # "community leader", "rebel leader"
        if heads and not re.search(r"\b(?:secretary|director|attorney)[- ]general\b", t.title.lower()):
            return True
        # a capitalised adviser's office is a government post ("Trade Adviser X")
        if t.title[:1].isupper() and words and words[-1] in ("adviser", "advisor"):
            return True
    return False


# --- evidence read from the text around a name -------------------------------------------

_HONORIFIC_WORDS = frozenset(w.lower() for w in HONORIFICS | KEEP_HONORIFICS | TITLE_ABBR)
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_BY = re.compile(r"\s+by\s+")
_LIST_SEP_BEFORE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_DELEGATION_NOUNS = r"(?:delegation|delegations|side|team|mission|contingent)"
_LED_BY = re.compile(
    r"(?:\s+(?:to|at|for|in)\s+[^,.;]{1,40}?)?"  # "the Kenyan delegation to the Rome talks"
    r"\s*,?\s*(?:which\s+|who\s+)?(?:was\s+|is\s+|will\s+be\s+|were\s+)?(?:led|headed)\s+by\s+"
)
_DELEGATION_OF = re.compile(r"\b(?:delegation|team|mission)\s+of\s+(?:the\s+)?$")
_LEADS = re.compile(
    r"\s*,?\s+(?:who\s+)?(?:(?:once|also|then|later|previously|again)\s+)?"
    r"(?:led|leads|headed|heads|will\s+lead|is\s+leading|was\s+leading)\s+"
    r"(?:the\s+|a\s+|an\s+|his\s+country's\s+|her\s+country's\s+)?(?:delegation\s+of\s+(?:the\s+)?)?$"
)
_HEAD_OF = re.compile(r"\s*,\s*(?:the\s+)?(?:head|leader|chief)\s+of\s+(?:the\s+|a\s+)?$")
_MEMBER_OF = re.compile(
    r"\s*,?\s*(?:(?:a|the)\s+member\s+of|part\s+of|who\s+(?:was|is|were)\s+(?:a\s+member|part)\s+of|"
    r"(?:who\s+)?(?:joined|accompanied|travell?ed\s+with))\s+(?:the|a|his|her)\s+(?:[\w'’]+\s+){0,2}?delegation\b"
)
_DEMONYM_APPOS = re.compile(
    r"\s*,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?(?:a|an|the)\s+((?:[a-z][\w-]*\s+){0,2}?)$"
)
_SERVED_AS = re.compile(
    r"\s*,?\s*who\s+(?:\w+\s+){0,2}?(?:served|serves|is|was|became|had\s+been|has\s+been)\s+"
    r"(?:as\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:former|then|new|first)\s+)?$"
)
_OF_BODY = re.compile(r"\s*,\s*(?:now\s+)?(?:a\s+|an\s+|the\s+)?((?:[\w-]+\s+){1,5}?)(?:of|for)\s+")
_NAMED_BODY_OF = re.compile(
    r"\s*,\s*(?:a\s+|an\s+|the\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)\s+of\s+the\s+"
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,8}?)(?:of|in)\s+(?:the\s+)?"
)
_REPRESENTS = re.compile(
    r"\s*,?\s*(?:who\s+(?:represents|represented|will\s+represent|was\s+representing|is\s+representing)|"
    r"representing)\s+(?:the\s+)?"
)
_COPULA_POSS = re.compile(
    r"\s+(?:has\s+become|had\s+become|became|becomes|is|was|remains|remained)\s+(?:the\s+)?(?:new\s+)?$"
)
_NOT_MODIFIER = frozenset({"of", "to", "in", "at", "for", "on", "with", "from", "and", "or", "by", "who"})


def _is_head(w: Word) -> bool:
    """A title head, also inside a hyphenated compound ("commander-in-chief")."""
    low = w.text.lower()
    return w.typ == "head" or low == "lady" or ("-" in low and low.split("-")[0] in TITLE_HEADS)


def _is_head_text(word: str) -> bool:
    low = word.rstrip(".").lower()
    return low in TITLE_HEADS or low == "lady" or low.split("-")[0] in TITLE_HEADS


def _kind(ctx: Ctx, w: Word) -> str | None:
    """The gazetteer kind of a country word ("demonym", "name"...); None for a party word."""
    cm = ctx.cstart.get(w.start)
    return cm.kind if cm is not None else None


_CAPS_TAIL = re.compile(r"(,?)(\s*)((?:[A-Z][\w.-]*\s+){0,3})$")
_CAP_WORD = re.compile(r"[A-Z][\w.-]*\s+")
_LAST_WORD = re.compile(r"([^\W\d_][\w'’.-]*)\W*$")


def _honorific_gap(text: str) -> tuple[bool, int] | None:
    """The honorifics between a title phrase and a name: "..., Senior General " or "... Dr ".

    Returns (set off by a comma, length of the gap at the end of ``text``); the longest
    run of honorifics wins.
    """
    m = _CAPS_TAIL.search(text)
    if m is None:
        return None
    words = list(_CAP_WORD.finditer(text, m.start(3), m.end(3)))
    for n in range(len(words), -1, -1):
        start = words[len(words) - n].start() if n else len(text)
        head = text[:start].rstrip()
        comma = head.endswith(",")
        allowed = _HONORIFIC_WORDS | TITLE_HEADS | TITLE_MODIFIERS if comma else _HONORIFIC_WORDS
        if all(w.group().strip().rstrip(".").lower() in allowed for w in words[len(words) - n :]):
            return comma, len(text) - (len(head) - 1 if comma else len(head))
    return None


def _pre_appositive(ctx: Ctx, m_start: int, sent_start: int) -> tuple[str, tuple[int, int]] | None:
    """ "Chile's mining minister, Ana X", "Kenya's Plantation Industries Minister X": the phrase's country.

    A title phrase before the name (and its honorifics), set off by a comma or not. With a
    comma it opens with a determiner or a possessive country; without one, with a
    possessive country or a demonym. It ends in a title head, or a head and its
    capitalised portfolio ("Minister for Economic Affairs"). Its country is a leading one
    ("the Kenyan ...", "Kenya's ...") or the complement of "of" ("the leader of Kenya's
    ruling party"), never a place after "to"/"in" ("ambassador to Chile").
    """
    doc = ctx.doc
    gap = _honorific_gap(doc[max(sent_start, m_start - 60) : m_start])
    if gap is None:
        return None
    comma, gap_len = gap
    end = m_start - gap_len
    if not countries_between(ctx, max(sent_start, end - 140), end):
        return None  # no country word in reach: nothing to read (and no word window to build)
    last = _LAST_WORD.search(doc, max(sent_start, end - 40), end)
    if last is None or not (last.group(1)[:1].isupper() or _is_head_text(last.group(1))):
        return None  # a phrase ends in a title head or a capitalised portfolio word
    win = window_words(ctx, max(sent_start, end - 140), end)
    k = len(win) - 1
    # "the general secretary of Vietnam's Communist Party,", "Minister of State for X Affairs"
    j = k
    while j >= 0 and k - j < 9 and not (_is_head(win[j]) and (j == k or win[j + 1].typ == "conn")):
        w = win[j]
        portfolio = (
            w.text[:1].isupper() or w.text in ("of", "for", "and", "the", "on", "in") or w.typ == "mod"
        )
        if w.typ == "punct" or not portfolio:
            break
        j -= 1
    if j >= 0 and _is_head(win[j]) and (j == k or win[j + 1].typ == "conn"):
        k = j
    if k < 0 or not _is_head(win[k]):
        return None
    loose = 0
    opened = False  # the phrase opens with a determiner or a country
    while k >= 0:
        w = win[k]
        low = w.text.lower()
        if w.typ == "det" and low in ("the", "a", "an") and comma:
            opened = True
            break
        opens = w.typ == "country" and (w.poss or (not comma and _kind(ctx, w) == "demonym"))
        # "... with Niger's prime minister," opens; "envoy to Niger's ..." is a complement
        if opens and not (k >= 2 and win[k - 1].typ == "conn" and _is_head(win[k - 2])):
            opened = True
            break
        if w.typ in ("word", "det", "punct"):
            capital = w.typ == "word" and w.text[:1].isupper() and low not in _NOT_MODIFIER
            if not comma and not capital:
                break  # "... met Minister of Foreign Affairs of Kenya X": the title starts here
            if comma and (w.typ != "word" or low in _NOT_MODIFIER or w.text[:1].isupper()):
                return None
            loose += 1
            if loose > 3:
                return None
        k -= 1
    if not opened and comma:
        return None
    if comma and introductory_clause(doc, sent_start, win[k].start if opened else end, m_start):
        return None  # "After meeting Japan's prime minister, X said ..."
    phrase = win[k:] if opened else win[k + 1 :]
    if not phrase:
        return None
    first_head = next(i for i, w in enumerate(phrase) if _is_head(w))
    for i, w in enumerate(phrase):
        if w.typ != "country" or not w.code:
            continue
        prev = phrase[i - 1] if i > 0 else None
        if opened and i <= first_head and (prev is None or prev.typ != "conn"):
            return w.code, (w.start, w.end)
        of = prev is not None and prev.text.lower() == "of"
        if of and comma and (w.poss or i == len(phrase) - 1 or _kind(ctx, w) == "name"):
            return w.code, (w.start, w.end)
        if of and not opened and i == len(phrase) - 1:
            return w.code, (w.start, w.end)  # "Minister of Foreign Affairs of Kenya X"
    return None


def _post_evidence(ctx: Ctx, m_end: int, sent_end: int) -> tuple[str, tuple[int, int], str] | None:
    """After a name: ", 52, a Venezuelan who ...", ", a Kyrgyz farmer", ", who served as U.S. envoy",
    "became Uzbekistan's president"."""
    doc = ctx.doc
    tail_end = min(sent_end, m_end + 80)
    for cm in countries_between(ctx, m_end, tail_end):
        before = doc[m_end : cm.start]
        after = doc[cm.end : cm.end + 30]
        if cm.kind == "demonym":
            ma = _DEMONYM_APPOS.fullmatch(before)
            plain = ma is not None and not any(
                w in _NOT_MODIFIER or w in TITLE_HEADS for w in ma.group(1).split()
            )
            # "a Kyrgyz farmer", "a Venezuelan who ...", "the Kenyan envoy" (not "the Kenyan ministry said")
            nxt = re.match(r"\s+([a-z][\w-]*)", after)
            noun_ok = (nxt is None and re.match(r"\s*[,.;]", after)) or (
                nxt is not None and (not before.rstrip().endswith("the") or nxt.group(1) in TITLE_HEADS)
            )
            if plain and noun_ok and not after.startswith("-"):
                return cm.code, (cm.start, cm.end), "apposition"
        if _REPRESENTS.fullmatch(before):
            return cm.code, (cm.start, cm.end), "represents"
        # ", member of the Political Bureau of the Communist Party of China": a national body
        nb = _NAMED_BODY_OF.fullmatch(before)
        if nb and _is_head_text(nb.group(1).split()[-1]) and cm.kind == "name":
            inner = (nb.group(1) + " " + nb.group(2)).lower().split()
            if not any(w.strip(",") in _INTERNATIONAL for w in inner):
                return cm.code, (cm.start, cm.end), "body-of-country"
        # ", goodwill ambassador for Japan's football federation": the body's country
        ob = _OF_BODY.fullmatch(before)
        words = ob.group(1).split() if ob else []
        if (
            words
            and doc[cm.end : cm.end + 2] in ("'s", "’s")
            and _is_head_text(words[-1])
            and not any(w.lower() in _NOT_OCCUPATION for w in words)
        ):
            return cm.code, (cm.start, cm.end), "office-of-body"
        if _SERVED_AS.fullmatch(before) or (
            _COPULA_POSS.fullmatch(before) and doc[cm.end : cm.end + 2] in ("'s", "’s")
        ):
            win = window_words(
                ctx, cm.end + 2 * (doc[cm.end : cm.end + 1] in "'’"), min(sent_end, cm.end + 50)
            )
            heads = [k for k, w in enumerate(win[:4]) if w.typ == "head"]
            if heads and all(w.typ in ("mod", "cap", "head") for w in win[: heads[0]]):
                return cm.code, (cm.start, cm.end), "served-as"
        break  # only the first country after the name
    return None


_OCCUPATIONS = [re.compile(r"\s((?:[a-z]+\s+){" + str(n) + r"})$") for n in (1, 2)]
_NOT_OCCUPATION = SPEECH_VERBS | frozenset(
    [
        "met",
        "meets",
        "told",
        "tells",
        "and",
        "or",
        "the",
        "a",
        "an",
        "who",
        "that",
        "which",
        "with",
        "by",
        "for",
        "from",
        "to",
        "of",
        "in",
        "on",
        "at",
        "as",
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "have",
        "will",
        "would",
        "said",
        "says",
        "say",
        "tell",
        "ask",
        "urge",
        "warn",
        "meet",
        "call",
        "accuse",
        "blame",
        "praise",
        "thank",
        "hosts",
        "welcome",
    ]
)


def _demonym_occupations(ctx: Ctx, out: list[Person], board: Board) -> None:
    """'British engineer X', 'the Kenyan runner X': a demonym and a common noun right before a name.

    Read in the headline too, where such a phrase often is the only nationality given.
    """
    doc = ctx.doc
    ends = {c.end: c for c in ctx.cstart.values() if c.kind == "demonym"}
    for pi, person in enumerate(out):
        if person.country is not None:
            continue
        for m in person.mentions:
            for occ in _OCCUPATIONS:
                om = occ.search(doc, max(0, m.start - 30), m.start)
                if om is None:
                    continue
                words = om.group(1).split()
                if any(w in _NOT_OCCUPATION or w.endswith(("ed", "ing")) for w in words) or (
                    words[-1].endswith("s") and not words[-1].endswith("ss")
                ):
                    continue  # a verb or a plural ("Kenyan police say X", "Russian troops X")
                cm = ends.get(om.start())
                if cm is not None and doc[cm.start - 1 : cm.start] != "-":
                    board.add(pi, cm.code, STATED, (cm.start, cm.end), "demonym-occupation")
                    break
            else:
                continue
            break


def _counterpart_lists(ctx: Ctx, out: list[Person], board: Board) -> None:
    """'his Brazilian, Argentine and Paraguayan counterparts, A, B and C': pair them in order."""
    doc = ctx.doc
    starts = {m.start: (i, m.end) for i, p in enumerate(out) for m in p.mentions}
    ends = {c.end: c for c in ctx.cstart.values() if c.kind in ("demonym", "name")}
    for m in re.finditer(r"\bcounterparts\s*,?\s+", doc):
        codes: list[CountryMention] = []
        cm = ends.get(m.start() - 1) if doc[m.start() - 1 : m.start()] == " " else None
        while cm is not None:
            codes.insert(0, cm)
            sep = _LIST_SEP_BEFORE.search(doc, max(0, cm.start - 8), cm.start)
            cm = ends.get(sep.start()) if sep else None
        if len(codes) < 2:
            continue
        members: list[int] = []
        pos = m.end()
        while pos in starts and len(members) < len(codes):
            pi, end = starts[pos]
            members.append(pi)
            sep = _SEP.match(doc, end)
            if not sep:
                break
            pos = sep.end()
        if len(members) == len(codes):
            for pi, cm in zip(members, codes, strict=True):
                board.add(pi, cm.code, STATED, (cm.start, cm.end), "counterpart-list")


def _delegations(ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]) -> None:
    """'the Kenyan delegation, led by X', 'X led the Kenyan delegation', 'X, a member of the delegation'."""
    doc = ctx.doc
    idx = mention_index(out)
    found: list[tuple[int, str]] = []  # (end of the delegation phrase, code)
    for cm in sorted(ctx.cstart.values(), key=lambda c: c.start):
        if cm.kind not in ("demonym", "name", "body") or cm.start < ctx.headline_end:
            continue
        dm = re.match(
            r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,2}?" + _DELEGATION_NOUNS + r"\b", doc[cm.end : cm.end + 40]
        )
        if dm is not None:
            noun_end = cm.end + dm.end()
        elif _DELEGATION_OF.search(doc, max(0, cm.start - 20), cm.start):
            noun_end = cm.end  # "the delegation of Kenya was led by X"
        else:
            continue
        if dm is None or "delegation" in dm.group(0):
            found.append((noun_end, cm.code))
        sent = sentence_of(cm.start)
        led = _LED_BY.match(doc, noun_end)
        if (
            led is None
            and re.search(r"\band\s+(?:the\s+)?$", doc[max(sent.start, cm.start - 10) : cm.start])
            and re.search(r"\b(?:led|headed)\s+by\b", doc[sent.start : cm.start])
        ):
            led = _BY.match(doc, noun_end)  # "... and the Kenyan side by X"
        if led:
            nxt = next((x for x in idx if led.end() <= x[0] < min(sent.end, led.end() + 80)), None)
            if nxt is not None and _only_title_words(doc[led.end() : nxt[0]]):
                board.add(nxt[2], cm.code, STATED, (cm.start, cm.end), "delegation-led")
            continue
        prev = next((x for x in reversed(idx) if sent.start <= x[1] <= cm.start), None)
        if prev is not None and (
            _LEADS.fullmatch(doc, prev[1], cm.start) or _HEAD_OF.fullmatch(doc, prev[1], cm.start)
        ):
            board.add(prev[2], cm.code, STATED, (cm.start, cm.end), "delegation-led")
    if not found:
        return
    for s, e, pi in idx:
        mm = _MEMBER_OF.match(doc, e)
        if mm is None:
            continue
        inner = next((c for c in ctx.cstart.values() if e <= c.start < mm.end()), None)
        if inner is not None:
            board.add(pi, inner.code, STATED, (inner.start, inner.end), "delegation-member")
            continue
        earlier = {code for end, code in found if end <= s}
        if len(earlier) == 1:
            board.add(pi, earlier.pop(), RELATION, None, "delegation-member")


def _only_title_words(gap: str) -> bool:
    """The words between 'led by' and a name are a title ('Home Minister', 'Union Minister for ...')."""
    for w in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", gap):
        low = w.lower()
        if not (
            w[:1].isupper() or low in TITLE_HEADS or low in TITLE_MODIFIERS or low in ("of", "for", "the")
        ):
            return False
    return "," not in gap.strip(" ,") and len(gap) < 80


def explicit_evidence(
    ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]
) -> None:
    """What the text states about a person: appositions, delegations led, counterpart lists, headline titles."""
    for pi, person in enumerate(out):
        if person.country is not None:
            continue  # its own title already names the country: nothing stronger to find
        for m in person.mentions:
            if m.start < ctx.headline_end:
                continue
            sent = sentence_of(m.start)
            pre = _pre_appositive(ctx, m.start, sent.start)
            if pre:
                board.add(pi, pre[0], EXPLICIT, pre[1], "pre-apposition")
                break
            post = _post_evidence(ctx, m.end, sent.end)
            if post:
                board.add(pi, post[0], EXPLICIT, post[1], post[2])
                break
    _counterpart_lists(ctx, out, board)
    _demonym_occupations(ctx, out, board)
    # "X (Kenya) and Y (Uganda)"
    for pi, person in enumerate(out):
        for m in person.mentions:
            pm = _PAREN_COUNTRY.match(ctx.doc, m.end)
            cm = ctx.cstart.get(pm.start(1)) if pm else None
            if pm is not None and cm is not None and cm.end == pm.end(1):
                board.add(pi, cm.code, EXPLICIT, (cm.start, cm.end), "parenthesis")
                break
    # "her counterpart from Kenya, X", "X, from Kenya,"
    starts = {m.start: i for i, p in enumerate(out) for m in p.mentions}
    ends = {m.end: i for i, p in enumerate(out) for m in p.mentions}
    for cm in ctx.cstart.values():
        if cm.kind != "name" or cm.start < ctx.headline_end:
            continue
        if _COUNTERPART_FROM.search(ctx.doc, max(0, cm.start - 30), cm.start):
            after = re.match(r"\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", ctx.doc[cm.end : cm.end + 8])
            who = starts.get(cm.end + (after.end() if after else 0))
            if who is not None:
                board.add(who, cm.code, EXPLICIT, (cm.start, cm.end), "counterpart-from")
        fm = _FROM_COUNTRY.search(ctx.doc, max(0, cm.start - 20), cm.start)
        if fm and re.match(r"\s*[,.;)]", ctx.doc[cm.end : cm.end + 2]):
            who = ends.get(fm.start())
            if who is not None:
                board.add(who, cm.code, STATED, (cm.start, cm.end), "from-country")
    _delegations(ctx, out, board, sentence_of)
    # a headline title ("Kenyan envoy X freed") when the body gives none
    for pi, person in enumerate(out):
        if board.ev[pi]:
            continue
        for m in person.mentions:
            if m.start < ctx.headline_end:
                code, span, _t = pre_title(ctx, m.start, 0)
                if code:
                    board.add(pi, code, STATED, span, "headline")
                    break


# --- relations between persons -----------------------------------------------------------

_AIDE_WORDS = r"(?:deputy|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|assistant|envoy|secretary)"
_KIN = r"(?:" + "|".join(sorted(KIN_WORDS)) + r")"
_POSS_DEPENDENT = re.compile(
    r"['’]s\s+(?:(?:chief|senior|top|deputy|personal|special|eldest|youngest|younger|elder)\s+)?(?:"
    + _KIN
    + "|"
    + _AIDE_WORDS
    + r")\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
_ACCOMPANIES = re.compile(
    r"\s*,?\s*(?:who\s+(?:is\s+|was\s+|has\s+|had\s+)?)?(?:accompanied|accompanies|accompanying|"
    r"travell?ing\s+with|travell?ed\s+with)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w-]*\s+){0,3}"
)
_PAREN_COUNTRY = re.compile(r"\s*\(([^()\n]{2,40})\)")
_COUNTERPART_FROM = re.compile(r"\bcounterparts?\s+(?:from|of)\s+(?:the\s+)?$")
_FROM_COUNTRY = re.compile(r"\s*,\s*(?:who\s+is\s+)?from\s+(?:the\s+)?$")
_HIS_KIN = re.compile(
    r"\b(?:his|her)\s+(?:(?:chief|senior|top|deputy|personal|special)\s+)?(?:"
    + _KIN
    + "|"
    + _AIDE_WORDS
    + r")\s*,?\s+$"
)
_BARE_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+counterparts?\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
_HIS_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+$")
_MET_BEFORE = re.compile(
    r"\b(?:received\s+by|welcomed\s+by|hosted\s+by|met\s+by|met|meets|meeting|received|receives|hosted|hosts|"
    r"welcomed|welcomes|held\s+(?:talks|a\s+meeting|phone\s+talks|a\s+phone\s+call)\s+with|talks\s+with|"
    r"talked\s+(?:to|with)|spoke\s+(?:to|with)|called\s+on|call\s+on|phoned|telephoned)\s+((?:with\s+)?"
    r"(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?)$"
)
_RECEPTION = re.compile(r"\b(?:received|hosted|welcomed)\b|\bcall(?:ed)?\s+on\b")
# A clause that joins two persons without making them meet each other.
_MEETS_NOT = re.compile(r"\b(?:and|or|said|says|told|after|before|while|when)\b")
_SAME_SIDE = re.compile(
    r"\b(?:accompanied|joined|flanked|along\s+with|together\s+with|and\s+his|and\s+her|own)\b"
)
_TRAVELS = re.compile(
    r"(?:(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|journey)\s+to)|"  # "X's state visit to"
    r"(?:\s*,\s*who\s+|\s+)(?:(?:has|had|have|was|is|also|later|then|first|recently|just)\s+)*"
    r"(?:flew|arrived|travell?ed|landed|visited)\s*(?:in|into|to|on\s+to)?)\s+(?:the\s+)?$"
)


def _previous_other(idx: list[tuple[int, int, int]], k: int, sent_start: int) -> tuple[int, int, int] | None:
    """The nearest mention before idx[k] in its sentence that is of another person."""
    for j in range(k - 1, -1, -1):
        if idx[j][0] < sent_start:
            return None
        if idx[j][2] != idx[k][2]:
            return idx[j]
    return None


def relation_evidence(
    ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence], fill_only: bool = False
) -> None:
    """Kin and aides share their principal's country; counterparts and hosts are of another.

    "P's son, X" and "P and his wife, X" give X P's country. "X met his Kenyan
    counterpart", "X met Y" (Y's country known), "X flew into the Kenyan capital" say
    which country X is *not*, which vetoes the weak guesses below.
    """
    doc = ctx.doc
    idx = mention_index(out)
    for k, (s, _e, pi) in enumerate(idx):
        if fill_only and out[pi].country is not None:
            continue
        sent = sentence_of(s)
        lo = max(sent.start, s - 80)
        prior = _previous_other(idx, k, sent.start)
        earlier = [prior] if prior is not None else []
        dep = None
        if earlier and (_POSS_DEPENDENT.fullmatch(doc, earlier[-1][1], s) or _HIS_KIN.search(doc, lo, s)):
            dep = earlier[-1][2]
        nxt = idx[k + 1] if k + 1 < len(idx) else None
        if nxt is not None and nxt[2] != pi and _ACCOMPANIES.fullmatch(doc, _e, nxt[0]):
            dep = nxt[2]  # "X, who accompanied Y": X travels with Y's side
        if dep is not None and out[dep].country and (fill_only or board.strength(dep) >= REFERENCE):
            board.add(pi, out[dep].country, RELATION, None, "kin-or-aide")
    if fill_only:
        return
    # exclusions
    for cm in ctx.cstart.values():
        if cm.kind not in ("demonym", "name") or cm.start < ctx.headline_end:
            continue
        if not re.match(r"(?:['’]s)?\s+counterparts?\b", doc[cm.end : cm.end + 16]):
            continue
        if not _HIS_COUNTERPART.search(doc, max(0, cm.start - 8), cm.start):
            continue
        sent = sentence_of(cm.start)
        prev = [x for x in idx if sent.start <= x[0] and x[1] <= cm.start]
        if prev:
            board.exclude(prev[-1][2], cm.code)
            board.counterpart[prev[-1][2]] = cm.code
    # "X met his counterpart Z": Z is not of X's country
    starts = {x[0]: x for x in idx}
    for m in _BARE_COUNTERPART.finditer(doc, ctx.headline_end):
        z = starts.get(m.end())
        sent = sentence_of(m.start())
        x = next((y for y in reversed(idx) if sent.start <= y[0] and y[1] <= m.start()), None)
        if z is None or x is None or x[2] == z[2]:
            continue
        code = out[x[2]].country
        if code and board.strength(x[2]) >= REFERENCE:
            board.exclude(z[2], code)
            board.counterpart.setdefault(z[2], code)
            board.counterpart_of.setdefault(z[2], x[2])
    for k, (s, e, pi) in enumerate(idx):
        sent = sentence_of(s)
        prior = _previous_other(idx, k, sent.start)
        before = [prior] if prior is not None and s - prior[1] <= 160 else []
        verb = _MET_BEFORE.search(doc, max(sent.start, s - 60), s)
        if before and verb and _only_title_words(verb.group(1)):
            x = before[-1]
            gap = doc[x[1] : s]
            if not _SAME_SIDE.search(gap) and not _MEETS_NOT.search(gap):
                board.partners.append((x[2], pi))
                # one may meet one's own side, but a host who receives a guest is of another
                soft = _RECEPTION.search(verb.group(0)) is None
                for a, b in ((x[2], pi), (pi, x[2])):
                    if out[a].country and board.strength(a) >= REFERENCE:
                        board.exclude(b, out[a].country, soft=soft)
        for cm in countries_between(ctx, e, min(sent.end, e + 90)):
            if _TRAVELS.fullmatch(doc, e, cm.start) and not any(e < x[0] < cm.start for x in idx):
                board.exclude(pi, cm.code)
                board.visited.setdefault(pi, cm.code)
            break


def other_side(ctx: Ctx, out: list[Person], board: Board, countries: list[CountryMention]) -> None:
    """'X met his Kenyan counterpart' in a two-country story: X is of the other country.

    Only when one country other than the counterpart's clearly leads the article's mentions.
    """
    counts: dict[str, int] = {}
    for c in countries:
        if c.start >= ctx.headline_end:
            counts[c.code] = counts.get(c.code, 0) + 1
    # a visitor who met the host's officials ("X flew into Nairobi ... met the Kenyan minister")
    visitors = [
        v
        for v, code in board.visited.items()
        if any(code == out[b].country for a, b in board.partners if a == v)
        or any(code == out[a].country for a, b in board.partners if b == v)
    ]
    for pi in [*board.counterpart, *visitors]:
        if out[pi].country is not None:
            continue  # a counterpart or visitor of officials holds an office: no state-office test
        host = board.visited.get(board.counterpart_of.get(pi, -1))
        if host and host not in board.excluded[pi]:
            board.add(pi, host, REFERENCE, None, "host-counterpart")  # X flew to D and met his counterpart
            continue
        ranked = sorted(((n, c) for c, n in counts.items() if c not in board.excluded[pi]), reverse=True)
        if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] >= 1.5 * ranked[1][0]):
            board.add(pi, ranked[0][1], REFERENCE, None, "other-side")


# --- hosts --------------------------------------------------------------------------------

_HOSTED_BY = re.compile(
    r"\b(?:(?:received|welcomed|hosted|greeted)\s+by|call(?:ed|s|ing)?\s+on|pa(?:y|id|ys)\s+(?:a\s+)?"
    r"(?:courtesy\s+)?call\s+on)\s+((?:the\s+)?(?:[\w.'’-]+\s+){0,5})$"
)
# "... travel to Port Sudan to meet army chief General X": X is the host there
_TRAVEL_TO_MEET = re.compile(
    r"\b(?:travel\w*|fl(?:y|ew|ies|ying)|go(?:es|ing)?|went|head\w*|return\w*|visit\w*)\s+(?:on\s+)?to\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:on\s+\w+\s+)?(?:to|and)\s+"
    r"(?:meet|met|see|hold\s+talks\s+with|held\s+talks\s+with|talk\s+with)\s+((?:with\s+)?(?:[\w.'’-]+\s+){0,5}?)$"
)
_HOSTS = re.compile(
    r"\s+(?:(?:also|later|then|first)\s+)?(?:received|hosted|welcomed|receives|hosts|welcomes)\s+"
    r"(?!(?:a|an)\s+(?:[\w-]+\s+)?(?:call|message|letter|report)\b)"  # a call has no place
)
_DESTINATION = re.compile(
    r"\b(?:(?:visit|trip|tour|journey|mission)\s+to|arrived\s+in|arrives\s+in|flew\s+(?:in)?to|"
    r"travel(?:l?ed|l?ing)\s+to|landed\s+in|"
    r"(?:visited|visiting|visits)(?=\s+[A-Z]))\s+(?:the\s+)?$"
)


def _destination(ctx: Ctx, countries: list[CountryMention]) -> str | None:
    """The country the story's visit goes to ("visit to Lithuania", "arrived in Vilnius").

    The most frequent destination; on a tie the first told (the lead's). Onward plans
    ("will travel to X") are no destination: only visits and past or ongoing travel count.
    """
    counts: dict[str, int] = {}
    for c in countries:
        placed = c.kind in ("name", "city", "body") and c.start >= ctx.headline_end
        if placed and _DESTINATION.search(ctx.doc, max(0, c.start - 30), c.start):
            counts[c.code] = counts.get(c.code, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda code: counts[code])  # dicts keep first-seen order on ties


def host_evidence(
    ctx: Ctx,
    out: list[Person],
    board: Board,
    countries: list[CountryMention],
    sentence_of: Callable[[int], Sentence],
) -> None:
    """'X was received by President Y', 'X called on Prime Minister Y', 'Y hosted X': Y is the host.

    A bare-titled host belongs to the country the meeting is in: a city the sentence
    places it in, else the story's one destination.
    """
    doc = ctx.doc
    dest = dateline_country(doc, countries, ctx.headline_end) or _destination(ctx, countries)
    # "X, who flew into Nairobi, met Foreign Minister Y": Y is the host
    for x, y in board.partners:
        for a, b in ((x, y), (y, x)):
            code = board.visited.get(a)
            if (
                code
                and out[b].country is None
                and _state_office(out[b], doc)
                and code not in board.excluded[b]
            ):
                board.add(b, code, HOST, None, "host-of-visitor")
    # "met President X at the White House", "talks with X in the Kremlin": the seat's country
    for pi, person in enumerate(out):
        if person.country is not None or not _state_office(person, doc) or pi in board.visited:
            continue
        for m in person.mentions:
            if m.start < ctx.headline_end:
                continue
            sent = sentence_of(m.start)
            seat = next(
                (
                    c
                    for c in countries_between(ctx, m.end, min(sent.end, m.end + 60))
                    if c.kind == "body"
                    and re.search(r"\b(?:in|at)\s+the\s+$", doc[max(0, c.start - 8) : c.start])
                ),
                None,
            )
            if seat is not None and seat.code not in board.excluded[pi]:
                board.add(pi, seat.code, HOST, (seat.start, seat.end), "seat")
                break
    for pi, person in enumerate(out):
        if person.country is not None or not _state_office(person, doc):
            continue
        for m in person.mentions:
            if m.start < ctx.headline_end:
                continue
            sent = sentence_of(m.start)
            tm = _TRAVEL_TO_MEET.search(doc, max(sent.start, m.start - 120), m.start)
            if tm and _only_title_words(tm.group(1)):
                place = next(
                    (c for c in countries_between(ctx, tm.start(), tm.end()) if c.end <= tm.start(1)), None
                )
                if (
                    place is not None
                    and place.kind in ("city", "name")
                    and place.code not in board.excluded[pi]
                ):
                    board.add(pi, place.code, HOST, (place.start, place.end), "host-of-trip")
                    break
            hb = _HOSTED_BY.search(doc, max(sent.start, m.start - 80), m.start)
            hosted = hb is not None and _only_title_words(hb.group(1))
            if not (hosted or _HOSTS.match(doc, m.end)):
                continue
            where = [
                c.code
                for c in countries_between(ctx, sent.start, sent.end)
                if c.kind == "city" and doc[max(0, c.start - 3) : c.start] in ("in ", "at ")
            ]
            # the host is not of the visitor's country ("ISLAMABAD: X was received by President Y")
            ruled_out = board.excluded[pi] | board.soft_excluded[pi]
            code = where[0] if len(set(where)) == 1 else dest
            if code in ruled_out:
                code = _destination(ctx, countries)
            if code and code not in ruled_out:
                board.add(pi, code, HOST, None, "host")
                break
