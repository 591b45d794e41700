"""Evidence for the country a person represents: the board that ranks it, and its readers.

``person_country.infer_countries`` runs the readers in order of strength and settles
each person's country from the strongest piece. The readers look at the words around
a name (appositions, title phrases, delegations, counterpart lists), at relations
between persons (kin and aides, counterparts, meetings, travel) and at hosts. Split out
of ``person_country`` to keep each module small; it holds no rule that needs the older
guesses there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from archive.extract.lexicon import (
    HONORIFICS,
    KEEP_HONORIFICS,
    KIN_WORDS,
    SPEECH_VERBS,
    TITLE_ABBR,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from archive.extract.person_context import (
    INTERNATIONAL,
    Ctx,
    countries_between,
    mention_index,
)
from archive.extract.records import CountryMention, Person
from archive.extract.text import DATELINE, Sentence
from archive.extract.titles import Word, introductory_clause, pre_title, window_words

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


# "BANGKOK, June 18 - ", "NAIROBI (Reuters) - ", "ISLAMABAD: ": the dateline at the body start.
def dateline_country(doc: str, countries: list[CountryMention], headline_end: int) -> str | None:
    """The country of the dateline city ("NAIROBI, June 3 -"), when there is exactly one."""
    body = headline_end + len(doc[headline_end:]) - len(doc[headline_end:].lstrip())
    m = DATELINE.match(doc, body, body + 60)
    if not m:
        return None
    codes = {c.code for c in countries if body <= c.start < m.end() and c.kind in ("city", "name")}
    return codes.pop() if len(codes) == 1 else None  # not "ANKARA/WASHINGTON"


# --- evidence read from the text around a name -------------------------------------------

_HONORIFIC_WORDS = frozenset(w.lower() for w in HONORIFICS | KEEP_HONORIFICS | TITLE_ABBR)
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_BY = re.compile(r"\s+by\s+")
_LIST_SEP_BEFORE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_DELEGATION_NOUNS = r"(?:delegation|delegations|side|team|mission|contingent)"
_LED_BY = re.compile(
    r"(?:\s+(?:to|at|for|in)\s+[^,.;]{1,40}?)?"  # "the Kenyan delegation to the Rome talks"
    r"\s*,?\s*(?:which\s+|who\s+)?(?:was\s+|is\s+|will\s+be\s+|were\s+)?(?:\w+ly\s+)?"
    r"(?:led|headed|represented)\s+(?:\w+ly\s+)?by\s+"
)
_REPRESENTED_BY = re.compile(
    r"\s+(?:was|is|will\s+be|were|had\s+been)\s+represented\s+(?:(?:at|in)\s+[^,.;]{1,40}?\s+)?by\s+"
)
_INCLUDED = re.compile(
    r"\s*,?\s*(?:(?:which|that|who)\s+)?(?:also\s+)?(?:included|includes|including|comprised|comprising)\s+"
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
_WHO_HEADS = re.compile(
    r"\s*,?\s*who\s+(?:(?:now|also|currently)\s+)?(?:heads|leads|runs|chairs|directs|commands)\s+"
)
_FOR_THE = re.compile(r"\s*,\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:for|of|at)\s+the\s+")
_ENVOY_HEAD = r"(?:Ambassador|Envoy|Permanent\s+Representative|Representative|High\s+Commissioner|Consul(?:\s+General)?)"
_POSTED_TAIL = re.compile(r"\s+(?:to|in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,4},\s*")
_ENVOY_POSTED = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,2}?" + _ENVOY_HEAD + _POSTED_TAIL.pattern)
_ENVOY_OF = re.compile(r"\b" + _ENVOY_HEAD + r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:of\s+)?$")
_ITS_OFFICE = re.compile(
    r"\b[Ii]ts\s+(?:[\w-]+\s+){0,2}?(?:ambassador|envoy|minister|president|premier|spokes(?:man|woman|person))"
    r"(?:\s+(?:to|in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})?\s*,\s*$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# Movements whose members the annotation gives their country (DECISIONS: the Taliban map to AF;
# tune5: a Houthi negotiator to YE), named with an office next to the person.
_MOVEMENT_COUNTRY = {"taliban": "AF", "houthi": "YE", "houthis": "YE", "hamas": "PS", "hezbollah": "LB"}
_MOVEMENT = r"(?P<mv>Taliban|Houthis?|Hamas|Hezbollah)"
_MOVEMENT_OFFICE = (
    r"(?:[a-z-]+\s+){0,3}?(?:leader|negotiator|chief|commander|spokes(?:man|woman|person)|official|co-founder"
    r"|deputy|minister|envoy|head|delegate|representative)s?"
)
_MOVEMENT_BEFORE = re.compile(
    r"\b(?:the\s+)?"
    + _MOVEMENT
    + r"(?:['’]s)?\s+(?:movement['’]s\s+)?"
    + _MOVEMENT_OFFICE
    + r"\s*,?\s*(?:(?:Mr|Mullah)\.?\s+)?$"
)
_MOVEMENT_AFTER = re.compile(
    r"\s*,\s*(?:the\s+|a\s+)?" + _MOVEMENT + r"(?:['’]s)?\s+(?:movement['’]s\s+)?" + _MOVEMENT_OFFICE + r"\b"
)
_OFFICE_FOR_THE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:for|of|at)\s+the\s+$")
_NATIONAL_BODY = re.compile(
    r"\s+(?:(?:[A-Z][\w-]*\s+){0,2}(?:Ministry|Embassy|Government|Office|Army|Navy|Presidency|Parliament)|"
    r"(?:foreign\s+)?(?:government|embassy|ministry|army|navy|presidency|parliament|military))\b"
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
    # "A spokesman for the Turkish foreign ministry, X": the body's country, told before the name
    for cm in countries_between(ctx, max(sent_start, m_start - 90), m_start):
        body = _NATIONAL_BODY.match(doc, cm.end)
        lead = _OFFICE_FOR_THE.search(doc, max(sent_start, cm.start - 50), cm.start)
        if (
            cm.kind == "demonym"
            and body is not None
            and lead is not None
            and _is_head_text(lead.group(1))
            and re.fullmatch(r"\s*,\s*", doc[body.end() : m_start])
        ):
            return cm.code, (cm.start, cm.end)
    # "the Sudanese Ambassador to the Kingdom, X", "Kuwait's Ambassador to the United Nations, X",
    # "the Ambassador of Pakistan to the Kingdom, X": the envoy's own country, not the posting
    for cm in countries_between(ctx, max(sent_start, m_start - 120), m_start):
        if cm.kind not in ("demonym", "name"):
            continue
        if _ENVOY_POSTED.fullmatch(doc, cm.end, m_start) or (
            _ENVOY_OF.search(doc, max(sent_start, cm.start - 40), cm.start)
            and _POSTED_TAIL.fullmatch(doc, cm.end, m_start)
        ):
            return cm.code, (cm.start, cm.end)
    # "China has built dams. Its ambassador to Laos, X, said": the country that is the subject before
    its = _ITS_OFFICE.search(doc, max(sent_start, m_start - 90), m_start)
    if its is not None and not doc[sent_start : its.start()].strip():  # "Its" opens the sentence
        posted = {cm.code for cm in countries_between(ctx, its.start(), m_start)}  # not "to Laos"
        subjects = [
            cm
            for cm in countries_between(ctx, max(0, sent_start - 300), sent_start)
            if cm.kind == "name"
            and cm.code not in posted
            and _SENTENCE_START.search(doc, max(0, cm.start - 3), cm.start)
        ]
        if subjects:
            return subjects[-1].code, (subjects[-1].start, subjects[-1].end)
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
        # "Minister of Food, Agriculture and Fisheries": a comma inside a capitalised portfolio
        listed = (
            w.text == ","
            and 0 < j < k
            and all(x.text[:1].isupper() and x.typ != "country" for x in (win[j - 1], win[j + 1]))
        )
        if (w.typ == "punct" and not listed) or not (portfolio or listed):
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


def _movement_around(
    doc: str, m_start: int, m_end: int, sent_start: int, sent_end: int
) -> tuple[str, tuple[int, int]] | None:
    """A national movement's office right before or after a name: its country ("Taliban's chief negotiator")."""
    before = _MOVEMENT_BEFORE.search(doc, max(sent_start, m_start - 70), m_start)
    after = _MOVEMENT_AFTER.match(doc, m_end, min(sent_end, m_end + 70))
    hit = before or after
    if hit is None:
        return None
    return _MOVEMENT_COUNTRY[hit.group("mv").lower()], hit.span("mv")


