"""A bracket that names the key's partners: 'Borman (Lovell and Anders)' asked who commanded
Apollo 8 names the crew he flew with, a true remark (review r486 A: graded wrong as second
answers). Read as the key and the bracket listed together ('Borman, Lovell and Anders'), which
tie_claims confirms when the deck puts all of them with the question's thing. Only a list of
two names or more is a crew named: one ('Odyssey (Aquarius)', 'Borman (Lovell)') may be a
second answer as well, and a name the deck does not tie ('Borman (Alan Shepard)') is one."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.tie_claims import tie_told


def partners_told(
    q: Question, outer: str, inner: str, vocabulary: dict[str, str], text: str
) -> tuple[bool, str] | None:
    """(True, '') when the bracket names the key's partners the deck gives; else None."""
    names = [p for p in _LISTED.split(inner.strip()) if p]
    if f"({inner})" not in text or len(names) < 2:  # the crew listed in brackets, not 'A, B, C'
        return None
    if any(normalise(n) not in vocabulary for n in names):
        return None
    listed = tie_told(q, f"{outer}, {inner}", vocabulary, text)
    return listed if listed and listed[0] else None


_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*")
