"""An article-level discourse model: who the article talks about, and how prominently.

News text names a participant once ("Foreign Minister Anna Lindqvist") and then refers
back to her by surname, by pronoun ("she said"), by role ("the minister", "the Nordvik
diplomat") or, for bodies, by description ("the ministry", "the statement"). Resolving
those references needs more than the nearest earlier name: it needs the entity that is
*salient* at that point (recently mentioned, in subject position, the last speaker) and
that *agrees* with the reference (gender, role, country).

:func:`build` turns the facts found so far (persons with their titles and countries,
country mentions) plus a scan of the sentences (unnamed sources such as "a senior
Nordvik official", bodies such as "the Nordvik Foreign Ministry") into a
:class:`Discourse`. Its :meth:`Discourse.resolve` answers "who is meant by this pronoun
or description at this offset?". Stages add what they learn while reading
(:meth:`Discourse.note_speaker`, :meth:`Discourse.add_source`), so later references can
point back to it. Used by ``quotes`` for statement speakers; written to serve any stage
that must resolve a party given by pronoun or description (meetings, for one).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field

from archive.extract.lexicon import TITLE_HEADS
from archive.extract.records import ArticleFacts
from archive.extract.speaker_clauses import finite_verb_alternation, speech_verb_alternation
from archive.extract.speaker_gender import genders, title_gender
from archive.extract.text import Sentence

__all__ = ["ROLE_EQUIVALENTS", "Discourse", "Entity", "Mention", "build"]

PERSON, UNNAMED, ORG, COUNTRY = "person", "unnamed", "org", "country"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A description's head noun -> title words that fill that role. General knowledge of
# how news refers back to office holders ("the premier" is the prime minister).
ROLE_EQUIVALENTS: dict[str, frozenset[str]] = {
    "leader": frozenset(
        _words(
            "president premier prime chancellor king queen sultan emir amir monarch ruler leader "
            "chairman taoiseach secretary-general"
        )
    ),
    "premier": frozenset({"premier", "prime"}),
    "head-of-state": frozenset(_words("president king queen sultan emir amir monarch ruler")),
    "head-of-government": frozenset(_words("premier prime chancellor taoiseach")),
    "monarch": frozenset({"king", "queen", "sultan", "emir", "amir", "monarch"}),
    "diplomat": frozenset({"foreign", "ambassador", "envoy", "diplomat", "state", "emissary"}),
    "envoy": frozenset({"envoy", "ambassador", "emissary", "representative", "diplomat"}),
    "ambassador": frozenset({"ambassador", "envoy"}),
    "spokesman": frozenset({"spokesman", "spokesperson", "spokeswoman"}),
    "spokeswoman": frozenset({"spokesman", "spokesperson", "spokeswoman"}),
    "spokesperson": frozenset({"spokesman", "spokesperson", "spokeswoman"}),
    "secretary-general": frozenset({"secretary-general"}),
    "head": frozenset({"head", "chief", "director", "chairman", "president", "leader"}),
    "chief": frozenset({"chief", "head", "director"}),
    "official": frozenset(),  # an official is never a named office holder by itself
}
# Modifiers a description shares with the title it refers to ("the foreign minister").
_ROLE_MODIFIERS = frozenset(
    _words(
        "foreign defence defense finance interior trade economy crown prime vice deputy "
        "justice health energy state home"
    )
)
# Words in a description that neither name the role nor restrict it.
_IGNORED = frozenset(
    _words(
        "the a an this that visiting top chief senior former then new current outgoing incoming "
        "veteran country's nation's its his her their own"
    )
)
# Heads that name a person by relation to another ("his counterpart", "her host").
RELATIONAL_HEADS = frozenset({"counterpart", "host", "guest", "visitor"})
# The role words a counterpart shares with the person whose counterpart they are.
_COUNTERPART_ROLES = TITLE_HEADS | frozenset(
    _words(
        "foreign defence defense finance interior trade economy prime vice deputy justice health energy state home"
    )
)
# heads that never fall back to some person of the country ("the Nordvik official")
_NO_FALLBACK = frozenset(
    _words("official source sources analyst expert observer spokesman spokeswoman spokesperson")
)
# heads any office holder can be referred to by
_GENERIC_HEADS = frozenset(_words("envoy leader negotiator emissary mediator facilitator"))
# words of titles that name an office (not its modifiers)
_OFFICE_WORDS = TITLE_HEADS - frozenset(_words("deputy head chief member vice general"))
# "the head of state" is its leader; "the head of government" its prime minister
_HEAD_OF = re.compile(r"\bhead of (state|government)\b")
_PLURAL_HEAD = re.compile(r"(?:ministers|presidents|leaders|officials|diplomats|envoys|sides|two|both)\b")

# Body nouns that a definite description can refer back to ("the ministry said").
BODY_HEADS = frozenset(
    _words(
        "ministry office department embassy agency government administration cabinet palace "
        "kremlin commission council secretariat mission party presidency chancellery "
        "broadcaster newspaper daily channel outlet network radio television tabloid "
        "association federation union chamber committee foundation institute"
    )
)
# Heads of bodies outside government, found by their name when first referred back to.
_NAMED_BODY_HEADS = frozenset(
    _words("association federation union chamber council committee foundation institute")
)
DOCUMENT_HEADS = frozenset(
    _words("statement readout communique communiqué release declaration report letter note")
)
# Nouns for unnamed human sources ("a senior official", "the diplomat").
UNNAMED_HEADS = frozenset(
    _words(
        "official officials diplomat diplomats source sources spokesman spokeswoman spokesperson "
        "aide adviser advisor officer negotiator envoy delegate representative"
    )
)

# "X, ..., arrived in Accra", "X, who is on a three-day visit": the visitor of the story
_ARRIVED_AFTER = re.compile(
    r"(?:,[^,.;]{0,60},)?,?\s*(?:arrived|arrives|landed|flew\s+in)\b|,\s+who\s+(?:is|was)\s+on\s+(?:an?|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}visit\b"
)
_VISITING_BEFORE = re.compile(r"\bvisiting\s+(?:[\w-]+\s+){0,3}$", re.I)
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_BODY_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})

# "A senior Nordvik official said ..." / "One diplomat who attended told ...": an unnamed
# human source introduced in subject position.
_UNNAMED_NP = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal)\s+((?:[\w’'-]+\s+){0,4}?)"
    rf"({'|'.join(sorted(UNNAMED_HEADS, key=len, reverse=True))})\b"
)
_FINITE_SPEECH = re.compile(rf"\b(?:{finite_verb_alternation()})\b")
_SPEECH_AHEAD = re.compile(rf"[^.;:\"“”]{{0,120}}?\b(?:{finite_verb_alternation()})\b")
# right after a name: its speech verb ("Berg said", "Berg, the minister, told")
_SPEECH_NEXT = re.compile(
    rf"(?:\s*,[^,.;“”\"]{{1,80}},)?\s+(?:(?:also|then|later|again|has|had|have)\s+)*(?:{speech_verb_alternation()})\b"
)


# Salience weights: a speaker counts more than a subject, a subject more than any other
# mention (1.0); each sentence back halves a mention's weight, each paragraph back costs
# a further fifth. Recency dominates: a name in the previous sentence outranks a speaker
# three sentences back, as a reader's attention does.
_W_SPEAKER, _W_SUBJECT, _W_EMBEDDED = 2.0, 1.5, 1.2
_DECAY_SENTENCE, _DECAY_PARAGRAPH = 0.5, 0.8


@dataclass(slots=True)
class Mention:
    """One reference to an entity, with the features salience is computed from."""

    start: int
    end: int
    sentence: int  # index into the sentence list
    subject: bool = False  # first actor of its sentence (not after a preposition)
    speaker: bool = False  # credited with a quotation here, or the subject of a speech verb
    embedded: bool = False  # speaks only inside another speaker's report ("X said Y told him")


def _start(m: Mention) -> int:
    return m.start


@dataclass(slots=True)
class Entity:
    """A participant of the article's discourse.

    ``kind`` is ``person`` (a named person, ``person`` its index in
    ``ArticleFacts.persons``), ``unnamed`` (an unnamed human source: "a Nordvik
    official"), ``org`` (a body or a document's issuer) or ``country``.
    """

    id: int
    kind: str
    name: str | None
    country: str | None = None
    person: int | None = None
    gender: str | None = None  # "m" | "f" | None
    roles: frozenset[str] = frozenset()  # lower-case words of its titles or head noun
    text: str = ""  # the words that introduced an unnamed source or body
    mentions: list[Mention] = field(default_factory=list)

    def first(self) -> int:
        """Offset of the first mention (-1 when none)."""
        return self.mentions[0].start if self.mentions else -1


class Discourse:
    """Entities of one article and their salience along the text."""

    def __init__(
        self, doc: str, sentences: list[Sentence], quoted: list[tuple[int, int]] | None = None
    ) -> None:
        self.doc = doc
        self.sentences = sentences
        self.quoted = sorted(quoted or [])  # quotations: names inside them are someone's words
        self._qstarts = [a for a, _ in self.quoted]
        self._sent_starts = [s.start for s in sentences]
        self.entities: list[Entity] = []
        self._by_person: dict[int, Entity] = {}
        self._by_country: dict[str, Entity] = {}
        self._by_name: dict[tuple[str, str], Entity] = {}
        self.home: str | None = None  # the dateline's country: whoever is from elsewhere visits

    # -- building -----------------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self._qstarts, pos) - 1
        return i >= 0 and self.quoted[i][0] < pos < self.quoted[i][1]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self._sent_starts, offset) - 1)

    def _new(self, kind: str, name: str | None, **kw: object) -> Entity:
        ent = Entity(len(self.entities), kind, name, **kw)  # type: ignore[arg-type]
        self.entities.append(ent)
        return ent

    def _mention(
        self,
        ent: Entity,
        start: int,
        end: int,
        *,
        subject: bool = False,
        speaker: bool = False,
        embedded: bool = False,
    ) -> None:
        m = Mention(start, end, self.sentence_index(start), subject, speaker, embedded)
        ms = ent.mentions
        if ms and ms[-1].start > start:
            insort(ms, m, key=lambda x: x.start)
        else:
            ms.append(m)

    def person_entity(self, k: int) -> Entity | None:
        """The entity of ``ArticleFacts.persons[k]``."""
        return self._by_person.get(k)

    def country_entity(self, code: str) -> Entity:
        ent = self._by_country.get(code)
        if ent is None:
            ent = self._new(COUNTRY, code, country=code)
            self._by_country[code] = ent
        return ent

    def add_source(
        self,
        start: int,
        end: int,
        kind: str,
        name: str | None,
        country: str | None,
        head: str = "",
        subject: bool = True,
    ) -> Entity:
        """Register a body, document issuer or unnamed person met while reading.

        Sources of the same kind, name and head merge, so "the ministry" can find
        the "Nordvik Foreign Ministry" named earlier.
        """
        key = (kind, f"{(name or '').lower()}|{head}|{country if kind == UNNAMED else ''}")
        ent = self._by_name.get(key)
        if ent is None:
            roles = frozenset(w for w in re.findall(r"[\w-]+", f"{name or ''} {head}".lower()))
            gender = title_gender(head) if head else None
            ent = self._new(kind, name, country=country, roles=roles, gender=gender, text=self.doc[start:end])
            self._by_name[key] = ent
        self._mention(ent, start, end, subject=subject)
        return ent

    def note_speaker(self, ent: Entity, offset: int, embedded: bool = False) -> None:
        """``ent`` is credited with a quotation at ``offset``: it becomes the last speaker.

        ``embedded``: the words are reported inside another speaker's report ("X said Y
        had told him ..."); X, the subject, stays the likelier antecedent of a next "he".
        """
        self._mention(ent, offset, offset, subject=not embedded, speaker=True, embedded=embedded)

    # -- salience -----------------------------------------------------------------
    def salience(self, ent: Entity, offset: int) -> float:
        """How prominent ``ent`` is just before ``offset``.

        The best of its earlier mentions, each weighted by its role (speaker > subject >
        other) and decayed by the sentences (and paragraphs) since; repeated mention
        adds a little. Zero for an entity not yet mentioned.
        """
        ms = ent.mentions
        count = bisect_left(ms, offset, key=_start)  # mentions before offset (they are sorted)
        if not count:
            return 0.0
        si = self.sentence_index(offset)
        sents = self.sentences
        para = sents[si].paragraph if sents else 0
        best = 0.0
        for j in range(count - 1, -1, -1):  # newest first: older ones can only lose
            m = ms[j]
            decay = _DECAY_SENTENCE ** (si - m.sentence)
            if _W_SPEAKER * decay < best:
                break
            w = _W_EMBEDDED if m.embedded else _W_SPEAKER if m.speaker else _W_SUBJECT if m.subject else 1.0
            paras = para - sents[m.sentence].paragraph if sents else 0
            score = w * decay * (_DECAY_PARAGRAPH**paras)
            if score > best:
                best = score
        return best * (1.0 + 0.05 * min(count, 6))

    def ranked(
        self, offset: int, kinds: frozenset[str] | set[str], window: int = 3000
    ) -> list[tuple[float, Entity]]:
        """Entities of the given kinds mentioned in the ``window`` before ``offset``, most salient first."""
        scored = []
        for ent in self.entities:
            if ent.kind not in kinds:
                continue
            i = bisect_left(ent.mentions, offset, key=_start)
            if not i or ent.mentions[i - 1].start < offset - window:
                continue
            scored.append((self.salience(ent, offset), ent.mentions[i - 1].start, ent))
        scored.sort(key=lambda t: (-t[0], -t[1]))
        return [(sal, ent) for sal, _last, ent in scored]

    # -- resolution ---------------------------------------------------------------
    def resolve(self, offset: int, mention_text: str) -> Entity | None:
        """The entity a pronoun or description at ``offset`` most plausibly refers to."""
        words = mention_text.strip().split()
        if len(words) == 1 and words[0].lower() in _PRONOUN_GENDER | dict.fromkeys(_BODY_PRONOUNS, ""):
            return self.resolve_pronoun(offset, words[0])
        return self.resolve_description(offset, mention_text)

    def resolve_person(self, offset: int, mention_text: str) -> int | None:
        """Like :meth:`resolve`, as an index into ``ArticleFacts.persons`` (or ``None``).

        For stages that attach facts to persons: "the two sides met; the premier said ..."
        """
        ent = self.resolve(offset, mention_text)
        return ent.person if ent is not None else None

    def resolve_pronoun(self, offset: int, word: str, exclude: set[int] | None = None) -> Entity | None:
        """he/she: the most salient person (named or not) of that gender; it/they: a body.

        ``exclude`` holds person indices that cannot be meant (another argument of the
        same clause).
        """
        w = word.lower()
        if w in _BODY_PRONOUNS:
            kinds = {ORG, COUNTRY} if w in ("it", "its") else {ORG, COUNTRY, UNNAMED}
            ranked = self.ranked(offset, kinds)
            return ranked[0][1] if ranked else None
        g = _PRONOUN_GENDER.get(w)
        fits = [
            (sal, ent)
            for sal, ent in self.ranked(offset, {PERSON, UNNAMED})
            if not (g and ent.gender and ent.gender != g)
            and not (exclude and ent.person in exclude)
            and not (ent.kind == UNNAMED and ent.roles & {"officials", "sources", "diplomats"})
        ]
        if not fits:
            return None
        if g == "f" and fits[0][1].gender is None:
            # "she": a person known to be a woman, nearly as salient, before one of unknown gender
            known = next(((sal, e) for sal, e in fits if e.gender == "f"), None)
            if known is not None and known[0] >= 0.5 * fits[0][0]:
                return known[1]
        return fits[0][1]

    def resolve_description(
        self, offset: int, text: str, country: str | None = None, span: tuple[int, int] | None = None
    ) -> Entity | None:
        """ "the minister", "the Nordvik diplomat", "the ministry", "the statement".

        ``country`` is the description's own country word when the caller has found
        it (otherwise looked up in its words). Persons must share the description's
        role head (or an equivalent: "the premier" -> a Prime Minister) and its
        modifiers ("foreign", "deputy"), and must not have another country. The most
        salient candidate wins; ``None`` when none is mentioned before ``offset``.
        """
        low = text.lower().replace("’", "'")
        if _PLURAL_HEAD.search(low):
            return None
        low = _HEAD_OF.sub(r"head-of-\1", low)  # "the head of state"
        words = [w for w in re.findall(r"[\w'-]+", low) if w not in _IGNORED]
        if country is None:
            country = _country_in(text)
        heads = [
            w
            for w in words
            if w in TITLE_HEADS
            or w in _GENERIC_HEADS
            or w in ROLE_EQUIVALENTS
            or w in BODY_HEADS
            or w in DOCUMENT_HEADS
            or w in RELATIONAL_HEADS
        ]
        if not heads:
            if country and len(words) == 1 and re.match(r"\s*[Tt]he\s", text):
                # "the Nordvikian said": a demonym used as a noun, one of that country's people
                return self._of_country(offset, country, "", frozenset())
            return None
        head = heads[-1]
        if head in BODY_HEADS or head in DOCUMENT_HEADS:
            return self._resolve_body(offset, head, country)
        mods = {w for w in words if w in _ROLE_MODIFIERS}
        want = ROLE_EQUIVALENTS.get(head, frozenset({head}))
        if head in RELATIONAL_HEADS and not any(head in e.roles for e in self.entities if e.kind == PERSON):
            return self._relation(offset, low, country)
        best: tuple[float, Entity] | None = None
        # "the visiting minister": the one introduced as visiting, when the text did so
        visitors = (
            {
                id(e)
                for e in self.entities
                if e.kind == PERSON
                and any(
                    _VISITING_BEFORE.search(self.doc, max(0, m.start - 40), m.start)
                    or _ARRIVED_AFTER.match(self.doc, m.end)
                    for m in e.mentions
                    if m.start < offset
                )
            }
            if re.search(r"\bvisiting\b", low)
            else set()
        )
        if not visitors and self.home and re.search(r"\bvisiting\b", low):
            # none introduced as visiting: in a datelined story, the people of other countries
            # (an ambassador is posted there: resident, not visiting)
            foreign = [
                e
                for e in self.entities
                if e.kind == PERSON and e.country and e.country != self.home and "ambassador" not in e.roles
            ]
            fitting = [e for e in foreign if want & e.roles or head in e.roles]
            visitors = {id(e) for e in fitting or foreign}
        for ent in self.entities:
            if visitors:
                # (a visitor introduced as "his visiting counterpart" holds the office he visits as)
                if id(ent) not in visitors or (country and ent.country and ent.country != country):
                    continue
            else:
                if ent.kind not in (PERSON, UNNAMED) or not ent.roles:
                    continue
                if country and ent.country and ent.country != country:
                    continue
                if ent.kind == UNNAMED and head not in ent.roles:
                    continue
                if ent.kind == PERSON and not (want & ent.roles or head in ent.roles):
                    continue
                if mods - ent.roles - {"foreign"} or (
                    "foreign" in mods and not ent.roles & {"foreign", "state"}
                ):
                    continue
            s = self.salience(ent, offset)
            if s <= 0:
                continue
            if country and not ent.country:
                s *= 0.5
            # an unqualified role prefers the plain office holder to a deputy or vice one
            if not mods & {"deputy", "vice"} and ent.roles & {"deputy", "vice"}:
                s *= 0.2  # ("the Iranian foreign minister": the minister, not his deputy named since)
            if best is None or s > best[0]:
                best = (s, ent)
        if best is None and country and head not in _NO_FALLBACK:
            # "the Nordvik envoy" for someone whose title the text never gave as such
            return self._of_country(offset, country, head, want)
        return best[1] if best else None

    def _of_country(self, offset: int, country: str, head: str, want: frozenset[str]) -> Entity | None:
        """The most salient person of ``country`` that may fill the role ``head``.

        A definite description refers back to someone known ("the Nordvik minister"),
        even when that person's title was not read; someone who holds another office
        ("President X" for "the minister") is not meant, except by the generic heads
        ("the envoy", "the leader") that any office holder can be.
        """
        generic = not head or head in _GENERIC_HEADS
        for _s, ent in self.ranked(offset, {PERSON}):
            if ent.country != country:
                continue
            held = ent.roles & _OFFICE_WORDS
            if not generic and held and not (held & want or head in held):
                continue
            return ent
        return None

    def _relation(self, offset: int, low: str, country: str | None) -> Entity | None:
        """ "his Nordvik counterpart" / "her host": the salient person other than the possessor.

        A counterpart holds the possessor's office in another country: a candidate
        sharing an office word with the possessor is preferred, one of the possessor's
        own country is not meant.
        """
        pm = re.search(r"\b(his|her)\b", low)
        owner = None
        if pm is not None:  # the possessor: the most salient named person of that gender
            g = _PRONOUN_GENDER[pm.group(1)]
            owner = next(
                (e for _s, e in self.ranked(offset, {PERSON}) if not e.gender or e.gender == g), None
            )
        ranked = [
            ent
            for _s, ent in self.ranked(offset, {PERSON})
            if ent is not owner
            and (not country or ent.country == country)
            and not (owner is not None and owner.country and ent.country == owner.country)
        ]
        if owner is not None and "counterpart" in low:
            offices = owner.roles & _OFFICE_WORDS
            same = [e for e in ranked if e.roles & offices]
            ranked = same or [e for e in ranked if not e.roles & _OFFICE_WORDS] or ranked
        if not ranked:  # "her Nordvik counterpart", never named: an unnamed person of Nordvik
            ranked = [
                ent
                for _s, ent in self.ranked(offset, {UNNAMED})
                if ent.roles & RELATIONAL_HEADS & set(low.split()) and (not country or ent.country == country)
            ]
        return ranked[0] if ranked else None

    def _resolve_body(self, offset: int, head: str, country: str | None) -> Entity | None:
        """ "the ministry" / "the statement": the latest body (or document issuer) that fits."""
        for _s, ent in self.ranked(offset, {ORG}):
            if country and ent.country and ent.country != country:
                continue
            if head in DOCUMENT_HEADS or head in ent.roles:
                return ent
        if head in _NAMED_BODY_HEADS:
            return self._named_body(offset, head, country)
        return None

    def _named_body(self, offset: int, head: str, country: str | None) -> Entity | None:
        """ "the association": the last body named with that head before ``offset``
        ("the Nordvik Fishermen's Association"), though never named as a source."""
        pat = re.compile(rf"\b((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the)\s+)*)+{head.capitalize()})\b")
        found = None
        for m in pat.finditer(self.doc, 0, offset):
            if not self.in_quote(m.start()):
                found = m
        if found is None:
            return None
        name = re.sub(r"^(?:The|A|An)\s+", "", found.group(1))
        code = _country_in(name)
        if country and code and code != country:
            return None
        return self.add_source(found.start(1), found.end(1), ORG, name, code, head)


def _country_in(text: str) -> str | None:
    """The code of the first country word in a short description ("the Nordvik minister")."""
    from archive.extract.gazetteer import lookup_country_word

    for w in re.findall(r"[A-Z][\w-]+", text):
        code = lookup_country_word(w)
        if code:
            return code
    return None


def _title_roles(titles: list[str]) -> frozenset[str]:
    """The lower-case words of a person's titles, hyphen parts too ("secretary-general")."""
    out: set[str] = set()
    for t in titles:
        for w in re.findall(r"[\w-]+", t.lower()):
            out.add(w)
            if "-" in w:
                out.update(w.split("-"))
    if "minister" in out and "affairs" in out and "foreign" in out:
        out.add("foreign")
    return frozenset(out)


def build(
    doc: str,
    sentences: list[Sentence],
    facts: ArticleFacts,
    quoted: list[tuple[int, int]] | None = None,
    mentions: list[tuple[int, int, int]] | None = None,
    gender: dict[int, str] | None = None,
    home: str | None = None,
) -> Discourse:
    """The discourse model of one article from the facts found so far.

    ``quoted`` spans (quotations) are skipped: names inside someone's words are not
    the article's own references. ``mentions`` ((start, end, person index), sorted)
    overrides the persons' own mention lists when a caller has corrected them;
    ``gender`` (person index -> "m"/"f", :func:`speaker_gender.genders`) saves reading
    them again.
    """
    disc = Discourse(doc, sentences, quoted)
    disc.home = home
    in_quote = disc.in_quote

    if mentions is None:
        mentions = sorted((m.start, m.end, k) for k, p in enumerate(facts.persons) for m in p.mentions)
    if gender is None:  # a caller that has them already passes them
        gender = genders(doc, mentions)
    appositions, countries = _local_roles(doc, facts, mentions, in_quote)
    led = _delegation_heads(doc, facts, mentions, in_quote)
    for k, p in enumerate(facts.persons):
        titles = [t.title for t in p.titles] + appositions.get(k, [])
        g = gender.get(k) or next((tg for t in titles if (tg := title_gender(t))), None)
        roles = _title_roles(titles)
        code = led.get(k) or p.country or countries.get(k)
        ent = disc._new(PERSON, p.name, country=code, person=k, gender=g, roles=roles)
        disc._by_person[k] = ent
    for k, owner in _counterparts(disc, mentions, appositions, in_quote).items():
        # "his Nordvik counterpart, Karl Berg": Berg holds the office his counterpart does
        ent, own = disc._by_person[k], disc._by_person[owner]
        ent.roles = ent.roles | (own.roles & _COUNTERPART_ROLES)
    seen_sent: set[int] = set()
    asides: list[tuple[int, int, str, int]] = []  # "X, he noted, ...": the pronoun and who it is not
    for a, b, k in mentions:
        if in_quote(a):
            continue
        si = disc.sentence_index(a)
        subject = si not in seen_sent and _subject_position(
            doc, sentences[si].start if sentences else 0, a, b
        )
        if subject:
            seen_sent.add(si)
        paren = _PAREN_PRONOUN.match(doc, b)
        if paren is not None:
            # "Rios, he noted, had brought proposals": the name is what "he" reports about
            subject = False
            seen_sent.discard(si)
            asides.append((paren.start(1), paren.end(1), paren.group(1), k))
        speaks = not _POSSESSIVE.match(doc, b, b + 2) and _SPEECH_NEXT.match(doc, b) is not None
        # "X said Y had told him": Y speaks inside X's report, X stays the subject
        embedded = speaks and not subject and _FINITE_SPEECH.search(doc, sentences[si].start, a) is not None
        disc._mention(
            disc._by_person[k],
            a,
            b,
            subject=(subject or speaks) and not embedded,
            speaker=speaks,
            embedded=embedded,
        )
    for c in facts.countries:
        if in_quote(c.start):
            continue
        disc._mention(disc.country_entity(c.code), c.start, c.end)
    starts = {a for a, _b, _k in mentions}
    # unnamed human sources introduced as they speak ("A Nordvik official said ...")
    heads = [i for _w, i in _word_positions(doc, UNNAMED_HEADS)]
    for sent in sentences:
        h = bisect_left(heads, sent.start)
        if h == len(heads) or heads[h] >= sent.end:
            continue  # no source noun in the sentence: nothing to match
        for m in _UNNAMED_NP.finditer(doc, sent.start, sent.end):
            if in_quote(m.start()):
                continue
            acting = m.start() == _after_intro(doc, sent.start, sent.end) or _SPEECH_AHEAD.match(doc, m.end())
            if (cm := _COMMA.match(doc, m.end())) is not None and cm.end() in starts:
                continue  # "A Nordvik spokesman, Karl Berg, said": Berg, named
            code = None
            for c in facts.countries:
                if m.start() <= c.start < m.end():
                    code = c.code
                    break
            if not acting and code is None:
                continue  # neither the sentence's subject nor a speaker, nor of a country
            # "... when a Nordvik official arrived": someone a later "he" may be
            disc.add_source(m.start(), m.end(), UNNAMED, None, code, m.group(2).lower(), subject=bool(acting))
    # "his Nordvik counterpart" with no name after it: an unnamed person of that country
    for head, hs in _word_positions(doc, RELATIONAL_HEADS - {"visitor"}):  # the rare head first
        he = hs + len(head)
        rm = _RELATION_BEFORE.search(doc, max(0, hs - 60), hs)
        if rm is None:
            continue
        after = _COMMA.match(doc, he)
        if in_quote(rm.start()) or (after.end() if after else he + 1) in starts:
            continue
        code = next((c.code for c in facts.countries if rm.start(1) <= c.start < rm.end(1)), None)
        if code is not None:
            disc.add_source(rm.start(), he, UNNAMED, None, code, head, subject=False)
    # references back in subject position ("The minister said ...", "She added ..."),
    # resolved in reading order so each keeps its entity salient for the next ones
    for si, sent in enumerate(sentences):
        for pa, pb, word, k in asides:
            if sent.start <= pa < sent.end and not in_quote(pa):
                who = disc.resolve_pronoun(pa, word, exclude={k})
                if who is not None and who.kind in (PERSON, UNNAMED):
                    disc._mention(who, pa, pb, subject=True, speaker=True)
        if si in seen_sent:
            continue
        ref = _SUBJECT_REF.match(doc, _after_intro(doc, sent.start, sent.end), sent.end)
        if ref is None or in_quote(ref.start()):
            continue
        word = ref.group(1)
        if word.lower() in ("he", "she"):
            # "Quoting the poet X, she said": a name in the opening phrase is not "she"
            opening = {k for a, _b, k in mentions if sent.start <= a < ref.start() and not in_quote(a)}
            target = disc.resolve_pronoun(ref.start(), word, exclude=opening)
        else:
            target = disc.resolve(ref.start(), word)
        if target is not None and target.kind in (PERSON, UNNAMED):
            disc._mention(target, ref.start(), ref.end(), subject=True)
    return disc


_HEADS_ALT = "|".join(sorted(TITLE_HEADS | RELATIONAL_HEADS, key=len, reverse=True))
# "the Nordvik League Secretary-General, Anna Berg," / "A Nordvik ministry spokesman, Karl
# Berg," / "his Nordvik host, Karl Berg,": the phrase before the name gives its role
_APPOSITION_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[\w’'-]+\s+){{0,4}}?(?i:{_HEADS_ALT}))\s*,\s*$"
)
_COMMA = re.compile(r"\s*,\s*")
_RELATION_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+((?:[A-Z][\w-]+\s+){1,3})$")
# the capitalised title run right before a name ("Minister of Foreign Affairs of the
# Republic of Nordvik Karl Berg"), as the persons stage may not have read it
_PRE_TITLE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the)\s+)*)+)$")
_POSSESSIVE = re.compile(r"[’']s\b")
_TITLE_WORDS = re.compile(rf"(?i:\b(?:{_HEADS_ALT})\b)")
# a country named after these words in a title is where the office is held, not whose it is
_PLACE_PREP = re.compile(r"\b(?:to|in|at)\s+(?:the\s+)?$")
_APPOSITION_AFTER = re.compile(
    rf"\s*,\s*(?:the|a|an)\s+((?:[\w’'-]+\s+){{0,4}}?(?i:{_HEADS_ALT}))\b[^,.;]{{0,40}},"
)

