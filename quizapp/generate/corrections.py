"""An answer the learner corrects as they type it: 'CSTO, I mean SCO', '865, or rather 333',
'China (but really Russia)' answer with what comes after the correction; '2014 (i.e. 2013)'
says the same thing twice, so both parts must be right (review r416 A: each was graded as its
first part, and a wrong final answer passed)."""

from __future__ import annotations

import re

# the learner takes back what they typed first
_CORRECTED = re.compile(
    r"^(?P<first>.+?)\s*[,;(]?\s*(?:-\s*)?\b(?:i mean|i meant|or rather|no wait|make that"
    r"|correction|but really)\b[\s,:]*(?P<final>[^()]+?)\)?[\s.!]*$",
    re.IGNORECASE,
)
# the learner says it again in other words
_RESTATED = re.compile(
    r"^(?P<first>.+?)\s*[,;(]\s*(?:i\.\s?e\.?|ie|that is|namely)[\s,:]+"
    r"(?P<final>[^()]+?)\)?[\s.!]*$",
    re.IGNORECASE,
)


def corrected(text: str) -> tuple[str, str, bool] | None:
    """(first, final, restated) for an answer corrected or restated as it was typed; None for
    any other. With `restated`, both parts are answers; else only the final one is."""
    for pattern, restated in ((_CORRECTED, False), (_RESTATED, True)):
        found = pattern.match(text.strip())
        if found is not None and found["final"].strip():
            return found["first"].strip(), found["final"].strip(), restated
    return None
