"""A numbered kind named with another word for kind: 'type V' or 'Type V crystals' for a
card's 'Form V' (review r574 B: graded wrong, though chocolatiers say both). Where the key is
one of these words and a numeral ('Form V', 'phase 2'), the same numeral (in Roman or Arabic
figures) after another of them is the same kind, right, with the card's form shown."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_WORDS = r"(?:crystal\s+)?(?:form|type|phase|polymorph)"
_KEY = re.compile(rf"^{_WORDS}\s+(?P<n>[ivx]+|\d+)$")
_SAID = re.compile(rf"^(?:the\s+)?{_WORDS}\s+(?P<n>[ivx]+|\d+)(?:\s+crystals?)?$")
_ROMAN = {"i": 1, "v": 5, "x": 10}


def numbered_kind(q: Question, text: str, expected: str) -> Verdict | None:
    """Right for the key's numeral after another word for kind; else None."""
    said = _SAID.match(normalise(text))
    if said is None:
        return None
    for key in [*q.answer, *q.accepted]:
        found = _KEY.match(normalise(key))
        if found is not None and _value(found["n"]) == _value(said["n"]):
            return Verdict("correct", expected, f"Right - the card says {q.answer[0]}.", text)
    return None


def _value(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
