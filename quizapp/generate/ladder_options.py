"""A ladder's options: a key's value at another number, its display and whether that reads
in the key's own format (precision, scale, unit), each made once per ladder."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.facts.value_base import trim_number
from quizapp.facts.values import (
    MONTHS,
    Date,
    Money,
    NumericValue,
    Percentage,
    Quantity,
    Year,
)

if TYPE_CHECKING:
    from quizapp.generate.index import DeckIndex


def with_number(v: NumericValue, x: float) -> NumericValue:
    if isinstance(v, Money):
        return v.model_copy(update={"amount": x})
    if isinstance(v, Year | Date):
        return v.with_magnitude(x)
    return v.model_copy(update={"value": x})


_NUMBER = re.compile(r"\d[\d,]*(\.\d+)?")
_MONTH = re.compile("|".join(MONTHS))


@functools.lru_cache(maxsize=4096)
def shape(display: str) -> str:
    """'about 1.5 million' -> 'about #.# million': options must share it (precision, scale)."""

    def digits(m: re.Match[str]) -> str:
        return "#" + ("." + "#" * (len(m.group(1)) - 1) if m.group(1) else "")

    return _MONTH.sub("M", _NUMBER.sub(digits, display)).replace("-", "").replace("+", "")


@dataclass(frozen=True)
class Option:
    value: NumericValue
    shown: str
    fits: bool  # in the key's format


def option(v: NumericValue, y: float, want: str, made: dict[str, Option]) -> Option:
    """v's option at y, made once per ladder: attempts and ranks meet the same numbers."""
    key = repr(y)
    if key not in made:
        w = with_number(v, y)
        made[key] = Option(w, w.display(), shape(plural(w)) == want)
    return made[key]


def fitting(
    v: NumericValue, others: list[float], want: str, made: dict[str, Option]
) -> list[Option]:
    """The options at these numbers, or none as soon as one does not read in the key's format
    (most attempts that get this far fail here: their options are made once, then looked up)."""
    options = []
    for y in others:
        found = made.get(repr(y))
        if found is None:
            found = option(v, y, want, made)
        if not found.fits:
            return []
        options.append(found)
    return options


def options_of(ix: DeckIndex, v: NumericValue) -> dict[str, Option]:
    """The options made of v by number, kept in the index `ix` for the deck's whole life:
    every seed's and every kind's ladders of one key meet the same numbers (an option is
    v's own at that number, whoever draws it)."""
    memos: dict[int, tuple[NumericValue, dict[str, Option]]]
    memos = ix.__dict__.setdefault("_ladder_options", {})
    found = memos.get(id(v))
    if found is None:  # the value is held beside its options, so its id is never reused
        found = memos[id(v)] = (v, {})
    return found[1]


def plural(v: NumericValue) -> str:
    """The display with the unit as the key writes it: '1 project' has the shape of
    '2 projects' (number agreement is no difference in format)."""
    if isinstance(v, Quantity) and abs(v.value) == 1:
        return v.model_copy(update={"unit_singular": v.unit}).display()
    return v.display()


def finer_than_options(v: NumericValue, digits: int) -> bool:
    """Whether the key shows more decimals than its options can ('20.3 K' known to the kelvin,
    '-38.83 °C' to a tenth): an option rounded to `digits` decimals shows at most that many,
    or for a big round number a scale word the key lacks ('1.5 million K'), so none reads in
    the key's format and every attempt would fail the format check (nine in ten of the
    elements deck's attempts did). Only for figures shown as plain numbers: a quantity with
    no scale and a percentage."""
    if not ((isinstance(v, Quantity) and v.scale is None) or isinstance(v, Percentage)):
        return False
    shown = trim_number(abs(v.value))  # a fraction never shows as 'million' (format_number)
    return "." in shown and len(shown.split(".", 1)[1]) > digits
