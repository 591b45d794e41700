"""Meetings: reported diplomatic encounters (talks, visits, calls, summits, negotiations).

Rule-based on purpose: news reports encounters with a small set of verbs and
nouns ("met", "held talks", "spoke by phone", "visit to"), and the hard part is
deciding which mentions are real, dated encounters and which repeat one already
found. Each trigger sentence becomes a candidate; candidates that are
hypothetical, serial or ceremonial are dropped, anaphoric ones ("the two
ministers", "during the meeting") enrich the meeting in focus, and the rest are
merged when their parties, place and day agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from archive.extract import dates
from archive.extract.records import ArticleFacts, CountryMention, Meeting
from archive.extract.text import Sentence, spans_within

__all__ = ["find_meetings"]

# --- triggers -------------------------------------------------------------------------------

# (cameo, pattern). Group "t" is the trigger word kept on the record.
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "041",
        re.compile(
            r"(?P<t>\b(?:tele)?phone\s+(?:call|conversation|talks?)s?\b|\bby\s+(?:tele)?phone\b"
            r"|\bon\s+the\s+(?:tele)?phone\b|\b(?:tele)?phoned\b"
            r"|\b(?:the|a|their|his|her|that|\d+-minute|\d+)\s+(?:[\w.]+\s+){0,2}?call\b"
            r"(?!\s+(?:for|on|to|up)\b)(?!-)"
            r"|\bcall(?:ed|ing)\s+(?=(?:the|his|her|President|Prime|[A-Z][a-z]+\s+[A-Z]))"
            r"(?!it\b|them\b|for\b|on\b))",
            re.I,
        ),
    ),
    (
        "046",
        re.compile(r"(?P<t>\bnegotiat(?:ions|ion|ed|ing)\b)", re.I),
    ),
    (
        "043",
        re.compile(
            r"(?P<t>\bhost(?:ed|s|ing)\b|(?<=\bto\s)host\b|(?<=\bwill\s)host\b|\breception\s+(?:held\s+)?for\b|\bwelcomed\b"
            r"|\breceiv(?:ed|es|ing)\b(?=\s+(?:the|his|her|a|visiting|[A-Z])))",
            re.I,
        ),
    ),
    (
        "042",
        re.compile(
            r"(?P<t>\b(?:state\s+|official\s+|working\s+)?visit(?:ed|s|ing)?\b"
            r"|\b(?:trip|tour|journey|stopover)\b|\barriv(?:ed|es|ing)\s+(?:\w+\s+){0,2}?in\b"
            r"|\bdue\s+(?:here|in)\b|\bcall(?:s|ed)?\s+on\b(?!.{0,80}\bto\s+[a-z])"
            r"(?!\s+(?:the\s+)?(?:international|world|all|both)))",
            re.I,
        ),
    ),
    (
        "040",
        re.compile(
            r"(?P<t>\bmet\b|\bmeet(?:s|ing|ings)?\b|\btalks\b|\bsummit\b|\baudience\s+with\b"
            r"|\bsaw\s+each\s+other\b|\bsat\s+down\s+with\b|\bjoint\s+(?:appearance|press\s+"
            r"conference)\b|\bdiscuss(?:ed|ing|ions?)\b|\bconsultations?\b|\bsession\b)",
            re.I,
        ),
    ),
]

# Words that make a nearby trigger a non-encounter: hypothetical, proposed, negated.
_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|may|should|hopes?|hoping|wants?|wanted|wish(?:es)?|like\s+to"
    r"|plan(?:s|ned|ning)?|propos(?:ed|al|es|ing)|invit(?:ed|ation|es|ing)|offer(?:ed|s)?"
    r"|possib(?:le|ly|ility)|probabl[ey]|potential|prospect|anticipate[sd]?|if|unless|whether"
    r"|open\s+to|willing|ready\s+to|no|not|never|didn't|hasn't|haven't|without|refus(?:ed|es)"
    r"|declin(?:ed|es)|cancel(?:l?ed|s)?|postpon(?:ed|es)|call(?:ed|s)?\s+for|urg(?:ed|es)"
    r"|consider(?:ing|ation)|idea|suggest(?:ed|s|ing)?|seek(?:s|ing)?|sought|push(?:ed|ing)?\s+for"
    r"|preparations?|preparatory|prelude|ahead\s+of|before|future|planned|intend(?:s|ed)?"
    r"|reject(?:s|ed|ing)?|any)\b",
    re.I,
)
# "invited X to visit": an invitation, not an encounter (the invitee may be named at length).
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing)\s+(?:[\w'’.,-]+\s+){0,9}to\s+$", re.I)
# The sentence itself says the encounter is not fixed: "but no date has been agreed".
_UNCONFIRMED = re.compile(
    r"\bno\s+(?:date|itinerary|time|venue)\s+(?:has|had|have)\s+(?:yet\s+)?been\b"
    r"|\b(?:has|have|had|was|were)\s+(?:not|yet\s+to)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:confirmed|fixed|agreed|scheduled|set|announced)\b|\bbut\s+not\s+confirmed\b",
    re.I,
)
# Serial or ongoing contact, not one encounter.
_SERIES = re.compile(
    r"\b(?:twice|(?:two|three|four|five|several|many|\d+)\s+times|series\s+of|rounds\s+of"
    r"|(?:a|two|three|\d+)\s+(?:years?|months?)\s+of|under\s*way|continu(?:ing|es|ed)"
    r"|ongoing|regular(?:ly)?|repeatedly|frequent(?:ly)?|years\s+of|months\s+of)\b",
    re.I,
)
# Greetings on arrival or departure are ceremony, not talks.
_CEREMONIAL = re.compile(
    r"\b(?:upon|on)\s+(?:his|her|their)\s+arrival\b|\bat\s+the\s+airport\b|\bseen\s+off\b"
    r"|\bsee\s+(?:him|her|them)\s+off\b|\bguard\s+of\s+honou?r\b",
    re.I,
)
# A trigger that points back at an encounter already reported.
_ANAPHORIC_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|these|those|their|its|such|both)\s+(?:\w+[\s-]+){0,3}$)", re.I
)
_ANAPHORIC_SUBJECT = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:the\s+two(?:\s+\w+)?|both(?:\s+\w+)?|the\s+(?:ministers|leaders"
    r"|presidents|sides|officials|delegations|pair)|they)\b",
    re.I,
)
# Reporting verbs marking a person as the source of the sentence, not a participant.
_SPEECH_AFTER = re.compile(
    r"^(?:,[^,]{0,90},)?\s*(?:said|says|told|tweeted|(?:added|noted|stated|wrote|explained)\b"
    r"(?!\s+(?:the|a|an|his|her|its|their|this|these|those)\b))\b"
)
_SPEECH_BEFORE = re.compile(
    r"\b(?:according\s+to|[Ss]aid|[Ss]ays|told|quoted)\s+(?:(?:[A-Z][\w.'’-]*|the|of|for|and"
    r"|spokes\w+|aide|advis[eo]r|officials?|secretary|minister|envoy|ambassador|deputy|national"
    r"|security|foreign|policy|press|chief|senior|state|department|ministry)\s+){0,7}$"
)
_OWN_ENCOUNTER = re.compile(
    r"\b(?:his|her|their)\s+(?:meeting|talks|call|visit)\b|\bafter\s+meeting\b"
    r"|\b(?:after|following|during)\s+(?:\w+\s+days?\s+of\s+)(?:talks|meetings)\b",
    re.I,
)
_SUBJECT_GAP = re.compile(
    r"\b(?:he|she|his|her|the\s+(?:\w+\s+){0,2}(?:minister|president|secretary|leader|premier"
    r"|king|chancellor|envoy|monarch|diplomat)|the\s+visiting)\b",
    re.I,
)
# "to hold talks", "to revive negotiations": an aim, not an encounter.
_PURPOSE = re.compile(
    r"\bto\s+(?:(?:have|hold|start|resume|begin|kickstart|revive|pursue|launch|open|arrange"
    r"|organi[sz]e|set\s+up|seek|attend|join|host|enter|hold\s+direct)\s+(?:[\w-]+\s+){0,2})?$",
    re.I,
)
_SCHEDULED_TO = re.compile(
    r"\b(?:is|are|was|were|due|scheduled|set|expected|slated|going|came|arrived|travel(?:l?ed)?"
    r"|flew|went|headed|left)\s+to\s+(?:\w+\s+){0,3}$|\bexpects?\s+(?:[\w.]+\s+){0,5}to\s+$",
    re.I,
)
# A clause break after which named persons are no longer parties of the trigger.
_BREAK = re.compile(
    r",?\s+(?:a\s+day\s+|shortly\s+|soon\s+|days\s+|weeks\s+)?(?:after|before|when|while|because"
    r"|although|though|but|which|who|whom|whose|since|until)\b(?!\s+(?:meeting|talks|his|her"
    r"|their|the\s+(?:meeting|talks)))",
    re.I,
)
_NOT_PARTY_BEFORE = re.compile(
    r"\b(?:possibly|perhaps|maybe|accompanied\s+by|(?:spokes\w+|aides?|advis[eo]rs?)\s+(?:for|to)|letter\s+to|wrote\s+to|brother|sister"
    r"|son|daughter|wife|husband)\s+(?:[\w.'’-]+\s+){0,5}$",
    re.I,
)
_VERB_TRIGGER = re.compile(
    r"(?:met|meets?|hosted|hosts|welcomed|received|receives|visited|visits|called|phoned"
    r"|telephoned|arrived|due|saw|sat|negotiated|discussed)\b",
    re.I,
)
# What may precede a sentence's subject name: titles, demonyms, "the", a dateline.
_SUBJECT_LEAD = re.compile(
    r"(?:[A-Z][A-Z .'’/-]+(?:,\s*[A-Za-z]+\.?\s+\d{1,2})?(?:\s*\([\w ]+\))?\s*(?:-+|—|–)\s*)?"
    r"(?:(?:(?!(?:With|In|At|On|For|From|By|To|After|Before|During|As|When|While|Under|Following"
    r"|Besides|Unlike|Like|Despite|Among|Between|Without|Against)\b)[A-Z][\w.'’-]*|the|of|and|for|state|foreign|prime|vice|deputy|minister|president"
    r"|secretary|chief)\s+)*$"
)
# "held talks", "had a meeting": the noun trigger takes the verb's subject.
_SUPPORT_VERB = re.compile(
    r"\b(?:held|had|hold|holds|began|opened|conducted|wrapped\s+up|sp[eo]ke|spoken|speaks|talked)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "After he met X, Y said": a pronoun in a fronted clause points at the main subject.
_FRONTED = re.compile(r"^\s*(?:After|Before|When|While|As|Once|Following|Upon)\s+(?:he|she)\b")
# A clause opened by a participle: "..., holding talks with X".
_PARTICIPLE = re.compile(r"^\s*(?:and\s+)?(?:also\s+)?[a-z]+ing\s+(?:[a-z]+\s+){0,2}$")
_DATELINE_PLACE = re.compile(r"([A-Z][A-Z .'’-]+?)\s*(?:,|\(|-|—|–)")
_APPOSITIVE = re.compile(r"\s*(?:a|an|which|who|where|whose)\s")
_HERE = re.compile(r"\bhere\b", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]+(?:,\s*[A-Za-z]+\.?\s+\d{1,2})?(?:\s*\([\w ]+\))?\s*(?:-+|—|–)\s*")
_PLACE_PREP = re.compile(
    r"\b(?:in|to|at|into|for|of|here|visit(?:ed|s|ing)?|includ(?:es|ing|ed))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
_FROM_PREP = re.compile(r"\b(?:from|left|leaves|leaving|via)\s+(?:the\s+)?$", re.I)
_ROLE_AFTER = re.compile(
    r"^(?:[’']s)?(?:\s*(?:,|and)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:[’']s)?)*"
    r"\s*(?:[\w-]+\s+){0,2}?(?:counterparts?|leaders?|leadership|president|presidents"
    r"|prime\s+minister|premier|ministers?|delegations?|officials?|government|negotiators?"
    r"|envoys?|ambassador|diplomats?|side|team|king|chiefs?|authorities|counterparts)\b",
    re.I,
)
_PARTY_BEFORE = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?|\bwith\s+(?:the\s+)?"
    r"|\b(?:leaders?|presidents?|delegations?|officials|representatives|ministers?|governments?"
    r"|heads?\s+of\s+(?:state|government))\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,7}?"
    r"|\bvisit(?:ed|s|ing)?\s+(?:to\s+)?(?:the\s+)?|\b(?:trip|tour|journey)\s+to\s+(?:the\s+)?)$",
    re.I,
)
# "<name>'s sister", "<name>'s government": the name only qualifies someone else.
_POSSESSED = re.compile(
    r"[’']s\s+(?:administration|government|spokes\w+|aides?|office|brother|sister|son|daughter"
    r"|wife|husband|father|mother|widow|uncle|nephew|cousin|successor|predecessor)\b"
)
_ALSO_NEAR = re.compile(r"\s*\b[Aa]lso\b\s*(?:on\s+)?$|^\s*,?\s*also\b")
_SUMMIT = re.compile(r"summit", re.I)
_SUMMIT_FRAME = re.compile(
    r"\s*(?:At|During|On\s+the\s+sidelines\s+of|On\s+the\s+margins\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}summit\b"
)
_CITY_SUFFIX = re.compile(r",\s*(?:D\.C\.|DC\b)")
# A call with the press is a briefing, not an encounter between parties.
_PRESS = re.compile(
    r"\bwith\s+(?:\w+\s+)?(?:reporters|journalists|the\s+(?:press|media)|news\s+media)\b", re.I
)
# ", who chaired it, and his ...": a relative aside after which the list of parties goes on.
_REL_ASIDE = re.compile(r",\s+(?:who|whom)\s+[^,;]{1,60},\s+and\s+(?=(?:his|her|their|the|[A-Z]))")
_COORD_PRED = re.compile(r"^\s*and\s+(?:also\s+)?(?:is|was|will|has|had|are|were)\b")
# "after talks", "before a meeting": an encounter with no determiner pointing back.
_AFTER_BARE = re.compile(
    r"\b(?:after|before|following)\s+(?!(?:the|this|that|these|those|their|its|such|both)\b)"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
# A plural party that names nobody: "the two ministers", "their foreign ministers".
_PLURAL_PARTY = re.compile(
    r"\b(?:the\s+two|both|their)\s+(?:countries[’']\s+)?(?:[\w-]+\s+){0,2}?(?:ministers|leaders"
    r"|presidents|counterparts|diplomats|premiers|envoys|heads\s+of\s+(?:state|government))\b",
    re.I,
)
_WITH_BEFORE = re.compile(r"\b(?:[Ww]ith|[Bb]etween)\s+(?:[\w'’.-]+\s+){0,5}$")
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")


# Markers that put an undated encounter before the report's day: "earlier", "had met", "ago".
_NOT_TODAY = re.compile(
    r"\b(?:earlier|previous(?:ly)?|last\s+time|former(?:ly)?|once|ago|in\s+the\s+past|(?:19|20)\d\d"
    r"|had\s+(?:\w+\s+)?(?:met|held|visited|spoken|talked|hosted|received|called|been|travell?ed)"
    r"|used\s+to)\b",
    re.I,
)


@dataclass(slots=True)
class _Cand:
    sent: int
    start: int
    end: int
    trigger: str
    cameo: str
    persons: list[int] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    location: str | None = None
    location_country: str | None = None
    date: date | None = None
    coarse: bool = False
    today: bool = False  # reported as the news of the day: no date, no earlier-marker
    also_day: bool = False  # "also on Monday": the encounter reported just before shares the day
    anaphoric: bool = False
    same_day: bool = False  # "on the same day": the date of the meeting before
    venue: bool = False  # location is a building or institution, not a city
    visit: bool = False  # a visit was reported (cameo may since have become "talks")
    day: str = ""  # an unresolved day as written ("tuesday" with no publication date)
    pair: list[int] = field(default_factory=list)  # who "the two ministers" stands for, if no one is in focus


def _strip_the(s: str) -> str:
    return s[4:] if s.lower().startswith("the ") else s


def _fold(s: str | None) -> str:
    return (s or "").lower().strip()


def _quote_spans(text: str, base: int) -> list[tuple[int, int]]:
    return [(m.start() + base, m.end() + base) for m in _QUOTE.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _dateline_end(doc: str, body_start: int) -> int:
    m = _DATELINE.match(doc[body_start : body_start + 120])
    return body_start + m.end() if m else body_start


class _Ctx:
    """Per-article lookups shared by every candidate."""

    def __init__(self, doc: str, facts: ArticleFacts, body_start: int) -> None:
        self.doc = doc
        self.facts = facts
        self.mentions: list[tuple[int, int, int]] = sorted(
            (pm.start, pm.end, i) for i, p in enumerate(facts.persons) for pm in p.mentions
        )
        self.countries = sorted(facts.countries, key=lambda c: c.start)
        self._pstarts = [m[0] for m in self.mentions]
        self._cstarts = [c.start for c in self.countries]
        self._pends = [m[1] for m in self.mentions]
        self._cends = [c.end for c in self.countries]
        self.body_start = body_start
        self.venues = {_fold(_strip_the(c.surface)) for c in self.countries if c.kind == "body"}
        self.sent_starts: list[int] = []
        self.trigger_sents: set[int] = set()  # sentences holding a trigger word
        self._dates: dict[int, tuple[list[dates.DateMention], list[dates.DateMention]]] = {}
        self.dateline_end = _dateline_end(doc, body_start)
        head = _DATELINE_PLACE.match(doc, body_start, self.dateline_end)
        self.dateline_place = (
            head.group(1).strip().title() if head and self.dateline_end > body_start else None
        )
        self.dateline_city: CountryMention | None = next(
            (c for c in self.countries if body_start <= c.start < self.dateline_end and c.kind == "city"),
            None,
        )

    def prev_sentence_start(self, si: int) -> int:
        return self.sent_starts[si - 1] if 0 < si <= len(self.sent_starts) else 0

    def persons_in(self, a: int, b: int) -> list[tuple[int, int, int]]:
        return spans_within(self.mentions, self._pstarts, self._pends, a, b)

    def countries_in(self, a: int, b: int) -> list[CountryMention]:
        return spans_within(self.countries, self._cstarts, self._cends, a, b)

    def sentence_dates(
        self, si: int, text: str, base: int, published: date | None
    ) -> tuple[list[dates.DateMention], list[dates.DateMention]]:
        """Date expressions of sentence ``si`` read as past and as future (cached: several triggers share them)."""
        if si not in self._dates:
            self._dates[si] = (
                dates.find_dates(text, published, future=False, offset=base),
                dates.find_dates(text, published, future=True, offset=base),
            )
        return self._dates[si]

    def subject_person(self, si: int, base: int) -> int | None:
        """Who "he"/"she" most likely is: the subject of the nearest earlier sentence naming someone.

        Pronouns in news usually continue the subject of the previous sentence; a person
        named first and early in a sentence is taken as its subject. Falls back to the
        article's focus person when the last few sentences name nobody in subject position.
        """
        for back in range(1, 4):
            if si - back < 0:
                break
            start = self.sent_starts[si - back]
            found = self.persons_in(start, start + 80)
            if found and _SUBJECT_LEAD.match(self.doc, start, found[0][0]):
                return found[0][2]
        return self.focus_person(base)

    def focus_person(self, before: int) -> int | None:
        """The person the article is about so far: most mentions before ``before``."""
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        for s, _e, i in self.mentions:
            if s >= before:
                break
            if s < self.body_start:
                continue
            counts[i] = counts.get(i, 0) + 1
            first.setdefault(i, s)
        if not counts:
            return None
        return max(counts, key=lambda i: (counts[i], -first[i]))


def _find_triggers(text: str) -> list[tuple[int, int, str, str]]:
    """Non-overlapping trigger spans in a sentence (relative offsets), in text order."""
    found: list[tuple[int, int, str, str]] = []
    for cameo, rx in _TRIGGERS:
        for m in rx.finditer(text):
            a, b = m.span("t")
            if any(a < fb and fa < b for fa, fb, _, _ in found):
                continue
            found.append((a, b, cameo, m.group("t")))
    found.sort()
    return found


def _clause_start(text: str, pos: int) -> int:
    head = text[:pos]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind("—"), head.rfind(" – "))
    return cut + 1


_LIST_ITEM = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|\s+and\b)")


def _clause_end(text: str, pos: int) -> int:
    """End of the clause from ``pos``; commas inside a list of names ("A, B and C") don't end it."""
    i = pos
    while True:
        ends = [j for j in (text.find(",", i), text.find(";", i), text.find("—", i)) if j >= 0]
        if not ends:
            return len(text)
        j = min(ends)
        if text[j] == "," and _LIST_ITEM.match(text, j):
            i = j + 1
            continue
        return j


