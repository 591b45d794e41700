"""Merging meeting candidates into encounters: parties, place and day must agree."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from archive.extract.gazetteer import lookup_city, lookup_country_word
from archive.extract.meeting_days import _carried_day
from archive.extract.meeting_events import attend_events, is_event
from archive.extract.meeting_places import _fold, sideline_city
from archive.extract.records import ArticleFacts, Meeting

if TYPE_CHECKING:
    from archive.extract.meetings import _Cand, _Ctx

_SUMMIT = re.compile(r"summit", re.I)
_SIDELINE = re.compile(
    r"\b(?:on|along)\s+the\s+(?:sidelines|margins)\b|\b(?:after|during|at)\s+the\s+(?:[\w'’-]+\s+){0,3}?summit\b",
    re.I,
)
_SOURCE = re.compile(r"\s*,?\s+(?:said|says|told|added|announced)\b")
# "Earlier on Monday, delegations of the two countries held consultations": another encounter in time
_BEFORE_AFTER = re.compile(r"\s*(?:Earlier|Later|Afterwards|Subsequently|Previously)\b")
_LATER = re.compile(r"\s*(?:Later|Afterwards|Subsequently|Thereafter)\b")
_DELEGATIONS = re.compile(
    r"\b(?:the\s+two|both|the\s+three)\s+(?:delegations|sides|countries|teams|governments)\b(?!\s+of\b)", re.I
)
# Words that put the parties on two sides whatever countries their persons were given.
_TWO_SIDES = re.compile(r"\b(?:counterparts?|visiting|bilateral)\b", re.I)


def _call_and_place(m: _Cand, c: _Cand) -> bool:
    """Whether one is a call and the other, not told as pointing back, was held in a city."""
    if (m.cameo == "041") == (c.cameo == "041"):
        return False
    other = c if m.cameo == "041" else m
    return bool(other.location) and not other.anaphoric


def _compatible(m: _Cand, c: _Cand) -> bool:
    # a venue (a palace, a ministry) and a city of the same country can be one encounter's place
    venue_side = m if m.venue else c
    # (two different venues are two places: talks at the ministry, a dinner at the guest house)
    venue_in_city = (m.venue != c.venue) and (
        m.location_country == c.location_country or venue_side.location_country is None
    )
    if m.location and c.location and _fold(m.location) != _fold(c.location) and not venue_in_city:
        return False
    if m.location_country and c.location_country and m.location_country != c.location_country:
        return False
    if m.visit and c.visit and m.future != c.future and m.sent != c.sent and (m.another or c.another):
        return False  # a visit paid and "a further visit" expected are two visits
    if m.sent != c.sent and (m.prior or c.prior) and (m.future or c.future):
        return False  # "they last met in Kampala ... she is due to visit Kampala": two encounters
    if m.reported_future != c.reported_future and m.sent != c.sent:
        return False  # "they met on Monday ... said they would meet in Y": two encounters
    if (m.unnamed_host or c.unnamed_host) and m.sent != c.sent:
        return False  # "He later called on the Prime Minister": a host of its own, not the talks told before
    if m.meal != c.meal and m.sent != c.sent:
        return False  # "They held talks ... X later hosted a dinner for Y": two encounters
    if m.day and c.day and m.day != c.day:
        return False  # "on Sunday" and "on Tuesday" are two days even when neither resolves
    return not (m.date and c.date and m.date != c.date)


def _same_parties(m: _Cand, c: _Cand, facts: ArticleFacts | None = None) -> bool:
    if m.persons and c.persons:
        a, b = set(m.persons), set(c.persons)
        if len(a) == 1 or len(b) == 1:
            # a lone person (the visitor) joins a meeting in the same sentence, the next one,
            # or the same country; a lone mention with no place joins the visit in focus
            if not a & b:
                return False
            lone = c if len(b) == 1 else m
            other = m if lone is c else c
            home = {facts.persons[p].country for p in lone.persons} if facts is not None else set()
            if (
                lone.visit
                and lone.location_country
                and other.countries - {lone.location_country} - lone.countries - home
            ):
                return False  # a visit to one country does not hold talks with another's party
            if abs(c.sent - m.sent) <= 1:
                # a visit told after an unplaced encounter ("... and will then visit A") is the next stop
                return not (
                    lone.visit
                    and lone.location_country
                    and not other.location_country
                    and lone.sent > other.sent
                )
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
        # groups told by their countries alone ("experts of A and B"): the same countries
        # meet in many settings, so only a neighbouring sentence or a pointer back joins them
        return bool(m.countries) and m.countries == c.countries and (abs(c.sent - m.sent) <= 1 or c.anaphoric)
    return False


def _placed_at(ctx: _Ctx, c: _Cand) -> bool:
    """Whether the sentence of ``c`` puts it "in"/"at" its location (not merely names that place)."""
    loc, trig = re.escape(c.location or ""), re.escape(c.trigger)
    # "in X", "at X", "the X meeting"
    rx = rf"\b(?:in|at)\s+(?:the\s+)?{loc}\b|\b{loc}\s+(?:[\w-]+\s+)?{trig}"
    return re.search(rx, ctx.doc[c.start : c.end]) is not None


def _lede(ctx: _Ctx, c: _Cand, published: date | None) -> None:
    """Make ``c``, pointing back at nothing yet told, the encounter of the sentence before.

    "A and his B counterpart C agreed on Tuesday to ... The phone call was the first ...":
    the people of two countries named there are its parties and that sentence's one day its day.
    """
    start, end = ctx.sent_starts[c.sent - 1], ctx.sent_starts[c.sent]
    pair: list[int] = []
    seen: set[str] = set()
    for _s, _e, pi in ctx.persons_in(start, end):
        code = ctx.facts.persons[pi].country
        if code and code not in seen:
            seen.add(code)
            pair.append(pi)
    if c.date is None and not c.coarse:
        day = _carried_day(ctx, c.sent, pair, published, need_person=len(pair) >= 2)
        if day is not None:
            c.date, c.today = day, False
    if len(pair) >= 2:
        c.persons = list(dict.fromkeys([*pair, *c.persons]))
        c.anaphoric = False


def _group_in_focus(facts: ArticleFacts, out: list[_Cand], role: str) -> _Cand | None:
    """The latest encounter of people from two or more countries, one of them titled ``role``."""
    for m in reversed(out):
        codes = {facts.persons[p].country for p in m.persons} - {None}
        titled = role in ("they", "men", "women", "leader") or any(
            role in t.title.lower() for p in m.persons for t in facts.persons[p].titles
        )
        if len(m.persons) >= 2 and len(codes) >= 2 and titled:
            return m
    return None


_OF_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")


def _title_country(facts: ArticleFacts, pi: int) -> str | None:
    """The one country a person's titles name ("President of the Kyrgyz Republic"), if any."""
    found: set[str] = set()
    for t in facts.persons[pi].titles:
        for m in _OF_COUNTRY.finditer(t.title):
            words = m.group(1).split()
            for k in range(len(words), 0, -1):  # "Kyrgyz Republic", then "Kyrgyz"
                code = lookup_country_word(" ".join(words[:k]))
                if code is not None:
                    found.add(code)
                    break
    return found.pop() if len(found) == 1 else None


