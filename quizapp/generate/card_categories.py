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
    frozenset({"passage", "strait", "channel"}),  # 'Drake' for Drake Passage (review r452 C)
    frozenset({"stain", "staining"}),  # 'Gram staining' for Gram stain
)
_TAILS = {word: family for family in _FAMILIES for word in family}
# the words after a place's name that name the place they stand in or on
_PLACE_TAILS = ("national park", "park", "ranch", "station", "village", "town", "area", "region")
# a question for a site a place name is given with ('Death Valley National Park'); narrower than
# place_names.ASKS_PLACE: a country takes no 'area' or 'station' ('Vietnam Sea' stays wrong)
_ASKS_SITE = re.compile(r"\b(?:where|city|town|station|place|site|park)\b", re.IGNORECASE)
MIN_HEAD = 4
# a city with its district after it, known by its name alone: 'Washington, D.C.' ('Paris, Texas'
# stays whole: Paris is another city)
_PLACED = re.compile(r"^([^,]+),?\s*D\.\s?C\.?$|^([^,]+),\s*DC$")
_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def category_forms(prompt: str, names: list[str], vocabulary: dict[str, str]) -> list[str]:
    """The further forms of an imported card's names under the rule above."""
    out: list[str] = []
    for name in names:
        words = name.split()  # as the card writes it, so a note shows 'Sicilian'
        family = _TAILS.get(normalise(words[-1])) if len(words) >= 2 else None
        if family is not None and _still_a_name(words[:-1], name, vocabulary):
            head = " ".join(words[:-1])
            out += [head, *(f"{head} {w}" for w in sorted(family))]
        if _ASKS_SITE.search(prompt) and name[:1].isupper() and not any(c.isdigit() for c in name):
            out += [f"{name} {tail}" for tail in _PLACE_TAILS]
            placed = _PLACED.match(name)  # 'Washington' for Washington, D.C. (review r494 C)
            out += [h for h in (placed.groups() if placed else ()) if h]
    out += _asked_kind_forms(prompt, names, vocabulary)
    accepted = {normalise(n) for n in names}
    return [f for f in dict.fromkeys(out) if normalise(f) not in accepted]


# the noun a question asks by, before its verb: 'Which flightless New Zealand parrot is ...'
_ASKED_KIND = re.compile(
    r"\b(?:which|what)((?:\s+[\w'-]+){1,5}?)\s+(?:is|was|are|were|did|does|do|has|had|can)\b",
    re.IGNORECASE,
)


def _asked_kind_forms(prompt: str, names: list[str], vocabulary: dict[str, str]) -> list[str]:
    """The key with the noun the question asks by ('kakapo parrot' asked which parrot), and
    without a last word the question says in lower case ('emperor' for Emperor penguin asked
    the largest species of penguin, 'Cincinnati' for Cincinnati Zoo asked in which zoo:
    review r448 B), where what is left is still a name of its own."""
    found = _ASKED_KIND.search(prompt)
    noun = found[1].split()[-1] if found else ""
    said = set(re.findall(r"\b[a-z]+\b", prompt))  # the question's own common words
    out: list[str] = []
    for name in names:
        words = _THE.sub("", name).split()  # 'Greenwich' for the Greenwich meridian (r494 C)
        if noun.isalpha() and noun.islower() and noun not in normalise(name).split():
            out.append(f"{name} {noun}")
        cut = len(words)
        while cut > 1 and words[cut - 1].lower() in said:  # 'Ross' for Ross Ice Shelf
            cut -= 1
        head = " ".join(words[:cut])
        if cut < len(words) and _still_a_name(words[:cut], name, vocabulary, plain=True):
            out.append(head)
    return out


def _still_a_name(
    raw: list[str], key: str, vocabulary: dict[str, str], plain: bool = False
) -> bool:
    """The words left (`raw`, as typed) are a name of their own: capitalised (any case where
    `plain`), the first long enough, no possessive, no common word, and nothing the deck names
    otherwise than the key (`key`, its whole name)."""
    head = normalise(" ".join(raw))
    capitals = plain or all(w[:1].isupper() for w in raw)
    if not raw or not capitals or len(raw[0]) < MIN_HEAD:
        return False
    if any(w.endswith(("'s", "’s", "s'")) for w in raw):
        return False  # "Queen's" of Queen's Gambit
    own = vocabulary.get(normalise(key))
    return head not in COMMON_WORDS and vocabulary.get(head, own) == own