def _clause_before(text: str, pos: int) -> str:
    """Words of the clause leading up to ``pos`` (back to a comma, semicolon or dash)."""
    head = text[:pos]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind("—"), head.rfind(" – "))
    return head[cut + 1 :]


def _rejected(text: str, a: int, b: int, trig: str, cameo: str) -> bool:
    """Whether the trigger at text[a:b] reports no real, single encounter."""
    before = _clause_before(text, a)
    near = " ".join(before.split()[-7:])
    after = text[b : b + 60]
    low = trig.lower()
    if _HYPOTHETICAL.search(near) or _INVITED_TO.search(before):
        return True
    if _UNCONFIRMED.search(text, b):
        return True
    if _PURPOSE.search(near) and not _SCHEDULED_TO.search(near):
        return True  # purpose infinitive: "to hold talks", "to open negotiations"
    if _SERIES.search(near) or _SERIES.match(after.strip()):
        return True
    if re.search(r"\b(?:times|rounds)\b", after[:25], re.I):
        return True
    if low.startswith(("receiv", "welcom", "host")) and _CEREMONIAL.search(text):
        return True
    if cameo == "041" and (_PRESS.search(text[max(0, a - 60) : b + 40]) or "conference" in low):
        return True  # a conference call with reporters is a briefing
    if low.startswith(("discuss", "session", "consultation")) and re.search(
        r"\b(?:discuss(?:ed|ing)?\s+(?:a|the|holding|having|his|her|their|[A-Z][\w-]*[’']s)\s+(?:\w+\s+){0,2}?"
        r"(?:summit|meeting|visit|talks))",
        text[a : a + 60],
        re.I,
    ):
        return True
    if low in ("talks", "negotiations", "negotiation") and re.search(
        r"^\s*(?:on|about|over)\s+(?:a|the)?\s*(?:future|possible)", after, re.I
    ):
        return True
    if low.startswith("visit") and re.search(
        r"\b(?:visiting|visitors?)\s+(?:\w+\s+)?(?:card|hours)", text[a : b + 20], re.I
    ):
        return True
    return cameo == "046" and bool(re.search(r"\b(?:help(?:ed)?|broker(?:ed)?)\s+$", near))


