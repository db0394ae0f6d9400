"""Every generator by kind, and generating a whole deck through the quality gates."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from quizapp.facts.model import Deck, Fact
from quizapp.generate.gates import first_failure
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import (
    cloze,
    flashcard,
    matching,
    mcq,
    multi_select,
    numeric,
    numeric_mcq,
    odd_one_out,
    ordering,
    true_false,
    typed,
)
from quizapp.generate.kinds.common import Dropped, Outcome
from quizapp.generate.question import KINDS, Kind, Question

Generator = Callable[[DeckIndex, Fact, random.Random], list[Outcome]]
GENERATORS: dict[Kind, Generator] = {
    "mcq": mcq.generate,
    "true_false": true_false.generate,
    "multi_select": multi_select.generate,
    "typed": typed.generate,
    "numeric": numeric.generate,
    "numeric_mcq": numeric_mcq.generate,
    "cloze": cloze.generate,
    "matching": matching.generate,
    "ordering": ordering.generate,
    "odd_one_out": odd_one_out.generate,
    "flashcard": flashcard.generate,
}
assert set(GENERATORS) == set(KINDS)


@dataclass
class Generation:
    questions: list[Question] = field(default_factory=list)
    generated: Counter[str] = field(default_factory=Counter)
    dropped: Counter[tuple[str, str]] = field(default_factory=Counter)


def item_rng(seed: int, kind: str, fact_id: str) -> random.Random:
    """Each (kind, fact) draws from its own stream, so one item never shifts another."""
    return random.Random(f"{seed}:{kind}:{fact_id}")


def generate_for_fact(
    ix: DeckIndex, fact: Fact, seed: int, kinds: Iterable[Kind] = KINDS
) -> Generation:
    result = Generation()
    for kind in kinds:
        for outcome in GENERATORS[kind](ix, fact, item_rng(seed, kind, fact.id)):
            _take(ix, outcome, result)
    return result


def _take(ix: DeckIndex, outcome: Outcome, result: Generation) -> None:
    if isinstance(outcome, Dropped):
        result.dropped[(outcome.kind, outcome.reason)] += 1
        return
    failure = first_failure(outcome, ix)
    if failure:
        result.dropped[(outcome.kind, failure)] += 1
        return
    result.generated[outcome.kind] += 1
    result.questions.append(outcome)


def generate_deck(
    deck: Deck, seed: int = 0, kinds: Iterable[Kind] = KINDS, index: DeckIndex | None = None
) -> Generation:
    ix = index or DeckIndex(deck)
    wanted = tuple(kinds)
    result = Generation()
    seen: set[str] = set()
    for fact in deck.facts:
        part = generate_for_fact(ix, fact, seed, wanted)
        result.dropped.update(part.dropped)
        for q in part.questions:
            if q.id not in seen:
                seen.add(q.id)
                result.questions.append(q)
                result.generated[q.kind] += 1
    return result
