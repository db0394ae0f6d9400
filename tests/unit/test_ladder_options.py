"""A ladder makes each option once (issue 12/16, generation speed): attempts and ranks meet
the same numbers again, and a key that fits no ladder ('1 proton', read as '1 protons' for
the format check) makes none. The draws, and so the questions, stay as they were (the
generation digest, tests/unit/test_generation_digest.py, holds them)."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest

from quizapp.facts.loader import load_deck
from quizapp.facts.values import NumericValue, Quantity
from quizapp.generate import generate_deck
from quizapp.generate import ladder as ladder_module
from quizapp.generate.kinds import numeric_mcq, true_false
from quizapp.generate.ladder import ladder
from tests.conftest import ROOT


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> Counter[float]:
    """Options made of a Quantity key, by number."""
    made: Counter[float] = Counter()
    real = Quantity.model_copy

    def counting(
        self: Quantity, *, update: dict[str, Any] | None = None, deep: bool = False
    ) -> Any:
        if update and "value" in update:
            made[update["value"]] += 1
        return real(self, update=update, deep=deep)

    monkeypatch.setattr(Quantity, "model_copy", counting)
    return made


def test_each_number_becomes_an_option_once_per_ladder(
    copies: Counter[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the elements deck's tight ranges (hydrogen boils at 20.3 K, options within the true
    # figures) make ladders try many attempts at several ranks, meeting the same numbers
    repeated: list[tuple[str, float]] = []
    tried = 0

    def watched(v: NumericValue, *args: Any, **kwargs: Any) -> list[NumericValue]:
        nonlocal tried
        copies.clear()
        out = real(v, *args, **kwargs)
        tried += sum(copies.values())
        repeated.extend((v.display(), x) for x, n in copies.items() if n > 1)
        return out

    real = ladder_module.ladder
    monkeypatch.setattr(true_false, "ladder", watched)
    monkeypatch.setattr(numeric_mcq, "ladder", watched)
    generate_deck(load_deck(ROOT / "questions" / "chemical-elements.yaml"), seed=0)
    assert tried > 500  # the ladders did try numbers
    assert not repeated, repeated[:5]


def test_a_key_that_fits_no_ladder_makes_no_option(copies: Counter[float]) -> None:
    key = Quantity(kind="quantity", value=1, unit="protons", unit_singular="proton")
    rng, same = random.Random(5), random.Random(5)
    assert ladder(key, rng, 4) == []
    assert not copies
    # it still draws what every attempt would have drawn: the next draw is not the first one
    assert rng.random() != same.random()
