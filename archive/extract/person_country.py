"""The country a person represents, from the strongest evidence the article gives.

Runs after mention finding and title reading (``persons.find_persons``). Evidence is
collected on a ``country_evidence.Board`` in order of strength: what the text states
(titles, appositions, delegations, counterpart lists), relations (kin, aides,
counterparts), references (nameless descriptions, offices of one country), hosts
(received by, the dateline, a government seat) and, last, a guess for state office
holders; exclusions ("X met his Kenyan counterpart") veto the weak ones. Each person's
country is the strongest piece, with its span kept as ``country_evidence``. Kept apart
from ``persons`` because it reasons over persons already found, not text tokens, and its
rules follow the annotation guidelines rather than name shapes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from archive.extract.country_evidence import (
    EXPLICIT,
    GUESS,
    HOST,
    REFERENCE,
    RELATION,
    STATED,
    Board,
    Evidence,
    dateline_country,
    explicit_evidence,
    only_title_words,
    other_side,
    relation_evidence,
)
from archive.extract.gazetteer import fold
from archive.extract.lexicon import TITLE_HEADS, TITLEISH_CAPS
from archive.extract.meeting_places import capital_of
from archive.extract.person_context import Ctx, countries_between, mention_index, state_office
from archive.extract.person_descriptions import (
    _descriptions,
    _inline_descriptions,
    _leader_descriptions,
    _named_after_lede,
    _the_countrys,
)
from archive.extract.records import CountryMention, Person
from archive.extract.text import Sentence

# Titles that, without a country word, still mean a US office (when the US is mentioned).
_US_TITLES = re.compile(
    r"\b(?:secretary of state|senator|sen\b|congress(?:wo)?man|national security adviser|"
    r"press secretary|secretary of defen[cs]e|defen[cs]e secretary|fbi|cia|white house|"
    r"state department|pentagon|house speaker|attorney general|(?<!supreme )national security council)",
    re.I,
)


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
    posted_abroad(ctx, out, board)
    _unread_nationality(ctx, out, board)
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
    _local_offices(ctx, out, board)
    explicit_evidence(ctx, out, board, sentence_of)
    board.settle()
    relation_evidence(ctx, out, board, sentence_of)
    message_senders(ctx, out, board, countries, sentence_of)
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
        for _back in range(2):  # "X keeps a jar. It comes from Y. The Qatari mediator ...": back to X
            if near or prev is None or prev.start <= ctx.headline_end:
                break
            prev = sentence_of(prev.start - 1)
            near = list(dict.fromkeys(i for s_, _e, i in idx if prev.start <= s_ < sent.start))
        if any(out[i].country == code for i in near):
            continue  # "... his Armenian counterpart X. The Armenian minister ...": X, already Armenian
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
    _leader_descriptions(ctx, out, board, sentence_of)
    _named_after_lede(ctx, out, board, sentence_of)
    _the_countrys(ctx, out, board, sentence_of)
    # offices that are American without saying so ("Secretary of State", "Sen.")
    if any(c.code == "US" for c in countries):
        for pi, person in enumerate(out):
            if person.country is None and any(_US_TITLES.search(t.title) for t in person.titles):
                board.add(pi, "US", REFERENCE, None, "us-office")
    _national_titles(out, board, countries)
    board.settle()
    host_evidence(ctx, out, board, countries, sentence_of)
    board.settle()
    _national_media(ctx, out, board, sentence_of)
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


# "Faroese fisheries minister X": a nationality adjective the gazetteer does not know.
_NATIONALITY_SHAPE = re.compile(
    r"\b([A-Z][a-z]{2,}(?:ese|ian|ish|ic|i|an))\s+(?:[a-z-]+\s+){0,3}([a-z-]+)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)


def _unread_nationality(ctx: Ctx, out: list[Person], board: Board) -> None:
    """A title led by a nationality word the gazetteer lacks ("Faroese minister X").

    If its stem begins the name of exactly one country the article names ("Faroe
    Islands"), that is the person's country; else no host or guess: the dateline or a
    country nearby would be another's, and null costs less than a wrong one.
    """
    doc = ctx.doc
    names = [c for c in ctx.cstart.values() if c.kind == "name"]
    for pi, person in enumerate(out):
        if person.country is not None or not person.titles:
            continue
        for m in person.mentions:
            nm = _NATIONALITY_SHAPE.search(doc, max(0, m.start - 50), m.start)
            if (
                nm is not None
                and nm.group(2) in TITLE_HEADS
                and nm.start(1) not in ctx.cstart
                and nm.group(1) not in TITLEISH_CAPS
            ):
                stem = re.sub(r"(?:ese|ian|ish|ic|i|an)$", "", nm.group(1)).lower()
                codes = {c.code for c in names if len(stem) >= 4 and c.surface.lower().startswith(stem)}
                if len(codes) == 1:
                    board.add(pi, codes.pop(), STATED, (nm.start(1), nm.end(1)), "nationality-stem")
                else:
                    board.no_weak[pi] = True
                break


_POSTED_TO = re.compile(r"\b(?:to|in)\s+(?:the\s+)?$")


def posted_abroad(ctx: Ctx, out: list[Person], board: Board) -> None:
    """'Ambassador to Italy X', 'envoy in Kenya': the country an office is posted to is not the holder's."""
    for pi, person in enumerate(out):
        for t in person.titles:
            if " to " not in t.title and " in " not in t.title:
                continue
            for cm in countries_between(ctx, t.start, t.end + 1):
                if _POSTED_TO.search(ctx.doc, max(0, cm.start - 9), cm.start):
                    board.exclude(pi, cm.code)


_CARRIES_FROM = re.compile(
    r"\b(?:hand(?:ed|s|ing)?|deliver(?:ed|s|ing)?|conve(?:y|yed|ys|ying)|carr(?:y|ied|ies|ying)|"
    r"br(?:ing|ings|ought|inging)|pass(?:ed)?\s+on)\b[^.;]{0,60}?\b(?:message|letter|greetings|invitation)s?"
    r"\s+from\s+((?:[\w.'’-]+\s+){0,5}?)$"
)
_MESSAGE_WORDS = frozenset(
    w + s
    for w in ("message", "letter", "greeting", "invitation", "regard", "wishe", "condolence")
    for s in ("", "s")
)
_MESSAGE_WORD = re.compile(
    r"\b(?:message|letter|greeting|invitation|regard|wishe|condolence)s?\s+(?:from|to)\b"
)
_GREETINGS_TO = re.compile(r"\b(?:greetings|regards|wishes|condolences)\s+to\s+((?:[\w.'’-]+\s+){0,5}?)$")
_HE_SHE = re.compile(r"\s*(?:He|She)\b")
_LEAD_DESCRIPTION = re.compile(r"\s*(?:The|the)\s+$")


def message_senders(
    ctx: Ctx,
    out: list[Person],
    board: Board,
    countries: list[CountryMention],
    sentence_of: Callable[[int], Sentence],
) -> None:
    """'X handed the president a message from Prime Minister Y': Y is of the carrier's side.

    The carrier is the sentence's first person, or for "He/She" the previous sentence's
    subject: its first person, or a description at its start ("The Kenyan minister").
    "Y conveyed his greetings to Sultan X": X is of another side than Y (or than the
    dateline, when Y's own country is not yet told).
    """
    doc = ctx.doc
    if ctx.lower_vocab.isdisjoint(_MESSAGE_WORDS):
        return
    triggers = [m.end() for m in _MESSAGE_WORD.finditer(doc, ctx.headline_end)]
    if not triggers:
        return
    idx = mention_index(out)
    starts = [x[0] for x in idx]
    named = {idx[k] for t in triggers if (k := bisect_left(starts, t)) < len(idx) and idx[k][0] - t < 60}
    for s, _e, pi in sorted(named):
        if out[pi].country is not None:
            continue
        sent = sentence_of(s)
        to = _GREETINGS_TO.search(doc, max(sent.start, s - 80), s)
        if to is not None and only_title_words(to.group(1)):
            # "Y conveyed his greetings to Sultan X": one greets another side's leader
            sender = next((x[2] for x in idx if sent.start <= x[0] < to.start() and x[2] != pi), None)
            if sender is not None and out[sender].country and board.strength(sender) >= REFERENCE:
                board.exclude(pi, out[sender].country)
            elif sender is not None:  # a bare-titled sender is the dateline's: the greeted is not
                board.exclude(pi, dateline_country(doc, countries, ctx.headline_end))
            continue
        cm = _CARRIES_FROM.search(doc, max(sent.start, s - 140), s)
        if cm is None or not only_title_words(cm.group(1)):
            continue
        carrier = next((x[2] for x in idx if sent.start <= x[0] < cm.start() and x[2] != pi), None)
        code, strength = None, RELATION
        if carrier is None and sent.start > 0 and _HE_SHE.match(doc, sent.start):
            prev = sentence_of(sent.start - 1)
            first = next((c for c in countries_between(ctx, prev.start, prev.start + 12)), None)
            if (
                first is not None
                and first.kind == "demonym"
                and _LEAD_DESCRIPTION.fullmatch(doc, prev.start, first.start)
            ):
                code, strength = first.code, REFERENCE  # "The Kenyan minister is due to ..."
            else:
                carrier = next(
                    (x[2] for x in idx if prev.start <= x[0] < prev.start + 40 and x[2] != pi), None
                )
        if carrier is not None and out[carrier].country and board.strength(carrier) >= REFERENCE:
            code = out[carrier].country
        board.add(pi, code, strength, None, "message-from")


_LOCAL_OFFICE = re.compile(r"\b([a-z][a-z-]{2,})\s+of\s+(?:the\s+)?$")
_PLACE_UNIT = re.compile(r"(?:\s+(?:city|province|region|state|oblast|district|county))?\s+$")
_NOT_OFFICE = frozenset(
    ["outskirts", "center", "centre", "streets", "people", "residents", "mayor's", "city"]
)


def _local_offices(ctx: Ctx, out: list[Person], board: Board) -> None:
    """'akim of Almaty city X', 'governor of Lagos state X': a local office of a city is its country's.

    The office word need not be a known title head; a plural ("residents of X") is no office.
    """
    doc = ctx.doc
    for pi, person in enumerate(out):
        if person.country is not None:
            continue
        for m in person.mentions:
            city = next(
                (c for c in reversed(countries_between(ctx, m.start - 40, m.start)) if c.kind == "city"), None
            )
            if city is None or not _PLACE_UNIT.fullmatch(doc, city.end, m.start):
                continue
            om = _LOCAL_OFFICE.search(doc, max(0, city.start - 30), city.start)
            word = om.group(1) if om else ""
            if om and word not in _NOT_OFFICE and not (word.endswith("s") and not word.endswith("ss")):
                board.add(pi, city.code, STATED, (city.start, city.end), "local-office")
                break


_PLACE_PREP = re.compile(
    r"\b(?:in|to|from|at|into|toward|towards|via|visit|visited|visiting|across|near)\s+(?:the\s+)?$",
    re.I,
)


# A lower-case noun after a demonym that is no person or side ("Afghan peace process").
_INSTITUTION_AFTER = re.compile(r"\s*,?\s+(?:of|at|from|with)\s+the\s+[A-Z]")
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


_MEDIA = (
    r"(?:state\s+|official\s+)?(?:media|news\s+agency|agency|television|TV|radio|newspaper|daily|broadcaster)"
)
_MEDIA_WORDS = frozenset(["media", "agency", "television", "radio", "newspaper", "daily", "broadcaster"])
_MEDIA_WORD = re.compile(r"\b(?:media|agency|television|TV|radio|newspaper|daily|broadcaster)\b")
# "Chinese state media quoted Foreign Minister X", "According to Iran's Fars news agency, X"
_MEDIA_QUOTED = re.compile(
    r"^\s*(?:(?:[A-Z][\w-]*|the)\s+){0,3}?" + _MEDIA + r"(?:\s+[A-Z][\w-]*){0,2}\s*,?\s+"
    r"(?:quoted|cited|said|reported)\s+((?:[\w.'’-]+\s+){0,5}?)$"
)
_ACCORDING_TO = re.compile(
    r"^\s*(?:(?:[A-Z][\w-]*|the)\s+){0,3}?"
    + _MEDIA
    + r"(?:\s+[A-Z][\w-]*){0,2}\s*,\s+((?:[\w.'’-]+\s+){0,5}?)$"
)


def _national_media(
    ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]
) -> None:
    """A bare-titled official quoted by a country's media is of that country (host strength).

    "Chinese state media quoted Foreign Minister X as saying", "Russia's TASS news agency
    quoted Deputy Foreign Minister Y", "According to Iran's Fars news agency, spokesman Z".
    """
    doc = ctx.doc
    if ctx.lower_vocab.isdisjoint(_MEDIA_WORDS) and "TV" not in doc:
        return  # a set test first: most articles quote no media
    trig = [t.start() for t in _MEDIA_WORD.finditer(doc, ctx.headline_end)]
    if not trig:
        return
    for pi, person in enumerate(out):
        near = [
            m
            for m in person.mentions
            if (k := bisect_left(trig, m.start - 120)) < len(trig) and trig[k] < m.start
        ]
        if not near or person.country is not None or not state_office(person, doc):
            continue
        for m in near:
            sent = sentence_of(m.start)
            lo = max(sent.start, m.start - 120)
            for cm in countries_between(ctx, lo, m.start):
                if cm.kind not in ("demonym", "name"):
                    continue
                rest = cm.end + (2 if doc[cm.end : cm.end + 2] in ("'s", "’s") else 0)
                qm = _MEDIA_QUOTED.match(doc[rest : m.start]) or (
                    _ACCORDING_TO.match(doc[rest : m.start])
                    if re.search(
                        r"\b[Aa]ccording\s+to\s+(?:the\s+)?$", doc[max(sent.start, cm.start - 16) : cm.start]
                    )
                    else None
                )
                if qm is not None and only_title_words(qm.group(1)) and cm.code not in board.excluded[pi]:
                    board.add(pi, cm.code, HOST, (cm.start, cm.end), "national-media")
                    break
            else:
                continue
            break


