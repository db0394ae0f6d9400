"""A false temperature that keeps the key's side of room temperature and its sign.

A true/false statement over a melting or boiling point gives itself away when its false
figure crosses room temperature or zero: mercury melting at +38 °C where it melts at -39 °C
would make it a solid in the room, which a learner who knows mercury is a liquid rejects
without knowing the figure; tungsten melting at 3 °C likewise. A plausible false figure
stays on the key's side of both.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.facts.values import NumericValue, Quantity

ROOM_C = 25.0  # the decks' 'at 25 °C' for the state of an element
# each temperature scale the decks write, to degrees Celsius
TO_CELSIUS: dict[str, Callable[[float], float]] = {
    "°C": lambda x: x,
    "K": lambda x: x - 273.15,
    "°F": lambda x: (x - 32) * 5 / 9,
}
SIGNED = ("°C", "°F")  # scales whose figures can carry a minus sign


def keeps_side(key: NumericValue, other: NumericValue) -> bool:
    """Whether `other` is on the same side of room temperature (and of zero, on a scale with
    a sign) as `key`; True for anything that is not a temperature."""
    if not isinstance(key, Quantity) or not isinstance(other, Quantity):
        return True
    to_c = TO_CELSIUS.get(key.unit)
    if to_c is None or other.unit != key.unit:
        return True
    if (to_c(key.value) < ROOM_C) != (to_c(other.value) < ROOM_C):
        return False
    return key.unit not in SIGNED or (key.value < 0) == (other.value < 0)


def alone_across_room(values: list[NumericValue], key: NumericValue) -> bool:
    """Whether the key is the only one of these temperatures on its side of room temperature:
    'the highest boiling point' of argon, xenon, radon and sodium is the only element not a
    gas in the room, answered by its state alone (review 23361)."""
    if not isinstance(key, Quantity) or key.unit not in TO_CELSIUS or len(values) < 2:
        return False
    others = [v for v in values if v is not key]
    return all(not keeps_side(key, v) and _above_room(v) != _above_room(key) for v in others)


def _above_room(value: NumericValue) -> bool:
    assert isinstance(value, Quantity)
    return TO_CELSIUS[value.unit](value.value) >= ROOM_C
