"""Keys given away by a name: 'China was a member of the SCO' where the SCO is the *Shanghai*
Cooperation Organisation (seed 9301 #64). A true statement or a single-answer choice that links
two entities whose names already link them tests nothing.

Two entities are linked by name when one declares the other in `named_after` (the SCO after
Shanghai, in China: no shared word tells it), or when a proper name in one's shown name (or
the expansion of that acronym) shares its stem with one in the other's ('the Council of the EU
adopted the Council conclusions'). Aliases a reader is not shown ('Uzbek president', accepted
for Mirziyoyev) do not count. Only capitalised words count: 'economic' in 'Russia's economic
slowdown' and the Eurasian Economic Union is a shared topic, not a give-away.
"""

from __future__ import annotations

import re
from functools import cache

from quizapp.facts.model import Entity
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question

STEM = 5  # letters two proper names must share from their start: Uzbek/Uzbekistan, Russia/n
_PROPER = re.compile(r"\b[A-Z][a-z]+")
_SMALL = frozenset({"The", "Name", "Which", "What", "Who"})


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())


def shown_names(entity: Entity) -> list[str]:
    """What a reader takes from the entity's shown name: the name, and for an acronym ('SCO')
    each alias that spells it out ('Shanghai Cooperation Organisation')."""
    name = entity.name
    if not (name.isupper() and 2 <= len(name) <= 6):
        return [name]
    return [name, *(a for a in entity.aliases if _initials(a) == name)]


@cache
def _stems(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        w[:STEM].casefold()
        for n in names
        for w in _PROPER.findall(n)
        if len(w) >= STEM and w not in _SMALL
    )


def linked_by_name(ix: DeckIndex, shown: str, key: str) -> bool:
    """The shown entity's name tells the key entity (or declares it), either way round."""
    a, b = ix.entities[shown], ix.entities[key]
    if key in a.named_after or shown in b.named_after:
        return True
    return bool(_stems(tuple(shown_names(a))) & _stems(tuple(shown_names(b))))


def name_gives_key(q: Question, ix: DeckIndex) -> str | None:
    """A true statement or a single-answer choice whose two entities are linked by name."""
    if len(q.fact_ids) != 1 or q.fact_ids[0] not in ix.facts:
        return None
    fact = ix.fact(q.fact_ids[0])
    if fact.object_id is None:
        return None
    true_statement = q.kind == "true_false" and q.answer == ["True"]
    if not (true_statement or q.kind == "mcq"):
        return None
    if linked_by_name(ix, fact.subject, fact.object_id):
        names = (ix.entities[fact.subject].name, ix.entities[fact.object_id].name)
        return f"the names give the link away ({names[0]} / {names[1]})"
    return None