def _talks_on_visit(m: _Cand, c: _Cand) -> bool:
    """Whether one of ``m``, ``c`` is a visit by its arrival day and the other the talks held on it.

    "X arrived in Y on Sunday for a four-day visit ... Z met X on Monday": one
    encounter, dated by the talks rather than the arrival, whichever is told first.
    """
    visit, talks = (m, c) if m.cameo == "042" else (c, m)
    if visit.cameo != "042" or talks.cameo == "042" or visit.date is None or talks.date is None:
        return False
    if not 0 < (talks.date - visit.date).days <= 6 or len(talks.persons) < 2:
        return False
    if visit.location_country and talks.location_country and visit.location_country != talks.location_country:
        return False
    if visit.location and talks.location and _fold(visit.location) != _fold(talks.location):
        return False
    return set(talks.persons) <= set(visit.persons) or set(visit.persons) <= set(talks.persons)


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
    if m.cameo == "042" and c.cameo in ("040", "041", "043", "046"):
        m.cameo, m.trigger = c.cameo, c.trigger
    elif m.cameo == "040" and c.cameo == "041" and c.sent == m.sent and not m.visit:
        m.cameo, m.trigger = (
            c.cameo,
            c.trigger,
        )  # "discussed X during a video call": the encounter is the call


def _fold_unnamed(facts: ArticleFacts, out: list[_Cand], ctx_doc: str) -> list[_Cand]:
    """Fold "the two countries' ministers met" into the meeting that names those ministers.

    A meeting told only by its countries is the same encounter as one whose named
    participants come from exactly those countries, when place and day agree.
    """
    keep: list[_Cand] = []
    for m in out:
        if not m.persons and m.countries and not _BEFORE_AFTER.match(ctx_doc, m.start):
            same = next(
                (
                    n
                    for n in out
                    if n.persons
                    and (
                        (
                            (sides := n.countries | {facts.persons[p].country or "" for p in n.persons})
                            == m.countries
                            # far from the named meeting, a time of its own makes it another encounter
                            and (abs(n.sent - m.sent) <= 2 or not (m.date or m.day or m.coarse))
                        )
                        # "U.S. and Soviet negotiators opened talks. X and Y met ...": the next sentence names them
                        or (m.countries < sides and abs(n.sent - m.sent) <= 1)
                    )
                    and _compatible(n, m)
                ),
                None,
            )
            if same is not None:
                _absorb(same, m)
                continue
        keep.append(m)
    return keep


