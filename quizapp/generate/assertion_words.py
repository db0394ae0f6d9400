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
_EXPLAINED = re.compile(  # a bare 'yes' after 'true, true' (review r582 C)
    r"\bexplains?\b|\bexplanation\b|\bbecause\b|\bthe cause\b|\btrue\W+true\W+yes\b", re.I
)
_BOTH = re.compile(
    r"\bboth\b(?:\s+assertion\s+and\s+reason)?(?:\s+are|\s+statements(?:\s+are)?)?\s+"
    r"(?:true|right|correct)\b|^\W*true\W+true\b"
    r"|\bassertion\s+and\s+reason\s+(?:are\s+)?(?:both\s+)?(?:true|right|correct)\b",
    re.I,
)
# the usual shorthand: 'A true, R false', 'R explains A', 'both A and R are true'
_STATED = (
    r"(?=\s*:?\s+(?:is\s+|are\s+)?(?:true|false|right|wrong|correct|incorrect|explains?\b|does))"
)
_SHORT = (
    (re.compile(r"\b(a)\s+and\s+(r)\b", re.I), "assertion and reason"),
    (re.compile(rf"\b([ar])\b{_STATED}", re.I), None),
    (re.compile(r"(?<=\bexplains\s)([ar])\b|(?<=\bexplain\s)([ar])\b", re.I), None),
)


def _spelt_out(text: str) -> str:
    """'A true, R false' as 'assertion true, reason false' (review r445 C: graded wrong), where
    both letters are so used."""
    out = text
    for pattern, said in _SHORT:
        out = pattern.sub(said or (lambda m: _WORD_OF[(m[1] or m[2]).lower()]), out)
    return out if "assertion" in out.lower() and "reason" in out.lower() else text


_WORD_OF = {"a": "assertion", "r": "reason"}


_PAIR = re.compile(r"^\W*(true|false)\W+(true|false)\b", re.I)  # 'true, false': A, then R
_SAID = re.compile(
    r"\b(assertion|reason)\b(?:\s+is|\s*:)?\s+(true|false|right|wrong|correct|incorrect)"
)


_MISSPELT = re.compile(r"\b[a-z]{4,10}\b")


def _respelt(word: re.Match[str]) -> str:
    """'assetion' as 'assertion', 'reasn' as 'reason', 'flase' as 'false': a slip in the words
    that matter."""
    from rapidfuzz.distance import OSA

    for right in ("assertion", "reason", "explains", "explain", "false", "true"):  # 'flase' (r712)
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
    t = _MISSPELT.sub(_respelt, _spelt_out(text).lower())  # 'The assetion is' (r407 B)
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
