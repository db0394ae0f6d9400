"""An answer the learner says is wrong as they give it: 'Davy (not true)', '1669 is wrong',
'C D not really', 'B, 232 °C (I think it is wrong)'. Each was graded right, most with no note
(review r463 A): the learner disowned the answer and the scheduler was told they knew it. A
true/false item is left out: 'False, that is wrong' says the statement is wrong."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_denials import denies_answer
from quizapp.generate.answer_frames import AFFIRMED, offers_another
from quizapp.generate.assertion_words import assertion_choice
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.options_named import RULED_OUT
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_IT = r"(?:(?:it|that|this|which)(?:'s|\s+is|\s+was)\s+|(?:is|was)\s+)?"
_WRONG = r"(?:wrong|incorrect|false|not\s+(?:true|right|correct|really|it|(?-i:so)))"  # not 'So'
_DENIAL = re.compile(
    rf"(?:^|[\s,;:(\u2013\u2014-])\(?\s*(?:but\s+|though\s+|although\s+)?(?:{_IT}{_WRONG}"
    rf"|i\s+doubt\s+(?:it|that)|(?:i\s+think|probably|maybe)\s+{_IT}{_WRONG})\s*\)?[\s.!]*$",
    re.IGNORECASE,
)
_TRUTH_KINDS = frozenset({"true_false", "assertion_reason"})
_REVERSED = re.compile(
    r"^\s*(?:(?P<t>true|t)|false|f)\b[\s,;:(-]+(?:but|though|although|or|actually|wait|no)\b[^()]*?"
    r"\b(?:(?:it(?:'s|\s+is|\s+was)|that(?:'s|\s+is))\s+)?(?:really\s+|actually\s+)?"
    r"(?(t)false|true)[\s.!)]*$",  # the other truth at the end, not 'it is true that ...'
    re.IGNORECASE,
)


def takes_itself_back(q: Question, text: str) -> bool:
    """Whether the answer ends by saying it is wrong, after something it says first; on a
    true/false item, whether it gives the other truth after its first ('False, but I think
    it is actually true': review r612 A)."""
    if q.kind in _TRUTH_KINDS:
        return _REVERSED.match(text) is not None
    found = _DENIAL.search(text)
    if found is None or not text[: found.start()].strip(" ,;:(-"):
        return False
    before = text[: found.start()]
    # 'X is wrong' of the answer, not of another thing named after it: 'Davy (Faraday is
    # wrong)', 'Davy, Faraday is wrong' are true remarks
    return not (_BARE.match(found[0]) and re.search(r"[,;:(\u2013\u2014]", before))


_NOT_X = re.compile(r"(?:^|[\s,;(])not\s+(?:an?\s+|the\s+)?([^,;()]+?)[\s.!)]*$", re.IGNORECASE)
_BARE = re.compile(r"\W*(?:is|was)\s", re.IGNORECASE)


def refused_outright(q: Question, text: str, graded: Callable[[str], Verdict]) -> str | None:
    """Why an answer is wrong whatever it names, or None: it takes itself back, or a typed one
    offers a second answer ('X, unless it is Y': review r438 A), or a remark says another
    thing `graded` wrong is the answer too, or the real one ('Tajikistan (Kyrgyzstan is also
    right)', '7,000 (5,000 is the real figure)': review r461 E)."""
    text = AFFIRMED.sub("", text) or text  # 'B, D are correct' is no claim of D's (r501 C)
    if normalise(text).rstrip(".") in {normalise(o).rstrip(".") for o in q.options or []}:
        return None  # an option's own text: '..., but the Reason is true.' (review r651 A)
    if takes_itself_back(q, text):
        return "That answer takes itself back."
    if (denial := denies_answer(q, text)) is not None:  # 'not 96 kg' (answer_denials, r582 D)
        return denial
    denied = _NOT_X.search(text) if SPECS[q.kind].shape == "text" else None  # 'not embroidery',
    if denied and _names_key(q, denied[1]) and graded(denied[1]).verdict == "correct":  # r514 A
        return "That answer says the answer is not the one asked for."  # 'tapestry, not embroidery'
    if SPECS[q.kind].shape == "text" and offers_another(RULED_OUT.sub(" ", text)):  # r473 A
        return "Give one answer: that offers a second."
    if _really_another(q, text, graded):  # 'Davy, though really Faraday' (review r482 A)
        return "That answer takes itself back: it says the answer is really another."
    if q.kind == "assertion_reason" and assertion_choice(text, q.options or []) is not None:
        return None  # 'A is false, R is true': a verdict on each statement (review r702 #47)
    other = _CLAIMED_ANSWER.search(text)
    said = other["other"].strip() if other else ""
    if (
        said
        and _ANSWER_LIKE.search(said)
        and not _SELF.search(said)
        and graded(said).verdict == "wrong"
    ):
        return "Give one answer: that offers a second."
    return None


def _names_key(q: Question, denied: str) -> bool:
    """Whether a 'not X' names the card's own answer as written, not a term the learner tells
    it apart from ('Fess, not the fess point', 'Ermine (not ermines)': review r584 B)."""
    return normalise(denied) in {normalise(a) for a in [*q.answer, *q.accepted]}


# a remark that puts another thing as the answer: '(Kyrgyzstan is also right)', ', though the
# EU is the real answer', '(5,000 is the real figure)', '(A is the right one)'
_CLAIMED_ANSWER = re.compile(
    r"[,;:(]\s*(?:but\s+|though\s+|although\s+)?(?P<other>[^,;:()]+?)\s+(?:is|was|are|were)\s+"
    r"(?:also\s+)?(?:(?:the\s+)?(?:real|right|correct|actual|true)(?:\s+(?:answer|one|figure|"
    r"year|date|name|number))?|(?:also\s+)?(?:right|correct)|the\s+answer)\s*\)?[\s.!]*$",
    re.IGNORECASE,
)
_SELF = re.compile(r"\b(?:figure|one|answer|number|year|date|it|this|that)\b", re.I)  # the key
_ANSWER_LIKE = re.compile(r"^(?:the\s+)?(?:[A-Z]|\d|US\$|\$)")  # a name, a figure, an option


# a contrast that says what is really so, naming a thing or a figure within a few words:
# 'though really Faraday', 'though Odyssey was really the lander', 'though really he flew
# Apollo 13', 'though it really launched on 13 April'
_REALLY = re.compile(
    r"[,;:(\u2013\u2014]\s*(?:but|though|although|yet|when|whereas)\s+(?P<clause>[^()]*?"
    r"\b(?:really|actually|in fact|in truth)\b[^()]*?)\)?[\s.!]*$",
    re.IGNORECASE,
)
_NAMED_AFTER = re.compile(
    r"(?P<thing>(?:[A-Z][\w'’-]*|\d[\d,.]*)(?:\s+(?:[A-Z\d][\w'’,.-]*|of|de|von|van))*)"
)


def _really_another(q: Question, text: str, graded: Callable[[str], Verdict]) -> bool:
    """Whether a contrast says another thing or figure is really so: for a choice or a typed
    answer, one graded wrong; after "True", any (the statement is then not so). A "False"
    corrected so ('False, though really it was 1962') is truth_corrections' to judge."""
    found = _REALLY.search(text)
    if found is None or q.answer == ["False"] or q.kind == "assertion_reason":
        return False
    things = [m["thing"].strip(" ,.") for m in _NAMED_AFTER.finditer(found["clause"])]
    if q.kind == "true_false":  # a thing the statement and its explanation do not say
        told = f"{q.prompt} {q.explanation or ''}".lower()
        return any(thing.lower() not in told for thing in things)
    verdicts = [graded(thing).verdict for thing in things]  # none the key said again: 'though
    return "wrong" in verdicts and "correct" not in verdicts  # in fact Davy did it in 1807'
