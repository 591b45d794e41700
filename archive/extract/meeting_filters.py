"""Meeting triggers that report no real encounter, and the clause bounds they are read in.

A trigger word ("talks", "visit", "met") is rejected when its clause makes the encounter
hypothetical, planned, unconfirmed, serial, ceremonial or a press briefing.
"""

from __future__ import annotations

import re

# Words that make a nearby trigger a non-encounter: hypothetical, proposed, negated.
_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|may|should|hop(?:es?|ed|ing)|next\s+(?:round|meeting|session|edition)|wants?|wanted|wish(?:es)?|like\s+to"
    r"|(?<!the\s)(?<!\sa\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!their\s)plan(?:s|ned|ning)?|propos(?:ed|al|es|ing)|invit(?:ed|ation|es|ing)|offer(?:ed|s)?|float(?:ed|s|ing)"
    r"|possib(?:le|ly|ility)|probabl[ey]|potential|prospect|anticipate[sd]?|if|unless|whether"
    r"|open\s+to|willing|ready\s+to|no|not|never|didn't|hasn't|haven't|without|refus(?:ed|es)"
    r"|declin(?:ed|es)|cancel(?:l?ed|s)?|postpon(?:ed|es)|call(?:ed|s)?\s+for|urg(?:ed|es)"
    r"|consider(?:s|ing|ation)?|idea|suggest(?:ed|s|ing)?|seek(?:s|ing)?|sought|push(?:ed|ing)?\s+for"
    r"|preparations?|preparatory|prepar(?:e|es|ing)\s+for|prelude|ahead\s+of|before|future|planned|intend(?:s|ed)?"
    r"|reject(?:s|ed|ing)?|any)\b",
    re.I,
)
# "X said ... would": a future in reported speech, firm when a place or day follows the trigger
_REPORTED_FUTURE = re.compile(r"\b(?:said|says|told|announced|confirmed|stated)\b(?:\s+that)?\s", re.I)
_FIXED_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:in\s+(?:the\s+)?[A-Z][\w'’-]+|on\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\.?\s+\d{1,2})\b"
    r"|tomorrow\b|next\s+(?:week|month)\b)"
)
# "plans to raise the issue with X at a summit": an intention governs the whole clause.
_INTENT = re.compile(
    r"\b(?:plans?|planning|intends?|intending|hopes?|hoping|wants?|wish(?:es)?|seeks?|seeking|offered|proposed)"
    r"\s+to\s+(?:[\w'’-]+\s+){0,14}$",
    re.I,
)
# "invited X to visit": an invitation, not an encounter (the invitee may be named at length).
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing)\s+(?:[\w'’.,-]+\s+){0,9}to\s+$", re.I)
# The sentence itself says the encounter is not fixed: "but no date has been agreed".
_UNCONFIRMED = re.compile(
    r"\bno\s+(?:date|itinerary|time|venue)\s+(?:has|had|have)\s+(?:yet\s+)?been\b"
    r"|\b(?:is|are|has|have|had|was|were)\s+(?:not|yet\s+to)\s+(?:yet\s+)?(?:be\s+|been\s+)?"
    r"(?:confirmed|fixed|agreed|scheduled|set|announced|finali[sz]ed|decided|worked\s+out)\b|\bbut\s+not\s+confirmed\b",
    re.I,
)
# "A meeting, which X had proposed, has been put off": called off after the trigger
_CALLED_OFF = re.compile(
    r"\b(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+)?(?:been\s+)?(?:put\s+off|postponed|called\s+off"
    r"|cancell?ed|scrapped|shelved|indefinitely\s+postponed)\b",
    re.I,
)
_MODAL_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+)?(?:should|could|might|may|would)\s+(?:(?:only|then|now)\s+)?"
    r"(?:take\s+place|be\s+held|go\s+ahead)\b",
    re.I,
)
# An event named only as the frame of another encounter: "ahead of ...", "on the sidelines of ...".
_FRAME = re.compile(r"\b(?:(?P<ahead>ahead\s+of)|(?:sidelines|margins)\s+of)\s+(?:[\w'’.-]+\s+){0,6}$", re.I)
# Serial or ongoing contact, not one encounter.
_SERIES = re.compile(
    r"\b(?:twice|(?:two|three|four|five|several|many|\d+)\s+times|series\s+of|rounds\s+of"
    r"|(?:a|two|three|\d+)\s+(?:years?|months?)\s+of|under\s*way|continu(?:ing|es|ed)"
    r"|ongoing|regular(?:ly)?|repeatedly|frequent(?:ly)?|years\s+of|months\s+of)\b",
    re.I,
)
# Starting or carrying on a process of talks: "is launching talks", "pursuing negotiations".
_PROCESS = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|initiat(?:ed|es|ing)|pursu(?:e|ed|es|ing)|keep\s+(?:up|pursuing)"
    r"|(?:is|are|was|were)\s+(?:starting|beginning|opening)|engag(?:ed|es|ing)\s+in)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_PROCESS_NOUNS = frozenset(
    {"talks", "negotiations", "negotiation", "consultations", "consultation", "discussions"}
)
# Greetings on arrival or departure are ceremony, not talks.
_CEREMONIAL = re.compile(
    r"\b(?:upon|on)\s+(?:his|her|their)\s+arrival\b|\bat\s+the\s+airport\b|\bseen\s+off\b"
    r"|\b(?:at|to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:Airport|Air\s+Base|Airbase)\b"
    r"|\bsee\s+(?:him|her|them)\s+off\b|\bguard\s+of\s+honou?r\b",
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
# "called on X to <verb>" is an appeal unless a place or day shows a call paid ("called on X at
# the ministry on Tuesday to discuss ...") or the purpose is the talk itself.
_APPEAL = re.compile(
    r"(?:(?!\b(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])|\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[^.;])"
    r"{1,80}?(?<!according)\s+to\s+(?!(?:the|a|an|his|her|their|its|discuss|review|talk|brief|convey|deliver"
    r"|exchange|hand|present|pay|sign)\b)(?-i:[a-z])",
    re.I,
)
_NEGOTIATING_NOUN = re.compile(
    r"\s+(?:groups?|teams?|table|positions?|partners?|process|committees?|rounds?|sessions?|skills|strategy"
    r"|stance|mandate|power|leverage)\b",
    re.I,
)
_AUDIENCE = re.compile(
    r"\s*(?:with\s+)?(?:the\s+|a\s+group\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:reporters|journalists|press|media|newspapers?"
    r"|television|radio|students|lawmakers|supporters|voters|crowds?|audience)\b",
    re.I,
)
# A call with the press is a briefing, not an encounter between parties.
_PRESS = re.compile(
    r"\bwith\s+(?:\w+\s+)?(?:reporters|journalists|the\s+(?:press|media)|news\s+media)\b", re.I
)


_LIST_ITEM = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|\s+and\b)")


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause ending at ``pos``; commas inside a list of names ("A, B and C") don't start it."""
    head = text[:pos]
    while True:
        cut = max(head.rfind(","), head.rfind(";"), head.rfind("—"), head.rfind(" – "))
        item = _LIST_ITEM.match(text, cut) if cut > 0 and text[cut] == "," else None
        if item is not None and item.end() <= pos:
            head = head[:cut]
            continue
        return cut + 1


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


