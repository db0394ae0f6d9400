"""A span of time said as a word ('a decade', 'two centuries', 'a fortnight') in the unit the
key is in, where the key is a time in years or days: 'How long did the Trojan War last?' is
answered 'a decade' for 10 years (review r624 E: told to type one number, or that it was a
date)."""

from __future__ import annotations

import re

from quizapp.generate.question import NumericKey

_SPANS = {"decade": (10, "years"), "century": (100, "years"), "fortnight": (14, "days")}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "half a": 0.5}
_SPAN = re.compile(
    r"^\s*(?:(?P<n>half a|an?|one|two|three|four|five|\d+(?:\.\d+)?)\s+)?"
    r"(?P<span>decade|centur|fortnight)(?:s|y|ies)?\b",
    re.IGNORECASE,
)


def spans_spelt(key: NumericKey, text: str) -> str:
    """`text` with a span word at its start as a figure in the key's unit of time."""
    found = _SPAN.match(text)
    if found is None:
        return text
    span = found["span"].lower().replace("centur", "century")
    per, unit = _SPANS[span]
    if unit != key.unit and not (unit == "years" and key.unit == "year"):
        return text
    said = (found["n"] or "a").lower()
    count = float(said) if said[0].isdigit() else _COUNTS[said]
    return f"{count * per:g} {unit}{text[found.end() :]}"