def find_meetings(
    doc: str,
    sentences: list[Sentence],
    title_end: int,
    published: date | None,
    facts: ArticleFacts,
) -> list[Meeting]:
    """Reported encounters in ``doc``, one per encounter (see module docstring)."""
    body_start = title_end
    while body_start < len(doc) and doc[body_start].isspace():
        body_start += 1
    ctx = _Ctx(doc, facts, body_start if title_end else 0)
    body_sents = [s for s in sentences if s.start >= (body_start if title_end else 0)]
    ctx.sent_starts = [s.start for s in body_sents]
    cands: list[_Cand] = []
    for si, s in enumerate(body_sents):
        text = doc[s.start : s.end]
        trigs = _find_triggers(text)
        if not trigs:
            continue
        ctx.trigger_sents.add(si)
        quotes = _quote_spans(text, s.start)
        for k, (a, b, cameo, trig) in enumerate(trigs):
            if _inside(s.start + a, quotes):
                continue
            if _rejected(text, a, b, trig, cameo):
                continue
            nxt = trigs[k + 1][0] if k + 1 < len(trigs) else len(text)
            win = (_clause_start(text, a), min(_clause_end(text, b), nxt))
            cands.extend(_build(ctx, text, s, si, a, b, cameo, trig, quotes, published, win, len(trigs)))
    return _merge(ctx, cands, published)


