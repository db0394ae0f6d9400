"""A person named with a description of what they were: 'the alchemist Hennig Brand', 'the
German chemist Winkler', 'Henry Cavendish the English chemist' (review r364 B). The name is
graded without the description, as it is after a comma ('Brand, a Hamburg alchemist'); the
name left must still be an accepted one, so 'the chemist Scheele' stays wrong.
"""

from __future__ import annotations

from quizapp.facts.normalise import normalise
from quizapp.generate.given_names import ROLE_NOUNS

__all__ = ["role_readings"]

# offices are left to check_forms.person_readings, which reads them against the deck's own
# role phrases, so 'Kazakh president Mirziyoyev' stays wrong (given_names.ROLE_NOUNS)
_ARTICLES = frozenset(["the", "a", "an"])
_DESCRIBING = 3  # words before the noun at most: 'the German alchemist', 'English scientist'


def role_readings(text: str) -> list[str]:
    """The name without a person noun's phrase before it or after it ('the alchemist X',
    'X the English chemist'); none when the phrase has no noun for a person."""
    words = normalise(text).replace(",", " ").split()
    out = []
    start = 1 if words[:1] and words[0] in _ARTICLES else 0
    for n in range(start, min(start + _DESCRIBING + 1, len(words) - 1)):
        if _described(words[start:n]) and words[n] in ROLE_NOUNS:
            out.append(" ".join(words[n + 1 :]))  # 'the alchemist | hennig brand'
    for cut in range(1, len(words) - 1):
        described = _described(words[cut + 1 : -1]) and words[-1] in ROLE_NOUNS
        if words[cut] in _ARTICLES and described:  # 'henry cavendish | the english chemist'
            out.append(" ".join(words[:cut]))
    return out


def _described(words: list[str]) -> bool:
    """A few plain words, no figure among them: 'german', 'hamburg'."""
    return len(words) <= _DESCRIBING and all(w.isalpha() for w in words)
