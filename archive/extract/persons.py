"""Person mentions: named people, their aliases, titles and countries.

No statistical model: rules over runs of capitalised tokens. A run is cut into
name segments at honorifics, titles and non-name words (months, organisation
nouns, places, sentence openers); multi-word segments are names, single words
need support (a title or honorific before them, a speech verb after them, or a
fuller name of the same person elsewhere). Mentions are merged into persons by
shared surname / given name; titles and the represented country come from the
words around a mention (pre-name title phrases and appositions).

Public helpers (stable names, used by other extraction stages):

- ``find_persons(doc, sentences, countries)``: the persons of one article.
- ``mention_index(persons)``: (start, end, person index) of every mention,
  sorted by start.
- ``person_at(persons, start, end)``: index of the person whose mention
  overlaps the span, else ``None``.
- ``TITLE_HEADS``: lower-case head nouns of roles ("minister", "spokesman").
- ``SPEECH_VERBS``: reporting verbs ("said", "told") used as name evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from archive.extract.gazetteer import (
    lookup_body,
    lookup_city,
    lookup_country_word,
    phrase_table,
    tokens_of,
)
from archive.extract.records import CountryMention, Person, PersonMention, TitleMention
from archive.extract.text import Sentence

# ---------------------------------------------------------------------------
# Lexicons (general knowledge of news language)
# ---------------------------------------------------------------------------

HONORIFICS = frozenset(
    """Mr Mrs Ms Miss Dr Prof Professor Sir Dame Mme Mister Messrs Excellency Madam
    Madame Monsieur Herr Frau Senor Señor Lord Lady""".split()
)
# Religious or customary honorifics kept in the name when always used with it.
KEEP_HONORIFICS = frozenset("Sheikh Shaikh Sheik Mullah Mulla Haji Hajji Maulana".split())

# Lower-case head nouns of roles; a title phrase must contain one.
TITLE_HEADS = frozenset(
    """president vice-president president-elect minister secretary ambassador envoy
    spokesman spokeswoman spokesperson king queen prince princess emir amir sultan
    chancellor premier governor mayor senator sen rep representative congressman
    congresswoman chairman chairwoman chair leader commander general director adviser
    advisor aide negotiator secretary-general official diplomat editor correspondent
    analyst fellow scholar professor researcher expert monarch speaker chief head member
    judge justice pope cardinal archbishop bishop ayatollah attorney lawyer spy worker
    activist journalist reporter candidate nominee founder ceo executive coordinator
    counsellor councillor consul attache delegate deputy lawmaker legislator politician
    dictator strongman ruler mp governor-general lieutenant colonel captain major admiral
    marshal sergeant officer undersecretary under-secretary czar tsar emissary
    ombudsman commissioner administrator superintendent president-elect vice-chairman
    co-chairman prosecutor minister-president taoiseach crown-prince""".split()
)
# Words that may precede or join a head inside a title ("deputy national security").
TITLE_MODIFIERS = frozenset(
    """foreign defense defence interior finance trade state national security press
    senior chief special deputy vice prime first general supreme crown acting interim
    former foreign-policy policy economic military executive assistant principal top
    permanent high lead ranking political cabinet home justice health energy commerce
    agriculture labor labour education information culture environment transport
    treasury homeland intelligence affairs relations international public private
    personal regional external internal parliamentary opposition majority minority
    presidential royal grand great joint associate managing research communications
    development planning petroleum oil industry science technology social welfare
    immigration tourism sports youth women water power mines legal naval air army
    armed forces""".split()
)
COUNTERPART = frozenset({"counterpart", "counterparts"})
KIN_WORDS = frozenset(
    """brother sister wife husband son daughter father mother uncle aunt cousin nephew
    niece girlfriend boyfriend widow widower fiancee fiance grandson granddaughter
    grandfather grandmother""".split()
)
SPEECH_VERBS = frozenset(
    """said says told tells added adds stated states wrote writes tweeted tweets asked
    asks argued argues noted notes insisted insists explained explains declared declares
    announced announces urged urges warned warns stressed stresses replied replies
    recalled recalls acknowledged acknowledges admitted admits claimed claims suggested
    suggests complained complains agreed agrees met meets visited visits spoke speaks
    called calls signed signs promised promises vowed vows praised praises
    criticized criticised criticizes criticises responded responds confirmed confirms
    denied denies expressed expresses reiterated reiterates emphasized emphasised
    highlighted underlined welcomed welcomes condemned condemns thanked thanks
    discussed discusses arrived arrives left leaves returned returns""".split()
)
NAME_PARTICLES = frozenset(
    "bin bint ibn al el van von der den de da du di del della dos das la le ter zu y".split()
)
SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# Capitalised words that are not (parts of) personal names.
_NON_NAME = """
The A An In On At To From For Of By With And But Or As After Before During Since Until
While When Where If Although Though Because Meanwhile Earlier Later Last Next This That
These Those Both Some Many Most All Its His Her Their Our My Your We They He She It I You
Who What Which Why How There Here Then Now Yet Still Also Even Such No Not Nor So Thus
Today Tomorrow Yesterday Tonight However Moreover Instead Under Over Between Among Amid
Against Despite Without Within Through Throughout Into About Above Below Upon Via Per
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Mon Tue Wed Thu Fri Sat Sun Jan Feb
Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter Ramadan Eid New Year Day Week
Ministry Office Council University Party Department Committee Senate House Congress
Parliament Assembly Commission Agency Bank Fund Court Union Forces Force Army Navy Air
Institute Foundation Center Centre Association Organization Organisation Group Company
Corp Corporation Inc Ltd News Times Post Press Service Services Airport Palace Hall Street
Square Base Summit Conference Forum Treaty Accord Accords Agreement Initiative Program
Programme Plan Doctrine Act Law War Revolution Republic Kingdom State States Islamic
Democratic Liberation Front Movement Taliban Government Administration Cabinet Embassy
Consulate Mission Station Port Island Islands River Lake Mountain Mountains Valley Sea
Ocean Gulf Bay Strait Canal Peninsula Province County City District Region Territory Zone
Camp Fort Mount Cape Saint St San Santa Sao Club Hotel Avenue Road Bridge Tower Stadium
Park Prize Award Peace Project Network Channel Broadcasting Radio TV Television Agency
Association Society League Federation Alliance Coalition Brigade Division School College
Academy Hospital Church Mosque Temple Museum Library Tribunal Authority Board Bureau Corps
Guard Police Marines Fleet Duma Desk Unit Newscast Security Affairs Relations Foreign
National International Global World Northern Southern Eastern Western North South East
West Middle Central Greater Upper Lower Asia Africa Europe America Americas Pacific
Atlantic Arctic Antarctic Mediterranean Caribbean Balkans Gulf Levant Arab Arabs Muslim
Muslims Islam Islamist Christian Christians Jewish Jews Sunni Shia Shiite Kurdish Kurds
Hindu Buddhist Catholic Protestant Orthodox Communist Communists Democrat Democrats
Republican Republicans Labour Conservative Conservatives Liberal Liberals Socialist
Green Greens God Allah Prophet Internet Web Twitter Facebook YouTube Google Reuters AP AFP
Xinhua Bloomberg CNN BBC NPR Getty Images Image Photo Video Read More Story Highlights
Source Agencies Editor Editing Reporting Writing Additional English Arabic Urdu Persian
Hebrew Spanish Latin Cold Civil Second First Third One Two Three Four Five Six Seven Eight
Nine Ten Hundred Thousand Million Billion Please Thank Thanks Yes Oh Well Okay OK Mideast
Gen Lt Col Maj Capt Sgt Adm Cmdr Gov Pres Rep Sen Hon Rev Brig Amb Sec Secretary General
Minister President Prime Vice Deputy Chief Special Representative Ambassador Envoy King
Queen Prince Princess Emir Sultan Crown Chancellor Premier Governor Mayor Senator Chairman
Chairwoman Chair Leader Spokesman Spokeswoman Spokesperson Director Adviser Advisor
Commander Secretary-General Vice-President President-elect Pope Ayatollah Speaker Justice
Judge Counsellor Consul Minister-President Monarch Majesty Highness Excellency Officials
Official Sources Source Elysee Kremlin Pentagon Capitol Hill Istana Masjid Jalan Bandar
Kampung Bukit Wadi Jebel Rio Plaza Casa Palacio Al Qaeda Hezbollah Hamas Jazeera Shabaab
Haram Boko ISIS ISIL Daesh NATO UN EU Brexit Covid Coronavirus Euro Dollar Dollars Yuan
Yen Rupee Rupees Ruble Rubles Pound Pounds Oscar Olympics Olympic Games Cup Grand
""".split()
NON_NAME = frozenset(_NON_NAME)
_NON_NAME_LOWER = frozenset(w.lower() for w in _NON_NAME)
# Organisation or place nouns: a name segment right before one belongs to it.
ORG_NOUNS = frozenset(
    """Ministry Office Council University Party Department Committee Senate House Congress
    Parliament Assembly Commission Agency Bank Fund Court Union Forces Force Army Navy Air
    Institute Foundation Center Centre Association Organization Organisation Group Company
    Corp Corporation Inc Ltd News Times Post Press Service Services Airport Palace Hall
    Street Square Base Summit Conference Forum Treaty Accord Accords Agreement Initiative
    Program Programme Plan Doctrine Act Law War Revolution Republic Kingdom Government
    Administration Cabinet Embassy Consulate Mission Station Port Island Islands River Lake
    Mountain Mountains Valley Sea Ocean Gulf Bay Strait Canal Peninsula Province County
    City District Region Territory Zone Club Hotel Avenue Road Bridge Tower Stadium Park
    Prize Award Project Network Channel Broadcasting Radio Television Society League
    Federation Alliance Coalition Brigade Division School College Academy Hospital Church
    Mosque Temple Museum Library Tribunal Authority Board Bureau Corps Guard Police Marines
    Fleet Desk Unit Newscast Heights Declaration Convention Protocol Memorial Cathedral
    Airlines Motors Holdings Industries Group Partners Capital Fund Trust Studio Studios
    Review Journal Herald Tribune Gazette Daily Weekly Magazine Show Festival Games Cup
    Dam Pass Canyon Desert Plateau Basin Delta Coast Shore Beach Falls Bridge Gate Gardens
    Building Complex Centre Headquarters Compound Prison Jail Barracks Airbase Field""".split()
)
PLACE_PREFIXES = frozenset(
    "Camp Fort Mount Mt Lake Port Cape Saint St San Santa Santo Sao Gulf Bay Glen".split()
)
# Words that, right after a name, make it a modifier ("the Obama administration").
MODIFIER_NEXT = frozenset(
    """administration government era camp team presidency regime campaign doctrine
    family cabinet years policy policies White""".split()
)

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_POSS = re.compile(r"['’]s$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
_SENT_OPEN = re.compile(r"(?:^|[.!?:;\"“”‘’(\[—–-]\s*|\n\s*)$")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str  # without a possessive 's
    poss: bool
    dot: bool  # followed directly by "."


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    tokens: tuple[str, ...]  # name tokens (keep-honorifics included)
    evidence: bool  # a title/honorific/speech verb supports a single-word name
    in_headline: bool
    pre: int  # index of first token of the run (for title search)


@dataclass(slots=True)
class _P:
    tokens: tuple[str, ...]
    mentions: list[_Mention] = field(default_factory=list)
    forms: dict[tuple[str, ...], None] = field(default_factory=dict)


def _tokens(doc: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(doc):
        text, end = m.group(), m.end()
        poss = False
        pm = _POSS.search(text)
        if pm and len(text) > 2:
            text, poss = text[: pm.start()], True
        out.append(_Tok(m.start(), m.start() + len(text), text, poss, doc[end : end + 1] == "."))
    return out


def _is_cap(t: _Tok) -> bool:
    c = t.text[0]
    return c.isupper()


def _is_initial(t: _Tok) -> bool:
    return len(t.text) == 1 and t.text.isupper() and t.dot


def _al_prefixed(text: str) -> bool:
    """ "al-Assad", "el-Sisi", "ad-Din": a lower-case article fused to a name."""
    head, sep, rest = text.partition("-")
    return bool(sep) and head in {"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ul", "ud"} and rest[:1].isupper()


@dataclass(slots=True)
class _Ctx:
    doc: str
    toks: list[_Tok]
    places: dict[tuple[str, ...], object]
    lower_vocab: frozenset[str]
    sent_starts: frozenset[int]
    headline_end: int


def _is_place_word(ctx: _Ctx, text: str) -> bool:
    return (text,) in ctx.places or (text.title(),) in ctx.places and text.isupper()


def _kind(ctx: _Ctx, i: int) -> str:
    """Classify token i: 'hon', 'keep', 'title', 'stop', 'suffix', 'name'."""
    t = ctx.toks[i]
    w = t.text
    if w in HONORIFICS:
        return "hon"
    if w in KEEP_HONORIFICS:
        return "keep"
    if w in SUFFIXES:
        return "suffix"
    if w.lower() in TITLE_HEADS and (w[0].isupper()):
        return "title"
    if w in NON_NAME or w.isupper() and len(w) > 1:
        return "stop"
    if _is_place_word(ctx, w):
        return "stop"
    if "-" in w and not _al_prefixed(w):
        parts = w.split("-")
        if any(lookup_country_word(p) for p in parts) or parts[-1][:1].islower():
            # "Afghan-led", "Obama-era", "U.S.-Japan": not a name ("Chan-ocha" is; see below)
            if parts[0] in NON_NAME or lookup_country_word(parts[0]) or lookup_country_word(
                parts[-1]
            ):
                return "stop"
            if parts[-1] in {"era", "led", "style", "backed", "based", "born", "owned", "like"}:
                return "stop"
    return "name"


def _runs(ctx: _Ctx) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with name particles) joined by single spaces."""
    doc, toks = ctx.doc, ctx.toks
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not (_is_cap(t) or _al_prefixed(t.text)):
            i += 1
            continue
        j = i + 1
        while j < n:
            prev, cur = toks[j - 1], toks[j]
            gap = doc[prev.end : cur.start]
            if prev.poss:
                break
            ok_gap = gap == " " or (
                gap == ". "
                and (_is_initial(prev) or prev.text in HONORIFICS or _kind(ctx, j - 1) == "title")
            )
            if not ok_gap:
                break
            if _is_cap(cur) or _al_prefixed(cur.text):
                j += 1
                continue
            if (
                cur.text in NAME_PARTICLES
                and j + 1 < n
                and doc[cur.end : toks[j + 1].start] == " "
                and _is_cap(toks[j + 1])
                and not toks[j + 1].text in NON_NAME
            ):
                j += 1
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def _at_sentence_start(ctx: _Ctx, t: _Tok) -> bool:
    if t.start in ctx.sent_starts:
        return True
    return bool(_SENT_OPEN.search(ctx.doc[max(0, t.start - 3) : t.start]))


