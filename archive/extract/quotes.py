"""Statements: direct quotations found by their quotation marks, with their speakers.

Two passes. :func:`quote_spans` (in ``quote_marks``, re-exported here) pairs quotation
marks paragraph by paragraph (curly and straight, double and single, nested, carried over
a paragraph break, closing-only); it knows nothing about people. :func:`find_statements`
then drops labels that are not anyone's words and resolves each quotation's speaker from
its attribution cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.extract import discourse
from archive.extract.country_evidence import dateline_country
from archive.extract.quote_marks import QuoteSpan, is_label, quote_spans, quote_text
from archive.extract.records import ArticleFacts, Statement
from archive.extract.speaker_clauses import (
    FINITE_CUE,
    LEFT_VERB,
    SPEECH_VERB,
    Cue,
    indefinite_head_end,
    issuer_verb,
    left_cue,
    right_cue,
    trailing_according,
)
from archive.extract.speaker_gender import genders
from archive.extract.speaker_sources import (
    BARE_BODY,
    COUNTRY_HEAD,
    DEMONYM_NOUN,
    DOC_HEAD,
    GROUP_NP,
    JOINT_DOC,
    LOWER_BODY,
    MEDIA_NAMED,
    NAME_NP,
    NEW_SUBCLAUSE,
    ORG,
    OWNED_BODY,
    PARTY,
    PERSON_BODY,
    PREPS,
    QUOTED_AS,
    ROLE_NOUN,
    WRITTEN_BY,
    SourceContext,
    aside_source,
    country_display_name,
    country_word,
    group_body,
    issuer_after,
    known_body,
    rare_name,
    relative_head_end,
    reporting_aside,
    statement_bodies,
)
from archive.extract.text import Sentence, paragraph_spans

__all__ = ["QuoteSpan", "find_statements", "quote_spans", "quote_text"]

# ---------------------------------------------------------------------------
# Speech cues
# ---------------------------------------------------------------------------

_POSSESSIVE_S = re.compile(r"[’']s?\s")
_APPOSITION_SKIP = re.compile(r"\s*,[^,.;“”\"]{1,80},\s*")
_AUX_SKIP = re.compile(r"\s*(?:(?:also|then|later|again|has|had|have|was|is|would|will)\s+)*")
# a body named only by its head, which no earlier name resolves: it speaks as named
_BARE_BODY_NP = re.compile(
    r"\s*(?:the|The)\s+((?:foreign\s+|defen[cs]e\s+|interior\s+)?(?:ministry|embassy|government|presidency|secretariat))"
    r"\s*(?:(?:also|then|later|has|had)\s+)*"
)
_ISSUING_BODY = re.compile(
    r"\b(?:from|by|of)\s+(the\s+)(?:[a-z]+\s+)?(?:ministry|embassy|presidency|government)\b"
)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_ACRONYM_NP = re.compile(r"\s*(?:[Tt]he\s+)?([A-Z]{2,6})\s*(?:(?:also|then|later|has|had)\s+)*")


@dataclass(slots=True)
class _Speaker:
    name: str | None
    person: int | None = None
    country: str | None = None
    pos: int = 0  # where the source is named, for later pronouns
    ent: discourse.Entity | None = None  # its discourse entity, when known


_ACCORDING_BEFORE = re.compile(
    r"\b[Aa]ccording to\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s+)*(?:[a-z]+\s+){0,2}$"
)
_CLAUSE_CUT = re.compile(
    r"[;:]|\s[—–]\s|\s--\s|,\s+(?:but|and|while|whereas|yet)\s|\b(?:after|before|when|while|"
    r"because|since|although|though|whereas|which|as|once|until|unless)\s",
)
_COORD_CUT = re.compile(r";|,\s+(?:but|and|yet)\s")
# a sentence that opens with a subordinate phrase: its subject comes after the first comma
_INTRO = re.compile(
    r"\s*(?:After|Before|While|As|When|Since|Although|Though|If|Because|Despite|During|In|On|"
    r"At|From|For|With|Without|Under|Amid|Following|Unlike|Like|To|By|Over|Earlier|Later|"
    r"[A-Z]\w+ing|[A-Z]\w+ed)\b[^,]*,"
)
# Roles that, as "the <role> said", refer back like a pronoun. Kept apart from
# lexicon.LEADER_HEADS: it adds secretary, envoy, ambassador, senator, chairman and prince
# and leaves out ruler; merging would change which speakers resolve.
_LEADER_ROLES = {
    "president",
    "minister",
    "secretary",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "sultan",
    "monarch",
    "emir",
    "senator",
    "envoy",
    "ambassador",
    "leader",
    "chairman",
}


class _Resolver:
    """Turns a cue and the words around it into a speaker."""

    def __init__(
        self, ctx: SourceContext, quoted: list[tuple[int, int]] | None = None, home: str | None = None
    ) -> None:
        self.ctx = ctx
        self.quoted = quoted or []  # names inside quotation marks are not sources
        self._qstarts = [a for a, _ in self.quoted]
        self.doc = ctx.doc
        self.history: list[tuple[int, _Speaker]] = []  # speakers of earlier statements
        # a document named as a source with no body behind it ("The final minutes stress"):
        # the last resort of the quotation being attributed
        self.document: _Speaker | None = None
        self._in_role_head = False  # resolving a role that heads a sentence, for a pronoun
        self.unnamed: list[tuple[int, str, _Speaker]] = []  # "a Norwegian official" and the like
        # names directly followed by a speech verb ("Lindqvist says ..."): pronoun antecedents
        self.speech_subjects: dict[int, int] = {
            a: k
            for a, b, k in ctx.mentions
            if (v := SPEECH_VERB.match(self._skip_apposition(b, b))) is not None
            and not v.group(0).endswith("ing")
            and not self.in_quote(a)
            and not self._after_prep(a)
        }
        self.gender = genders(ctx.doc, ctx.mentions)
        self.disc = discourse.build(
            ctx.doc, ctx.sentences, ctx.facts, self.quoted, ctx.mentions, self.gender, home
        )
        self._register_bodies()
        for ent in self.disc.entities:  # "A senior administration official said ...": the own side
            if ent.kind == discourse.UNNAMED and not ent.country and _OWN_SIDE.search(ent.text):
                ent.country = ctx.home_country(ent.text)
        # the first name acting in each sentence, past an opening subordinate phrase
        self.sentence_subjects: list[tuple[int, int]] = []
        for sent in ctx.sentences:
            intro = _INTRO.match(ctx.doc, sent.start, sent.end)
            lo = intro.end() if intro else sent.start
            for a, _b, k in ctx.persons_in(lo, sent.end):
                if not self._after_prep(a) and not self.in_quote(a):
                    self.sentence_subjects.append((a, k))
                    break

    def _register_bodies(self) -> None:
        """Bodies the article names as sources outside quotations ("the Nordvik Foreign
        Ministry said in a press release", "according to the Nordvik embassy"), so that a
        later "the statement said" or "the ministry added" can refer back to them."""
        doc = self.doc
        for m in FINITE_CUE.finditer(doc):
            if self.in_quote(m.start()):
                continue
            sent = self.ctx.sentence_at(m.start())
            if m.group(0).lower() == "according to":
                rest = doc[m.end() : sent.end]
                stop = re.search(r"[,;:.]", rest)
                a, b = m.end(), m.end() + (stop.start() if stop else len(rest))
            else:
                a, b = max(sent.start, m.start() - 80), m.start()
                cut = list(re.finditer(r"[,;:]\s|\b(?:that|and|but|as|after|when)\s", doc[a:b]))
                if cut:
                    a += cut[-1].end()
            if self.ctx.persons_in(a, b):
                continue
            mm = MEDIA_NAMED.search(doc, a, b)
            if mm is not None:  # "the state broadcaster NRK reported": a medium by name
                name = mm.group(2) or mm.group(3)
                code = self._org_country(a, b, name)
                self.disc.add_source(
                    mm.start(), mm.end(), discourse.ORG, name, code, mm.group(1) or mm.group(4)
                )
                continue
            om = next((o for o in ORG.finditer(doc, a, b) if o.group(0)[0].isupper()), None)
            if om is None:
                om = LOWER_BODY.search(doc, a, b)  # "a Nordvik foreign ministry statement"
                if om is None or not self.ctx.countries_in(om.start(), om.end()):
                    om = BARE_BODY.match(doc, a, b)  # "the ministry said": the article's own side
                    issued = False
                    if om is None:
                        # "according to a press release from the foreign ministry": its issuer
                        iss = _ISSUING_BODY.search(doc, a, b)
                        om = BARE_BODY.match(doc, iss.start(1), b) if iss is not None else None
                        issued = om is not None
                    if om is None or (self.ctx.home_country(om.group(1)) is None and not issued):
                        continue
            if om is not None:
                name = re.sub(r"^(?:the|a|an)\s+", "", om.group(0).strip(), flags=re.I).strip()
                if name.lower() in ("house", "office"):
                    continue
                cs = self.ctx.countries_in(om.start(), om.end())
                code = cs[0][2] if cs else self._org_country(a, b, name)
                head = (
                    "statement"
                    if re.match(
                        r"\s+in\s+a\s+(?:[\w-]+\s+)?(?:statement|press release|readout)",
                        doc[m.end() : m.end() + 40],
                    )
                    else ""
                )
                self.disc.add_source(om.start(), om.end(), discourse.ORG, name, code, head)
        for start, end, name, code in statement_bodies(self.ctx, self.in_quote):
            self.disc.add_source(start, end, discourse.ORG, name, code, "statement")

    def in_quote(self, pos: int) -> bool:
        from bisect import bisect_right

        i = bisect_right(self._qstarts, pos) - 1
        return i >= 0 and self.quoted[i][0] < pos < self.quoted[i][1]

    # -- candidate sources in a span --------------------------------------------------
    def _after_prep(self, pos: int, lo: int = 0) -> bool:
        """The word before is a preposition ("met with X"); "according to X" names a source."""
        if self.ctx.prev_word(pos, lo) not in PREPS:
            return False
        if pos in self.ctx.titled_starts:
            return False  # "Ambassador to Nordvik Anna Berg": the preposition is the title's
        return not _ACCORDING_BEFORE.search(self.doc, max(0, pos - 90), pos)

    def person(self, k: int, pos: int) -> _Speaker:
        """A named person; the country the discourse model read at a mention ("his
        Nordvik host, X") stands in where the persons stage found none."""
        p = self.ctx.facts.persons[k]
        ent = self.disc.person_entity(k)
        return _Speaker(p.name, k, p.country or (ent.country if ent is not None else None), pos)

    def country(self, code: str, surface: str, kind: str, pos: int) -> _Speaker:
        name = surface if kind == "name" else country_display_name(code, surface)
        return _Speaker(name, None, code, pos)

    def pronoun(self, word: str, pos: int) -> _Speaker | None:
        """he/she: the latest person who spoke or acts as a subject; it/they: the latest body."""
        w = word.lower()
        if w in ("it", "they"):
            # "the ministry summoned X to protest what it called": the body heading the sentence
            body = self._subject_body(pos) if w == "it" else None
            if body is not None:
                return body
            body_ent = self.disc.resolve_pronoun(pos, w)
            body_at = -1
            if body_ent is not None and body_ent.kind == discourse.ORG:
                body_at = max((m.start for m in body_ent.mentions if m.start < pos), default=-1)
            for hpos, sp in reversed(self.history):
                if (
                    hpos < pos
                    and sp.person is None
                    and sp.name
                    and (sp.ent is None or sp.ent.kind != discourse.UNNAMED)
                ):
                    if body_ent is not None and body_at > hpos and body_ent.name != sp.name:
                        break  # a body told since that source ("The X ministry ... in its statement. It said")
                    return _Speaker(sp.name, None, sp.country, pos)
            # a body the article named as a source without a quotation ("The ministry said
            # ... It added")
            ent = body_ent  # (resolved once, above)
            return self._from_entity(ent, pos) if ent is not None and ent.kind == discourse.ORG else None
        ctx = self.ctx
        sent = ctx.sentence_at(pos)
        dm = WRITTEN_BY.search(self.doc, max(sent.start, pos - 120), pos)
        if dm is not None:  # "a message from the King, in which he praised": its author
            authors = ctx.persons_in(dm.start(1), dm.end(1))
            author = self.person(authors[0][2], pos) if authors else self.role(dm.start(1), dm.end(1), pos)
            if author is not None and author.person is not None:
                return author
        other = "f" if w == "he" else "m" if w == "she" else ""
        here = [
            (a, k)
            for a, b, k in ctx.persons_in(sent.start, pos)
            if self.gender.get(k) != other
            and not self._after_prep(a)
            and not self.in_quote(a)
            and not re.fullmatch(r"\s*,\s*", self.doc[b:pos])
        ]
        for a, k in reversed(here):  # a name that speaks in this very sentence
            if a in self.speech_subjects:
                return self.person(k, pos)
        if here:
            return self.person(here[0][1], pos)
        # "Quoted by KUNA, the envoy said he would ... '...,' he added": the role heading the sentence
        rs = _ROLE_HEAD.match(self.doc, sent.start, pos)
        if (
            rs is None
            and sent.start > 0
            and not self.doc[sent.start : pos].lstrip().startswith(("He ", "She "))
        ):
            prev = ctx.sentence_at(sent.start - 1)
            if prev.paragraph == sent.paragraph and not ctx.persons_in(prev.start, prev.end):
                # ("The Ethiopian minister was more guarded. At a dinner ..., he said": any verb)
                rs = _ROLE_HEAD.match(self.doc, prev.start, prev.end) or _ROLE_AS_SUBJECT.match(
                    self.doc, prev.start, prev.end
                )
        if rs is not None and not self._in_role_head:
            self._in_role_head = True  # ("the president said" resolves like a pronoun: no loop)
            try:
                head_sp = self.role(rs.start(1), rs.end(1), pos)
            finally:
                self._in_role_head = False
            if (
                head_sp is not None
                and head_sp.person is not None
                and self.gender.get(head_sp.person) != other
            ):
                return head_sp
        # the most salient person of that gender: the latest speaker, the subject of the
        # paragraph, ... (a name just before, as in "Lindqvist, he says,", is the topic)
        excl = {
            k for _a, b, k in ctx.persons_in(sent.start, pos) if re.fullmatch(r"\s*,\s*", self.doc[b:pos])
        }
        ent = self.disc.resolve_pronoun(pos, w, exclude=excl)
        return self._from_entity(ent, pos)

    def _from_entity(self, ent: discourse.Entity | None, pos: int) -> _Speaker | None:
        """The speaker record of a discourse entity (an unnamed person speaks for its country)."""
        if ent is None:
            return None
        if ent.person is not None:
            sp = self.person(ent.person, pos)
        elif ent.kind == discourse.UNNAMED:
            if not ent.country:
                return None
            sp = _Speaker(country_display_name(ent.country, ""), None, ent.country, pos)
        elif ent.kind == discourse.COUNTRY and ent.country:
            sp = _Speaker(country_display_name(ent.country, ""), None, ent.country, pos)
        else:
            sp = _Speaker(ent.name, None, ent.country, pos)
        sp.ent = ent
        return sp

    def embedded(self, sp: _Speaker, cue: Cue | None) -> bool:
        """The speaker is named after another speech verb of its sentence ("X said Y told him")."""
        if cue is None or sp.person is None or not (sp.pos < cue.start):
            return False
        sent = self.ctx.sentence_at(sp.pos)
        return any(
            m.group(0).lower() != "according to" for m in FINITE_CUE.finditer(self.doc, sent.start, sp.pos)
        )

    def note(self, sp: _Speaker, pos: int, embedded: bool = False) -> None:
        """Record ``sp`` as the speaker at ``pos``: in the history and the discourse model."""
        self.history.append((pos, sp))
        ent = sp.ent
        if ent is None and sp.person is not None:
            ent = self.disc.person_entity(sp.person)
        if ent is None and sp.country and sp.name == country_display_name(sp.country, ""):
            ent = self.disc.country_entity(sp.country)
        if ent is None and sp.name:
            ent = self.disc.add_source(pos, pos, discourse.ORG, sp.name, sp.country)
        if ent is not None:
            self.disc.note_speaker(ent, pos, embedded)

    def _subject_body(self, pos: int) -> _Speaker | None:
        """ "the ministry summoned X to protest what it called": the body heading the sentence."""
        sent = self.ctx.sentence_at(pos)
        intro = _INTRO.match(self.doc, sent.start, pos)
        lo = intro.end() if intro else sent.start
        head = COUNTRY_HEAD.match(self.doc, lo, pos)
        cs = self.ctx.countries_in(lo, pos)
        if head is not None and cs and cs[0][0] == head.start(1) and cs[0][1] == head.end(1):
            c = cs[0]  # "Nordvik summoned the ambassador to protest what it called": the country
            return self.country(c[2], c[3], c[4], pos)
        m = ROLE_NOUN.search(self.doc, lo, pos)
        if m is None or self.ctx.persons_in(lo, m.start()) or self._after_prep(m.start()):
            return None
        sp = self.role(self._np_start(lo, m.start()), m.end(), pos)
        return sp if sp is None or sp.person is None else None  # "it" is no person

    def _skip_apposition(self, end: int, limit: int) -> str:
        """Text after a name, past a ', the minister,' apposition."""
        rest = self.doc[end : min(limit + 60, len(self.doc))]
        m = _APPOSITION_SKIP.match(rest)
        if m:
            rest = rest[m.end() :]
        m = _AUX_SKIP.match(rest)
        return rest[m.end() :] if m else rest

    def role(self, a: int, b: int, pos: int) -> _Speaker | None:
        """An unnamed source: organisation, titled person, or the country behind it."""
        doc = self.doc
        np = doc[a:b]
        for m in ORG.finditer(np):
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group(0)).strip()
            if name and name.lower() not in ("house", "office") and name[0].isupper():
                cs = self.ctx.countries_in(a + m.start(), a + m.end())
                code = cs[0][2] if cs else self._org_country(a, b, name)
                sp = _Speaker(name, None, code, pos)
                self.ctx.orgs.append((pos, name, code))
                return sp
        pb = PERSON_BODY.search(np)
        owners = self.ctx.persons_in(a, a + pb.start(2)) if pb is not None else []
        if pb is not None and owners:  # "Mr Berg's press office": his office; "Berg's spokesman": his country
            p = self.ctx.facts.persons[owners[-1][2]]
            if pb.group(2).lower().startswith("spokes") or pb.group(2).lower().startswith("aide"):
                return (
                    _Speaker(country_display_name(p.country, ""), None, p.country, pos) if p.country else None
                )
            return _Speaker(f"{doc[owners[-1][0] : owners[-1][1]]}'s {pb.group(2)}", None, p.country, pos)
        om = OWNED_BODY.match(np)
        if om is not None:  # "Its embassy cautioned": the body of the country or body meant by "its"
            pron = np.split()[0].lower()  # "Her foreign ministry": the ministry of her country
            owner = self.disc.resolve_pronoun(pos, pron if pron in ("his", "her") else "its")
            if owner is not None and owner.country:
                owner_name = (
                    owner.name if owner.kind == discourse.ORG else country_display_name(owner.country, "")
                )
                body_name = re.sub(r"^\s*\w+\s+(?:own\s+)?", "", om.group(0)).lower()  # "foreign ministry"
                return _Speaker(f"{owner_name} {body_name}", None, owner.country, pos)
        pm = PARTY.search(np)
        if pm is not None and not country_word(pm.group(1)):  # "the ruling Nordvik Unity party"
            name = pm.group(1).strip()
            return _Speaker(name, None, self._org_country(a, b, name), pos)
        body = known_body(np)
        if body is not None:  # "a state department spokesman": a seat of government
            return _Speaker(body[0], None, body[1], pos)
        rm = ROLE_NOUN.search(np)
        head = rm.group(0).lower() if rm else ""
        if rm is not None and head in (
            "statement",
            "press release",
            "communique",
            "communiqué",
            "readout",
            "minutes",
        ):
            cs_doc = self.ctx.countries_in(a, b)
            cs0 = cs_doc[0][2] if cs_doc else None
            acr = [x for x in _ACRONYM.findall(np[: rm.start()]) if x not in ("US", "UK", "UN")]
            if acr:
                return _Speaker(acr[0], None, self._org_country(a, b, acr[0]), pos)
            iss = issuer_after(np[rm.end() :])
            om = ORG.search(np, rm.end() + iss) if iss is not None else None
            if om is not None:  # "a statement from the Ministry of X"
                return _Speaker(om.group(0), None, self._org_country(a, b, om.group(0)), pos)
            if iss is not None:  # "a statement from the Nordvik foreign ministry / side"
                ia = a + rm.end() + iss
                lb = LOWER_BODY.search(doc, ia, b)
                ics = self.ctx.countries_in(ia, b)
                if lb is not None and ics:
                    return _Speaker(lb.group(0), None, ics[0][2], pos)
                if ics and ics[0][0] - ia < 12:
                    return self.country(ics[0][2], ics[0][3], ics[0][4], pos)
            for _p, name, code in reversed(self.ctx.orgs):
                return _Speaker(name, None, code, pos)
            # the body the article last named as a source ("the ministry said ... The
            # statement said ..."), else the document as named ("a joint statement")
            ent = self.disc.resolve_description(pos, "the statement", country=cs0)
            if ent is not None:
                return _Speaker(ent.name, None, ent.country, pos, ent)
            for hp, sp in reversed(self.history):
                if hp < pos and sp.person is None and sp.name:
                    return _Speaker(sp.name, None, sp.country, pos)
            if re.search(r"\bjoint\b", np[: rm.start()], re.I):
                return _Speaker(f"joint {head}", None, None, pos)
            # "The final minutes of the session stress ...": the document itself, as named
            mod = re.search(r"(?:^|\s)((?:[a-z-]+\s+){0,2})$", np[: rm.start()])
            words = (mod.group(1).split() if mod else [])[-2:]
            words = [w for w in words if w.lower() not in ("the", "a", "an", "its", "their")]
            self.document = _Speaker(" ".join([*words, head]), None, cs0, pos)
            return None
        cs = [c for c in self.ctx.countries_in(a, b)]
        definite = not re.match(r"\s*(?:a|an|one|two|three|some|several|many)\b", np, re.I)
        # "a spokesman for Mr Halvorsen": the principal's country
        for pa, _pb, k in self.ctx.persons_in(a, b):
            if self._after_prep(pa):
                p = self.ctx.facts.persons[k]
                if p.country:
                    return _Speaker(country_display_name(p.country, ""), None, p.country, pos)
        if rm and definite:
            ent = self.disc.resolve_description(pos, np, country=cs[0][2] if cs else None)
            if ent is not None and ent.person is not None:
                return self.person(ent.person, pos)
            if ent is not None and ent.kind == discourse.ORG:
                return _Speaker(ent.name, None, ent.country, pos, ent)
            if ent is not None and ent.kind == discourse.UNNAMED:
                if ent.country:
                    return _Speaker(country_display_name(ent.country, ""), None, ent.country, pos)
                return _Speaker(None, None, None, pos)  # "the diplomat" met as "a diplomat": no source
            tk = self._titled_person(head, cs[0][2] if cs else None, pos)
            if tk is not None:
                return self.person(tk, pos)
            if head.split()[-1] in _LEADER_ROLES and not cs:
                # "the president said": anaphoric, like a pronoun
                return self.pronoun("he", pos)
        if cs:
            c = cs[0]
            sp = self.country(c[2], c[3], c[4], pos)
            if rm:
                self.unnamed.append((pos, rm.group(0).split()[-1].lower(), sp))
            return sp
        if rm and not definite and _OWN_SIDE.search(np[: rm.end()]):
            # "a senior administration official": the article's own government
            code = self.ctx.home_country(np)
            if code:
                sp = self.country(code, "", "", pos)
                self.unnamed.append((pos, rm.group(0).split()[-1].lower(), sp))
                return sp
        if rm:
            word = rm.group(0).split()[-1].lower()
            # a capitalised word before the role names the body ("a Nordvik spokesman")
            mm = re.search(rf"([A-Z][\w&-]+)\s+{re.escape(rm.group(0))}", np)
            if mm and mm.group(1).lower() not in ("the", "a", "an") and not definite:
                if not (mm.group(1).isupper() or rare_name(mm.group(1))):
                    # "a Western diplomat", "a European official": no body, no country
                    sp = _Speaker(None, None, None, pos)
                    self.unnamed.append((pos, word, sp))
                    return sp
                sp = _Speaker(mm.group(1), None, self._org_country(a, b, mm.group(1)), pos)
                self.unnamed.append((pos, word, sp))
                return sp
            if definite:
                for up, w, sp in reversed(self.unnamed):
                    if up < pos and (w == word or w.rstrip("s") == word.rstrip("s")):
                        return _Speaker(sp.name, sp.person, sp.country, pos)
            self.unnamed.append((pos, word, _Speaker(None, None, None, pos)))
            bm = _BARE_BODY_NP.fullmatch(np) if definite else None
            if bm is not None:  # "according to the ministry": the body as named
                return _Speaker(bm.group(1).lower(), None, self.ctx.home_country(bm.group(1)), pos)
        return None

    def _org_country(self, a: int, b: int, name: str) -> str | None:
        """A body's country: a country word in its phrase, else the article's own side.

        An unqualified "Foreign Office" (or "FO") belongs to the government whose
        officials the article titles without a country word: the holders of titles
        sharing the body's words ("Foreign Minister X"), else of any bare state title.
        The most-mentioned country is no evidence: articles dwell on foreign countries.
        """
        cs = self.ctx.countries_in(a, b)
        if cs:
            return cs[0][2]
        return self.ctx.home_country(name)

    def _titled_person(self, head: str, code: str | None, pos: int) -> int | None:
        """The person the article gives this role ("the minister" -> its Foreign Minister)."""
        words = head.split()
        key = words[-1]
        if key in ("official", "officials", "source", "sources", "diplomat", "analyst"):
            return None
        sent = self.ctx.sentence_at(pos)
        best, best_key = None, (-1, -1)
        for k, p in enumerate(self.ctx.facts.persons):
            if code and p.country and p.country != code:
                continue
            if not any(key in t.title.lower() for t in p.titles):
                continue
            # someone named in this sentence after a preposition is not its subject
            if any(sent.start <= m.start < sent.end and self._after_prep(m.start) for m in p.mentions):
                continue
            last = max((m.start for m in p.mentions if m.start < pos), default=-1)
            subj = max(
                (m.start for m in p.mentions if m.start < pos and not self._after_prep(m.start)), default=-1
            )
            if (subj, last) > best_key:
                best, best_key = k, (subj, last)
        return best

    # -- the source named in a span -------------------------------------------------
    def resolve_np(self, a: int, b: int, pos: int, nearest: bool = False) -> _Speaker | None:
        """The source named between ``a`` and ``b``: a person, else a body, else a country.

        The first candidate is the head of the phrase; ``nearest`` takes the last one, for
        the modifier right before a speech noun ("Iranian accusations").
        """
        doc = self.doc
        while a < b and doc[a] in " ,—–-\n":
            a += 1
        if a >= b:
            return None
        dm = DOC_HEAD.match(doc, a, b)
        if dm is not None:  # "The final communique, read by X, said": the document speaks
            sp = self.role(a, b, pos)
            if sp is not None:
                return sp
        persons = [
            (pa, k)
            for pa, pb, k in self.ctx.persons_in(a, b)
            if not self._after_prep(pa, a) and not _POSSESSIVE_S.match(doc, pb)
        ]
        prons = [
            (a + m.start(), m.group(1))
            for m in re.finditer(r"\b(he|she|it|they|He|She|It|They)\b", doc[a:b])
            if not self._after_prep(a + m.start())
        ]
        pick = max if nearest else min
        ents: list[tuple[int, str]] = [(p, "person") for p, _ in persons]
        ents += [(p, "pron") for p, _ in prons]
        if ents:
            p, kind = pick(ents)
            if nearest:
                # "X brushed off Nordvik charges": the modifier of the speech noun, after X
                adj = [
                    c for c in self.ctx.countries_in(p, b) if c[4] == "demonym" and not doc[c[1] : b].strip()
                ]
                if adj:
                    return self.country(adj[-1][2], adj[-1][3], adj[-1][4], pos)
            if kind == "person":
                return self.person(next(k for pa, k in persons if pa == p), p)
            return self.pronoun(next(w for pa, w in prons if pa == p), p)
        roles = [a + m.start() for m in ROLE_NOUN.finditer(doc[a:b])]
        roles += [a + m.start() for m in ORG.finditer(doc[a:b]) if m.group(0)[0].isupper()]
        roles += [a + m.start() for m in PARTY.finditer(doc[a:b])]
        roles = [self._np_start(a, r) for r in roles if not self._after_prep(r)]
        cs = [c for c in self.ctx.countries_in(a, b) if not self._after_prep(c[0])]
        c = pick(cs, key=lambda c: c[0]) if cs else None
        # a role wins over a country word before it, or inside its own phrase ("Nordvik's
        # top diplomat" starts where "Nordvik" does)
        if roles and (c is None or pick(pick(roles), c[0]) != c[0] or (not nearest and min(roles) == c[0])):
            sp = self.role(pick(roles), b, pos)
            if sp is not None:
                return sp
        if c is not None:
            if c[4] == "demonym" and DEMONYM_NOUN.fullmatch(doc, a, b):
                # "the Nordvikian said": one of that country's people the text has named
                ent = self.disc.resolve_description(pos, doc[a:b], country=c[2])
                if ent is not None and ent.person is not None:
                    return self.person(ent.person, pos)
            return self.country(c[2], c[3], c[4], pos)
        m = _ACRONYM_NP.fullmatch(doc, a, b)
        if m is not None:  # "the DFA said": a body by its initials
            name = m.group(1)
            return _Speaker(name, None, self._org_country(a, b, name), pos)
        m = NAME_NP.fullmatch(doc, a, b)
        if m is not None and rare_name(m.group(1)):  # "Tass said": a source by its own name
            name = m.group(1)
            return _Speaker(name, None, self._org_country(a, b, name), pos)
        gm = GROUP_NP.fullmatch(doc, a, b)
        if gm is not None:  # "the co-chairs said": the body whose members they are
            org = group_body(doc, gm.group(1).lower(), pos, self.in_quote)
            if org is not None:
                return _Speaker(f"{org} {gm.group(1)}", None, None, pos)
        return None

    def _np_start(self, a: int, role_pos: int) -> int:
        """Back from a role noun to its determiner, within the span.

        The nearest determiner, extended back over a possessive's own article or
        capitalised words ("the Nordvik government's negotiator"), but never over a
        clause ("a deal that prompted the Nordvik leader" starts at "the").
        """
        seg = self.doc[a:role_pos]
        starts = [m.start() for m in _DET.finditer(seg) if not re.search(r"[,;]", seg[m.start() :])]
        if not starts:
            return a
        k = len(starts) - 1
        while k > 0 and _DET_GAP.fullmatch(seg, starts[k - 1], starts[k]):
            k -= 1
        return a + starts[k]


_DET = re.compile(r"\b(?:the|a|an|The|A|An)\s|[\w.’']+’s?\s|[\w.]+'s\s")
# what may stand between a determiner and the next one inside one noun phrase
_DET_GAP = re.compile(r"(?:the|a|an|The|A|An)\s(?:[A-Z][\w.’'-]*\s)*|[\w.’']+[’']s?\s")


# ---------------------------------------------------------------------------
# Statements
# ---------------------------------------------------------------------------


def _is_heading(doc: str, q: QuoteSpan, para: tuple[int, int]) -> bool:
    """A short quotation standing alone as a paragraph, without closing punctuation."""
    text = quote_text(doc, q)
    return q.start <= para[0] and q.end >= para[1] and len(text.split()) <= 8 and text[-1:] not in ".,!?…—–-"


def find_statements(
    doc: str, sentences: list[Sentence], title_end: int, facts: ArticleFacts
) -> list[Statement]:
    """Every direct quotation in the body (not the headline) with its speaker."""
    spans = quote_spans(doc, title_end)
    if not spans:
        return []
    ctx = SourceContext(doc, sentences, facts)
    home = dateline_country(doc, facts.countries, title_end)
    res = _Resolver(ctx, [(q.start, q.end) for q in spans if q.parent is None], home)
    paras = paragraph_spans(doc)
    para_starts = [a for a, _ in paras]
    from bisect import bisect_right

    def para_of(pos: int) -> tuple[int, int]:
        return paras[max(0, bisect_right(para_starts, pos) - 1)]

    top = [k for k, q in enumerate(spans) if q.parent is None]
    keep: dict[int, Statement] = {}
    prev_stmt: Statement | None = None
    for n, k in enumerate(top):
        q = spans[k]
        text = quote_text(doc, q)
        para = para_of(q.start)
        if not text or is_label(doc, q, text, para):
            continue
        nxt_start = spans[top[n + 1]].start if n + 1 < len(top) else len(doc)
        prev_end = spans[top[n - 1]].end if n > 0 else 0
        st = Statement(text=text, start=q.start, end=q.end, speaker=None)
        # a quotation run over paragraphs has its cue after its last part
        end_para = para_of(q.end - 1)[1]
        sp, cue = _attribute(res, q, para, prev_end, min(nxt_start, end_para), prev_stmt)
        _fill(st, sp, cue)
        keep[k] = st
        if sp is not None and sp.name:
            res.note(sp, cue.start if cue else q.start, res.embedded(sp, cue))
        prev_stmt = st
        for c in q.children:
            _inner(res, spans, c, st, keep)
    _subheadings(doc, spans, keep, paras)
    return [keep[k] for k in sorted(keep, key=lambda k: (spans[k].start, -spans[k].end))]


def _fill(st: Statement, sp: _Speaker | None, cue: Cue | None) -> None:
    if sp is not None:
        st.speaker, st.speaker_person, st.speaker_country = sp.name, sp.person, sp.country
    if cue is not None:
        st.cue, st.cue_start, st.cue_end = cue.text, cue.start, cue.end


_WILL = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:to|expected\s+to|due\s+to))\s+(?:\w+\s+)?\w+$")
_THIRD_PERSON = re.compile(r"^\s*(?:[A-Z][a-z]+,?\s+)?\b([Hh]e|[Ss]he)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b(?:\s+(?:have|had|has|did|do|once|always|often|also|just))*\s*$")


