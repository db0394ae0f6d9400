"""A why item's wrong reasons come from beside the claim: its own topic, or the key's part of
the source, never any reason from anywhere in the deck. Apollo 1's cabin fire offered for why a
geologist flew on Apollo 17 cannot pass for a reason, and the key is found by elimination
(reviews r363 D, r366 F, r369 H)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.generate.argument import argument_of
from quizapp.generate.argument_pools import SAME_SECTION
from quizapp.generate.argument_topic import level, on_its_topic
from quizapp.generate.index import DeckIndex
from quizapp.generate.registry import generate_deck
from tests.support.bundled import APOLLO, CENTRAL_ASIA, bundled_deck

SEEDS = (7, 39231, 39531)


@pytest.mark.parametrize("deck_id", [APOLLO, CENTRAL_ASIA])
def test_every_wrong_reason_lies_beside_the_claim(deck_id: Path) -> None:
    deck = bundled_deck(deck_id)
    ix = DeckIndex(deck)
    argument = argument_of(ix)
    nodes = [*argument.reasons, *argument.claims, *argument.explained]
    node_of = {argument.text(n).rstrip("."): n for n in nodes}
    asked = 0
    for seed in SEEDS:
        for q in generate_deck(deck, seed=seed, index=ix).questions:
            if q.kind != "why":
                continue
            claim = next(n for n in argument.explained if q.explanation.endswith(argument.text(n)))
            key = node_of[q.answer[0].rstrip(".")]
            for option in q.options or []:
                wrong = node_of.get(option.rstrip("."))
                if option in q.answer or wrong is None:
                    continue
                asked += 1
                near = on_its_topic(argument, wrong, claim) or level(argument, wrong, key)
                assert near is True or near >= SAME_SECTION, (q.prompt, option)
    assert asked > 0
