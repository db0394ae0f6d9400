"""Tick all that apply: which subjects stand in the relation to an object.

Only where the deck lists every true subject for that object (closed world or complete_for),
so every unticked option is provably false. One question per (relation, object).
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build

MIN_OPTIONS, MAX_OPTIONS = 4, 5


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    obj = fact.object_id
    if obj is None or rel.templates.plural_inverse is None:
        return []
    siblings = ix.facts_by_pair[(rel.id, obj)]
    if siblings[0].id != fact.id:
        return []  # one question per (relation, object), anchored on its first fact
    kind = ix.entities[fact.subject].kind
    subjects = [e.id for e in ix.entities_of_kind(kind) if e.id != obj]
    true = [s for s in subjects if ix.is_true(s, rel.id, obj)]
    false = [s for s in subjects if ix.provably_false(s, rel.id, obj)]
    if not true or not false:
        return [Dropped("multi_select", "needs both true and provably false options")]
    size = min(MAX_OPTIONS, len(true) + len(false))
    if size < MIN_OPTIONS:
        return [Dropped("multi_select", "too few options")]
    # usually two or more keys, so "tick all that apply" is not a disguised single choice
    low = max(1, size - len(false), min(2, len(true)))
    n_true = rng.randint(low, max(low, min(len(true), size - 1)))
    picked = rng.sample(true, n_true) + rng.sample(false, size - n_true)
    rng.shuffle(picked)
    names = [ix.entities[s].name for s in picked]
    keys = [ix.entities[s].name for s in picked if s in true]
    facts = [f for f in siblings if f.subject in picked]
    prompt = ix.say(rel.templates.plural_inverse, fact)
    listed = ", ".join(keys)
    explanation = f"{listed} {'is' if len(keys) == 1 else 'are'} right. {fact.explanation}"
    return [
        build(
            ix,
            "multi_select",
            "plural_inverse",
            facts,
            prompt,
            keys,
            options=names,
            explanation=explanation,
        )
    ]