def _inner(
    res: _Resolver, spans: list[QuoteSpan], k: int, outer: Statement, keep: dict[int, Statement]
) -> None:
    """A quotation inside a quotation: the original speaker's words, unless a word as a word."""
    doc = res.doc
    q = spans[k]
    text = quote_text(doc, q)
    if not text or is_label(doc, q, text, (outer.start + 1, outer.end - 1)):
        return
    st = Statement(text=text, start=q.start, end=q.end, speaker=None)
    seg_a = outer.start + 1
    for a, b in spans[q.parent].parts if q.parent is not None else []:
        if a <= q.start < b:
            seg_a = a
    cue = left_cue(res.doc, seg_a, q.start)
    sp = None
    if cue is not None and _FIRST_PERSON.search(doc, seg_a, cue.start) and outer.speaker:
        sp = _from_stmt(outer)  # "As I have said, '...'": the outer speaker quotes himself
    elif cue is not None:
        sp = _resolve_cue(res, cue)
        pm = _THIRD_PERSON.search(doc, seg_a, cue.start)
        if sp is not None and pm is not None and sp.person is not None and sp.person == outer.speaker_person:
            # "He looked at me and said, '...'" in X's words: "he" is someone X talks about
            ent = res.disc.resolve_pronoun(seg_a + pm.start(1), pm.group(1), exclude={sp.person})
            sp = res._from_entity(ent, cue.start)
    if sp is None:
        # the outer source reports someone else's words: the other person it names
        sent = res.ctx.sentence_at(outer.start)
        lo = min(sent.start, outer.start)
        for a, _b, p in res.ctx.persons_in(lo, q.start):
            if p != outer.speaker_person:
                sp = res.person(p, a)
                break
    _fill(st, sp, cue)
    keep[k] = st
    for c in q.children:
        _inner(res, spans, c, st, keep)


