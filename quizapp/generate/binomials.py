"""Scientific names of living things: 'A. phalloides' is the usual short form of Amanita
phalloides, and 'Pleurotus ostreatus' names the genus Pleurotus with a species of it (review
r464 B: both were graded wrong on an imported mushroom card)."""

from __future__ import annotations

import re

_ASKS_NAME = re.compile(r"\b(?:scientific|latin|binomial)\s+name\b|\bspecies\b", re.IGNORECASE)
_ASKS_GENUS = re.compile(r"\bgenus\b", re.IGNORECASE)
_BINOMIAL = re.compile(r"^(?P<genus>[A-Z][a-z]{2,}) (?P<species>[a-z]{3,})$")


def binomial_forms(prompt: str, names: list[str]) -> list[str]:
    """'A. phalloides' and 'A phalloides' of a key 'Amanita phalloides' asked by its
    scientific name."""
    if not _ASKS_NAME.search(prompt):
        return []
    found = [m for n in names if (m := _BINOMIAL.match(n.strip()))]
    return [f"{m['genus'][0]}{dot} {m['species']}" for m in found for dot in (".", "")]


def genus_readings(text: str, prompt: str) -> list[str]:
    """The genus of an answer that names a species of it where a genus is asked: 'Pleurotus
    ostreatus' -> 'Pleurotus'."""
    found = _BINOMIAL.match(text.strip())
    return [found["genus"]] if found and _ASKS_GENUS.search(prompt) else []