def _post_evidence(ctx: Ctx, m_end: int, sent_end: int) -> tuple[str, tuple[int, int], str] | None:
    """After a name: ", 52, a Venezuelan who ...", ", a Kyrgyz farmer", ", who served as U.S. envoy",
    "became Uzbekistan's president"."""
    doc = ctx.doc
    tail_end = min(sent_end, m_end + 80)
    for cm in countries_between(ctx, m_end, tail_end):
        before = doc[m_end : cm.start]
        after = doc[cm.end : cm.end + 50]
        if cm.kind == "demonym":
            ma = _DEMONYM_APPOS.fullmatch(before)
            plain = ma is not None and not any(
                w in _NOT_MODIFIER or w in TITLE_HEADS for w in ma.group(1).split()
            )
            # "a Kyrgyz farmer", "a Venezuelan who ...", "the Kenyan envoy" (not "the Kenyan ministry said")
            nxt = re.match(r"\s+([a-z][\w-]*)", after)
            # ("the Turkish foreign ministry spokesman": lower-case words ending in an office)
            office = re.match(r"\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)\s*[,.;]", after)
            noun_ok = (nxt is None and re.match(r"\s*[,.;]", after)) or (
                nxt is not None
                and (
                    not before.rstrip().endswith("the")
                    or nxt.group(1) in TITLE_HEADS
                    or (office is not None and office.group(1) in TITLE_HEADS)
                )
            )
            if plain and noun_ok and not after.startswith("-"):
                return cm.code, (cm.start, cm.end), "apposition"
        if _REPRESENTS.fullmatch(before):
            return cm.code, (cm.start, cm.end), "represents"
        # ", who heads Egypt's intelligence service"
        if doc[cm.end : cm.end + 2] in ("'s", "’s") and _WHO_HEADS.fullmatch(before):
            return cm.code, (cm.start, cm.end), "heads-body"
        # ", a spokesman for the Iranian Foreign Ministry": a national body's office
        fb = _FOR_THE.fullmatch(before)
        if (
            fb
            and cm.kind == "demonym"
            and _is_head_text(fb.group(1))
            and cm.surface.lower() not in INTERNATIONAL
            and _NATIONAL_BODY.match(after)
        ):
            return cm.code, (cm.start, cm.end), "office-of-body"
        # ", member of the Political Bureau of the Communist Party of China": a national body
        nb = _NAMED_BODY_OF.fullmatch(before)
        if nb and _is_head_text(nb.group(1).split()[-1]) and cm.kind == "name":
            inner = (nb.group(1) + " " + nb.group(2)).lower().split()
            if not any(w.strip(",") in INTERNATIONAL for w in inner):
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


