"""Clause shapes around a quotation that decide whose words it is.

Kept apart from ``quotes`` (cue finding and resolution): each helper reads one
clause shape and returns offsets, so ``quotes`` stays the only place that builds
speakers.
"""

from __future__ import annotations

import re

# '"...," but officials said no date was set': a new clause with its own object, not a cue.
_NEW_CLAUSE = re.compile(r"[\s,]*(?:but|and|while|whereas|although|though|as)\s")

# "X said in a (separate) statement (issued ...) that ...": what follows is X's statement.
_ISSUER = re.compile(
    r"\b(?:said|announced|added|stated)\s+(?:in|on)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|readout|communiqu[eé]|press\s+release)\b[^\"“”.;]{0,80}?\bthat\s"
)

# "An Ethiopian diplomat, who asked not to be named ..., said": the phrase before the comma.
_INDEF_HEAD = re.compile(r"\s*(?:An?|One)\s+[^,\"“”]{2,60}?(?=\s*,\s*(?:who|speaking|requesting|asking)\b)")


def new_clause_after(doc: str, end: int) -> bool:
    """The words after a closing quotation mark open a new coordinated clause."""
    return _NEW_CLAUSE.match(doc, end) is not None


def issuer_verb(doc: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the verb in "X said in a statement that ..." between ``lo`` and ``hi``."""
    m = _ISSUER.search(doc, lo, hi)
    if m is None:
        return None
    verb = re.match(r"\w+", m.group(0))
    assert verb is not None
    return m.start(), m.start() + verb.end()


def indefinite_head_end(doc: str, a: int, b: int) -> int | None:
    """End of "A <nationality> official" when a relative/participle clause follows it."""
    m = _INDEF_HEAD.match(doc, a, b)
    return m.end() if m is not None else None
