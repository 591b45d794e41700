"""Titles next to a person's name, and the country words inside them.

Reads the words around a mention as a title phrase: before the name ("Pakistani
Ambassador to Russia X"), as an apposition after it ("X, Pakistan's ambassador
to Russia,") or after a copula ("X has become the first Peruvian president").
Each reader returns ``(country code, evidence span, TitleMention)``, any of them
``None``. Separate from ``persons`` because it works on a window of annotated
words, not on name tokens, and ``person_country`` reuses the word window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.extract.lexicon import (
    CONNECTORS,
    COUNTERPART,
    HONORIFICS,
    KEEP_HONORIFICS,
    KIN_WORDS,
    LEADER_HEADS,
    TITLE_ABBR,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLEISH_CAPS,
)
from archive.extract.person_context import POSS, Ctx, countries_between
from archive.extract.records import CountryMention, Person, TitleMention

_US_PARTY = frozenset({"Republican", "Democrat", "Democratic", "GOP"})
# A free-standing hyphen ("TEHRAN - Iraqi Prime Minister X") is a dash: the dateline is no title word.
_WIN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?|[,;:\"“”()—–]|(?<!\S)--?(?!\S)")
_DETS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "whose"})
_SKIP = frozenset({"then", "now"})
# Heads of expertise: a place or subject before them is the field ("a Kenya expert"), not
# the person's country, and a lower-case subject belongs to the title ("energy analyst").
_EXPERT_HEADS = frozenset({"expert", "specialist", "analyst", "researcher", "scholar", "watcher"})


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str  # without possessive / abbreviation dot
    typ: str  # country head mod cap conn det skip counter punct word
    code: str | None = None
    poss: bool = False
    kind: str | None = None  # a country word's gazetteer kind


_BOUND_SUFFIX = re.compile(r"-[^\W\d_]")


@lru_cache(maxsize=8192)
def _word_type(raw: str) -> tuple[str, str, bool]:
    """(text without possessive or dot, word type, possessive) of a plain token; cached per spelling."""
    text = raw.rstrip(".")
    poss = False
    pm = POSS.search(text)
    if pm and len(text) > 2:
        text, poss = text[: pm.start()], True
    low = text.lower()
    if low in COUNTERPART:
        typ = "counter"
    elif low in KIN_WORDS:
        typ = "kin"
    elif low in TITLE_HEADS or text in TITLE_ABBR:
        typ = "head"
    elif low in TITLE_MODIFIERS or low in ("former", "most", "longtime", "veteran", "top"):
        typ = "mod"
    elif low in _SKIP:
        typ = "skip"
    elif low in _DETS:
        typ = "det"
    elif low in CONNECTORS:
        typ = "conn"
    elif text in _US_PARTY:
        typ = "country"
    elif text[:1].isupper() and (text in TITLEISH_CAPS or (text.isupper() and 1 < len(text) <= 5)):
        typ = "cap"
    else:
        typ = "word"
    return text, typ, poss


def window_words(ctx: Ctx, start: int, end: int) -> list[Word]:
    """Annotated words of doc[start:end]; a country mention is one word."""
    doc = ctx.doc
    out: list[Word] = []
    pos = start
    cstart = ctx.cstart
    for m in _WIN_TOKEN.finditer(doc, start, end):
        ms = m.start()
        if ms < pos:
            continue
        cm = cstart.get(ms)
        if cm is not None and _BOUND_SUFFIX.match(doc, cm.end):
            # "Somali-born", "Kenya-based": a modifier, not the person's country
            out.append(Word(ms, m.end(), m.group().rstrip("."), "mod"))
            pos = m.end()
            continue
        if cm is not None and cm.end <= end + 3:
            tail = doc[cm.end : cm.end + 2]
            poss = tail in ("'s", "’s")
            out.append(Word(cm.start, cm.end, cm.surface, "country", cm.code, poss, cm.kind))
            pos = cm.end + (2 if poss else 0)
            continue
        raw = m.group()
        if raw in ',;:"“”()—–' or raw in ("-", "--"):
            out.append(Word(m.start(), m.end(), raw, "punct"))
            continue
        text, typ, poss = _word_type(raw)
        if text.lower() == "number" and out and out[-1].text.lower() == "opposite":
            # "his Icelandic opposite number": a counterpart in two words
            out[-1] = Word(out[-1].start, ms + len(text), f"{out[-1].text} {text}", "counter", None, poss)
            pos = m.end()
            continue
        w = Word(ms, ms + len(text), text, typ, "US" if text in _US_PARTY else None, poss)
        out.append(w)
        pos = m.end()
    return out


def _split_phrase(doc: str, ph: list[Word]) -> tuple[str | None, tuple[int, int] | None, TitleMention | None]:
    """Country (from leading country words) and title (the rest) of a title phrase."""
    while ph and ph[0].typ in ("det", "conn", "skip"):
        ph = ph[1:]
    while ph and ph[-1].typ in ("det", "conn", "skip"):
        ph = ph[:-1]
    if not ph:
        return None, None, None
    heads = [k for k, w in enumerate(ph) if w.typ == "head"]
    first_head = heads[0] if heads else len(ph)
    code: str | None = None
    span: tuple[int, int] | None = None
    keep: list[Word] = []
    cut = max((k for k, w in enumerate(ph) if w.typ in ("counter", "kin")), default=-1)
    if 0 <= cut < first_head:
        # "his Chilean counterpart, acting President X": the title follows
        for w in ph[:cut]:
            if w.typ == "country" and code is None and w.code:
                code, span = w.code, (w.start, w.end)
        ph = ph[cut + 1 :]
        heads = [k for k, w in enumerate(ph) if w.typ == "head"]
        first_head = heads[0] if heads else len(ph)
    for k, w in enumerate(ph):
        inner = k > first_head and ph[k - 1].typ == "head" and k + 1 < len(ph) and ph[k + 1].typ == "head"
        if w.typ == "country" and (k < first_head or (inner and not w.poss)):
            # leading, or between two heads ("Chief U.S. negotiator"): the person's country
            if code is None and w.code:
                code, span = w.code, (w.start, w.end)
            continue
        if w.typ in ("det", "skip") and k < first_head:
            continue
        keep.append(w)
    if code is None and heads:
        code, span = _of_country(ph, heads[0])
    if not heads or any(w.typ in ("counter", "kin") for w in ph):
        if code is None:
            code, span = next(((w.code, (w.start, w.end)) for w in ph if w.typ == "country"), (None, None))
        return code, span, None
    while keep and keep[-1].typ in ("det", "conn", "skip"):
        keep.pop()
    if not keep:
        return code, span, None
    parts: list[str] = []
    run_s = keep[0].start
    prev = keep[0]
    for w in keep[1:]:
        if ph.index(w) != ph.index(prev) + 1:
            parts.append(doc[run_s : prev.end])
            run_s = w.start
        prev = w
    parts.append(doc[run_s : prev.end])
    text = re.sub(r"\s+", " ", " ".join(parts)).strip(" ,")
    return code, span, TitleMention(text, keep[0].start, keep[-1].end)


def _of_country(ph: list[Word], head_at: int) -> tuple[str | None, tuple[int, int] | None]:
    """'President of the Republic of X', 'Ambassador of X to Y': the state an office is of.

    A country name right after "of (the)" that ends the phrase, or is followed by the
    post's place ("to Y", "in Y"), is the holder's; one after "to", "in" or "at" is a
    place the office deals with ("Ambassador to X", "professor at the University of X").
    """
    for i in range(head_at + 2, len(ph)):
        w = ph[i]
        closing = i == len(ph) - 1 or (ph[i + 1].text in ("to", "in") and i + 2 < len(ph))
        if w.typ != "country" or w.poss or not w.code or w.kind != "name" or not closing:
            continue
        k = i - 1
        if ph[k].text.lower() == "the":
            k -= 1
        if k <= head_at or ph[k].text != "of":
            continue
        if any(x.text in ("at", "in", "to") for x in ph[head_at:k]):
            return None, None  # "professor at the University of X", "envoy to the Republic of X"
        return w.code, (w.start, w.end)
    return None, None


def _portfolio_start(win: list[Word], k: int, depth: int = 0) -> int | None:
    """Index of the connector opening a capitalised portfolio that ends at k, else None.

    "Minister of Foreign Affairs and International Cooperation": walking back from k over
    capitalised words and "and" reaches "of" right after a title head.
    """
    j = k
    while (
        j >= 0
        and (win[j].text[:1].isupper() or win[j].text in ("and", "&"))
        and win[j].typ != "punct"
        # "X and Malaysia's Trade Minister": a possessive after "and" opens a new title
        and not (win[j].poss and j > 0 and win[j - 1].text in ("and", "&"))
    ):
        j -= 1
    if j == k or j < 1 or win[j].typ != "conn" or not win[k].text[:1].isupper():
        return None
    if win[j - 1].typ == "head":
        return j
    if depth < 1 and win[j - 1].typ in ("mod", "cap") and win[j - 1].text[:1].isupper():
        return _portfolio_start(win, j - 1, depth + 1)  # "Minister of State for X Affairs"
    return None


# "After meeting Japan's prime minister, X said ...": the phrase ends an opening clause and
# the name after the comma is the subject of the main clause, not in apposition.
_OPENING = re.compile(
    r"(?:After|Before|While|When|Following|During|Since|As|Upon|On|Despite|Unlike|Like|With|"
    r"[A-Z][a-z]+ing)\b[^,;:]*$"
)
_NAME_THEN_VERB = re.compile(
    r"(?:[A-Z][\w'’.-]*|bin|bint|al|el|van|von|de|der|da|du|del|la|le|ibn)(?:\s+(?:[A-Z][\w'’.-]*|bin|bint|al|el|van|von|de|der|da|du|del|la|le|ibn))*\s+[a-z]"
)


def introductory_clause(doc: str, sent_start: int, phrase_start: int, name_start: int) -> bool:
    """The title phrase closes a sentence-opening clause and the name starts the main clause."""
    if phrase_start <= sent_start or not _OPENING.match(doc, sent_start, phrase_start):
        return False
    return _NAME_THEN_VERB.match(doc, name_start) is not None


def pre_title(
    ctx: Ctx, start: int, sent_start: int
) -> tuple[str | None, tuple[int, int] | None, TitleMention | None]:
    """Title phrase right before a name: 'Pakistani Ambassador to Russia <name>'."""
    win = window_words(ctx, max(sent_start, start - 140), start)
    while win and (
        win[-1].text in HONORIFICS | KEEP_HONORIFICS
        or (win[-1].text == "Seri" and len(win) > 1 and win[-2].text in ("Datuk", "Dato"))
    ):
        win.pop()  # ("Prime Minister Datuk Seri X": the Malay honorific of two words)
    comma = bool(win) and win[-1].text == ","
    if comma:
        win.pop()
    ph: list[Word] = []
    k = len(win) - 1
    while k >= 0:
        w = win[k]
        prev = win[k - 1] if k > 0 else None
        if w.typ in ("country", "head", "mod", "cap", "counter", "skip", "kin"):
            if w.poss and ph and w.typ != "country":
                break
            ph.append(w)
        elif w.typ == "conn" and ph and prev is not None and prev.typ == "head":
            ph.append(w)  # "Ambassador to Russia", "Secretary of State"
        elif (
            w.typ == "conn"
            and ph
            and prev is not None
            and prev.typ == "country"
            and k >= 3
            and win[k - 2].text == "of"
            and win[k - 3].typ == "head"
        ):
            ph.append(w)  # "Ambassador of Ethiopia to Kenya"
        elif w.text == "of" and ph and ph[-1].typ in ("det", "country") and _portfolio_start(win, k - 1):
            ph.append(w)  # "Minister of Foreign Affairs of the Kyrgyz Republic"
        elif w.typ == "det" and ph and prev is not None and prev.typ == "conn":
            ph.append(w)  # "envoy to the UN"
        elif w.typ == "det" and ph:
            ph.append(w)
            break
        elif (
            w.text in ("and", "&")
            and ph
            and k + 1 < len(win)
            and ph[-1] is win[k + 1]
            and (j := _portfolio_start(win, k + 1)) is not None
            and all(x.typ in ("mod", "cap", "conn") or x.text in ("and", "&") for x in win[j + 1 : k + 2])
        ):
            ph.extend(reversed(win[j : k + 1]))  # "Minister of Industry and Trade": a portfolio of two
            k = j - 1
            continue
        elif w.text == "and" and ph and ph[-1].typ == "head" and prev is not None and prev.typ == "head":
            ph.append(w)  # "Deputy Prime Minister and Minister of ..."
        elif (j := _portfolio_start(win, k)) is not None:
            ph.extend(reversed(win[j : k + 1]))  # "Minister of Foreign Affairs and X Cooperation"
            k = j - 1
            continue
        elif w.text == "," and ph and k >= 2:
            # "His Chilean counterpart, acting President X"
            if win[k - 1].typ == "counter" and win[k - 2].typ == "country":
                ph.append(win[k - 1])
                ph.append(win[k - 2])
            break
        else:
            break
        k -= 1
    ph.reverse()
    if not ph:
        return None, None, None
    if comma:
        lead_ok = ph[0].typ == "det" or (ph[0].typ == "country" and ph[0].poss)
        # "Kosovo's President, X": a possessive name that is no country in the gazetteer
        at = next((i for i, w in enumerate(win) if w is ph[0]), 0)
        lead_ok = lead_ok or (at > 0 and win[at - 1].poss and win[at - 1].text[:1].isupper())
        if not lead_ok or not any(w.typ in ("head", "counter") for w in ph):
            return None, None, None
        if introductory_clause(ctx.doc, sent_start, ph[0].start, start):
            return None, None, None
    if not any(w.typ in ("head", "counter", "kin") for w in ph):
        # a bare country right before the name: "Norway's Anna Lindqvist"
        last = ph[-1]
        if last.typ == "country" and (last.poss or ctx.cstart[last.start].kind == "demonym"):
            return last.code, (last.start, last.end), None
        return None, None, None
    return _split_phrase(ctx.doc, ph)


_APPOS_END = frozenset(
    [
        "who",
        "which",
        "that",
        "whose",
        "said",
        "says",
        "told",
        "has",
        "had",
        "have",
        "was",
        "is",
        "are",
        "were",
        "will",
        "would",
        "as",
        "when",
        "while",
        "after",
        "before",
        "since",
        "because",
        "but",
        "where",
        "said",
    ]
)


def post_title(
    ctx: Ctx, end: int, sent_end: int
) -> tuple[str | None, tuple[int, int] | None, TitleMention | None]:
    """Apposition after a name: '<name>, Pakistan's ambassador to Russia, ...'."""
    m = re.match(r"\s*,\s*", ctx.doc[end : end + 4])
    if not m:
        return None, None, None
    win = window_words(ctx, end + m.end(), min(sent_end, end + m.end() + 170))
    ph: list[Word] = []
    for k, w in enumerate(win):
        if w.typ == "punct" or w.text.lower() in _APPOS_END:
            break
        if w.text == "and" and k + 1 < len(win):
            nx = win[k + 1]
            if nx.typ == "word" and nx.text[:1].isupper():
                break
        ph.append(w)
        if len(ph) >= 14:
            break
    head_at = next((k for k, w in enumerate(ph) if w.typ == "head"), -1)
    if head_at < 0:
        # "<name>, his Peruvian counterpart"
        lw = [w for w in ph[:4] if w.typ != "det"]
        if len(lw) >= 2 and lw[0].typ == "country" and lw[1].typ in ("counter", "kin"):
            return lw[0].code, (lw[0].start, lw[0].end), None
        return None, None, None
    if head_at > 6:
        return None, None, None
    expert = ph[head_at].text.lower() in _EXPERT_HEADS
    if expert:
        lead = 1 if ph[0].typ == "det" else 0
        if head_at - lead <= 3 and all(w.typ != "punct" for w in ph[lead:head_at]):
            subj = ctx.doc[ph[lead].start : ph[head_at].end] if head_at > lead else ""
            if subj and any(w.typ == "word" or (w.typ == "country" and not w.poss) for w in ph[lead:head_at]):
                return None, None, TitleMention(subj, ph[lead].start, ph[head_at].end)
    if any(w.typ == "word" for w in ph[:head_at]):
        return None, None, None
    code, span, title = _split_phrase(ctx.doc, ph)
    if title is not None and code is None:
        # "president of Japan": the complement names the person's country
        after = [w for w in ph[head_at + 1 :] if w.typ != "det"]
        leader = ph[head_at].text.lower() in LEADER_HEADS
        if leader and len(after) >= 2 and after[0].text == "of" and after[1].typ == "country":
            code, span = after[1].code, (after[1].start, after[1].end)
        else:
            code, span, title = _of_possessive(ctx.doc, ph, head_at, title)
    return code, span, title