def _subheadings(
    doc: str, spans: list[QuoteSpan], keep: dict[int, Statement], paras: list[tuple[int, int]]
) -> None:
    """A quoted subheading repeats words said in the body: give it their speaker."""
    starts = {a: b for a, b in paras}
    stmts = [keep[k] for k in sorted(keep)]
    for k, st in keep.items():
        q = spans[k]
        if q.start not in starts or st.speaker or not _is_heading(doc, q, (q.start, starts[q.start])):
            continue
        words = set(re.findall(r"\w+", st.text.lower()))
        for other in stmts:
            if other is st or not other.speaker:
                continue
            if words <= set(re.findall(r"\w+", other.text.lower())):
                st.speaker, st.speaker_person = other.speaker, other.speaker_person
                st.speaker_country = other.speaker_country
                break
        else:
            later = [o for o in stmts if o.start > st.start and o.speaker]
            if later:
                o = later[0]
                st.speaker, st.speaker_person, st.speaker_country = (
                    o.speaker,
                    o.speaker_person,
                    o.speaker_country,
                )


def _attribute(
    res: _Resolver,
    q: QuoteSpan,
    para: tuple[int, int],
    prev_end: int,
    nxt_start: int,
    prev_stmt: Statement | None,
) -> tuple[_Speaker | None, Cue | None]:
    """Find the cue for a top-level quotation and resolve its source."""
    res.document = None
    sp, cue = _attribute_steps(res, q, para, prev_end, nxt_start, prev_stmt)
    if sp is None and res.document is not None:
        return res.document, cue
    return sp, cue


