"""The parts of an answer that speak of its own figure: '16, while Kyrgyz migration rose by
6' says of 16 nothing but the figure; 'rose by 6' is how another thing moved (review r410 A),
so its direction is no claim about the key's."""

from __future__ import annotations

import re

_CLAUSES = re.compile(r"[;()]|,\s|\s(?:while|whereas|but)\s", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d.,]*")


def own_part(text: str) -> str:
    """The parts of an answer that hold its first figure or none: a part with a figure of its
    own ('rose by 6') says how another thing moved."""
    parts = _CLAUSES.split(text)
    first = next((set(found) for p in parts if (found := _DIGITS.findall(p))), set())
    return " ".join(p for p in parts if set(_DIGITS.findall(p)) <= first)