def _of_possessive(
    doc: str, ph: list[Word], head_at: int, title: TitleMention
) -> tuple[str | None, tuple[int, int] | None, TitleMention]:
    """'deputy chairman of X's State Committee': X is the country; the title reads 'of the'."""
    for k in range(head_at + 1, len(ph)):
        w = ph[k]
        if w.typ == "country" and w.poss and w.code and ph[k - 1].text == "of":
            surface = doc[w.start : w.end + 2]
            text = title.title.replace(surface, "the", 1)
            return w.code, (w.start, w.end), TitleMention(text, title.start, title.end)
    return None, None, title


_COPULA = re.compile(
    r"^\s+(?:has become|became|is|was|remains|becomes)\s+(?:the|a|an)\s+(?:first\s+|new\s+|former\s+)?"
)


def copula_title(
    ctx: Ctx, end: int, sent_end: int
) -> tuple[str | None, tuple[int, int] | None, TitleMention | None]:
    """'<name> has become the first Peruvian president ...' -> PE, 'president'."""
    m = _COPULA.match(ctx.doc[end : end + 40])
    if not m:
        return None, None, None
    win = window_words(ctx, end + m.end(), min(sent_end, end + m.end() + 60))
    ph: list[Word] = []
    for w in win:
        if w.typ in ("country", "mod", "cap", "head"):
            ph.append(w)
            if w.typ == "head":
                break
        else:
            break
    if not ph or ph[-1].typ != "head":
        return None, None, None
    return _split_phrase(ctx.doc, ph)