def _build(
    ctx: _Ctx,
    text: str,
    s: Sentence,
    si: int,
    a: int,
    b: int,
    cameo: str,
    trig: str,
    quotes: list[tuple[int, int]],
    published: date | None,
    win: tuple[int, int],
    n_trigs: int,
) -> list[_Cand]:
    doc = ctx.doc
    base = s.start
    cand = _Cand(si, base, s.end, trig, cameo, visit=cameo == "042")
    before = text[:a]
    verb = bool(_VERB_TRIGGER.match(trig))
    support = bool(_SUPPORT_VERB.search(before))
    if verb or support:  # "the two ministers met", "they held talks", "Both men, who ..."
        cand.anaphoric = bool(_ANAPHORIC_SUBJECT.match(_clause_before(text, a))) or (
            bool(_ANAPHORIC_SUBJECT.match(text)) and not ctx.persons_in(base, base + a)
        )
    else:  # "the meeting", "during the talks"
        cand.anaphoric = (
            bool(_ANAPHORIC_BEFORE.search(before[-40:]))
            and not _AFTER_BARE.search(before)
            and not re.search(r"\b(?:his|her|a|an)\s+(?:\w+\s+){0,2}$", before[-30:], re.I)
            and not (  # "the visit of X": X's visit
                cameo == "042" and re.match(r"\s+(?:of|by)\s+[A-Z]", text[b:])
            )
        )
    wa, wb = win

    # Participants: persons named in the sentence, minus quoted or reporting sources.
    own = bool(_OWN_ENCOUNTER.search(text))
    lo, hi = base, s.end
    at_summit = cand.anaphoric and _SUMMIT.fullmatch(trig) is not None
    # "At the summit, X said": a speaker framed at the summit spoke there, so attended it
    summit_frame = at_summit and bool(_SUMMIT_FRAME.match(text))
    if at_summit:
        pass  # whoever the sentence places at "the summit" attended it
    elif cand.anaphoric:
        # only the clause holding the trigger: "The talks followed a message X sent Y"
        left = max(text.rfind(",", 0, a), text.rfind(" after ", 0, a), text.rfind(" when ", 0, a))
        rights = [i for i in (text.find(",", b), text.find(" after ", b), text.find(" when ", b)) if i > 0]
        lo, hi = base + max(left, 0), base + (min(rights) if rights else len(text))
        if not ctx.persons_in(lo, hi) and left > 0 and text[left] == ",":
            lo = base + max(text.rfind(",", 0, left), 0)  # "X, who joined the talks, said"
    else:
        brk = _BREAK.search(text, b)
        while brk and _REL_ASIDE.match(text, brk.start()):
            # ", who chaired the session, and his counterparts": an aside inside the object list
            brk = _BREAK.search(text, _REL_ASIDE.match(text, brk.start()).end())
        if brk:
            hi = base + brk.start()
        brk_before = [m.end() for m in _BREAK.finditer(text, 0, a)]
        # "X and Y signed the deal after talks in Z": the main clause's subjects held the talks
        bare = (
            not verb and _AFTER_BARE.search(before) and not ctx.persons_in(base + brk_before[-1], base + a)
            if brk_before
            else False
        )
        if brk_before and not bare and not re.search(r"\bwho\b", text[brk_before[-1] - 8 : brk_before[-1]]):
            lo = base + brk_before[-1]
    persons: list[int] = []
    speakers: list[int] = []
    topic_verb = trig.lower().startswith("discuss")
    for ms, me, pi in ctx.persons_in(lo, hi):
        if _inside(ms, quotes) or pi in persons:
            continue
        rel_s, rel_e = ms - base, me - base
        speaker = bool(_SPEECH_AFTER.match(text[rel_e:])) or bool(
            _SPEECH_BEFORE.search(text[max(0, rel_s - 60) : rel_s])
        )
        if speaker and not summit_frame and not (own and _SPEECH_AFTER.match(text[rel_e:])):
            speakers.append(ms)
            continue
        if _NOT_PARTY_BEFORE.search(text[max(0, rel_s - 50) : rel_s]):
            continue
        if topic_verb and rel_s >= b and not _WITH_BEFORE.search(text, max(b, rel_s - 60), rel_s):
            continue  # "discussed the X plan": what is discussed is a topic, not a party
        if _POSSESSED.match(doc, me):
            continue
        persons.append(pi)
    if not persons and cameo == "042" and speakers and speakers[0] == base:
        # "X, opening a visit to Y with an address, said": the speaker is the visitor
        persons.append(ctx.persons_in(base, base + 200)[0][2])
    in_clause = {pi for _ms, _me, pi in ctx.persons_in(lo, base + a)}
    # a fronted "With X, the minister discussed ...": X is the object, the subject is still open
    objects = {
        pi
        for ms, _me, pi in ctx.persons_in(lo, base + a)
        if _WITH_BEFORE.search(text, max(0, ms - base - 60), ms - base)
    }
    named_before = any(pi in in_clause - objects for pi in persons)
    clause = _clause_before(text, a)
    participle = bool(_PARTICIPLE.match(clause)) and not in_clause
    # a gerund after "after/before" ("after meeting X") takes the sentence's subject like a verb
    gerund = bool(
        re.search(r"\b(?:after|before|since|while|when|on)\s+$", before, re.I)
    ) and trig.lower().endswith("ing")
    gap = (
        ((verb or support or gerund) and (_SUBJECT_GAP.search(clause) or gerund))
        or (not verb and re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$", before))
        # "X travelled to Y for talks with Z": the traveller takes part
        or (
            not verb
            and re.search(
                r"\b(?:travel\w*|flew|fly|flies|went|go(?:es)?|came|arrived)\b[^,;]*\bfor\s+$", before
            )
        )
        # "..., and is due to host Z": a second predicate of the sentence's subject
        or (bool(_COORD_PRED.match(clause)) and not in_clause)
    )
    if participle:  # "X arrived in Y, holding talks with Z": X is the subject of both
        subj = ctx.persons_in(base, base + _clause_start(text, a))
        if subj and subj[0][0] - base < 40 and subj[0][2] not in persons:
            persons.insert(0, subj[0][2])
    elif not named_before and not cand.anaphoric and gap:
        comma = text.find(",", b)
        main = ctx.persons_in(base + comma, base + comma + 60) if comma > 0 and _FRONTED.match(text) else []
        head = ctx.persons_in(base, base + a)[:1] if gerund else []
        if head and not _SUBJECT_LEAD.match(ctx.doc, base, head[0][0]):
            head = []
        if head:  # "X praised ties after meeting Y": X, the sentence's subject
            main = head
        fp = main[0][2] if main else ctx.subject_person(si, base)
        if fp is not None and fp not in persons:
            persons.insert(0, fp)
    if re.match(r"\s+(?:him|her)\b", text[b:]) and si > 0:
        prev = ctx.persons_in(ctx.prev_sentence_start(si), base)
        if prev and prev[0][2] not in persons:
            persons.append(prev[0][2])  # "X hosted him": the person just spoken of
    if not persons and _PLURAL_PARTY.search(text):
        cand.pair = _pair_nearby(ctx, si)
    cand.persons = persons

    # Countries: parties named as demonym + role, or "with/between X", in the trigger's span.
    codes: set[str] = set()  # participants' own countries are added when meetings are final
    for c in ctx.countries_in(base + wa if not cand.anaphoric else base, base + wb):
        if _inside(c.start, quotes) or c.start < ctx.dateline_end:
            continue
        rel_s, rel_e = c.start - base, c.end - base
        if any(ms <= c.start < me for ms, me, _ in ctx.mentions):
            continue
        pre = text[max(0, rel_s - 60) : rel_s]
        if c.kind in ("demonym", "name") and _ROLE_AFTER.match(text[rel_e:]):
            codes.add(c.code)
        elif c.kind in ("name", "body", "city") and _PARTY_BEFORE.search(pre):
            if c.kind == "city" and re.search(r"\b(?:in|to|at)\s+(?:the\s+)?$", pre[-12:]):
                continue
            codes.add(c.code)
    cand.countries = codes

    # Date: the expression nearest the trigger, in its clause (or sentence if it is alone).
    cs = _clause_start(text, a)
    past, fut = ctx.sentence_dates(si, text, base, published)
    found = []
    for dp, df in zip(past, fut, strict=False):
        if dp.start < ctx.dateline_end or _inside(dp.start, quotes) or dp.since:
            continue
        seg = text[min(cs, dp.start - base) : max(b, dp.end - base)]
        found.append(df if dates.is_future(seg) else dp)
    local = [d for d in found if base + wa <= d.start < base + wb]
    if not local and n_trigs == 1:
        local = found
    if local:
        trig_pos = base + a
        best = min(local, key=lambda d: (abs(d.start - trig_pos), d.start))
        if best.kind == "same_day":
            cand.same_day = True
        else:
            cand.date = best.date
            cand.coarse = best.date is None
            if best.date is None and best.kind in ("weekday", "mdy", "dmy"):
                cand.day = " ".join(doc[best.start : best.end].lower().split())
            rel_d = best.start - base
            cand.also_day = best.date is not None and bool(
                _ALSO_NEAR.search(text, max(0, rel_d - 12), rel_d)
                or _ALSO_NEAR.match(text, best.end - base, best.end - base + 6)
            )
    # No day named: the report's own news when told as done, with nothing dating it earlier.
    cand.today = (
        not found
        and not _NOT_TODAY.search(text)
        and not dates.is_future(text[_clause_start(text, a) : _clause_end(text, b)])
    )

    # Location: a city placed by "in/to/at", else a venue, else "here" = dateline city.
    places = _places(ctx, text, base, wa, wb, a)
    if not places and n_trigs == 1:
        places = _places(ctx, text, base, 0, len(text), a, skip_appositive=True)
    if len(places) > 1 and cameo == "042" and _is_list(text, places, base):
        out = []
        for loc, code in places:
            others = {pc for _pl, pc in places if pc != code}
            c = _Cand(
                si,
                base,
                s.end,
                trig,
                cameo,
                list(persons),
                set(codes) - others,
                loc,
                code,
                cand.date,
                cand.coarse,
                False,
                cand.anaphoric,
                cand.same_day,
                visit=True,
            )
            c.countries.add(code)
            out.append(c)
        return out
    _locate(ctx, cand, text, places)
    if not cand.location and not cand.anaphoric and si > 0:
        scene = _scene_city(ctx, si)
        if scene and cand.location_country in (None, scene[1]):
            cand.location, cand.location_country = scene
    return [cand]


def _pair_nearby(ctx: _Ctx, si: int) -> list[int]:
    """The persons "the two ministers" stands for: two or more named in the sentence before or after.

    Only persons of distinct, known countries count: the two sides of a bilateral encounter.
    """
    n = len(ctx.sent_starts)
    for sj in (si - 1, si + 1):
        if not 0 <= sj < n:
            continue
        end = ctx.sent_starts[sj + 1] if sj + 1 < n else len(ctx.doc)
        out: list[int] = []
        seen: set[str] = set()
        for _ms, _me, pi in ctx.persons_in(ctx.sent_starts[sj], end):
            code = ctx.facts.persons[pi].country
            if code and code not in seen and pi not in out:
                seen.add(code)
                out.append(pi)
        if len(out) >= 2:
            return out
    return []


def _scene_city(ctx: _Ctx, si: int) -> tuple[str, str] | None:
    """The city a scene-setting sentence just before puts the reader in ("It was a tense day in X.").

    Only a sentence that reports no encounter of its own and names exactly one city, after
    "in", sets the scene; the encounter that follows with no place of its own happened there.
    """
    start = ctx.sent_starts[si - 1]
    end = ctx.sent_starts[si]
    if si - 1 in ctx.trigger_sents or start < ctx.dateline_end:
        return None
    cities = [c for c in ctx.countries_in(start, end) if c.kind == "city"]
    if len(cities) != 1 or not re.search(
        r"\bin\s+$", ctx.doc[max(start, cities[0].start - 6) : cities[0].start]
    ):
        return None
    c = cities[0]
    suffix = _CITY_SUFFIX.match(ctx.doc, c.end)
    return _strip_the(c.surface) + (suffix.group(0) if suffix else ""), c.code


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
        if _FROM_PREP.search(pre[-12:]):
            continue
        if c.kind in ("city", "body") and (_PLACE_PREP.search(pre) or re.search(r"(?:,|\band)\s+$", pre)):
            if re.search(r"\b(?:of|for)\s+(?:the\s+)?$", pre) and not re.search(r"capital\s+of\s+$", pre):
                continue
            surface = _strip_the(c.surface)
            suffix = _CITY_SUFFIX.match(ctx.doc, c.end) if c.kind == "city" else None
            if suffix:  # "Washington, D.C.": the district is part of the place's written name
                surface += suffix.group(0)
            out.append((c.start, surface, c.code))
        elif c.kind == "name" and (
            re.search(
                r"\b(?:in|to|visit(?:ed|s|ing)?|tour\s+(?:of|to)|trip\s+to|includ(?:es|ing|ed)"
                r"|takes\s+in)\s+(?:the\s+)?$",
                pre,
            )
            or re.search(r"(?:,|\band)\s+$", pre)
            or re.match(r"[’']s\s+[A-Z]", text[c.end - base :])
        ):
            out.append((c.start, None, c.code))
    out.sort(key=lambda x: (x[1] is None, abs(x[0] - base - a)))
    seen: set[str] = set()
    res: list[tuple[str | None, str]] = []
    for _pos, loc, code in out:
        key = loc or code
        if key not in seen:
            seen.add(key)
            res.append((loc, code))
    return res


def _is_list(text: str, places: list[tuple[str | None, str]], base: int) -> bool:
    """Whether several places are listed as stops ("visited A, B and C")."""
    codes = {code for _loc, code in places}
    return len(codes) == len(places) and bool(re.search(r"\band\b", text))


def _locate(ctx: _Ctx, cand: _Cand, text: str, places: list[tuple[str | None, str]]) -> None:
    cities = [p for p in places if p[0]]
    if cities:
        cand.location, cand.location_country = cities[0]
    elif (
        _HERE.search(text)
        and ctx.dateline_city is not None
        and (not places or places[0][1] == ctx.dateline_city.code)
    ):  # "due here": the dateline city, when it lies in the country named
        cand.location = ctx.dateline_city.surface.title()
        cand.location_country = ctx.dateline_city.code
    elif _HERE.search(text) and ctx.dateline_place and len(places) == 1:
        # a dateline city the gazetteer does not know, in the one country the clause names
        cand.location, cand.location_country = ctx.dateline_place, places[0][1]
    elif places:
        cand.location_country = places[0][1]
    if cand.location and _fold(cand.location) in ctx.venues:
        cand.venue = True
    if cand.cameo in ("042", "043") and cand.location_country:
        cand.countries.add(cand.location_country)


def _compatible(m: _Cand, c: _Cand) -> bool:
    # a venue (a palace, a ministry) and a city of the same country can be one encounter's place
    venue_in_city = (m.venue or c.venue) and m.location_country == c.location_country
    if m.location and c.location and _fold(m.location) != _fold(c.location) and not venue_in_city:
        return False
    if m.location_country and c.location_country and m.location_country != c.location_country:
        return False
    if m.day and c.day and m.day != c.day:
        return False  # "on Sunday" and "on Tuesday" are two days even when neither resolves
    return not (m.date and c.date and m.date != c.date)


def _same_parties(m: _Cand, c: _Cand) -> bool:
    if m.persons and c.persons:
        a, b = set(m.persons), set(c.persons)
        if len(a) == 1 or len(b) == 1:
            # a lone person (the visitor) joins a meeting in the same sentence, the next one,
            # or the same country; a lone mention with no place joins the visit in focus
            if not a & b:
                return False
            lone = c if len(b) == 1 else m
            other = m if lone is c else c
            if (
                lone.visit
                and lone.location_country
                and other.countries - {lone.location_country} - lone.countries
            ):
                return False  # a visit to one country does not hold talks with another's party
            if abs(c.sent - m.sent) <= 1:
                return True
            if m.location_country and m.location_country == c.location_country:
                return True
            if lone.visit and lone.location_country and not other.location_country:
                # "X arrived in Y ... X met Z": the talks happened on that visit
                return not (other.countries - {lone.location_country} - lone.countries)
            return (
                not lone.location_country and not lone.countries - {lone.location_country} and len(a | b) <= 2
            )
        return len(a & b) / len(a | b) >= 0.5 or a <= b or b <= a
    if not m.persons and not c.persons:
        return bool(m.countries) and m.countries == c.countries
    return False


def _other_call(last: _Cand, c: _Cand) -> bool:
    """Whether ``c`` is a dated phone call pointing back at people who also met in person."""
    return c.cameo == "041" and last.cameo != "041" and c.date is not None and c.date != last.date


def _absorb(m: _Cand, c: _Cand) -> None:
    for p in c.persons:
        if p not in m.persons:
            m.persons.append(p)
    m.countries |= c.countries
    m.visit = m.visit or c.visit
    m.today = m.today or c.today
    if not m.location and c.location:
        m.location, m.location_country = c.location, c.location_country or m.location_country
    elif m.venue and c.location and not c.venue and c.location_country == m.location_country:
        # the city is the meeting's place; a palace or ministry named elsewhere only refines it
        m.location, m.venue = c.location, False
    if not m.location_country and c.location_country:
        m.location_country = c.location_country
    if m.date is None and c.date is not None:
        m.date = c.date
    m.day = m.day or c.day
    # "it was their second meeting this year": a coarse span around a mention, not its day
    m.coarse = m.date is None and (m.coarse or (c.coarse and not (c.anaphoric and c.day == "")))
    if m.cameo == "042" and c.cameo in ("040", "041", "046"):
        m.cameo, m.trigger = c.cameo, c.trigger


def _fold_unnamed(facts: ArticleFacts, out: list[_Cand]) -> list[_Cand]:
    """Fold "the two countries' ministers met" into the meeting that names those ministers.

    A meeting told only by its countries is the same encounter as one whose named
    participants come from exactly those countries, when place and day agree.
    """
    keep: list[_Cand] = []
    for m in out:
        if not m.persons and len(m.countries) >= 2:
            same = next(
                (
                    n
                    for n in out
                    if n.persons
                    and n.countries | {facts.persons[p].country or "" for p in n.persons} == m.countries
                    and _compatible(n, m)
                ),
                None,
            )
            if same is not None:
                _absorb(same, m)
                continue
        keep.append(m)
    return keep


def _merge(ctx: _Ctx, cands: list[_Cand], published: date | None) -> list[Meeting]:
    facts = ctx.facts
    out: list[_Cand] = []
    last: _Cand | None = None
    last_sent = -1
    summit: _Cand | None = None  # the summit in focus: later "the summit" mentions add its attendees
    for c in cands:
        if c.same_day:
            prev = next((m for m in reversed(out) if m.date), None)
            c.date = prev.date if prev else None
        target: _Cand | None = None
        if c.pair and not (c.anaphoric and last is not None and c.sent - last.sent <= 6):
            c.persons = list(c.pair)  # "the two ministers" with no meeting in focus: the pair named nearby
        if c.anaphoric and last is not None and _other_call(last, c):
            # "Both men, who talked by phone a week ago, met ...": the same people, another encounter
            target = next((m for m in reversed(out) if m.cameo == "041" and m.date == c.date), None)
            if target is None:
                c.persons = c.persons or list(last.persons)
                c.anaphoric = False
                out.append(c)  # an aside: the meeting in focus stays in focus
                continue
        elif c.anaphoric and summit is not None and _SUMMIT.fullmatch(c.trigger):
            target = summit  # "the summit" names the one summit the report is about, however far back
        elif c.anaphoric and last is not None and c.sent - last.sent <= 6:
            new_people = [p for p in c.persons if p not in last.persons]
            if c.location and not _compatible(last, c):
                # "they last met in X in January": the same people, another place or day
                c.persons = c.persons or list(last.persons)
                c.countries |= last.countries
                c.anaphoric = False
                out.append(c)
                continue
            if not new_people or set(c.persons) & set(last.persons) or c.sent - last.sent <= 3:
                target = last  # "X joined the talks", "X was present at the meeting"
        if (
            target is None
            and last is not None
            and c.sent == last_sent
            and set(c.persons) <= set(last.persons)
            and _compatible(last, c)
        ):
            target = last  # one sentence, one encounter: its second trigger joins the first
        if target is None:
            for m in reversed(out):
                if _same_parties(m, c) and _compatible(m, c):
                    target = m
                    break
        if target is None and last is not None and c.sent == last.sent and not c.persons:
            target = last  # a second trigger word in the same sentence
        last_sent = c.sent
        if c.also_day and c.date is not None:
            # "X also on Monday met Y": X's encounter reported just before, undated, was that day
            prev = next((m for m in reversed(out) if set(m.persons) & set(c.persons[:1])), None)
            if prev is not None and prev is not target and prev.date is None and not prev.coarse:
                prev.date = c.date
        if target is not None:
            _absorb(target, c)
            last = target
            continue
        if c.anaphoric and not c.persons and not c.countries:
            continue
        out.append(c)
        last = c
        if not c.anaphoric and _SUMMIT.fullmatch(c.trigger) and not c.coarse:
            summit = c
    out = _fold_unnamed(facts, out)
    meetings: list[Meeting] = []
    for m in out:
        codes = set(m.countries)
        for p in m.persons:
            if facts.persons[p].country:
                codes.add(facts.persons[p].country)
        own = {facts.persons[p].country for p in m.persons if facts.persons[p].country}
        known = all(facts.persons[p].country for p in m.persons)
        if (
            m.cameo == "042"
            and m.persons
            and m.location_country
            and m.location_country == facts.persons[m.persons[0]].country
        ):
            continue  # travelling home is no visit
        if len(codes) == 1 and m.location_country and m.location_country not in codes:
            codes.add(m.location_country)  # one side went to the other's country
        if (
            len(m.persons) + len(codes - own) < 2
            and len(codes) < 2
            and not (len(m.persons) >= 2 and not known)
        ):
            continue
        if len(codes) < 2 and m.persons and known and len(m.persons) >= 2:
            continue  # an encounter inside one side
        d = m.date
        if d is None and not m.coarse and published is not None and m.today:
            d = published  # a same-day report's own events that name no day
        meetings.append(
            Meeting(
                participants=list(m.persons),
                countries=sorted(codes),
                location=m.location,
                location_country=m.location_country,
                date=d,
                cameo=m.cameo,
                start=m.start,
                end=m.end,
                trigger=m.trigger,
            )
        )
    return meetings
