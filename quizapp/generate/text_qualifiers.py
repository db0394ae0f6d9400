"""A key with qualifiers before it ("Sunni Islam" for Islam, "crude oil" for oil): when the
extra words make it a kind of the same thing, and when they make it another thing."""

from __future__ import annotations

import re

from quizapp.generate.given_names import GIVEN_NAMES, PARTICLES
from quizapp.generate.person_names import PERSON_KINDS
from quizapp.generate.slips import BRANCHES
from quizapp.generate.text_words import (
    PHRASE_WORDS,
    SMALL_WORDS,
    content_words,
    entity_kind,
    ordered_words,
    stem,
)

# words that, put before a name, make it another thing rather than a kind of it
_NOT_A_KIND_WORDS = """north south east west northern southern eastern western central upper
lower greater lesser inner outer former ex old new future past late early non anti pseudo quasi
fake false mock not no other another different more less most least few fewer many some several
all half semi sub post pre neo proto zero only first second third last next previous
one two three four five six seven eight nine ten dozen"""
NOT_A_KIND = frozenset(_NOT_A_KIND_WORDS.split()) | {"double", "triple", "quadruple"}  # r604 A
# the opposite process, or a compound that is another plant or animal: 'reverse transcription',
# 'sweet pea', 'chick pea', 'sea lion', 'guinea pig' (review r714 #56, #64)
NOT_A_KIND |= {"reverse", "inverse", "counter", "sweet", "chick", "guinea", "sea"}
# a title before one name that makes it another person's ('Lady Macbeth')
# ('Queen Nefertiti', 'Queen Cleopatra' are the queen herself: review r714 #34, #66)
_ANOTHER_PERSON = frozenset({"lady", "princess", "duchess", "countess", "mrs", "madame"})


# given names as ordered_words gives them: one before a name makes it another person's
_GIVEN_STEMS = frozenset(stem(n) for n in GIVEN_NAMES)


_VESSEL = frozenset({"hms", "uss", "ss", "rms"})  # 'HMS Challenger' (r321)
_VESSEL_DOTS = re.compile(r"\b(?:[HR]\.\s?M|U\.\s?S)\.\s?S\b\.?", re.IGNORECASE)  # 'H.M.S.'


def _undotted(m: re.Match[str]) -> str:
    return "".join(c for c in m[0] if c.isalpha())


def _named_before_text(name: str, extras: list[str], stem_words: set[str], keys: set[str]) -> bool:
    """Before a free-text name (no entity of the deck), a word the stem lacks is another name:
    'Eagle Columbia' for the call sign Columbia (reviews r315, r318); 'lunar module Falcon'
    stays right."""
    return not keys and name[:1].isupper() and any(w not in _VESSEL | stem_words for w in extras)


_APART = re.compile(r"[/;?|]|,\s")  # marks set two answers apart: 'Verrocchio / Michelangelo'
# (review r488 A), never a qualifier and its name


def _titled(g: tuple[str, ...], k: tuple[str, ...], extras: list[int]) -> bool:
    """A title before one name that makes it another person's ('Lady Macbeth': review r604 A)."""
    return len(k) == 1 and any(g[i] in _ANOTHER_PERSON for i in extras)