def _speech_after(ctx: _Ctx, end: int) -> bool:
    tail = ctx.doc[end : end + 30]
    m = re.match(r"\s*,?\s*(?:(?:has|had|have|was|is|also|then|later|first|once)\s+)?([a-z]+)", tail)
    return bool(m and m.group(1) in SPEECH_VERBS)


def _candidates(ctx: _Ctx) -> list[_Mention]:
    toks = ctx.toks
    out: list[_Mention] = []
    for a, b in _runs(ctx):
        kinds = [_kind(ctx, k) for k in range(a, b)]
        k = a
        while k < b:
            if kinds[k - a] not in ("name", "keep"):
                k += 1
                continue
            s = k
            while k < b and (
                kinds[k - a] in ("name", "keep", "suffix")
                and not (kinds[k - a] == "keep" and k > s)
                or toks[k].text in NAME_PARTICLES
            ):
                if toks[k].poss:
                    k += 1
                    break
                k += 1
            e = k
            # trailing particles are not names
            while e > s and toks[e - 1].text in NAME_PARTICLES:
                e -= 1
            if e <= s:
                continue
            seg = list(range(s, e))
            # a sentence-initial common word is not part of the name ("Asked Trump ...")
            while seg and _at_sentence_start(ctx, toks[seg[0]]) and (
                toks[seg[0]].text.lower() in ctx.lower_vocab
                or toks[seg[0]].text.lower() in _NON_NAME_LOWER
            ):
                seg.pop(0)
            if not seg or all(kinds[x - a] == "keep" for x in seg):
                continue
            s, e = seg[0], seg[-1] + 1
            nxt = toks[e] if e < len(toks) else None
            gap_next = ctx.doc[toks[e - 1].end : nxt.start] if nxt else ""
            # part of an organisation or place name ("Heritage Foundation", "Camp David")
            if e < b and toks[e].text in ORG_NOUNS and not toks[e - 1].poss:
                continue
            if s > a and toks[s - 1].text in PLACE_PREFIXES:
                continue
            if s > a and kinds[s - 1 - a] == "stop" and toks[s - 1].text in ORG_NOUNS:
                # "Foundation X" is odd; "Committee Chairman X" is handled by titles
                pass
            # a name used as a modifier: "Obama-era", "the Obama administration"
            modifier = False
            if nxt is not None and not toks[e - 1].poss:
                if gap_next == "-" and nxt.text[:1].islower():
                    modifier = True
                elif gap_next == " " and nxt.text in MODIFIER_NEXT:
                    modifier = True
            if toks[e - 1].text.endswith(("-era", "-led", "-style")):
                modifier = True
            if modifier:
                continue
            names = tuple(toks[x].text for x in seg if kinds[x - a] != "suffix" or x > s)
            # strip a trailing "-era" style hyphen piece handled above; build mention
            evidence = False
            if s > a and kinds[s - 1 - a] in ("hon", "title"):
                evidence = True
            elif s > 0 and toks[s - 1].text.lower() in KIN_WORDS | TITLE_HEADS | COUNTERPART:
                evidence = ctx.doc[toks[s - 1].end : toks[s].start] in (" ", ", ")
            if not evidence and _speech_after(ctx, toks[e - 1].end + (2 if toks[e - 1].poss else 0)):
                evidence = not toks[e - 1].poss
            if not evidence and s > 0:
                before = ctx.doc[max(0, toks[s].start - 25) : toks[s].start]
                if re.search(r"\b(?:said|says|told|according to|by)\s+$", before):
                    evidence = True
            out.append(
                _Mention(
                    toks[s].start,
                    toks[e - 1].end,
                    names,
                    evidence,
                    toks[s].start < ctx.headline_end,
                    a,
                )
            )
    return out


