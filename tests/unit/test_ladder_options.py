"""A ladder makes each option once (issue 12/16, generation speed): attempts and ranks meet
the same numbers again, and a key that fits no ladder ('1 proton', read as '1 protons' for
the format check) makes none. The draws, and so the questions, stay as they were (the
generation digest, tests/unit/test_generation_digest.py, holds them)."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.facts.loader import load_deck
from quizapp.facts.values import NumericValue, Percentage, Quantity
from quizapp.generate import generate_deck
from quizapp.generate import ladder as ladder_module
from quizapp.generate.kinds import numeric_mcq, true_false
from quizapp.generate.ladder import ladder
from quizapp.generate.ladder_gaps import ATTEMPTS, draw_in_vain, sized_gaps
from quizapp.generate.ladder_options import Option, finer_than_options
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
    # the elements deck's tight ranges (options within the true figures) make ladders try
    # many attempts at several ranks, meeting the same numbers (keys finer than their options,
    # such as hydrogen's 20.3 K known to the kelvin, make none: see below)
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
    assert tried > 300  # the ladders did try numbers
    assert not repeated, repeated[:5]


def test_a_key_that_fits_no_ladder_makes_no_option(copies: Counter[float]) -> None:
    key = Quantity(kind="quantity", value=1, unit="protons", unit_singular="proton")
    rng, same = random.Random(5), random.Random(5)
    assert ladder(key, rng, 4) == []
    assert not copies
    # it still draws what every attempt would have drawn: the next draw is not the first one
    assert rng.random() != same.random()


FINER: list[
    NumericValue
] = [  # shown finer than known: every option, rounded to what is known, reads coarser
    Quantity(kind="quantity", value=20.3, unit="K", measure=True, precision=1.0),
    Quantity(kind="quantity", value=-38.83, unit="°C", measure=True, precision=0.1),
    Quantity(kind="quantity", value=1234567.5, unit="tonnes", precision=1000.0),
    Percentage(kind="percentage", value=0.93, precision=0.1),
]


@pytest.mark.parametrize("key", FINER, ids=lambda v: v.display())
def test_a_key_finer_than_its_options_makes_none_and_draws_as_before(
    key: NumericValue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Such a ladder fails every attempt on the format check: it now makes no option, and
    its draws (so what the stream gives next) and its empty result are the full attempts'."""
    quick, full = random.Random(3), random.Random(3)
    made: dict[str, Option] = {}
    assert ladder(key, quick, 6, made=made) == []
    assert not made
    monkeypatch.setattr(ladder_module, "finer_than_options", lambda v, digits: False)
    assert ladder(key, full, 6, made=made) == []
    assert made  # the full attempts made options, none in the key's format
    assert not any(o.fits for o in made.values())
    assert quick.getstate() == full.getstate()


@settings(max_examples=300, deadline=None)
@given(
    value=st.floats(-5000, 5000, allow_nan=False).map(lambda x: round(x, 3)),
    precision=st.sampled_from([0.01, 0.1, 1.0, 10.0, 1000.0]),
    percent=st.booleans(),
    seed=st.integers(0, 50),
)
def test_finer_than_options_only_where_no_option_reads_as_the_key(
    value: float, precision: float, percent: bool, seed: int
) -> None:
    """Where the rule says no option can read in the key's format, the full attempts (the
    rule switched off) find none either."""
    if percent:
        key: NumericValue = Percentage(
            kind="percentage", value=max(-99.0, min(99.0, value)), precision=precision, signed=True
        )
    else:
        key = Quantity(kind="quantity", value=value, unit="m", precision=precision)
    digits = ladder_module._key(key, None, frozenset()).digits
    if not finer_than_options(key, digits):
        return
    k = ladder_module._key(key, None, frozenset())._replace(fits=True)
    made: dict[str, Option] = {}
    for r in range(4):
        rng = random.Random(seed)
        assert not ladder_module._at_rank(key, r, 4, rng, k, None, frozenset(), made)
    assert not any(o.fits for o in made.values())


def test_a_ladder_that_cannot_pass_draws_at_once_what_its_attempts_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A key that fits no ladder (finer than its options, or '1 proton' read as '1 protons')
    and whose tolerance floor is within its unit skips its attempts: their draws are made at
    once (ladder_gaps.draw_in_vain), and the stream goes on as after drawing every gap."""
    drawn = Counter[int]()
    real = sized_gaps

    def counted(*args: Any) -> list[float]:
        drawn[args[1]] += 1
        return real(*args)

    monkeypatch.setattr(ladder_module, "sized_gaps", counted)
    proton = Quantity(kind="quantity", value=1, unit="protons", unit_singular="proton")
    for key in [*FINER, proton]:
        for n in (3, 4, 6):
            quick, full = random.Random(n), random.Random(n)
            assert ladder(key, quick, n) == []
            k = ladder_module._key(key, None, frozenset())
            assert k.size is not None and k.floor <= k.unit
            ranks = list(range(n))
            full.shuffle(ranks)
            for _ in ranks:  # each rank's attempts, gap by gap
                for attempt in range(ATTEMPTS):
                    real(k.size, n, full, attempt, k.unit, k.floor)
            assert quick.getstate() == full.getstate(), key.display()
    assert not drawn  # no attempt was made


@settings(max_examples=300, deadline=None)
@given(
    size=st.floats(0.01, 1e7),
    unit=st.sampled_from([0.01, 0.1, 1.0, 5.0, 100.0, 1000.0]),
    floor_share=st.floats(0, 1),
    n=st.integers(2, 6),
    seed=st.integers(0, 1000),
)
def test_draw_in_vain_draws_as_sized_gaps_where_the_floor_is_within_the_unit(
    size: float, unit: float, floor_share: float, n: int, seed: int
) -> None:
    attempts, at_once = random.Random(seed), random.Random(seed)
    for attempt in range(ATTEMPTS):
        sized_gaps(size, n, attempts, attempt, unit, unit * floor_share)
    draw_in_vain(at_once, n, 1)
    assert attempts.getstate() == at_once.getstate()