# A sentence opening with a subordinate phrase: its subject comes after the first comma.
_INTRO = re.compile(
    r"\s*(?:After|Before|While|As|When|Since|Although|Though|If|Because|Despite|During|In|On|"
    r"At|From|For|With|Without|Under|Amid|Following|Unlike|Like|By|Over|Earlier|Later|"
    r"[A-Z]\w+ing|Asked|Pressed|Questioned|Challenged|Reached|Contacted|Interviewed)\b[^,.;]*,\s*"
)
_OPENERS = re.compile(r"\s*(?:But|And|Yet|However,|Meanwhile,|Still,|Separately,|Also,)?\s*")
# "He ...", "The minister ...", "The Nordvik diplomat ..." at the head of a clause
_SUBJECT_REF = re.compile(
    r"((?:[Hh]e|[Ss]he)\b|(?:The|the)\s+(?:[A-Z][\w-]+\s+|[a-z-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(TITLE_HEADS | {'guest', 'visitor'}, key=len, reverse=True))})\b)(?![’']s)"
)


def _local_roles(
    doc: str, facts: ArticleFacts, mentions: list[tuple[int, int, int]], in_quote: Callable[[int], bool]
) -> tuple[dict[int, list[str]], dict[int, str]]:
    """Roles and countries the text gives a person right at a mention.

    The apposition before or after a name ("the Nordvik League Secretary-General, X,", "a
    Nordvik ministry spokesman, X,", "X, the bank's chief,") and the capitalised title
    run before it ("Prime Minister of the Nordvik Republic X") name a role; a country word
    in them (not after "to"/"in": "Ambassador to Estland") is the person's country. Read
    here as well as by the persons stage, so a reference back ("the spokesman", "the
    Nordvik minister") still finds someone whose title that stage missed.
    """
    cstarts = sorted((c.start, c.end, c.code) for c in facts.countries)
    cpos = [c[0] for c in cstarts]
    roles: dict[int, list[str]] = {}
    countries: dict[int, str] = {}
    prev_end = 0
    for a, b, k in mentions:
        if in_quote(a):
            continue
        lo = max(0, a - 90, prev_end)  # a title run stops at the name before
        prev_end = b
        before = doc[max(0, a - 3) : a].rstrip()
        m = None
        if before.endswith(","):
            m = _APPOSITION_BEFORE.search(doc, max(0, a - 60), a)
        elif before[-1:].isalpha() and _title_word_before(doc, a):
            m = _PRE_TITLE.search(doc, lo, a)
            if m is not None and not _TITLE_WORDS.search(m.group(1)):
                m = None
        if m is None and doc.startswith(",", b):
            m = _APPOSITION_AFTER.match(doc, b)
        if m is None:
            continue
        roles.setdefault(k, []).append(m.group(1))
        if k not in countries:
            i = bisect_right(cpos, m.start(1) - 1)
            while i < len(cstarts) and cstarts[i][1] <= m.end(1):
                cs, _ce, code = cstarts[i]
                if not _PLACE_PREP.search(doc, m.start(1), cs):
                    countries[k] = code
                    break
                i += 1
    return roles, countries


