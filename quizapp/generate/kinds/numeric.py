"""Type a number: tolerance from the value's precision ("about" figures wider); years exact."""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.facts.values import Date
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, numeric_key
from quizapp.generate.measures import shown_answer, with_measure


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    value = ix.numeric_value(fact)
    if value is None:
        return []
    if isinstance(value, Date):
        return [Dropped("numeric", "dates are asked as choices or clozes, not typed numbers")]
    if not ix.relations[fact.relation].functional:
        return [Dropped("numeric", "other values may also be true (relation not functional)")]
    prompt = with_measure(ix, fact, ix.say(ix.relations[fact.relation].templates.forward, fact))
    return [
        build(
            ix,
            "numeric",
            "forward",
            [fact],
            prompt,
            [shown_answer(value, prompt)],
            numeric=numeric_key(ix, fact),
        )
    ]