# "The foreign ministers of A and B", "the two presidents, X and Y": a role given to a
# group; each member named later as "A's X", "his B counterpart, Y" or "X of A" holds it.
_GROUP_ROLE = re.compile(
    r"\b[Tt]he\s+(?:two\s+|three\s+|four\s+)?((?:[a-z]+\s+){0,2}?)"
    r"(ministers|presidents|premiers|chancellors|secretaries|envoys|ambassadors|leaders)\b"
)
_GROUP_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_OF = re.compile(r"\s+of\s+")
_POSS_GAP = re.compile(r"['’]s\s+$")
_COUNTERPART_GAP = re.compile(r"\bcounterparts?,?\s+$")
_PERSON_SEP = re.compile(r"(?:\s+of\s+[A-Z]\w*(?:\s[A-Z]\w*)?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def _singular(head: str) -> str:
    return head[:-3] + "y" if head.endswith("ies") else head[:-1]


def _country_list(ctx: Ctx, pos: int) -> list[str]:
    """Codes of a country list starting at ``pos`` ("Egypt, Ethiopia and Sudan")."""
    codes: list[str] = []
    while (cm := ctx.cstart.get(pos)) is not None and cm.kind in ("name", "demonym"):
        codes.append(cm.code)
        sep = _GROUP_SEP.match(ctx.doc, cm.end)
        if not sep:
            break
        pos = sep.end()
    return codes


def _antecedents(ctx: Ctx, persons: list[Person], m: re.Match[str]) -> list[int]:
    """The two persons named earlier in the sentence of "... in which the two leaders agreed"."""
    sent = max((s for s in ctx.sent_starts if s <= m.start()), default=0)
    found = {i for i, p in enumerate(persons) for pm in p.mentions if sent <= pm.start < m.start()}
    return sorted(found) if len(found) == 2 else []


_ROLE_PLURALS = frozenset(
    [
        "ministers",
        "presidents",
        "premiers",
        "chancellors",
        "secretaries",
        "envoys",
        "ambassadors",
        "leaders",
        "negotiators",
    ]
)
_ROLE_PLURAL = "(?:" + "|".join(sorted(_ROLE_PLURALS)) + ")"
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:two\s+|three\s+)?(?:[a-z]+\s+){0,2}?$")
_DEMONYM_GROUP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?" + _ROLE_PLURAL + r"\s*,?\s+")
_LIST_BEFORE = re.compile(r"\s*,\s*$")


