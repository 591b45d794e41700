"""Resolve date expressions in news text against the publication date.

News reports date events relative to the day they are published ("on Monday",
"yesterday") or with a month and day that omits the year. The archive stores
calendar dates, so these are resolved here; coarse references ("last week",
"in December") are recognised but give ``None`` on purpose, because guessing a
day would put a wrong fact in the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from archive.extract.lexicon import MONTHS, WEEKDAYS

__all__ = ["DateMention", "anchored_offset", "find_dates", "is_future", "resolve"]

_WEEKDAYS = tuple(d.lower() for d in WEEKDAYS)  # index = date.weekday()
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_RE = (
    "(?P<{n}>"
    + "|".join(MONTHS)
    + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WD = "(?P<wd>" + "|".join(WEEKDAYS) + ")"

# Order matters: the alternation tries longer, more specific forms first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    (
        "mdy",
        re.compile(
            r"\b" + _MONTH_RE.format(n="mon") + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
            r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
        ),
    ),
    (
        "dmy",
        re.compile(
            r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE.format(n="mon") + r"\b"
            r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(?:earlier|later)\s+today\b|\btoday\b|\btonight\b"
            r"|\bthis\s+(?:morning|afternoon|evening)\b",
            re.I,
        ),
    ),
    ("yesterday", re.compile(r"\byesterday\b|\blast\s+night\b", re.I)),
    ("tomorrow", re.compile(r"\btomorrow\b", re.I)),
    ("days_ago", re.compile(r"\b(?P<n>two|three|2|3)\s+days\s+ago\b", re.I)),
    # "two weeks ago" in a wire story counts whole weeks back from the story's day
    ("weeks_ago", re.compile(r"\b(?P<n>a|one|two|three|1|2|3)\s+weeks?\s+ago\b", re.I)),
    (
        "same_day",
        re.compile(
            r"\b(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening)\b"
            r"|\b(?:earlier|later)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|evening)\b"
            r"|\blater\s+that\s+night\b|\bthat\s+(?:same\s+)?(?:evening|afternoon|morning|night)\b",
            re.I,
        ),
    ),
    ("weekday", re.compile(r"\b(?:(?P<rel>last|next|this|on)\s+)?" + _WD + r"\b", re.I)),
    (
        "coarse",
        re.compile(
            r"\b(?:last|next|this|past|coming|earlier\s+this|later\s+this|late\s+last"
            r"|early\s+next)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b"
            r"|\b(?:in|since|during|until|by)\s+" + _MONTH_RE.format(n="mon") + r"(?!\s+\d)\b"
            r"|\brecently\b|\b(?:earlier|later)\s+in\s+the\s+(?:week|month|year)\b"
            r"|\b(?:last|this|next)\s+" + _MONTH_RE.format(n="mon2") + r"\b"
            r"|\b(?:a|one|two|three|several|a\s+few)\s+(?:weeks?|months?|years?)\s+ago\b"
            r"|\b(?:in|since|during|by)\s+(?:19|20)\d\d\b",
            re.I,
        ),
    ),
]

_DAYS_AGO = {"a": 1, "one": 1, "1": 1, "two": 2, "three": 3, "2": 2, "3": 3}
# Words that make a clause forward-looking, so a weekday means the next one.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|'ll|due\s+(?:in|here|at|on|to)|is\s+(?:set|scheduled|expected|slated)"
    r"|are\s+(?:set|scheduled|expected|slated)|scheduled|expects?|plans?\s+to|planning\s+to"
    r"|is\s+to|are\s+to|going\s+to|next|upcoming|starts?|begins?|to\s+(?:visit|meet|hold|travel)"
    # news tells a schedule in the present: "he travels to X on Friday"
    r"|travels|flies|heads|departs)\b",
    re.I,
)


_SINCE = re.compile(r"\b(?:since|until|till)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text; ``date`` is None when coarse or unresolvable."""

    start: int
    end: int
    kind: str  # iso | mdy | dmy | today | yesterday | tomorrow | days_ago | weeks_ago | same_day | weekday | coarse
    date: date | None
    since: bool = False  # "since March 3": the start of a period, not the day of an event

    @property
    def coarse(self) -> bool:
        return self.kind == "coarse"


