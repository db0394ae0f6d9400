"""What the question says the answer is, written around the answer: 'LM Falcon', 'Falcon LM',
'the Falcon lunar module' for the call sign of Apollo 15's lunar module.

A learner often names the thing asked about along with its name. When the question itself says
what the thing is ('the lunar module', 'the command module'), those words, or the initials they
are usually shortened to ('LM', 'CM'), at the start or the end of the answer add nothing the
checker must judge: the rest is graded. Only the question's own consecutive words count, and
only an initialism of two or three of them, so 'LM' for 'lunar module' but never a word the
question does not say (review r231 #27 refused 'LM Falcon').
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.text_words import SMALL_WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# words of a question that never describe its answer
_NOT_DESCRIBING_WORDS = """which what who whom whose when where why how is was are were did does
do has had have or and nor not than that this these those its it his her their"""
_NOT_DESCRIBING = frozenset(_NOT_DESCRIBING_WORDS.split())


def _descriptors(prompt: str) -> list[tuple[str, ...]]:
    """Phrases the answer may carry: two or three consecutive lower-case words of the prompt
    (common nouns and their adjectives, never a name the question gives) and their initials;
    longest first."""
    words = _WORD.findall(prompt)
    out: list[tuple[str, ...]] = []
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            phrase = tuple(words[i : i + n])
            if all(_describing(w) for w in phrase):
                out += [phrase, ("".join(w[0] for w in phrase),)]
    return out


def _describing(word: str) -> bool:
    return len(word) > 1 and word.islower() and word not in SMALL_WORDS | _NOT_DESCRIBING


def descriptor_readings(text: str, prompt: str, accepted: set[str]) -> list[str]:
    """The answer without one of the question's descriptors at its start or its end ('the LM
    Falcon', 'Falcon lunar module'), when what is left is an accepted name."""
    words = [w.strip(".,()") for w in normalise(text).split()]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    out: list[str] = []
    for phrase in _descriptors(prompt):
        n = len(phrase)
        if len(words) <= n:
            continue
        if _same_phrase(tuple(words[:n]), phrase):
            out.append(" ".join(words[n:]))
        if _same_phrase(tuple(words[-n:]), phrase):
            out.append(" ".join(words[:-n]))
    return [r for r in dict.fromkeys(out) if r in accepted]


def _same_phrase(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """The descriptor, or its initialism with one letter more between its first and its last
    ('CSM', the command and service module, for 'CM'; 'LEM' for 'LM': review r393 B)."""
    if words == phrase:
        return True
    short = phrase[0] if len(phrase) == 1 else ""
    given = words[0] if len(words) == 1 else ""
    return (
        2 <= len(short) < len(given) == len(short) + 1
        and given[0] == short[0]
        and given[-1] == short[-1]
    )
