"""Which things the deck's facts tie together, for the answer checker: a name beside the key
that the deck ties to nothing of its kind but something else is a false aside, no gloss
(reviews r365 A, r366 D).

'Mirziyoyev (Kazakhstan)': the deck makes him president of Uzbekistan, so the country beside
him is the wrong one, and the answer names a different man. 'W (iron)': the symbol is
tungsten's. 'Sea of Tranquility (Apollo 12)': Apollo 11 landed there. But 'Apollo 14 (Alan
Shepard)' is true, and 'Alan Shepard (Antares)' says nothing false the deck knows: Shepard is
tied to no call sign, only to his mission.

The ties sit in the grading vocabulary under one key with no words of its own, as the deck's
text values that are names do (value_names.py): each 'subject>object' of a fact whose object
is an entity or such a name, as the vocabulary names them ('kind:id', 'value:w').
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from quizapp.facts.model import Deck
from quizapp.facts.normalise import normalise
from quizapp.facts.values import Text
from quizapp.generate.led_names import led_names
from quizapp.generate.value_names import PROPER, value_names

FACT_LINKS = "\x01"  # the vocabulary's key for them; its value joins them with '|'


def named_things(deck: Deck) -> dict[str, str]:
    """What the grading vocabulary holds beside the names of things: the deck's call signs
    ('Odyssey (Aquarius)'), the led names it vouches for ('the Russia-led CSTO') and the ties
    of its facts."""
    return value_names(deck) | led_names(deck) | fact_links(deck)


def fact_links(deck: Deck) -> dict[str, str]:
    """{FACT_LINKS: 'person:a>country:b|...'}, or {} when no fact ties two things."""
    kinds = {e.id: e.kind for e in deck.entities}
    pairs = set()
    for fact in deck.facts:
        subject = f"{kinds[fact.subject]}:{fact.subject}" if fact.subject in kinds else None
        if fact.object_id in kinds:
            pairs.add(f"{subject}>{kinds[fact.object_id]}:{fact.object_id}")
        elif isinstance(fact.object, Text) and PROPER.fullmatch(fact.object.value):
            pairs.add(f"{subject}>value:{normalise(fact.object.value)}")
    pairs = {p for p in pairs if not p.startswith("None>")}
    return {FACT_LINKS: "|".join(sorted(pairs))} if pairs else {}


def tied(vocabulary: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each thing to the things a fact ties it to, either way round."""
    return _tied(vocabulary.get(FACT_LINKS, ""))


@cache
def _tied(joined: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for pair in filter(None, joined.split("|")):
        a, b = pair.split(">", 1)
        out[a].add(b)
        out[b].add(a)
    return {k: frozenset(v) for k, v in out.items()}
