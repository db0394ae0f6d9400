"""A clause set against a figure that tells something of its own, not a second figure for the
answer: another's figure ('though Kyrgyzstan got $333 million', review r445 A) or a deed the
year dates ('1989, though it finished in 1990', review r584 C). 'though it was the 20th' and
'though some say 120' offer a second answer (review r438 B). Beside a choice, a contrast that
says something of its own about another thing ('D, but Davy found sodium', 'B, though helium is
lighter', 'C, though 883 °C is sodium's': review r653, all "Choose one option.") is a remark;
'McDivitt, though Stafford commanded' (the question's own verb) still claims the answer."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.bracket_kinds import names_in
from quizapp.generate.question import Question
from quizapp.generate.tie_claims import named_things

_ANOTHERS = re.compile(
    r"\s*\w+\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:['’]s)?\s+"
    r"(?!(?:say|says|said|think|thinks|claim|claims|puts?|gives?|reports?|estimates?)\b)",
)
# a clause with its own deed dated by a year: 'though it finished in 1990' (not 'it was 1990')
_DATED_CLAUSE = re.compile(
    r"\s*(?:though|although|but|yet)\s+(?:it|they|he|she|the\s+\w+)\s+(?:only\s+)?"
    r"(?!was\b|were\b|said\b|claimed\b|listed\b|recorded\b)[a-z]+ed\b[^,;\d]*?\bin\s+"
    r"(?:[a-z]+\s+)?(?:1\d|20)\d\d[\s.]*$",
    re.IGNORECASE,
)


def of_its_own(aside: str) -> bool:
    """Whether a contrasting clause with a figure tells of another thing or deed."""
    return bool(_ANOTHERS.match(aside) or _DATED_CLAUSE.match(aside))


# words that carry no claim of their own: the contrast, pointers back, verbs of being, and
# the words that put a rival in the answer's place ('really', 'the real answer')
_EMPTY_WORDS = (
    "though although but yet whereas however it its it's is was are were be been being the a an"
    " did does do done one ones instead rather really actually also too as well real right"
    " correct answer true say says said think thought i and or of in on at to by for from with"
    " that this these those which who whom there s not no some others people"
)
_EMPTY = frozenset(_EMPTY_WORDS.split())
_IT_LAST = re.compile(r"\b(?:it|that|them|him|her|the job|the role)[\s.!)]*$", re.I)
_WORD = re.compile(r"[a-z][a-z'’]*")
_STEM = 5  # letters a word shares with one of the question's to count as the question's


def own_clause(q: Question, remark: str, vocabulary: dict[str, str]) -> bool:
    """Whether the remark, once its names and empty words are gone, says a word the question
    does not ('found', 'lighter', 'floats') and none it does ('though Aldrin stepped out
    first' on who was first claims the answer): a clause about the other thing."""
    if _IT_LAST.search(remark):
        return False  # 'Anders, though Borman took it': 'it' is the answer (review r438 B)
    left = _words(remark, vocabulary)
    asked = _asked(q)
    return bool(left) and all(w[:_STEM] not in asked for w in left)


def figure_of_another(q: Question, remark: str, vocabulary: dict[str, str]) -> bool:
    """Whether a figure in the remark is given to a thing the question does not name: 'C, but
    883 °C is sodium's' on mercury's boiling point, 'D, though gold is 19.3', 'though titanium
    is 4.5' (a thing the deck does not hold: review r653), not '111, though some say 120'."""
    named = named_things(remark, vocabulary)
    asked = named_things(q.prompt, vocabulary) | named_things(" ; ".join(q.answer), vocabulary)
    stem = _asked(q)
    return bool(named - asked) or any(w[:_STEM] not in stem for w in _words(remark, vocabulary))


def _words(remark: str, vocabulary: dict[str, str]) -> list[str]:
    """The remark's words that are no name the deck holds and no empty word."""
    said = normalise(remark)
    for name in names_in(remark, vocabulary):
        said = re.sub(rf"\b{re.escape(name)}(?:'s|’s)?\b", " ", said)
    return [w for w in _WORD.findall(said) if len(w) > 2 and w not in _EMPTY]


def _asked(q: Question) -> set[str]:
    """The first letters of each word of the question."""
    return {w[:_STEM] for w in _WORD.findall(normalise(q.prompt))}