def _core(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name tokens without keep-honorifics and suffixes, for comparing forms."""
    core = tuple(t for t in tokens if t not in KEEP_HONORIFICS and t not in SUFFIXES)
    return core or tokens


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two multi-word forms of one person: same surname and matching given names."""
    a, b = _core(a), _core(b)
    if a == b:
        return True
    if a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # subsequence with the same first token ("Rodrigo Duterte" in "Rodrigo Roa Duterte")
    it = iter(long_)
    if short[0] == long_[0] and all(t in it for t in short):
        return True
    # transliteration / short form of the given name ("Sergey"/"Sergei", "Josh"/"Joshua")
    f1, f2 = a[0].lower(), b[0].lower()
    return len(a) == len(b) == 2 and (f1.startswith(f2) or f2.startswith(f1) or (
        f1[:3] == f2[:3] and abs(len(f1) - len(f2)) <= 1
    ))


def _merge(ctx: _Ctx, cands: list[_Mention]) -> list[_P]:
    persons: list[_P] = []
    body = [c for c in cands if not c.in_headline]
    for c in body:
        if len(_core(c.tokens)) < 2:
            continue
        for p in persons:
            if _compatible(p.tokens, c.tokens):
                if len(c.tokens) > len(p.tokens):
                    p.tokens = c.tokens
                break
        else:
            persons.append(_P(c.tokens))
    # attach every candidate (body and headline) to a person
    for c in sorted(cands, key=lambda m: m.start):
        core = _core(c.tokens)
        target: _P | None = None
        if len(core) >= 2:
            target = next((p for p in persons if _compatible(p.tokens, c.tokens)), None)
        else:
            w = core[0]
            by_last = [p for p in persons if len(_core(p.tokens)) >= 2 and _core(p.tokens)[-1] == w]
            by_first = [p for p in persons if len(_core(p.tokens)) >= 2 and _core(p.tokens)[0] == w]
            single = [p for p in persons if _core(p.tokens) == (w,)]
            pool = by_last or by_first or single
            if len(pool) > 1:
                before = [p for p in pool if p.mentions and p.mentions[-1].start < c.start]
                if before:
                    pool = [max(before, key=lambda p: p.mentions[-1].start)]
            if pool:
                target = pool[0]
            elif c.evidence and not c.in_headline and w.lower() not in ctx.lower_vocab:
                target = _P(c.tokens)
                persons.append(target)
        if target is not None:
            target.mentions.append(c)
            target.forms.setdefault(c.tokens, None)
    return [p for p in persons if p.mentions and any(not m.in_headline for m in p.mentions)]


# ---------------------------------------------------------------------------
# Titles and countries
# ---------------------------------------------------------------------------

_CONNECT = frozenset({"of", "to", "for", "the", "on", "at", "in", "with"})
_DETS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})