_VISITING = re.compile(r"\bvisiting\s+(?:[\w-]+\s+){0,3}$", re.I)
_TRAVEL = re.compile(r"\b(?:(?:visit|trip|tour|journey)\s+to|arrived\s+in|flew\s+(?:in)?to)\b", re.I)
# "X, who arrived Tuesday, ...", "X, who flew in on Monday": the traveller of a datelined story
_ARRIVED = re.compile(r"[\w .'’-]{0,40}?,\s+who\s+(?:arrived|flew\s+in)\b")
_TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w-]*|and|of|for|the))+\s+")


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
        if person.country is not None or not state_office(person, doc) or code in board.excluded[pi]:
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
    if _TRAVEL.search(doc, start, sent.end) or _ARRIVED.match(doc, start):
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
    # a home story without a dateline: bare-titled officials of the one country no
    # explicitly labelled person represents ("Qatari emir", "Chinese ambassador" ... "Pakistan")
    stated = {p.country for i, p in enumerate(out) if p.country and board.strength(i) >= STATED}
    home = {c.code for c in countries if c.start >= headline_end and c.code not in stated}
    if dominant is None and len(home) == 1 and stated:
        only = home.pop()
        if sum(1 for c in countries if c.code == only and c.start >= headline_end) >= 2:
            dominant = only
    for pi, person in enumerate(out):
        # an untitled main actor, not someone "of the Center for ..." (an institution's voice)
        untitled = (
            not person.titles
            and len(person.mentions) >= 3
            and not any(_INSTITUTION_AFTER.match(doc, m.end) for m in person.mentions)
        )
        if person.country is not None or not (untitled or state_office(person, doc)):
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


