"""An order typed as a chain rising to the right: 'helium < hydrogen < neon', '3 < 1 < 2'
(review r573 B: asked again, though it says the order without a doubt). Its '<' says the
one after is higher; the question says which end comes first ('highest first', 'earliest
first'), so the chain is read in the question's order: reversed where the highest comes first,
as it is where the lowest does. A chain that mixes '<' and '>' is left as typed."""

from __future__ import annotations

import re

_LESS = re.compile(r"\s*<\s*")
_HIGH_FIRST = re.compile(
    r"\b(?:highest|largest|biggest|greatest|most|latest|longest|heaviest|densest|hottest"
    r"|newest|tallest|furthest|farthest|deepest|oldest|strongest)\s+first\b",
    re.IGNORECASE,
)


def upward_chain(text: str, prompt: str) -> str:
    """The chain's parts joined by commas, in the question's order; else `text`."""
    if "<" not in text or ">" in text:
        return text
    parts = [p.strip() for p in _LESS.split(text.strip())]
    if len(parts) < 2 or not all(parts):
        return text
    if _HIGH_FIRST.search(prompt):
        parts.reverse()
    return ", ".join(parts)
