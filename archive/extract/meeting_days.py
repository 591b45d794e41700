"""Which day of a sentence belongs to which encounter trigger, and days carried from the sentence before."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from archive.extract import dates
from archive.extract.meeting_parties import _GROUP_ROLE

if TYPE_CHECKING:
    from archive.extract.meetings import _Ctx

_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")
# A clause break after which a day is no longer the trigger's (shared with the participant rules).
_BREAK = re.compile(
    r",?\s+(?:a\s+day\s+|shortly\s+|soon\s+|days\s+|weeks\s+)?(?:after|before|when|while|because"
    r"|although|though|but|which|who|whom|whose|since|until)\b(?!\s+(?:meeting|talks|his|her"
    r"|their|the\s+(?:meeting|talks)))",
    re.I,
)


_SAID_DAY = re.compile(r",\s+(?:[\w-]+\s+){0,3}?(?:said|says|told\s+\w+|announced)\s+(?:here\s+)?(?:on\s+)?$")


def _quote_spans(text: str, base: int) -> list[tuple[int, int]]:
    return [(m.start() + base, m.end() + base) for m in _QUOTE.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_COORD_GAP = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?(?:will|would|is\s+to|then|later)\b")
_SPAN_START = re.compile(r"\b(?:from|by|until|till|within|starting)\s+$", re.I)
_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which)\b")


def _nearer_other(
    text: str, base: int, a: int, b: int, d: dates.DateMention, trigs: list[tuple[int, int]]
) -> bool:
    """Whether another trigger of the sentence stands nearer to the day ``d`` than text[a:b]."""
    ds, de = d.start - base, d.end - base

    def gap(ta: int, tb: int) -> int:
        return ds - tb if ds >= tb else ta - de if de <= ta else 0

    return any((ta, tb) != (a, b) and gap(ta, tb) < gap(a, b) for ta, tb in trigs)


def _aside_before(text: str, ds: int, a: int) -> bool:
    """Whether offset ``ds`` lies in a ", who ...," aside that closes before the trigger at ``a``."""
    if ds >= a:
        return False
    comma = text.rfind(",", 0, ds)
    if comma < 0 or not _RELATIVE.match(text, comma):
        return False
    close = text.find(",", ds)
    return 0 <= close < a


def _own_day(
    text: str, base: int, a: int, b: int, d: dates.DateMention, trigs: list[tuple[int, int]]
) -> bool:
    """Whether the day ``d`` of the sentence belongs to the trigger at text[a:b].

    It does when no other trigger and no clause break ("who ...", "after ...") lies between
    them, and no other trigger (a rejected one included) stands nearer to it.
    """
    ds, de = d.start - base, d.end - base
    lo, hi = (b, ds) if ds >= b else (de, a)
    if any(lo <= t < hi for t, _e in trigs):
        return False

    def gap(ta: int, tb: int) -> int:
        return ds - tb if ds >= tb else ta - de

    if any((ta, tb) != (a, b) and 0 <= gap(ta, tb) < gap(a, b) for ta, tb in trigs):
        return False  # "hold their next session here on Thursday, and the negotiating groups"
    comma = text.rfind(",", 0, d.start - base)
    if comma >= 0 and _RELATIVE.match(text, comma):
        return False  # "X, who arrived on Monday, held a meeting": the aside's own day
    return _BREAK.search(text, lo, hi) is None and ";" not in text[lo:hi]


def _carried_day(
    ctx: _Ctx, si: int, persons: list[int], published: date | None, need_person: bool = True
) -> date | None:
    """The one day the sentence before names, when this undated sentence continues its event.

    It continues the event when the sentence before tells an encounter and names one of
    this one's persons (unless ``need_person`` is off: the lede of a story, "A and B yesterday
    agreed ... The deal was reached at the meeting"); several days there, or a coarse one,
    make it ambiguous.
    """
    start, end = ctx.sent_starts[si - 1], ctx.sent_starts[si]
    named = {pi for _s, _e, pi in ctx.persons_in(start, end)}
    if need_person and (not persons or not named & set(persons)) and not group_before(ctx, si, persons):
        return None
    text = ctx.doc[start:end]
    past, fut = ctx.sentence_dates(si - 1, text, start, published)
    quotes = _quote_spans(text, start)
    found = [
        d
        for d in (fut if dates.is_future(text) else past)
        if d.start >= ctx.dateline_end
        and not d.since
        and not _inside(d.start, quotes)
        # "..., officials said here today": the report's day, not the event's
        and not _SAID_DAY.search(ctx.doc, max(start, d.start - 30), d.start)
    ]
    days = {d.date for d in found}
    if len(days) != 1 or None in days:
        return None
    return days.pop()


def group_before(ctx: _Ctx, si: int, persons: list[int]) -> bool:
    """Whether the sentence before tells ``persons`` as a group: "The presidents of A and B agreed ...".

    The persons must come from two or more countries, all named in that sentence beside
    a plural office ("ministers", "presidents", "leaders").
    """
    if si == 0:
        return False
    codes = {ctx.facts.persons[p].country for p in persons} - {None}
    if len(codes) < 2:
        return False
    start, end = ctx.sent_starts[si - 1], ctx.sent_starts[si]
    named = {c.code for c in ctx.countries_in(start, end)}
    return codes <= named and _GROUP_ROLE.search(ctx.doc, start, end) is not None
