"""A person's name in another form than the one an imported card gives (review r444 C).

A card's author writes one form of a name ('Wilhelm Steinitz', 'Gukesh Dommaraju / Gukesh D');
learners type others that are just as right. For the key of a card that asks for a person:
- the one word every form the card gives shares ('Gukesh' of 'Gukesh Dommaraju' and 'Gukesh
  D'): the name the person goes by, right (answer_forms.py adds it to the key's forms);
- the surname with another form of the given name, starting as it does ('William Steinitz' for
  Wilhelm, 'Vishy Anand' for Viswanathan): right, with the card's form shown; another given
  name altogether stays another person ('Alexei Tolstoy' for Leo, review r219).
Not where another entity of the deck has that surname, nor with a word that names one. More
given names before the card's are not taken either: 'Louis-Napoléon Bonaparte' is another
Bonaparte than the card's Napoleon (review r226), as no card can tell from 'Sven Magnus
Carlsen'.

For any person's key, a name spelt in another transliteration ('Nimzovich' for Nimzowitsch,
'Tschaikowsky' for Tchaikovsky) is a near miss, as a slip is, with the key's spelling shown:
no longer wrong for being more than a letter or two away.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.given_name_forms import same_given_name
from quizapp.generate.given_names import PARTICLES
from quizapp.generate.question import Question
from quizapp.generate.text_words import transliteration_fold
from quizapp.generate.verdict import Verdict

MIN_SHARED = 4  # letters of a shared word that can name a person alone
MIN_STEM = 3  # letters a given name's other form shares with it at the start


def card_name(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict | None:
    """The verdict on another form of a person's name (module docstring), or None."""
    from quizapp.generate.answer_forms import imported_key, is_person_key

    if not q.answer or not is_person_key(q, vocabulary):
        return None
    names = [*q.answer, *q.accepted]
    given, keys = _words(text), [_words(k) for k in names]
    own = {vocabulary[n] for n in map(normalise, names) if n in vocabulary}
    if not given or _names_another(given, keys, own, vocabulary):
        return None
    said = " ".join(given)
    spelt = _transliterated(given, keys)
    if spelt is not None:
        note = f"Close enough - the deck spells it {names[spelt]}."
        return Verdict("near_miss", expected, note, said)
    if not imported_key(q, vocabulary):
        return None
    written = [_words(n) for n in names if normalise(n) in vocabulary]  # the card's own forms
    for key in (k for k in written if len(k) >= 2):
        if _given_form(given, key):
            return Verdict("correct", expected, f"Right - the card says {q.answer[0]}.", said)
    if _mixed_forms(given, written):  # 'Lev Theremin' of 'Léon Theremin / Lev Termen' (r460 A)
        return Verdict("correct", expected, f"Right - the card says {q.answer[0]}.", said)
    return None


def _mixed_forms(given: list[str], written: list[list[str]]) -> bool:
    """A given name of one of the card's forms with the surname of another: the card writes
    one person two ways, and a learner may take a part of each."""
    firsts = {w[0] for w in written if len(w) >= 2}
    lasts = {w[-1] for w in written if len(w) >= 2}
    return len(given) == 2 and given[0] in firsts and given[-1] in lasts


def _words(text: str) -> list[str]:
    return [w.strip(".,") for w in normalise(text).replace("-", " ").split() if w.strip(".,")]


def _names_another(
    given: list[str], keys: list[list[str]], own: set[str], vocabulary: dict[str, str]
) -> bool:
    """A word of the answer is another deck name than the key's, or its last word: 'Ding' or
    'Liren' beside the key's surname names another player."""
    key_words = {w for k in keys for w in k}
    said = f" {' '.join(given)} "
    for name, entity in vocabulary.items():
        if entity in own or not name or entity.startswith("prompt:"):
            continue  # a card's question names no one
        last = name.split()[-1]
        first = name.split()[0] if " " in name else ""
        if f" {name} " in said or (len(last) >= MIN_SHARED and last in given[:-1]):
            return True
        if first and first in given and first not in key_words:  # 'Emanuel Steinitz'
            return True
        if len(last) >= MIN_SHARED and last == given[-1] and last not in key_words:
            return True
    return False


def shared_word(names: list[str]) -> str | None:
    """The one word every form of an imported card's person shares, which names them alone:
    'gukesh' of 'Gukesh Dommaraju / Gukesh D' (two forms or more); else None."""
    forms = [_words(n) for n in names]
    if len(forms) < 2:
        return None
    common = [w for w in forms[0] if len(w) >= MIN_SHARED and all(w in f for f in forms[1:])]
    if len(common) != 1:
        return None
    return next((w for w in names[0].split() if normalise(w) == common[0]), common[0])


def _given_form(given: list[str], key: list[str]) -> bool:
    """Another form of the key's given name before its surname, starting as it does: 'william
    steinitz' for 'wilhelm steinitz', 'vishy anand' for 'viswanathan anand'. Another given name
    altogether is another person ('Alexei Tolstoy', 'Richard Speke')."""
    if len(given) != len(key) or given[1:] != key[1:] or len(key[-1]) < MIN_SHARED:
        return False  # 'Peter Ilyich Tchaikovsky' for Pyotr Ilyich (review r594 B)
    first, own = given[0], key[0]
    if first == own or len(first) <= 2 or first in PARTICLES:
        return False  # the key itself, or an initial ('V. Anand'), read elsewhere
    known = same_given_name(first, own)  # 'Rudolf Lindt' for Rodolphe
    if known is not None:  # (given_name_forms.py, review r574 A); 'Edward' is no Edwin (G)
        return known
    return first[:MIN_STEM] == own[:MIN_STEM]


# spellings of one sound across the other transliterations (German, French, English) after
# the Russian-style fold of text_words, longest first: 'tsch' and 'ch'
_SOUNDS = (
    ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("ck", "k"), ("ph", "f"), ("th", "t"),
    ("ou", "u"), ("w", "v"), ("y", "i"), ("j", "i"), ("x", "ks"),
)  # fmt: skip
_DOUBLE = re.compile(r"(\w)\1")


def _fold(word: str) -> str:
    word = transliteration_fold(word)  # 'Tchaikovskiy', 'Chaykovsky' (text_words.py)
    for spelt, sound in _SOUNDS:
        word = word.replace(spelt, sound)
    return _DOUBLE.sub(r"\1", word)


def _transliterated(given: list[str], keys: list[list[str]]) -> int | None:
    """Which key is typed in another transliteration, word for word from its end, one word
    spelt otherwise at least ('nimzovich' for 'aron nimzowitsch'); else None."""
    for i, key in enumerate(keys):
        tail = key[-len(given) :]
        if len(key) < len(given) or tail == given:
            continue
        if all(
            _fold(g) == _fold(k) and len(k) >= MIN_SHARED for g, k in zip(given, tail, strict=True)
        ):
            return i
    return None
