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
_ARTICLES = re.compile(r"^(the|a|an)\s+")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    text = "".join(
        ch
        for ch in unicodedata.normalize("NFKD", text.casefold())
        if not unicodedata.combining(ch) and (unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    )
    text = _SPACE.sub(" ", text).strip().strip(".!?;:,\"'")
    return _ARTICLES.sub("", text).strip()
