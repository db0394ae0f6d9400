"""Matching: pair 3-5 subjects of one functional relation with their (distinct) objects.

Labels that are entities or text need the relation to be `exclusive` as well: a subject's one
stored value must rule out the others, or a label could fit two rows in the world.

One round per relation, date and kind of object (one unit), anchored on its first fact.
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.facts.templates import render
from quizapp.generate.deck_tables import object_family
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, each
from quizapp.generate.kinds.ordering import NUMBERED, numbered_in_order

MIN_PAIRS, MAX_PAIRS = 3, 5
OVERLAP = "labels may fit more than one row in the world (relation not exclusive)"


ARROW = " → "


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    if not rel.functional:
        return []
    family = object_family(fact)  # one unit per round: days beside years give pairs away
    group = ix.facts_by_relation_date_family[(rel.id, fact.qualifiers.as_of, family)]
    if group[0].id != fact.id:
        return []
    if family in ("entity", "text") and not rel.exclusive:
        # 'several military facilities' fits Kyrgyzstan too: one value stored per subject is
        # not one value in the world, and a label that fits two rows is solved by elimination
        return [Dropped("matching", OVERLAP)]
    by_object: dict[str, Fact] = {}
    by_subject: dict[str, Fact] = {}
    for f in group:  # distinct objects, one row per subject ('dry air' thrice is unmatchable)
        text = ix.object_text(f).casefold()
        if text not in by_object and f.subject not in by_subject:
            by_object[text] = by_subject[f.subject] = f
    distinct = list(by_subject.values())
    if len(distinct) < MIN_PAIRS:
        return [Dropped("matching", "fewer than three distinct pairs")]
    chosen = rng.sample(distinct, min(MAX_PAIRS, len(distinct)))
    chosen.sort(key=lambda f: f.id)
    left = [ix.entities[f.subject].name for f in chosen]
    numbers = [v.magnitude for f in chosen if (v := ix.numeric_value(f)) is not None]
    if len(numbers) == len(chosen) and numbered_in_order(left, numbers):
        return [Dropped("matching", NUMBERED)]  # Apollo 7, 10, 11 match their dates in order
    right = [ix.object_text(f) for f in chosen]
    options = rng.sample(right, len(right))
    slots = ix.slots(fact, subject=each(ix, [f.subject for f in chosen]))
    prompt = render(rel.templates.forward, slots)  # 'each country' asks for the pairing itself
    answer = [f"{a}{ARROW}{b}" for a, b in zip(left, right, strict=True)]
    explanation = " ".join(ix.say(rel.templates.statement, f) for f in chosen)
    return [
        build(
            ix,
            "matching",
            "forward",
            chosen,
            prompt,
            answer,
            options=options,
            left=left,
            explanation=explanation,
        )
    ]