def qualified(
    given: str,
    name: str,
    stem_words: set[str],
    keys: set[str],
    vocabulary: dict[str, str],
    person: bool = False,
) -> bool:
    """`given` is `name` with one or two qualifiers ("Sunni Islam") naming nothing else."""
    g, k = ordered_words(_VESSEL_DOTS.sub(_undotted, given)), ordered_words(name)
    if _APART.search(given) or not k or not g or g[-1] != k[-1] or len(g) - len(k) not in (1, 2):
        return False
    if listed_apart(given, name, stem_words):
        return False
    extras: list[int] = []
    j = 0
    for i, w in enumerate(g):  # the key's words in order, the rest are qualifiers
        if j < len(k) and w == k[j]:
            j += 1
        else:
            extras.append(i)
    named = _named_before_text(name, [g[i] for i in extras], stem_words, keys)
    if named or j != len(k) or len(extras) != len(g) - len(k):
        return False
    first = next(i for i, w in enumerate(g) if i not in extras)
    person = person or any(entity_kind(e) in PERSON_KINDS for e in keys)  # a patronymic inside
    inside = any(i > first for i in extras)
    if _titled(g, k, extras) or any(g[i] in _GIVEN_STEMS for i in extras if i < first):
        return False  # another person: 'Louis Napoleon Bonaparte' (r226), 'Lady Macbeth' (r604)
    if person and not _own_names([g[i] for i in extras if i < first], keys, vocabulary):
        return False  # 'Marc Isambard Brunel' (the father) for Brunel (review r248)
    if inside and not person and any(w[:1].isupper() for w in name.split()[1:]):
        return False  # a word inside a proper name names another thing: 'Eurasian Customs Union'
    for i in extras:
        word = g[i]
        if person and word in PARTICLES and i + 1 in extras and i > first:
            continue  # 'José de Sousa Saramago': a particle inside a middle name
        if i + 1 >= len(g) or not (g[i + 1] in k or i + 1 in extras) or g[i + 1] in SMALL_WORDS:
            return False  # a qualifier stands right before the word it qualifies
        if _another_thing(word) or names_other_entity(word, stem_words, keys, vocabulary):
            return False
    for other, entity in vocabulary.items():
        words = ordered_words(other)
        rival = entity not in keys and len(words) > 1 and words[-1] == k[-1]
        if rival and any(g[i] in words[:-1] for i in extras):
            return False  # "ice gas giant": the word that makes the ice giant another type
        before = len(words) - len(k) - 1
        if before >= 0 and words[before + 1 :] == k and words[before] not in SMALL_WORDS:
            return False  # the deck names qualified forms itself: "Johann Galle", "South Korea"
    return True


def _own_names(words: list[str], keys: set[str], vocabulary: dict[str, str]) -> bool:
    """Names before a person's surname are the key's own: words of one of its names."""
    own = {w for name, e in vocabulary.items() if e in keys for w in ordered_words(name)}
    return not own or all(w in own for w in words)


def _another_thing(word: str) -> bool:
    """A qualifier that makes the key another thing, or is no qualifier at all."""
    if not word.isalpha() or len(word) < 3 or word in SMALL_WORDS:
        return True
    return word in NOT_A_KIND or word in PHRASE_WORDS or word in BRANCHES


def names_other_entity(
    word: str, stem_words: set[str], keys: set[str], vocabulary: dict[str, str]
) -> bool:
    """A qualifier that is another entity's one-word name, or its adjective ("Chinese" for
    China, "Kazakh" for Kazakhstan), unless the question itself names that entity."""
    for other, entity in vocabulary.items():
        if entity in keys or " " in other or len(other) < 4:
            continue
        same = stem(other) == word or _adjective_of(word, other)
        if same and not any(s[:4] == word[:4] for s in stem_words):
            return True
    return False


def _adjective_of(word: str, name: str) -> bool:
    """ "Chinese" of China, "Kazakh" of Kazakhstan: one begins the other, or they part only at
    the shorter one's last letter. Not "Kenneth" of Kennedy (Thomas Kenneth Mattingly II, a
    full name refused as naming the Kennedy Space Center: review 9207 #34)."""
    if len(word) < 4 or word[:4] != name[:4]:
        return False
    shorter = min(len(word), len(name))
    common = next((i for i, (a, b) in enumerate(zip(word, name, strict=False)) if a != b), shorter)
    return common >= shorter - 1


def listed_apart(given: str, name: str, stem_words: set[str]) -> bool:
    """'Moscow, Kyiv' for the capital of Ukraine: a comma makes the words before it a list's
    first member, a second answer, not a qualifier, unless the question names them ('Ukraine,
    Kyiv') and not the answer too ('Kyrgyzstan, Tajikistan' asked which of the two: a hedge).
    Session-20 capitals reading: Moscow, no entity of that deck, was taken for a kind of Kyiv."""
    *before, _ = given.split(",")
    listed = {w for part in before for w in content_words(part)}
    if not before or not listed <= stem_words:
        return bool(before)
    # the question names the answer itself, apart from the list's other words: a hedge
    return set(content_words(name)) <= stem_words - listed
