"""An assertion-reason choice in the learner's own words: 'both true, reason explains', 'Both
are true, but the reason doesn't explain it', 'assertion true, reason false'. The option's own
text cut short or with a contraction was asked again (review r404 D). Read by what the words
say of each statement; None where they leave the option open ('both are true')."""

from __future__ import annotations

import re

_NOT = r"(?:not|\w*n't|never|no longer|fails? to)"
_UNEXPLAINED = re.compile(
    rf"\b{_NOT}\b[^,;.]*\bexpla(?:in|n)|\bdoesn'?t\s+explain|\bunrelated\b", re.I
)
_EXPLAINED = re.compile(r"\bexplains?\b|\bexplanation\b|\bbecause\b|\bthe cause\b", re.I)
_BOTH = re.compile(r"\bboth\b(?:\s+are|\s+statements(?:\s+are)?)?\s+(?:true|right|correct)\b", re.I)
_SAID = re.compile(r"\b(assertion|reason)\b(?:\s+is)?\s+(true|false|right|wrong|correct|incorrect)")


def assertion_choice(text: str, options: list[str]) -> int | None:
    """The assertion-reason option the words name, or None (not such an item, or unclear)."""
    from quizapp.generate.kinds.assertion_reason import (
        ASSERTION_FALSE,
        EXPLAINS,
        NOT_EXPLAINS,
        REASON_FALSE,
    )

    if set(options) != {EXPLAINS, NOT_EXPLAINS, REASON_FALSE, ASSERTION_FALSE}:
        return None
    t = text.lower()
    said = {part: word in ("true", "right", "correct") for part, word in _SAID.findall(t)}
    both = _BOTH.search(t) is not None or said == {"assertion": True, "reason": True}
    if both and _UNEXPLAINED.search(t):
        return options.index(NOT_EXPLAINS)
    if both and _EXPLAINED.search(t):
        return options.index(EXPLAINS)
    if said == {"assertion": True, "reason": False}:
        return options.index(REASON_FALSE)
    if said == {"assertion": False, "reason": True}:
        return options.index(ASSERTION_FALSE)
    return None
