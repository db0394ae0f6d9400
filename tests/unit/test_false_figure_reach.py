"""Issue 12 (s255): a figure no draw can make false is not drawn for twenty times per deck.

Gallium's and caesium's melting points (29.76 °C, 28.5 °C) sit just above room temperature:
a false figure must stay above it and be four times off, which no ladder of the key reaches,
yet the fixed draws tried all twenty, each ladder exhausted, a third of the elements deck's
generation. `never_false_figure` proves it from the ladder's reach instead; it must be sound
(never True where some draw makes a false statement), or the questions change."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizapp.facts import load_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_false import false_statement, never_false_figure
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import assertion_reason as ar

QUESTIONS = Path(__file__).resolve().parents[2] / "questions"
ELEMENTS = DeckIndex(load_deck(QUESTIONS / "chemical-elements.yaml"))


def test_melting_points_by_room_temperature_are_never_made_false() -> None:
    for node in ("gallium-melts", "caesium-melts"):
        assert never_false_figure(ELEMENTS, ELEMENTS.facts[node]), node


def test_a_figure_some_draw_makes_false_is_not_ruled_out() -> None:
    assert not never_false_figure(ELEMENTS, ELEMENTS.facts["tungsten-melts"])


@pytest.mark.parametrize("deck", sorted(QUESTIONS.glob("*.yaml")), ids=lambda p: p.stem)
def test_sound_on_every_bundled_figure(deck: Path) -> None:
    """Where the proof says no draw can, none of the fixed draws (nor a hundred) does."""
    ix = DeckIndex(load_deck(deck))
    argument = argument_of(ix)
    ruled_out = [f for f in ix.facts.values() if never_false_figure(ix, f)]
    for fact in ruled_out:
        draws = (false_statement(argument, fact.id, random.Random(d)) for d in range(100))
        assert not any(draws), fact.id


def test_the_fixed_draws_are_not_tried_where_none_can_succeed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Switched off (never_false_figure always False), gallium's twenty draws are made."""
    ix = DeckIndex(load_deck(QUESTIONS / "chemical-elements.yaml"))
    calls: list[str] = []

    def counted(argument: object, node: str, rng: random.Random) -> str | None:
        calls.append(node)
        return None

    monkeypatch.setattr(ar, "false_statement", counted)
    assert ar._fixed_draws(argument_of(ix), "gallium-melts") is None
    assert calls == []
