"""Quotation marks paired into spans: the first pass of statement finding.

Pairs quotation marks paragraph by paragraph (curly and straight, double and single,
nested, carried over a paragraph break, closing-only) and knows nothing about people.
Split out of ``quotes`` because it is a self-contained scanner over characters;
``quotes.find_statements`` turns its spans into statements with speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.extract.lexicon import CUE_VERBS
from archive.extract.text import paragraph_spans

__all__ = ["QuoteSpan", "is_label", "quote_spans", "quote_text"]

# ---------------------------------------------------------------------------
# Quotation marks
# ---------------------------------------------------------------------------

_DOUBLE = '"“”„«»'
_SINGLE = "'‘’‚"
_MARKS = re.compile(r"[\"“”„«»'‘’‚]")
# characters after which a mark opens a quotation (besides whitespace)
_OPEN_BEFORE = set("([{—–-/:") | set(_DOUBLE) | set(_SINGLE)
# characters before which a mark closes a quotation (besides whitespace)
_CLOSE_AFTER = set(".,;:!?)]}—–-…/") | set(_DOUBLE) | set(_SINGLE)


@dataclass(slots=True)
class QuoteSpan:
    """A pair of quotation marks (or a run of them over paragraph breaks)."""

    start: int  # the opening mark (or where an unbalanced quote begins)
    end: int  # just past the closing mark
    parts: list[tuple[int, int]]  # the quoted text, one span per paragraph
    family: str  # "d" double, "s" single
    parent: int | None = None  # index of the enclosing QuoteSpan
    unbalanced: bool = False  # closing mark without an opening one
    children: list[int] = field(default_factory=list)


def quote_text(doc: str, q: QuoteSpan) -> str:
    """The quoted words without the outer marks; paragraphs joined by one space."""
    return " ".join(doc[a:b].strip() for a, b in q.parts if doc[a:b].strip())


def _classify(doc: str, i: int, pa: int, pb: int) -> tuple[str, str] | None:
    """(family, role) of the mark at ``i``; role is open/close/either; None = apostrophe."""
    ch = doc[i]
    prev = doc[i - 1] if i > pa else " "
    nxt = doc[i + 1] if i + 1 < pb else " "
    left = prev.isspace() or prev in _OPEN_BEFORE
    right = nxt.isspace() or nxt in _CLOSE_AFTER
    if ch in _DOUBLE:
        if ch in "“„«":
            return "d", "open"
        if ch in "”»":
            return "d", "close"
        if left and not right:
            return "d", "open"
        if right and not left:
            return "d", "close"
        return "d", "either"
    # single marks double as apostrophes: don't, Pakistan’s, the '90s, countries' ties
    if prev.isalnum() and nxt.isalnum():
        return None
    if ch in "‘‚":
        if nxt.isdigit():
            return None
        return "s", "open"
    if left and not right:
        if nxt.isdigit() or ch == "’":  # ’90s; ’ does not open a quotation
            return None
        return "s", "open"
    if right and not left:
        return "s", "close"  # may still be a plural possessive: dropped if nothing is open
    return None


def quote_spans(doc: str, start: int = 0) -> list[QuoteSpan]:
    """Pair the quotation marks of ``doc`` from offset ``start`` on."""
    spans: list[QuoteSpan] = []
    paras = [(a, b) for a, b in paragraph_spans(doc) if b > start]
    carry: list[tuple[int, str, int]] | None = None  # open double quote left at paragraph end
    carry_parts: list[tuple[int, int]] = []
    for pa, pb in paras:
        pa = max(pa, start)
        # stack entries: (mark offset, family, text start)
        stack: list[tuple[int, str, int]] = []
        parts_before: list[tuple[int, int]] = []
        marks = [m.start() for m in _MARKS.finditer(doc, pa, pb)]
        first = True
        for i in marks:
            cls = _classify(doc, i, pa, pb)
            if cls is None:
                continue
            fam, role = cls
            if carry is not None and first and fam == "d" and role != "close" and i == pa:
                # the quotation continues: keep its opening mark, drop the reopening one
                stack = list(carry)
                parts_before = carry_parts
                stack[0] = (stack[0][0], "d", i + 1)
                first = False
                continue
            first = False
            open_same = [k for k, e in enumerate(stack) if e[1] == fam]
            if role == "open" or (role == "either" and not open_same):
                stack.append((i, fam, i + 1))
                continue
            if not open_same:
                if fam == "d":
                    spans.append(_unbalanced(doc, pa, i))
                continue
            k = open_same[-1]
            o, _, ts = stack[k]
            del stack[k:]
            if k == 0 and parts_before:
                parts = [*parts_before, (ts, i)]
                parts_before = []
            else:
                parts = [(ts, i)]
            spans.append(QuoteSpan(o, i + 1, parts, fam))
        carry, carry_parts = None, []
        if stack and stack[0][1] == "d":
            nxt_para = _next_para(paras, pb)
            if nxt_para is not None and doc[nxt_para] in '"“„«':
                carry = [stack[0]]
                carry_parts = [*parts_before, (stack[0][2], pb)]
            elif parts_before or stack[0][0] == pa:
                # a whole-paragraph quotation whose closing mark is missing
                o, _, ts = stack[0]
                spans.append(QuoteSpan(o, pb, [*parts_before, (ts, pb)], "d"))
    spans.sort(key=lambda q: (q.start, -q.end))
    _nest(spans)
    return spans


def _next_para(paras: list[tuple[int, int]], pb: int) -> int | None:
    for a, _ in paras:
        if a > pb:
            return a
    return None


_SPEECH_VERB_PUNCT = re.compile(rf"\b(?:{CUE_VERBS})\b[^,:.;\"“”]{{0,40}}[,:]")


def _unbalanced(doc: str, pa: int, close: int) -> QuoteSpan:
    """A closing mark with no opening one: the quotation starts after its attribution."""
    head = doc[pa:close]
    best = None
    for m in _SPEECH_VERB_PUNCT.finditer(head):
        best = m
    begin = pa + best.end() if best else pa
    while begin < close and doc[begin].isspace():
        begin += 1
    return QuoteSpan(begin, close + 1, [(begin, close)], "d", unbalanced=True)


def _nest(spans: list[QuoteSpan]) -> None:
    """Link each span to the innermost span that encloses it (spans sorted by start)."""
    open_: list[int] = []
    for k, q in enumerate(spans):
        while open_ and spans[open_[-1]].end <= q.start:
            open_.pop()
        if open_:
            q.parent = open_[-1]
            spans[open_[-1]].children.append(k)
        open_.append(k)


# ---------------------------------------------------------------------------
# Labels: quotation marks around a name or a word as a word
# ---------------------------------------------------------------------------

_LABEL_BEFORE = re.compile(
    r"\b(?:the\s+(?:word|words|term|phrase|expression|slogan|label|name|title|headline|motto|"
    r"hashtag)|so-called|dubbed|known\s+as|nicknamed|entitled|titled|"
    r"(?:perceptions?|images?|notions?|ideas?|stereotypes?|myths?)\s+of(?:\s+(?:a|an|the))?)\s*$",
    re.I,
)
_MEDIA_BEFORE = re.compile(
    r"\b(?:cover|headline|banner|poster|caption|billboard|placard|sign)s?\b[^.]{0,40}$", re.I
)
_TITLE_WORD = re.compile(r"^(?:[A-Z0-9][\w’'.-]*|of|the|and|for|on|in|a|an|to|de|la)$")
_NAME_BEFORE = re.compile(r"\b[A-Z][^\W\d_]+\s$")
_NAME_AFTER = re.compile(r"\s[A-Z][^\W\d_]+")
_DIGIT_SYMBOL = re.compile(r"\d|[+&/=]")


def is_label(doc: str, q: QuoteSpan, text: str, para: tuple[int, int]) -> bool:
    """Quotation marks around a name or a word as a word, not around anyone's words."""
    before = doc[max(para[0], q.start - 60) : q.start]
    if _LABEL_BEFORE.search(before) or _MEDIA_BEFORE.search(before):
        return True
    words = text.rstrip(".,!?").split()
    if len(words) == 1 and _NAME_BEFORE.search(before) and _NAME_AFTER.match(doc, q.end):
        return True  # a nickname inside a name: Maria "Mia" Lopez
    if len(words) <= 2 and _DIGIT_SYMBOL.search(text) and text[-1:] not in ".,!?":
        return True  # a short label such as "2+2" or "G-7"
    whole_para = q.start <= para[0] and q.end >= para[1]
    if not whole_para and 0 < len(words) <= 6 and all(_TITLE_WORD.match(w) for w in words):
        after = doc[q.end : q.end + 40]
        # a capitalised phrase used as a name, unless an attribution follows it
        if not re.match(r"\s*[,—–-]*\s*(?:\w+\s+){0,3}?(?:said|says|added|told)\b", after):
            return any(w[0].isupper() for w in words) and len(words) >= 2
    return False