def _represented(
    ctx: Ctx,
    idx: list[tuple[int, int, int]],
    board: Board,
    cm: CountryMention,
    sentence_of: Callable[[int], Sentence],
) -> None:
    """'Kenya was represented by Trade Minister X', '..., and Uganda by Y': the country's envoy."""
    doc = ctx.doc
    sent = sentence_of(cm.start)
    led = _REPRESENTED_BY.match(doc, cm.end)
    gapped = re.search(r"\band\s+$", doc[max(0, cm.start - 6) : cm.start]) is not None
    if led is None and gapped and "represented" in doc[sent.start : cm.start]:
        led = _BY.match(doc, cm.end)  # "..., and Uganda by Y"
    if led is None:
        return
    nxt = next((x for x in idx if led.end() <= x[0] < min(sent.end, led.end() + 80)), None)
    if nxt is not None and only_title_words(doc[led.end() : nxt[0]]):
        board.add(nxt[2], cm.code, STATED, (cm.start, cm.end), "represented-by")


def _delegations(ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]) -> None:
    """'the Kenyan delegation, led by X', 'X led the Kenyan delegation', 'X, a member of the delegation'."""
    doc = ctx.doc
    idx = mention_index(out)
    found: list[tuple[int, str]] = []  # (end of the delegation phrase, code)
    represented = "represented" in doc
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
            if represented and cm.kind == "name":
                _represented(ctx, idx, board, cm, sentence_of)
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
            if nxt is not None and (
                only_title_words(doc[led.end() : nxt[0]]) or _nominal_gap(doc[led.end() : nxt[0]])
            ):
                board.add(nxt[2], cm.code, STATED, (cm.start, cm.end), "delegation-led")
            continue
        if re.search(r"\b(?:head|leader|chief)\s+of\s+(?:the\s+)?$", doc[max(0, cm.start - 20) : cm.start]):
            # "the head of the Lithuanian delegation, X": X leads it
            nxt = next((x for x in idx if noun_end <= x[0] <= noun_end + 3), None)
            if nxt is not None and re.fullmatch(r",?\s*", doc[noun_end : nxt[0]]):
                board.add(nxt[2], cm.code, STATED, (cm.start, cm.end), "delegation-led")
                continue
        inc = _INCLUDED.match(doc, noun_end)
        if inc and (dm is None or "delegation" in dm.group(0)):
            # "the delegation of Eritrea, which also included adviser X and Y": its members
            pos = inc.end()
            for x in idx:
                if x[0] < pos:
                    continue
                gap = doc[pos : x[0]]
                if x[0] >= min(sent.end, pos + 80) or not (only_title_words(gap) or _lower_title(gap)):
                    break
                board.add(x[2], cm.code, STATED, (cm.start, cm.end), "delegation-member")
                sep = _SEP.match(doc, x[1])
                if sep is None:
                    break
                pos = sep.end()
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


