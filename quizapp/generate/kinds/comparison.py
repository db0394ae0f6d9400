"""Comparison and superlative over a numeric relation, within the closed set of the options.

A deck opts a relation in with a `comparisons` entry ("received more Russian aid"). Subjects
with a value of that relation at the same date are compared: two give "which ... more?", three
or more give "which ... the most?" over up to four of them, and also one pair. The options are
the set the question is about, so no subject outside them can be the answer; values must lie
further apart than their tolerances, or no item is made.
"""

from __future__ import annotations

import itertools
import random

from quizapp.facts.claims import Comparison
from quizapp.facts.model import Fact
from quizapp.facts.values import NumericValue, same_scale
from quizapp.generate.argument_options import steady_order
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build
from quizapp.generate.temperatures import alone_across_room

MAX_OPTIONS = 4
TOO_CLOSE = "values too close to compare"
ALONE = "the key alone in its category (its state at room temperature) gives it away"
DRAWS = 8  # draws of options tried before a comparison is left out


def comparison_for(ix: DeckIndex, relation: str) -> Comparison | None:
    return next((c for c in ix.deck.comparisons if c.relation == relation), None)


def group(ix: DeckIndex, fact: Fact) -> list[tuple[Fact, NumericValue]]:
    """The facts compared with this one: same relation, same date, same scale."""
    value = ix.numeric_value(fact)
    if value is None:
        return []
    out: list[tuple[Fact, NumericValue]] = []
    for f in ix.facts_by_relation_date[(fact.relation, fact.qualifiers.as_of)]:
        v = ix.numeric_value(f)
        if v is not None and same_scale(v, value):
            out.append((f, v))
    return out


def separated(values: list[NumericValue]) -> bool:
    return all(
        abs(a.magnitude - b.magnitude) > a.tolerance + b.tolerance
        for a, b in itertools.combinations(values, 2)
    )


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    comp = comparison_for(ix, fact.relation)
    if comp is None:
        return []
    members = group(ix, fact)
    if len(members) < 2 or members[0][0].id != fact.id:
        return []  # each group is asked once, from its first fact
    out: list[Outcome] = []
    if len(members) >= 3:
        chosen = _draw(members, min(MAX_OPTIONS, len(members)), rng)
        out.append(_item(ix, comp, chosen, "most", rng) if chosen else Dropped("comparison", ALONE))
    pair = _draw(members, 2, rng)
    out.append(_item(ix, comp, pair, "more", rng) if pair else Dropped("comparison", ALONE))
    return out


def _draw(
    members: list[tuple[Fact, NumericValue]], n: int, rng: random.Random
) -> list[tuple[Fact, NumericValue]] | None:
    """n members whose highest is not alone in its category: a temperature alone on its side
    of room temperature is told by the element's state, not by its figure (temperatures.py).
    Redrawn a few times, then None."""
    for _ in range(DRAWS):
        chosen = rng.sample(members, n)
        values = [v for _, v in chosen]
        if not alone_across_room(values, max(values, key=lambda v: v.magnitude)):
            return chosen
    return None


def phrase(ix: DeckIndex, members: list[tuple[Fact, NumericValue]]) -> str:
    kinds = {ix.entities[f.subject].kind for f, _ in members}
    kind = kinds.pop() if len(kinds) == 1 else "option"
    plural = f"{kind[:-1]}ies" if kind.endswith("y") else f"{kind}s"
    return f"Which of these {plural}"


def _item(
    ix: DeckIndex,
    comp: Comparison,
    members: list[tuple[Fact, NumericValue]],
    form: str,
    rng: random.Random,
) -> Outcome:
    if not separated([v for _, v in members]):
        return Dropped("comparison", TOO_CLOSE)
    first = members[0][0]
    when = first.qualifiers.as_of
    said = comp.more if form == "more" else comp.most
    prompt = f"{phrase(ix, members)} {said}{' ' + when.render() if when else ''}?"
    best = max(members, key=lambda fv: fv[1].magnitude)[0]
    key = ix.entities[best.subject].name
    # in an order fixed by the item, not the seed: a letter means the same name on every seed
    options = steady_order(prompt, [ix.entities[f.subject].name for f, _ in members])
    group_order = [f for f, _ in group(ix, first)]
    facts = sorted((f for f, _ in members), key=group_order.index)  # the making fact first
    explanation = " ".join(ix.say(ix.relations[f.relation].templates.statement, f) for f in facts)
    return build(
        ix,
        "comparison",
        form,
        facts,
        prompt,
        [key],
        options=options,
        explanation=explanation,
    )
