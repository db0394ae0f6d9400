"""A bare figure that is right in the other usual unit of the key's measure (review r504 C).

A figure typed without a unit is read in the key's unit. But a measure is often stated in two
units, and a learner who learnt the other one types its figure alone: '0.917' for ice's
917 kg/m³ (its density in g/cm³), '8000' for 8 km (in metres), '2800' for 1,538 °C (in °F).
Read in the key's unit each is a thousand times off or more, which no one means; read in a
common unit of the same measure it is the key. Such a figure is graded right, and the note
says how it was read. Only a bare figure, only the units every deck uses (physical.py's
COMMON_UNITS), and only a right reading: a figure close in no unit stays wrong.
"""

from __future__ import annotations

import re
from functools import cache

from quizapp.facts.physical import COMMON_UNITS
from quizapp.generate import units
from quizapp.generate.quantity_reader import Reading, read_quantity
from quizapp.generate.question import NumericKey
from quizapp.generate.tolerance import judge


def in_other_unit(key: NumericKey, readings: list[Reading]) -> str | None:
    """The note for a bare figure that is the key in another common unit, else None."""
    if key.unit is None or not readings or any(r.unit for r in readings):
        return None
    for name in _siblings(key.unit):
        for r in readings:
            value = units.convert(r.value * key.scale, name, key.unit)
            upper = units.convert((r.value + r.step) * key.scale, name, key.unit)
            if value is None or upper is None:
                continue
            step = abs(upper - value) / key.scale
            if judge(key, value / key.scale, step, r.digits) == "correct":
                shown = f"{r.value * key.scale:,.{_decimals(r.step * key.scale)}f}"
                return f"Read as {shown} {name}, which is right; the deck gives it in {key.unit}."
    return None


@cache
def _siblings(unit: str) -> tuple[str, ...]:
    """The common units that measure what `unit` measures, itself left out."""
    measured = units.dimension(unit)
    if measured is None or measured == "dimensionless":
        return ()
    same = (u for u in COMMON_UNITS if u != unit and units.dimension(u) == measured)
    return tuple(sorted(u for u in same if units.canonical(u) != units.canonical(unit)))


def _decimals(step: float) -> int:
    """How many decimals a figure whose last digit is `step` shows."""
    places = 0
    while step < 0.999 and places < 9:
        step *= 10
        places += 1
    return places


_ABOUT = re.compile(
    r"^\s*(?:about|around|roughly|approximately|approx\.?|nearly|some|c\.|~)\s*", re.I
)


def rounded_about(key: NumericKey, part: str) -> bool:
    """Whether a figure said 'about' in another unit rounds to the key at its own last digit:
    '4.2 K (about -270 °C)' of helium's 4.22 K (-268.93 °C), 'about 6,000 °F' of 3,422 °C
    (review r563 A: checked at the key's precision and refused)."""
    if _ABOUT.match(part) is None:
        return False
    readings = read_quantity(part, key)
    if isinstance(readings, str) or len(readings) != 1 or not readings[0].unit:
        return False
    r = readings[0]
    return abs(r.value - key.value) <= r.step / 2 + 1e-9
