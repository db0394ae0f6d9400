"""An assertion-reason choice in the learner's own words: 'both true, reason explains', 'Both
are true, but the reason doesn't explain it', 'assertion true, reason false'. The option's own
text cut short or with a contraction was asked again (review r404 D). Read by what the words
say of each statement; None where they leave the option open ('both are true')."""

from __future__ import annotations

import re

_NOT = r"(?:not|\w*n't|never|no longer|fails? to|no|without|lacks?)"
# 'no explanation', 'not the reason', 'no link' (review r429 A: 'no explanation' was read as
# 'explains'), 'unrelated', a bare 'no' after 'true, true'
_UNEXPLAINED = re.compile(
    rf"\b{_NOT}\b[^,;.]*\b(?:expla(?:in|n)|reason|link|caus|connect)|\bdoesn'?t\s+explain"
    r"|\b(?:unrelated|unconnected|independent|coincidental)\b|\btrue\W+true\W+no\b",
    re.I,
)
_EXPLAINED = re.compile(r"\bexplains?\b|\bexplanation\b|\bbecause\b|\bthe cause\b", re.I)
_BOTH = re.compile(
    r"\bboth\b(?:\s+are|\s+statements(?:\s+are)?)?\s+(?:true|right|correct)\b|^\W*true\W+true\b",
    re.I,
)
_PAIR = re.compile(r"^\W*(true|false)\W+(true|false)\b", re.I)  # 'true, false': A, then R
_SAID = re.compile(r"\b(assertion|reason)\b(?:\s+is)?\s+(true|false|right|wrong|correct|incorrect)")


_MISSPELT = re.compile(r"\b[a-z]{5,10}\b")


def _respelt(word: re.Match[str]) -> str:
    """'assetion' as 'assertion', 'reasn' as 'reason': a slip in the two words that matter."""
    from rapidfuzz.distance import OSA

    for right in ("assertion", "reason", "explains", "explain"):
        if OSA.distance(word[0], right) <= (2 if len(right) > 6 else 1):
            return right
    return word[0]


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
    t = _MISSPELT.sub(_respelt, text.lower())  # 'The assetion is true, ...' (review r407 B)
    said = {part: word in ("true", "right", "correct") for part, word in _SAID.findall(t)}
    if (pair := _PAIR.match(t)) and not said:  # 'true, false': the assertion, then the reason
        said = {"assertion": pair[1] == "true", "reason": pair[2] == "true"}
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
