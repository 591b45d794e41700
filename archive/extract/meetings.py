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
from datetime import date, timedelta
from itertools import pairwise

from archive.extract import dates
from archive.extract.meeting_days import (
    _BREAK,
    _COORD_GAP,
    _SAID_DAY,
    _SPAN_START,
    _aside_before,
    _carried_day,
    _inside,
    _nearer_other,
    _own_day,
    _quote_spans,
    group_before,
)
from archive.extract.meeting_filters import _clause_before, _clause_end, _clause_start, _rejected
from archive.extract.meeting_merge import _SUMMIT, _merge
from archive.extract.meeting_parties import (
    _leader,
    _pair_nearby,
    description_mentions,
    group_members,
    plural_members,
)
from archive.extract.meeting_places import (
    _DATELINE_PLACE,
    _dateline_end,
    _fold,
    _is_list,
    _locate,
    _places,
    _scene_city,
    _strip_the,
    _venue_in,
    _where_place,
    dateline_town,
)
from archive.extract.meeting_triggers import _find_triggers
from archive.extract.records import ArticleFacts, CountryMention, Meeting
from archive.extract.text import Sentence, spans_within

__all__ = ["find_meetings"]

# A trigger that points back at an encounter already reported.
_ANAPHORIC_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|these|those|their|its|such|both)\s+(?:\w+[\s-]+){0,3}$)", re.I
)
_ANAPHORIC_SUBJECT = re.compile(
    r"^\s*(?:(?:[\w’'-]+\s+){1,4}?(?:said|says|added|adds|noted|stated)\s+(?:that\s+)?)?"
    r"(?:\w+\s+){0,2}?(?:the\s+two(?:\s+\w+)?|both(?:\s+\w+)?|the\s+(?:ministers|leaders"
    r"|presidents|sides|officials|delegations|pair)|they)\b",
    re.I,
)
# Reporting verbs marking a person as the source of the sentence, not a participant.
_SPEECH_AFTER = re.compile(
    r"^(?:,[^,]{0,90},)?\s*(?:said|says|told|tweeted|(?:confirmed|announced)\s+that\b|(?:added|noted|stated|wrote|explained)\b"
    r"(?!\s+(?:the|a|an|his|her|its|their|this|these|those)\b))\b"
)
_TOLD_IN = re.compile(
    r"\s+told\s+(?:his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"(?:in|during|at)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}"
)
_SPEECH_BEFORE = re.compile(
    r"\b(?:according\s+to|[Ss]aid|[Ss]ays|told|quoted)\s+(?:(?:[A-Z][\w.'’-]*|the|of|for|and"
    r"|spokes\w+|aide|advis[eo]r|officials?|secretary|minister|envoy|ambassador|deputy|national"
    r"|security|foreign|policy|press|chief|senior|state|department|ministry)\s+){0,7}$"
)
# "X said on Wednesday after talks": the speech follows the speaker's own encounter.
_SAID_AFTER = re.compile(
    r"(?:,[^,]{0,90},)?\s*(?:said|says|told\s+(?:[\w-]+\s+){1,2}?)\s*(?:(?:on\s+)?[\w-]+\s+){0,2}?"
    r"(?:after|following|during|at\s+the\s+end\s+of)\s+(?:[\w'’-]+\s+){0,4}",
    re.I,
)
_SAID_HE = re.compile(
    r"\s*(?:said|says)\s+(?:that\s+)?(?:he|she)\s+(?:had\s+|has\s+)?(?:also\s+)?"
    r"(?:met|spoken|spoke|talked|held|hosted|received|visited|phoned|telephoned)\b"
)
_AFTER_TALKS = re.compile(r"\b(?:after|following)\s+$")
_TOLD_THE = re.compile(r"\s*told\s+(?:the\s+)?", re.I)
_WHO_ASIDE = re.compile(r",\s*who\s+(?:had\s+|has\s+|also\s+|earlier\s+)?(?=[a-z])")
# "officials said X was due ...": X opens the reported clause, so is no speaker.
_REPORTED_SUBJECT = re.compile(
    r"\s+(?:was|is|were|are|will|would|had|has|met|held|hosted|received|visited|spoke|arrived)\b"
)
_OWN_ENCOUNTER = re.compile(
    r"\b(?:his|her|their)\s+(?:meeting|talks|call|visit)\b|\bafter\s+meeting\b"
    r"|\b(?:reached|agreed|struck)\s+(?:\w+\s+){0,2}in\s+talks\s+(?:\w+\s+){0,2}with\b"
    r"|\b(?:after|following|during)\s+(?:\w+\s+days?\s+of\s+)(?:talks|meetings)\b",
    re.I,
)
_FRAME_EVENT = re.compile(r"\b(?:sidelines|margins)\s+of\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,6}$", re.I)
_ABOUT_BEFORE = re.compile(r"\b(?:about|concerning|regarding)\s+(?:[\w.'’-]+\s+){0,3}$", re.I)
_DONE_VERB = re.compile(r"met|saw|talked|spoke|held\s+\w+|\w+ed", re.I)
_AGAIN = re.compile(r"\s+(?:\w+\s+)?again\b|\s+once\s+more\b", re.I)
_ANOTHER = re.compile(r"\b(?:further|another|second|third|next|new|return|fresh)\s+(?:[\w-]+\s+)?$", re.I)
# "will visit", "is expected in X for a visit": a visit still to come
_SCHEDULED = re.compile(r"\b(?:will|(?:is|are)\s+(?:expected|due|scheduled|set)\b)", re.I)
_SUBJECT_GAP = re.compile(
    r"\b(?:he|she|his|her|the\s+(?:\w+\s+){0,2}(?:minister|president|secretary|leader|premier"
    r"|king|chancellor|envoy|monarch|diplomat|pm)|the\s+visiting)\b",
    re.I,
)
_NOT_PARTY_BEFORE = re.compile(
    r"\b(?:possibly|perhaps|maybe|accompanied\s+by|greetings\s+(?:of|to|from)|(?:spokes\w+|aides?|advis[eo]rs?)\s+(?:for|to)|letter\s+to|wrote\s+to|brother|sister"
    r"|son|daughter|wife|husband)\s+(?:[\w.'’-]+\s+){0,5}$",
    re.I,
)
_VERB_TRIGGER = re.compile(
    r"(?:met|meets?|meet|hosted|hosts?|welcomed|received|receives?|visited|visits?|called|calls?|phoned"
    r"|telephoned|arrived|due|saw|sat|negotiated|discussed|spoke|speaks|speaking|talked|last|travel\w*|fl(?:y|ies|ew|ying)"
    r"|head(?:s|ed|ing)?)\b",
    re.I,
)
# "and (then) met", "and held talks": a second encounter predicate sharing the subject.
_COORD_BEFORE = re.compile(
    r",?\s+and\s+(?:(?:will|would|is\s+to|is\s+due\s+to|is\s+expected\s+to)\s+)?(?:then\s+|also\s+|later\s+)?"
    r"(?P<sup>(?:held|had|conducted|paid|made|hold|have|pay)\s+(?:[\w-]+\s+){0,2}"
    r"|(?:was|were)\s+(?:later\s+|also\s+)?|(?:travel+(?:ed|s)?|fl(?:y|ies|ew)|go(?:es)?|went|head(?:s|ed)?)\s+"
    r"(?:on\s+)?to\s+[A-Z][\w\s'’-]{1,40}?\s+for\s+"
    r"(?:[\w-]+\s+){0,2})?$"
)
# The end of a visit reported earlier: "wrapped up his visit", "concluded a three-day trip".
_WRAP_UP = re.compile(
    r"\b(?:wrap(?:ped|s|ping)\s+up|conclud(?:ed|es|ing)|end(?:ed|s|ing)|finish(?:ed|es|ing)"
    r"|round(?:ed|s|ing)\s+off)\s+(?:his|her|their|a|the|its)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "the leaders of A and B": each country's leader takes part.
_LEADER_OF = re.compile(
    r"\b(?:leaders?|presidents?|heads\s+of\s+(?:state|government))\s+of\s+(?:the\s+)?"
    r"(?:[\w'’.-]+,?\s+){0,7}?(?:(?:and|,)\s+(?:the\s+)?)?$",
    re.I,
)
_LEADER_AFTER = re.compile(r"\s+(?:leader|president|prime\s+minister|premier|head\s+of\s+state)\b", re.I)
# "called on the Prime Minister", "was received by His Majesty the King": a host told by office alone
_UNNAMED_HOST = re.compile(
    r"\s+(?:by\s+|with\s+)?(?:(?:His|Her)\s+(?:Majesty|Highness|Excellency)\s+)?the\s+"
    r"(?:(?:Chief|Vice|Deputy|Acting|Interim|Crown)\s+)?"
    r"(?:President|Prime\s+Minister|Premier|King|Queen|Emir|Amir|Sultan|Prince|Adviser|Advisor"
    r"|Chancellor|Speaker|Head\s+of\s+State|Foreign\s+Minister|Minister\s+of\s+[A-Z][\w-]+(?:\s+Affairs)?)"
    r"\b(?![’']s|\s+of\b|\s*,?\s*[A-Z])"
)
_PRONOUN_AND = re.compile(r"\s*(?:He|She)\s+and\s+(?=[A-Z]|his\b|her\b)")
# A bilateral encounter set apart from a larger meeting.
_FRONT_FRAME = re.compile(r"\s*(?:On|Along)\s+the\s+(?:sidelines|margins)\s+of\b[^,;.]{0,120},")
_SEPARATE = re.compile(r"\b(?:separate(?:ly)?|bilateral|one-on-one|on\s+the\s+(?:sidelines|margins))\b", re.I)
# ", in Z on Monday", ", on Monday": a place or day set off at the end of a clause.
_ADJUNCT = re.compile(
    r",\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][^,;.]{0,40}?|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?)(?=\s*(?:[,;.]|$))"
)
# What may precede a sentence's subject name: titles, demonyms, "the", a dateline.
_SUBJECT_LEAD = re.compile(
    r"(?:[A-Z][A-Z .'’/-]+(?:,\s*[A-Za-z]+\.?\s+\d{1,2})?(?:\s*\([\w ]+\))?\s*(?:-+|—|–)\s*)?"
    # a fronted day: "Yesterday, X met ...", "On Tuesday, X received ..."
    r"(?:(?:(?:Later|Earlier|Also)\s+)?(?:Yesterday|Today|Tonight|Last\s+night|This\s+(?:morning|afternoon|evening)"
    r"|(?:[Oo]n|[Ll]ate|[Ee]arly)\s+[A-Z][a-z]+(?:\s+\d{1,2})?),\s+)?"
    r"(?:(?:(?!(?:With|In|At|On|For|From|By|To|After|Before|During|As|When|While|Under|Following"
    r"|Besides|Unlike|Like|Despite|Among|Between|Without|Against)\b)[A-Z][\w.'’-]*|the|of|and|for|state|foreign|prime|vice|deputy|minister|president"
    r"|secretary|chief)\s+)*$"
)
# "held talks", "had a meeting": the noun trigger takes the verb's subject.
_SUPPORT_VERB = re.compile(
    r"\b(?:held|had|hold|holds|began|opened|conducted|wrapped\s+up|sp[eo]ke|spoken|speaks|talked)"
    # "held talks", "held a first round of talks", "held two hours of talks"
    r"\s+(?:(?:[\w-]+\s+){0,2}|(?:a|an|the|their|two|three|several)\s+(?:[\w-]+\s+){0,2}(?:round|hours?|days?)\s+of\s+)$",
    re.I,
)
# "After he met X, Y said": a pronoun in a fronted clause points at the main subject.
# A sentence opening with a day and a comma: "On Monday,", "Later on Tuesday,", "Also on March 3,".
_LEAD_DAY = re.compile(
    r"(?:(?:later|earlier|also|then|and)\s+)*(?:(?:on|late|early)\s+[\w ]{3,20}|yesterday|today|tonight"
    r"|last\s+night|this\s+(?:morning|afternoon|evening)),",
    re.I,
)
_CAME_AS = re.compile(r"\s+(?:came|comes|took\s+place|was\s+held)\s+(?:as|amid|while|when)\b")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
_FRONTED = re.compile(r"^\s*(?:After|Before|When|While|As|Once|Following|Upon)\s+(?:he|she)\b")
# An adverbial clause opening a sentence, before its subject: "Before arriving in X, ".
_FRONTED_CLAUSE = re.compile(
    r"\s*(?:After|Before|When|While|Following|Upon|Later|Earlier|During)\b[^,.;\"“”]{0,80},\s*"
)
# A clause opened by a participle: "..., holding talks with X".
_PARTICIPLE = re.compile(r"^\s*(?:and\s+)?(?:also\s+)?[a-z]+ing\s+(?:[a-z]+\s+){0,2}$")
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
    r"|experts|negotiators|delegates|teams|envoys|diplomats|commanders|chiefs|committees|commissions"
    r"|heads?\s+of\s+(?:state|government))\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’.-]+,?\s+){0,7}?"
    r"|\bwith\s+(?:[\w-]+\s+)?(?:officials|leaders|authorities)\s+in\s+"  # "with senior officials in A"
    r"|\bvisit(?:ed|s|ing)?\s+(?:to\s+)?(?:the\s+)?|\b(?:trip|tour|journey)\s+to\s+(?:the\s+)?)$",
    re.I,
)
# "a row between A and B": the two are at odds, not at the table.
_RIVALS = re.compile(
    r"\b(?:war\s+of\s+words|row|rows|dispute|disputes|tensions?|feud|standoff|stand-off|spat|rivalry"
    r"|conflict|clash(?:es)?|fighting|war|hostilit(?:y|ies)|animosity|enmity)\s+between\s+"
    r"(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$",
    re.I,
)
# "<name>'s sister", "<name>'s government": the name only qualifies someone else.
_POSSESSED = re.compile(
    r"[’']s\s+(?:administration|government|spokes\w+|aides?|office|brother|sister|son|daughter"
    r"|wife|husband|father|mother|widow|uncle|nephew|cousin|successor|predecessor)\b"
)
_ALSO_NEAR = re.compile(r"\s*\b[Aa]lso\b\s*(?:on\s+)?$|^\s*,?\s*also\b")
_SUMMIT_FRAME = re.compile(
    r"\s*(?:At|During|On\s+the\s+sidelines\s+of|On\s+the\s+margins\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}summit\b"
)
# ", who chaired it, and his ...": a relative aside after which the list of parties goes on.
_REL_ASIDE = re.compile(r",\s+(?:who|whom)\s+[^,;]{1,60},\s+and\s+(?:by\s+)?(?=(?:his|her|their|the|[A-Z]))")
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
# Parties told by their number only: "the two countries", "both sides", "the three nations".
_SIDES = re.compile(
    r"\b(?:(?:the|all)\s+(?P<n>two|three|four|five)|both)\s+(?:countries|nations|sides|governments"
    r"|neighbou?rs|states|delegations|teams)\b",
    re.I,
)
_DELEGATES_OF = re.compile(
    r"^\s*(?:\w+\s+){1,3}?(?:of|from)\s+(?:(?:the|all)\s+(?:two|three|four|five)|both)\s+(?:countries|nations"
    r"|sides|governments|neighbou?rs|states)\b",
    re.I,
)
# A sentence whose subject is the pair just reported: "The two leaders later joined X by video call".
_GROUP_SUBJECT = re.compile(
    r"\s*(?:(?:Later|Earlier|Afterwards|Then|Subsequently)(?:\s+(?:that|in\s+the)\s+(?:day|morning|afternoon|evening))?,?\s+)?"
    r"(?:(?:The|the)\s+(?:two|three)\s+(?:[\w-]+\s+)?(?:leaders|ministers|presidents|men|women|premiers"
    r"|counterparts|heads\s+of\s+state)|[Bb]oth\s+(?:leaders|ministers|presidents|men|women)|They|they)\b"
)
# "...: they last met", "; they had met": "they" heading a later clause, right before the trigger
_THEY_CLAUSE = re.compile(
    r"(?:[:;]|,\s+(?:and|but|when))\s+they\s+(?:(?:had|have|also|last|first|then|later|already)\s+){0,2}$"
)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5}
_WHICH_ATTENDED = re.compile(r",?\s+which\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b")
_OVER_MEAL = re.compile(
    r"[^,;.]{0,30}?\b(?:over|at|during)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|luncheon|breakfast|banquet)\b",
    re.I,
)
_MEAL_WORD = re.compile(r"\b(?:dinner|banquet|luncheon|lunch|breakfast)\b", re.I)
_MEAL = re.compile(r"(?:\w+\s+)?(?:dinner|banquet|luncheon|lunch|breakfast)", re.I)
_FOR_GUEST = re.compile(
    r"\bfor\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:guests?|visitors?)\b|\bin\s+honou?r\s+of\s+(?:his|her|their)\b",
    re.I,
)
# "... a meeting with the two ministers": guests told by number and office right after the trigger
_WITH_PLURAL = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:with|between)\s+(?:the|their)\s+(?P<n>two|three|four|five)\s+"
    r"(?:[a-z]+\s+)?(?P<role>ministers|leaders|presidents|premiers|envoys|diplomats|counterparts|delegation\s+heads)\b"
)
_WITH_IN = re.compile(r"\b(?:with|by)\b")
_WITH_BEFORE = re.compile(r"\b(?:[Ww]ith|[Bb]etween)\s+(?:[\w'’.-]+\s+){0,5}$")
# "The talks were attended by X", "X was also present at the meeting": people added to it
_ATTENDED = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:attended\s+by|present\b)|\balso\s+(?:attended|present|attending)\b"
    r"|\bpresent\s+(?:at|during)\s+the\b|\b(?:attended|attending)\s+(?:the|were|included)\b"
    r"|\bjoined\s+(?:the|them)\b|\b(?:was|were)\s+(?:also\s+)?joined\s+by\b",
    re.I,
)
_FRAMING = re.compile(r"\s*(?:During|At|In\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+){0,2}", re.I)


