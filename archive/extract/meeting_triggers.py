"""Meeting trigger words: the verbs and nouns news uses to report an encounter.

Each CAMEO family is one pattern (group "t" is the trigger kept on the record); they are
tried in order, so a span claimed by an earlier family ("phone talks") is not claimed again.
"""

from __future__ import annotations

import re

# (cameo, pattern). Group "t" is the trigger word kept on the record.
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "041",
        re.compile(
            r"(?P<t>\b(?:tele)?phone\s+(?:call|conversation|talks?)s?\b|\bby\s+(?:tele)?phone\b"
            r"|\bby\s+video(?:\s*(?:link|call|conference))?\b|\bvideo\s*(?:call|link|conference)s?\b"
            r"|\bvideoconferenc(?:e|es|ing)\b"
            r"|\bon\s+the\s+(?:tele)?phone\b|\b(?:tele)?phoned\b"
            r"|\b(?:the|a|their|his|her|that|\d+-minute|\d+)\s+(?:[\w.]+\s+){0,2}?call\b"
            r"(?!\s+(?:for|on|to|up)\b)(?!-)"
            # "called the president", "called his counterpart": not "called the plan a step"
            r"|\bcall(?:ed|ing)\s+(?=(?:(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:president|prime|minister|leader"
            r"|king|queen|chancellor|premier|emir|sultan|secretary|ambassador|envoy|counterpart)\b"
            r"|(?-i:President|Prime|[A-Z][a-z]+\s+[A-Z])))"
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
            r"|\bdue\s+(?:here|in)\b|\bcall(?:s|ed|ing)?\s+on\b"
            # "will travel to X", "flew to X": a trip to X's country
            r"|\b(?:travel(?:s|led|ed|ling)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?)\s+(?:on\s+)?to\s+(?=(?-i:[A-Z]))"
            r"(?=[^.;]{0,60}?(?:\bto\s+(?:brief|meet|see|consult|deliver)\b"
            r"|\bfor\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’+-]+\s+){0,3}?(?:visit|meeting|summit|dialogue|consultations|conference))"
            # "travelled to A from B, where ...": the "where" is B's
            r"|(?:(?!\bfrom\s)[^.;]){0,60}?,\s+where\b(?!\s+(?:he|she|they)\s+will\s+attend))"
            r"(?!\s+(?:the\s+)?(?:international|world|all|both)))",
            re.I,
        ),
    ),
    (
        "040",
        re.compile(
            r"(?P<t>\bmet\b|\bmeet(?:s|ing|ings)?\b|\btalks\b|\bsummit\b|\baudience\s+with\b"
            r"|\blast\s+(?:spoke|talked)\b|\bconversations?\b(?=\s+(?:\w+\s+){0,2}?(?:between|with)\b)"
            r"|\b(?:spoke|speaks|speaking|talked)\s+(?:[a-z]+\s+)?with\b(?=\s+(?:the\s+|his\s+|her\s+)?(?-i:[A-Z]))"
            r"|\b(?:news|press)\s+conference\s+with\b"
            r"|\bsaw\s+each\s+other\b|\bsat\s+down\s+with\b|\bjoint\s+(?:appearance|press\s+"
            r"conference)\b|\bdiscuss(?:ed|ing|ions?)\b|\bconsultations?\b|\bsession\b)",
            re.I,
        ),
    ),
]