# "the first leader to visit": an infinitive after an ordinal or "only" tells what was done.
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|last|latest|only)\b[\w\s'’-]{0,40}$", re.I)


def is_future(text: str) -> bool:
    """Whether a clause reads as scheduled/forward-looking (affects weekday resolution)."""
    for m in _FUTURE.finditer(text):
        if m.group(0).lower().startswith("to ") and _ORDINAL_BEFORE.search(text, 0, m.start()):
            continue
        return True
    return False


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_day(m: re.Match[str], published: date | None, future: bool) -> date | None:
    mon = _MONTHS[m.group("mon").rstrip(".").lower()]
    day = int(m.group("d"))
    if m.group("y"):
        return _safe_date(int(m.group("y")), mon, day)
    if published is None:
        return None
    d = _safe_date(published.year, mon, day)
    if d is None:
        return None
    # A year-less date far on the wrong side of publication belongs to the adjacent year.
    if not future and (d - published).days > 31:
        d = _safe_date(published.year - 1, mon, day)
    elif future and (published - d).days > 31:
        d = _safe_date(published.year + 1, mon, day)
    return d


def _weekday(m: re.Match[str], published: date | None, future: bool) -> date | None:
    if published is None:
        return None
    target = _WEEKDAYS.index(m.group("wd").lower())
    rel = (m.group("rel") or "").lower()
    back = (published.weekday() - target) % 7
    if rel == "last":
        return published - timedelta(days=back or 7)
    if rel == "next":
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    if future:
        return published + timedelta(days=(target - published.weekday()) % 7)
    return published - timedelta(days=back)


def find_dates(
    text: str, published: date | None, future: bool | None = None, offset: int = 0
) -> list[DateMention]:
    """All date expressions in ``text``, in order, resolved against ``published``.

    ``future`` forces the tense used for weekdays; by default it is read from ``text``.
    Offsets are shifted by ``offset`` so callers can pass a slice of a document.
    """
    if future is None:
        future = is_future(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            a, b = m.span()
            if any(a < tb and ta < b for ta, tb in taken):
                continue
            d: date | None = None
            if kind == "iso":
                d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            elif kind in ("mdy", "dmy"):
                d = _month_day(m, published, future)
            elif published is not None:
                if kind == "today":
                    d = published
                elif kind == "yesterday":
                    d = published - timedelta(days=1)
                elif kind == "tomorrow":
                    d = published + timedelta(days=1)
                elif kind == "days_ago":
                    d = published - timedelta(days=_DAYS_AGO[m.group("n").lower()])
                elif kind == "weeks_ago":
                    d = published - timedelta(weeks=_DAYS_AGO[m.group("n").lower()])
                elif kind == "weekday":
                    d = _weekday(m, published, future)
            taken.append((a, b))
            since = bool(_SINCE.search(text, max(0, a - 8), a)) or m.group(0).lower().startswith("since")
            found.append(DateMention(a + offset, b + offset, kind, d, since))
    found.sort(key=lambda x: x.start)
    return found


def resolve(text: str, published: date | None, future: bool | None = None) -> date | None:
    """The date of the first specific date expression in ``text`` (None if coarse or absent)."""
    for dm in find_dates(text, published, future):
        if dm.kind == "same_day":
            continue
        return dm.date
    return None


_NUMBERS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SPAN = (
    r"(?P<n>a|one|the|two|three|four|five|six|seven|\d{1,2})\s+(?P<u>days?|weeks?)\s+(?P<d>after|before)\s+"
)
_ANCHOR_NOUN = r"(?:the|that|this|their|his|her)\s+(?:(?P<q>[\w-]+)\s+)?(?:call|conversation|meeting|talks|visit|summit|ceremony)\b"
# "The call came two days after <the event>": the event lies that far before the anchor.
_SPAN_BEFORE = re.compile(r"\b" + _ANCHOR_NOUN + r"[^,;.]{0,30}?\b" + _SPAN + r"(?:[\w.'’-]+\s+){0,6}$", re.I)
# "<the event> two days after the call": the event lies that far after the anchor.
_SPAN_AFTER = re.compile(r"^[^,;.]{0,80}?\b" + _SPAN + _ANCHOR_NOUN, re.I)
# "Two days before the meeting, X met Y": a fronted span counted from the encounter it names.
_SPAN_FRONT = re.compile(r"^\W*" + _SPAN + _ANCHOR_NOUN + r"[^.;]{0,140}$", re.I)
# "The following day, X received Y": the day after the encounter in focus.
_NEXT = re.compile(
    r"^\W*(?:the\s+(?:following|next)\s+day|(?P<n>a|one|two|three|\d)\s+days?\s+later)(?:\s*,[^.;]{0,80}|\s[^.;,]{0,160})$",
    re.I,
)

# "The talks took place the following day at Z": the same count, told after the trigger.
_NEXT_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:the\s+(?:following|next)\s+day|(?P<n>a|one|two|three|\d)\s+days?\s+later)\b", re.I
)


def anchor_word(before: str) -> str:
    """The word qualifying a fronted anchor ("the Ankara meeting" gives "Ankara"), else ""."""
    m = _SPAN_FRONT.match(before)
    return (m.group("q") or "") if m else ""


def next_day_offset(before: str, after: str) -> int | None:
    """Days after the encounter in focus told as "the following day", "two days later", else None."""
    nxt = _NEXT.match(before) or _NEXT_AFTER.match(after)
    if nxt is None:
        return None
    k = nxt.group("n")
    return 1 if k is None else int(k) if k.isdigit() else _NUMBERS[k.lower()]


def anchored_offset(before: str, after: str) -> int | None:
    """Days from an encounter named nearby to the event between ``before`` and ``after``.

    "The call came two days after X met Y" gives -2 for the meeting; "X met Y a week
    before the summit" gives -7. ``None`` when no span ties the event to another encounter.
    """
    nxt = next_day_offset(before, after)
    if nxt is not None:
        return nxt
    m = _SPAN_BEFORE.search(before)
    sign = -1
    if m is None:
        m = _SPAN_FRONT.match(before) or _SPAN_AFTER.match(after)
        sign = 1
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS[m.group("n").lower()]
    days = n * (7 if m.group("u").lower().startswith("week") else 1)
    return sign * days * (1 if m.group("d").lower() == "after" else -1)
