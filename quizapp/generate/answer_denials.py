"""An answer that denies its own choice or figure: 'not 96 kg', 'it was not Neil Armstrong',
'67 hours is not the answer', '67 hours? no', 'Apollo 13 was not his mission', 'Apollo 14
did not land there', 'Apollo 8 was his mission but he was not the CMP' (review r582 D: on
choice and number items each was graded right with no note, rated Good, though the learner
said the key was not the answer; typed names already refused 'not John Young').

Read on every kind but true/false (where 'not true' is an answer) with the options' own
texts taken out first, so an option that holds a 'not' ('the reason does not explain the
assertion') is no denial. A 'did not' or 'was not' straight after the answer is read as one
only where the question itself denies nothing ('Which mission did not land?' is answered
'Apollo 13 did not land'), and not on an odd one out, which is told by what it is not."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question

NOTE = "That answer says the answer is not so: give the answer alone, without denying it."
_LEADING = re.compile(
    r"^\s*(?:(?:definitely|certainly|surely|clearly|i'?d say|i would say)\s+)?(?:(?:it|that|this"
    r"|the answer)(?:['’]s|\s+(?:was|is|were))\s+(?:(?:definitely|certainly|surely|clearly)\s+)?"
    r"|anything\s+but\s+)?(?:not|(?:it|that|this)\s+(?:is|was)n['’]t)[\s:]+(?!(?:only|quite|sure|certain|far|much|less|more|very|exactly|entirely|too|until)\b)"
    r"\S",
    re.IGNORECASE,
)  # "It's not 28%", 'definitely not US$333 million', 'not: 75%' (review r631 A)
# 'anything but 6%', 'other than 6%', 'no way 6%', 'hardly 6%', 'never Uzbekistan' (r641 A)
_BUT_THIS = re.compile(
    r"^\s*(?:(?:anything|everything)\s+(?:but|except|other\s+than)|other\s+than|no\s+way|hardly|never)"
    r"[\s:,]+\S",
    re.IGNORECASE,
)
_NOT_THE_ANSWER = re.compile(
    r"\b(?:is|was|are|were)\s+not\s+(?:the\s+)?(?:answer|right|correct|it|one)\b"
    r"|\b(?:is|was)n't\s+(?:the\s+)?(?:answer|right|correct|it)\b"
    r"|\?\s*(?:no|nope)\b[\s.!]*$",
    re.IGNORECASE,
)
_AFTER_ANSWER = re.compile(
    r"^[^,;:()\u2013\u2014-]+?\s+(?:did|does|do|was|were|is|are|has|had)\s*(?:not|n't)\b",
    re.IGNORECASE,
)
# 'but he was not the CMP', 'but did not', 'but Apollo 11 did not ...' (its subject: a pronoun,
# or a name the question or the answer holds)
_BUT_NOT = re.compile(
    r"\bbut\s+(?:(?P<who>he|she|it|they|[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)*)\s+)?"
    r"(?:did|does|was|were|is)\s*(?:not|n't)\b"
)
_STEM_DENIES = re.compile(r"\b(?:not|never|no|failed|without)\b|n't\b", re.IGNORECASE)


def denies_answer(q: Question, text: str) -> str | None:
    """Why an answer that denies its own choice or figure is wrong, or None."""
    if q.kind == "true_false" or normalise(text) in {normalise(o) for o in q.options or []}:
        return None
    said = text
    for option in sorted(q.options or [], key=len, reverse=True):
        if " " in option.strip():  # an option's own words: 'does not explain the assertion'
            said = re.sub(re.escape(option.strip(" .")), "X", said, flags=re.IGNORECASE)
    if _LEADING.match(said) or _NOT_THE_ANSWER.search(said) or _BUT_THIS.match(said):
        return NOTE
    if q.kind in ("assertion_reason", "odd_one_out") or _STEM_DENIES.search(q.prompt):
        return None  # the odd one out is told by what it is not ('B - Turkmenistan is not ...')
    outside = re.sub(r"\([^()]*\)", " ", said)  # '(Apollo 13 was meant to but did not)'
    if _AFTER_ANSWER.search(outside):
        return NOTE
    found = _BUT_NOT.search(outside)
    who = normalise(found["who"] or "") if found else ""
    own = who in ("", "he", "she", "it", "they") or who in normalise(
        " ".join([q.prompt, *q.answer])
    )
    return NOTE if found and own and _asked_deed(q, outside[found.end() :]) else None


def _asked_deed(q: Question, denied: str) -> bool:
    """Whether what a 'but ... not' denies is what the question asks of the answer: its first
    word the question's ('but he was not the CMP' asked who was the CMP: review r582 D), and
    no name or figure the question and the key do not hold ('but he did not command Apollo
    9' asked who commanded Apollo 15, 'but he did not land' asked who was the CMP: true
    remarks on the person, review r622 A)."""
    asked = {w[:4] for w in re.findall(r"[a-z]{3,}", q.prompt.lower())}
    head = next((w for w in re.findall(r"[a-z]{2,}", denied.lower()) if w not in _PLAIN), "")
    told = normalise(" ".join([q.prompt, *q.answer, *q.accepted]))
    named = re.findall(r"\b[A-Z][\w'’-]*(?:\s+\d+)?|\b\d[\d,.]*", denied)
    return head[:4] in asked and all(normalise(n) in told for n in named)


_PLAIN = frozenset({"the", "an", "its", "his", "her", "their", "this", "that", "all", "any"})