# Markers that put an undated encounter before the report's day: "earlier", "had met", "ago".
_NOT_TODAY = re.compile(
    r"\b(?:earlier|previous(?:ly)?|last\s+(?:time|met|spoke|talked|saw|visited)|former(?:ly)?|once|ago|in\s+the\s+past|(?:19|20)\d\d"
    r"|had\s+(?:\w+\s+)?(?:met|held|visited|spoken|talked|hosted|received|called|been|travell?ed)"
    r"|used\s+to|ha(?:ve|s)\s+been\s+\w+ing)\b",  # "have been discussing": a series going on, no one day
    re.I,
)


_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
# "a three-day visit": the length of a visit whose last day is told
_N_DAYS = re.compile(r"\b(" + "|".join(_NUMBERS) + r")-day\s+(?:[\w-]+\s+){0,2}$", re.I)
_NTH_DAY = re.compile(
    r"\bon\s+the\s+(" + "|".join(_ORDINALS) + r"|last|final)\s+day\s+of\s+(?:the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b",
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
    separate: bool = False  # "a separate meeting", "on the sidelines": not the larger meeting
    offset: int | None = None  # "two days after the call": days from the encounter in focus
    anchor: str = ""  # "two days before the Ankara meeting": the place naming that encounter
    sides: int = 0  # "officials of the two countries": parties told only by their number
    sides_at: int = -1  # where that phrase stands (a pair coordinated before it is its sides)
    frame_event: bool = False  # the event another encounter was held on the sidelines of
    also: bool = False  # "X also met Y": another encounter of the same visit or day
    prior: bool = False  # "last met": an encounter before the one in focus, never merged with it
    with_focus: bool = False  # "The two leaders joined X": the persons of the encounter in focus take part
    group: str = ""  # "Both presidents ..." naming no one: the role of the pair told before
    future: bool = False  # told as scheduled ("is expected in X for a visit")
    another: bool = False  # "a further/second visit": not the one told before
    pair: list[int] = field(default_factory=list)  # who "the two ministers" stands for, if no one is in focus
    frames: bool = False  # "During the talks, ...": the sentence's other triggers tell those talks
    attended: bool = False  # "The meeting was attended by X": X joins the meeting in focus
    reported_future: bool = False  # "X said they would meet in Y on Z": still to come, never a done one
    meal: bool = False  # a dinner, lunch or banquet: never the talks told in another sentence
    again: bool = False  # "met again": another encounter of the pair in focus
    unnamed_host: bool = False  # "X called on the Prime Minister": a host told by office alone


class _Ctx:
    """Per-article lookups shared by every candidate."""

    def __init__(self, doc: str, facts: ArticleFacts, body_start: int) -> None:
        self.doc = doc
        self.facts = facts
        self.mentions: list[tuple[int, int, int]] = sorted(
            (pm.start, pm.end, i) for i, p in enumerate(facts.persons) for pm in p.mentions
        )
        self.countries = sorted(facts.countries, key=lambda c: c.start)
        self.dateline_end = _dateline_end(doc, body_start)
        self._pstarts = [m[0] for m in self.mentions]
        self._cstarts = [c.start for c in self.countries]
        self._pends = [m[1] for m in self.mentions]
        self._cends = [c.end for c in self.countries]
        self.body_start = body_start
        self.venues = {_fold(_strip_the(c.surface)) for c in self.countries if c.kind == "body"}
        self.sent_starts: list[int] = []
        self.trigger_sents: set[int] = set()  # sentences holding a trigger word
        self.cur_trigs: list[tuple[int, int]] = []  # spans of the current sentence's triggers
        self.visit_end: tuple[date, int] | None = None  # last day and length of a visit told as ended
        self._dates: dict[int, tuple[list[dates.DateMention], list[dates.DateMention]]] = {}
        self.dateline_end = _dateline_end(doc, body_start)
        head = _DATELINE_PLACE.match(doc, body_start, self.dateline_end)
        self.dateline_place = (
            head.group(1).strip().title() if head and self.dateline_end > body_start else None
        )
        self.dateline_city: CountryMention | None = next(
            (c for c in self.countries if body_start <= c.start < self.dateline_end and c.kind == "city"),
            None,
        ) or (dateline_town(doc, body_start, self.dateline_end) if self.dateline_end > body_start else None)
        # "the Afghan minister", "his Russian counterpart": descriptions of a named person count as mentions
        home = self.dateline_city.code if self.dateline_city is not None else None
        extra = description_mentions(doc, facts, self.mentions, body_start, home)
        if extra:
            self.mentions = sorted(self.mentions + extra)
            self._pstarts = [m[0] for m in self.mentions]
            self._pends = [m[1] for m in self.mentions]

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
            past = dates.find_dates(text, published, future=False, offset=base)
            # the tense changes only how a found expression resolves: no expression, nothing to redo
            fut = dates.find_dates(text, published, future=True, offset=base) if past else []
            self._dates[si] = (past, fut)
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
            fronted = _FRONTED_CLAUSE.match(self.doc, start)
            if fronted:  # "Before arriving in X, Y held talks": Y, after the fronted clause
                start = fronted.end()
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
        ctx.cur_trigs = [(t[0], t[1]) for t in trigs]
        for k, (a, b, cameo, trig) in enumerate(trigs):
            if _inside(s.start + a, quotes):
                continue
            if _rejected(text, a, b, trig, cameo):
                continue
            nxt = trigs[k + 1][0] if k + 1 < len(trigs) else len(text)
            win = (_clause_start(text, a), _window_end(text, b, nxt, trigs))
            coord = (
                _coordinated(text, trigs[k - 1][1], a, trig) if k > 0 else -1,
                _coordinated(text, b, nxt, trigs[k + 1][3]) if k + 1 < len(trigs) else -1,
            )
            cands.extend(
                _build(ctx, text, s, si, a, b, cameo, trig, quotes, published, win, len(trigs), coord)
            )
    return _merge(ctx, cands, published)


_SUBJECT_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
# between the coordinated countries and the trigger: a few lower-case verb words, no clause break
_SUBJECT_TO_TRIGGER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,5}$")