def _to_stops(facts: ArticleFacts, out: list[_Cand], c: _Cand) -> bool:
    """Hand each host to the stop in their country: "visited A and B, where he met X and Y"."""
    stops = [m for m in out if m.visit and m.sent == c.sent]
    if c.visit or len(stops) < 2:
        return False
    moved = False
    for p in c.persons:
        stop = next((m for m in stops if m.location_country == facts.persons[p].country), None)
        if stop is not None:
            if p not in stop.persons:
                stop.persons.append(p)
            moved = True
    return moved


def _party_codes(facts: ArticleFacts, m: _Cand) -> set[str]:
    return m.countries | {c for p in m.persons if (c := facts.persons[p].country)}


_AND_PAIR = re.compile(r"\s*(?:and|-|–|/)\s*(?:the\s+)?$")


def _coordinated_pair(ctx: _Ctx, c: _Cand) -> set[str]:
    """Two countries told as a pair ("between Tehran and Washington", "Kyrgyz-Tajik") just before.

    "the two sides" most often takes up the last pair the text coordinated, in its own
    sentence or the one before, rather than whoever met last.
    """
    lo = ctx.sent_starts[max(0, c.sent - 1)]
    found = [cm for cm in ctx.countries_in(lo, c.sides_at) if cm.start >= ctx.dateline_end]
    for x, y in reversed(list(pairwise(found))):
        if x.code != y.code and _AND_PAIR.match(ctx.doc[x.end : y.start]):
            return {x.code, y.code}
    return set()


def _sides_in_focus(ctx: _Ctx, out: list[_Cand], c: _Cand) -> set[str]:
    """The countries "the two countries" stands for: the sides of the last encounter with that many.

    Countries named in the sentence before come first, when exactly that many are named
    there; failing an encounter, the article's most named countries before it,
    when exactly that many stand out.
    """
    starts = ctx.sent_starts
    pair = _coordinated_pair(ctx, c) if c.sides == 2 else set()
    if pair:
        return pair
    if c.sent > 0:  # "... the Kyrgyz-Tajik frontier. Border commissions of the two countries ..."
        named = {
            cm.code
            for cm in ctx.countries_in(starts[c.sent - 1], starts[c.sent])
            if cm.start >= ctx.dateline_end
        }
        if len(named) == c.sides:
            return named
        if c.sent > 1:  # "In Islamabad, Saudi Arabia's ambassador to Pakistan ... . Quoted by ...": two back
            named |= {
                cm.code
                for cm in ctx.countries_in(starts[c.sent - 2], starts[c.sent - 1])
                if cm.start >= ctx.dateline_end
            }
            if len(named) == c.sides:
                return named
    for m in reversed(out):
        codes = _party_codes(ctx.facts, m)
        if len(codes) == c.sides:
            return codes
    counts: dict[str, int] = {}
    for cm in ctx.countries:
        if cm.start >= c.start:
            break
        counts[cm.code] = counts.get(cm.code, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) < c.sides or ranked[c.sides - 1] < 2:
        return set()
    if len(ranked) > c.sides and ranked[c.sides] == ranked[c.sides - 1]:
        return set()  # a tie: the sides are not clear
    return {code for code, n in counts.items() if n >= ranked[c.sides - 1]}


def _visit_frame(facts: ArticleFacts, out: list[_Cand], m: _Cand) -> _Cand | None:
    """The visit in whose scope the encounter ``m`` is told.

    The visit is the last one told before ``m`` (or in its sentence) by one of its
    participants who is not of the host country (travelling home is no visit).
    """
    if not m.persons:
        return None
    frame: _Cand | None = None
    for v in out:
        if v is m or not v.visit or v.sent > m.sent or not v.location_country:
            continue
        # the visitors: the visit's participants who are not of the host country
        visitors = {p for p in v.persons if facts.persons[p].country != v.location_country}
        if visitors & set(m.persons):
            frame = v  # the latest visit of one of m's participants so far
    return frame


