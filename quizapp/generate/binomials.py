"""Scientific names of living things: 'A. phalloides' is the usual short form of Amanita
phalloides, and 'Pleurotus ostreatus' names the genus Pleurotus with a species of it (review
r464 B: both were graded wrong on an imported mushroom card)."""

from __future__ import annotations

import re

_ASKS_NAME = re.compile(r"\b(?:scientific|latin|binomial)\s+name\b|\bspecies\b", re.IGNORECASE)
_ASKS_GENUS = re.compile(r"\bgenus\b", re.IGNORECASE)
_LIVING = re.compile(
    r"\b(?:bacteri(?:um|a)|mites?|fung(?:us|i)|insects?|plants?|trees?|virus(?:es)?|parasites?"
    r"|pests?|pathogens?|birds?|fish|organisms?|animals?|flowers?|snakes?|worms?|moths?|beetles?"
    r"|spiders?|bees?|ants?|wasps?|mushrooms?|algae|weeds?)\b",
    re.IGNORECASE,
)
_LONG = re.compile(r"^[A-Z][a-z]{4,} [a-z]{5,}$")  # 'Varroa destructor', not 'Big ben'
_BINOMIAL = re.compile(r"^(?P<genus>[A-Z][a-z]{2,}) (?P<species>[a-z]{3,})$")


def binomial_forms(prompt: str, names: list[str]) -> list[str]:
    """'A. phalloides' and 'A phalloides' of a key 'Amanita phalloides' asked by its
    scientific name, or of a living thing's key of a binomial's shape whose genus and species
    are long enough to be no phrase ('V. destructor' for Varroa destructor, 'P. larvae': r524 A)."""
    asked = _ASKS_NAME.search(prompt) is not None
    living = asked or _LIVING.search(prompt) is not None  # not 'Council conclusions'
    found = [
        m
        for n in names
        if (m := _BINOMIAL.match(n.strip())) and (asked or (living and _LONG.match(n)))
    ]
    return [f"{m['genus'][0]}{dot} {m['species']}" for m in found for dot in (".", "")]


def genus_readings(text: str, prompt: str) -> list[str]:
    """The genus of an answer that names a species of it where a genus is asked: 'Pleurotus
    ostreatus' -> 'Pleurotus'."""
    found = _BINOMIAL.match(text.strip())
    return [found["genus"]] if found and _ASKS_GENUS.search(prompt) else []