def _word_positions(doc: str, words: frozenset[str]) -> list[tuple[str, int]]:
    """(word, offset) of every whole-word occurrence, sorted; str.find is far cheaper than a
    regex scan of the whole article."""
    out = []
    for w in words:
        i = doc.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not doc[i - 1].isalnum()) and (j >= len(doc) or not doc[j].isalnum()):
                out.append((w, i))
            i = doc.find(w, j)
    out.sort(key=lambda t: t[1])
    return out


def _title_word_before(doc: str, a: int) -> bool:
    """The word before ``a`` may end a title run: capitalised, or "of"/"for"/"and"/"the"."""
    sp = doc.rfind(" ", 0, a - 1)
    word = doc[sp + 1 : a].strip()
    return word[:1].isupper() or word in ("of", "for", "and", "the")


_DELEGATION_AFTER = re.compile(r"(?:[’']s)?\s+delegation\b")
_LED_BEFORE = re.compile(r"\b(?:led|headed)\s+(?:the\s+)?$")
_HEAD_OF_BEFORE = re.compile(r"\bhead\s+of\s+(?:the\s+)?$", re.I)
_TITLE_RUN = r"(?:[A-Z][\w.’'-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}"
# "... delegation (to the talks) was led by Foreign Minister X"
_LED_BY = re.compile(
    rf"(?:[’']s)?\s+delegation\b[^.;:\"“”]{{0,60}}?\b(?:led|headed)\s+(?:jointly\s+)?by\s+{_TITLE_RUN}$"
)
# "head of the Nordvik delegation, Deputy Minister X"
_DELEGATION_APPOSITION = re.compile(rf"(?:[’']s)?\s+delegation\s*,\s*{_TITLE_RUN}$")


