"""Who attended a multilateral event: the people a report places at it, wherever it does so.

A summit or ministerial meeting is told once ("Foreign ministers of the bloc gathered
in X on Monday") and its participants sentence by sentence afterwards: who chaired it,
who addressed it, who told the session something, who spoke at it. Those people are
the event's participants even though no sentence lists them together, so this pass
reads the attendance phrases of the whole article and adds each person to the
multilateral event told last before the phrase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from archive.extract.meetings import _Cand, _Ctx

_EVENT_NOUN = (
    r"(?:session|meeting|summit|conference|gathering|forum|plenary|assembly|ministerial|talks|council)"
)
# The sentence of a multilateral event: a gathering of a bloc's office-holders, or an event noun.
_MULTILATERAL = re.compile(
    r"\b(?:summit|conference|ministerial|forum|plenary|assembly|gathered|convened)\b"
    r"|\b(?:ministers|leaders|heads\s+of\s+(?:state|government)|envoys|delegates)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,2}?(?:[A-Z][\w-]*|\d+)",
)
# The person named right before: "X told the opening session", "X, speaking at the meeting, ..."
_AFTER_PERSON = re.compile(
    r"(?:[’']s?)?\s*,?\s*(?:(?:who|which)\s+)?(?:also\s+)?(?:"
    r"(?:told|addressed|opened|closed|chaired|co-chaired|presided\s+over|attended)\s+the\s+(?:[\w-]+\s+){0,2}?"
    + _EVENT_NOUN
    + r"|speaking\s+(?:at|to|during|before)\s+the\s+(?:[\w-]+\s+){0,2}?"
    + _EVENT_NOUN
    + r"|used\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:speech|address|remarks|intervention)"
    r"|said\s+(?:at|in|during)\s+the\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUN + r")\b",
    re.I,
)
# The person named right after: "chaired by Foreign Minister X", "under the chairmanship of X"
_BEFORE_PERSON = re.compile(
    r"\b(?:(?:chaired|co-chaired|presided\s+over|addressed|opened)\s+by|under\s+the\s+chairmanship\s+of)"
    r"\s+(?:[\w.'’-]+\s+){0,4}?$",
    re.I,
)
# "A and his Russian counterpart, B": the next person of a coordinated list
_AND_NEXT = re.compile(r"\s*,?\s+and\s+(?:[\w'’-]+\s+){0,4}?(?:[\w'’-]+,\s+)?|\s*,\s*")
_WINDOW = 12  # sentences over which an event stays the one attendance phrases refer to


def is_event(ctx: _Ctx, m: _Cand) -> bool:
    """Whether ``m`` is told as a multilateral event (a bloc's gathering, a summit, a conference)."""
    starts = ctx.sent_starts
    end = starts[m.sent + 1] if m.sent + 1 < len(starts) else len(ctx.doc)
    return _MULTILATERAL.search(ctx.doc, starts[m.sent], end) is not None and m.cameo != "041"


def attend_events(ctx: _Ctx, out: list[_Cand]) -> None:
    """Add to each multilateral event in ``out`` the persons later phrases place at it."""
    events = [m for m in out if is_event(ctx, m)]
    if not events:
        return
    doc, starts = ctx.doc, ctx.sent_starts
    for si in range(events[0].sent, len(starts)):
        open_events = [e for e in events if e.sent <= si <= e.sent + _WINDOW]
        if not open_events:
            continue
        event = open_events[-1]
        lo = starts[si]
        hi = starts[si + 1] if si + 1 < len(starts) else len(doc)
        last_end = -1  # end of the person just placed at the event by a phrase before them
        for s, e, pi in ctx.persons_in(lo, hi):
            before = doc[max(lo, s - 80) : s]
            placed = _BEFORE_PERSON.search(before) is not None
            if placed or (last_end >= 0 and _AND_NEXT.fullmatch(doc, last_end, s)):
                last_end = e  # "addressed by A and his B counterpart, C": C too
            elif not _AFTER_PERSON.match(doc, e, hi):
                last_end = -1
                continue
            if pi not in event.persons:
                event.persons.append(pi)
