"""An order said with the way it runs: a chain rising to the right ('helium < hydrogen <
neon', review r573 B: asked again), or a list labelled with its direction ('helium, hydrogen,
neon (lowest first)', 'lowest first: ...', '1 3 2 (ascending)', review r583 B: graded wrong
in silence, though it says the right order). The question says which end comes first
('highest first', 'earliest first'); an order said the other way round is read reversed, in
the question's order, and a label that agrees with it is dropped. A chain that mixes '<' and
'>' is left as typed."""

from __future__ import annotations

import re

_LESS = re.compile(r"\s*<\s*")
_HIGH = (
    r"highest|largest|biggest|greatest|most|latest|longest|heaviest|densest|hottest|newest"
    r"|tallest|furthest|farthest|deepest|oldest|strongest"
)
_LOW = (
    r"lowest|smallest|least|fewest|earliest|shortest|lightest|coldest|coolest|youngest"
    r"|nearest|shallowest|weakest"
)
_HIGH_FIRST = re.compile(rf"\b(?:{_HIGH})\s+first\b", re.IGNORECASE)
_LOW_FIRST = re.compile(rf"\b(?:{_LOW})\s+first\b", re.IGNORECASE)
# a direction label after the order ('(lowest first)', ', ascending') or before it ('lowest
# first:', 'in ascending order,')
_LABEL = (
    rf"(?:(?:from\s+)?(?:the\s+)?(?P<w>{_HIGH}|{_LOW})\s+(?:first|to\s+(?:the\s+)?\w+)"
    r"|(?:in\s+)?(?P<d>ascending|descending|increasing|decreasing)(?:\s+order)?)"
)
_AFTER = re.compile(rf"^(?P<order>.+?)[\s,;]*\(?\s*{_LABEL}\s*\)?[\s.!]*$", re.IGNORECASE)
_BEFORE = re.compile(rf"^\s*{_LABEL}\s*[:,;-]\s*(?P<order>.+?)[\s.!]*$", re.IGNORECASE)


def said_order(text: str, prompt: str) -> str:
    """The order's parts in the question's order; else `text`."""
    chained = _chain(text)
    if chained is not None:
        return _as_asked(chained, rising=True, prompt=prompt)
    found = _AFTER.match(text) or _BEFORE.match(text)
    if found is None:
        return text
    low = (found["w"] and re.fullmatch(_LOW, found["w"], re.IGNORECASE)) or (
        found["d"] and found["d"].lower() in ("ascending", "increasing")
    )
    parts = [p for p in re.split(r"\s*[,;]\s*|\s+", found["order"].strip()) if p]
    if "," in found["order"] or ";" in found["order"]:
        parts = [p.strip() for p in re.split(r"\s*[,;]\s*", found["order"]) if p.strip()]
    return _as_asked(parts, rising=bool(low), prompt=prompt)


def _chain(text: str) -> list[str] | None:
    if "<" not in text or ">" in text:
        return None
    parts = [p.strip() for p in _LESS.split(text.strip())]
    return parts if len(parts) >= 2 and all(parts) else None


def _as_asked(parts: list[str], rising: bool, prompt: str) -> str:
    """The parts, lowest first if `rising`, reversed where the question asks the other way."""
    if (rising and _HIGH_FIRST.search(prompt)) or (not rising and _LOW_FIRST.search(prompt)):
        parts = parts[::-1]
    return ", ".join(parts)
