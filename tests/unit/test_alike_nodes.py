"""Issue 12 (s271): `alike_nodes` decides likeness by the count of word stems a node shares
with the one asked, found while gathering the candidates, rather than by comparing each pair's
stems again through `alike`. It must find exactly the nodes `alike` finds, or the pools, and so
the wrong options, change."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts import load_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_gates import restates, restates_by_count, stems
from quizapp.generate.argument_pools import alike, alike_nodes
from quizapp.generate.index import DeckIndex

QUESTIONS = Path(__file__).resolve().parents[2] / "questions"


@pytest.mark.parametrize("deck", sorted(QUESTIONS.glob("*.yaml")), ids=lambda p: p.stem)
def test_alike_nodes_are_the_nodes_alike_finds(deck: Path) -> None:
    argument = argument_of(DeckIndex(load_deck(deck)))
    nodes = list(dict.fromkeys([*argument.claims, *argument.ix.facts]))
    found = 0
    for node in nodes[::3]:  # a third of them, against every node: the pairs stay few
        expected = {o for o in nodes if alike(argument, node, o)}
        assert alike_nodes(argument, node) == expected, node
        found += len(expected - {node})
    assert found > 0  # some sentences do restate others: the comparison is not vacuous


def test_restates_by_count_is_restates() -> None:
    pairs = [
        ("Tajikistan cannot guard its Afghan border", "Tajikistan cannot guard borders"),
        ("Russia sells gas", "Russia sells gas and oil to China and India"),
        ("Gas prices rose", "Oil exports fell"),
    ]
    for part, whole in pairs:
        shared = len(stems(part) & stems(whole))
        assert restates_by_count(shared, len(stems(part))) == restates(part, whole)