def _person_list(ctx: Ctx, persons: list[Person], pos: int) -> tuple[list[int], int]:
    """Persons named in a list starting at ``pos`` ("A, B and C"), and where the list ends."""
    starts = {m.start: (i, m.end) for i, p in enumerate(persons) for m in p.mentions}
    members: list[int] = []
    end = pos
    while pos in starts:
        i, end = starts[pos]
        members.append(i)
        sep = _GROUP_SEP.match(ctx.doc, end)
        if not sep:
            break
        pos = sep.end()
    return members, end


def _pair_group(persons: list[Person], members: list[int], codes: list[tuple[str, tuple[int, int]]]) -> None:
    if len(members) == len(codes) >= 2 and len(set(members)) == len(members):
        for i, (code, span) in zip(members, codes, strict=True):
            if persons[i].country is None:
                persons[i].country, persons[i].country_evidence = code, span


def _role_spans(ctx: Ctx) -> list[tuple[int, int]]:
    """Where a plural role word ("ministers") stands in the body; str.find is cheaper than a regex scan."""
    doc = ctx.doc
    spans: list[tuple[int, int]] = []
    for w in _ROLE_PLURALS & ctx.lower_vocab:
        i = doc.find(w, ctx.headline_end)
        while i >= 0:
            j = i + len(w)
            if not doc[i - 1 : i].isalpha() and not doc[j : j + 1].isalpha():
                spans.append((i, j))
            i = doc.find(w, j)
    return sorted(spans)


