"""Number agreement through `inflect` rather than hand rules: '1 item', '2 items',
'1 degree Celsius', '1 km'; ordinals ('3rd', 'third') and fractions in words.

inflect is imported on first use: most figures are not 1, and start-up stays quick.
Its import wraps 23 methods in typeguard's `@typechecked`, which recompiles each one and
cost ~3 s of CPU on the first figure of 1 a deck showed (jaraco/inflect#212); the import
below swaps in a pass-through decorator for that moment, as the arguments are typed here.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def _as_is(target: F) -> F:
    return target


@cache
def _engine() -> Any:
    if "inflect" not in sys.modules:
        stub = types.ModuleType("typeguard")
        stub.typechecked = _as_is  # type: ignore[attr-defined]
        real = sys.modules.get("typeguard")
        sys.modules["typeguard"] = stub
        try:
            import inflect
        finally:
            if real is None:
                del sys.modules["typeguard"]
            else:
                sys.modules["typeguard"] = real
    import inflect

    return inflect.engine()


@lru_cache(maxsize=1024)
def singular(unit: str) -> str:
    """The unit for a count of one. In a phrase the head noun is the last lower-case word
    that is a plural ('hydroelectric projects' -> 'hydroelectric project'), so a proper name
    after it stays ('degrees Celsius' -> 'degree Celsius'); symbols ('km', '°C') stay."""
    words = unit.split(" ")
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if not word.isalpha() or not word.islower() or len(word) < 3:
            continue
        one = _engine().singular_noun(word)
        if one and one != word:
            words[i] = one
            return " ".join(words)
    return unit


@lru_cache(maxsize=256)
def plural(noun: str) -> str:
    """A counted noun as more than one reads ('neutron' -> 'neutrons'; 'electrons' stays)."""
    engine = _engine()
    return noun if engine.singular_noun(noun) else str(engine.plural_noun(noun))


def unit_for_count(unit: str, value: float, given: str | None) -> str:
    """The unit as it reads after `value`: singular for exactly one (or minus one)."""
    if abs(value) != 1:
        return unit
    if given:
        return given
    return singular(unit)


def ordinal(n: int) -> str:
    """3 -> '3rd'."""
    return str(_engine().ordinal(n))


def ordinal_words(n: int) -> str:
    """3 -> 'third'."""
    return str(_engine().ordinal(_engine().number_to_words(n)))


def fraction_words(numerator: int, denominator: int) -> str:
    """(3, 4) -> 'three quarters'; (1, 2) -> 'one half'; (2, 3) -> 'two thirds'."""
    e = _engine()
    if denominator == 2:
        name = "half"
    elif denominator == 4:
        name = "quarter"
    else:
        name = str(e.ordinal(e.number_to_words(denominator)))
    noun = name if numerator == 1 else str(e.plural(name))
    return f"{e.number_to_words(numerator)} {noun}"
