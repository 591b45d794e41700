"""Shapes of the phrases that name a quotation's source, and the per-article lookups.

Like ``speaker_clauses``: each helper reads one shape (an aside, a relative clause, a
party, a medium, a person's office, a seat of government) and returns offsets or
names; ``quotes`` builds the speaker. :class:`SourceContext` holds the article's
person and country mentions for the speaker rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archive.extract.records import ArticleFacts
from archive.extract.speaker_clauses import ABBREV_DOT, FINITE_CUE
from archive.extract.speaker_gender import honorific_fixes
from archive.extract.text import Sentence, spans_within

# nouns that make an unnamed person or body the source ("a Norwegian official")
ROLE_NOUN = re.compile(
    r"\b(?:(?:vice |deputy |prime |foreign |defen[cs]e |interior |finance |top |chief |senior |"
    r"former )*(?:president|minister|secretary|spokes(?:man|woman|person)|envoy|ambassador|"
    r"official|diplomat|senator|leader|chairman|chairwoman|premier|chancellor|king|queen|"
    r"prince|sultan|monarch|emir|adviser|advisor|aide|negotiator|source|analyst|general|"
    r"commander|lawmaker|governor|mayor|representative|delegate|counterpart|head|chief|mediator|facilitator|"
    r"director|officer|host|guest|visitor|statement|press release|communique|communiqué|readout|minutes|"
    r"ministry|office|presidency|secretariat|chancellery|"
    r"broadcaster|newspaper|channel|outlet|tabloid|association|federation|"
    r"government|embassy|agency|department|spokesperson|sources|officials|diplomats))\b",
    re.I,
)
# Heads of bodies that can be a quotation's source. Kept apart from lexicon.ORG_NOUNS: it
# adds "House", "Kremlin", "Secretariat", leaves out place and company nouns, and feeds a
# regex alternation; merging the two would change which sources are found.
ORG_HEAD = (
    "Office|Ministry|Department|House|Kremlin|Embassy|Agency|Network|Committee|Council|"
    "Commission|Government|Administration|Party|Foundation|Institute|Service|News|Times|"
    "Post|Journal|Press|Bank|Fund|Organisation|Organization|Union|Forces|Army|Navy|Palace|"
    "Secretariat|Cabinet|Parliament|Congress|Senate|Assembly|Court|Mission|Corporation|Group|"
    "Chancellery|Presidency"
)
CAPWORD = r"(?:[A-Z][\w’'.&-]*)"
ORG = re.compile(
    rf"\b(?:{CAPWORD}\s+(?:(?:of|for|and|the)\s+)*)*?(?:{ORG_HEAD})\b(?:\s+of\s+(?:the\s+)?{CAPWORD}(?:\s+{CAPWORD})*)?"
)

# "X met Y, who later told reporters": the verb's subject is the name before ", who".
_WHO_TAIL = re.compile(r",\s*who\s+(?:(?:later|also|then|subsequently|afterwards|had|has)\s+)*$")

# "X and Y held talks, the ministry said, and ...": a source set off by commas.
_ASIDE_TAIL = re.compile(
    r"[^,]\s*,\s*((?:the|The|[A-Z][\w.’'-]*(?:’s?|'s?))\s+(?:[\w.’'-]+\s+){0,4}?)"
    r"(?:(?:also|then|later|has|had)\s+)*$"
)
_ASIDE_HEAD = re.compile(
    r"\b(?:ministry|office|department|embassy|agency|government|spokes(?:man|woman|person)|"
    r"statement|readout|officials?)\s*$",
    re.I,
)

# "a statement from the Ministry of X": the body that issued the document.
_ISSUED_BY = re.compile(r"\b(?:from|by|of)\s+(?:the\s+)?(?=[A-Z])")


def relative_head_end(doc: str, a: int, b: int) -> int | None:
    """Offset of the ", who" that closes the subject span [a, b), if it ends that way."""
    m = _WHO_TAIL.search(doc, a, b)
    return m.start() if m is not None else None


def aside_source(doc: str, a: int, b: int) -> tuple[int, int] | None:
    """Span of a body or spokesman set off by a comma right before the verb at ``b``."""
    m = _ASIDE_TAIL.search(doc, a, b)
    if m is None or _ASIDE_HEAD.search(doc, m.start(1), m.end(1)) is None:
        return None
    return m.start(1), m.end(1)


def issuer_after(text: str) -> int | None:
    """Offset in ``text`` (after a document noun) of the body named as its issuer."""
    m = _ISSUED_BY.match(text.lstrip())
    return len(text) - len(text.lstrip()) + m.end() if m is not None else None


# a source written as a bare proper name ("Tass", "the official Nordvik Daily")
NAME_NP = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:(?:official|state|state-run|semi-official)\s+)?"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s*(?:(?:also|then|later|has|had)\s+)*"
)


def rare_name(name: str) -> bool:
    """Not a capitalised common word ("Officials", "Analysts"): rare in English as a word."""
    from wordfreq import zipf_frequency

    return all(zipf_frequency(w.lower(), "en") < 3.5 for w in name.split()[:1]) and len(name) > 2


_MEDIA = r"broadcaster|newspaper|daily|channel|outlet|network|radio|television|tabloid|news agency|agency"
# a medium with its name: "the state broadcaster NRK", "Nordvik Daily newspaper"
MEDIA_NAMED = re.compile(
    rf"\b(?:(?:the|a)\s+)?(?:(?:state|state-run|official|public|private|semi-official|local)\s+)?({_MEDIA})"
    rf"\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}})|\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}})\s+({_MEDIA})\b"
)
# a person's own office or spokesman: "Mr Berg's press office", "the president's spokesman"
PERSON_BODY = re.compile(
    r"[A-Z][\w.-]*[’']s\s+((?:[\w-]+\s+)??)((?:press\s+)?office|administration|cabinet|campaign|"
    r"spokes(?:man|woman|person)|aides?)\b"
)
OWNED_BODY = re.compile(
    r"\s*(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:own\s+)?(?:foreign\s+|defen[cs]e\s+)?(embassy|ministry|government|mission|"
    r"delegation|foreign ministry|spokes(?:man|woman|person))\b"
)
# a party or movement written with a lower-case head after its name
PARTY = re.compile(r"((?:[A-Z][\w’'-]*\s+)+)(?:party|movement|coalition|alliance|bloc)\b")


def country_word(text: str) -> bool:
    from archive.extract.gazetteer import lookup_country_word

    return lookup_country_word(text.strip()) is not None


def known_body(np: str) -> tuple[str, str] | None:
    """A government seat named in any case ("the state department") -> (as written, code)."""
    from archive.extract.gazetteer import lookup_body

    words = re.findall(r"[A-Za-z’'-]+", np)
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if phrase.lower() in _BODY_STOP:
                continue
            code = lookup_body(phrase)
            if code:
                return phrase, code
    return None


_BODY_STOP = frozenset({"the", "a", "an", "house", "office"})


# a body written in lower case after its country word ("Nordvik's foreign ministry")
LOWER_BODY = re.compile(
    r"\b[A-Z][\w-]+(?:[’']s)?\s+(?:(?:foreign|defen[cs]e|interior|finance|trade|economy|state)\s+)?"
    r"(?:ministry|embassy|government|presidency|foreign office|state department|news agency)\b"
)
# a body named only by its head, as the subject of a speech verb ("The ministry said")
BARE_BODY = re.compile(
    r"\s*(?:the|The)\s+((?:foreign\s+|defen[cs]e\s+|interior\s+|finance\s+)?"
    r"(?:ministry|embassy|government|presidency|foreign office))\s*(?:(?:also|then|later|has|had)\s+)*$"
)
# a source phrase headed by a document: "The (final|joint) communique, read by ..."
DOC_HEAD = re.compile(
    r"(?:The|the|A|a)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|readout|press release|declaration)\b"
    r"(?=\s*,)"
)
# a new clause between a verb and a quotation: the verb does not report those words
NEW_SUBCLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\b(?:in which|where|when)\b")
QUOTED_AS = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!is )\bquot(?:ed|es|ing)\s+(?!by\b|in\b)(.{2,120}?)\s+as\s+$"
)


# a sentence headed by a country's name: "Nordvik summoned ..."
COUNTRY_HEAD = re.compile(
    r"\s*(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:[a-z]+ly\s+)?[a-z]+ed\b"
)
# "a message from the King, in which he ...": the document's author is "he"
WRITTEN_BY = re.compile(
    r"\b(?:message|letter|note|cable|statement)\s+(?:from|by)\s+((?:the\s+)?[^,;:.\"“”]{2,60}?)\s*,\s*"
    r"in\s+which\s+$"
)
# a plural group as a source: "the co-chairs", "the leaders", "the foreign ministers"
GROUP_NP = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:(?:three|four|five|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+)?"
    r"(co-chairs|leaders|foreign ministers|ministers|members|heads of state|heads of government)"
    r"(?:\s+(?:on|this|last)\s+[A-Z]?[a-z]+)?\s*"
)
_GROUP_ORG_NAME = (
    r"(?:[A-Z]{2,6}|(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the|in)\s+)*)*"
    r"(?:Group|Union|Council|Organization|Organisation|Association|Alliance|Forum|Community|"
    r"Commission|League|Bloc|Conference|Quartet))"
)
# "ASEAN leaders" / "the Nordic Council's foreign ministers"
_GROUP_ORG_BEFORE = re.compile(rf"({_GROUP_ORG_NAME})(?:[’']s)?\s+(?:[\w-]+\s+)?$")
# "the co-chairs of the OSCE's Minsk Group"
_GROUP_ORG_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?:[^,.;:—–]{{0,60}}?[’']s\s+)?({_GROUP_ORG_NAME})\b")
JOINT_DOC = re.compile(r"\s+in\s+a\s+joint\s+(statement|communiqu[eé]|declaration)\b")
DEMONYM_NOUN = re.compile(r"\s*[Tt]he\s+[A-Z][\w-]+\s*(?:(?:also|then|later|has|had)\s+)*")


def reporting_aside(doc: str, a: int, b: int) -> tuple[int, int] | None:
    """Span of the source in an aside ", <source> said, and" that ends the span [a, b)."""
    last = None
    for m in FINITE_CUE.finditer(doc, a, b):
        last = m
    if last is None or not _AFTER_ASIDE.fullmatch(doc, last.end(), b):
        return None
    comma = doc.rfind(",", a, last.start())
    if comma < 0 or last.start() - comma > 60:
        return None
    return comma + 1, last.start()


_AFTER_ASIDE = re.compile(r"\s*,\s*(?:and|but)\s+(?:then\s+|also\s+)?")


def group_body(doc: str, head: str, pos: int, in_quote: Callable[[int], bool]) -> str | None:
    """The organisation the article names a plural group with ("the co-chairs of the
    Nordic Group", "Nordic Council leaders"), latest before ``pos``."""
    best: str | None = None
    for m in re.compile(rf"\b{re.escape(head)}\b", re.I).finditer(doc, 0, pos):
        before = _GROUP_ORG_BEFORE.search(doc, max(0, m.start() - 60), m.start())
        after = _GROUP_ORG_AFTER.match(doc, m.end())
        name = after.group(1) if after else before.group(1) if before else None
        if name is None or in_quote(m.start()) or country_word(name):
            continue
        best = re.sub(r"^(?:[Tt]he)\s+", "", name)
    return best


# ---------------------------------------------------------------------------
# Per-article lookups for the speaker rules
# ---------------------------------------------------------------------------

PREPS = {
    "to",
    "with",
    "of",
    "for",
    "by",
    "from",
    "about",
    "on",
    "at",
    "in",
    "between",
    "against",
    "toward",
    "towards",
    "into",
    "over",
    "under",
    "than",
    "like",
    "among",
    "alongside",
}
# Words skipped back over to find the word before a name (lower case). Kept apart from
# lexicon.HONORIFICS and TITLE_ABBR: a short mix of both plus "the" and "late".
PREV_WORD_SKIP = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "sen",
    "gen",
    "rep",
    "gov",
    "lt",
    "col",
    "sheikh",
    "the",
    "late",
}