def _country_subjects(ctx: _Ctx, text: str, base: int, a: int) -> set[str]:
    """Countries coordinated as the subject of the trigger's clause: "Thailand and Laos agreed to open talks".

    Two or more country names (not demonyms or cities) that open the clause, joined
    by commas or "and", followed by at most a few verb words before the trigger.
    """
    cs = _clause_start(text, a)
    found = [
        c for c in ctx.countries_in(base + cs, base + a) if c.kind == "name" and c.start >= ctx.dateline_end
    ]
    if len(found) < 2 or re.sub(r"^(?:the|The)\s+", "", text[cs : found[0].start - base].strip()):
        return set()
    for x, y in pairwise(found):
        if not _SUBJECT_SEP.fullmatch(text, x.end - base, y.start - base):
            return set()
    if not _SUBJECT_TO_TRIGGER.fullmatch(text, found[-1].end - base, a):
        return set()
    codes = {c.code for c in found}
    return codes if len(codes) >= 2 else set()


def _window_end(text: str, b: int, nxt: int, trigs: list[tuple[int, int, str, str]]) -> int:
    """End of the trigger's clause, across a relative aside and a trailing place or day.

    "X met Y, who chaired the session, and his counterparts A and B, in Z on Monday":
    the aside's own trigger does not cut the clause, and "in Z on Monday" belongs to it.
    """
    end = _clause_end(text, b)
    aside = _REL_ASIDE.match(text, end)
    if aside is not None:
        nxt = next((t[0] for t in trigs if t[0] >= aside.end()), len(text))
        end = _clause_end(text, aside.end())
    end = min(end, nxt)
    tail = _ADJUNCT.match(text, end)
    return tail.end() if tail and tail.end() <= nxt else end


