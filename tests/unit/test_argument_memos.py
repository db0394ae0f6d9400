"""Issue 12 (s281): the argument kinds' memos answer as the work they replace, and keep it.

The Central Asia deck spent most of its generation on the argument items, much of it making
the same thing again (the reverse claim-evidence item's wrong claims on every draft) or
measuring every node against every statement to find those on its topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_limbs import limbs_of
from quizapp.generate.argument_topic import SHARED_TOPIC, level, on_topic_nodes
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import evidence_claim
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck


def _twice() -> tuple[Argument, Argument]:
    """Two arguments of one deck: one to ask through the memos, one to do the work afresh."""
    deck = bundled_deck(CENTRAL_ASIA)
    return argument_of(DeckIndex(deck)), argument_of(DeckIndex(deck))


def test_the_reverse_items_wrong_claims_are_made_once_per_fact_and_key() -> None:
    argument, fresh = _twice()
    pairs = [
        (f, c)
        for f in [*argument.ix.facts, *argument.claims]
        if evidence_claim.asks(argument, f)
        for c in evidence_claim.keyed(argument, f)
    ]
    assert len(pairs) > 10
    for fact, claim in pairs:
        made = evidence_claim.wrong_claims(argument, fact, claim)
        assert ("claims", fact, claim) in limbs_of(argument).pools  # kept for the next draft
        assert evidence_claim.wrong_claims(argument, fact, claim) == made
        assert made == evidence_claim._wrong_claims(fresh, fact, claim)


@pytest.mark.parametrize("deck", [APOLLO, CHEM, CENTRAL_ASIA], ids=lambda p: p.stem)
def test_the_nodes_on_a_statements_topic_are_those_level_puts_on_it(deck: Path) -> None:
    argument = argument_of(DeckIndex(bundled_deck(deck)))
    nodes = list(dict.fromkeys([*argument.claims, *argument.ix.facts]))
    on_topic = 0
    for statement in nodes:
        expected = {n for n in nodes if level(argument, n, statement) >= SHARED_TOPIC}
        assert on_topic_nodes(argument, statement) == expected, statement
        on_topic += len(expected)
    assert 0 < on_topic < len(nodes) ** 2  # some pairs are on one topic, not all