def _frame_summit(ctx: _Ctx, out: list[_Cand], m: _Cand) -> _Cand | None:
    """The summit a sideline encounter ``m`` was held at: the last one told up to its sentence."""
    starts = ctx.sent_starts
    end = starts[m.sent + 1] if m.sent + 1 < len(starts) else len(ctx.doc)
    if not _SIDELINE.search(ctx.doc, starts[m.sent], end):
        return None
    events = [
        e
        for e in out
        if e is not m and (_SUMMIT.fullmatch(e.trigger) or is_event(ctx, e)) and e.sent <= m.sent
    ]
    return events[-1] if events else None


def _merge(ctx: _Ctx, cands: list[_Cand], published: date | None) -> list[Meeting]:
    facts = ctx.facts
    out: list[_Cand] = []
    last: _Cand | None = None
    last_sent = -1
    framed: tuple[int, _Cand] | None = None  # sentence opened by "During the talks," and its meeting
    summit: _Cand | None = None  # the summit in focus: later "the summit" mentions add its attendees
    orphan: _Cand | None = None  # a first mention pointing back at nothing, naming no party yet
    for c in cands:
        if _to_stops(facts, out, c):
            continue
        if c.sides and len(c.countries) <= 1:  # (a host country told beside "the two sides" is a third)
            c.countries |= _sides_in_focus(ctx, out, c)
        if c.same_day:
            prev = next((m for m in reversed(out) if m.date), None)
            c.date = prev.date if prev else None
        focus = next((m for m in reversed(out) if m.persons), None) if c.offset is not None else None
        if focus is not None and c.anchor:  # "before the Ankara meeting": the encounter held there
            focus = next((m for m in out if m.persons and m.location == c.anchor), focus)
        if focus is not None and c.offset is not None and c.date is None:
            anchor = focus.date or (published if focus.today and not focus.coarse else None)
            if anchor is not None:  # "two days after the call": counted from the encounter in focus
                c.date, c.today = anchor + timedelta(days=c.offset), False
        if c.anaphoric and last is None and not out and c.sent > 0:
            _lede(
                ctx, c, published
            )  # "The phone call was ...": the encounter the lede told without a trigger
        target: _Cand | None = None
        told_later = _LATER.match(ctx.doc, c.start) is not None  # "Later, ...": after the encounter before
        if c.with_focus and last is not None and last.persons and not set(c.persons) <= set(last.persons):
            # "The two leaders later joined X by video call": another encounter, with the pair in focus
            c.persons = list(dict.fromkeys([*last.persons, *c.persons]))
            if c.date is None and not c.day and last.date is not None:
                c.date, c.today = last.date, False  # "later" that day: the day of the encounter in focus
            out.append(c)
            last = c
            continue
        if c.group and not c.persons:
            pair = _group_in_focus(facts, out, c.group)
            if pair is not None:
                c.persons = list(pair.persons)
        if c.pair and not c.persons and not (c.anaphoric and last is not None and c.sent - last.sent <= 6):
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
        elif (
            c.anaphoric
            and c.frame_event
            and c.sent == last_sent
            and not any(m.trigger.lower() == c.trigger.lower() for m in out)
        ):
            c.anaphoric = (
                False  # "held talks on the sidelines of the summit": the event itself, not the talks
            )
        elif c.attended and last is not None and c.sent - last.sent <= 10:
            target = last  # "The meeting was attended by X": X was at the meeting in focus
        elif (
            c.anaphoric and last is not None and c.sent - last.sent <= (12 if c.prior and last.persons else 6)
        ):
            # ("the two ministers last met ..." looks further back: the pair in focus is its subject)
            new_people = [p for p in c.persons if p not in last.persons]
            # a place told with "in/at" (not "roads around X", a topic) or a day counted on moves it elsewhere
            moved = (c.location is not None and _placed_at(ctx, c)) or (
                c.offset is not None and c.date is not None
            )
            # "... met today. The two delegations will hold their next session on Thursday": another day
            day_of_last = last.date or (published if last.today and not last.coarse else None)
            other_day = c.date is not None and day_of_last is not None and c.date != day_of_last
            # "Later, both ministers were received by the President at La Moneda": a new place, later on
            later = moved and told_later
            if (
                (moved and not _compatible(last, c))
                or c.prior
                or c.again
                or later
                or (other_day and (c.another or c.future))
            ):
                # "they last met in X in January": the same people, another place or day
                sides = {facts.persons[p].country for p in c.persons} - {None}
                # "the talks took place the next day with his counterpart X": X takes the place of her compatriots
                next_day = c.offset is not None and c.date is not None
                stay = (
                    [p for p in last.persons if facts.persons[p].country not in sides | {None}]
                    if sides and next_day
                    else []
                )
                if (
                    not c.persons
                    and not c.pair
                    and not [  # (the source of "X said the two delegations would ..." is not a party)
                        pi for _s, e, pi in ctx.persons_in(c.start, c.end) if not _SOURCE.match(ctx.doc, e)
                    ]
                    and _DELEGATIONS.search(ctx.doc, c.start, c.end)
                ):
                    # "the two delegations will hold their next session": the sides, not the people
                    c.countries |= _party_codes(facts, last)
                else:
                    c.persons = (
                        list(dict.fromkeys([*c.persons, *stay]))
                        if c.persons
                        else list(c.pair or last.persons)
                    )
                c.countries |= last.countries
                c.anaphoric = False
                out.append(c)
                if not c.prior and not c.future:
                    last = c  # "its latest session in Y": the encounter now in focus (not one still to come)
                continue
            if not new_people or set(c.persons) & set(last.persons) or c.sent - last.sent <= 3:
                target = last  # "X joined the talks", "X was present at the meeting"
        if (
            target is None
            and last is not None
            and c.sent == last_sent
            and not c.frame_event
            and set(c.persons) <= set(last.persons)
            and _compatible(last, c)
            # "last met in Tokyo in April and spoke by phone on June 29": two encounters
            and not (_call_and_place(last, c) and _placed_at(ctx, c if last.cameo == "041" else last))
            and not (c.separate and _SUMMIT.fullmatch(last.trigger) and not _SUMMIT.fullmatch(c.trigger))
        ):
            target = last  # one sentence, one encounter: its second trigger joins the first
        if (
            target is None
            and last is not None
            and last.again
            and c.sent == last.sent
            and _compatible(last, c)
        ):
            target = last  # "They met again ... at a breakfast meeting, joined by X"
        later_elsewhere = told_later and c.location is not None and _placed_at(ctx, c)
        if target is None and not c.prior and not later_elsewhere:
            for m in reversed(out):
                if c.frame_event and m.sent == c.sent:
                    continue  # "met X on the sidelines of the meeting": the meeting itself is another encounter
                if (
                    (
                        c.separate
                        or c.also
                        or (_SUMMIT.fullmatch(m.trigger) and not _SUMMIT.fullmatch(c.trigger))
                    )
                    and len(m.persons) > 2
                    and set(m.persons) > set(c.persons)
                    and not c.anaphoric
                ):
                    continue  # a (separate) bilateral beside a multilateral meeting or summit is its own encounter
                if c.separate and _SUMMIT.fullmatch(m.trigger) and not _SUMMIT.fullmatch(c.trigger):
                    continue  # "on the sidelines of the summit, X met Y": not the summit itself
                if _same_parties(m, c, facts) and _compatible(m, c) and not _call_and_place(m, c):
                    target = m  # (a call joins two places: talks held in a city are another encounter)
                    break
                if _talks_on_visit(m, c):
                    if m.cameo == "042":  # the talks' day, not the arrival's, dates the encounter
                        m.date, m.day, m.cameo, m.trigger = c.date, c.day, c.cameo, c.trigger
                    target = m
                    break
        if (
            target is None
            and framed is not None
            and framed[0] == c.sent
            and not c.separate
            and _compatible(framed[1], c)
        ):
            target = framed[1]  # "During the talks, X welcomed Y": the clause tells the talks
        if (
            target is None
            and last is not None
            and c.sent == last.sent
            and not c.persons
            and not c.frame_event
        ):
            target = last  # a second trigger word in the same sentence
        last_sent = c.sent
        if c.also_day and c.date is not None:
            # "X also on Monday met Y": X's encounter reported just before, undated, was that day
            prev = next((m for m in reversed(out) if set(m.persons) & set(c.persons[:1])), None)
            if prev is not None and prev is not target and prev.date is None and not prev.coarse:
                prev.date = c.date
        if target is not None:
            if c.frames:
                framed = (c.sent, target)
            _absorb(target, c)
            last = target
            continue
        if c.anaphoric and not c.persons and not c.countries:
            if last is None:
                orphan = c  # "The deal was reached at the meeting in X, where A's delegation ...": its place and day
            continue
        if orphan is not None and orphan.sent == c.sent:
            _absorb(c, orphan)
        orphan = None
        out.append(c)
        last = c
        if not c.anaphoric and _SUMMIT.fullmatch(c.trigger) and not c.coarse:
            summit = c
    out = _fold_unnamed(facts, out, ctx.doc)
    attend_events(ctx, out)
    meetings: list[Meeting] = []
    for m in out:
        codes = set(m.countries)
        for p in m.persons:
            pc = facts.persons[p].country
            if pc:
                codes.add(pc)
        own = {facts.persons[p].country for p in m.persons if facts.persons[p].country}
        known = all(facts.persons[p].country for p in m.persons)
        if (
            m.cameo == "042"
            and m.persons
            and m.location_country
            and m.location_country == facts.persons[m.persons[0]].country
        ):
            continue  # travelling home is no visit
        if m.cameo == "041" and not m.visit and "courtesy" not in m.trigger.lower():
            # a call joins two places, whatever place another trigger of its sentence named
            m.location = m.location_country = None
        if m.location and not m.venue:
            code = lookup_city(m.location)
            if code is not None and m.location_country not in (None, code):
                m.location_country = code  # a known city lies in its own country, whatever else was named
        if m.separate and not _SUMMIT.fullmatch(m.trigger):
            event = _frame_summit(ctx, out, m)
            if event is not None:  # "on the sidelines of the summit": the summit's day and place
                # (a summit's one day; another multilateral event may run for days: its place only)
                if (
                    m.date is None
                    and not m.day
                    and event.date is not None
                    and _SUMMIT.fullmatch(event.trigger)
                ):
                    m.date, m.today = event.date, False
                if (
                    m.location is None
                    and event.location
                    and m.location_country in (None, event.location_country)
                ):
                    m.location, m.location_country = event.location, event.location_country
        if m.location is None:
            frame = sideline_city(ctx, m.sent)
            # (a country guessed with no city told yields to the event's city)
            if frame is not None:
                m.location, m.location_country = frame  # a sideline meeting is where its frame event is
        visit = _visit_frame(facts, out, m) if m.cameo != "041" else None
        if (
            visit is not None
            and m.location_country is None
            and (visit.location_country in codes or m.also or not known)
        ):
            # "X held talks with Y" during X's visit to Y's country; "X also met Z" on that visit
            m.location_country = visit.location_country
        if (
            visit is not None
            and m.also
            and m.date is None
            and not (m.day or m.coarse)
            and visit.date is not None
            and m.sent - visit.sent <= 4
        ):
            m.date, m.today = visit.date, False  # "He also met Z": on the visit's day
        dl = ctx.dateline_city
        if m.location_country is None and m.cameo != "041" and dl is not None and dl.code in codes:
            # a datelined story's encounter with no place told is in the dateline's country
            # when that country is one of its sides (its city stays untold: not "here")
            m.location_country = dl.code
        if m.unnamed_host and len(codes) == 1:
            # the office-holder left unnamed is of the country the encounter is in: its place,
            # the visit it is part of, or the dateline's
            host = m.location_country or (visit.location_country if visit is not None else None)
            host = host or (dl.code if dl is not None else None)
            if host is not None and host not in codes:
                codes.add(host)
                m.location_country = m.location_country or host
        if len(codes) < 2 and len(m.persons) >= 2:
            titled = {code for p in m.persons if (code := _title_country(facts, p))}
            if len(titled) >= 2:  # "Prime Minister of A" and "Prime Minister of B": two sides
                codes |= titled
        if len(codes) == 1 and m.location_country and m.location_country not in codes:
            codes.add(m.location_country)  # one side went to the other's country
        if (
            len(m.persons) + len(codes - own) < 2
            and len(codes) < 2
            and not (len(m.persons) >= 2 and not known)
        ):
            continue
        if (
            len(codes) < 2
            and m.persons
            and known
            and len(m.persons) >= 2
            and not _TWO_SIDES.search(ctx.doc, m.start, m.end)
        ):
            continue  # an encounter inside one side (unless told as between counterparts or with a visitor)
        if len(codes) < 2 and m.trigger.lower().startswith("brief"):
            continue  # "was briefed by" one's own officials, with no foreign party
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