def _group_countries(ctx: Ctx, persons: list[Person]) -> None:
    """'The foreign ministers of A and B, X and Y', 'X and Y, the presidents of A and B',
    'Kenyan and Ugandan ministers X and Y': the members pair with the countries in order."""
    doc = ctx.doc
    if ctx.lower_vocab.isdisjoint(_ROLE_PLURALS):
        return
    by_end: dict[int, CountryMention] = {}
    for r_start, r_end in _role_spans(ctx):
        the = _THE_BEFORE.search(doc, max(0, r_start - 40), r_start)
        if the is not None and doc.startswith(" of ", r_end):
            _group_of(ctx, persons, the.start(), r_end + 4)
        cm = next(
            (c for c in reversed(countries_between(ctx, r_start - 30, r_start)) if c.kind == "demonym"),
            None,
        )
        dm = _DEMONYM_GROUP.match(doc, cm.end) if cm is not None else None
        if cm is None or dm is None or dm.start() >= r_end or dm.end() < r_end:
            continue
        if not by_end:
            by_end = {c.end: c for c in ctx.cstart.values() if c.kind == "demonym"}
        codes = [(cm.code, (cm.start, cm.end))]
        cur = cm
        while (
            sep := re.search(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", doc[max(0, cur.start - 7) : cur.start])
        ) and (prev := by_end.get(cur.start - len(sep.group()))):
            codes.insert(0, (prev.code, (prev.start, prev.end)))
            cur = prev
        _pair_group(persons, _person_list(ctx, persons, dm.end())[0], codes)


def _group_of(ctx: Ctx, persons: list[Person], m_start: int, m_end: int) -> None:
    """'the foreign ministers of A and B' (from ``m_start``, countries at ``m_end``) and its named members."""
    doc = ctx.doc
    codes: list[tuple[str, tuple[int, int]]] = []
    pos = nxt = m_end
    while (cm := ctx.cstart.get(nxt)) is not None and cm.kind in ("name", "demonym"):
        codes.append((cm.code, (cm.start, cm.end)))
        pos = cm.end
        sep = _GROUP_SEP.match(doc, pos)
        if not sep:
            break
        nxt = sep.end()
    if len(codes) < 2:
        return
    after = re.match(r"\s*,\s*", doc[pos : pos + 4])
    if after:
        _pair_group(persons, _person_list(ctx, persons, pos + after.end())[0], codes)
    lb = _LIST_BEFORE.search(doc, max(0, m_start - 3), m_start)
    if lb is not None:  # "X and Y, the foreign ministers of A and B"
        ends = {pm.end: i for i, p in enumerate(persons) for pm in p.mentions}
        members: list[int] = []
        stop = lb.start()
        while stop in ends:
            i = ends[stop]
            members.insert(0, i)
            start = max(pm.start for pm in persons[i].mentions if pm.end == stop)
            sep = re.search(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", doc[max(0, start - 6) : start])
            if not sep:
                break
            stop = start - len(sep.group())
        _pair_group(persons, members, codes)


def group_titles(ctx: Ctx, persons: list[Person]) -> None:
    """Give a title shared by a group ("the foreign ministers of A and B") to its members."""
    _group_countries(ctx, persons)
    doc = ctx.doc
    starts = {m.start: i for i, p in enumerate(persons) for m in p.mentions}
    for m in _GROUP_ROLE.finditer(doc, ctx.headline_end):
        words = m.group(1).split()
        if any(w not in TITLE_MODIFIERS and w.capitalize() not in TITLE_MODIFIERS for w in words):
            continue
        role = " ".join([*words, _singular(m.group(2))])
        members: list[int] = []
        of = _OF.match(doc, m.end())
        codes = _country_list(ctx, of.end()) if of else []
        if len(codes) < 2:
            codes = []
            pos = m.end() + (2 if doc.startswith(", ", m.end()) else 1)
            while pos in starts:
                members.append(starts[pos])
                end = max(x.end for x in persons[starts[pos]].mentions if x.start == pos)
                sep = _PERSON_SEP.match(doc, end)
                if not sep:
                    break
                pos = sep.end()
            if len(members) < 2:
                members = _antecedents(ctx, persons, m) if " two " in m.group(0) else []
        for i, p in enumerate(persons):
            if p.titles or i in members or not codes:
                continue
            for pm in p.mentions:
                before = doc[max(0, pm.start - 60) : pm.start]
                cm = next((c for c in ctx.cstart.values() if c.end < pm.start <= c.end + 4), None)
                if cm is not None and cm.code in codes and _POSS_GAP.search(doc, cm.end, pm.start):
                    members.append(i)
                    break
                cp = _COUNTERPART_GAP.search(before)
                if cp is not None:
                    dem = next(
                        (
                            c
                            for c in ctx.cstart.values()
                            if pm.start - 60 < c.end <= pm.start - len(cp.group())
                            and c.end + 2 >= pm.start - len(cp.group())
                        ),
                        None,
                    )
                    if dem is not None and dem.code in codes:
                        members.append(i)
                        break
        for i in members:
            if not persons[i].titles:
                persons[i].titles.append(TitleMention(role, m.start(), m.end()))
