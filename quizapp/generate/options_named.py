"""How many options an answer names by their own texts: two is a hedge ('Russia has tightened
... or Russia's population is shrinking': review r437 C); an option said not to be the answer
names none ('Kyrgyzstan, not Kazakhstan': review r469 A)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise


def options_named(text: str, options: list[str]) -> int:
    """How many options' own texts the answer holds: two is a hedge ('Russia has tightened
    ... or Russia's population is shrinking': review r437 C, graded by the nearer one)."""
    text = _TOLD_OF.sub(" ", text)  # 'calcium, gallium (is in group 13)' (review r663 B)
    text = _TOLD.sub(" ", text)  # 'Tajikistan (Armenia and Belarus are members)' (r481 D)
    text = _TOLD_AFTER.sub(" ", text)  # 'iron; sodium melts at 98 °C' (review r503 C)
    said = f" {_bare_words(RULED_OUT.sub(' ', text))} "  # 'Kyrgyzstan, not Kazakhstan' (r469 A)
    return sum(1 for o in options if len(o) > 3 and f" {_bare_words(o)} " in said)


# a bracket that says something of the options it names, with its own verb: a remark
_VERBS = r"is|are|was|were|has|have|had|joined|belongs?|lies|lie"
_TOLD = re.compile(rf"\([^()]*\b(?:{_VERBS})\b[^()]*\)", re.I)
_TOLD_AFTER = re.compile(
    rf"(?:[,;:]|\s[-–—]\s)\s*[^,;:()]*\b(?:{_VERBS}|melts?|boils?|found|discovered|named|than|floats?"
    r"|sinks?|ends?|starts?|begins?|rusts?|reacts?|would|will|can)\b"
    r"[^()]*$|(?:[,;:]|\s[-–—]\s)\s*(?:though|although|but|whereas)\s+\S+\s+\S+[^()]*$",
    re.I,
)  # 'gold - lithium is the least dense', 'gold, but lithium floats' (review r653)
# another thing after the answer with what is told of it in brackets, as option_sentences.py
# puts a sentence that opens with an option: 'calcium, gallium (is in group 13)'
_TOLD_OF = re.compile(r"(?:[,;:]|\s[-\u2013\u2014]\s)\s*[^,;:()]+\(\s*[a-z][^()]*\)[\s.!]*$")
RULED_OUT = re.compile(r"\b(?:not|rather than|instead of)\s+[^,;()]+", re.IGNORECASE)


def _bare_words(text: str) -> str:
    return " ".join(re.sub(r"[.,;:!?]", " ", normalise(text)).split())