# Rarer triggers, each run only when its word is in the sentence: (cameo, word, pattern).
_GATED: list[tuple[str, str, re.Pattern[str]]] = [
    # "Cameroon's delegation was led by X", "The Nigerian side was headed by Y": who sat at the table in focus
    (
        "040",
        "led by|headed by",
        re.compile(
            r"\b(?P<t>delegation|side)\b(?=[^.;,]{0,40}?\b(?:was|were)\s+(?:jointly\s+)?(?:led|headed)\s+(?:jointly\s+)?by\b)",
            re.I,
        ),
    ),
    # "X and Y were also present": people at the encounter in focus
    (
        "040",
        "present",
        re.compile(
            r"(?<!\bwho\s)(?<!\bthat\s)\b(?:was|were)\s+(?:also\s+)?(?P<t>present)\b(?!\s+(?:a|an|the|his|her|their)\b)",
            re.I,
        ),
    ),
    # "The documents were signed at the ministry by X ... and by Y": the signatories met to sign
    (
        "040",
        "signed",
        re.compile(
            r"\b(?:was|were|have\s+been|had\s+been)\s+(?P<t>signed)\b(?=[^.;]{0,60}?\bby\b[^.;]{3,160}?\band\s+by\b)",
            re.I,
        ),
    ),
    # "summoned X's ambassador": the envoy was received to hear a protest
    (
        "043",
        "summon",
        re.compile(
            r"(?P<t>\bsummon(?:ed|s|ing)\b)(?=\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:[\w'’-]+\s+)?"
            r"(?:ambassador|envoy|charg))",
            re.I,
        ),
    ),
    # "initialled the text at a ceremony in X": the signing parties met there
    (
        "040",
        "ceremony",
        re.compile(r"\bat\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?P<t>(?:signing\s+)?ceremony)\b", re.I),
    ),
    # "a dinner he gave for his guest", "a luncheon in honour of X", "the guest of X at a dinner":
    # a meal given for a visitor is an encounter of host and guest
    (
        "043",
        "dinner|banquet|luncheon|lunch|breakfast",
        re.compile(
            r"\b(?P<t>(?:state\s+|official\s+|working\s+|private\s+)?(?:dinner|banquet|luncheon|lunch|breakfast))\b"
            r"(?=[^.;\"“”]{0,60}?\b(?:for\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:guests?|visitors?|delegation)"
            r"|in\s+honou?r\s+of|given\s+by|hosted\s+by|with)\b)"
            r"|\bguest\s+of\s+[^.;\"“”]{0,60}?\bat\s+a\s+(?:[\w-]+\s+)?(?P<t2>dinner|banquet|luncheon|lunch|breakfast)\b",
            re.I,
        ),
    ),
    # "attended a donors' conference", "will take part in the ministerial conference": a multilateral meeting
    (
        "040",
        "conference",
        re.compile(
            r"\b(?:attend(?:ed|s|ing)?|t(?:ake|akes|ook|aking)\s+part\s+in|participat(?:e|es|ed|ing)\s+in)"
            r"\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?P<t>conference)\b",
            re.I,
        ),
    ),
]


_GATES = [(cameo, tuple(words.split("|")), rx) for cameo, words, rx in _GATED]
_GATE_WORDS = re.compile("|".join(w for _c, words, _r in _GATED for w in words.split("|")), re.I)

# Every trigger contains one of these stems (or a gated word): a sentence without any is
# skipped before the (many, slower) trigger patterns run.
_TRIGGER_STEMS = re.compile(
    r"travel|fl[yie]|head|phone|video|call|spok|speak|talked|conference|conversation|negotiat|host|recept|welcom|receiv|visit|trip|tour|journey|stopover|arriv|due"
    r"|met|meet|talks|summit|audience|saw|sat|joint|discuss|consult|session",
    re.I,
)


def _find_triggers(text: str) -> list[tuple[int, int, str, str]]:
    """Non-overlapping trigger spans in a sentence (relative offsets), in text order."""
    found: list[tuple[int, int, str, str]] = []
    gated: list[tuple[str, re.Pattern[str]]] = []
    if _GATE_WORDS.search(text):
        low = text.lower()
        gated = [(cameo, rx) for cameo, words, rx in _GATES if any(w in low for w in words)]
    if not gated and not _TRIGGER_STEMS.search(text):
        return found
    for cameo, rx in _TRIGGERS + gated if gated else _TRIGGERS:
        for m in rx.finditer(text):
            g = "t" if m.group("t") is not None or "t2" not in rx.groupindex else "t2"
            a, b = m.span(g)
            if any(a < fb and fa < b for fa, fb, _, _ in found):
                continue
            found.append((a, b, cameo, m.group(g)))
    found.sort()
    return found
