"""An imported answer cell: the answer shown and the other spellings or answers that count,
written after a `|` ("Kyiv|Kiev"), or after a slash between names, spaced as Anki and Quizlet
exports write two answers ("Femur / thigh bone") or unspaced between two names of four letters
or more ("Nimzowitsch/Nimzovich"; never "km/h", "AC/DC" or "1/2")."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise

ALTERNATIVES = "|"  # 'Kyiv|Kiev': the answer, then other spellings that count
NAME_WORDS = 5  # an answer of at most this many words, capitalised, is a name


def answer_and_alternatives(cell: str) -> tuple[str, list[str]]:
    """The answer shown and the other spellings accepted: 'Kyiv|Kiev' -> ('Kyiv', ['Kiev'])."""
    names = [part.strip() for part in cell.split(ALTERNATIVES)]
    slashed = [part.strip() for part in _SLASH.split(cell)]
    if len(slashed) == 1 and _TIGHT_SLASH.fullmatch(cell.strip()):
        slashed = cell.strip().split("/")  # 'Nimzowitsch/Nimzovich' (review r444)
    if len(names) == 1 and len(slashed) > 1 and all(map(_name_like, slashed)):
        names = slashed  # 'Femur / thigh bone': Anki's and Quizlet's way (review r428 H)
    names = [name for name in names if name]
    if not names:
        return cell.strip(), []
    shown = normalise(names[0])
    others = [n for n in dict.fromkeys(names[1:]) if normalise(n) != shown]
    return names[0], others


_SLASH = re.compile(r"\s+/\s+")  # spaced: never 'km/h' or '1/2'
# unspaced between two capitalised names of four letters or more: not 'km/h', 'AC/DC', 'and/or'
_NAME = r"[A-Z][^\W\d_]*[a-z][^\W\d_]{2,}(?: [A-Z][^\W\d_]+)*"
_TIGHT_SLASH = re.compile(rf"{_NAME}(?:/{_NAME})+")


def _name_like(part: str) -> bool:
    """A side of 'A / B' that reads as an answer of its own: words, not a bare figure."""
    return 0 < len(part.split()) <= NAME_WORDS and re.search(r"[^\W\d_]", part) is not None