_LOWER_TITLE = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,3}([a-z-]+)\s+")


def _lower_title(gap: str) -> bool:
    """'central bank governor ': a lower-case title ending in a head (a listed member's office)."""
    m = _LOWER_TITLE.fullmatch(gap)
    return (
        m is not None
        and m.group(1) in TITLE_HEADS
        and not any(w in _NOT_MODIFIER or w in SPEECH_VERBS for w in gap.split())
    )


_GAP_WORDS = frozenset(
    [
        "the",
        "a",
        "his",
        "her",
        "its",
        "their",
        "of",
        "for",
        "and",
        "ministry",
        "office",
        "government",
        "department",
        "embassy",
        "delegation",
        "party",
        "committee",
    ]
)


def _nominal_gap(gap: str) -> bool:
    """'the minister and the secretary-general of his ministry, ': nameless officials, then the named one.

    No verb in between: only title heads and modifiers, determiners, "of/and" and office
    nouns, closed by a comma before the name.
    """
    if not gap.endswith(", ") or len(gap) > 80:
        return False
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", gap.lower())
    heads = [w for w in words if w in TITLE_HEADS or w.rsplit("-", 1)[-1] in TITLE_HEADS]
    return bool(heads) and all(w in _GAP_WORDS or w in TITLE_MODIFIERS or w in heads for w in words)


