"""option_forms._ranked sorts twice (by the draw, then by form and shared facts; then, for a
numbered key, by form and how far each number is from the key's) instead of by a tuple: the
same order, the same draws, ties included."""

from __future__ import annotations

import random

import pytest

from quizapp.generate.index import DeckIndex
from quizapp.generate.option_forms import _number_gaps, _ranked
from tests.benchmarks.synthetic import synthetic_deck

IX = DeckIndex(synthetic_deck(2000))  # 200 countries in 20 blocs: shared facts differ


class Repeating(random.Random):
    """Draws from a few values only, so that draws tie and the candidates' order decides."""

    def random(self) -> float:
        return super().random() // 0.25 * 0.25


def by_tuple(
    ix: DeckIndex, key: str, candidates: list[str], alike: set[str], rng: random.Random
) -> list[str]:
    profile, draw = ix.profile, rng.random
    own = profile[key]
    # a numbered key ('Country 12'): the nearest numbers first, within the form (review r367 F)
    gaps = _number_gaps(ix, key, candidates) or [0] * len(candidates)
    keys = [
        (c not in alike, gap, -len(own & profile[c]), draw())
        for c, gap in zip(candidates, gaps, strict=True)
    ]
    return [candidates[i] for i in sorted(range(len(candidates)), key=keys.__getitem__)]


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("rng_type", [random.Random, Repeating])
def test_same_order_as_the_tuple_sort(seed: int, rng_type: type[random.Random]) -> None:
    picker = random.Random(seed)
    ids = [e.id for e in IX.deck.entities]
    key = picker.choice(ids)
    candidates = picker.sample([i for i in ids if i != key], 45)
    alike = set(picker.sample(candidates, picker.randrange(len(candidates) + 1)))
    ours, theirs = rng_type(seed), rng_type(seed)
    assert _ranked(IX, key, candidates, alike, ours) == by_tuple(IX, key, candidates, alike, theirs)
    assert ours.random() == theirs.random()  # as many draws


def test_shared_facts_and_form_both_decide() -> None:
    """The cases above are not all one tie: shared facts differ, and so does the form."""
    own = IX.profile["c1"]
    assert len({len(own & IX.profile[f"c{i}"]) for i in range(2, 200)}) > 2
