"""Clause shapes that name a quotation's source between other clauses.

Like ``speaker_clauses``: each helper reads one shape and returns offsets; ``quotes``
builds the speaker.
"""

from __future__ import annotations

import re

# "X met Y, who later told reporters": the verb's subject is the name before ", who".
_WHO_TAIL = re.compile(r",\s*who\s+(?:(?:later|also|then|subsequently|afterwards|had|has)\s+)*$")

# "X and Y held talks, the ministry said, and ...": a source set off by commas.
_ASIDE_TAIL = re.compile(
    r"[^,]\s*,\s*((?:the|The|[A-Z][\w.’'-]*(?:’s?|'s?))\s+(?:[\w.’'-]+\s+){0,4}?)"
    r"(?:(?:also|then|later|has|had)\s+)*$"
)
_ASIDE_HEAD = re.compile(
    r"\b(?:ministry|office|department|embassy|agency|government|spokes(?:man|woman|person)|"
    r"statement|readout|officials?)\s*$",
    re.I,
)

# "a statement from the Ministry of X": the body that issued the document.
_ISSUED_BY = re.compile(r"\b(?:from|by|of)\s+(?:the\s+)?(?=[A-Z])")


def relative_head_end(doc: str, a: int, b: int) -> int | None:
    """Offset of the ", who" that closes the subject span [a, b), if it ends that way."""
    m = _WHO_TAIL.search(doc, a, b)
    return m.start() if m is not None else None


def aside_source(doc: str, a: int, b: int) -> tuple[int, int] | None:
    """Span of a body or spokesman set off by a comma right before the verb at ``b``."""
    m = _ASIDE_TAIL.search(doc, a, b)
    if m is None or _ASIDE_HEAD.search(doc, m.start(1), m.end(1)) is None:
        return None
    return m.start(1), m.end(1)


def issuer_after(text: str) -> int | None:
    """Offset in ``text`` (after a document noun) of the body named as its issuer."""
    m = _ISSUED_BY.match(text.lstrip())
    return len(text) - len(text.lstrip()) + m.end() if m is not None else None
