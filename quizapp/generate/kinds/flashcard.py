"""Flashcard: an open question on the front, the whole statement on the back; self-graded.

Like every open form, a card is made only where the deck declares one answer in the world:
forward when the object is unique, else inverse when the subject is. A card whose front has
several right answers would teach one of them as if it were the only one.
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, open_wording

SEVERAL = "more than one right answer in the world"
NO_WORDING = "no open wording (the question reads as a choice)"


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    back = ix.say(rel.templates.statement, fact)
    if ix.object_unique(fact):
        wording = open_wording(rel)
        if wording is None:
            return [Dropped("flashcard", NO_WORDING)]
        front = ix.say(wording, fact)
        return [build(ix, "flashcard", "forward", [fact], front, [ix.object_text(fact)], back=back)]
    wording = open_wording(rel, inverse=True)
    if ix.subject_unique(fact) and wording is not None:
        front = ix.say(wording, fact)
        key = ix.phrase(fact.subject)
        return [build(ix, "flashcard", "inverse", [fact], front, [key], back=back)]
    return [Dropped("flashcard", SEVERAL)]