# Words of body names that say nothing about which government they belong to.
_GENERIC_BODY = frozenset(
    {
        "office",
        "ministry",
        "department",
        "government",
        "statement",
        "the",
        "of",
        "for",
        "and",
        "affairs",
        "press",
    }
)


def _missed_mentions(
    doc: str, facts: ArticleFacts, mentions: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """``mentions`` plus the occurrences of a person's full name the persons stage skipped.

    A name it read elsewhere in the article ("Prime Minister of the Nordvik Republic Karl
    Berg received ...") is the same person wherever it is written in full; the mention
    is where that person's title and salience start.
    """
    taken = [(a, b) for a, b, _k in mentions]
    extra = []
    for k, p in enumerate(facts.persons):
        name = p.name
        if " " not in name:
            continue
        i = doc.find(name)
        while i >= 0:
            j = i + len(name)
            boundary = (i == 0 or not doc[i - 1].isalnum()) and (j >= len(doc) or not doc[j].isalnum())
            if boundary and not any(a < j and i < b for a, b in taken):
                extra.append((i, j, k))
            i = doc.find(name, j)
    return sorted(mentions + extra) if extra else mentions


_PREV_CUT = re.compile(r"[.!?;:,\"“”(]\s|\n")
_PREV_WORD = re.compile(r"[\w’'.-]+")


class SourceContext:
    """Shared by the speaker rules. Per-article lookups: person mentions, country mentions, sentences."""

    def __init__(self, doc: str, sentences: list[Sentence], facts: ArticleFacts) -> None:
        self.doc = doc
        self.sentences = sentences
        self.facts = facts
        self.sent_starts = [s.start for s in sentences]
        self.mentions: list[tuple[int, int, int]] = sorted(
            (m.start, m.end, k) for k, p in enumerate(facts.persons) for m in p.mentions
        )
        self.mentions = honorific_fixes(doc, self.mentions, [p.name for p in facts.persons])
        self.mentions = _missed_mentions(doc, facts, self.mentions)
        self.mention_starts = [m[0] for m in self.mentions]
        self._mention_ends = [m[1] for m in self.mentions]
        self.countries = sorted((c.start, c.end, c.code, c.surface, c.kind) for c in facts.countries)
        self.country_starts = [c[0] for c in self.countries]
        self._country_ends = [c[1] for c in self.countries]
        self.orgs: list[tuple[int, str, str | None]] = []  # organisations named as sources
        # name mentions right after one of the person's own titles ("Minister of X Anna Berg")
        self.titled_starts = {
            m.start
            for p in facts.persons
            for t in p.titles
            for m in p.mentions
            if t.end <= m.start and not doc[t.end : m.start].strip(" ,")
        }
        self._bare: list[tuple[int, str, str]] | None = None
        self._prev_words: dict[tuple[int, int], str] = {}  # prev_word is asked again and again

    def bare_titles(self) -> list[tuple[int, str, str]]:
        """(title start, lower-case title, country) of titles written without a country word."""
        if self._bare is None:
            self._bare = []
            for p in self.facts.persons:
                if not p.country:
                    continue
                for t in p.titles:
                    near = self.countries_in(max(0, t.start - 30), t.start)
                    if near and re.fullmatch(r"(?:['’]s)?\s*", self.doc[near[-1][1] : t.start]):
                        continue  # "Chilean Foreign Minister": a country word qualifies it
                    self._bare.append((t.start, t.title.lower(), p.country))
            self._bare.sort()
        return self._bare

    def home_country(self, name: str) -> str | None:
        """The country of the article's unqualified officials, matched on the body's words."""
        bare = self.bare_titles()
        if not bare:
            return None
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
        keys = {w for w in words if len(w) > 3 and w not in _GENERIC_BODY}
        if len(words) == 1 and name.isupper():  # "FO": the initials of "Foreign Office"
            keys |= {
                w
                for _s, t, _c in bare
                for w in t.split()
                if w[:1] == name[0].lower() and w not in _GENERIC_BODY and len(w) > 3
            }
        for pool in ([b for b in bare if keys & set(b[1].split())], bare):
            votes: dict[str, int] = {}
            for _s, _t, code in pool:
                votes[code] = votes.get(code, 0) + 1
            if votes:
                top = max(votes.values())
                best = [c for c in votes if votes[c] == top]
                if len(best) == 1:
                    return best[0]
                return next(code for _s, _t, code in pool if code in best)  # earliest
        return None

    def sentence_at(self, pos: int) -> Sentence:
        from bisect import bisect_right

        i = max(0, bisect_right(self.sent_starts, pos) - 1)
        return self.sentences[i]

    def persons_in(self, a: int, b: int) -> list[tuple[int, int, int]]:
        return spans_within(self.mentions, self.mention_starts, self._mention_ends, a, b)

    def countries_in(self, a: int, b: int) -> list[tuple[int, int, str, str, str]]:
        return spans_within(self.countries, self.country_starts, self._country_ends, a, b)

    def prev_word(self, pos: int, lo: int = 0) -> str:
        """The word before ``pos`` (from ``lo``), skipping honorifics and titles before names."""
        key = (pos, max(lo, pos - 80))
        got = self._prev_words.get(key)
        if got is not None:
            return got
        seg = ABBREV_DOT.sub("Mr", self.doc[key[1] : pos])
        seg = _PREV_CUT.split(seg)[-1]
        words = _PREV_WORD.findall(seg)
        while words and (
            words[-1].rstrip(".").lower() in PREV_WORD_SKIP
            or (words[-1][:1].isupper() and words[-1].lower() not in PREPS)
        ):
            words.pop()
        got = self._prev_words[key] = words[-1].lower() if words else ""
        return got


def country_display_name(code: str, surface: str) -> str:
    """The country's short English name, from the gazetteer (pycountry as a fallback)."""
    try:
        from archive.extract.gazetteer import country_name

        name = country_name(code)
        if name:
            return name
    except Exception:  # the gazetteer is optional here
        pass
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=code)
    except Exception:
        c = None
    if c is None:
        return surface or code
    return getattr(c, "common_name", None) or c.name


