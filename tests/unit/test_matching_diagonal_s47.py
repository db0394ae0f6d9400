"""Issue 12 (review r467 F): four of twelve element tables keyed '1 2 3 4', their names in
alphabetical order and their figures in theirs, so a learner who guessed the diagonal won a
third of them. No matching item's key matches its rows to the options in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.generate.kinds.matching import ARROW
from quizapp.generate.registry import generate_deck
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck


@pytest.mark.parametrize("deck", [CENTRAL_ASIA, APOLLO, CHEM])
def test_no_matching_key_is_the_diagonal(deck: Path) -> None:
    loaded = bundled_deck(deck)
    seen = 0
    for seed in range(6):
        for q in generate_deck(loaded, seed=seed).questions:
            if q.kind != "matching":
                continue
            seen += 1
            places = [(q.options or []).index(a.split(ARROW)[1]) for a in q.answer]
            assert places != list(range(len(places))), (seed, q.prompt)
    assert seen >= 6
