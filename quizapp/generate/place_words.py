"""A place's category word, said or left out (review r216): 'Nile River', 'River Amazon' and
'the Danube river' for the Nile or the Amazon when the question asks which river; 'Caspian'
and 'the Caspian' for the Caspian Sea.

The category words are a closed list (CATEGORY). One may be added to the key, before or
after the name as English puts it, only when the question asks for that kind of place
('Which river...', 'Into which sea...') or the key has the word itself: 'Vietnam Sea' is
no answer to 'In which country does the Mekong reach the sea?'. A key's own category word
may be left out when what is left is still a name: a capitalised word of four letters or
more that is no common word ('Dead Sea' is not 'dead', nor 'Black Sea' 'black') and names
nothing else in the deck. 'city' is left out of the list: 'Mexico City' without it is a
country, and a city is not asked as 'Which city' with 'Paris City' for an answer.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.slips import COMMON_WORDS

# the word after the name ('Nile River', 'Caspian Sea'), or before it ('Lake Baikal')
AFTER = frozenset(
    {"river", "sea", "lake", "ocean", "mountains", "island", "islands", "desert", "bay", "range"}
    | {"museum", "gallery"}  # 'the Louvre Museum' asked in which museum (review r224)
)
BEFORE = frozenset({"river", "lake", "mount", "gulf", "strait"})
CATEGORY = AFTER | BEFORE
# what the question asks for ('Which river', 'What is the highest mountain'), and the
# category words that kind of place takes: a mountain is 'Mount Aconcagua', a range is
# 'the Karakoram Range' or 'the Karakoram Mountains' (review r221)
_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:(?:is|was)\s+the\s+(?:\w+est\s+|most\s+\w+\s+)?)?(\w+)(?:\s+(\w+))?",
    re.IGNORECASE,
)
_TAKES = {
    "mountain": {"mount"},
    "volcano": {"mount"},
    "peak": {"mount"},
    "range": {"range", "mountains"},
}
_SHORT = {"mount": ("mt", "mt.")}  # 'Mt Fuji', 'Mt. Fuji'
_NOT_NAMES = frozenset({"yellow", "orange", "purple", "little", "upper", "lower", "inner", "outer"})


def place_forms(prompt: str, names: list[str], vocabulary: dict[str, str]) -> list[str]:
    """Further forms of the key's names (normalised) under the rule above."""
    own = {vocabulary[n] for n in map(normalise, names) if n in vocabulary}
    asked = asked_words(prompt)
    words = {w for n in names for w in normalise(n).split()} | asked
    # a mountain range is no mountain; a range of figures no place ('What range of temperatures')
    kinds = {"range"} if {"mountain", "range"} <= asked else asked - {"range"}
    licensed = (words & CATEGORY) | {t for w in kinds for t in _TAKES.get(w, ())}
    bases: list[str] = []
    for name in names:
        plain = normalise(name).split()
        if not plain or any(ch.isdigit() for ch in name):
            continue  # a figure is no place
        if not set(plain) & CATEGORY:
            bases.append(" ".join(plain))
        left = _without_category(name)
        if left is not None and (left not in vocabulary or vocabulary[left] in own):
            bases.append(left)
    out = list(bases)
    for base in bases:
        out += [f"{base} {w}" for w in sorted(licensed & AFTER)]
        out += [f"{s} {base}" for w in sorted(licensed & BEFORE) for s in (w, *_SHORT.get(w, ()))]
    accepted = {normalise(n) for n in names}
    return [f for f in dict.fromkeys(out) if f not in accepted]


def asked_words(prompt: str) -> set[str]:
    """The words after 'which' or 'what' (or 'what is the highest'): the kind of thing asked
    for ('which mountain range' -> mountain, range)."""
    return {normalise(w) for m in _ASKED.finditer(prompt) for w in m.groups() if w}


def _without_category(name: str) -> str | None:
    """'the Caspian Sea' -> 'caspian', 'Lake Baikal' -> 'baikal'; None when there is no
    category word at the end (or the start), or what is left is no name."""
    raw = [w for w in name.split() if normalise(w) not in ("the", "a", "an")]
    if len(raw) < 2:
        return None
    if normalise(raw[-1]) in AFTER:
        rest = raw[:-1]
    elif normalise(raw[0]) in BEFORE:
        rest = raw[1:]
    else:
        return None
    left = normalise(" ".join(rest))
    if not all(w[:1].isupper() for w in rest) or len(left) < 4 or set(left.split()) & CATEGORY:
        return None
    if left in COMMON_WORDS or left in _NOT_NAMES or rest[0].lower() == "of":
        return None
    return left
