"""A numbered kind named with another word for kind: 'type V' or 'Type V crystals' for a
card's 'Form V' (review r574 B: graded wrong, though chocolatiers say both). Where the key is
one of these words and a numeral ('Form V', 'phase 2'), the same numeral (in Roman or Arabic
figures) after another of them is the same kind, right, with the card's form shown."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.numbered_names import roman_value
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_WORDS = r"(?:crystal\s+)?(?:form|type|phase|polymorph)"
_KEY = re.compile(rf"^{_WORDS}\s+(?P<n>[ivx]+|\d+)$")
_SAID = re.compile(rf"^(?:the\s+)?{_WORDS}\s+(?P<n>[ivx]+|\d+)(?:\s+crystals?)?$")


def numbered_kind(q: Question, text: str, expected: str) -> Verdict | None:
    """Right for the key's numeral after another word for kind; else None."""
    said = _SAID.match(normalise(text))
    if said is None:
        return None
    for key in [*q.answer, *q.accepted]:
        found = _KEY.match(normalise(key))
        value = _value(found["n"]) if found is not None else None
        if value is not None and value == _value(said["n"]):
            return Verdict("correct", expected, f"Right - the card says {q.answer[0]}.", text)
    return None


def _value(numeral: str) -> int | None:
    return int(numeral) if numeral.isdigit() else roman_value(numeral)
