"""A name with a word for what kind of thing it names: 'Apollo 14 mission', 'the Apollo 14
flight' and 'the mission Apollo 14' all name Apollo 14.

A learner often says what the answer is along with its name. Where the key is an entity whose
declared kind (the deck's `kind:`, e.g. `mission` or `cancelled-mission`) has kind words here,
or whose question asks 'which mission' / 'what element' with such a word, one kind word at the
start or the end of the answer says what the thing is, not which one: the rest is graded as
the answer (review r258 #13, #30, #41 refused 'Apollo 14 mission'). Only words that name the
same thing count: never 'crew', 'launch pad' or 'programme' for a mission, which name
something else. Where the deck has an entity whose name is the answer itself, or the rest
with that kind word ('X' and 'X mission' as two entities), the word is not taken off.

Companies and organisations have their own, wider readings (check_companies.py).
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.text_words import entity_kind

# words that say what a thing of a declared kind is, without saying which one
KIND_WORDS: dict[str, frozenset[str]] = {
    "mission": frozenset({"mission", "flight", "spaceflight"}),
    "element": frozenset({"element"}),
    "country": frozenset({"country", "nation"}),
    "treaty": frozenset({"treaty", "pact", "agreement", "accord"}),
    "organisation": frozenset({"organisation", "organization"}),
    "agency": frozenset({"agency"}),
    "programme": frozenset({"programme", "program", "project"}),
    "rocket": frozenset({"rocket", "launcher"}),
    "spacecraft": frozenset({"spacecraft", "craft"}),
    "vehicle": frozenset({"vehicle"}),
    "religion": frozenset({"religion", "faith", "teachings", "tradition", "beliefs"}),  # r374 D
}
_ALL_KIND_WORDS = frozenset().union(*KIND_WORDS.values())
_ASKING = re.compile(r"\b(?:which|what)((?: [\w-]+){1,3})", re.IGNORECASE)


def kind_words(kind: str) -> frozenset[str]:
    """The words for a declared kind, or for its last part ('cancelled-mission': a mission)."""
    return KIND_WORDS.get(kind, frozenset()) | KIND_WORDS.get(kind.rsplit("-", 1)[-1], frozenset())


def asked_kind_words(prompt: str) -> frozenset[str]:
    """Kind words the question asks by, within three words of 'which' or 'what' ('Which
    numbered Apollo mission', 'On which mission')."""
    said = {w.lower() for m in _ASKING.finditer(prompt) for w in m[1].split()}
    return frozenset(said) & _ALL_KIND_WORDS


def asked_nouns(prompt: str) -> frozenset[str]:
    """The question's own words for what it asks, on any deck: 'warship' of 'Which Swedish
    warship sank ...', 'bone' of 'What is the smallest bone ...' (review r428 C: 'Vasa
    warship' and 'stapes bone' were refused, 'the warship Vasa' was right)."""
    found = _ASKED_NOUN.search(prompt)
    words = [w.lower() for w in found[1].split()] if found else []
    nouns = {w for w in words if w.isalpha() and len(w) > 2 and w not in _NOT_NOUNS}
    return frozenset(nouns.union(*(_KIN.get(w, ()) for w in nouns)))  # 'Cyrillic script'


# the same kind said otherwise: 'Which alphabet ...?' answered 'Cyrillic script' (r432 D)
_KIN = {
    "alphabet": ("script", "writing"),
    "script": ("alphabet", "writing"),
    "ship": ("vessel", "boat"),
    "warship": ("ship", "vessel"),
    "language": ("tongue",),
}


_ASKED_NOUN = re.compile(
    r"\b(?:which|what)(?: is| was| were| are)?(?: the)?((?: [\w-]+){1,2})", re.I
)
_NOT_NOUNS = frozenset(
    {"did", "does", "was", "were", "are", "has", "had", "the", "its", "his", "her", "year", "for"}
)


def without_kind_word(q: Question, text: str, vocabulary: dict[str, str]) -> str | None:
    """The answer without one kind word for the key at its start or end ('the Apollo 14
    mission' -> 'apollo 14'), or None when it has none or the deck names something by it."""
    accepted = {normalise(a) for a in [*q.answer, *q.accepted]} - {""}
    keys = {vocabulary[a] for a in accepted if a in vocabulary}
    words = set(asked_kind_words(q.prompt))
    for key in keys:
        words |= kind_words(entity_kind(key))
    given = normalise(text).split()
    plain = not re.search(r"[,;:()]", text)  # 'Vasa warship'; not 'the CSTO, a ... alliance'
    nouns = asked_nouns(q.prompt) if plain else frozenset()
    if len(given) < 2 or not (words or nouns):
        return None
    ends = ((given[-1], " ".join(given[:-1]).removesuffix("'s")), (given[0], " ".join(given[1:])))
    for n, (word, bare) in enumerate(ends):  # "Islam's teachings", 'the Apollo 14 mission'
        said = words | nouns if n == 0 else words  # the question's noun after the name only
        if word.strip(".,") in said and not any(
            _names_another(form, keys, vocabulary) for form in (f"{bare} {word}", f"{word} {bare}")
        ):
            return bare
    return None


def _names_another(name: str, keys: set[str], vocabulary: dict[str, str]) -> bool:
    return name in vocabulary and vocabulary[name] not in keys