# "The Nordvik energy ministry ...": a country's body heading its sentence
_SUBJECT_BODY = re.compile(
    r"\s*(?:The\s+)?[A-Z][\w-]+(?:[’']s)?\s+(?:[a-z]+\s+){0,2}(?:ministry|embassy|government|presidency)\b"
)
_OWN_STATEMENT = re.compile(
    r"\b(?:in|issued)\s+(?:its|a|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press\s+release|readout)\b"
)


def statement_bodies(ctx: SourceContext, in_quote: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """Bodies heading a sentence about their own statement: (start, end, name, country).

    "The Nordvik energy ministry was more guarded in its statement. It said ...": the
    body is what the next "It" means, though no speech verb follows its name.
    """
    doc, out = ctx.doc, []
    for sent in ctx.sentences:
        if not _OWN_STATEMENT.search(doc, sent.start, sent.end):
            continue
        om = _SUBJECT_BODY.match(doc, sent.start, sent.end)
        if om is None or in_quote(om.start()) or ctx.persons_in(om.start(), om.end()):
            continue
        cs = ctx.countries_in(om.start(), om.end())
        if cs:
            name = re.sub(r"^(?:the|a|an)\s+", "", om.group(0).strip(), flags=re.I).strip()
            out.append((om.start(), om.end(), name, cs[0][2]))
    return out