def _attribute_steps(
    res: _Resolver,
    q: QuoteSpan,
    para: tuple[int, int],
    prev_end: int,
    nxt_start: int,
    prev_stmt: Statement | None,
) -> tuple[_Speaker | None, Cue | None]:
    """The attribution steps in order: a cue after the quotation, before it, the sentences around."""
    ctx, doc = res.ctx, res.doc
    # 1. after the quotation: ', said X' / ', X said' / ', according to X'
    cue = right_cue(res.doc, q, nxt_start)
    sent = ctx.sentence_at(q.start)
    lo = max(sent.start, prev_end if prev_end > sent.start else sent.start, para[0])
    if cue is not None:
        sp = _resolve_cue(res, cue)
        if sp is not None and sp.person is None:
            # nested reporting: "X told Y that Z was "...", the agency reported": the words
            # are X's, the agency only reports them
            inner = left_cue(res.doc, lo, q.start)
            if (
                inner is not None
                and not inner.noun
                and inner.text.lower() != "according to"
                and not NEW_SUBCLAUSE.search(doc, inner.end, q.start)
                # "X will stress that ..., her ministry said": a plan the body words, not X's words
                and not _WILL.search(doc, max(0, inner.start - 24), inner.end)
            ):
                isp = _resolve_cue(res, inner)
                if isp is not None and isp.person is not None:
                    return isp, inner
        if sp is not None:
            return sp, cue
    # 2. before it, in the same sentence
    iv = issuer_verb(doc, lo, q.start)
    if iv is not None:
        # "The presidency said in a statement that X had urged Y to '...'": X's words, reported
        lc = left_cue(res.doc, lo, q.start)
        # (only a verb right before the quotation: "had asked the minister to convey ... '...'"
        # leaves the words the document's)
        if lc is not None and lc.start > iv[1] and not (lc.noun or lc.participle) and q.start - lc.end <= 30:
            isp = _resolve_cue(res, lc)
            if isp is not None and isp.person is not None:
                return isp, lc
    cue = Cue(doc[iv[0] : iv[1]], iv[0], iv[1], (lo, iv[0])) if iv else left_cue(res.doc, lo, q.start)
    for _depth in range(3):
        if cue is None:
            break
        sp = _resolve_cue(res, cue)
        if sp is not None:
            return sp, cue
        jm = JOINT_DOC.match(doc, cue.end) if iv is not None and cue.start == iv[0] else None
        if jm is not None:  # "the two sides said in a joint statement that ...": the document
            return _Speaker(f"joint {jm.group(1)}", None, None, cue.start), cue
        # nested reporting whose inner source is unnamed ("The statement said the sides
        # agreed ..."): the reporting source of the outer verb
        cue = left_cue(res.doc, lo, cue.start) if cue.start > lo else None
    # 2b. a fragment whose sentence ends ", according to the statement": that source
    cue = trailing_according(res.doc, q, min(sent.end, nxt_start))
    if cue is not None:
        sp = _resolve_cue(res, cue)
        if sp is not None:
            return sp, cue
    same_sentence = prev_stmt is not None and prev_stmt.end > sent.start and prev_stmt.end <= q.start
    if same_sentence and prev_stmt is not None and prev_stmt.speaker:
        return _from_stmt(prev_stmt), None
    # 3. a cue in the previous sentence of the paragraph ("Mr X says. “...”")
    si = ctx.sentences.index(sent)
    if si > 0 and ctx.sentences[si - 1].paragraph == sent.paragraph:
        prev = ctx.sentences[si - 1]
        if prev_stmt is not None and prev_stmt.speaker and prev_stmt.end > prev.start:
            return _from_stmt(prev_stmt), None
        if prev_stmt is not None and prev_stmt.cue and not prev_stmt.speaker and prev_stmt.end > prev.start:
            return None, None  # '"...," the diplomat said. "..."' continues a source with no name
        pcue = left_cue(res.doc, prev.start, prev.end)
        if pcue is not None and pcue.end > prev.start:
            sp = _resolve_cue(res, pcue)
            if sp is not None:
                return sp, None
    # 4. a paragraph that opens with a quotation continues the last speaker
    # (not a quoted subheading: see _subheadings)
    heading = _is_heading(doc, q, para)
    if q.start <= para[0] and not heading and prev_stmt is not None and prev_stmt.speaker:
        gap = doc[prev_stmt.end : q.start]
        if gap.count("\n\n") <= 1:
            return _from_stmt(prev_stmt), None
    # 4b. ... or the person the paragraph before is about ("Ramirez defended the plan. ¶ “...”")
    if q.start <= para[0] and not heading:
        top = res.disc.ranked(q.start, {discourse.PERSON}, window=600)
        if top:
            ent = top[0][1]
            last = max((m for m in ent.mentions if m.start < q.start), key=lambda m: m.start)
            prev_para = ctx.sentence_at(max(0, para[0] - 3)).paragraph
            if last.subject and ctx.sentences[last.sentence].paragraph == prev_para:
                return res._from_entity(ent, q.start), None
    # 5. the subject of the sentence ("Lindqvist made a commitment to “...”")
    if not (q.start <= para[0]):
        found = ctx.persons_in(sent.start, q.start)
        for a, _b, k in found:
            if not res._after_prep(a):
                return res.person(k, a), None
        pm = _PRONOUN_SUBJECT.match(doc, sent.start, q.start)
        if pm is not None and not found:  # "He also wanted the troops out “...”"
            sp = res.pronoun(pm.group(1), pm.start(1))
            if sp is not None:
                return sp, None
        # "To X, the summit “...”": the opinion holder
        if found and re.match(r"\s*(?:To|For)\b", doc[sent.start : found[0][0]]):
            return res.person(found[0][2], found[0][0]), None
        # "The visiting minister also voiced concern over “...”": the role's holder
        rm = _ROLE_SUBJECT.match(doc, sent.start, q.start)
        if rm is not None:
            sp = res.role(rm.start(1), rm.end(), q.start)
            if sp is not None:
                return sp, None
    return None, None


