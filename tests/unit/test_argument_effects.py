"""Issue 12 (s255): `effects` reads one table per deck; it must say what a pass over every
explained node says, in the same order (why.one_per_claim groups reasons by its first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts import load_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_dates import effects
from quizapp.generate.index import DeckIndex

QUESTIONS = Path(__file__).resolve().parents[2] / "questions"


@pytest.mark.parametrize("deck", sorted(QUESTIONS.glob("*.yaml")), ids=lambda p: p.stem)
def test_effects_as_a_pass_over_the_explained_nodes(deck: Path) -> None:
    argument = argument_of(DeckIndex(load_deck(deck)))
    nodes = [*argument.claims, *argument.ix.facts]
    assert any(effects(argument, n) for n in nodes)
    for node in nodes:
        naive = [n for n in argument.explained if node in argument.causes(n)]
        assert effects(argument, node) == naive, node
