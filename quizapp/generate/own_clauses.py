"""The parts of an answer that speak of its own figure: '16, while Kyrgyz migration rose by
6' says of 16 nothing but the figure; 'rose by 6' is how another thing moved (review r410 A),
so its direction is no claim about the key's."""

from __future__ import annotations

import re

_CLAUSES = re.compile(r"[;()]|,\s|\s(?:while|whereas|but)\s", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d.,]*")


def own_part(text: str) -> str:
    """The parts of an answer that hold its first figure, or none and a few words: a part with
    a figure of its own ('rose by 6') says how another thing moved."""
    parts = _CLAUSES.split(text)
    first = next((set(found) for p in parts if (found := _DIGITS.findall(p))), set())
    own = [p for p in parts if set(_DIGITS.findall(p)) <= first]
    # a clause with no figure tells of something else: 'after a test and higher fees were
    # introduced' (review r413 B); 'a rise' and 'it rose' still say how the figure moved
    return " ".join(p for p in own if _DIGITS.search(p) or _of_the_figure(p))


def _of_the_figure(part: str) -> bool:
    """A short part with no figure that can only speak of the figure ('a rise', 'it fell'),
    not of another thing ('as fees rose', 'higher fees': review r433 C)."""
    words = re.findall(r"[a-z]+", part.lower())
    return len(words) <= SHORT_PART and all(w in _MOVES for w in words)


_MOVE_TEXT = (
    "a an the it this that was is has had sharp steep big small slight by of up down rise rose"
    " risen rising fall fell fallen falling increase increased decrease decreased drop dropped"
    " growth grew grown decline declined higher lower more less year on over"
    " actually really indeed instead fact went go goes rises falls grows drops"  # (r445 B)
)
_MOVES = frozenset(_MOVE_TEXT.split())


SHORT_PART = 3  # words in a part with no figure up to which it still speaks of the figure
