"""An imported card's answer with a word or two beside it (review r514 B).

An imported deck knows its answers and nothing else: no aliases, no kinds, no places. So a
learner who types the card's answer with an ordinary word beside it ('warp yarns', 'Lumbini
Garden', 'nylon 6,6') or before it ('at Lumbini', 'the holy city of Mecca') was graded wrong
though the answer is there, whole. Here the answer is found as whole words in what was typed:
a preposition, an article ('la coquille') or a description ending in 'of' before it is read
as framing; one or two words after it are a remark the deck cannot check, and the answer is
marked on the card's answer alone, saying so (remark_notes.NOTE). Not when a word beside it
negates, hedges, offers another answer or turns the answer into another thing ('not', 'or',
'maybe', 'north', 'former'), names another card's answer, or when the answer is a person's
name (a word beside a name makes it another person: 'Alexander Melville Bell'). A place's
name without its category word ('Badwater' for Badwater Basin) is the place.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_forms import imported_key, is_person_key
from quizapp.generate.given_names import PARTICLES
from quizapp.generate.question import Question
from quizapp.generate.remark_notes import NOTE
from quizapp.generate.text_qualifiers import NOT_A_KIND
from quizapp.generate.verdict import Verdict

_FRAMING_WORDS = "the a an at in on from near inside within la le les un une el il der die das"
_FRAMING = frozenset(_FRAMING_WORDS.split())  # and the articles of a French or other term
# words that change what the answer claims: a denial, a hedge, a second answer, a comparison
_REFUSING_WORDS = """not no nor never none neither either or and but except without than
instead rather versus vs maybe perhaps possibly probably guess think unsure sure wrong false
incorrect isn't wasn't aren't weren't also too plus unless if might could may like spring summer
autumn fall winter"""  # a season beside a month says another time (review r594 D)
# after a name, a word that makes it another place or thing: 'Danube Sea', 'Mayflower II'
_OTHER_THING_WORDS = """sea seas ocean lake river bay gulf strait island islands isle mount mountain
mountains peninsula desert valley basin delta canal cape coast county province state city region
district republic kingdom empire jr sr junior senior"""  # numerals: _ROMAN
_STATES = frozenset(["republic", "kingdom", "empire", "federation", "union", "commonwealth"])
_REFUSING = frozenset(_REFUSING_WORDS.split()) | NOT_A_KIND
_AFTER_REFUSING = _REFUSING | frozenset(_OTHER_THING_WORDS.split())
_PLAIN = re.compile(r"^[\w\s'-]+(?:\d,\d[\w\s'-]*)?$")  # words only: no bracket, list or aside
_DESCRIBED = re.compile(r"^(?:[a-z]+ ){0,3}of$")  # 'city of', 'the holy city of'
_MOST_AFTER = 2
_POSSESSIVE = frozenset({"its", "their", "his", "her"})
# a place's own category word, which the name is often said without: 'Badwater' (Basin)
_CATEGORY_WORDS = "basin desert river lake sea valley plateau bay canyon glacier falls range"
_CATEGORIES = frozenset(_CATEGORY_WORDS.split())
_ROMAN = re.compile(r"[ivxlc]+")  # 'Louis XIV': a numbered name


def imported_extra(q: Question, text: str, vocabulary: dict[str, str]) -> Verdict | None:
    """The verdict on an imported card's answer typed with framing or a short remark beside
    it, or None when the rule does not apply."""
    if q.numeric is not None or not imported_key(q, vocabulary) or is_person_key(q, vocabulary):
        return None
    said = normalise(text).rstrip(" .!")
    if not _PLAIN.match(said):
        return None
    for name in [*q.answer, *q.accepted]:
        key = normalise(name).split()
        key = (
            key[1:] if len(key) > 1 and key[0] in _POSSESSIVE else key
        )  # 'its oily liver' (r554 B)
        if len(key) > 1 and key[-1] in _CATEGORIES and said.split() == key[:-1]:
            return Verdict("correct", "; ".join(q.answer), understood=normalise(name))  # r544 C
        words = said.split() if "-" in name else said.replace("-", " ").split()  # 'nylon-6,6'
        found = _position(words, key)
        if found is None:
            continue
        before, after = words[:found], words[found + len(key) :]
        if not _framing(before) or len(after) > _MOST_AFTER or _cut_short(key, after, q):
            continue
        if any(_refuses(w, vocabulary) for w in after) or " ".join(after) in vocabulary:
            continue
        expected = "; ".join(q.answer)
        note = NOTE.format(core=name) if after else ""
        return Verdict("correct", expected, note, understood=normalise(name))
    return None


def _cut_short(key: list[str], after: list[str], q: Question) -> bool:
    """Whether the words after a short form of the answer put another ending in place of a
    longer accepted one: 'Varroa jacobsoni' where 'Varroa destructor' and 'Varroa' are both
    accepted is another species, no remark."""
    longer = [n.split() for n in map(normalise, [*q.answer, *q.accepted])]
    return any(
        len(n) > len(key) and n[: len(key)] == key and n[len(key) :] != after for n in longer
    )


def _position(words: list[str], key: list[str]) -> int | None:
    """Where the key's words stand in the answer's, whole and in order, the first time."""
    if not key:
        return None
    for i in range(len(words) - len(key) + 1):
        if words[i : i + len(key)] == key:
            return i
    return None


def _framing(before: list[str]) -> bool:
    """Whether the words before the answer only frame it: nothing, a preposition or article
    ('at Lumbini'), or a description ending in 'of' ('the holy city of')."""
    rest = [w for w in before if w not in _FRAMING] if len(before) <= 2 else before
    if not rest:
        return True
    said = " ".join(w for w in before if w not in ("the", "a", "an"))
    refused = _REFUSING | _STATES | {"state", "states"}  # 'Republic of China' is not China
    return bool(_DESCRIBED.match(said)) and not any(w in refused for w in before)


def _refuses(word: str, vocabulary: dict[str, str]) -> bool:
    """A word beside the answer that changes its claim, continues a name ('van', 'XIV') or
    names another answer of the deck."""
    named = word in vocabulary or word in PARTICLES or _ROMAN.fullmatch(word) is not None
    return word in _AFTER_REFUSING or named or word.isdigit()
