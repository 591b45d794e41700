"""Shared text helpers: paragraphs and sentences as spans of the document, spans inside spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from archive.extract.lexicon import NON_FINAL_ABBREVS

_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")
_PARA = re.compile(r"\n\s*\n")

T = TypeVar("T")

# The day in a dateline: "Sept. 5", "14 November", "9th July, 2014", "Thursday".
_DATELINE_DAY = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:,?\s+\d{4})?"
)
# The dateline opening a wire story, one definition for every stage:
# "CITY, Sept. 5 (Agency) -", "CITY, Country (Agency) —", "TOKYO, March 3 Kyodo -",
# "ASTANA. September 14. AGENCY -", "Tehran, Jan 13, IRNA --", "Harare (AFP) -",
# and a press release's "Santiago, 24 February 2021. Foreign Minister ...".
DATELINE = re.compile(
    r"[A-Z][A-Z .'’/-]+(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=\s*[,(—–-]))?"
    rf"(?:,\s*{_DATELINE_DAY}(?:\s+[A-Z][a-z]+(?=\s*[-—–]))?|,\s*[A-Za-z]+\.?\s+\d{{1,2}})?"
    r"(?:\.\s+[A-Z][a-z]+\.?\s+\d{1,2}\.(?:\s+[A-Z][A-Z]+)?)?"
    r"(?:\s*\([\w ]+\))?\.?\s*(?:-+|—|–|:)\s*"
    rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+{_DATELINE_DAY}"
    r"(?:,\s*[A-Z][A-Za-z]+)?(?:\s*\([\w ]+\))?(?:\s*(?:-+|—|–)\s*|\.\s+(?=[A-Z]))"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\([A-Z][\w ]*\)\s*(?:-+|—|–)\s*"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph it belongs to (0 = the headline when present)


def paragraph_spans(doc: str) -> list[tuple[int, int]]:
    """Spans of the blank-line separated paragraphs, stripped of outer whitespace."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(doc):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(doc)))
    out = []
    for a, b in spans:
        while a < b and doc[a].isspace():
            a += 1
        while b > a and doc[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _ends_sentence(doc: str, end_of_punct: int, dot_pos: int) -> bool:
    if doc[dot_pos] != ".":
        return True
    m = re.search(r"([A-Za-z.]+)$", doc[max(0, dot_pos - 12) : dot_pos])
    word = m.group(1).lower() if m else ""
    if word.rstrip(".") in NON_FINAL_ABBREVS or word in NON_FINAL_ABBREVS:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return False
    nxt = doc[end_of_punct:].lstrip()
    # the next sentence starts with a capital, a digit or an opening quote
    return not nxt or nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"“‘'("


def sentence_spans(doc: str) -> list[Sentence]:
    """Split the document into sentences; never across a paragraph break."""
    out: list[Sentence] = []
    for pi, (pa, pb) in enumerate(paragraph_spans(doc)):
        start = pa
        for m in _SENT_END.finditer(doc, pa, pb):
            dot = m.start() + len(m.group(0).rstrip("\"'”’)]")) - 1
            if _ends_sentence(doc, m.end(), dot):
                out.append(Sentence(start, m.end(), pi))
                start = m.end()
                while start < pb and doc[start].isspace():
                    start += 1
        if start < pb:
            out.append(Sentence(start, pb, pi))
    return out


class SentenceIndex:
    """Find the sentence containing an offset in O(log n)."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def index_at(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def at(self, offset: int) -> Sentence:
        return self.sentences[self.index_at(offset)]


def spans_within(items: Sequence[T], starts: Sequence[int], ends: Sequence[int], a: int, b: int) -> list[T]:
    """The items (sorted by start; ``starts``/``ends`` their offsets) lying inside [a, b)."""
    i = bisect_left(starts, a)
    out = []
    while i < len(items) and starts[i] < b:
        if ends[i] <= b:
            out.append(items[i])
        i += 1
    return out