_ROLE_HEAD = re.compile(
    r"\s*(?:[A-Z][^,\"“”]{0,40},\s*)?([Tt]he\s+(?:[\w-]+\s+){0,3}?(?:minister|president|secretary|envoy|ambassador"
    r"|premier|chancellor|mediator|negotiator|leader))\s+(?:said|told|added|says|stressed|noted)\b"
)
_ROLE_AS_SUBJECT = re.compile(
    r"\s*([Tt]he\s+(?:[\w-]+\s+){0,3}?(?i:minister|president|secretary|envoy|ambassador"
    r"|premier|chancellor|mediator|negotiator|leader)|[Tt]he\s+[A-Z][\w-]+\s+(?:guest|visitor))"
    r"\s+(?:was|is|had|has|[a-z]+ed)\b"
)
_OWN_SIDE = re.compile(
    r"\b(?:administration|government|cabinet|presidential|ministry)\s+(?:[\w-]+\s+)?"
    r"(?:official|officials|source|sources|aide|spokes(?:man|woman|person))\b"
)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:But|And|Yet)?\s*(He|She)\b")
_ROLE_SUBJECT = re.compile(
    r"\s*(The\s+(?:[A-Z][\w-]*\s+|visiting\s+)?(?:(?:vice|deputy|prime|foreign|defen[cs]e|senior|chief)\s+)*"
    r"(?:minister|president|secretary|spokes(?:man|woman|person)|envoy|ambassador|premier|chancellor|"
    r"ministry|embassy|agency))\b"
)


