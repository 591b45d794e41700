"""Person country from descriptions: "the Kenyan president", "the country's minister", a lede's two officials.

News often names a person once and then describes them by nationality and office,
or describes them first and names them after. These rules read such descriptions and
bind their country to the one person they can stand for; they feed the evidence board
of :mod:`archive.extract.person_country` with reference-strength evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from archive.extract.country_evidence import REFERENCE, STATED, Board, only_title_words
from archive.extract.lexicon import LEADER_HEADS
from archive.extract.person_context import Ctx, countries_between, mention_index
from archive.extract.records import Person
from archive.extract.text import Sentence
from archive.extract.titles import window_words

# Nouns for private persons: "The Nigerian fisherman, now 64, ..." describes a named person.
_PERSON_NOUNS = frozenset(
    [
        "fisherman",
        "fishermen",
        "farmer",
        "businessman",
        "businesswoman",
        "trader",
        "student",
        "teacher",
        "doctor",
        "nurse",
        "engineer",
        "driver",
        "pilot",
        "sailor",
        "soldier",
        "refugee",
        "migrant",
        "tourist",
        "hostage",
        "citizen",
        "national",
        "writer",
        "novelist",
        "poet",
        "artist",
        "singer",
        "musician",
        "athlete",
        "runner",
        "footballer",
        "player",
        "coach",
        "priest",
        "cleric",
        "imam",
        "pastor",
        "monk",
        "nun",
        "shopkeeper",
        "merchant",
        "herder",
        "villager",
        "mechanic",
        "worker",
        "man",
        "woman",
    ]
)


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
            if w.typ == "head" or (w.typ == "word" and w.text in _PERSON_NOUNS):
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
            r"\b(?:to|with|for|against|by|from|on|at|of|and|between)\s+(?:the\s+)?$",
            doc[max(0, cm.start - 12) : cm.start],
        ):
            continue  # the object of a preposition, or "X and the British leader": someone else
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


_LEADER_DESC = re.compile(
    r"(?:['’]s)?\s+(?:(?:prime\s+)?minister|president|premier|leader|chancellor|head\s+of\s+(?:state|government))\b"
    r"(?!\s*,?\s*[A-Z])"
)
_LEADER_OFFICE = re.compile(
    r"\b(?:prime\s+minister|president|premier|chancellor|head\s+of\s+(?:state|government))\b", re.I
)


def _leader_descriptions(
    ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]
) -> None:
    """'the Barbadian leader told reporters': the one head of state or government without a country.

    A nameless leader description refers to a leader the article has named; when its
    country is held by no one and exactly one named head of state or government before
    it has no country yet, the description tells that leader's nationality.
    """
    doc = ctx.doc
    claimed = {p.country for p in out if p.country}
    for cm in sorted(ctx.cstart.values(), key=lambda c: c.start):
        if cm.kind != "demonym" or cm.start < ctx.headline_end or cm.code in claimed:
            continue
        if doc[max(0, cm.start - 4) : cm.start] not in ("the ", "The "):
            continue
        if _LEADER_DESC.match(doc, cm.end) is None:
            continue
        if re.search(
            r"\b(?:to|with|for|against|by|from|on|at|of|and|between)\s+the\s+$",
            doc[max(0, cm.start - 14) : cm.start],
        ):
            continue  # "a warning to the Egyptian president": someone else than the subject
        sent = sentence_of(cm.start)
        if any(p.country is None and any(sent.start <= m.start < cm.start for m in p.mentions) for p in out):
            continue  # "... Assad, but the Syrian president's survival": the one just named
        leaders = [
            i
            for i, p in enumerate(out)
            if p.country is None
            and board.strength(i) == 0
            and cm.code not in board.excluded[i]
            and any(m.start < cm.start for m in p.mentions)
            # (one named in the same sentence is another party: "X warned the Egyptian president")
            and not any(sent.start <= m.start < sent.end for m in p.mentions)
            and any(_LEADER_OFFICE.search(t.title) for t in p.titles)
            and not any(re.search(r"\bvice|deputy\b", t.title, re.I) for t in p.titles)
        ]
        if len(leaders) == 1:
            board.add(leaders[0], cm.code, REFERENCE, (cm.start, cm.end), "leader-description")
            claimed.add(cm.code)


_DESCRIBED_OFFICE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:counterpart|minister|president|premier|leader|envoy|ambassador|chancellor"
    r"|secretary|king|emir|prime\s+minister)\b(?!\s*,?\s*[A-Z])"
)


def _named_after_lede(
    ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]
) -> None:
    """'Turkey's foreign minister received his Sudanese counterpart ... X and Y met': in that order.

    A lede that describes two office holders by country without naming them, followed
    by a sentence that opens with two coordinated names, introduces them in the same
    order; each name takes its description's country unless the text states another.
    """
    doc = ctx.doc
    idx = mention_index(out)
    for k in range(len(idx) - 1):
        (s1, e1, p1), (s2, _e2, p2) = idx[k], idx[k + 1]
        if p1 == p2 or doc[e1:s2] != " and ":
            continue
        sent = sentence_of(s1)
        if doc[sent.start : s1].strip() or sent.start == 0:
            continue  # the pair must open its sentence
        prev = sentence_of(sent.start - 1)
        if prev.start < ctx.headline_end:
            continue
        if any(prev.start <= m[0] < prev.end for m in idx):
            continue  # the lede names someone: its descriptions may be theirs
        descs = [
            cm.code
            for cm in sorted(ctx.cstart.values(), key=lambda c: c.start)
            if prev.start <= cm.start < prev.end
            and cm.kind in ("demonym", "name")
            and _DESCRIBED_OFFICE.match(doc, cm.end)
        ]
        if len(descs) != 2 or descs[0] == descs[1]:
            continue
        for pi, code in ((p1, descs[0]), (p2, descs[1])):
            if board.strength(pi) < STATED and code not in board.excluded[pi]:
                board.add(pi, code, STATED, None, "named-after-lede")


_COUNTRYS_WORDS = frozenset(w + s for w in ("country", "nation", "kingdom", "republic") for s in ("'s", "’s"))
_THE_COUNTRYS = re.compile(r"\b[Tt]he\s+(?:country|nation|kingdom|republic)['’]s\s+")
_THE_COUNTRYS_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:country|nation|kingdom|republic)['’]s\s+((?:[\w-]+\s+){1,5}?)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)


def _the_countrys(ctx: Ctx, out: list[Person], board: Board, sentence_of: Callable[[int], Sentence]) -> None:
    """'Iran rejected it. X, the country's foreign minister, said': the one country just named.

    The antecedent is the only country named earlier in the sentence, else in the
    previous sentence; with two or more there, the phrase stays unread.
    """
    doc = ctx.doc
    if ctx.lower_vocab.isdisjoint(_COUNTRYS_WORDS):
        return
    trig = [t.start() for t in _THE_COUNTRYS.finditer(doc, ctx.headline_end)]
    if not trig:
        return
    for pi, person in enumerate(out):
        if person.country is not None:
            continue
        for m in person.mentions:
            k = bisect_left(trig, m.start - 70)
            if m.start < ctx.headline_end or k == len(trig) or trig[k] > m.end + 6:
                continue  # no "the country's" just before or after this mention
            post = re.match(r"\s*,\s*", doc[m.end : m.end + 4])
            at = None
            if post and _THE_COUNTRYS.match(doc, m.end + post.end()):
                tail = window_words(ctx, m.end + post.end(), min(len(doc), m.end + post.end() + 60))
                if any(w.typ == "head" for w in tail[:6]):
                    at = m.start
            pre = _THE_COUNTRYS_BEFORE.search(doc, max(0, m.start - 70), m.start)
            if at is None and pre is not None and only_title_words(pre.group(1)):
                at = pre.start()
            if at is None:
                continue
            sent = sentence_of(at)
            codes = {c.code for c in countries_between(ctx, sent.start, at) if c.kind in ("name", "demonym")}
            if not codes and sent.start > 0:
                prev = sentence_of(sent.start - 1)
                codes = {
                    c.code
                    for c in countries_between(ctx, prev.start, sent.start)
                    if c.kind in ("name", "demonym")
                }
            if len(codes) == 1:
                board.add(pi, codes.pop(), REFERENCE, None, "the-countrys")
                break