_MET_BEFORE = re.compile(
    r"\b(?:met|meets|meeting|held\s+talks\s+with|talks\s+with)\s+(?:with\s+)?((?:[\w.'’-]+\s+){0,5}?)$"
)
_IN_CITY = re.compile(r"\s+(?:(?:on|late|early)\s+[\w ]{3,20}\s+)?in\s+(?:the\s+)?")
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
# (no clause of reported content between: "told the House he had held talks in Suva" is no place of speaking)
_SPOKE_IN = re.compile(
    r"\s*,?\s+(?:(?:also|later|then)\s+)?(?:said|says|told(?:\s+(?!(?:he|she|they|we|it|that)\b)[\w-]+){1,3}?"
    r"|spoke|speaking|was\s+speaking)"
    r"\s+(?:(?!(?:he|she|they|we|it|that|had|has|have|would|will)\b)[\w-]+\s+){0,5}?in\s+"
)
# "... is due to visit China next week, where she will meet Foreign Minister X"
_VISIT_WHERE_MEET = re.compile(
    r"\b(?:visit\w*|travel\w*\s+to|arriv\w*\s+in|fl(?:y|ew|ies)\s+to)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,2}[^.;]{0,40}?,?\s+where\s+(?:he|she|they|the\s+\w+)\s+"
    r"(?:(?:will|would|is\s+to|was\s+to|also|later|is\s+due\s+to|is\s+expected\s+to)\s+)*"
    r"(?:meet|met|see|saw|hold\s+talks\s+with|held\s+talks\s+with)\s+((?:with\s+)?(?:[\w.'’-]+\s+){0,5}?)$"
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


_CAPITAL_AFTER = re.compile(r"\s+capital\b")
_PLANNED_TRIP = re.compile(r"\b(?:will|to|is\s+due\s+to)\s+(?:fly|travel|go|head)\s+to\s+(?:the\s+)?$")


def _destination(ctx: Ctx, countries: list[CountryMention]) -> str | None:
    """The country the story's visit goes to ("visit to Lithuania", "arrived in Vilnius").

    The most frequent destination; on a tie the first told (the lead's). Onward plans
    ("will then travel to X") are no destination: only visits and past or ongoing travel
    count, and a planned trip only in the lead ("X will fly to Jakarta on Wednesday").
    """
    doc = ctx.doc
    body = ctx.headline_end + len(doc[ctx.headline_end :]) - len(doc[ctx.headline_end :].lstrip())
    lead_end = doc.find("\n\n", body)
    lead_end = len(doc) if lead_end < 0 else lead_end
    counts: dict[str, int] = {}
    for c in countries:
        # "arrived in the Senegalese capital": a demonym on the capital places the visit
        capital = c.kind == "demonym" and _CAPITAL_AFTER.match(doc, c.end) is not None
        placed = (c.kind in ("name", "city", "body") or capital) and c.start >= ctx.headline_end
        if not placed:
            continue
        if _DESTINATION.search(doc, max(0, c.start - 30), c.start) or (
            c.start < lead_end and _PLANNED_TRIP.search(doc, max(0, c.start - 30), c.start)
        ):
            counts[c.code] = counts.get(c.code, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda code: counts[code])  # dicts keep first-seen order on ties


_MEET_VERB = re.compile(
    r"\b(?:met|meet|meets|meeting|(?:held|hold|holds|holding)\s+talks\s+with|talks\s+with|"
    r"call(?:ed|s)?\s+on|(?:was|were|will\s+be)\s+received\s+by|pa(?:id|y|ys)\s+a\s+courtesy\s+call\s+on)\s+"
)
_PRONOUN_START = re.compile(r"\s*(?:He|She)\b")


def _visitor_partners(
    ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]
) -> None:
    """'X arrived in Beijing and met Premier Y', '... He held talks with A and B': the hosts.

    The bare-titled officials a traveller meets, in the sentence that tells the trip or
    in the next one when it opens with "He"/"She", belong to the trip's destination.
    """
    if not board.visited:
        return
    doc = ctx.doc
    idx = mention_index(out)
    for v, code in board.visited.items():
        spans: list[tuple[int, int]] = []
        for m in out[v].mentions:
            if re.match(r"\s*,\s*who\b", doc[m.end : m.end + 10]):
                continue  # "X, who visited China last year, met President Y": an earlier trip
            sent = sentence_of(m.start)
            spans.append((m.end, sent.end))
            rest = len(doc) - len(doc[sent.end :].lstrip())
            if rest < len(doc) and _PRONOUN_START.match(doc, rest):
                nxt = sentence_of(rest)
                spans.append((nxt.start, nxt.end))
        for a, b in spans:
            mv = _MEET_VERB.search(doc, a, b)
            if mv is None:
                continue
            pos = mv.end()
            for s_, e_, y in idx:
                if s_ < pos:
                    continue
                if s_ >= b or not only_title_words(doc[pos:s_]):
                    break
                if (
                    y != v
                    and out[y].country is None
                    and state_office(out[y], doc)
                    and code not in board.excluded[y]
                ):
                    board.add(y, code, HOST, None, "host-of-visitor")
                sep = re.match(r"\s*,\s*(?:and\s+)?|\s+and\s+", doc[e_ : e_ + 8])
                if sep is None:
                    break
                pos = e_ + sep.end()


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
                and state_office(out[b], doc)
                and code not in board.excluded[b]
            ):
                board.add(b, code, HOST, None, "host-of-visitor")
    _visitor_partners(ctx, out, board, sentence_of)
    # "met President X at the White House", "talks with X in the Kremlin": the seat's country
    for pi, person in enumerate(out):
        if person.country is not None or not state_office(person, doc) or pi in board.visited:
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
            # "Foreign Ministry spokesman X said in Tehran ...": an official speaking at home
            city = next(
                (c for c in countries_between(ctx, m.end, min(sent.end, m.end + 70)) if c.kind == "city"),
                None,
            )
            if (
                city is not None
                and _SPOKE_IN.fullmatch(doc, m.end, city.start)
                and city.code not in board.excluded[pi]
            ):
                board.add(pi, city.code, HOST, (city.start, city.end), "spoke-in")
                break
            # "A of B met Premier Y in <capital>": a foreign subject met Y in Y's own capital
            met = _MET_BEFORE.search(doc, max(sent.start, m.start - 60), m.start)
            if (
                city is not None
                and met is not None
                and only_title_words(met.group(1))
                and _IN_CITY.fullmatch(doc, m.end, city.start)
                and capital_of(city.code) is not None
                and fold(capital_of(city.code) or "") == fold(city.surface)
                and city.code not in board.excluded[pi]
            ):
                subj = [
                    out[k].country
                    for s_, _e, k in mention_index(out)
                    if sent.start <= s_ < met.start() and k != pi and out[k].country
                ]
                if subj and city.code not in subj:
                    board.add(pi, city.code, HOST, (city.start, city.end), "met-in-capital")
                    break
    for pi, person in enumerate(out):
        if person.country is not None or not state_office(person, doc):
            continue
        for m in person.mentions:
            if m.start < ctx.headline_end:
                continue
            sent = sentence_of(m.start)
            tm = _TRAVEL_TO_MEET.search(doc, max(sent.start, m.start - 120), m.start)
            tm = tm or _VISIT_WHERE_MEET.search(doc, max(sent.start, m.start - 140), m.start)
            if tm and only_title_words(tm.group(1)):
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
            hosted = hb is not None and only_title_words(hb.group(1))
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