def only_title_words(gap: str) -> bool:
    """The words between 'led by' and a name are a title ('Home Minister', 'Union Minister for ...')."""
    for w in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", gap):
        low = w.lower()
        if not (
            w[:1].isupper()
            or low in TITLE_HEADS
            or low.rsplit("-", 1)[-1] in TITLE_HEADS  # "solicitor-general"
            or low in TITLE_MODIFIERS
            or low in ("of", "for", "the")
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
            mv = _movement_around(ctx.doc, m.start, m.end, sent.start, sent.end)
            if mv:
                board.add(pi, mv[0], EXPLICIT, mv[1], "movement")
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
_COMPANION_WORD = re.compile(r"accompanied|joined|flanked")
_ACCOMPANIED_BY = re.compile(
    r"\b(?:accompanied|joined|flanked)\b(?:\s+\w+){0,4}?\s+by\s+(?:(?:[A-Z][\w.'’-]*|and|of|for|the|his|her|"
    r"[a-z]+\s+minister|minister)\s*,?\s+){0,12}$"
)
_BRIEFS = re.compile(
    r"\s+(?:(?:is|was|will|would)\s+)?(?:due\s+to\s+|expected\s+to\s+|set\s+to\s+|to\s+)?(?:also\s+)?"
    r"(?:brief|briefs|briefed|briefing|report\s+to|reports\s+to|reported\s+to)\s+(?:(?:[A-Z][\w.'’-]*|the)\s+){0,4}"
)
_POSS_OFFICE = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)(?:\s+of\s+staff)?\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
)
_HIS_KIN = re.compile(
    r"\b(?:his|her)\s+(?:(?:chief|senior|top|deputy|personal|special)\s+)?(?:"
    + _KIN
    + "|"
    + _AIDE_WORDS
    + r")\s*,?\s+$"
)
_HIS_KIN_START = re.compile(  # an aide only: a kin's own nationality is not told by the parent's
    r"\s*(?:His|Her)\s+(?:(?:chief|senior|top|deputy|personal|special)\s+)?" + _AIDE_WORDS + r"\s*,?\s+"
)
_BARE_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+counterparts?\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
_HIS_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+$")
_MEET_STEM = re.compile(r"met|meet|receiv|host|welcom|talk|spoke|call|phoned")
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
    r"(?:\s*,\s*(?:who\s+)?|\s+)(?:(?:has|had|have|was|is|also|later|then|first|recently|just|will|"
    r"is\s+due\s+to|is\s+to|is\s+set\s+to)\s+)*"
    r"(?:(?:flew|fl(?:y|ies)|arrived|arrives|travel(?:s|l?ed|l?ing)?|landed|visit(?:ed|s|ing)?)\s*"
    r"(?:in|into|to|on\s+to)?|(?:left|leaves|leave|departed|set\s+off)\s+for|head(?:s|ed)?\s+to))\s+(?:the\s+)?$"
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
    """Kin, aides and companions share their principal's country; counterparts are of another.

    "P's son, X", "P and his wife, X", "P's chief of staff, X", "X, who accompanied P",
    "P was accompanied by X", "P is due to brief President X" give X P's country (with
    ``fill_only``, at the end, also from a guessed principal). "X met his Kenyan
    counterpart", "X met his counterpart Z", "X was received by Y" and "X flew into the
    Kenyan capital" say which country a person is *not*; "X met Y" only vetoes a guess.
    """
    doc = ctx.doc
    idx = mention_index(out)
    for k, (s, e, pi) in enumerate(idx):
        if fill_only and out[pi].country is not None:
            continue
        sent = sentence_of(s)
        lo = max(sent.start, s - 80)
        prior = _previous_other(idx, k, sent.start)
        earlier = [prior] if prior is not None else []
        dep = None
        strength = RELATION
        if earlier and (_POSS_DEPENDENT.fullmatch(doc, earlier[-1][1], s) or _HIS_KIN.search(doc, lo, s)):
            dep = earlier[-1][2]
        elif not earlier and sent.start > 0 and _HIS_KIN_START.fullmatch(doc, sent.start, s):
            # "Her deputy, Tom Grey, also attended.": an aide of the previous sentence's subject
            above = sentence_of(sent.start - 1)
            dep = next((x[2] for x in idx if above.start <= x[0] < above.start + 60 and x[2] != pi), None)
        elif (
            earlier and (po := _POSS_OFFICE.fullmatch(doc, earlier[-1][1], s)) and _is_head_text(po.group(1))
        ):
            dep = earlier[-1][2]  # "Serikbayev's chief of staff, X": an office of the principal's
        nxt = idx[k + 1] if k + 1 < len(idx) else None
        if nxt is not None and nxt[2] != pi and _ACCOMPANIES.fullmatch(doc, e, nxt[0]):
            dep = nxt[2]  # "X, who accompanied Y": X travels with Y's side
        elif earlier and _BRIEFS.fullmatch(doc, earlier[-1][1], s):
            dep = earlier[-1][2]  # "X is due to brief President Y": likely one's own side
            strength = HOST
        elif _COMPANION_WORD.search(doc, max(sent.start, s - 120), s) and _ACCOMPANIED_BY.search(
            doc, max(sent.start, s - 120), s
        ):
            # "Y, who arrived on Monday, was accompanied by Foreign Minister X and ...": Y's side
            first = next((x for x in idx if sent.start <= x[0] < s and x[2] != pi), None)
            if (
                first is None
                and re.match(r"\s*(?:He|She)\b", doc[sent.start : sent.start + 6])
                and sent.start
            ):
                prev_sent = sentence_of(sent.start - 1)  # "He was accompanied by ...": the last subject
                first = next((x for x in idx if prev_sent.start <= x[0] < sent.start and x[2] != pi), None)
            dep = first[2] if first is not None else dep
        if dep is not None and out[dep].country and (fill_only or board.strength(dep) >= REFERENCE):
            board.add(pi, out[dep].country, strength, None, "kin-or-aide")
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
        lo = max(sent.start, s - 60)
        verb = _MET_BEFORE.search(doc, lo, s) if _MEET_STEM.search(doc, lo, s) else None
        if before and verb and only_title_words(verb.group(1)):
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
