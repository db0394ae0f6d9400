"""slot_tests.naming tries only the entities filed under a word run of the stem: it answers
as common.named_in for every entity and every stem of the bundled decks and a synthetic one."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts import load_deck
from quizapp.facts.model import Deck
from quizapp.generate import generate_deck
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import named_in
from quizapp.generate.slot_tests import naming
from tests.benchmarks.synthetic import synthetic_deck
from tests.conftest import ROOT

DECKS = sorted((ROOT / "questions").glob("*.yaml"))


def _same_as_named_in(deck: Deck) -> int:
    ix = DeckIndex(deck)
    texts = {q.prompt for q in generate_deck(deck, seed=0).questions}
    texts |= {f"{e.name}? Not {e.name}-like, ({e.name})." for e in deck.entities[:20]}
    hits = 0
    for text in sorted(texts):
        named = naming(ix, text)
        for entity in deck.entities:
            expected = named_in(entity, text)
            assert named(entity.id) == expected, (text, entity.id)
            hits += expected
    return hits


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_bundled_stems_name_the_same_entities(path: Path) -> None:
    assert _same_as_named_in(load_deck(path)) > 20


def test_synthetic_stems_name_the_same_entities() -> None:
    assert _same_as_named_in(synthetic_deck(300, n_countries=60)) > 20
