"""Name keys: how person names are compared across articles."""

from __future__ import annotations

import functools
import re
import unicodedata

HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof", "sir", "gen", "general", "lt", "col"})
_NON_WORD = re.compile(r"[^\w' ]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, curly apostrophes straightened."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower()
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key one person has in the whole archive: folded, without honorifics."""
    return " ".join(t for t in fold(name).split() if t not in HONORIFICS)


def match_key(key: str) -> str | None:
    """Surname and first initial, so "sergei lavrov" finds "sergey lavrov"."""
    tokens = key.split()
    if len(tokens) < 2:
        return None
    return f"{tokens[-1]} {tokens[0][0]}"
