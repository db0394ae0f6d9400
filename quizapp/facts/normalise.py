"""Text normalisation shared by deck checks and the answer checker.

NFKC, casefold, accents stripped, dashes/quotes/spaces unified, control characters dropped,
leading articles removed: "  The  Eurasian–Economic Union " -> "eurasian-economic union".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4`"), "'") | dict.fromkeys(
    map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'
)
# letters NFKD does not split into a base letter and an accent (the README: accents do not
# matter, so 'Wisla' is Wisła): each folded to the Latin letters it is usually typed as
# (ß is already 'ss' once casefolded)
_UNSPLIT_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i", "ħ": "h"}
)
_ARTICLES = re.compile(r"^(the|a|an)\s+")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    text = folded_ascii(text) if text.isascii() else folded(text)
    text = _SPACE.sub(" ", text).strip().strip(".!?;:,\"'")
    return _ARTICLES.sub("", text).strip()


def folded(text: str) -> str:
    """NFKC, dashes and quotes unified, casefolded, accents and control characters dropped,
    and the letters NFKD leaves whole folded ('ł' -> 'l', 'æ' -> 'ae')."""
    text = unicodedata.normalize("NFKC", text)
    if not _MARKS.isdisjoint(text):  # str.translate looks each character up: only if needed
        text = text.translate(_DASHES_QUOTES)
    text = text.casefold()
    if not _UNSPLIT.isdisjoint(text):
        text = text.translate(_UNSPLIT_LETTERS)
    return unicodedata.normalize("NFKD", text).translate(_DROPPED)


class _Dropped(dict[int, int | None]):
    """A table for str.translate: a combining accent or a control character other than tab
    and newline -> None (dropped), any other character -> itself; each code point worked out
    once, when first met (two Unicode look-ups per character of every text were most of
    folding a deck's non-ASCII texts)."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        kept = not unicodedata.combining(ch) and (
            unicodedata.category(ch)[0] != "C" or ch in "\t\n"
        )
        self[code] = code if kept else None
        return self[code]


_DROPPED = _Dropped()
_DASHES_QUOTES = _DASHES | _QUOTES
_MARKS = frozenset(map(chr, _DASHES_QUOTES))
_UNSPLIT = frozenset(map(chr, _UNSPLIT_LETTERS))


def folded_ascii(text: str) -> str:
    """What `folded` makes of ASCII text, without two Unicode look-ups per character (they were
    a twentieth of generating a big deck's questions): of ASCII, only the backtick is a quote to
    unify, casefold is lower, and the control characters are the unprintable ones."""
    text = text.replace("`", "'").lower()
    return (
        text if text.isprintable() else "".join(c for c in text if c.isprintable() or c in "\t\n")
    )
