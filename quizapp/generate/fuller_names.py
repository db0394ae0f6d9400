"""A person known by one name, given with the rest of their name: 'Rembrandt Harmenszoon van
Rijn' or 'Rembrandt van Rijn' for Rembrandt (issue 12, session 24).

A deck or a card often keys a painter, a saint or a ruler by the one name everyone uses; a
learner who knows the full name has not answered worse. So where the key is one capitalised
word and it names a person (the question asks who, or the entity is of a person kind), the
key followed by one to four further words of a name (each capitalised, or a particle such as
'van' or 'de') is right, and the feedback shows the deck's answer. Not when a further word is
a name of another entity of the deck ('Rembrandt Vermeer'), nor when the key is the last word
of a longer name of the same person, a surname the deck also accepts alone ('Gordon' for
Richard Gordon: 'Gordon Cooper' is another astronaut; review r282), and never the other way
round: the further words alone ('van Rijn') are no answer here. A slip of one letter in the
key's word of a longer key ('Rembrant van Rijn') is a near miss, as the key's slip alone is.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from quizapp.facts.normalise import normalise
from quizapp.generate.given_names import PARTICLES, asks_who
from quizapp.generate.person_names import PERSON_KINDS
from quizapp.generate.question import Question
from quizapp.generate.slips import COMMON_WORDS
from quizapp.generate.text_words import entity_kind
from quizapp.generate.verdict import Verdict

MAX_MORE = 4  # further words of a name after the key
_VERB = re.compile(r"(?:ed|ing)$")
_APART = re.compile(r"[,;/?|&]")
SLIP_FROM = 5  # a key longer than this forgives one letter's slip in it


def fuller_name(
    q: Question, text: str, expected: str, vocabulary: dict[str, str]
) -> Verdict | None:
    """Right for the one-word key of a person followed by more of their name, else None."""
    words = text.strip().split()
    if not 2 <= len(words) <= 1 + MAX_MORE or _APART.search(text):
        return None  # 'Croesus, Midas' names two (review r488 A)
    for key in [*q.answer, *q.accepted]:
        if " " in key.strip() or not key[:1].isupper() or not _person(q, key, vocabulary):
            continue
        if _surname(key, q):
            continue
        slip = OSA.distance(normalise(words[0]), normalise(key))
        if slip > (1 if len(key) > SLIP_FROM else 0) or not _name_words(text, words[1:]):
            continue
        own = vocabulary.get(normalise(key))
        more = [normalise(w) for w in words[1:]]
        spans = {" ".join(more[i:j]) for i in range(len(more)) for j in range(i + 1, len(more) + 1)}
        if any(vocabulary.get(span, own) != own for span in spans):
            return None  # 'Rembrandt Vermeer', 'Rembrandt Central Asia': another deck name
        if slip:  # 'Rembrant van Rijn': a slip in the name itself
            note = f"Close enough - mind the spelling: {q.answer[0]}."
            return Verdict("near_miss", expected, note, normalise(text))
        note = f"Right - the deck's answer is {q.answer[0]}."
        return Verdict("correct", expected, note, normalise(text))
    return None


def _person(q: Question, key: str, vocabulary: dict[str, str]) -> bool:
    entity = vocabulary.get(normalise(key))
    return asks_who(q.prompt) or (entity is not None and entity_kind(entity) in PERSON_KINDS)


def _surname(key: str, q: Question) -> bool:
    """The key ends a longer name the question accepts: a surname ('Gordon' of Richard
    Gordon), after which further words make another person's name, not a fuller one."""
    word = normalise(key)
    return any(
        len(words) > 1 and words[-1] == word
        for words in (normalise(name).split() for name in [*q.answer, *q.accepted])
    )


def _name_words(text: str, words: list[str]) -> bool:
    """Words of a name: capitalised, or particles, ending with a name; in an answer typed all
    in lower case, words that are no common English word nor read as a verb ('rembrandt van
    rijn', not 'rembrandt painted')."""
    named = [w for w in words if normalise(w) not in PARTICLES]
    if not named or normalise(words[-1]) in PARTICLES:
        return False
    if text.islower():
        return all(w.isalpha() and w not in COMMON_WORDS and not _VERB.search(w) for w in named)
    return all(w[:1].isupper() for w in named)