# "welcomed the proposal", "welcomed Ankara's decision", "welcomed efforts to": a thing approved
_WELCOMED_THING = re.compile(
    r"\s+(?:(?:the|this|that|these|a|an|his|her|their|its|any|all|such|[A-Z][\w-]*[’']s)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:proposals?|decisions?|moves?|initiatives?|offers?|agreements?|deals?|plans?"
    r"|ideas?|news|steps?|announcements?|outcomes?|results?|progress|efforts?|statements?|reports?"
    r"|resolutions?|release|elections?|ceasefires?|truce|accords?|treat(?:y|ies)|support|commitments?"
    r"|positions?|approach|framework|suggestions?|invitations?|opportunit(?:y|ies)|measures?|reforms?"
    r"|role|contributions?|signing|appointments?|victory|developments?|changes?|stance|assurances?"
    r"|pledges?|recommendations?|findings|verdict|ruling|gesture|overtures?|calls?\s+(?:for|to))\b",
    re.I,
)


def _own_clauses(text: str, a: int, b: int) -> str:
    """The trigger's clause and the one after it, not an earlier coordinated clause."""
    lo = _clause_start(text, a)
    hi = _clause_end(text, b)
    return text[lo : _clause_end(text, hi + 1) if hi < len(text) else hi]


def _rejected(text: str, a: int, b: int, trig: str, cameo: str) -> bool:
    """Whether the trigger at text[a:b] reports no real, single encounter."""
    before = _clause_before(text, a)
    near = " ".join(before.split()[-7:])
    after = text[b : b + 60]
    low = trig.lower()
    hypothetical = _HYPOTHETICAL.search(near)
    if hypothetical and hypothetical.group(0).lower() == "would" and _REPORTED_FUTURE.search(before):
        # "X said a commission would meet in Y on July 2": a future told in reported speech
        hypothetical = _HYPOTHETICAL.search(near, hypothetical.end())
        if hypothetical is None and not _FIXED_AFTER.match(text, b):
            return True
    if hypothetical or _INVITED_TO.search(before) or _INTENT.search(before):
        return True
    frame = _FRAME.search(before)
    if frame and (frame.group("ahead") or _HYPOTHETICAL.search(before, 0, frame.start())):
        return True  # "ahead of next month's X meeting", "could meet on the sidelines of a Y meeting"
    if "conference" in low and re.search(r"\b(?:told|addressed|briefed)\s+(?:a|the)\s+$", before[-24:]):
        return True  # "X told a joint press conference": where X spoke, not whom X met
    if _UNCONFIRMED.search(text, b) or _MODAL_AFTER.match(text, b) or _CALLED_OFF.search(text, b):
        return True  # "the meeting should take place in June": a wish, not a report
    if _PURPOSE.search(near) and not _SCHEDULED_TO.search(near):
        return True  # purpose infinitive: "to hold talks", "to open negotiations"
    if low in _PROCESS_NOUNS and _PROCESS.search(before[-60:]):
        return True  # "is launching talks", "pursuing negotiations": a process, not one encounter
    if _SERIES.search(near) or _SERIES.match(after.strip()):
        return True
    if re.search(r"\b(?:times|rounds)\b", after[:45], re.I):
        return True
    if low.startswith(
        ("spoke", "speak", "talked", "conversation", "news conference", "press conference")
    ) and (_AUDIENCE.match(text, b)):
        return True  # "spoke with Swedish reporters": a briefing, not an encounter
    if low.startswith(("receiv", "welcom", "host", "greet")) and _CEREMONIAL.search(_own_clauses(text, a, b)):
        return True
    if low == "welcomed" and _WELCOMED_THING.match(text, b):
        return True  # "welcomed the proposal": approval of a thing, not a guest received
    if (
        low == "met"
        and re.search(r"\b(?:was|were)\s+$", before)
        and _CEREMONIAL.search(text, b, _clause_end(text, b))
    ):
        return True  # "was met at the airport by ...": a greeting, not talks
    if cameo == "041" and (_PRESS.search(text[max(0, a - 60) : b + 40]) or "conference call" in low):
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
    if low.startswith("call") and low.endswith(" on") and _APPEAL.match(text, b):
        return True  # "called on X to end the strike": an appeal, not a call paid
    if low == "negotiating" and _NEGOTIATING_NOUN.match(text, b):
        return True  # "the negotiating groups", "back to the negotiating table": no encounter named
    return cameo == "046" and bool(re.search(r"\b(?:help(?:ed)?|broker(?:ed)?)\s+$", near))
