"""No wrong number colder than absolute zero (found reading the chemical elements deck, where
'helium boils at -390 °C' and '-484 / -421 / -337 / -269 °C' gave the key away)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from quizapp.facts.loader import load_deck
from quizapp.facts.values import Quantity
from quizapp.generate.ladder import ladder
from quizapp.generate.registry import generate_deck

ROOT = Path(__file__).resolve().parents[2]
FLOOR = {"°C": -273.15, "°F": -459.67, "K": 0.0}
COLD = [
    Quantity(kind="quantity", value=-269, unit="°C", measure=True),
    Quantity(kind="quantity", value=-186, unit="°C", measure=True),
    Quantity(kind="quantity", value=2562, unit="°C", measure=True, precision=10),
    Quantity(kind="quantity", value=-452, unit="°F", measure=True),
    Quantity(kind="quantity", value=4.2, unit="K", measure=True, precision=0.1),
]


@pytest.mark.parametrize("key", COLD, ids=lambda k: k.display())
def test_a_temperature_ladder_stays_above_absolute_zero(key: Quantity) -> None:
    made = [ladder(key, random.Random(seed)) for seed in range(200)]
    assert sum(1 for values in made if values) >= 150  # still a ladder, nearly always
    lows = [v.magnitude for values in made for v in values]
    assert min(lows) > FLOOR[key.unit]


def test_the_elements_deck_never_offers_a_temperature_below_absolute_zero() -> None:
    deck = load_deck(ROOT / "questions" / "chemical-elements.yaml")
    shown = 0
    for seed in range(10):
        for q in generate_deck(deck, seed=seed).questions:
            text = " ".join([q.prompt, *(q.options or [])])
            temps = [float(t.replace(",", "")) for t in re.findall(r"(-?[\d,.]+) °C", text)]
            shown += bool(temps)
            assert all(t > -273.15 for t in temps), (q.kind, text)
    assert shown > 100
