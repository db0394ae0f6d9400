"""Which false object or figure a false assertion-reason limb should take: the plausible
neighbour of the true one, not the far one a learner rejects on sight.

Review 24311 found two give-aways. A metal called 'a gas' (gallium #57, caesium #58) is absurd
on its face; the mistake worth testing is 'a liquid', the state next to the true one. And
tungsten 'melts at 212 °C' beside an assertion that it glows white-hot without melting (#29):
a figure sixteen times too small. So states of matter keep to the next state on the scale
solid, liquid, gas where one is offered, and a changed figure stays within MAX_FACTOR of the
key (and on its side of room temperature), the nearest such figure first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quizapp.facts.values import Date, NumericValue, Year
from quizapp.generate.index import DeckIndex
from quizapp.generate.temperatures import keeps_side

STATES = ("solid", "liquid", "gas")  # states of matter in order of rising temperature
MAX_FACTOR = 10.0  # a false figure at most ten times, or at least a tenth of, the key


def state_rank(ix: DeckIndex, entity_id: str) -> int | None:
    """The place of a state of matter on STATES, by its id or an alias; None for others."""
    entity = ix.entities.get(entity_id)
    if entity is None:
        return None
    for word in (entity.id, *entity.aliases):
        if word.lower() in STATES:
            return STATES.index(word.lower())
    return None


def neighbouring_ids(ix: DeckIndex, key_id: str, ids: list[str]) -> list[str]:
    """Of these false objects (entity ids), those next to the key's state where the key is a
    state and one is offered ('gallium is a liquid', never 'a gas': review 26331 #57)."""
    return _next_states(ix, key_id, ids, lambda i: state_rank(ix, i))


def neighbouring_objects(ix: DeckIndex, key_id: str, phrases: Sequence[str]) -> list[str]:
    """Of these false objects (phrases), those next to the key's state where the key is a
    state and one is offered; otherwise all of them, in their order."""
    if state_rank(ix, key_id) is None:
        return list(phrases)
    by_phrase = {e.phrase(): state_rank(ix, e.id) for e in ix.entities.values()}
    return _next_states(ix, key_id, list(phrases), by_phrase.get)


def _next_states(
    ix: DeckIndex, key_id: str, items: list[str], rank_of: Callable[[str], int | None]
) -> list[str]:
    """The items whose state is next to the key's, or all of them where none is (or the key
    is no state)."""
    key = state_rank(ix, key_id)
    if key is None:
        return items
    near = [i for i in items if (r := rank_of(i)) is not None and abs(r - key) == 1]
    return near or items


def plausibly_near(key: NumericValue, other: NumericValue) -> bool:
    """A false figure a learner must know the true one to reject: on the key's side of room
    temperature (for a temperature) and, but for years and dates, within MAX_FACTOR of it."""
    if isinstance(key, Year | Date) or isinstance(other, Year | Date):
        return True  # years are kept near by argument_false's own rule
    if not keeps_side(key, other):
        return False
    small, big = sorted((abs(key.magnitude), abs(other.magnitude)))
    return small > 0 and big <= MAX_FACTOR * small


def nearest_first(key: NumericValue, values: Sequence[NumericValue]) -> list[NumericValue]:
    """The figures ordered by their ratio to the key, the nearest first (ties kept in order)."""

    def ratio(v: NumericValue) -> float:
        small, big = sorted((abs(key.magnitude), abs(v.magnitude)))
        return big / small if small > 0 else float("inf")

    return sorted(values, key=ratio)