def _delegation_heads(
    doc: str, facts: ArticleFacts, mentions: list[tuple[int, int, int]], in_quote: Callable[[int], bool]
) -> dict[int, str]:
    """person -> the country whose delegation the text says they led.

    "X led the Nordvik delegation", "the Nordvik delegation was led by X", "the head of
    the Nordvik delegation, X": the text's own statement of whom X represents, stronger
    than a country read from the article at large (a dateline, the host's capital).
    """
    out: dict[int, str] = {}
    if "delegation" not in doc:
        return out
    for c in facts.countries:
        if in_quote(c.start) or not _DELEGATION_AFTER.match(doc, c.end):
            continue
        k: int | None = None
        if (hm := _LED_BEFORE.search(doc, max(0, c.start - 16), c.start)) is not None:
            k = next(
                (
                    pk
                    for _pa, pb, pk in mentions
                    if pb <= hm.start() and re.fullmatch(r"\s*(?:,\s*who\s+)?", doc[pb : hm.start()])
                ),
                None,
            )
        elif _HEAD_OF_BEFORE.search(doc, max(0, c.start - 16), c.start):
            k = next(
                (
                    pk
                    for pa, _pb, pk in mentions
                    if c.end < pa < c.end + 100 and _DELEGATION_APPOSITION.match(doc, c.end, pa)
                ),
                None,
            )
        else:
            k = next(
                (
                    pk
                    for pa, _pb, pk in mentions
                    if c.end < pa < c.end + 140 and _LED_BY.match(doc, c.end, pa)
                ),
                None,
            )
        if k is not None:
            out.setdefault(k, c.code)
    return out


