"""True or false: the fact's statement, or the statement with one part swapped for a falsehood.

A false statement swaps the object for a provably false sibling, or a number for one outside
its tolerance. Stems are never negated.
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, bounded, build
from quizapp.generate.ladder import ladder

OPTIONS = ["True", "False"]


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    if fact.object_id is None and ix.numeric_value(fact) is None:
        # a text value has no provable opposite: an item that is always "True" teaches nothing
        return [Dropped("true_false", "no provably false variant of the statement")]
    if rng.random() < 0.5:
        prompt = ix.say(rel.templates.statement, fact)
        return [
            build(ix, "true_false", "statement-true", [fact], prompt, ["True"], options=OPTIONS)
        ]
    false_object = _false_object(ix, fact, rng)
    if false_object is None:
        return [Dropped("true_false", "no provably false variant of the statement")]
    prompt = ix.say(rel.templates.statement, fact, obj=false_object)
    explanation = f"False: {ix.say(rel.templates.statement, fact)} {fact.explanation}"
    return [
        build(
            ix,
            "true_false",
            "statement-false",
            [fact],
            prompt,
            ["False"],
            options=OPTIONS,
            explanation=explanation,
        )
    ]


def _false_object(ix: DeckIndex, fact: Fact, rng: random.Random) -> str | None:
    if fact.object_id is not None:
        kind = ix.entities[fact.object_id].kind
        candidates = [
            e
            for e in bounded(ix.entities_of_kind(kind), rng)
            if e.id not in (fact.object_id, fact.subject)
            and ix.provably_false(fact.subject, fact.relation, e.id)
        ]
        return rng.choice(candidates).phrase() if candidates else None
    value = ix.numeric_value(fact)
    rel = ix.relations[fact.relation]
    if value is None or not rel.functional:
        return None  # a text value has no provable opposite; a non-functional number may hold too
    others = [v for v in ladder(value, rng, 4) if v.display() != value.display()]
    return rng.choice(others).display() if others else None