def _from_stmt(st: Statement) -> _Speaker:
    return _Speaker(st.speaker, st.speaker_person, st.speaker_country, st.start)


_RELATIVE = re.compile(r"\s*,\s*(?:who|whose)\b[^;:\"“”]*,\s*(?:(?:also|then|later|has|had)\s+)*")


_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+)*")


def _resolve_cue(res: _Resolver, cue: Cue) -> _Speaker | None:
    """Resolve the source a cue names: its subject before it, or the phrase after it."""
    if cue.np is None:
        return None
    a, b = cue.np
    doc = res.doc
    if not (b == cue.start and cue.text != "according to"):
        return res.resolve_np(a, b, cue.start)
    if cue.noun:
        return res.resolve_np(max(a, b - 40), b, cue.start, nearest=True)
    # subject before the verb: drop an opening subordinate phrase, then cut to its clause
    intro = _INTRO.match(doc, a, b)
    if intro and intro.end() < b:
        a = intro.end()
    full_a = a
    if cue.participle:
        qm = QUOTED_AS.search(doc, a, b)
        if qm is not None:  # "the agency quoted X as saying": X's words
            pm = re.fullmatch(r"\s*(him|her)\s*", qm.group(1))
            if pm is not None:
                return res.pronoun("he" if pm.group(1) == "him" else "she", a + pm.start(1))
            sp = res.resolve_np(qm.start(1), qm.end(1), cue.start)
            if sp is not None:
                return sp
        # "with X stating ..." names its own subject; otherwise the main clause's subject
        near = doc[a:b].rstrip()
        imm = [(pa, k) for pa, pb, k in res.ctx.persons_in(a, b) if not near[pb - a :].strip()]
        if imm:
            return res.person(imm[-1][1], imm[-1][0])
        cuts = list(_COORD_CUT.finditer(doc, a, b))
        sp = res.resolve_np(cuts[-1].end(), b, cue.start) if cuts else None
        return sp or res.resolve_np(a, b, cue.start)
    # "X said the sides had agreed": the inner verb's subject is only what follows the
    # outer speech verb; unresolved, the caller falls back to the outer verb
    outer = [m for m in LEFT_VERB.finditer(doc, a, b) if m.group(0).lower() != "according to"]
    if outer and not cue.noun:
        inner_a = outer[-1].end()
        # ("X said in a statement that Y had urged ...": Y, not the statement)
        tm = re.match(
            r"\s+(?:(?:in|on)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:statement|communiqu[eé]|readout|press\s+release|interview)\s+)?(?:that\s+)?",
            doc[inner_a:b],
        )
        inner_a += tm.end() if tm else 0
        inner = doc[inner_a:b]
        # only a clause's own short subject: "Y had", not "partners to act, and"
        if inner.strip() and not re.search(r"[,;:]|\b(?:whether|if|to)\b", inner) and len(inner.split()) <= 8:
            return res.resolve_np(inner_a, b, cue.start)
    # "X, who met Y after the talks, said": X, not a name inside the relative clause
    subj = res.ctx.persons_in(a, b)
    if subj and _TITLES_ONLY.fullmatch(doc, a, subj[0][0]) and _RELATIVE.fullmatch(doc, subj[0][1], b):
        return res.person(subj[0][2], subj[0][0])
    pm = re.search(r"\b(it|he|she|they)\s+$", doc[a:b])
    if pm is not None and re.search(r"\bwhat\s+$", doc[a : a + pm.start()]):
        return res.pronoun(pm.group(1), a + pm.start())  # "to protest what it called"
    if pm is not None and re.search(r",\s*$", doc[a : a + pm.start()]):
        return res.pronoun(pm.group(1), a + pm.start())  # "Kessler, he says, ...": the pronoun speaks
    if re.search(r"\b(?:who|whom|which|that)\s+$", doc[a:b]) is None:
        last = [m for m in res.ctx.persons_in(a, b) if not doc[m[1] : b].strip()]
        if last and re.search(r"\b(?:who|whom)\s+$", doc[a : last[-1][0]]):
            return res.person(last[-1][2], last[-1][0])  # "Assad, who Rycroft said was ...": Rycroft
    rel = relative_head_end(doc, a, b)
    rel_subj = [m for m in res.ctx.persons_in(a, rel) if m[1] == rel] if rel is not None else []
    if rel_subj:  # "talks with X, who later told parliament": X
        return res.person(rel_subj[-1][2], rel_subj[-1][0])
    aside = aside_source(doc, a, b)
    if aside is not None and (sp := res.resolve_np(aside[0], aside[1], cue.start)) is not None:
        return sp
    # "X and Y held talks, the Nordvik ministry said, and agreed to “...”": the body that
    # reports the whole coordinated sentence
    rep = reporting_aside(doc, a, b)
    if (
        rep is not None
        and (sp := res.resolve_np(rep[0], rep[1], cue.start)) is not None
        and sp.person is None
    ):
        return sp
    head = indefinite_head_end(doc, a, b)
    if head is not None:
        return res.resolve_np(a, head, cue.start)
    cuts = list(_CLAUSE_CUT.finditer(doc, a, b))
    if cuts:
        a = cuts[-1].end()
    sp = res.resolve_np(a, b, cue.start)
    if sp is None and a > full_a:
        sp = res.resolve_np(full_a, b, cue.start)
    return sp
