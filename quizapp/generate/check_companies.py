"""A company's name with its legal form or the word 'company' around it names the company.

'Gazprom PJSC', 'OAO Gazprom', 'the Gazprom company' and 'Gazprom Group' all name Gazprom: the
legal form (PJSC, OAO, JSC, plc, Inc ...) and the words 'company', 'group' or 'corporation' say
what kind of thing it is, not which one (review 9401 #48 refused all but 'OAO Gazprom'). Only
these words are taken off, at either end, and only where the key is a company; an owner before
the name ('Russia's Gazprom') names another entity and is left to the deck's aliases.
"""

from __future__ import annotations

from quizapp.facts.normalise import normalise

LEGAL_FORMS = frozenset(
    {"pjsc", "ojsc", "jsc", "oao", "pao", "zao", "ao", "ooo", "llc", "ltd", "plc", "inc"}
    | {"sa", "ag", "nv", "gmbh", "corp", "co"}
)
KIND_WORDS = frozenset({"company", "group", "corporation", "firm", "concern"})
_AROUND = LEGAL_FORMS | KIND_WORDS


def company_readings(text: str, accepted: set[str]) -> list[str]:
    """The answer without legal forms and kind words at its ends, when what is left is an
    accepted name."""
    given = normalise(text)
    words = [w.strip(".,") for w in given.split()]
    while words and words[-1] in _AROUND:
        words.pop()
    while words and words[0] in _AROUND:
        words.pop(0)
    left = " ".join(words)
    return [left] if left in accepted and left != given else []
