"""Answers to a key whose capitals matter, an element's symbol ('Co', not 'CO'): right but for
its capitals is wrong, and the learner told; a second symbol beside the key is a second
answer ('Na and He', 'He and Na', 'Hg, In': review r358 A, where 'In' was read as the word
'in' and 'He' as a pronoun). 'Na, not He', 'I think Na' and "It's Na" keep the one symbol.
"""

from __future__ import annotations

import re

from quizapp.generate.element_names import SYMBOL_OF, SYMBOLS
from quizapp.generate.question import Question
from quizapp.generate.value_names import codes
from quizapp.generate.verdict import Verdict

# a word shaped like a symbol as typed: a capital and at most one small letter
_SYMBOL = re.compile(r"(?<![\w'’])[A-Z][a-z]?(?![\w'’])")
# the elements' symbols: 'It is Hg' and 'So, Na' name one symbol (review r367 A: 'It' was read
# as a second one)
_ELEMENTS = frozenset(SYMBOLS)
_NOT = re.compile(r"\bnot\s+(?:[A-Z][a-z]?\s*(?:,|or|nor)\s*)*$", re.IGNORECASE)  # 'not P or B'
_UNIT_BEFORE = re.compile(r"(?:\d\s*°?|°)\s*$")
_TEMPERATURE_UNITS = frozenset({"C", "K", "F"})
_ITS_ELEMENT = re.compile(  # 'Na for sodium', 'Na = sodium', 'Na stands for sodium' (r483 D)
    r"\s*(?:=|\s(?:is|stands\s+for|means)\s|\s(?:is\s+)?(?:for|of)\s)\s*[a-z]", re.IGNORECASE
)
_COMPARED = re.compile(
    r"\b(?:like|unlike|next to|beside|near|after|before|below|above|under|over|than|as with"
    r"|as for|similar to|as does|as is|from|between|with)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]?\s*(?:,|and|or)\s*)*$",  # 'like Cd and Zn'
    re.IGNORECASE,
)
_PRONOUN_I = re.compile(r"\s+[a-z]|['’]")  # 'I think', "I'm sure": the learner, no iodine


def symbol_verdict(q: Question, text: str, expected: str) -> Verdict | None:
    """Wrong with a note for a second symbol, a near miss for the key in the wrong capitals
    (wrong where they spell a formula); None when the answer is neither (the other readers
    grade it)."""
    if second_symbol(q, text):
        return Verdict("wrong", expected, "Give one symbol.", text.strip())
    keys = {_bare(a) for a in [*q.answer, *q.accepted]}
    if _bare(text) in keys or _bare(text).casefold() not in {k.casefold() for k in keys}:
        return None
    note = f"Capitals matter here: {expected}, not {text}."
    # the element known, its capitals slipped ('fe', 'AG': readers r443, r447 G); never a
    # formula of other symbols ('CO' for Co, 'HF' for Hf)
    said = _bare(text)
    formula = said.isupper() and len(said) > 1 and all(c in _ELEMENTS for c in said)
    return Verdict("wrong" if formula else "near_miss", expected, note, text)


def second_symbol(q: Question, text: str) -> bool:
    """Whether the answer gives the key and another symbol beside it ('Na and He')."""
    keys = {_bare(a) for a in [*q.answer, *q.accepted]}
    said = [m[0] for m in _SYMBOL.finditer(text)]
    return q.case_sensitive and any(w in keys for w in said) and _other_symbol(text, keys)


def _named_before(before: str, symbol: str) -> bool:
    """Whether the element's own name stands right before its symbol ('gold: Au')."""
    names = [n for n, s in SYMBOL_OF.items() if s == symbol]
    return any(re.search(rf"\b{n}\s*(?::|=|-)?\s*$", before, re.IGNORECASE) for n in names)


def _other_symbol(text: str, keys: set[str]) -> bool:
    for m in _SYMBOL.finditer(text):
        if m[0] in keys or m[0] not in _ELEMENTS or _NOT.search(text[: m.start()]):
            continue
        if m[0] == "I" and _PRONOUN_I.match(text[m.end() :]):
            continue
        if _UNIT_BEFORE.search(text[: m.start()]) and m[0] in _TEMPERATURE_UNITS:
            continue  # '98 °C', '371 K': a unit, no carbon or potassium
        if _named_before(text[: m.start()], m[0]):
            continue  # 'Ag (gold: Au)', 'Ag, gold Au': another element's symbol told (r603 A)
        if _ITS_ELEMENT.match(text[m.end() :]) or _COMPARED.search(text[: m.start()]):
            continue  # 'Ag (like Au for gold)' (r451 A), 'Pb, like Sn', 'Hg, next to Au' (r487 A)
        return True
    return False


def _bare(text: str) -> str:
    """The letters and digits of an answer, in their own case ('Na.' -> 'Na')."""
    return "".join(ch for ch in text if ch.isalnum())


_GLOSS = re.compile(
    r"^\s*(?:(?:and|like|just as|as|while|whereas)\s+)?(?P<symbol>[A-Z][a-z]?)\s*"
    r"(?:=|\s(?:is|stands\s+for|means|for|is\s+for)\s)\s*(?:the\s+symbol\s+(?:of|for)\s+)?"
    r"(?P<name>[a-z]+)[\s.)]*$"
)


def symbol_gloss(remark: str, vocabulary: dict[str, str]) -> bool:
    """Whether a remark gives another element's symbol with its own name, as a learner shows
    they know the set: 'and Cu for copper', 'Na = sodium' (review r483 D); not 'Au for
    copper', where the deck names the two apart."""
    found = _GLOSS.match(remark)
    if found is None or found["symbol"] not in _ELEMENTS:
        return False
    thing = codes(vocabulary).get(found["symbol"])
    return thing is not None and vocabulary.get(found["name"].lower()) == thing
