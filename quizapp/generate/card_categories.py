"""An imported card's named thing with or without the category word that ends it (review r444
C): 'Sicilian' and 'the Sicilian' for Sicilian Defence, as every player says it; 'Enhanced
Fujita' for the Enhanced Fujita scale; 'Death Valley National Park' and 'Furnace Creek Ranch'
for Death Valley and Furnace Creek.

A key's last word of the closed list below may be left out when what is left is still a name:
capitalised words, the first of four letters or more, no possessive ('Queen's Gambit' keeps
its word), no common word and nothing else the deck names. One of a family may stand for
another ('Sicilian Opening', 'Sicilian Defense'). A place's key (a card asking where, or in
which city, station or park) takes the words a place is named with after it.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.slips import COMMON_WORDS

# each family's words stand for one another after the same name
_FAMILIES = (
    frozenset({"defence", "defense", "opening", "variation"}),
    frozenset({"scale"}),
    frozenset({"station", "base"}),
    frozenset({"effect", "principle", "law"}),
    frozenset({"theorem"}),
    frozenset({"cycle"}),
)
_TAILS = {word: family for family in _FAMILIES for word in family}
# the words after a place's name that name the place they stand in or on
_PLACE_TAILS = ("national park", "park", "ranch", "station", "village", "town", "area", "region")
_ASKS_PLACE = re.compile(r"\b(?:where|city|town|station|place|site|park)\b", re.IGNORECASE)
MIN_HEAD = 4


def category_forms(prompt: str, names: list[str], vocabulary: dict[str, str]) -> list[str]:
    """The further forms of an imported card's names under the rule above."""
    out: list[str] = []
    for name in names:
        words = name.split()  # as the card writes it, so a note shows 'Sicilian'
        family = _TAILS.get(normalise(words[-1])) if len(words) >= 2 else None
        if family is not None and _still_a_name(name, normalise(" ".join(words[:-1])), vocabulary):
            head = " ".join(words[:-1])
            out += [head, *(f"{head} {w}" for w in sorted(family))]
        if _ASKS_PLACE.search(prompt) and name[:1].isupper() and not any(c.isdigit() for c in name):
            out += [f"{name} {tail}" for tail in _PLACE_TAILS]
    accepted = {normalise(n) for n in names}
    return [f for f in dict.fromkeys(out) if normalise(f) not in accepted]


def _still_a_name(name: str, head: str, vocabulary: dict[str, str]) -> bool:
    """What is left is a name of its own: capitalised words, the first long enough, no
    possessive, no common word, and nothing the deck names otherwise."""
    raw = name.split()[:-1]
    if not raw or not all(w[:1].isupper() for w in raw) or len(raw[0]) < MIN_HEAD:
        return False
    if any(w.endswith(("'s", "’s", "s'")) for w in raw):
        return False  # "Queen's" of Queen's Gambit
    return head not in COMMON_WORDS and (
        head not in vocabulary or vocabulary[head] == vocabulary.get(normalise(name))
    )