def _coordinated(text: str, lo: int, a: int, trig: str) -> int:
    """Where "and" opens a second encounter predicate ending at the trigger text[a:], or -1.

    "X held talks with A on Sunday and received B on Monday": the same subject, two encounters.
    """
    m = _COORD_BEFORE.search(text, lo, a)
    if m is None or not (m.group("sup") or _VERB_TRIGGER.match(trig)):
        return -1
    return m.start()


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
    coord: tuple[int, int] = (-1, -1),
) -> list[_Cand]:
    doc = ctx.doc
    base = s.start
    cand = _Cand(si, base, s.end, trig, cameo, visit=cameo == "042")
    # "hosted a dinner for X", "a working lunch": a meal, an encounter apart from the talks
    cand.meal = (
        bool(_MEAL_WORD.search(trig))
        or (
            trig.lower().startswith(("host", "gave", "gives", "offered"))
            and bool(_MEAL_WORD.search(text, b, b + 40))
        )
        or bool(_OVER_MEAL.match(text, b))  # "met again yesterday over lunch"
    )
    before = text[:a]
    verb = bool(_VERB_TRIGGER.match(trig))
    support = bool(_SUPPORT_VERB.search(before))
    if verb or support:  # "the two ministers met", "they held talks", "Both men, who ..."
        cand.anaphoric = bool(_ANAPHORIC_SUBJECT.match(_clause_before(text, a))) or (
            bool(_ANAPHORIC_SUBJECT.match(text)) and not ctx.persons_in(base, base + a)
        )
    else:  # "the meeting", "during the talks", "joined the call" (the call trigger holds its determiner)
        det = re.match(r"(?:the|that|this|their)\s+", trig, re.I)
        det_before = before + det.group(0) if det else before
        cand.anaphoric = (
            bool(_ANAPHORIC_BEFORE.search(det_before[-40:]))
            and not _AFTER_BARE.search(det_before)
            and not re.search(r"\b(?:his|her|a|an)\s+(?:\w+\s+){0,2}$", det_before[-30:], re.I)
            and not (  # "the visit of X": X's visit
                cameo == "042" and re.match(r"\s+(?:of|by)\s+[A-Z]", text[b:])
            )
        )
    attend = trig.lower() == "conference"  # "took part in the conference": a new event its subject attended
    if attend or trig.lower() == "signed":  # (the signatories named after it are the parties)
        cand.anaphoric = False
    delegates = _DELEGATES_OF.search(_clause_before(text, a)) if cand.anaphoric else None
    if delegates is not None and not ctx.persons_in(base, base + a):
        cand.anaphoric = (
            False  # "experts of the two countries met": the countries' delegations, not a pair in focus
        )
    if trig.lower() in ("delegation", "side", "present"):
        cand.anaphoric = (
            True  # "X's delegation was led by Y", "Y was also present": Y attended the encounter in focus
        )
    cand.attended = cand.anaphoric and (
        bool(_ATTENDED.search(text)) or trig.lower() in ("delegation", "side")
    )
    cand.frames = cand.anaphoric and bool(_FRAMING.fullmatch(before))
    wa, wb = win
    co_lo, co_hi = coord
    if co_lo >= 0:
        wa = max(wa, co_lo)
    if co_hi >= 0:
        wb = min(wb, co_hi)  # "call on X in A tomorrow and will then fly to B for talks": B is the next one's

    # Participants: persons named in the sentence, minus quoted or reporting sources.
    own = bool(_OWN_ENCOUNTER.search(text))
    lo, hi = base, s.end
    at_summit = cand.anaphoric and _SUMMIT.fullmatch(trig) is not None
    # "At the summit, X said": a speaker framed at the summit spoke there, so attended it
    summit_frame = at_summit and bool(_SUMMIT_FRAME.match(text))
    if at_summit or cand.attended:
        pass  # whoever the sentence places at "the summit", or says attended it, took part
    elif cand.anaphoric:
        # only the clause holding the trigger: "The talks followed a message X sent Y"
        left = max(text.rfind(",", 0, a), text.rfind(" after ", 0, a), text.rfind(" when ", 0, a))
        rights = [i for i in (text.find(",", b), text.find(" after ", b), text.find(" when ", b)) if i > 0]
        lo, hi = base + max(left, 0), base + (min(rights) if rights else len(text))
        named = ctx.persons_in(hi + 1, hi + 80) if text[hi - base : hi - base + 1] == "," else []
        named = [m for m in named if m[0] <= hi + 2]
        if named and _WITH_IN.search(text, b, hi - base):
            hi = named[0][1]  # "the talks took place ... with his counterpart, X": the name in apposition
        if not ctx.persons_in(lo, hi) and left > 0 and text[left] == ",":
            lo = base + max(text.rfind(",", 0, left), 0)  # "X, who joined the talks, said"
    else:
        brk = _BREAK.search(text, b)
        if brk and _WHICH_ATTENDED.match(text, brk.start()):
            brk = _BREAK.search(text, brk.end())  # ", which was also attended by X": X took part
        while brk and (aside := _REL_ASIDE.match(text, brk.start())):
            # ", who chaired the session, and his counterparts": an aside inside the object list
            brk = _BREAK.search(text, aside.end())
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
        if co_hi >= 0:
            hi = min(hi, base + co_hi)
        if co_lo >= 0:
            lo = max(lo, base + co_lo)
    persons: list[int] = []
    speakers: list[int] = []
    topic_verb = trig.lower().startswith("discuss")
    # "X says Z has agreed ..., after talks with Y": the speaker, the sentence's subject, held the talks
    talks_after = bool(_AFTER_TALKS.search(text, max(0, a - 12), a)) and text.startswith(" with", b)
    head_ms = ctx.persons_in(base, base + a)[:1] if talks_after else []
    for ms, me, pi in ctx.persons_in(lo, hi):
        if _inside(ms, quotes) or pi in persons:
            continue
        rel_s, rel_e = ms - base, me - base
        speaker = bool(_SPEECH_AFTER.match(text[rel_e:])) or (
            bool(_SPEECH_BEFORE.search(text[max(0, rel_s - 60) : rel_s]))
            and not _REPORTED_SUBJECT.match(text, rel_e)
        )
        # "X said on Wednesday after talks with Y": the speaker tells his own encounter
        said_after = rel_e <= a and (
            bool(_SAID_AFTER.fullmatch(text, rel_e, a))
            # "X told the visiting minister": X addressed the visitor in person
            or (trig.lower() == "visiting" and bool(_TOLD_THE.fullmatch(text, rel_e, a)))
            # "X, who met Y on Monday, said": the aside tells X's own encounter
            or (bool(_WHO_ASIDE.match(text, rel_e)) and a < text.find(",", rel_e + 2))
            or (bool(head_ms) and head_ms[0][0] == ms and bool(_SUBJECT_LEAD.match(doc, base, ms)))
            # "X said he had spoken to Y by telephone": "he" is the speaker
            or (a - rel_e < 90 and bool(_SAID_HE.match(text, rel_e)))
            # "X told his counterpart Y in a video call": X spoke to Y in that encounter
            or bool(_TOLD_IN.fullmatch(text, rel_e, a))
        )
        if (
            speaker
            and not summit_frame
            and not said_after
            and not (own and _SPEECH_AFTER.match(text[rel_e:]))
        ):
            speakers.append(ms)
            continue
        if _NOT_PARTY_BEFORE.search(text[max(0, rel_s - 50) : rel_s]):
            continue
        if not cand.anaphoric and _aside_before(text, rel_s, a):
            continue  # "X, who accompanied Y, held separate talks with Z": Y is the aside's, not a party
        if topic_verb and rel_s >= b and not _WITH_BEFORE.search(text, max(b, rel_s - 60), rel_s):
            continue  # "discussed the X plan": what is discussed is a topic, not a party
        if _POSSESSED.match(doc, me):
            continue
        if _ABOUT_BEFORE.search(text, max(0, rel_s - 40), rel_s):
            continue  # "spoke with X about Y": Y is the topic, not a party
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
        or attend
    )
    if participle:  # "X arrived in Y, holding talks with Z": X is the subject of both
        subj = ctx.persons_in(base, base + _clause_start(text, a))
        if subj and subj[0][0] - base < 40 and subj[0][2] not in persons:
            persons.insert(0, subj[0][2])
    elif co_lo >= 0 and not cand.anaphoric:
        # the second predicate of "X met A and received B": X, the sentence's subject
        head = ctx.persons_in(base, base + co_lo)[:1]
        if head and _SUBJECT_LEAD.match(ctx.doc, base, head[0][0]) and head[0][2] not in persons:
            persons.insert(0, head[0][2])
    elif not named_before and not cand.anaphoric and gap:
        comma = text.find(",", b)
        main = ctx.persons_in(base + comma, base + comma + 60) if comma > 0 and _FRONTED.match(text) else []
        head = ctx.persons_in(base, base + a)[:1] if gerund or attend else []
        if head and not _SUBJECT_LEAD.match(ctx.doc, base, head[0][0]):
            head = []
        if head:  # "X praised ties after meeting Y": X, the sentence's subject
            main = head
        elif not main and (pro := _last_pronoun(clause)) is not None:
            # "X will fly to A before proceeding to B, where he will hold talks", "X is due
            # for a visit during which he will hold talks": a pronoun after the sentence's
            # own subject is that subject
            cut = a - len(clause) + pro
            lead = ctx.persons_in(base, base + cut)[:1]
            if lead and _SUBJECT_LEAD.match(ctx.doc, base, lead[0][0]):
                main = lead
        fp = main[0][2] if main else ctx.subject_person(si, base)
        if fp is not None and fp not in persons:
            persons.insert(0, fp)
    if (verb or support) and _PRONOUN_AND.match(text) and not cand.anaphoric and si > 0:
        fp = ctx.subject_person(si, base)  # "He and X held talks": he, the subject spoken of
        if fp is not None and fp not in persons:
            persons.insert(0, fp)
    cand.separate = bool(_SEPARATE.search(text, max(0, a - 40), b + 40))
    # tense of the trigger's clause; a fronted "During the visit," takes its sentence's
    # "for a further state visit": another visit than the one told before
    cand.another = bool(_ANOTHER.search(before[-40:]))
    # "They met again yesterday": the same people, another encounter
    cand.again = bool(_AGAIN.match(text, b)) and bool(_DONE_VERB.fullmatch(trig))
    if cameo == "042" or cand.anaphoric:  # (only visits and mentions pointing back use it)
        fronted = _FRAMING.fullmatch(before) is not None
        span = (0, len(text)) if fronted else (_clause_start(text, a), _clause_end(text, b))
        cand.future = _SCHEDULED.search(text, *span) is not None
    # "on the sidelines of a ministerial meeting": the frame event, another encounter than the sideline one
    cand.frame_event = bool(_FRAME_EVENT.search(before))
    cand.reported_future = bool(re.search(r"\bwould\s+(?:[\w-]+\s+){0,2}$", before))
    if cand.frame_event and cand.anaphoric:
        persons = []  # "also on the sidelines of the summit": the people are the sideline encounter's
    cand.also = bool(re.search(r"\balso\s+(?:[\w-]+\s+){0,2}$", before))
    # "X and Y last met in March": an earlier encounter than the one just told
    cand.prior = trig.lower().startswith("last") or bool(re.search(r"\blast\s+$", before))
    if re.match(r"\s+(?:him|her)\b", text[b:]) and si > 0:
        prev = ctx.persons_in(ctx.prev_sentence_start(si), base)
        if prev and prev[0][2] not in persons:
            persons.append(prev[0][2])  # "X hosted him": the person just spoken of
    if not persons and _PLURAL_PARTY.search(text):
        cand.pair = _pair_nearby(ctx, si)
    elif persons and (guests := _WITH_PLURAL.match(text, b)) is not None:
        # "X will chair a meeting with the two ministers": the two told before, other than X
        persons.extend(
            plural_members(ctx, si, guests.group("role"), _COUNT[guests.group("n").lower()], persons)
        )
    cand.persons = persons
    if not persons and si > 0 and _MEAL.fullmatch(trig) and _FOR_GUEST.search(text):
        cand.group = "they"  # "at a dinner he gave for his guest": host and guest of the visit in focus
    group = _GROUP_SUBJECT.match(text) if si > 0 and not cand.anaphoric else None
    if not persons and not group and not cand.anaphoric and _THEY_CLAUSE.search(text, 0, a):
        cand.group = "they"  # "It was their third encounter: they last met on August 17": the pair in focus
    if cand.anaphoric and not persons and si > 0:
        plural = _PLURAL_PARTY.search(text, 0, a)
        # the pair in focus as subject ("Later, both ministers were received by ..."); a pair after
        # the trigger ("the call between the two leaders") only points back at an encounter told
        if plural is not None:
            cand.group = plural.group(0).split()[-1].lower().rstrip("s")
    if persons and group:
        cand.with_focus = True  # "The two leaders later joined X by video call": the pair in focus and X
    elif group:
        # "Both presidents will take part in a videoconference": the pair of presidents told before,
        # unless the people named nearby hold that office
        role = group.group(0).split()[-1].lower().rstrip("s")
        titles = [t.title.lower() for p in cand.pair for t in ctx.facts.persons[p].titles]
        other_office = bool(titles) and not any(role in t for t in titles)
        if not cand.pair or (role in ("president", "minister", "premier") and other_office):
            cand.group, cand.pair = role, []

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
            if _RIVALS.search(pre):
                continue  # "a war of words between A and B": a quarrel, not parties to the talks
            codes.add(c.code)
    host = ""
    if trig.lower().startswith("host") and not persons:
        # "Qatar hosted a round of contacts between them": the host country is a side, and the place
        cs0 = _clause_start(text, a)
        if re.fullmatch(r"\W*and\s+(?:also\s+)?", text[cs0:a]):
            cs0 = 0  # "X has offered to help, and hosted ...": the sentence's subject hosted
        host_cm = [cm for cm in ctx.countries_in(base + cs0, base + a) if cm.kind == "name"]
        if host_cm and not text[cs0 : host_cm[0].start - base].strip(" ,"):
            host = host_cm[0].code
            codes.add(host)
            cand.location_country = cand.location_country or host_cm[0].code
    if trig.lower().startswith("summon"):
        # "Pakistan summoned X's ambassador": the summoning country is the other side
        codes |= {
            c.code for c in ctx.countries_in(base, base + a) if c.kind == "name" and a - (c.end - base) <= 2
        }
    if not persons and not cand.anaphoric:
        codes |= _country_subjects(ctx, text, base, a)  # "Egypt and Sudan held talks in Cairo"
    host_office = _UNNAMED_HOST.match(text, b)
    if (
        host_office is not None
        and len(persons) == 1
        and not codes
        and not ctx.countries_in(base + host_office.start(), base + host_office.end())
        and not ctx.persons_in(base + host_office.end(), base + host_office.end() + 4)
        and ctx.facts.persons[persons[0]].country is not None
    ):
        # "X called on the Chief Adviser", "was received by the Emir": the office-holder, left
        # unnamed, is of the country X is visiting (given when the meetings are final)
        cand.unnamed_host = True
    cand.countries = codes
    if not persons and not cand.pair and len(codes) >= 2:
        # "the foreign ministers of A and B": the one minister of each named nearby
        persons.extend(group_members(ctx, si, text, wa, wb, codes))
    # "hosted the leaders of A and B", "the A-ian president": the one leader each names.
    for c in ctx.countries_in(base + wa, base + wb):
        rel_s, rel_e = c.start - base, c.end - base
        if c.code in codes and (
            _LEADER_OF.search(text, max(0, rel_s - 60), rel_s)
            or (
                c.kind == "demonym"
                and _LEADER_AFTER.match(text, rel_e)
                and text[max(0, rel_s - 4) : rel_s].lower() == "the "
            )
        ):
            li = _leader(ctx.facts, c.code)
            if (
                li is not None
                and li not in persons
                and not any(ctx.facts.persons[q].country == c.code for q in persons)
            ):
                persons.append(li)

    if (
        cand.anaphoric
        and re.search(r"\bits\s+(?:[\w-]+\s+)?$", before)
        and dates.is_future(_clause_before(text, a))
    ):
        cand.anaphoric = False  # "a working group that will hold its first meeting": that body's own
    if not persons and not codes - {host} and not cand.pair and not cand.anaphoric:
        sides = _SIDES.search(text, 0, wb)
        if sides is not None:  # "border commissions of the two countries are due to meet"
            cand.sides = _COUNT.get((sides.group("n") or "two").lower(), 0)
            cand.sides_at = base + sides.start()

    # Date: the expression nearest the trigger, in its clause (or sentence if it is alone).
    cs = _clause_start(text, a)
    past, fut = ctx.sentence_dates(si, text, base, published)
    found = []
    for dp, df in zip(past, fut, strict=False):
        if dp.start < ctx.dateline_end or _inside(dp.start, quotes) or dp.since:
            continue
        if dp.coarse and _SPAN_START.search(text, max(0, dp.start - base - 12), dp.start - base):
            continue  # "open from next month", "by next year": a deadline, not the encounter's time
        seg = text[min(cs, dp.start - base) : max(b, dp.end - base)]
        found.append(df if dates.is_future(seg) else dp)
    # "X, who arrived on Friday, met Y": the aside's day is the arrival's, not the meeting's
    found = [d for d in found if not _aside_before(text, d.start - base, a)]
    # "..., officials said here today": the day of the report, not of the encounter
    found = [d for d in found if not _SAID_DAY.search(text, max(0, d.start - base - 30), d.start - base)]
    local = [d for d in found if base + wa <= d.start < base + wb]
    if not local:  # a day set off right after the clause: "received B, the envoy, on Monday"
        local = [
            d
            for d in found
            if base + wb <= d.start <= base + wb + 3 and d.start < base + (co_hi if co_hi >= 0 else len(text))
        ]
    if not local and n_trigs == 1:
        local = found
    if not local:  # "met X at the Y, the seat of Z, on Wednesday": the trigger's own day, nothing between
        local = [d for d in found if _own_day(text, base, a, b, d, ctx.cur_trigs)]
    if not local:  # "Later on Tuesday, X received Y in a courtesy call": the fronted day heads every clause
        lead_day = _LEAD_DAY.match(text)
        local = [d for d in found if lead_day and d.end - base <= lead_day.end()]
    if not local and cand.separate and (frame := _FRONT_FRAME.match(text)) is not None:
        # "On the sidelines of the meeting on August 3, X met Y": the event's day is the encounter's
        local = [d for d in found if d.end - base <= frame.end()]
    if local:
        trig_pos = base + a
        # "is due back tomorrow and will meet Y on Monday": a day across the coordination is the other predicate's
        best = min(
            local,
            key=lambda d: (
                _COORD_GAP.search(text, *((d.end - base, a) if d.end - base <= a else (b, d.start - base)))
                is not None,
                abs(d.start - trig_pos),
                d.start,
            ),
        )
        if cand.frame_event and best.start < trig_pos:
            pass  # "on Friday held talks on the sidelines of the summit": Friday is the talks' day
        elif best.kind == "same_day":
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
    if cameo == "042" and _WRAP_UP.search(before):
        # "wrapped up his visit on Thursday": the day the visit ended, not an encounter's day
        n_days_m = _N_DAYS.search(before[-40:])
        if cand.date is not None and n_days_m:
            ctx.visit_end = (cand.date, _NUMBERS.index(n_days_m.group(1).lower()) + 1)
        cand.date, cand.day, cand.coarse, cand.also_day = None, "", False, False
    nth = _NTH_DAY.search(text)
    if cand.date is None and nth and ctx.visit_end is not None:
        # "on the first day of the visit" of a three-day visit that ended on a known day
        end, n_days = ctx.visit_end
        k = n_days if nth.group(1).lower() in ("last", "final") else _ORDINALS.index(nth.group(1).lower()) + 1
        if k <= n_days:
            cand.date, cand.today, cand.coarse = end - timedelta(days=n_days - k), False, False
    if not local and not cand.anaphoric:
        cand.offset = dates.anchored_offset(text[:a], text[b:])
        cand.anchor = dates.anchor_word(text[:a])
    elif (
        not local
    ):  # "The technical talks took place the following day": the next day of the encounter in focus
        cand.offset = dates.next_day_offset(text[:a], text[b:])
    # No day named: the report's own news when told as done, with nothing dating it earlier.
    # days that another trigger stands nearer to ("on the sidelines of a meeting that ends
    # Thursday") are that encounter's, and leave this one undated
    mine = [d for d in found if not _nearer_other(text, base, a, b, d, ctx.cur_trigs)]
    cand.today = (
        not mine
        and not _NOT_TODAY.search(text)
        and not dates.is_future(text[_clause_start(text, a) : _clause_end(text, b)])
    )
    if (
        cand.today
        and cand.date is None
        and cand.offset is None
        and not cand.anaphoric
        and (si - 1 in ctx.trigger_sents or group_before(ctx, si, persons))
    ):
        carried = _carried_day(ctx, si, persons, published)
        if carried is not None:  # "On Tuesday X arrived in Y. He met Z.": the event goes on that day
            cand.date, cand.today = carried, False

    # Location: a city placed by "in/to/at", else a venue, else "here" = dateline city.
    came_as = cand.anaphoric and bool(_CAME_AS.match(text, b))
    if came_as:
        wb = b  # "The meeting came as X lashed out at Y": the "as" clause tells no place of it
    places = _places(ctx, text, base, wa, wb, a)
    if not places and n_trigs == 1 and not came_as and _where_place(ctx, text, base, a) is None:
        places = _places(ctx, text, base, 0, len(text), a, skip_appositive=True)
    if topic_verb and places:
        # "discussed the situation in Sudan": a country after the verb is a topic, a city may be the venue
        ahead = _places(ctx, text, base, 0, a, a)
        places = [p for p in places if p[0] is not None or p in ahead]
    if len(places) > 1 and cameo == "042" and _is_list(text, places):
        out = []
        for loc, code in places:
            others = {pc for _pl, pc in places if pc != code}
            # "visited A and B, where he met X and Y": each place keeps only its own hosts
            here = [q for q in persons if ctx.facts.persons[q].country not in others]
            vc = _Cand(
                si,
                base,
                s.end,
                trig,
                cameo,
                here,
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
            vc.countries.add(code)
            out.append(vc)
        return out
    _locate(ctx, cand, text, places)
    venue = _venue_in(text, wa if not cand.location else max(wa, a), wb)
    in_city = bool(cand.location) and f"in {cand.location}" in text[wa:wb]
    if venue is not None and not in_city:  # a building named in the clause beats a city found elsewhere
        (cand.location, venue_code), cand.venue = venue, True
        cities = [p for p in places if p[0]]
        if venue_code is not None:
            cand.location_country = venue_code  # "at State House Entebbe"
        elif ctx.dateline_city is not None and (not cand.location_country or not cities):
            # "at the Ministry of Commerce" in a datelined story with no city told: the dateline's country
            cand.location_country = ctx.dateline_city.code
    if not cand.location:
        where = _where_place(ctx, text, base, a)
        if where is not None:
            cand.location, cand.location_country = where
    if co_lo >= 0 and not cand.location and not cand.location_country:
        # "X met A in Z on Sunday and received B on Monday": nothing moved X from Z
        first = [p for p in _places(ctx, text, base, 0, co_lo, co_lo) if p[0]]
        if len(first) == 1:
            cand.location, cand.location_country = first[0]
    if not cand.location and not cand.anaphoric and si > 0:
        scene = _scene_city(ctx, si)
        if scene and cand.location_country in (None, scene[1]):
            cand.location, cand.location_country = scene
    if cameo == "041" and "courtesy" not in trig.lower():
        cand.location = cand.location_country = None  # a call joins two places: it has no one place
    return [cand]


def _last_pronoun(clause: str) -> int | None:
    """Offset in ``clause`` of its last "he"/"she", if any."""
    found = list(_PRONOUN.finditer(clause))
    return found[-1].start() if found else None
