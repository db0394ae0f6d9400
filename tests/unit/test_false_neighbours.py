"""Session 24 (review 24311 #29, #57, #58): a false assertion-reason limb gave itself away.

'Gallium is a gas' and 'caesium is a gas' beside a lump of the metal: a metal as a gas is
absurd, the mistake worth testing is 'a liquid'. 'Tungsten melts at 212 °C' beside a filament
that glows white-hot without melting: sixteen times too low. A false state is now the
neighbouring one, a false figure within ten times of the key and on its side of room
temperature.
"""

from __future__ import annotations

import random

import pytest

from quizapp.facts import load_deck
from quizapp.facts.values import Quantity
from quizapp.generate import argument_false, false_neighbours
from quizapp.generate.argument import argument_of
from quizapp.generate.index import DeckIndex
from tests.conftest import ROOT

EL = load_deck(ROOT / "questions" / "chemical-elements.yaml")
SEEDS = range(12)


def _made(node: str) -> set[str]:
    """The false statements made of one fact of the elements deck's links, seeds 0-11."""
    ix = DeckIndex(EL)
    argument = argument_of(ix)
    made = {argument_false.false_statement(argument, node, random.Random(s)) for s in SEEDS}
    return {m for m in made if m}


def _celsius(x: float) -> Quantity:
    return Quantity(kind="quantity", value=x, unit="°C")


def test_a_solid_metal_is_falsely_called_a_liquid_never_a_gas() -> None:
    for node in ("gallium-state", "caesium-state"):
        made = _made(node)
        assert made and all(m.endswith("is a liquid.") for m in made), made


def test_with_the_state_rule_off_a_metal_becomes_a_gas(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.generate.kinds import true_false

    monkeypatch.setattr(argument_false, "neighbouring_objects", lambda ix, key, phrases: phrases)
    monkeypatch.setattr(true_false, "neighbouring_ids", lambda ix, key, ids: ids)
    assert any(
        m.endswith("is a gas.") for n in ("gallium-state", "caesium-state") for m in _made(n)
    )


def test_a_liquid_keeps_both_neighbours() -> None:
    made = _made("mercury-state")
    assert {m.rsplit(" ", 1)[-1] for m in made} <= {"solid.", "gas."} and made


def test_tungsten_never_melts_a_sixteenth_as_hot() -> None:
    made = _made("tungsten-melts")
    assert made and not any("212 °C" in m for m in made), made


def test_with_the_ratio_rule_off_tungsten_melts_at_212(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(argument_false, "plausibly_near", lambda key, other: True)
    assert any("212 °C" in m for m in _made("tungsten-melts"))


def test_a_figure_is_plausibly_near_within_ten_times_and_on_its_side_of_the_room() -> None:
    near = false_neighbours.plausibly_near
    assert near(_celsius(3422), _celsius(842)) and near(_celsius(3422), _celsius(392))
    assert not near(_celsius(3422), _celsius(212)) and not near(_celsius(-186), _celsius(-2))
    assert not near(_celsius(28.5), _celsius(7)) and near(_celsius(-186), _celsius(-20))


def test_the_nearest_figure_comes_first() -> None:
    got = false_neighbours.nearest_first(_celsius(3422), [_celsius(392), _celsius(842)])
    assert [v.display() for v in got] == ["842 °C", "392 °C"]


@pytest.mark.parametrize("seed", [0, 3, 7])
def test_a_false_state_in_true_false_is_the_next_state(seed: int) -> None:
    """'Gallium is a gas' (True / False) was false on sight (review 26331 #57): a false
    state statement names the neighbouring state, as the assertion-reason limbs do."""
    from quizapp.generate.registry import generate_deck

    states = {"a solid": 0, "a liquid": 1, "a gas": 2}
    truth = {
        f.subject: states[f"a {f.object_id}"] for f in EL.facts if f.relation == "state-at-25c"
    }
    items = generate_deck(EL, seed=seed, kinds=("true_false",), index=DeckIndex(EL)).questions
    seen = 0
    for q in items:
        said = next((s for s in states if q.prompt.endswith(f" is {s}.")), None)
        if said is None or q.answer != ["False"] or "At 25 °C" not in q.prompt:
            continue
        subject = next(f for f in q.fact_ids)
        fact = next(f for f in EL.facts if f.id == subject)
        assert abs(states[said] - truth[fact.subject]) == 1, q.prompt
        seen += 1
    assert seen >= 5