def _counterparts(
    disc: Discourse,
    mentions: list[tuple[int, int, int]],
    roles: dict[int, list[str]],
    in_quote: Callable[[int], bool],
) -> dict[int, int]:
    """person -> the person whose "counterpart" the text calls them ("X met his Nordvik
    counterpart, Y": Y -> X, the nearest name before in the sentence)."""
    out: dict[int, int] = {}
    for i, (a, _b, k) in enumerate(mentions):
        if k in out or not any("counterpart" in r.lower() for r in roles.get(k, [])):
            continue
        m = _APPOSITION_BEFORE.search(disc.doc, max(0, a - 60), a)
        if m is None or "counterpart" not in m.group(1).lower():
            continue
        si = disc.sentence_index(a)
        for pa, _pb, pk in reversed(mentions[:i]):
            if disc.sentence_index(pa) != si:
                break
            if pk != k and not in_quote(pa):
                out[k] = pk
                break
    return out


def _after_intro(doc: str, a: int, b: int) -> int:
    m = _INTRO.match(doc, a, b)
    pos = m.end() if m else a
    o = _OPENERS.match(doc, pos, b)
    return o.end() if o else pos


def _subject_position(doc: str, sent_start: int, a: int, b: int) -> bool:
    """The name at [a, b) heads its sentence: only titles, demonyms or names stand before it.

    "Nordvik Ambassador to Estland Anna Berg said" (yes); "The spokesperson said the
    minister had spoken with Karl Berg" (no: the sentence has a verb before the name);
    "Mr Berg's sister said" (no: a possessive names someone else).
    """
    if _POSSESSIVE.match(doc, b, b + 2):
        return False
    lo = _after_intro(doc, sent_start, min(len(doc), b + 200))
    if lo > a:
        # the name stands in an opening phrase: "Quoting the poet X, she said" (a
        # participle's object) or one followed by a pronoun subject is no subject
        if _PARTICIPLE_OPENER.match(doc, sent_start, a) or _PRONOUN_NEXT.match(doc, lo):
            return False
        lo = sent_start
    return _VERBISH.search(doc, lo, a) is None


# "X, he noted, had ...": a reporting clause set off inside the sentence about X
_PAREN_PRONOUN = re.compile(
    r",\s+(he|she)\s+(?:said|says|noted|notes|added|adds|recalled|stressed|insisted|argued|explained"
    r"|conceded|observed|continued|suggested|pointed\s+out)\s*,"
)
_PARTICIPLE_OPENER = re.compile(r"\s*[A-Z][a-z]+ing\b")
_PRONOUN_NEXT = re.compile(r"(?:he|she|they|it|He|She|They|It)\b")


# Words before a name that show a clause has begun (a verb, a subordinator, a
# preposition other than a title's "of"/"to"): the name is then no subject.
_VERBISH = re.compile(
    r"\b(?:\w+ed|is|was|were|are|has|have|had|will|would|said|says|told|met|that|which|who|with|by|"
    r"from|between|after|before|when|while|than|as)\b"
)
