"""Grading a typed name or phrase by the meaning of its words, not only by spelling.

In order, after normalising (NFKC, case, accents, dashes, quotes, leading articles):
1. the key, an alias or the source's own phrase (`source_phrase`) -> correct;
2. another name of the same entity in the deck, including its metonyms ("Moscow" for Russia)
   -> correct; a name of a *different* entity -> wrong, however close the spelling;
3. the same content words in any order, ignoring small words and plural -s ("investment and
   trade") -> correct;
4. the key without words the question already says ("Conclusions on the EU-Central Asia
   Strategy" when the stem says "Council") -> correct;
5. the head noun of a short key ("Russians" for "ethnic Russians"), when no other entity of
   the deck has that head noun or name -> correct;
6. a small edit distance from any of these forms (1 for short answers, 2 for longer; answers
   of three letters or fewer must be exact) -> near miss, unless another name in the deck is
   as close (Iran/Iraq) -> wrong. Substrings never count.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import OSA

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

TINY = 3  # acronyms and other answers this short must be exact (SCO vs CSO, EU vs EEU)
SHORT = 6  # answers up to this many characters allow one typo, longer ones two
SMALL_WORDS = frozenset({"a", "an", "the", "and", "of", "in", "on", "for", "to", "with", "by"})
# a key with one of these is a phrase, not a noun with modifiers: it has no single head noun
_PHRASE_WORDS = SMALL_WORDS - {"a", "an", "the"} | {"at", "from", "rather", "than", "that"}
_PHRASE_WORDS |= {"which", "who", "without", "or", "not", "about"}
_SPLIT = re.compile(r"[^\w%$]+")


@lru_cache(maxsize=16384)
def content_words(text: str) -> tuple[str, ...]:
    """Sorted content words, plural -s dropped: 'the investment and trade' -> investment, trade."""
    words = [w for w in _SPLIT.split(normalise(text)) if w and w not in SMALL_WORDS]
    return tuple(sorted(_stem(w) for w in words))


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=16384)
def head_noun(name: str) -> str | None:
    """'ethnic Russians' -> 'russian'; None for one word, a phrase or more than three words."""
    words = [w for w in _SPLIT.split(normalise(name)) if w]
    if not 2 <= len(words) <= 3 or any(w in _PHRASE_WORDS for w in words):
        return None
    head = _stem(words[-1])
    return head if len(head) >= 4 else None


_HEADS: dict[int, tuple[dict[str, str], dict[str, set[str]]]] = {}


def _heads(vocabulary: dict[str, str]) -> dict[str, set[str]]:
    """Head nouns and one-word names of the deck -> the entities they could mean."""
    cached = _HEADS.get(id(vocabulary))
    if cached is not None and cached[0] is vocabulary:
        return cached[1]
    heads: dict[str, set[str]] = {}
    for name, entity in vocabulary.items():
        for h in (head_noun(name), _stem(name) if " " not in name else None):
            if h:
                heads.setdefault(h, set()).add(entity)
    if len(_HEADS) > 16:
        _HEADS.clear()
    _HEADS[id(vocabulary)] = (vocabulary, heads)
    return heads


def check_text(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict:
    given = normalise(text)
    if not given:
        return Verdict("wrong", expected, "No answer given.")
    names = [*q.answer, *q.accepted]
    accepted = {normalise(a) for a in names} - {""}
    if given in accepted:
        return Verdict("correct", expected, understood=given)
    keys = {vocabulary[a] for a in accepted if a in vocabulary}
    if given in vocabulary:
        if vocabulary[given] in keys:
            return Verdict("correct", expected, understood=given)
        return Verdict("wrong", expected, "That is another name in the deck.", given)
    words = content_words(given)
    if words and _by_meaning(q, words, given, accepted, keys, vocabulary):
        return Verdict("correct", expected, understood=" ".join(words))
    return _spelling(q, given, words, accepted, vocabulary, expected)


def _by_meaning(
    q: Question,
    words: tuple[str, ...],
    given: str,
    accepted: set[str],
    keys: set[str],
    vocabulary: dict[str, str],
) -> bool:
    stem_words = set(content_words(q.prompt))
    heads = _heads(vocabulary)
    for name in accepted:
        key_words = content_words(name)
        if words == key_words:
            return True
        missing = Counter(key_words) - Counter(words)
        extra = Counter(words) - Counter(key_words)
        if not extra and missing and set(missing) <= stem_words and len(words) >= 1:
            return True
        head = head_noun(name)
        said = head in stem_words  # "planet" for "rocky planet" when asked what type of planet
        if head is not None and not said and (given == head or _stem(given) == head):
            rivals = heads.get(head, set()) - keys
            if not rivals:
                return True
    return False


def _spelling(
    q: Question,
    given: str,
    words: tuple[str, ...],
    accepted: set[str],
    vocabulary: dict[str, str],
    expected: str,
) -> Verdict:
    forms = accepted | {" ".join(content_words(a)) for a in accepted}
    best = min(OSA.distance(given, a) for a in forms) if forms else 99
    if words:
        best = min(best, min(OSA.distance(" ".join(words), a) for a in forms))
    allowed = 0 if len(given) <= TINY else 1 if len(given) <= SHORT else 2
    if best > allowed:
        return Verdict("wrong", expected, understood=given)
    keys = {vocabulary[a] for a in accepted if a in vocabulary}
    rivals = [name for name, entity in vocabulary.items() if entity not in keys]
    if any(OSA.distance(given, name, score_cutoff=best) <= best for name in rivals):
        return Verdict("wrong", expected, "That is closer to another name in the deck.", given)
    return Verdict(
        "near_miss", expected, f"Close enough - mind the spelling: {q.answer[0]}.", given
    )