def _country_of_word(text: str) -> str | None:
    return lookup_country_word(text) or lookup_body(text)


def _country_of_place(text: str) -> str | None:
    return lookup_country_word(text) or lookup_body(text) or lookup_city(text)


def _window_tokens(doc: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start() + start, m.end() + start, m.group()) for m in _WIN_TOKEN.finditer(doc[start:end])]


_WIN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:\.(?=\s[A-Z]))?|[,;:\"“”()—–]")


def _strip_poss(w: str) -> tuple[str, bool]:
    m = _POSS.search(w)
    return (w[: m.start()], True) if m and len(w) > 2 else (w, False)


def _title_from(
    doc: str, toks: list[tuple[int, int, str]]
) -> tuple[str | None, tuple[int, int] | None, int, int, bool]:
    """Split a title phrase into (country code, evidence span, title start, end, counterpart).

    ``toks`` is the phrase in reading order; leading determiners and country words
    (demonyms, "Pakistan's", "U.S.") are removed and give the country.
    """
    code: str | None = None
    span: tuple[int, int] | None = None
    counterpart = False
    i = 0
    while i < len(toks):
        w, _ = _strip_poss(toks[i][2])
        lw = w.lower()
        if lw in _DETS or lw in {"former", "then", "current", "new", "outgoing", "incoming", "longtime", "veteran"} and False:
            i += 1
            continue
        if lw in _DETS:
            i += 1
            continue
        # multi-token country words ("South Korean", "United States")
        matched = False
        for ln in (3, 2, 1):
            if i + ln <= len(toks):
                phrase = " ".join(_strip_poss(t[2])[0] for t in toks[i : i + ln])
                c = _country_of_place(phrase) if phrase[:1].isupper() else None
                if c and not (ln == 1 and phrase in ("Foreign", "State")):
                    if code is None:
                        code, span = c, (toks[i][0], toks[i + ln - 1][1])
                    i += ln
                    matched = True
                    break
        if matched:
            continue
        break
    rest = toks[i:]
    if any(t[2].lower() in COUNTERPART for t in rest):
        counterpart = True
    return code, span, rest[0][0] if rest else -1, rest[-1][1] if rest else -1, counterpart


