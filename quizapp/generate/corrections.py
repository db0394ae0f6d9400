"""An answer the learner corrects as they type it: 'CSTO, I mean SCO', '865, or rather 333',
'China (but really Russia)' answer with what comes after the correction; '2014 (i.e. 2013)'
says the same thing twice, so both parts must be right (review r416 A: each was graded as its
first part, and a wrong final answer passed)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.answers import option_index
from quizapp.generate.question import Question

# the learner takes back what they typed first
_CORRECTED = re.compile(
    r"^(?P<first>.+?)\s*[,;(]?\s*(?:-\s*)?\b(?:i mean|i meant|or rather|no wait|make that"
    r"|correction|but really)\b[\s,:]*(?P<final>[^()]+?)\)?[\s.!]*$",
    re.IGNORECASE,
)
# taken back with a word that may also start a remark: only an answer after it corrects
_TAKEN_BACK = re.compile(
    r"^(?P<first>.+?)\s*[,;(]\s*(?:no|sorry|actually|really)\b[\s,:]*(?P<final>[^()]+?)\)?"
    r"[\s.!]*$",
    re.IGNORECASE,
)
# the learner says it again in other words
_RESTATED = re.compile(
    r"^(?P<first>.+?)\s*[,;(]\s*(?:i\.\s?e\.?|ie|that is|namely)[\s,:]+"
    r"(?P<final>[^()]+?)\)?[\s.!]*$",
    re.IGNORECASE,
)


def corrected(q: Question, text: str, vocabulary: dict[str, str]) -> tuple[str, str, bool] | None:
    """(first, final, restated) for an answer corrected or restated as it was typed; None for
    any other. With `restated`, both parts are answers; else only the final one is. After
    'no', 'sorry', 'actually' or 'really', and for a restatement, the final part must read as
    an answer (an option, a figure for a figure, a name the deck knows or any name in capitals:
    'Gazprom, actually Rosneft', review r422 A): 'Islam (actually mostly Sunni)' and '95%, i.e.
    nearly all' are remarks."""
    for pattern, restated in ((_CORRECTED, False), (_TAKEN_BACK, False), (_RESTATED, True)):
        found = pattern.match(text.strip())
        if found is None or not found["final"].strip():
            continue
        if pattern is _CORRECTED or _answer_like(q, found["final"], vocabulary):
            return found["first"].strip(), found["final"].strip(), restated
    return None


def _answer_like(q: Question, part: str, vocabulary: dict[str, str]) -> bool:
    """Whether `part` could be an answer in its own right: an option, a figure where a figure
    is asked, a name the deck knows."""
    said = normalise(part)
    if q.options:
        return option_index(part, q.options) is not None
    if q.numeric is not None:
        return bool(re.search(r"\d", part))
    known = said in vocabulary or said in {normalise(a) for a in [*q.answer, *q.accepted]}
    return known or _PROPER.fullmatch(part.strip()) is not None  # 'Gazprom, actually Rosneft'


_PROPER = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")  # a name
