"""Figures each put to a thing by a word beside it: 'nitrogen 78%, oxygen 21%' asked of
oxygen's share, 'melts at -71, boils at -62' asked when radon boils (review r400 B).

The part whose own words the question says is the answer; the others are what the learner
knows besides, and are not graded. A swap ('nitrogen 21%, oxygen 78%') is read the same
way, so it is wrong, where the first figure alone was graded before. Words every part shares
('radon melts at -71, radon boils at -62'), or the name the list opens with, tell the parts
apart no better than none, so they are left out; a part with no word of its own ('21%,
oxygen 78%'), or two parts the question names, leave the answer as it stands.
"""

from __future__ import annotations

import re

from quizapp.generate.check_measure import unit_word
from quizapp.generate.dates import MONTHS

# a list of figures: parts split at a semicolon, a comma before a space (not the comma of
# '7,000'), or 'and'
_PARTS = re.compile(r"\s*;\s*|,\s+|\s+and\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")
_SAY_NOTHING = frozenset(
    {"about", "around", "roughly", "nearly", "almost", "just", "over", "under", "some"}
    | {"exactly", "approximately", "the", "and", "per", "cent", "percent", "degrees", "degree"}
    | {"thousand", "million", "billion", "its", "was", "were", "are", "has", "have", "had"}
    | {"for", "with", "from", "then", "than", "also", "plus", "too"}  # '5 engines, also 6' (r522)
    | {m.lower() for m in MONTHS}  # a date's month is no label: '20 July 1969, with Apollo 12'
)


def labelled_part(prompt: str, text: str) -> str | None:
    """The one part of a list of labelled figures that the question asks about, or None."""
    text = re.sub(r"\([^()]*\)", " ", text)  # a bracket's own list is a remark (r451 B)
    parts = [p for p in _PARTS.split(text.strip().rstrip(".!")) if p]
    if len(parts) < 2 or not all(any(c.isdigit() for c in p) for p in parts):
        return None
    labels, asked = [_stems(p) for p in parts], _stems(prompt)
    shared = set.intersection(*labels)
    named = _named(labels, shared, asked)
    if named is not None and len(named) > 1:  # 'radon melts at -71 and boils at -62'
        named = _named(labels, shared | _stems(" ".join(_WORD.findall(parts[0])[:1])), asked)
    return parts[named[0]] if named is not None and len(named) == 1 else None


def _named(labels: list[set[str]], shared: set[str], asked: set[str]) -> list[int] | None:
    """The parts whose own words the question says; None when a part says nothing of its
    own ('21%, oxygen 78%')."""
    own = [words - shared for words in labels]
    return [i for i, words in enumerate(own) if words & asked] if all(own) else None


def _stems(text: str) -> set[str]:
    """The words of `text` that could say what a figure is, each cut to a rough stem: 'boils',
    'boiling' and 'boil' are one word here."""
    words = (w.lower() for w in _WORD.findall(text))
    return {rough_stem(w) for w in words if w not in _SAY_NOTHING and not unit_word(w)}


def rough_stem(word: str) -> str:
    """'boils', 'boiling' and 'boiled' as 'boil': an ending cut where three letters stay."""
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word