def _has_head(words: list[str]) -> bool:
    return any(w.lower().rstrip(".") in TITLE_HEADS for w in words)


def _pre_title(doc: str, start: int, sent_start: int) -> tuple[str | None, tuple[int, int] | None, TitleMention | None, bool]:
    """Title phrase right before a name: 'Pakistani Ambassador to Russia <name>'."""
    win = _window_tokens(doc, max(sent_start, start - 120), start)
    # skip honorifics directly before the name
    while win and win[-1][2].rstrip(".") in HONORIFICS | KEEP_HONORIFICS:
        win.pop()
    comma_form = False
    if win and win[-1][2] == ",":
        # "the Japanese prime minister, Shinzo Abe"
        comma_form = True
        win.pop()
    phrase: list[tuple[int, int, str]] = []
    j = len(win) - 1
    while j >= 0:
        s, e, w = win[j]
        bare, poss = _strip_poss(w)
        lw = bare.lower().rstrip(".")
        if w in {",", ";", ":", '"', "“", "”", "(", ")", "—", "–"}:
            break
        if lw in TITLE_HEADS or lw in TITLE_MODIFIERS or lw in COUNTERPART:
            phrase.append(win[j])
        elif bare[:1].isupper() and (bare not in _NON_NAME or bare in _TITLEISH_CAPS):
            if poss and phrase and _country_of_place(bare) is None:
                break
            phrase.append(win[j])
        elif bare[:1].isupper() and bare in _TITLEISH_CAPS:
            phrase.append(win[j])
        elif lw in ("of", "to", "for", "on") and phrase:
            phrase.append(win[j])
        elif lw in ("the",) and phrase and j > 0 and win[j - 1][2].lower() in ("to", "of", "on"):
            phrase.append(win[j])
        elif lw in _DETS and phrase:
            phrase.append(win[j])
            break
        else:
            break
        j -= 1
    phrase.reverse()
    # cut at a name of a previous person ("X and Y"): a phrase starts after 'and'
    while phrase and phrase[0][2].lower() in ("of", "to", "for", "on", "the"):
        phrase.pop(0)
    if not phrase:
        return None, None, None, False
    words = [_strip_poss(t[2])[0] for t in phrase]
    if comma_form and phrase[0][2].lower() not in _DETS and not _has_head(words[-1:]):
        return None, None, None, False
    code, span, ts, te, counterpart = _title_from(doc, phrase)
    title = None
    if ts >= 0:
        rest = [t for t in phrase if t[0] >= ts]
        # the head must be the last word before the name, or followed by to/of + place
        if _has_head([_strip_poss(t[2])[0] for t in rest]) and not counterpart:
            text = _clean_title(doc[ts:te])
            if text:
                title = TitleMention(text, ts, te)
    return code, span, title, counterpart


