"""Degree signs as people type them (review r370 C, E): '98˚C' with the ring above a Mac
keyboard gives for the degree sign, '98ºC' with the ordinal sign, and '98 C' or '98 c' with no
sign at all where the key is in degrees Celsius (or Fahrenheit). Each is read as '98 °C';
'98 C' was read as the 98th century and asked again as a year.
"""

from __future__ import annotations

import re

from quizapp.generate.question import NumericKey

_LOOKALIKE = re.compile(r"(?<=\d)(\s*)[\u02da\u00ba\u2070\u030a](?=\s*[cfk]?\b)", re.IGNORECASE)
_BARE = re.compile(r"(?<=\d)\s*([cf])\.?(?=\s*(?:[,;()]|$))", re.IGNORECASE)


def with_degrees(key: NumericKey, text: str) -> str:
    """`text` with a look-alike degree sign as '°', and a bare C or F after the figure as
    '°C' or '°F' where the key is a temperature on that scale."""
    text = _LOOKALIKE.sub(r"\1°", text)
    if key.unit not in ("°C", "°F"):
        return text
    return _BARE.sub(lambda m: f" °{m[1].upper()}", text)
