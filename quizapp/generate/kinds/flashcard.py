"""Flashcard: the forward question on the front, the whole statement on the back; self-graded."""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Outcome, build


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    front = ix.say(rel.templates.forward, fact)
    back = ix.say(rel.templates.statement, fact)
    return [build(ix, "flashcard", "forward", [fact], front, [ix.object_text(fact)], back=back)]