# Capitalised words that can be part of a title ("Foreign Ministry spokesman").
_TITLEISH_CAPS = frozenset(
    """Foreign Ministry Office Department State Defense Defence Security National Council
    Senate House Affairs Relations Committee Secretary General Minister President Prime Vice
    Deputy Chief Special Representative Ambassador Envoy King Queen Prince Princess Emir
    Sultan Crown Chancellor Premier Governor Mayor Senator Chairman Chairwoman Chair Leader
    Spokesman Spokeswoman Spokesperson Director Adviser Advisor Commander Press Supreme
    Interior Finance Trade Home Justice Armed Services Intelligence Central Federal
    Executive Permanent High Commissioner First Lady Gen Lt Col Maj Capt Sgt Adm Gov Rep
    Sen Pres Secretary-General Vice-President President-elect Speaker Monarch Pope
    Ayatollah Cabinet Presidential Royal Navy Army Air Force Forces Staff Joint Chiefs
    Acting Interim Former Attorney Justice Treasury Commerce Energy Health Labor Labour
    Agriculture Education Homeland Information Culture Environment Transport Trade
    International Development Economic Political Military Assembly Parliament Congress
    Duma Majority Minority Opposition Whip Party Leader Secretariat""".split()
)


def _clean_title(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,")
    text = re.sub(r"^(?:the|a|an|his|her|its|their)\s+", "", text, flags=re.I)
    return text


_APPOS_STOP = frozenset(
    {",", ";", ":", '"', "“", "”", "(", ")", "—", "–", "who", "which", "that", "said", "says",
     "told", "and", "has", "had", "have", "was", "is", "will", "would", "on", "when", "as"}
)


def _post_title(doc: str, end: int, sent_end: int) -> tuple[str | None, tuple[int, int] | None, TitleMention | None, bool]:
    """Apposition after a name: '<name>, Pakistan's ambassador to Russia, ...'."""
    m = re.match(r"\s*,\s*", doc[end : end + 4])
    if not m:
        return None, None, None, False
    s0 = end + m.end()
    win = _window_tokens(doc, s0, min(sent_end, s0 + 160))
    phrase: list[tuple[int, int, str]] = []
    for t in win:
        w = t[2]
        if w in _APPOS_STOP and not (w in ("and", "on") and phrase and not _has_head([p[2] for p in phrase])):
            if w == "and" and phrase and _has_head([p[2] for p in phrase]):
                # "ambassador to X and lead negotiator with Y": keep going
                phrase.append(t)
                continue
            break
        phrase.append(t)
        if len(phrase) >= 14:
            break
    while phrase and phrase[-1][2].lower() in _CONNECT | {"and"}:
        phrase.pop()
    if not phrase:
        return None, None, None, False
    words = [_strip_poss(t[2])[0] for t in phrase]
    # the head must come early: "X, a senior research fellow in ...", not "X, whose ..."
    head_at = next((k for k, w in enumerate(words) if w.lower().rstrip(".") in TITLE_HEADS), -1)
    if head_at < 0 or head_at > 5:
        return None, None, None, False
    lead = words[:head_at]
    if any(w[:1].islower() and w.lower() not in TITLE_MODIFIERS | _DETS | {"former", "then", "current"} and not _country_of_place(w) for w in lead):
        return None, None, None, False
    code, span, ts, te, counterpart = _title_from(doc, phrase)
    if ts < 0 or counterpart:
        return code, span, None, counterpart
    text = _clean_title(doc[ts:te])
    # "president of Japan": the complement names the person's country
    if code is None:
        cm = re.match(r"[\w\s\-]*?\b(?:of|for)\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})", doc[ts:te])
        if cm and re.search(r"\b(?:president|minister|king|queen|prime|leader|ruler|emir|sultan|premier|chancellor)\b", doc[ts : ts + cm.start(1)], re.I):
            c = lookup_country_word(cm.group(1))
            if c:
                code, span = c, (ts + cm.start(1), ts + cm.end(1))
    return code, span, TitleMention(text, ts, te) if text else None, False


# ---------------------------------------------------------------------------
# Main entry
# ---------------------------------------------------------------------------


def _home_country(doc: str, countries: list[CountryMention], headline_end: int) -> str | None:
    """The country an article is written from: its dateline, else a dominant country."""
    body = doc[headline_end:].lstrip()
    dm = re.match(r"([A-Z][A-Z .'\-]{2,40}?)(?:,|\s*\(|\s+[-—–])", body)
    if dm:
        c = lookup_city(dm.group(1).strip().title()) or lookup_country_word(dm.group(1).strip().title())
        if c:
            return c
    return None


def find_persons(
    doc: str, sentences: list[Sentence], countries: list[CountryMention]
) -> list[Person]:
    """Every named person in ``doc``, mentions merged, with titles and country."""
    nl = doc.find("\n\n")
    headline_end = nl if nl >= 0 else 0
    phrases, _ = phrase_table()
    lower_vocab = frozenset(_LOWER_WORD.findall(doc))
    ctx = _Ctx(doc, _tokens(doc), phrases, lower_vocab, frozenset(s.start for s in sentences), headline_end)
    cands = _candidates(ctx)
    ps = _merge(ctx, cands)
    sent_starts = [s.start for s in sentences]
    home = _home_country(doc, countries, headline_end)

    out: list[Person] = []
    for p in ps:
        p.mentions.sort(key=lambda m: m.start)
        forms = list(p.forms)
        # keep "Sheikh"/"Mullah" only if every mention uses it
        always_keep = all(any(t in KEEP_HONORIFICS for t in f) for f in forms)

        def clean(f: tuple[str, ...], keep: bool = always_keep) -> str:
            return " ".join(t for t in f if keep or t not in KEEP_HONORIFICS)

        best = max(forms, key=lambda f: (len(_core(f)), len(f)))
        name = clean(best)
        aliases: list[str] = []
        for f in forms:
            a = clean(f)
            if a != name and a not in aliases:
                aliases.append(a)
        person = Person(name=name, aliases=aliases)
        for m in p.mentions:
            person.mentions.append(PersonMention(m.start, m.end, doc[m.start : m.end]))
            if m.in_headline:
                continue
            k = max(0, bisect_left(sent_starts, m.start + 1) - 1)
            sent = sentences[k] if sentences else Sentence(0, len(doc), 0)
            for finder in (_pre_title, _post_title):
                if finder is _pre_title:
                    code, span, title, _cp = _pre_title(doc, m.start, sent.start)
                else:
                    code, span, title, _cp = _post_title(doc, m.end, sent.end)
                if title is not None and all(t.title != title.title for t in person.titles):
                    person.titles.append(title)
                elif title is not None:
                    person.titles.append(title)
                if code and person.country is None:
                    person.country, person.country_evidence = code, span
        if person.country is None:
            # "Sen. X of New Jersey", "X of Pakistan"
            for m in p.mentions:
                om = re.match(r",?\s+of\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})", doc[m.end : m.end + 40])
                if om:
                    c = _country_of_place(om.group(1))
                    if c:
                        person.country = c
                        person.country_evidence = (m.end + om.start(1), m.end + om.end(1))
                        break
        if person.country is None and person.titles and home:
            person.country = home
        out.append(person)
    return out


def mention_index(persons: list[Person]) -> list[tuple[int, int, int]]:
    """(start, end, person index) for every person mention, sorted by start."""
    return sorted((m.start, m.end, i) for i, p in enumerate(persons) for m in p.mentions)


def person_at(persons: list[Person], start: int, end: int) -> int | None:
    """Index of the person with a mention overlapping [start, end), else None."""
    for s, e, i in mention_index(persons):
        if s < end and start < e:
            return i
    return None


__all__ = [
    "SPEECH_VERBS",
    "TITLE_HEADS",
    "find_persons",
    "mention_index",
    "person_at",
    "tokens_of",
]
