"""A clause set against a figure that tells something of its own, not a second figure for the
answer: another's figure ('though Kyrgyzstan got $333 million', review r445 A) or a deed the
year dates ('1989, though it finished in 1990', review r584 C). 'though it was the 20th' and
'though some say 120' offer a second answer (review r438 B)."""

from __future__ import annotations

import re

_ANOTHERS = re.compile(
    r"\s*\w+\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:['’]s)?\s+"
    r"(?!(?:say|says|said|think|thinks|claim|claims|puts?|gives?|reports?|estimates?)\b)",
)
# a clause with its own deed dated by a year: 'though it finished in 1990' (not 'it was 1990')
_DATED_CLAUSE = re.compile(
    r"\s*(?:though|although|but|yet)\s+(?:it|they|he|she|the\s+\w+)\s+(?:only\s+)?"
    r"(?!was\b|were\b|said\b|claimed\b|listed\b|recorded\b)[a-z]+ed\b[^,;\d]*?\bin\s+"
    r"(?:[a-z]+\s+)?(?:1\d|20)\d\d[\s.]*$",
    re.IGNORECASE,
)


def of_its_own(aside: str) -> bool:
    """Whether a contrasting clause with a figure tells of another thing or deed."""
    return bool(_ANOTHERS.match(aside) or _DATED_CLAUSE.match(aside))
